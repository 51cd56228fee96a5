//! The user's integration tool in the check: whether it answers (step 1), and its failed runs
//! grouped by the same root causes as the ERP's own errors (step 2), each group naming its
//! orders, what to do, and every run in the details.

use std::collections::BTreeMap;

use osd_connectors::middleware::MiddlewareFailure;
use osd_connectors::CallError;
use osd_model::{Finding, FindingCode, Severity};

use crate::catalogue::{self, Context};
use crate::error_text::classify_text;

/// What the integration tool answered in this check.
#[derive(Debug)]
pub struct MiddlewareEvidence {
    /// Its name: `n8n`.
    pub system: String,
    pub result: Result<Vec<MiddlewareFailure>, CallError>,
}

/// Step 1: the tool did not answer, or refused the key.
pub fn connection_finding(evidence: &MiddlewareEvidence, ctx: &Context) -> Option<Finding> {
    let error = evidence.result.as_ref().err()?;
    let key = Some(evidence.system.clone());
    Some(Finding {
        code: error.code,
        severity: Severity::Error,
        message: catalogue::message(error.code, 0, key.as_deref(), ctx),
        fix: catalogue::fix(error.code, key.as_deref(), None, ctx),
        key,
        orders: vec![],
        detail: format!(
            "{}: {} — {}",
            evidence.system,
            error.summary,
            error.detail()
        ),
        remedies: vec![],
    })
}

/// Step 2: the failed runs, one finding per root cause.
pub fn failure_findings(evidence: &MiddlewareEvidence, ctx: &Context) -> Vec<Finding> {
    let Ok(failures) = &evidence.result else {
        return vec![];
    };
    let mut groups: BTreeMap<(FindingCode, Option<String>), Vec<&MiddlewareFailure>> =
        BTreeMap::new();
    for failure in failures {
        let verdict = classify_text(&failure.error);
        groups
            .entry((verdict.code, verdict.key))
            .or_default()
            .push(failure);
    }
    let system = &evidence.system;
    groups
        .into_iter()
        .map(|((code, key), runs)| {
            let mut orders: Vec<String> = Vec::new();
            for run in &runs {
                if let Some(order) = &run.order {
                    if !orders.contains(order) {
                        orders.push(order.clone());
                    }
                }
            }
            let unnamed = runs.iter().filter(|r| r.order.is_none()).count();
            let mut message = format!(
                "In {system}: {}",
                catalogue::message(code, orders.len().max(1), key.as_deref(), ctx)
            );
            if unnamed > 0 {
                message.push_str(&format!(
                    " {unnamed} failed run{} name{} no order.",
                    if unnamed == 1 { "" } else { "s" },
                    if unnamed == 1 { "s" } else { "" }
                ));
            }
            let fix = format!(
                "{} Then retry the failed runs in {system}, where its own mappings apply.",
                catalogue::fix(code, key.as_deref(), None, ctx)
            );
            let detail = runs
                .iter()
                .map(|r| {
                    format!(
                        "{system} run {} of \"{}\"{}{}: {}",
                        r.id,
                        r.flow,
                        r.step
                            .as_deref()
                            .map(|s| format!(", step \"{s}\""))
                            .unwrap_or_default(),
                        r.order.as_deref().map_or_else(
                            || " (no order named in its input)".to_string(),
                            |o| format!(", order {o}")
                        ),
                        r.error
                    )
                })
                .collect::<Vec<_>>()
                .join("\n");
            Finding {
                code,
                severity: Severity::Error,
                message,
                fix,
                key,
                orders,
                detail,
                remedies: vec![],
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(id: &str, order: Option<&str>, error: &str) -> MiddlewareFailure {
        MiddlewareFailure {
            id: id.into(),
            flow: "Orders to ERP".into(),
            order: order.map(str::to_string),
            error: error.into(),
            step: Some("Send to ERP".into()),
            failed_at: None,
            retry_of: None,
            raw: String::new(),
        }
    }

    fn ctx() -> Context {
        Context {
            store: "Shopify".into(),
            erp: "NetSuite".into(),
            creates_records: true,
        }
    }

    #[test]
    fn runs_are_grouped_by_root_cause_with_their_orders_and_every_run_in_the_details() {
        let missing =
            "You have entered an Invalid Field Value MUG-RED for the following field: item";
        let evidence = MiddlewareEvidence {
            system: "n8n".into(),
            result: Ok(vec![
                run("2", Some("#5002"), missing),
                run("3", Some("#5003"), missing),
                run("4", None, missing),
                run("5", Some("#5004"), "504 Gateway Time-out"),
            ]),
        };
        let findings = failure_findings(&evidence, &ctx());
        let sku = findings
            .iter()
            .find(|f| f.code == FindingCode::SkuNotFound)
            .unwrap();
        assert_eq!(sku.key.as_deref(), Some("MUG-RED"));
        assert_eq!(sku.orders, ["#5002", "#5003"]);
        assert!(
            sku.message.starts_with("In n8n: 2 orders"),
            "{}",
            sku.message
        );
        assert!(
            sku.message.ends_with("1 failed run names no order."),
            "{}",
            sku.message
        );
        assert!(sku.fix.contains("retry the failed runs in n8n"));
        assert_eq!(sku.detail.lines().count(), 3);
        assert!(sku.detail.contains(
            "run 4 of \"Orders to ERP\", step \"Send to ERP\" (no order named in its input)"
        ));
        assert!(findings
            .iter()
            .any(|f| f.code == FindingCode::ErpTimeout && f.orders == ["#5004"]));
        assert!(connection_finding(&evidence, &ctx()).is_none());
    }

    #[test]
    fn a_refused_key_is_a_step_1_finding_in_plain_words() {
        let evidence = MiddlewareEvidence {
            system: "n8n".into(),
            result: Err(CallError::new(
                FindingCode::MiddlewareAuthFailed,
                "n8n refused the credentials",
                r#"{"message":"unauthorized"}"#,
            )),
        };
        let finding = connection_finding(&evidence, &ctx()).unwrap();
        assert_eq!(
            finding.message,
            "n8n does not accept the saved API key any more."
        );
        assert!(
            finding.detail.contains("unauthorized"),
            "the raw answer is one click away"
        );
        assert!(failure_findings(&evidence, &ctx()).is_empty());
    }
}
