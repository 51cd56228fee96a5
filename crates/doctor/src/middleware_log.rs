//! Read an error log exported from middleware (CSV with a header row, a JSON array, an object
//! holding one, or JSON lines) and classify each row's message. Column names differ between
//! tools, so the order reference and the message are found among the usual names.

use std::collections::BTreeMap;

use osd_model::FindingCode;
use serde::Serialize;
use serde_json::Value;

use crate::error_text::{classify_text, TextVerdict};

/// Names a log may give the order reference, most specific first.
const ORDER_COLUMNS: &[&str] = &[
    "order",
    "order_number",
    "order number",
    "order_name",
    "order_id",
    "order id",
    "orderid",
    "external_id",
    "reference",
    "record",
    "record_id",
    "document",
    "name",
    "id",
];

/// Names a log may give the error text.
const MESSAGE_COLUMNS: &[&str] = &[
    "error",
    "error_message",
    "error message",
    "message",
    "errors",
    "reason",
    "details",
    "detail",
    "response",
    "body",
];

/// One row of the log, classified.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogEntry {
    /// Where it was in the file (line for CSV and JSON lines, position for JSON arrays).
    pub row: usize,
    pub order: String,
    pub code: FindingCode,
    pub key: Option<String>,
    pub vendor: Option<&'static str>,
    pub message: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ClassifiedLog {
    pub entries: Vec<LogEntry>,
    /// Rows that were not readable, with the reason; they are reported, not dropped.
    pub unreadable: Vec<(usize, String)>,
}

impl ClassifiedLog {
    /// The vendor most rows name, for the texts ("NetSuite does not know…").
    pub fn vendor(&self) -> Option<&'static str> {
        let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
        for vendor in self.entries.iter().filter_map(|e| e.vendor) {
            *counts.entry(vendor).or_default() += 1;
        }
        counts
            .into_iter()
            .max_by_key(|(_, n)| *n)
            .map(|(vendor, _)| vendor)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LogError {
    #[error("the file is neither CSV with a header row nor JSON: {0}")]
    Format(String),
    #[error("no column holds an error message; name one of: {}", MESSAGE_COLUMNS.join(", "))]
    NoMessageColumn,
}

fn find_column(headers: &[String], names: &[&str]) -> Option<usize> {
    names.iter().find_map(|name| {
        headers.iter().position(|h| {
            h.trim()
                .trim_start_matches('\u{feff}')
                .eq_ignore_ascii_case(name)
        })
    })
}

fn entry(row: usize, order: String, message: String) -> LogEntry {
    let TextVerdict { code, key, vendor } = classify_text(&message);
    LogEntry {
        row,
        order,
        code,
        key,
        vendor,
        message,
    }
}

/// Read and classify a log. The whole log is untrusted text: any row may be malformed.
pub fn classify_log(text: &str) -> Result<ClassifiedLog, LogError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('[') || trimmed.starts_with('{') {
        classify_json(trimmed)
    } else {
        classify_csv(trimmed)
    }
}

fn classify_csv(text: &str) -> Result<ClassifiedLog, LogError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| LogError::Format(e.to_string()))?
        .iter()
        .map(str::to_string)
        .collect();
    let message_at = find_column(&headers, MESSAGE_COLUMNS).ok_or(LogError::NoMessageColumn)?;
    let order_at = find_column(&headers, ORDER_COLUMNS);
    let mut log = ClassifiedLog::default();
    for (index, record) in reader.records().enumerate() {
        // Line 1 is the header.
        let line = index + 2;
        match record {
            Ok(record) => {
                let message = record.get(message_at).unwrap_or_default().to_string();
                let order = order_at
                    .and_then(|i| record.get(i))
                    .unwrap_or_default()
                    .to_string();
                if message.trim().is_empty() {
                    continue;
                }
                log.entries.push(entry(line, order, message));
            }
            Err(e) => log.unreadable.push((line, e.to_string())),
        }
    }
    Ok(log)
}

/// Text of a JSON value: strings as they are, anything else (an ERP's raw body) as JSON.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn field<'a>(object: &'a serde_json::Map<String, Value>, names: &[&str]) -> Option<&'a Value> {
    names.iter().find_map(|name| {
        object
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    })
}

fn json_row(log: &mut ClassifiedLog, row: usize, value: &Value) {
    let Value::Object(object) = value else {
        log.unreadable.push((row, "not an object".into()));
        return;
    };
    let Some(message) = field(object, MESSAGE_COLUMNS).map(text_of) else {
        log.unreadable.push((row, "no error message field".into()));
        return;
    };
    let order = field(object, ORDER_COLUMNS)
        .map(text_of)
        .unwrap_or_default();
    if !message.trim().is_empty() {
        log.entries.push(entry(row, order, message));
    }
}

fn classify_json(text: &str) -> Result<ClassifiedLog, LogError> {
    let mut log = ClassifiedLog::default();
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(rows)) => {
            for (i, row) in rows.iter().enumerate() {
                json_row(&mut log, i + 1, row);
            }
        }
        // An export wrapping its rows: {"errors": [...]} or {"data": [...]}.
        Ok(Value::Object(object)) if object.values().any(Value::is_array) => {
            let rows = object
                .values()
                .find_map(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for (i, row) in rows.iter().enumerate() {
                json_row(&mut log, i + 1, row);
            }
        }
        Ok(single @ Value::Object(_)) => json_row(&mut log, 1, &single),
        Ok(_) => return Err(LogError::Format("JSON that holds no rows".into())),
        // JSON lines: one object per line; a broken line is reported, the rest still read.
        Err(whole) => {
            let mut any = false;
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                match serde_json::from_str::<Value>(line) {
                    Ok(value) => {
                        any = true;
                        json_row(&mut log, i + 1, &value);
                    }
                    Err(e) => log.unreadable.push((i + 1, e.to_string())),
                }
            }
            if !any {
                return Err(LogError::Format(whole.to_string()));
            }
        }
    }
    Ok(log)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_celigo_style_csv_is_read_and_classified() {
        let csv = "Order Number,Error Message,Time\n\
            1042,\"Error while accessing resource: You have entered an Invalid Field Value 9999 for the following field: item\",2026-11-02\n\
            1043,\"Posting period locked; specify an alternative date\",2026-11-02\n\
            1044,,2026-11-02\n";
        let log = classify_log(csv).unwrap();
        assert_eq!(log.entries.len(), 2);
        assert_eq!(log.entries[0].order, "1042");
        assert_eq!(log.entries[0].code, FindingCode::SkuNotFound);
        assert_eq!(log.entries[0].row, 2);
        assert_eq!(log.entries[1].code, FindingCode::PeriodClosed);
    }

    #[test]
    fn json_arrays_wrapped_rows_and_json_lines_are_read_and_raw_bodies_classified() {
        let array = r#"[{"orderId": 7, "response": {"error":{"code":"Internal_RecordNotFound","message":"The Item does not exist. Identification fields and values: No.='MUG-X'"}}}]"#;
        let log = classify_log(array).unwrap();
        assert_eq!(log.entries[0].order, "7");
        assert_eq!(log.entries[0].key.as_deref(), Some("MUG-X"));
        let wrapped = r#"{"count": 1, "errors": [{"reference": "A-1050", "message": "504 Gateway Time-out"}]}"#;
        assert_eq!(
            classify_log(wrapped).unwrap().entries[0].code,
            FindingCode::ErpTimeout
        );
        let lines = "{\"order\":\"1\",\"error\":\"Odoo Session Expired\"}\nnot json\n{\"order\":\"2\",\"error\":\"x\"}\n";
        let log = classify_log(lines).unwrap();
        assert_eq!(log.entries.len(), 2);
        assert_eq!(log.unreadable.len(), 1);
        assert_eq!(log.unreadable[0].0, 2);
    }

    #[test]
    fn a_file_without_a_message_column_is_a_clear_error() {
        let err = classify_log("order,total\n1,2\n").unwrap_err();
        assert!(matches!(err, LogError::NoMessageColumn));
        assert!(classify_log("42").is_err());
    }
}
