//! Root-cause grouping: the same problem with the same key on many orders is one finding.

use std::collections::BTreeMap;

use osd_model::{Finding, FindingCode, Severity};

use crate::catalogue::{self, Context};
use crate::remedy;
use crate::Problem;

/// How many orders' details the technical detail lists before summarising the rest.
const DETAIL_EXAMPLES: usize = 5;

#[derive(Default)]
struct Group {
    orders: Vec<String>,
    severity: Option<Severity>,
    details: Vec<String>,
    suggestion: Option<(String, Option<String>)>,
}

/// Group per-order problems into findings, largest group first.
pub fn group(entries: Vec<(String, Problem)>, ctx: &Context) -> Vec<Finding> {
    let mut groups: BTreeMap<(FindingCode, Option<String>), Group> = BTreeMap::new();
    for (order, problem) in entries {
        let group = groups
            .entry((problem.code, problem.key.clone()))
            .or_default();
        if !group.orders.contains(&order) {
            group.orders.push(order.clone());
        }
        group.severity = group.severity.max(Some(problem.severity));
        if group.details.len() < DETAIL_EXAMPLES {
            group.details.push(format!("{order}: {}", problem.detail));
        }
        if group.suggestion.is_none() {
            group.suggestion = problem
                .suggestion
                .clone()
                .map(|s| (s, problem.suggestion_name.clone()));
        }
    }
    let words = osd_i18n::Words::of(ctx.language);
    let mut findings: Vec<Finding> = groups
        .into_iter()
        .map(|((code, key), g)| {
            let count = g.orders.len();
            let mut detail = g.details.join("\n");
            if count > g.details.len() {
                let more = count - g.details.len();
                detail.push('\n');
                detail.push_str(&words.with("detail-more", &[("count", more.into())]));
            }
            if let Some(place) = catalogue::where_to_click(code, &ctx.erp, ctx.language) {
                detail.push('\n');
                detail.push_str(&words.with("detail-where", &[("place", place.as_str().into())]));
            }
            let severity = g.severity.unwrap_or(Severity::Error);
            let suggestion = g
                .suggestion
                .as_ref()
                .map(|(value, name)| (value.as_str(), name.as_deref()));
            let shown = suggestion.map(|(value, name)| name.unwrap_or(value));
            let (message, fix) = if severity == Severity::Info {
                (
                    catalogue::applied(code, count, key.as_deref(), ctx),
                    catalogue::applied_fix(code, ctx.language),
                )
            } else {
                (
                    catalogue::message(code, count, key.as_deref(), ctx),
                    catalogue::fix(code, key.as_deref(), shown, ctx),
                )
            };
            Finding {
                code,
                severity,
                message,
                fix,
                remedies: remedy::remedies_for(
                    code,
                    severity,
                    key.as_deref(),
                    suggestion,
                    count,
                    ctx,
                ),
                key,
                orders: g.orders,
                detail,
            }
        })
        .collect();
    findings.sort_by(|a, b| {
        b.orders
            .len()
            .cmp(&a.orders.len())
            .then(a.code.cmp(&b.code))
    });
    findings
}
