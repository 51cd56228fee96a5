//! The user's integration tool in the check: whether it answers (step 1), and its failed runs
//! grouped by the same root causes as the ERP's own errors (step 2), each group naming its
//! orders, what to do, and every run in the details.

use std::collections::BTreeMap;

use osd_connectors::middleware::MiddlewareFailure;
use osd_connectors::CallError;
use osd_model::{Finding, FindingCode, Remedy, Severity};

use crate::catalogue::{self, Context};
use crate::check::OrderEvidence;
use crate::error_text::classify_text;
use crate::remedy::{self, RemedyAction};

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

/// The root cause of a failed run: its error classified as any ERP error is. Some ERPs do not
/// name the value they refused (Business Central: "Item does not exist."); when the app's own
/// reading of the same order finds exactly one such value, the run is keyed by it, so it
/// groups with that order's own finding and its remedy can be offered.
pub fn cause(
    failure: &MiddlewareFailure,
    orders: &[OrderEvidence],
) -> (FindingCode, Option<String>) {
    let verdict = classify_text(&failure.error);
    if verdict.key.is_some() {
        return (verdict.code, verdict.key);
    }
    let Some(name) = failure.order.as_deref() else {
        return (verdict.code, None);
    };
    let mut keys = orders
        .iter()
        .filter(|o| same_order(&o.name, name))
        .flat_map(|o| o.problems.iter())
        .filter(|p| p.code == verdict.code)
        .filter_map(|p| p.key.clone());
    match (keys.next(), keys.next()) {
        (Some(key), None) => (verdict.code, Some(key)),
        _ => (verdict.code, None),
    }
}

/// Whether two references name the same store order (`#1042`, `1042`).
pub fn same_order(a: &str, b: &str) -> bool {
    a.trim().trim_start_matches('#') == b.trim().trim_start_matches('#')
}

/// The orders the runs name, each once, in the runs' order.
pub fn named_orders<'a>(runs: impl IntoIterator<Item = &'a MiddlewareFailure>) -> Vec<String> {
    let mut orders: Vec<String> = Vec::new();
    for order in runs.into_iter().filter_map(|r| r.order.as_ref()) {
        if !orders.iter().any(|o| same_order(o, order)) {
            orders.push(order.clone());
        }
    }
    orders
}

/// Step 2: the failed runs, one finding per root cause.
pub fn failure_findings(
    evidence: &MiddlewareEvidence,
    orders: &[OrderEvidence],
    ctx: &Context,
) -> Vec<Finding> {
    let Ok(failures) = &evidence.result else {
        return vec![];
    };
    let mut groups: BTreeMap<(FindingCode, Option<String>), Vec<&MiddlewareFailure>> =
        BTreeMap::new();
    for failure in failures {
        groups
            .entry(cause(failure, orders))
            .or_default()
            .push(failure);
    }
    let system = &evidence.system;
    groups
        .into_iter()
        .map(|((code, key), runs)| {
            let orders = named_orders(runs.iter().copied());
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
            let fix = catalogue::middleware_fix(code, key.as_deref(), system, ctx);
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
            let remedies = remedies(system, code, key.as_deref(), orders.len(), ctx);
            Finding {
                code,
                severity: Severity::Error,
                message,
                fix,
                key,
                orders,
                detail,
                remedies,
            }
        })
        .collect()
}

/// What the app can do about one root cause of the tool's failures: only a change in the ERP
/// itself (the tool sends orders its own way, so this app's mappings and rules do not reach
/// them), then the retry in the tool.
fn remedies(
    system: &str,
    code: FindingCode,
    key: Option<&str>,
    orders: usize,
    ctx: &Context,
) -> Vec<Remedy> {
    let mut offered: Vec<Remedy> = match (code, key) {
        (FindingCode::SkuNotFound | FindingCode::CustomerNotFound, Some(_)) => {
            remedy::remedies_for(code, Severity::Error, key, None, orders, ctx)
                .into_iter()
                .filter(|r| {
                    matches!(
                        RemedyAction::parse(&r.id),
                        Some(RemedyAction::CreateItem { .. } | RemedyAction::CreateCustomer { .. })
                    )
                })
                .collect()
        }
        _ => vec![],
    };
    if orders > 0 {
        let action = RemedyAction::RetryInMiddleware {
            cause: Some((code, key.map(str::to_string))),
        };
        offered.push(Remedy {
            label: catalogue::remedy_label(&action, orders, Some(system), ctx),
            id: action.id(),
        });
    }
    offered
}

/// Step 5: every order the tool holds a failed run for, with the one button that retries them
/// all there.
pub fn retry_finding(evidence: &MiddlewareEvidence, ctx: &Context) -> Option<Finding> {
    let failures = evidence.result.as_ref().ok()?;
    let orders = named_orders(failures);
    if orders.is_empty() {
        return None;
    }
    let code = FindingCode::MiddlewareRetryable;
    let system = evidence.system.as_str();
    let action = RemedyAction::RetryInMiddleware { cause: None };
    Some(Finding {
        code,
        severity: Severity::Warning,
        message: catalogue::message(code, orders.len(), Some(system), ctx),
        fix: catalogue::fix(code, Some(system), None, ctx),
        key: Some(system.to_string()),
        detail: catalogue::middleware_runs_detail(
            system,
            failures.len(),
            failures.iter().filter(|f| f.order.is_none()).count(),
            ctx.language,
        ),
        remedies: vec![Remedy {
            label: catalogue::remedy_label(&action, orders.len(), Some(system), ctx),
            id: action.id(),
        }],
        orders,
    })
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
        }
    }

    fn ctx() -> Context {
        Context {
            store: "Shopify".into(),
            erp: "NetSuite".into(),
            creates_records: true,
            language: osd_i18n::Language::English,
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
        let findings = failure_findings(&evidence, &[], &ctx());
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
        assert_eq!(
            sku.fix,
            "Create the item \"MUG-RED\" in NetSuite, or correct the SKU in the n8n flow; then retry them in n8n: each order is looked up in NetSuite first, so none is created twice."
        );
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
    fn an_erp_change_and_the_retry_are_offered_and_step_5_retries_every_named_order() {
        let missing =
            "You have entered an Invalid Field Value MUG-RED for the following field: item";
        let evidence = MiddlewareEvidence {
            system: "n8n".into(),
            result: Ok(vec![
                run("2", Some("#5002"), missing),
                run("4", None, missing),
                run("5", Some("#5004"), "504 Gateway Time-out"),
            ]),
        };
        let findings = failure_findings(&evidence, &[], &ctx());
        let ids = |code: FindingCode| -> Vec<String> {
            findings
                .iter()
                .find(|f| f.code == code)
                .unwrap()
                .remedies
                .iter()
                .map(|r| r.id.clone())
                .collect()
        };
        assert_eq!(
            ids(FindingCode::SkuNotFound),
            [
                "create-item:MUG-RED",
                "retry-in-middleware:sku_not_found=MUG-RED"
            ]
        );
        // This app's resend would go around the tool: only the retry there is offered.
        assert_eq!(
            ids(FindingCode::ErpTimeout),
            ["retry-in-middleware:erp_timeout"]
        );
        let step5 = retry_finding(&evidence, &ctx()).unwrap();
        assert_eq!(step5.orders, ["#5002", "#5004"]);
        assert_eq!(step5.remedies[0].id, "retry-in-middleware:all");
        assert_eq!(step5.remedies[0].label, "Retry these 2 orders in n8n");
        assert!(
            step5.detail.contains("1 of them names no order"),
            "{}",
            step5.detail
        );
    }

    #[test]
    fn a_run_whose_error_names_no_value_takes_the_one_the_app_finds_on_its_order() {
        let evidence = |name: &str, keys: &[&str]| OrderEvidence {
            name: name.into(),
            problems: keys
                .iter()
                .map(|k| crate::Problem {
                    code: FindingCode::SkuNotFound,
                    severity: Severity::Error,
                    key: Some(k.to_string()),
                    detail: String::new(),
                    suggestion: None,
                    suggestion_name: None,
                })
                .collect(),
            last_error: None,
        };
        let orders = [
            evidence("#1158", &["CANDLE-LAV-XL"]),
            evidence("#1164", &["A", "B"]),
        ];
        let bare = "Item does not exist.  CorrelationId:  1822e662.";
        assert_eq!(
            cause(&run("1", Some("1158"), bare), &orders),
            (FindingCode::SkuNotFound, Some("CANDLE-LAV-XL".into()))
        );
        // Two candidates: not guessed.
        assert_eq!(
            cause(&run("2", Some("#1164"), bare), &orders),
            (FindingCode::SkuNotFound, None)
        );
        assert_eq!(
            cause(&run("3", None, bare), &orders),
            (FindingCode::SkuNotFound, None)
        );
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
        assert!(failure_findings(&evidence, &[], &ctx()).is_empty());
    }
}
