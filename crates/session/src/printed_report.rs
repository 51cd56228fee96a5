//! The report a store manager saves or prints: one self-contained HTML file (no scripts, no
//! outside resources) with the five steps, every finding and the orders it holds back.
//! Everything that came from a store or an ERP is escaped: it is shown as text, never markup.

use std::fmt::Write;

use chrono::{DateTime, Utc};
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

fn status_word(status: StepStatus) -> &'static str {
    match status {
        StepStatus::Ok => "OK",
        StepStatus::Warning => "Needs attention",
        StepStatus::Failed => "Blocked",
    }
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

/// The whole report as one HTML document.
pub fn render(report: &CheckReport, store: &str, erp: &str, at: DateTime<Utc>) -> String {
    let mut html = String::new();
    let title = format!("Order sync report: {} → {}", escape(store), escape(erp));
    // `write!` into a String cannot fail.
    let _ = write!(
        html,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{title}</title><style>{STYLE}</style></head><body><h1>{title}</h1>\
         <p>Checked {}.</p>",
        at.format("%Y-%m-%d %H:%M UTC")
    );
    for step in &report.steps {
        let _ = write!(
            html,
            "<h2>{}. {} <span class=\"{}\">({})</span></h2><p>{}</p>",
            step.step,
            escape(&step.title),
            status_class(step.status),
            status_word(step.status),
            escape(&step.summary)
        );
        for finding in &step.findings {
            let _ = write!(
                html,
                "<div class=\"finding {}\"><p><strong>{}</strong></p><p>How to fix: {}</p>",
                severity_class(finding.severity),
                escape(&finding.message),
                escape(&finding.fix)
            );
            if !finding.orders.is_empty() {
                let names: Vec<String> = finding.orders.iter().map(|o| escape(o)).collect();
                let _ = write!(html, "<p>Orders: {}</p>", names.join(", "));
            }
            if !finding.detail.is_empty() {
                let _ = write!(
                    html,
                    "<details><summary>Technical details</summary><pre>{}</pre></details>",
                    escape(&finding.detail)
                );
            }
            html.push_str("</div>");
        }
    }
    html.push_str("</body></html>\n");
    html
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
        let html = render(&report, "Shop <b>", "ERP", Utc::now());
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b>"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"));
        assert!(html.contains("default-src 'none'"));
    }
}
