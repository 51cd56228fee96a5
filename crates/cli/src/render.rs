//! Plain-text output for people. Customer data is printed as it is, never interpreted.

use std::fmt::Write;

use osd_doctor::catalogue;
use osd_doctor::middleware_log::ClassifiedLog;
use osd_doctor::reconcile::Reconciliation;
use osd_doctor::remedy::RemedyPreview;
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

pub fn report(report: &CheckReport, session: &Session, details: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Order Sync Doctor — {} → {}\n",
        session.store.system(),
        session.erp.system()
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
            if !f.orders.is_empty() {
                let shown: Vec<&str> = f
                    .orders
                    .iter()
                    .take(ORDERS_SHOWN)
                    .map(String::as_str)
                    .collect();
                let more = f.orders.len().saturating_sub(ORDERS_SHOWN);
                let tail = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                let _ = writeln!(out, "      Orders: {}{tail}", shown.join(", "));
            }
            let _ = writeln!(out, "      Fix: {}", f.fix);
            for r in &f.remedies {
                let _ = writeln!(out, "      Remedy [{}]: {}", r.id, r.label);
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
        let _ = writeln!(
            out,
            "Add --details to see the raw errors behind each finding."
        );
    }
    out
}

pub fn orders(orders: &[StoredOrder]) -> String {
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
            problem(o)
        );
    }
    let _ = writeln!(out, "{} orders", orders.len());
    out
}

/// The reconciliation: one line per standing with its count and meaning, then every order
/// that is not simply in both, with the ERP documents that carry its reference.
pub fn reconciliation(
    reconciliation: &Reconciliation,
    erp: &str,
    (from, to): (chrono::NaiveDate, chrono::NaiveDate),
) -> String {
    use osd_doctor::reconcile::Standing as S;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Orders dated {from} to {to}, store and {erp} side by side:"
    );
    for standing in [
        S::InBoth,
        S::TotalsDiffer,
        S::Duplicated,
        S::StoreOnly,
        S::ErpOnly,
    ] {
        let (label, meaning) = catalogue::standing(standing, erp);
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
            catalogue::standing(row.standing, erp).0,
            row.order.as_deref().unwrap_or("—"),
            row.external_id,
            row.date,
            row.store_total.as_deref().unwrap_or(""),
            documents.join(", ")
        );
    }
    for alike in &reconciliation.look_alikes {
        let documents: Vec<String> = alike.documents.iter().map(|d| d.describe()).collect();
        let _ = writeln!(
            out,
            "Possibly booked twice (same customer, date, total and lines): {} — {}",
            alike.orders.join(", "),
            documents.join(", ")
        );
    }
    out
}

/// Why an order waits: its last error's code, or, for one held back, the store's status.
fn problem(o: &StoredOrder) -> String {
    match (&o.last_code, &o.order.store_status) {
        (_, Some(status)) if o.state == SyncState::NotReady => {
            format!("store: {}", status.name)
        }
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
    let mut out = format!(
        "\n{} held back until {} marks {} {} (not failed, never sent before):\n",
        if held.len() == 1 {
            "1 order".to_string()
        } else {
            format!("{} orders", held.len())
        },
        session.store.system(),
        if held.len() == 1 { "it" } else { "them" },
        session.ready.names().join(" or ")
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

pub fn results(results: &[ResendResult], erp: &str) -> String {
    let mut out = String::new();
    for r in results {
        let line = match r.outcome {
            Outcome::Created => format!(
                "✓ {} created in {erp} as {} ({})",
                r.order,
                r.erp_id.as_deref().unwrap_or("?"),
                r.erp_status.as_deref().unwrap_or("status unknown")
            ),
            Outcome::AlreadyInErp => format!(
                "= {} was already in {erp} as {} ({}); nothing sent",
                r.order,
                r.erp_id.as_deref().unwrap_or("?"),
                r.erp_status.as_deref().unwrap_or("status unknown")
            ),
            Outcome::Failed => format!(
                "✗ {} {}: {}{}",
                r.order,
                r.code.map(|c| c.as_str()).unwrap_or("failed"),
                r.message.as_deref().unwrap_or(""),
                match (r.state, r.retry_at) {
                    (SyncState::RetryScheduled, Some(at)) => format!(
                        " (tried again automatically after {})",
                        at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M")
                    ),
                    (SyncState::Dead, _) => " (every retry failed; it waits for you)".into(),
                    _ => String::new(),
                }
            ),
        };
        let line = if r.outcome != Outcome::Failed && r.state == SyncState::Sent {
            format!("{line} — but its status is not open or processing: check it in {erp}")
        } else {
            line
        };
        let _ = writeln!(out, "{line}");
    }
    let count = |o: Outcome| results.iter().filter(|r| r.outcome == o).count();
    let _ = writeln!(
        out,
        "\n{} created, {} already there, {} not sent or refused.",
        count(Outcome::Created),
        count(Outcome::AlreadyInErp),
        count(Outcome::Failed)
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

fn list(names: &[String]) -> String {
    let shown: Vec<&str> = names
        .iter()
        .take(ORDERS_SHOWN)
        .map(String::as_str)
        .collect();
    let more = names.len().saturating_sub(ORDERS_SHOWN);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

pub fn preview(preview: &RemedyPreview) -> String {
    let mut out = String::new();
    if !preview.change.is_empty() {
        let _ = writeln!(out, "Change: {}.", preview.change);
    }
    let _ = writeln!(out, "{}", preview.erp_change);
    let _ = writeln!(
        out,
        "Orders it unblocks: {}",
        if preview.clears.is_empty() {
            "none".to_string()
        } else {
            format!("{} ({})", preview.clears.len(), list(&preview.clears))
        }
    );
    if !preview.still_blocked.is_empty() {
        let _ = writeln!(
            out,
            "Orders it helps that still wait on something else: {} ({})",
            preview.still_blocked.len(),
            list(&preview.still_blocked)
        );
    }
    for note in &preview.notes {
        let _ = writeln!(out, "  {note}");
    }
    out
}

/// A classified middleware log: the groups, largest first, then unreadable rows.
pub fn classified(log: &ClassifiedLog, findings: &[Finding]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} errors read; {} root causes.\n",
        log.entries.len(),
        findings.len()
    );
    for f in findings {
        let _ = writeln!(out, "{} [{}]", f.message, f.code);
        let _ = writeln!(out, "    Orders: {}", list(&f.orders));
        let _ = writeln!(out, "    Fix: {}", f.fix);
    }
    for (row, why) in &log.unreadable {
        let _ = writeln!(out, "Row {row} was not readable: {why}");
    }
    out
}

/// `reprocess --via middleware`, one line per order.
pub fn middleware_retries(results: &[osd_session::middleware_retry::RetryInMiddleware]) -> String {
    use osd_session::middleware_retry::RetryInMiddleware as R;
    if results.is_empty() {
        return "No failed run in the integration tool names these orders.\n".into();
    }
    results
        .iter()
        .map(|r| match r {
            R::AlreadyInErp { order, erp_id, marked_resolved } => format!(
                "{order}: already in the ERP ({erp_id}); not retried, so it is not created twice{}\n",
                if *marked_resolved { "; marked resolved in the integration tool" } else { "" }
            ),
            R::NotRetried { order, reason } => {
                format!("{order}: not retried, nothing changed: {reason}\n")
            }
            R::UnknownOrder { order } => {
                format!("{order}: not an order this app has read from the store, so the ERP cannot be asked about it; not retried\n")
            }
            R::Retried { order, run, in_erp: true, .. } => {
                format!("{order}: retried (run {run}); now in the ERP\n")
            }
            R::Retried { order, run, succeeded: true, .. } => {
                format!("{order}: retried (run {run}); the run ended well but the ERP does not hold the order yet\n")
            }
            R::Retried { order, run, error, .. } => format!(
                "{order}: retried (run {run}); it failed again: {}\n",
                error.as_deref().unwrap_or("still running")
            ),
        })
        .collect()
}

/// `orders --failed`: the integration tool's failed runs, each with its order and root cause.
pub fn middleware_failures(
    system: &str,
    runs: &Result<Vec<osd_session::middleware_retry::MiddlewareFailure>, String>,
) -> String {
    let runs = match runs {
        Ok(runs) => runs,
        Err(why) => return format!("\n{system} could not be read: {why}\n"),
    };
    if runs.is_empty() {
        return format!("\nNo failed run in {system}.\n");
    }
    let mut out = format!(
        "\nFailed in {system} ({} run{}):\n",
        runs.len(),
        if runs.len() == 1 { "" } else { "s" }
    );
    for run in runs {
        let verdict = osd_doctor::error_text::classify_text(&run.error);
        let _ = writeln!(
            out,
            "  {:<10} {:<24} {} — {}",
            run.order.as_deref().unwrap_or("(no order)"),
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
