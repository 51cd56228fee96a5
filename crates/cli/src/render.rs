//! Plain-text output for people, in the language chosen (`--lang`, else the system's), from
//! `locales/<language>/cli.ftl`. Customer data is printed as it is, never interpreted.

use std::fmt::Write;

use osd_doctor::catalogue;
use osd_doctor::middleware_log::ClassifiedLog;
use osd_doctor::reconcile::Reconciliation;
use osd_doctor::remedy::RemedyPreview;
use osd_i18n::{Arg, Language, Words};
use osd_model::{CheckReport, Finding, Severity, StepStatus};
use osd_resend::ResendResult;
use osd_session::Session;
use osd_store::{Outcome, StoredOrder, SyncState};

fn mark(status: StepStatus) -> &'static str {
    match status {
        StepStatus::Ok => "✓",
        StepStatus::Warning => "!",
        StepStatus::Failed => "✗",
    }
}

/// At most this many order numbers per finding; the rest are counted.
const ORDERS_SHOWN: usize = 8;

fn words(language: Language) -> &'static Words {
    Words::of(language)
}

pub fn report(report: &CheckReport, session: &Session, details: bool) -> String {
    let words = session.language.words();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n",
        words.with(
            "cli-report-title",
            &[
                ("store", session.store.system().into()),
                ("erp", session.erp.system().into())
            ]
        )
    );
    for step in &report.steps {
        let _ = writeln!(out, "{} {}. {}", mark(step.status), step.step, step.title);
        let _ = writeln!(out, "    {}", step.summary);
        for f in &step.findings {
            let sign = match f.severity {
                Severity::Error => "✗",
                Severity::Warning => "!",
                Severity::Info => "i",
            };
            let _ = writeln!(out, "    {sign} {}", f.message);
            orders_and_fix(&mut out, f, "      ", words);
            for r in &f.remedies {
                let _ = writeln!(
                    out,
                    "      {}",
                    words.with(
                        "cli-remedy",
                        &[
                            ("id", r.id.as_str().into()),
                            ("label", r.label.as_str().into())
                        ]
                    )
                );
            }
            if details {
                for line in f.detail.lines() {
                    let _ = writeln!(out, "        | {line}");
                }
            }
        }
        let _ = writeln!(out);
    }
    if !details && report.findings().next().is_some() {
        let _ = writeln!(out, "{}", words.get("cli-details-hint"));
    }
    out
}

pub fn orders(orders: &[StoredOrder], language: Language) -> String {
    let words = words(language);
    let mut out = String::new();
    for o in orders {
        let _ = writeln!(
            out,
            "{:<8} {:<10} {:<8} {:>10} {:<3}  {}",
            o.order.name,
            o.order.created_at.format("%Y-%m-%d"),
            o.state.as_str(),
            o.order.total.to_string(),
            o.order.currency,
            problem(o, words)
        );
    }
    let _ = writeln!(
        out,
        "{}",
        words.with("cli-orders-count", &[("count", orders.len().into())])
    );
    out
}

/// The reconciliation: one line per standing with its count and meaning, then every order
/// that is not simply in both, with the ERP documents that carry its reference.
pub fn reconciliation(
    reconciliation: &Reconciliation,
    erp: &str,
    (from, to): (chrono::NaiveDate, chrono::NaiveDate),
    language: osd_i18n::Language,
) -> String {
    use osd_doctor::reconcile::Standing as S;
    let words = words(language);
    let mut out = String::new();
    let (from, to) = (from.to_string(), to.to_string());
    let _ = writeln!(
        out,
        "{}",
        words.with(
            "cli-reconciliation-title",
            &[
                ("from", from.as_str().into()),
                ("to", to.as_str().into()),
                ("erp", erp.into())
            ]
        )
    );
    for standing in [
        S::InBoth,
        S::TotalsDiffer,
        S::Duplicated,
        S::StoreOnly,
        S::ErpOnly,
    ] {
        let (label, meaning) = catalogue::standing(standing, erp, language);
        let _ = writeln!(
            out,
            "  {label:<14} {:>6}  {meaning}",
            reconciliation.count(standing)
        );
    }
    for row in reconciliation
        .rows
        .iter()
        .filter(|r| r.standing != S::InBoth)
    {
        let documents: Vec<String> = row.erp.iter().map(|d| d.describe()).collect();
        let _ = writeln!(
            out,
            "{:<14} {:<8} {:<24} {:<10} {:>10}  {}",
            catalogue::standing(row.standing, erp, language).0,
            row.order.as_deref().unwrap_or("—"),
            row.external_id,
            row.date,
            row.store_total.as_deref().unwrap_or(""),
            documents.join(", ")
        );
    }
    for alike in &reconciliation.look_alikes {
        let documents: Vec<String> = alike.documents.iter().map(|d| d.describe()).collect();
        let (orders, documents) = (alike.orders.join(", "), documents.join(", "));
        let _ = writeln!(
            out,
            "{}",
            words.with(
                "cli-look-alikes",
                &[
                    ("orders", orders.as_str().into()),
                    ("documents", documents.as_str().into())
                ]
            )
        );
    }
    out
}

/// Why an order waits: its last error's code, or, for one held back, the store's status.
fn problem(o: &StoredOrder, words: &Words) -> String {
    match (&o.last_code, &o.order.store_status) {
        (_, Some(status)) if o.state == SyncState::NotReady => words.with(
            "cli-store-status",
            &[("status", status.name.as_str().into())],
        ),
        (Some(code), _) => code.as_str().to_string(),
        _ => String::new(),
    }
}

/// Orders held back because the store does not count them as ready to book: not failed, so
/// listed apart, with the statuses that do count.
pub fn not_ready(held: &[(StoredOrder, String)], session: &Session) -> String {
    if held.is_empty() {
        return String::new();
    }
    let words = session.language.words();
    let statuses = catalogue::list_or(session.ready.names(), session.language.get());
    let mut out = format!(
        "\n{}\n",
        words.with(
            "cli-held-back",
            &[
                ("count", held.len().into()),
                ("store", session.store.system().into()),
                ("statuses", statuses.as_str().into()),
            ]
        )
    );
    for (o, status) in held {
        let _ = writeln!(
            out,
            "{:<8} {:<10} {status}",
            o.order.name,
            o.order.created_at.format("%Y-%m-%d")
        );
    }
    out
}

pub fn not_ready_json(held: &[(StoredOrder, String)]) -> serde_json::Value {
    serde_json::json!(held
        .iter()
        .map(|(o, status)| serde_json::json!({
            "order": o.order.name,
            "external_id": o.external_id,
            "created_at": o.order.created_at,
            "store_status": status,
        }))
        .collect::<Vec<_>>())
}

pub fn orders_json(orders: &[StoredOrder]) -> serde_json::Value {
    serde_json::json!({
        "orders": orders.iter().map(|o| serde_json::json!({
            "order": o.order.name,
            "external_id": o.external_id,
            "created_at": o.order.created_at,
            "state": o.state,
            "code": o.last_code,
            "total": o.order.total.to_string(),
            "currency": o.order.currency,
            "lines": o.order.lines.len(),
            "erp_id": o.erp_id,
        })).collect::<Vec<_>>()
    })
}

pub fn progress_bar(done: usize, total: usize) -> String {
    const WIDTH: usize = 30;
    let filled = (done * WIDTH)
        .checked_div(total)
        .unwrap_or(WIDTH)
        .min(WIDTH);
    format!(
        "[{}{}] {done}/{total}",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled)
    )
}

pub fn results(results: &[ResendResult], erp: &str, language: Language) -> String {
    let words = words(language);
    let unknown = words.get("cli-status-unknown");
    let mut out = String::new();
    for r in results {
        let found = |id: &str| {
            words.with(
                id,
                &[
                    ("order", r.order.as_str().into()),
                    ("erp", erp.into()),
                    ("id", r.erp_id.as_deref().unwrap_or("?").into()),
                    ("status", r.erp_status.as_deref().unwrap_or(&unknown).into()),
                ],
            )
        };
        let line = match r.outcome {
            Outcome::Created => found("cli-created"),
            Outcome::AlreadyInErp => found("cli-already-there"),
            Outcome::Failed => {
                let failed = words.with(
                    "cli-failed",
                    &[
                        ("order", r.order.as_str().into()),
                        ("code", r.code.map_or("failed", |c| c.as_str()).into()),
                        ("message", r.message.as_deref().unwrap_or("").into()),
                    ],
                );
                match (r.state, r.retry_at) {
                    (SyncState::RetryScheduled, Some(at)) => {
                        let when = at
                            .with_timezone(&chrono::Local)
                            .format("%Y-%m-%d %H:%M")
                            .to_string();
                        let retry = words.with("cli-retry-at", &[("when", when.as_str().into())]);
                        format!("{failed} {retry}")
                    }
                    (SyncState::Dead, _) => format!("{failed} {}", words.get("cli-gave-up")),
                    _ => failed,
                }
            }
        };
        let line = if r.outcome != Outcome::Failed && r.state == SyncState::Sent {
            words.with(
                "cli-status-not-open",
                &[("line", line.as_str().into()), ("erp", erp.into())],
            )
        } else {
            line
        };
        let _ = writeln!(out, "{line}");
    }
    let count = |o: Outcome| Arg::from(results.iter().filter(|r| r.outcome == o).count());
    let _ = writeln!(
        out,
        "\n{}",
        words.with(
            "cli-results",
            &[
                ("created", count(Outcome::Created)),
                ("already", count(Outcome::AlreadyInErp)),
                ("failed", count(Outcome::Failed)),
            ]
        )
    );
    out
}

/// One line per step: how the check stands after a change.
pub fn step_summary(report: &CheckReport) -> String {
    let mut out = String::new();
    for step in &report.steps {
        let _ = writeln!(
            out,
            "{} {}. {} — {}",
            mark(step.status),
            step.step,
            step.title,
            step.summary
        );
    }
    out
}

/// A finding's orders (when it names any) and its fix, a line each under its message.
fn orders_and_fix(out: &mut String, f: &Finding, indent: &str, words: &Words) {
    if !f.orders.is_empty() {
        let orders = list(&f.orders, words);
        let orders = words.with("cli-orders", &[("orders", orders.as_str().into())]);
        let _ = writeln!(out, "{indent}{orders}");
    }
    let fix = words.with("cli-fix", &[("fix", f.fix.as_str().into())]);
    let _ = writeln!(out, "{indent}{fix}");
}

/// The first order numbers, and how many more there are.
fn list(names: &[String], words: &Words) -> String {
    let shown = names
        .iter()
        .take(ORDERS_SHOWN)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    let more = names.len().saturating_sub(ORDERS_SHOWN);
    if more > 0 {
        words.with(
            "cli-orders-more",
            &[("shown", shown.as_str().into()), ("more", more.into())],
        )
    } else {
        shown
    }
}

pub fn preview(preview: &RemedyPreview, language: Language) -> String {
    let words = words(language);
    let mut out = String::new();
    if !preview.change.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            words.with("cli-change", &[("change", preview.change.as_str().into())])
        );
    }
    let _ = writeln!(out, "{}", preview.erp_change);
    let orders = |id: &str, names: &[String]| {
        let listed = list(names, words);
        words.with(
            id,
            &[
                ("count", names.len().into()),
                ("orders", listed.as_str().into()),
            ],
        )
    };
    let _ = writeln!(
        out,
        "{}",
        if preview.clears.is_empty() {
            words.get("cli-unblocks-none")
        } else {
            orders("cli-unblocks", &preview.clears)
        }
    );
    if !preview.still_blocked.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            orders("cli-still-blocked", &preview.still_blocked)
        );
    }
    for note in &preview.notes {
        let _ = writeln!(out, "  {note}");
    }
    out
}

/// A classified middleware log: the groups, largest first, then unreadable rows.
pub fn classified(log: &ClassifiedLog, findings: &[Finding], language: Language) -> String {
    let words = words(language);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n",
        words.with(
            "cli-log-read",
            &[
                ("errors", log.entries.len().into()),
                ("causes", findings.len().into())
            ]
        )
    );
    for f in findings {
        let _ = writeln!(out, "{} [{}]", f.message, f.code);
        orders_and_fix(&mut out, f, "    ", words);
    }
    for (row, why) in &log.unreadable {
        let _ = writeln!(
            out,
            "{}",
            words.with(
                "cli-row-unreadable",
                &[
                    ("row", row.to_string().as_str().into()),
                    ("why", why.as_str().into())
                ]
            )
        );
    }
    out
}

/// `reprocess --via middleware`, one line per order.
pub fn middleware_retries(
    results: &[osd_session::middleware_retry::RetryInMiddleware],
    language: Language,
) -> String {
    use osd_session::middleware_retry::RetryInMiddleware as R;
    let words = words(language);
    if results.is_empty() {
        return format!("{}\n", words.get("cli-retry-nothing"));
    }
    let still_running = words.get("cli-retry-still-running");
    results
        .iter()
        .map(|r| {
            let (id, order, extra): (&str, &str, [(&str, Arg<'_>); 2]) = match r {
                R::AlreadyInErp {
                    order,
                    erp_id,
                    marked_resolved,
                } => (
                    if *marked_resolved {
                        "cli-retry-already-resolved"
                    } else {
                        "cli-retry-already"
                    },
                    order,
                    [("id", erp_id.into()), ("run", "".into())],
                ),
                R::NotRetried { order, reason } => (
                    "cli-retry-not-retried",
                    order,
                    [("reason", reason.into()), ("run", "".into())],
                ),
                R::UnknownOrder { order } => (
                    "cli-retry-unknown-order",
                    order,
                    [("run", "".into()), ("id", "".into())],
                ),
                R::Retried {
                    order,
                    run,
                    in_erp: true,
                    ..
                } => (
                    "cli-retry-in-erp",
                    order,
                    [("run", run.into()), ("id", "".into())],
                ),
                R::Retried {
                    order,
                    run,
                    succeeded: true,
                    ..
                } => (
                    "cli-retry-ended-not-in-erp",
                    order,
                    [("run", run.into()), ("id", "".into())],
                ),
                R::Retried {
                    order, run, error, ..
                } => (
                    "cli-retry-failed-again",
                    order,
                    [
                        ("run", run.into()),
                        ("error", error.as_deref().unwrap_or(&still_running).into()),
                    ],
                ),
            };
            let mut args = vec![("order", Arg::from(order))];
            args.extend(extra);
            format!("{}\n", words.with(id, &args))
        })
        .collect()
}

/// `orders --failed`: the integration tool's failed runs, each with its order and root cause.
pub fn middleware_failures(
    system: &str,
    runs: &Result<Vec<osd_session::middleware_retry::MiddlewareFailure>, String>,
    language: Language,
) -> String {
    let words = words(language);
    let runs = match runs {
        Ok(runs) => runs,
        Err(why) => {
            let text = words.with(
                "cli-tool-unreadable",
                &[("system", system.into()), ("why", why.as_str().into())],
            );
            return format!("\n{text}\n");
        }
    };
    if runs.is_empty() {
        let text = words.with("cli-tool-no-failures", &[("system", system.into())]);
        return format!("\n{text}\n");
    }
    let mut out = format!(
        "\n{}\n",
        words.with(
            "cli-tool-failures",
            &[("system", system.into()), ("count", runs.len().into())]
        )
    );
    let no_order = words.get("cli-no-order");
    for run in runs {
        let verdict = osd_doctor::error_text::classify_text(&run.error);
        let _ = writeln!(
            out,
            "  {:<10} {:<24} {} — {}",
            run.order.as_deref().unwrap_or(&no_order),
            verdict.code.to_string(),
            run.flow,
            run.error.lines().next().unwrap_or_default()
        );
    }
    out
}

pub fn middleware_failures_json(
    system: &str,
    runs: &Result<Vec<osd_session::middleware_retry::MiddlewareFailure>, String>,
) -> serde_json::Value {
    match runs {
        Err(why) => serde_json::json!({ "system": system, "error": why }),
        Ok(runs) => serde_json::json!({
            "system": system,
            "runs": runs.iter().map(|run| serde_json::json!({
                "run": run.id,
                "flow": run.flow,
                "order": run.order,
                "code": osd_doctor::error_text::classify_text(&run.error).code,
                "error": run.error,
                "failed_at": run.failed_at,
            })).collect::<Vec<_>>(),
        }),
    }
}
