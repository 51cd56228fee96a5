//! The report a store manager saves or prints: one self-contained HTML file (no scripts, no
//! outside resources) with the five steps, every finding and the orders it holds back.
//! Everything that came from a store or an ERP is escaped: it is shown as text, never markup.

use std::fmt::Write;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use osd_doctor::catalogue;
use osd_doctor::reconcile::{ReconciledOrder, Reconciliation, Standing};
use osd_i18n::{Language, Words};
use osd_model::{CheckReport, Severity, StepStatus};

/// `&`, `<`, `>`, `"` and `'` as entities: enough for text and attribute values alike.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}\
.ok{color:#1b5e20}.warning{color:#7a4d00}.failed{color:#b00020}\
.finding{border-left:4px solid #999;padding:.25rem .75rem;margin:.75rem 0;break-inside:avoid}\
.finding.error{border-color:#b00020}.finding.warning{border-color:#b26a00}.finding.info{border-color:#1565c0}\
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;padding:.5rem;font-size:.85rem}\
p,li{overflow-wrap:anywhere;unicode-bidi:plaintext}\
@media print{body{margin:0}details{display:block}summary{display:none}}";

fn status_word(status: StepStatus, words: &Words) -> String {
    words.get(match status {
        StepStatus::Ok => "report-status-ok",
        StepStatus::Warning => "report-status-warning",
        StepStatus::Failed => "report-status-failed",
    })
}

/// A day the language's way.
fn day(date: NaiveDate, language: Language) -> String {
    language.date(date.year(), date.month(), date.day())
}

/// A moment the language's way, in UTC (the report may be read in another time zone).
fn moment(at: DateTime<Utc>, language: Language) -> String {
    format!(
        "{} {} UTC",
        day(at.date_naive(), language),
        at.format("%H:%M")
    )
}

fn status_class(status: StepStatus) -> &'static str {
    match status {
        StepStatus::Ok => "ok",
        StepStatus::Warning => "warning",
        StepStatus::Failed => "failed",
    }
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

/// The document's head and title, with a policy that lets nothing in it run or load.
fn open_document(title: &str, when: &str, language: Language) -> String {
    // `write!` into a String cannot fail.
    let mut html = String::new();
    let _ = write!(
        html,
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{title}</title><style>{STYLE}</style></head><body><h1>{title}</h1>\
         <p>{}</p>",
        language.tag(),
        escape(when)
    );
    html
}

/// The whole report as one HTML document.
pub fn render(
    report: &CheckReport,
    (store, erp): (&str, &str),
    at: DateTime<Utc>,
    language: Language,
) -> String {
    let words = Words::of(language);
    let title = escape(&words.with(
        "report-title",
        &[("store", store.into()), ("erp", erp.into())],
    ));
    let when = moment(at, language);
    let mut html = open_document(
        &title,
        &words.with("report-checked", &[("when", when.as_str().into())]),
        language,
    );
    for step in &report.steps {
        let _ = write!(
            html,
            "<h2>{}. {} <span class=\"{}\">({})</span></h2><p>{}</p>",
            step.step,
            escape(&step.title),
            status_class(step.status),
            escape(&status_word(step.status, words)),
            escape(&step.summary)
        );
        for finding in &step.findings {
            let _ = write!(
                html,
                "<div class=\"finding {}\"><p><strong>{}</strong></p><p>{}</p>",
                severity_class(finding.severity),
                escape(&finding.message),
                escape(&words.with("report-how-to-fix", &[("fix", finding.fix.as_str().into())]))
            );
            if !finding.orders.is_empty() {
                let names = finding.orders.join(", ");
                let _ = write!(
                    html,
                    "<p>{}</p>",
                    escape(&words.with("report-orders", &[("orders", names.as_str().into())]))
                );
            }
            if !finding.detail.is_empty() {
                let _ = write!(
                    html,
                    "<details><summary>{}</summary><pre>{}</pre></details>",
                    escape(&words.get("report-technical-details")),
                    escape(&finding.detail)
                );
            }
            html.push_str("</div>");
        }
    }
    html.push_str("</body></html>\n");
    html
}

/// The reconciliation of a date range as one printable HTML document: a count per standing,
/// then every order that is not simply in both, with its ERP documents.
pub fn render_reconciliation(
    reconciliation: &Reconciliation,
    store: &str,
    erp: &str,
    (from, to): (NaiveDate, NaiveDate),
    at: DateTime<Utc>,
    language: Language,
) -> String {
    let words = Words::of(language);
    let title = escape(&words.with(
        "reconciliation-title",
        &[("store", store.into()), ("erp", erp.into())],
    ));
    let (from, to, when) = (day(from, language), day(to, language), moment(at, language));
    let mut html = open_document(
        &title,
        &words.with(
            "reconciliation-period",
            &[
                ("from", from.as_str().into()),
                ("to", to.as_str().into()),
                ("when", when.as_str().into()),
            ],
        ),
        language,
    );
    html.push_str("<ul>");
    for standing in STANDINGS {
        let (label, meaning) = catalogue::standing(standing, erp, language);
        let _ = write!(
            html,
            "<li><strong>{}: {}</strong> — {}</li>",
            escape(&label),
            language.number(reconciliation.count(standing) as f64, 0),
            escape(&meaning)
        );
    }
    html.push_str("</ul>");
    for standing in STANDINGS.into_iter().filter(|s| *s != Standing::InBoth) {
        let rows: Vec<&ReconciledOrder> = reconciliation
            .rows
            .iter()
            .filter(|r| r.standing == standing)
            .collect();
        if rows.is_empty() {
            continue;
        }
        let _ = write!(
            html,
            "<h2>{}</h2><ul>",
            escape(&catalogue::standing(standing, erp, language).0)
        );
        for row in rows {
            let documents: Vec<String> = row.erp.iter().map(|d| d.describe()).collect();
            let in_erp = if documents.is_empty() {
                String::new()
            } else {
                let documents = documents.join(", ");
                format!(
                    " — {}",
                    escape(&words.with(
                        "reconciliation-in-erp",
                        &[("documents", documents.as_str().into())]
                    ))
                )
            };
            let _ = write!(
                html,
                "<li>{} {} ({}), {}{in_erp}</li>",
                escape(row.order.as_deref().unwrap_or("—")),
                escape(&row.external_id),
                escape(&row.date),
                escape(row.store_total.as_deref().unwrap_or("")),
            );
        }
        html.push_str("</ul>");
    }
    if !reconciliation.look_alikes.is_empty() {
        let _ = write!(
            html,
            "<h2>{}</h2><p>{}</p><ul>",
            escape(&words.get("reconciliation-look-alikes")),
            escape(&words.with("reconciliation-look-alikes-intro", &[("erp", erp.into())]))
        );
        for alike in &reconciliation.look_alikes {
            let documents: Vec<String> = alike
                .documents
                .iter()
                .map(|d| escape(&d.describe()))
                .collect();
            let orders: Vec<String> = alike.orders.iter().map(|o| escape(o)).collect();
            let _ = write!(
                html,
                "<li>{}: {}</li>",
                orders.join(", "),
                documents.join(", ")
            );
        }
        html.push_str("</ul>");
    }
    html.push_str("</body></html>\n");
    html
}

/// Every standing, in the order the report lists them.
const STANDINGS: [Standing; 5] = [
    Standing::InBoth,
    Standing::TotalsDiffer,
    Standing::Duplicated,
    Standing::StoreOnly,
    Standing::ErpOnly,
];

/// The reconciliation as CSV, one row per order (an ERP-only reference is a row too), for a
/// spreadsheet. Customer text is data: cells that a spreadsheet would read as a formula are
/// quoted with a leading apostrophe.
pub fn reconciliation_csv(
    reconciliation: &Reconciliation,
    erp: &str,
    language: Language,
) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record([
        "standing",
        "order",
        "external_id",
        "date",
        "store_total",
        "currency",
        "erp_documents",
        "meaning",
    ]);
    for row in &reconciliation.rows {
        let (label, meaning) = catalogue::standing(row.standing, erp, language);
        let documents: Vec<String> = row.erp.iter().map(|d| d.describe()).collect();
        let _ = out.write_record(
            [
                &label,
                row.order.as_deref().unwrap_or(""),
                &row.external_id,
                &row.date,
                row.store_total.as_deref().unwrap_or(""),
                &row.currency,
                &documents.join("; "),
                &meaning,
            ]
            .map(spreadsheet_safe),
        );
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A cell starting with `=`, `+`, `-`, `@`, tab or carriage return runs as a formula in
/// spreadsheets (CSV injection): such text gets a leading apostrophe.
fn spreadsheet_safe(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

#[cfg(test)]
mod reconciliation_tests {
    use osd_doctor::reconcile::{DocumentRef, LookAlikes};

    use super::*;

    fn reconciliation() -> Reconciliation {
        let doc = |id: &str| DocumentRef {
            erp_id: id.into(),
            number: format!("SO{id}"),
            status: "Open".into(),
            total: Some("50.00".into()),
            date: Some("2026-12-03".into()),
        };
        Reconciliation {
            rows: vec![
                ReconciledOrder {
                    standing: Standing::Duplicated,
                    order: Some("#1 <b>".into()),
                    external_id: "shopify-1".into(),
                    date: "2026-12-03".into(),
                    store_total: Some("50.00".into()),
                    currency: "USD".into(),
                    erp: vec![doc("10"), doc("11")],
                },
                ReconciledOrder {
                    standing: Standing::ErpOnly,
                    order: None,
                    external_id: "=HYPERLINK(\"x\")".into(),
                    date: "2026-12-04".into(),
                    store_total: None,
                    currency: "USD".into(),
                    erp: vec![doc("12")],
                },
            ],
            look_alikes: vec![LookAlikes {
                orders: vec!["#1 <b>".into()],
                documents: vec![doc("10"), doc("13")],
            }],
        }
    }

    #[test]
    fn the_printed_reconciliation_counts_each_standing_and_escapes_store_text() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap_or_default();
        let html = render_reconciliation(
            &reconciliation(),
            "Shopify",
            "Tryton",
            (day(1), day(6)),
            Utc::now(),
            Language::English,
        );
        assert!(html.contains("Duplicated: 1"), "{html}");
        assert!(html.contains("ERP only: 1"));
        assert!(html.contains("SO10 (Open), SO11 (Open)"));
        assert!(html.contains("Possibly booked twice"));
        assert!(!html.contains("<b>") && html.contains("#1 &lt;b&gt;"));
        assert!(html.contains("default-src 'none'"));
    }

    #[test]
    fn the_csv_has_a_row_per_order_and_no_cell_runs_as_a_formula() {
        let text = reconciliation_csv(&reconciliation(), "Tryton", Language::English);
        let mut rows = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = rows.records().map(|r| r.unwrap_or_default()).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(&rows[0][0], "Duplicated");
        assert_eq!(&rows[0][6], "SO10 (Open); SO11 (Open)");
        assert_eq!(&rows[1][2], "'=HYPERLINK(\"x\")");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use osd_model::{Finding, FindingCode, StepReport};

    #[test]
    fn customer_text_is_escaped_and_the_file_runs_nothing() {
        let payload = "<img src=x onerror=alert(1)>\"'&";
        let report = CheckReport {
            steps: vec![StepReport {
                step: 2,
                title: "Error log".into(),
                status: StepStatus::Failed,
                summary: "1 finding".into(),
                findings: vec![Finding {
                    code: FindingCode::CustomerNotFound,
                    severity: Severity::Error,
                    key: Some(payload.into()),
                    orders: vec![format!("#1 {payload}")],
                    message: format!("Customer {payload} is missing."),
                    fix: "Create it.".into(),
                    detail: format!("<script>alert(2)</script>{payload}"),
                    remedies: vec![],
                }],
            }],
        };
        let html = render(&report, ("Shop <b>", "ERP"), Utc::now(), Language::English);
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b>"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"));
        assert!(html.contains("default-src 'none'"));
    }
}
