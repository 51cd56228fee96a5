//! The fix plan: the whole check summed up as what the app can fix by itself, what needs a
//! person with rights in the ERP, and which orders reach the ERP once the app's fixes are made.
//! Built from the check report alone, so the plan never says more than the steps below it.

use std::collections::{BTreeMap, HashSet};

use osd_model::{CheckReport, Finding, FindingCode, Severity};
use serde::Serialize;
use ts_rs::TS;

use crate::catalogue;
use crate::remedy::RemedyAction;

/// One change the app makes itself, with the orders it helps.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export_to = "plan.ts")]
pub struct PlannedFix {
    /// The remedy's id, as a finding's button passes it.
    pub remedy: String,
    pub label: String,
    /// The findings it answers, in their own words.
    pub problems: Vec<String>,
    /// Orders it helps.
    pub orders: Vec<String>,
    /// Of those, the orders the plan gets into the ERP: nothing else holds them back once
    /// every fix of the plan is made.
    pub unblocks: Vec<String>,
}

/// Something the app cannot do: it needs a person, usually one with rights in the ERP.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export_to = "plan.ts")]
pub struct PersonTask {
    pub code: FindingCode,
    pub message: String,
    /// What to do.
    pub fix: String,
    /// The screen where it is done, in the ERP (or the store) itself.
    pub place: Option<String>,
    pub orders: Vec<String>,
    /// The orders cannot be sent until it is done; otherwise it is worth doing but holds
    /// nothing back.
    pub blocks: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export_to = "plan.ts")]
pub struct FixPlan {
    /// The ERP's name, for the plan's words.
    pub erp: String,
    /// Orders not in the ERP.
    pub waiting: Vec<String>,
    /// Most orders unblocked first.
    pub fixes: Vec<PlannedFix>,
    /// What holds orders back first.
    pub for_a_person: Vec<PersonTask>,
    /// Orders the plan sends after its fixes: those nothing left for a person holds back.
    pub sends: Vec<String>,
}

/// The remedy the plan takes for a finding: the first change offered (the catalogue offers
/// the one that writes least first), never a resend, which the plan does once at its end.
fn app_remedy(finding: &Finding) -> Option<&osd_model::Remedy> {
    finding.remedies.iter().find(|r| {
        RemedyAction::parse(&r.id).is_some_and(|a| !matches!(a, RemedyAction::Resend { .. }))
    })
}

fn retried_in_middleware(finding: &Finding) -> bool {
    finding.remedies.iter().any(|r| {
        matches!(
            RemedyAction::parse(&r.id),
            Some(RemedyAction::RetryInMiddleware { .. })
        )
    })
}

fn resendable(finding: &Finding) -> bool {
    finding.remedies.iter().any(|r| {
        matches!(
            RemedyAction::parse(&r.id),
            Some(RemedyAction::Resend { .. })
        )
    })
}

fn push_new(list: &mut Vec<String>, names: &[String]) {
    for name in names {
        if !list.contains(name) {
            list.push(name.clone());
        }
    }
}

/// The plan for a check of a store whose orders go to `erp`.
pub fn plan(report: &CheckReport, erp: &str, language: osd_i18n::Language) -> FixPlan {
    let mut waiting = Vec::new();
    let mut resend_too = Vec::new();
    let mut fixes: BTreeMap<String, PlannedFix> = BTreeMap::new();
    let mut order_of_fixes = Vec::new();
    let mut for_a_person = Vec::new();
    let mut held: HashSet<&str> = HashSet::new();
    for finding in report.findings() {
        if finding.code == FindingCode::OrderNotSynced {
            push_new(&mut waiting, &finding.orders);
            continue;
        }
        // The integration tool's failures are its own to retry (step 5 offers that), so the
        // plan neither fixes nor sends them around it.
        if retried_in_middleware(finding) {
            continue;
        }
        // A rule already applied: shown so no change is silent, nothing to do.
        if finding.severity == Severity::Info {
            continue;
        }
        if let Some(remedy) = app_remedy(finding) {
            let fix = fixes.entry(remedy.id.clone()).or_insert_with(|| {
                order_of_fixes.push(remedy.id.clone());
                PlannedFix {
                    remedy: remedy.id.clone(),
                    label: remedy.label.clone(),
                    problems: vec![],
                    orders: vec![],
                    unblocks: vec![],
                }
            });
            fix.problems.push(finding.message.clone());
            push_new(&mut fix.orders, &finding.orders);
        } else if resendable(finding) {
            // Orders that failed on something that has passed, or whose status the ERP did
            // not confirm: the resend at the end takes them.
            push_new(&mut resend_too, &finding.orders);
        } else {
            let blocks = finding.severity == Severity::Error;
            if blocks {
                held.extend(finding.orders.iter().map(String::as_str));
            }
            for_a_person.push(PersonTask {
                code: finding.code,
                message: finding.message.clone(),
                fix: finding.fix.clone(),
                place: catalogue::where_to_click(finding.code, erp, language),
                orders: finding.orders.clone(),
                blocks,
            });
        }
    }
    let mut sends = waiting.clone();
    push_new(&mut sends, &resend_too);
    sends.retain(|name| !held.contains(name.as_str()));
    let sent: HashSet<&str> = sends.iter().map(String::as_str).collect();
    let mut fixes: Vec<PlannedFix> = order_of_fixes
        .iter()
        .filter_map(|id| fixes.remove(id))
        .map(|mut fix| {
            fix.unblocks = fix
                .orders
                .iter()
                .filter(|o| sent.contains(o.as_str()))
                .cloned()
                .collect();
            fix
        })
        .collect();
    fixes.sort_by_key(|f| std::cmp::Reverse(f.unblocks.len()));
    for_a_person.sort_by_key(|t| (!t.blocks, std::cmp::Reverse(t.orders.len())));
    FixPlan {
        erp: erp.to_string(),
        waiting,
        fixes,
        for_a_person,
        sends,
    }
}

#[cfg(test)]
mod tests {
    use osd_model::{Remedy, StepReport, StepStatus};

    use super::*;

    fn finding(
        code: FindingCode,
        severity: Severity,
        orders: &[&str],
        remedies: &[&str],
    ) -> Finding {
        Finding {
            code,
            severity,
            key: None,
            orders: orders.iter().map(|o| o.to_string()).collect(),
            message: format!("{} orders: {code}", orders.len()),
            fix: format!("fix {code}"),
            detail: String::new(),
            remedies: remedies
                .iter()
                .map(|id| Remedy {
                    id: id.to_string(),
                    label: format!("do {id}"),
                })
                .collect(),
        }
    }

    fn report(findings: Vec<Finding>, waiting: &[&str]) -> CheckReport {
        let mut all = findings;
        all.push(finding(
            FindingCode::OrderNotSynced,
            Severity::Warning,
            waiting,
            &["resend:ready"],
        ));
        CheckReport {
            steps: vec![StepReport {
                step: 2,
                title: "Error log".into(),
                status: StepStatus::Failed,
                summary: String::new(),
                findings: all,
            }],
        }
    }

    fn names(list: &[String]) -> Vec<&str> {
        list.iter().map(String::as_str).collect()
    }

    #[test]
    fn an_order_is_sent_only_when_nothing_for_a_person_holds_it() {
        use FindingCode as F;
        let plan = plan(
            &report(
                vec![
                    finding(
                        F::SkuNotFound,
                        Severity::Error,
                        &["#1", "#2", "#3"],
                        &["map-sku:A=B"],
                    ),
                    // #2 also has a closed period the app can post past: two fixes, one order.
                    finding(
                        F::PeriodClosed,
                        Severity::Error,
                        &["#2", "#4"],
                        &["policy:closed-period=first-open"],
                    ),
                    // #3 also waits on a currency only someone in NetSuite can activate.
                    finding(F::CurrencyInactive, Severity::Error, &["#3", "#5"], &[]),
                    finding(
                        F::ErpTimeout,
                        Severity::Error,
                        &["#6"],
                        &["resend:erp_timeout"],
                    ),
                ],
                &["#1", "#2", "#3", "#4", "#5", "#6", "#7"],
            ),
            "NetSuite",
            osd_i18n::Language::English,
        );
        assert_eq!(plan.waiting.len(), 7);
        assert_eq!(names(&plan.sends), ["#1", "#2", "#4", "#6", "#7"]);
        let unblocks: Vec<(&str, Vec<&str>)> = plan
            .fixes
            .iter()
            .map(|f| (f.remedy.as_str(), names(&f.unblocks)))
            .collect();
        assert_eq!(
            unblocks,
            [
                ("map-sku:A=B", vec!["#1", "#2"]),
                ("policy:closed-period=first-open", vec!["#2", "#4"]),
            ]
        );
        // Counted once although two fixes help it.
        assert_eq!(plan.sends.iter().filter(|o| *o == "#2").count(), 1);
        assert_eq!(plan.for_a_person.len(), 1);
        let currency = &plan.for_a_person[0];
        assert!(currency.blocks);
        assert_eq!(names(&currency.orders), ["#3", "#5"]);
        assert_eq!(
            currency.place.as_deref(),
            Some("NetSuite: Lists → Accounting → Currencies")
        );
    }

    #[test]
    fn one_rule_that_answers_several_findings_is_one_fix() {
        use FindingCode as F;
        let plan = plan(
            &report(
                vec![
                    finding(
                        F::FieldTooLong,
                        Severity::Error,
                        &["#1"],
                        &["policy:fit-text=on"],
                    ),
                    finding(
                        F::UnsupportedCharacters,
                        Severity::Error,
                        &["#1", "#2"],
                        &["policy:fit-text=on"],
                    ),
                ],
                &["#1", "#2"],
            ),
            "NetSuite",
            osd_i18n::Language::English,
        );
        assert_eq!(plan.fixes.len(), 1);
        assert_eq!(plan.fixes[0].problems.len(), 2);
        assert_eq!(names(&plan.fixes[0].unblocks), ["#1", "#2"]);
    }

    #[test]
    fn the_first_change_offered_is_taken_and_advice_holds_nothing_back() {
        use FindingCode as F;
        let plan = plan(
            &report(
                vec![
                    finding(
                        F::CustomerNotFound,
                        Severity::Error,
                        &["#1"],
                        &[
                            "map-customer:guest checkout=2999",
                            "create-customer:guest checkout",
                        ],
                    ),
                    finding(F::TotalMismatch, Severity::Warning, &["#2"], &[]),
                    finding(F::CredentialExpiring, Severity::Warning, &[], &[]),
                    // A rule already applied asks for nothing.
                    finding(F::PeriodClosed, Severity::Info, &["#3"], &[]),
                ],
                &["#1", "#2", "#3"],
            ),
            "NetSuite",
            osd_i18n::Language::English,
        );
        assert_eq!(plan.fixes[0].remedy, "map-customer:guest checkout=2999");
        assert_eq!(names(&plan.sends), ["#1", "#2", "#3"]);
        let tasks: Vec<(FindingCode, bool)> = plan
            .for_a_person
            .iter()
            .map(|t| (t.code, t.blocks))
            .collect();
        assert_eq!(
            tasks,
            [(F::TotalMismatch, false), (F::CredentialExpiring, false)]
        );
    }

    #[test]
    fn orders_whose_status_was_not_confirmed_are_looked_up_again() {
        use FindingCode as F;
        let plan = plan(
            &report(
                vec![finding(
                    F::StatusUnverified,
                    Severity::Warning,
                    &["#9"],
                    &["resend:status_unverified"],
                )],
                &["#1"],
            ),
            "NetSuite",
            osd_i18n::Language::English,
        );
        assert_eq!(names(&plan.waiting), ["#1"]);
        assert_eq!(names(&plan.sends), ["#1", "#9"]);
        assert!(plan.fixes.is_empty() && plan.for_a_person.is_empty());
    }
}
