//! Assemble the five steps from what was gathered: live status, stored orders with their
//! last error, and the pre-flight of each order not yet in the ERP.

use chrono::{DateTime, Datelike, Utc};
use osd_connectors::http::Side;
use osd_connectors::lifecycle::{self, ApiVersion};
use osd_connectors::statuspage::VendorStatus;
use osd_connectors::{CallError, ConnectionReport};
use osd_model::{CheckReport, Finding, FindingCode, Remedy, Severity, StepReport, StepStatus};

use osd_i18n::{Arg, Words};

use crate::catalogue::{self, Context};
use crate::grouping::group;
use crate::reconcile::Reconciliation;
use crate::remedy::RemedyAction;
use crate::Problem;

/// What a connection test said, for one side, and what the vendor's status page says.
pub struct StatusEvidence {
    pub system: String,
    pub side: Side,
    pub result: Result<ConnectionReport, CallError>,
    /// `None` when no status page is configured or it could not be read.
    pub vendor: Option<VendorStatus>,
    /// Seconds the system's clock is ahead of ours (negative: behind), from its `Date` header.
    pub clock_offset: Option<i64>,
    /// The vendor API version the connector speaks, to warn before the vendor retires it.
    pub api_version: ApiVersion,
}

/// One order that is not in the ERP, with what is known about why.
pub struct OrderEvidence {
    pub name: String,
    /// Found before sending, against master data.
    pub problems: Vec<Problem>,
    /// What the ERP said the last time the order was sent.
    pub last_error: Option<CallError>,
}

/// Codes the pre-flight checks itself. A past ERP error with one of these codes that the
/// pre-flight no longer finds has been fixed (a mapping, a new item), so it is not shown.
fn preflight_checks(code: FindingCode) -> bool {
    use FindingCode as F;
    matches!(
        code,
        F::SkuNotFound
            | F::CustomerNotFound
            | F::CurrencyInactive
            | F::TaxCodeUnmapped
            | F::CountryCodeMismatch
            | F::StateCodeMismatch
            | F::PeriodClosed
            | F::FieldTooLong
            | F::UnsupportedCharacters
    )
}

impl OrderEvidence {
    /// The last ERP error, unless a fix made since then answers it.
    fn standing_error(&self) -> Option<&CallError> {
        self.last_error
            .as_ref()
            .filter(|e| !preflight_checks(e.code) || self.problems.iter().any(|p| p.code == e.code))
    }

    /// Ready when nothing blocks it: only warnings, or a past error that goes away by itself.
    pub fn ready(&self) -> bool {
        let blocked_by_data = self.problems.iter().any(|p| p.severity == Severity::Error);
        let blocked_by_past = self
            .standing_error()
            .is_some_and(|e| matches!(e.code, FindingCode::DuplicateOrder));
        !blocked_by_data && !blocked_by_past
    }

    /// The order's problems, with the ERP's own words merged into the matching one.
    fn merged(&self) -> Vec<Problem> {
        let mut problems = self.problems.clone();
        if let Some(error) = self.standing_error() {
            let raw = format!("{} — {}", error.summary, error.detail());
            match problems.iter_mut().find(|p| p.code == error.code) {
                Some(p) => p.detail = format!("{}\n    ERP said: {raw}", p.detail),
                None => problems.push(Problem {
                    code: error.code,
                    severity: Severity::Error,
                    key: error.key.clone(),
                    detail: raw,
                    suggestion: None,
                    suggestion_name: None,
                }),
            }
        }
        problems
    }
}

pub struct CheckInput {
    pub now: DateTime<Utc>,
    pub context: Context,
    pub store: StatusEvidence,
    pub erp: StatusEvidence,
    /// How many orders the store sent in this check.
    pub orders_read: usize,
    /// Records the store sent that were not readable as orders.
    pub unreadable: Vec<(String, String)>,
    /// Records the store sent in a shape its connector does not know: (reference, why and raw).
    pub unknown_answers: Vec<(String, String)>,
    /// `None` when master data could not be loaded (the ERP is down).
    pub orders: Option<Vec<OrderEvidence>>,
    /// Orders the ERP holds whose status did not read open or processing: (name, status).
    pub unverified: Vec<(String, String)>,
    /// Files and folders of the app's data that other accounts can read and that could not be
    /// made private, each described with its mode and the system's reason.
    pub exposed_files: Vec<String>,
    /// Orders the ERP held and does not hold any more: (name, what it was and since when).
    pub left_erp: Vec<(String, String)>,
    /// The stored orders compared with what the ERP holds, when it could answer.
    pub reconciliation: Option<Reconciliation>,
    /// Orders held back because the store does not count them as ready to book yet:
    /// (name, the store's status).
    pub not_ready: Vec<(String, String)>,
    /// The store statuses that count as ready to book (the store connection's setting).
    pub ready_statuses: Vec<String>,
    /// The user's integration tool, when one is connected: its failed runs.
    pub middleware: Option<crate::middleware_runs::MiddlewareEvidence>,
}

/// Store orders the ERP holds more than once: by a shared reference (certain), and documents
/// alike in customer, date, total and lines where one lacks the reference (likely, said so).
/// The app never deletes or cancels ERP documents; the finding says which copy to keep.
fn duplicate_findings(reconciliation: &Reconciliation, ctx: &Context) -> Vec<Finding> {
    let place = catalogue::where_to_click(FindingCode::ErpDuplicates, &ctx.erp, ctx.language)
        .map(|p| format!("\n{}", where_line(&p, ctx)))
        .unwrap_or_default();
    let mut findings = Vec::new();
    let duplicated: Vec<_> = reconciliation.duplicated().collect();
    if !duplicated.is_empty() {
        let code = FindingCode::ErpDuplicates;
        findings.push(Finding {
            code,
            severity: Severity::Error,
            key: None,
            message: catalogue::message(code, duplicated.len(), None, ctx),
            fix: catalogue::fix(code, None, None, ctx),
            orders: duplicated.iter().filter_map(|r| r.order.clone()).collect(),
            detail: duplicated
                .iter()
                .map(|r| {
                    let copies: Vec<String> = r.erp.iter().map(|d| d.describe()).collect();
                    format!(
                        "{} ({}): {}",
                        r.order.as_deref().unwrap_or(""),
                        r.external_id,
                        copies.join(", ")
                    )
                })
                .collect::<Vec<_>>()
                .join("\n")
                + &place,
            remedies: vec![],
        });
    }
    if !reconciliation.look_alikes.is_empty() {
        let code = FindingCode::ErpDuplicates;
        let key = catalogue::LOOK_ALIKE.to_string();
        let alike = &reconciliation.look_alikes;
        findings.push(Finding {
            code,
            severity: Severity::Warning,
            message: catalogue::message(code, alike.len(), Some(&key), ctx),
            fix: catalogue::fix(code, Some(&key), None, ctx),
            key: Some(key),
            orders: alike.iter().flat_map(|a| a.orders.clone()).collect(),
            detail: alike
                .iter()
                .map(|a| {
                    let copies: Vec<String> = a.documents.iter().map(|d| d.describe()).collect();
                    format!("{}: {}", a.orders.join(", "), copies.join(", "))
                })
                .collect::<Vec<_>>()
                .join("\n")
                + &place,
            remedies: vec![],
        });
    }
    findings
}

/// Customers' data readable by other accounts on this computer: one finding, every path in
/// its detail. Not an error: orders still flow, but someone should act.
fn exposed_files_finding(exposed: &[String], ctx: &Context) -> Option<Finding> {
    let first = exposed.first()?;
    let code = FindingCode::DataFolderNotPrivate;
    let key = first.split(" (mode").next().unwrap_or(first).to_string();
    Some(Finding {
        code,
        severity: Severity::Warning,
        message: catalogue::message(code, 0, Some(&key), ctx),
        fix: catalogue::fix(code, Some(&key), None, ctx),
        key: Some(key),
        orders: vec![],
        detail: exposed.join("\n"),
        remedies: vec![],
    })
}

/// "a", "a or b", "a, b or c".
/// The technical details' line that says where the fix is made.
fn where_line(place: &str, ctx: &Context) -> String {
    Words::of(ctx.language).with("detail-where", &[("place", place.into())])
}

/// One finding for every order held back by the store's "ready" setting: listed, so none is
/// skipped silently, with each order's store status in the detail.
fn not_ready_finding(input: &CheckInput) -> Option<Finding> {
    let held = &input.not_ready;
    let (_, first) = held.first()?;
    let code = FindingCode::OrderNotReady;
    let ctx = &input.context;
    // One status for all: it goes into the sentence; several: the detail says which is which.
    let key = held.iter().all(|(_, s)| s == first).then(|| first.clone());
    let mut detail: Vec<String> = held
        .iter()
        .map(|(name, status)| format!("{name}: {status}"))
        .collect();
    if !input.ready_statuses.is_empty() {
        detail.push(Words::of(ctx.language).with(
            "detail-ready-statuses",
            &[("statuses", input.ready_statuses.join(", ").as_str().into())],
        ));
    }
    if let Some(place) = catalogue::where_to_click(code, &ctx.store, ctx.language) {
        detail.push(where_line(&place, ctx));
    }
    Some(Finding {
        code,
        severity: Severity::Warning,
        message: catalogue::message(code, held.len(), key.as_deref(), ctx),
        fix: catalogue::fix(code, key.as_deref(), None, ctx),
        key,
        orders: held.iter().map(|(name, _)| name.clone()).collect(),
        detail: detail.join("\n"),
        remedies: vec![],
    })
}

/// Warn this many days before a credential stops working.
const EXPIRY_WARNING_DAYS: i64 = 30;

fn vendor_findings(side: &StatusEvidence, ctx: &Context) -> Vec<Finding> {
    let Some(vendor) = &side.vendor else {
        return vec![];
    };
    let (maintenance, incident) = match side.side {
        Side::Store => (FindingCode::StoreMaintenance, FindingCode::StoreIncident),
        Side::Erp => (FindingCode::ErpMaintenance, FindingCode::ErpIncident),
        // No integration tool's status page is read yet.
        Side::Middleware => return vec![],
    };
    let finding = |code: FindingCode, key: String| Finding {
        code,
        severity: Severity::Warning,
        message: catalogue::message(code, 0, Some(&key), ctx),
        fix: catalogue::fix(code, Some(&key), None, ctx),
        detail: format!(
            "{} status page: {} ({})",
            side.system, vendor.description, vendor.indicator
        ),
        key: Some(key),
        orders: vec![],
        remedies: vec![],
    };
    let mut findings = Vec::new();
    if !vendor.maintenance.is_empty() {
        findings.push(finding(maintenance, vendor.maintenance.join("; ")));
    }
    if !vendor.incidents.is_empty() {
        findings.push(finding(incident, vendor.incidents.join("; ")));
    }
    findings
}

fn status_findings(side: &StatusEvidence, now: DateTime<Utc>, ctx: &Context) -> Vec<Finding> {
    let mut findings = vendor_findings(side, ctx);
    findings.extend(connection_findings(side, now, ctx));
    findings.extend(clock_finding(side, ctx));
    findings.extend(api_version_finding(side, now, ctx));
    findings
}

/// A warning from `SupportEnd::warn_days` before the vendor's published end of the version the
/// connector speaks, and after it: the day is the vendor's, the time is `CheckInput.now`.
fn api_version_finding(
    side: &StatusEvidence,
    now: DateTime<Utc>,
    ctx: &Context,
) -> Option<Finding> {
    let end = lifecycle::support_end(&side.api_version)?;
    let days = lifecycle::days_left(&end, now.date_naive());
    if days > end.warn_days {
        return None;
    }
    let version = &side.api_version;
    let key = match (days, end.month_only) {
        (..=0, true) => format!("{version} left {}'s support in {}", end.vendor, end.when()),
        (..=0, false) => format!("{version} lost {}'s support on {}", end.vendor, end.when()),
        (1, _) => format!("{version} is supported until {}, tomorrow", end.when()),
        (_, true) => format!(
            "{version} is supported until {}, about {days} days from now",
            end.when()
        ),
        (_, false) => format!(
            "{version} is supported until {}, {days} days from now",
            end.when()
        ),
    };
    let code = FindingCode::ApiVersionRetiring;
    Some(Finding {
        code,
        severity: Severity::Warning,
        message: catalogue::message(code, 0, Some(&key), ctx),
        fix: catalogue::fix(code, Some(&key), None, ctx),
        detail: format!(
            "{}: {version}; {}: {} (source: {}). Warned {} days ahead.{}",
            side.system,
            end.vendor,
            end.rule,
            end.source,
            end.warn_days,
            catalogue::where_to_click(code, &side.system, ctx.language)
                .map(|place| format!("\n{}", where_line(&place, ctx)))
                .unwrap_or_default()
        ),
        key: Some(key),
        orders: vec![],
        remedies: vec![],
    })
}

/// One warning for orders that wait with a reason each, `(name, why)`, which one click sends
/// again (each looked up first): orders that left the ERP, orders whose status did not read back.
fn resendable_orders(
    code: FindingCode,
    orders: &[(String, String)],
    ctx: &Context,
) -> Option<Finding> {
    if orders.is_empty() {
        return None;
    }
    let action = RemedyAction::Resend { code: Some(code) };
    Some(Finding {
        code,
        severity: Severity::Warning,
        key: None,
        message: catalogue::message(code, orders.len(), None, ctx),
        fix: catalogue::fix(code, None, None, ctx),
        orders: orders.iter().map(|(n, _)| n.clone()).collect(),
        detail: orders
            .iter()
            .map(|(n, why)| format!("{n}: {why}"))
            .collect::<Vec<_>>()
            .join("\n"),
        remedies: vec![Remedy {
            label: catalogue::remedy_label(&action, orders.len(), None, ctx),
            id: action.id(),
        }],
    })
}

/// Signed requests carry a time: OAuth 1.0a servers (NetSuite TBA, WooCommerce over HTTP)
/// refuse timestamps minutes off, JWT assertions expire. Warn well before that.
const CLOCK_WARNING_SECONDS: i64 = 120;
const CLOCK_ERROR_SECONDS: i64 = 300;

fn clock_finding(side: &StatusEvidence, ctx: &Context) -> Option<Finding> {
    let offset = side.clock_offset?;
    if offset.abs() < CLOCK_WARNING_SECONDS {
        return None;
    }
    let minutes = (offset.abs() + 30) / 60;
    let key = format!(
        "{minutes} minute{} {} {}",
        if minutes == 1 { "" } else { "s" },
        if offset > 0 { "behind" } else { "ahead of" },
        side.system
    );
    let code = FindingCode::ClockSkew;
    // The key names the finding (the same in every language); the sentence says it the
    // user's way.
    let shown = Words::of(ctx.language).with(
        if offset > 0 {
            "key-clock-behind"
        } else {
            "key-clock-ahead"
        },
        &[
            ("minutes", minutes.into()),
            ("system", side.system.as_str().into()),
        ],
    );
    let message = catalogue::message(code, 0, Some(&shown), ctx);
    Some(Finding {
        code,
        severity: if offset.abs() >= CLOCK_ERROR_SECONDS {
            Severity::Error
        } else {
            Severity::Warning
        },
        message,
        fix: catalogue::fix(code, None, None, ctx),
        detail: format!(
            "{}'s Date header was {offset:+} seconds from this computer's clock",
            side.system
        ),
        key: Some(key),
        orders: vec![],
        remedies: vec![],
    })
}

fn connection_findings(side: &StatusEvidence, now: DateTime<Utc>, ctx: &Context) -> Vec<Finding> {
    let finding =
        |code: FindingCode, severity: Severity, key: Option<String>, detail: String| Finding {
            code,
            severity,
            message: catalogue::message(code, 0, key.as_deref(), ctx),
            fix: catalogue::fix(code, key.as_deref(), None, ctx),
            key,
            orders: vec![],
            detail,
            remedies: vec![],
        };
    match &side.result {
        Err(e) => {
            // A connection test names a key in two cases: the permission a role lacks (where
            // to add it is its own screen), and who gave an answer of unknown shape.
            let key = match e.code {
                FindingCode::ErpPermissionMissing => e.key.clone(),
                FindingCode::UnknownVendorAnswer => Some(side.system.clone()),
                _ => None,
            };
            let mut detail = format!("{}: {} — {}", side.system, e.summary, e.detail());
            if let Some(place) = catalogue::where_to_click(e.code, &side.system, ctx.language) {
                detail.push_str(&format!("\n{}", where_line(&place, ctx)));
            }
            vec![finding(e.code, Severity::Error, key, detail)]
        }
        Ok(report) => match report.credential_expires {
            Some(at) if at <= now => vec![finding(
                side.side.auth_failed(),
                Severity::Error,
                None,
                format!(
                    "{}: the credential expired on {}",
                    side.system,
                    at.format("%Y-%m-%d")
                ),
            )],
            Some(at) if (at - now).num_days() < EXPIRY_WARNING_DAYS => {
                // Whole days left, rounded up: "in 12 days" until the 12th day has begun.
                let days = ((at - now).num_seconds() + 86_399) / 86_400;
                // The key names the finding (the same in every language); the sentence says
                // it the user's way.
                let key = format!(
                    "in {days} day{} (on {})",
                    if days == 1 { "" } else { "s" },
                    at.format("%Y-%m-%d")
                );
                let day = ctx.language.date(at.year(), at.month(), at.day());
                let shown = Words::of(ctx.language).with(
                    "key-expires-in",
                    &[("days", days.into()), ("date", day.as_str().into())],
                );
                let mut expiring = finding(
                    FindingCode::CredentialExpiring,
                    Severity::Warning,
                    Some(shown),
                    format!(
                        "{}: {}; the credential ends {}",
                        side.system,
                        report.detail,
                        at.to_rfc3339()
                    ),
                );
                expiring.key = Some(key);
                vec![expiring]
            }
            _ => vec![],
        },
    }
}

fn step(step: u8, summary: String, findings: Vec<Finding>, ctx: &Context) -> StepReport {
    let status = if findings.iter().any(|f| f.severity == Severity::Error) {
        StepStatus::Failed
    } else if findings.is_empty() {
        StepStatus::Ok
    } else {
        StepStatus::Warning
    };
    StepReport {
        step,
        title: catalogue::step_title(step, ctx.language),
        status,
        summary,
        findings,
    }
}

/// Orders the store sent in a shape this version does not know: one finding naming the store,
/// with every raw record in the detail, and nothing guessed from them.
fn unknown_answers(records: &[(String, String)], ctx: &Context) -> Finding {
    let code = FindingCode::UnknownVendorAnswer;
    Finding {
        code,
        severity: Severity::Error,
        message: catalogue::message(code, 0, Some(&ctx.store), ctx),
        fix: catalogue::fix(code, None, None, ctx),
        key: Some(ctx.store.clone()),
        orders: records.iter().map(|(r, _)| r.clone()).collect(),
        detail: records
            .iter()
            .map(|(r, raw)| format!("{r}: {raw}"))
            .collect::<Vec<_>>()
            .join("\n"),
        remedies: vec![],
    }
}

pub fn assemble(input: CheckInput) -> CheckReport {
    let ctx = &input.context;
    let mut first = status_findings(&input.store, input.now, ctx);
    first.extend(status_findings(&input.erp, input.now, ctx));
    first.extend(exposed_files_finding(&input.exposed_files, ctx));
    first.extend(not_ready_finding(&input));
    if let Some(middleware) = &input.middleware {
        first.extend(crate::middleware_runs::connection_finding(middleware, ctx));
    }
    let words = Words::of(ctx.language);
    // Which systems answered, in the user's words; what each said about itself (the shop's
    // name, the company) is in the connection test's technical details.
    let connected: Vec<String> = [&input.store, &input.erp]
        .iter()
        .filter(|s| s.result.is_ok())
        .map(|s| words.with("connection-ok", &[("system", s.system.as_str().into())]))
        .collect();
    let names = [
        ("erp", Arg::from(ctx.erp.as_str())),
        ("store", Arg::from(ctx.store.as_str())),
    ];
    let with_names = |id: &str, more: &[(&str, Arg<'_>)]| {
        let mut args = names.to_vec();
        args.extend_from_slice(more);
        words.with(id, &args)
    };
    let mut summary = if connected.is_empty() {
        words.get("summary-no-answer")
    } else {
        connected.join(" ")
    };
    if !input.ready_statuses.is_empty() {
        let statuses = catalogue::list_or(&input.ready_statuses, ctx.language);
        summary.push(' ');
        summary.push_str(&with_names(
            "summary-ready-statuses",
            &[("statuses", statuses.as_str().into())],
        ));
    }
    let step1 = step(1, summary, first, ctx);

    let Some(orders) = input.orders else {
        let skipped = |n: u8| StepReport {
            step: n,
            title: catalogue::step_title(n, ctx.language),
            status: StepStatus::Warning,
            summary: with_names("summary-not-checked", &[]),
            findings: vec![],
        };
        return CheckReport {
            steps: vec![step1, skipped(2), skipped(3), skipped(4), skipped(5)],
        };
    };

    let mut by_step: [Vec<(String, Problem)>; 3] = Default::default();
    for evidence in &orders {
        for problem in evidence.merged() {
            let slot = match problem.code.order_step() {
                3 => 1,
                4 => 2,
                _ => 0,
            };
            by_step[slot].push((evidence.name.clone(), problem));
        }
    }
    let [errors, formatting, money] = by_step;
    let mut second = group(errors, ctx);
    if let Some(reconciliation) = &input.reconciliation {
        second.extend(duplicate_findings(reconciliation, ctx));
    }
    if !input.unreadable.is_empty() {
        second.push(Finding {
            code: FindingCode::UnclassifiedError,
            severity: Severity::Error,
            key: Some("unreadable".into()),
            message: with_names(
                "finding-unreadable",
                &[("count", input.unreadable.len().into())],
            ),
            fix: with_names("fix-unreadable", &[]),
            orders: input.unreadable.iter().map(|(r, _)| r.clone()).collect(),
            detail: input
                .unreadable
                .iter()
                .map(|(r, why)| format!("{r}: {why}"))
                .collect::<Vec<_>>()
                .join("\n"),
            remedies: vec![],
        });
    }
    if !input.unknown_answers.is_empty() {
        second.push(unknown_answers(&input.unknown_answers, ctx));
    }
    if let Some(middleware) = &input.middleware {
        second.extend(crate::middleware_runs::failure_findings(
            middleware, &orders, ctx,
        ));
    }
    let failed = orders.len();
    let step2 = step(
        2,
        with_names(
            "summary-step-2",
            &[("read", input.orders_read.into()), ("count", failed.into())],
        ),
        second,
        ctx,
    );
    let formatting = group(formatting, ctx);
    let step3 = step(
        3,
        with_names("summary-step-3", &[("count", failed.into())]),
        formatting,
        ctx,
    );
    let money = group(money, ctx);
    let step4 = step(
        4,
        with_names("summary-step-4", &[("count", failed.into())]),
        money,
        ctx,
    );

    let ready = orders.iter().filter(|o| o.ready()).count();
    let mut fifth = Vec::new();
    if !orders.is_empty() {
        let code = FindingCode::OrderNotSynced;
        fifth.push(Finding {
            code,
            severity: Severity::Warning,
            key: None,
            message: catalogue::message(code, orders.len(), None, ctx),
            fix: catalogue::fix(code, None, None, ctx),
            orders: orders.iter().map(|o| o.name.clone()).collect(),
            detail: with_names(
                "detail-ready-to-resend",
                &[
                    ("ready", ready.into()),
                    ("waiting", (orders.len() - ready).into()),
                ],
            ),
            remedies: if ready > 0 {
                let action = RemedyAction::Resend { code: None };
                vec![Remedy {
                    label: catalogue::remedy_label(&action, ready, None, ctx),
                    id: action.id(),
                }]
            } else {
                vec![]
            },
        });
    }
    fifth.extend(resendable_orders(
        FindingCode::OrderLeftErp,
        &input.left_erp,
        ctx,
    ));
    fifth.extend(resendable_orders(
        FindingCode::StatusUnverified,
        &input.unverified,
        ctx,
    ));
    if let Some(middleware) = &input.middleware {
        fifth.extend(crate::middleware_runs::retry_finding(middleware, ctx));
    }
    let step5 = step(
        5,
        with_names(
            "summary-step-5",
            &[("count", orders.len().into()), ("ready", ready.into())],
        ),
        fifth,
        ctx,
    );
    CheckReport {
        steps: vec![step1, step2, step3, step4, step5],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(side: Side, expires: Option<DateTime<Utc>>) -> StatusEvidence {
        StatusEvidence {
            system: "Shopify".into(),
            side,
            result: Ok(ConnectionReport {
                detail: "ok".into(),
                credential_expires: expires,
            }),
            vendor: None,
            clock_offset: None,
            api_version: ApiVersion::Unknown,
        }
    }

    #[test]
    fn a_credential_ending_soon_is_warned_with_its_date_and_one_that_ended_is_an_error() {
        let ctx = Context {
            store: "Shopify".into(),
            erp: "NetSuite".into(),
            creates_records: false,
            language: osd_i18n::Language::English,
        };
        let now = DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let soon = status_findings(
            &evidence(Side::Store, Some(now + chrono::Duration::days(5))),
            now,
            &ctx,
        );
        assert_eq!(soon[0].code, FindingCode::CredentialExpiring);
        assert_eq!(soon[0].key.as_deref(), Some("in 5 days (on 2026-12-01)"));
        assert!(status_findings(
            &evidence(Side::Store, Some(now + chrono::Duration::days(90))),
            now,
            &ctx
        )
        .is_empty());
        let ended = status_findings(
            &evidence(Side::Store, Some(now - chrono::Duration::hours(1))),
            now,
            &ctx,
        );
        assert_eq!(
            (ended[0].code, ended[0].severity),
            (FindingCode::StoreAuthFailed, Severity::Error)
        );
    }
}

#[cfg(test)]
mod privacy_tests {
    use super::*;

    #[test]
    fn data_other_accounts_can_read_is_a_step_one_warning_naming_the_folder() {
        let ctx = Context {
            store: "Shopify".into(),
            erp: "NetSuite".into(),
            creates_records: false,
            language: osd_i18n::Language::English,
        };
        let exposed = vec![
            "/home/ann/.local/share/order-sync-doctor (mode 755): Operation not permitted".to_string(),
            "/home/ann/.local/share/order-sync-doctor/shop.sqlite (mode 644): Read-only file system".to_string(),
        ];
        let finding = exposed_files_finding(&exposed, &ctx).unwrap();
        assert_eq!(finding.code, FindingCode::DataFolderNotPrivate);
        assert_eq!(finding.severity, Severity::Warning);
        assert_eq!(
            finding.key.as_deref(),
            Some("/home/ann/.local/share/order-sync-doctor")
        );
        assert!(
            finding
                .message
                .starts_with("Other accounts on this computer can read"),
            "{}",
            finding.message
        );
        assert!(finding
            .detail
            .contains("shop.sqlite (mode 644): Read-only file system"));
        assert!(exposed_files_finding(&[], &ctx).is_none());
    }
}

#[cfg(test)]
mod clock_tests {
    use super::*;

    #[test]
    fn a_clock_minutes_off_is_warned_and_one_far_off_blocks() {
        let ctx = Context {
            store: "Shopify".into(),
            erp: "NetSuite".into(),
            creates_records: false,
            language: osd_i18n::Language::English,
        };
        let side = |offset: i64| StatusEvidence {
            system: "NetSuite".into(),
            side: Side::Erp,
            result: Ok(ConnectionReport {
                detail: "ok".into(),
                credential_expires: None,
            }),
            vendor: None,
            clock_offset: Some(offset),
            api_version: ApiVersion::Unknown,
        };
        assert!(clock_finding(&side(45), &ctx).is_none());
        let warned = clock_finding(&side(-150), &ctx).unwrap();
        assert_eq!(warned.severity, Severity::Warning);
        assert_eq!(warned.key.as_deref(), Some("3 minutes ahead of NetSuite"));
        let blocked = clock_finding(&side(420), &ctx).unwrap();
        assert_eq!(blocked.severity, Severity::Error);
        assert!(
            blocked.message.contains("7 minutes behind NetSuite"),
            "{}",
            blocked.message
        );
    }
}

#[cfg(test)]
mod permission_tests {
    use super::*;

    /// A role without a permission is its own step-1 finding: named, and with the ERP screen
    /// where the permission is added, not "renew the login".
    #[test]
    fn a_missing_permission_in_the_connection_test_says_which_and_where() {
        let ctx = Context {
            store: "Shopify".into(),
            erp: "NetSuite".into(),
            creates_records: true,
            language: osd_i18n::Language::English,
        };
        let refused = CallError::new(
            FindingCode::ErpPermissionMissing,
            "The NetSuite integration role lacks the 'Lists -> Subsidiaries' permission",
            "Permission Violation: You need  the 'Lists -> Subsidiaries' permission to access this page.",
        )
        .with_key("Lists -> Subsidiaries")
        .with_status(403);
        let side = StatusEvidence {
            system: "NetSuite".into(),
            side: Side::Erp,
            result: Err(refused),
            vendor: None,
            clock_offset: None,
            api_version: ApiVersion::Unknown,
        };
        let findings = status_findings(&side, Utc::now(), &ctx);
        assert_eq!(findings.len(), 1);
        let f = &findings[0];
        assert_eq!(
            (f.code, f.severity, f.key.as_deref()),
            (
                FindingCode::ErpPermissionMissing,
                Severity::Error,
                Some("Lists -> Subsidiaries")
            )
        );
        assert!(f.message.contains("Lists -> Subsidiaries"), "{}", f.message);
        assert!(
            f.detail.contains(
                "Setup → Users/Roles → Manage Roles → the integration's role → Permissions"
            ),
            "{}",
            f.detail
        );
    }
}

#[cfg(test)]
mod not_ready_tests {
    use super::*;

    fn input(not_ready: &[(&str, &str)]) -> CheckInput {
        let side = |side, system: &str| StatusEvidence {
            system: system.into(),
            side,
            result: Ok(ConnectionReport {
                detail: format!("Connected to {system}"),
                credential_expires: None,
            }),
            vendor: None,
            clock_offset: None,
            api_version: ApiVersion::Unknown,
        };
        CheckInput {
            now: Utc::now(),
            context: Context {
                store: "WooCommerce".into(),
                erp: "NetSuite".into(),
                creates_records: false,
                language: osd_i18n::Language::English,
            },
            store: side(Side::Store, "WooCommerce"),
            erp: side(Side::Erp, "NetSuite"),
            orders_read: 3,
            unreadable: vec![],
            orders: Some(vec![]),
            unverified: vec![],
            unknown_answers: vec![],
            exposed_files: vec![],
            left_erp: vec![],
            reconciliation: None,
            not_ready: not_ready
                .iter()
                .map(|(n, s)| (n.to_string(), s.to_string()))
                .collect(),
            ready_statuses: vec!["processing".into(), "completed".into()],
            middleware: None,
        }
    }

    #[test]
    fn held_back_orders_are_one_warning_in_step_one_with_each_status_and_the_setting() {
        let report = assemble(input(&[("#1201", "on-hold"), ("#1202", "on-hold")]));
        let step1 = &report.steps[0];
        assert_eq!(step1.status, StepStatus::Warning);
        assert!(
            step1.summary.ends_with(
                "Orders go to NetSuite once WooCommerce marks them processing or completed."
            ),
            "{}",
            step1.summary
        );
        let finding = &step1.findings[0];
        assert_eq!(
            (finding.code, finding.severity),
            (FindingCode::OrderNotReady, Severity::Warning)
        );
        assert_eq!(finding.orders, ["#1201", "#1202"]);
        assert_eq!(finding.key.as_deref(), Some("on-hold"));
        assert!(
            finding.message.contains("\"on-hold\""),
            "{}",
            finding.message
        );
        assert!(finding.detail.contains("#1202: on-hold"));
        assert!(finding
            .detail
            .contains("Ready to book: processing, completed."));
        assert!(finding
            .detail
            .contains("Where to fix it: WordPress admin: WooCommerce → Orders"));

        let mixed = assemble(input(&[("#1201", "on-hold"), ("#1203", "pending")]));
        let finding = &mixed.steps[0].findings[0];
        assert_eq!(
            finding.key, None,
            "two statuses: the detail says which is which"
        );
        assert!(finding.detail.contains("#1203: pending"));

        let none = assemble(input(&[]));
        assert_eq!(none.steps[0].status, StepStatus::Ok);
        assert!(none.steps[0].findings.is_empty());
    }
}

#[cfg(test)]
mod lifecycle_tests {
    use super::*;

    fn side(system: &str, at: Side, api_version: ApiVersion) -> StatusEvidence {
        StatusEvidence {
            system: system.into(),
            side: at,
            result: Ok(ConnectionReport {
                detail: "ok".into(),
                credential_expires: None,
            }),
            vendor: None,
            clock_offset: None,
            api_version,
        }
    }

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_version_near_its_published_end_is_warned_with_the_date_and_the_days_left() {
        let ctx = Context {
            store: "Shopify".into(),
            erp: "Odoo".into(),
            creates_records: false,
            language: osd_i18n::Language::English,
        };
        let now = at("2026-12-06T10:00:00Z");
        let shopify = |v: &str| side("Shopify", Side::Store, ApiVersion::ShopifyAdmin(v.into()));
        let near = status_findings(&shopify("2026-01"), now, &ctx);
        assert_eq!(near.len(), 1);
        assert_eq!(near[0].code, FindingCode::ApiVersionRetiring);
        assert_eq!(near[0].severity, Severity::Warning);
        assert_eq!(
            near[0].key.as_deref(),
            Some("Shopify Admin API 2026-01 is supported until 1 January 2027, 26 days from now")
        );
        assert!(
            near[0].message.contains("26 days from now"),
            "{}",
            near[0].message
        );
        assert!(
            near[0]
                .detail
                .contains("shopify.dev/docs/api/usage/versioning"),
            "{}",
            near[0].detail
        );
        assert!(
            near[0].fix.contains("Update Order Sync Doctor"),
            "{}",
            near[0].fix
        );
        // 2026-07 ends on 2027-07-01: more than 90 days away, nothing to say.
        assert!(status_findings(&shopify("2026-07"), now, &ctx).is_empty());
        let past = status_findings(&shopify("2025-10"), now, &ctx);
        assert_eq!(
            past[0].key.as_deref(),
            Some("Shopify Admin API 2025-10 lost Shopify's support on 1 October 2026")
        );
        let odoo = status_findings(&side("Odoo", Side::Erp, ApiVersion::Odoo(17)), now, &ctx);
        assert_eq!(
            odoo[0].key.as_deref(),
            Some("Odoo 17 left Odoo's support in September 2026")
        );
        assert!(odoo[0].fix.contains("upgrade"), "{}", odoo[0].fix);
        let unknown = side("NetSuite", Side::Erp, ApiVersion::Unknown);
        assert!(status_findings(&unknown, now, &ctx).is_empty());
    }
}

#[cfg(test)]
mod unknown_answer_tests {
    use super::*;

    #[test]
    fn an_answer_of_unknown_shape_is_its_own_finding_naming_who_gave_it_with_the_raw_answer() {
        let ctx = Context {
            store: "Shopify".into(),
            erp: "NetSuite".into(),
            creates_records: false,
            language: osd_i18n::Language::English,
        };
        let store = StatusEvidence {
            system: "Shopify".into(),
            side: Side::Store,
            result: Err(CallError::unreadable(
                "Shopify",
                "missing field `name`",
                r#"{"data":{"shop":{}}}"#,
            )),
            vendor: None,
            clock_offset: None,
            api_version: ApiVersion::Unknown,
        };
        let first = connection_findings(&store, Utc::now(), &ctx);
        assert_eq!(first[0].code, FindingCode::UnknownVendorAnswer);
        assert_eq!(
            first[0].message,
            "Shopify answered in a way this version of the app does not know."
        );
        assert!(
            first[0].detail.contains(r#"{"data":{"shop":{}}}"#),
            "{}",
            first[0].detail
        );

        let erp = StatusEvidence {
            system: "NetSuite".into(),
            side: Side::Erp,
            result: Ok(ConnectionReport {
                detail: "ok".into(),
                credential_expires: None,
            }),
            vendor: None,
            clock_offset: None,
            api_version: ApiVersion::Unknown,
        };
        let report = assemble(CheckInput {
            now: Utc::now(),
            context: ctx,
            store: StatusEvidence {
                result: Ok(ConnectionReport {
                    detail: "ok".into(),
                    credential_expires: None,
                }),
                ..store
            },
            erp,
            orders_read: 2,
            unreadable: vec![],
            unknown_answers: vec![(
                "#1002".into(),
                "missing field `lineItems`\n    {\"grandTotal\":\"12.00\"}".into(),
            )],
            orders: Some(vec![]),
            unverified: vec![],
            exposed_files: vec![],
            left_erp: vec![],
            reconciliation: None,
            not_ready: vec![],
            ready_statuses: vec![],
            middleware: None,
        });
        let unknown: Vec<&Finding> = report.steps[1]
            .findings
            .iter()
            .filter(|f| f.code == FindingCode::UnknownVendorAnswer)
            .collect();
        assert_eq!(unknown.len(), 1);
        assert_eq!(unknown[0].orders, vec!["#1002".to_string()]);
        assert_eq!(
            unknown[0].message,
            "Shopify answered in a way this version of the app does not know."
        );
        assert!(
            unknown[0].detail.contains("grandTotal"),
            "{}",
            unknown[0].detail
        );
        assert_eq!(report.steps[1].status, StepStatus::Failed);
    }
}
