//! Root-cause grouping: the same problem with the same key on many orders is one finding.

use std::collections::BTreeMap;

use osd_model::{Finding, FindingCode, Remedy, Severity};

use crate::catalogue::{self, Context};
use crate::Problem;

/// How many orders' details the technical detail lists before summarising the rest.
const DETAIL_EXAMPLES: usize = 5;

#[derive(Default)]
struct Group {
    orders: Vec<String>,
    severity: Option<Severity>,
    details: Vec<String>,
    suggestion: Option<String>,
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
            group.suggestion = problem.suggestion.clone();
        }
    }
    let mut findings: Vec<Finding> = groups
        .into_iter()
        .map(|((code, key), g)| {
            let count = g.orders.len();
            let mut detail = g.details.join("\n");
            if count > g.details.len() {
                detail.push_str(&format!("\n… and {} more", count - g.details.len()));
            }
            if let Some(place) = catalogue::where_to_click(code, &ctx.erp) {
                detail.push_str(&format!("\nWhere to fix it: {place}"));
            }
            Finding {
                code,
                severity: g.severity.unwrap_or(Severity::Error),
                message: catalogue::message(code, count, key.as_deref(), ctx),
                fix: catalogue::fix(code, key.as_deref(), g.suggestion.as_deref(), ctx),
                remedies: remedies(code, key.as_deref(), g.suggestion.as_deref(), count),
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

/// Remedy ids are stable text: `resend:<code>`, `map-sku:<from>=<to>`.
fn remedies(
    code: FindingCode,
    key: Option<&str>,
    suggestion: Option<&str>,
    count: usize,
) -> Vec<Remedy> {
    let resend = |label: String| Remedy {
        id: format!("resend:{}", code.as_str()),
        label,
    };
    match code {
        c if c.is_transient() || c == FindingCode::ErpAuthFailed => {
            vec![resend(format!(
                "Resend {}",
                if count == 1 {
                    "this order".into()
                } else {
                    format!("these {count} orders")
                }
            ))]
        }
        FindingCode::SkuNotFound => match (key, suggestion) {
            (Some(from), Some(to)) => vec![Remedy {
                id: format!("map-sku:{from}={to}"),
                label: format!("Use \"{to}\" for \"{from}\""),
            }],
            _ => vec![],
        },
        _ => vec![],
    }
}
