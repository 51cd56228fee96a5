//! Reading the JSON rows that OData-style APIs (SuiteQL, Business Central, SAP's Service Layer)
//! return, and writing their filter literals.

use serde_json::{Map, Value};

/// A column as text: strings as they are, numbers and booleans printed, null as empty.
pub fn text(row: &Map<String, Value>, key: &str) -> String {
    match row.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// A string literal: single quotes, inner quotes doubled, so no value breaks out of it.
pub fn quoted(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// `field eq 'a' or field eq 'b'`: one lookup for many references.
pub fn any_of(field: &str, values: &[String]) -> String {
    values
        .iter()
        .map(|v| format!("{field} eq {}", quoted(v)))
        .collect::<Vec<_>>()
        .join(" or ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_cannot_break_out() {
        assert_eq!(quoted("O'Brien"), "'O''Brien'");
        assert_eq!(
            any_of("NumAtCard", &["a".into(), "b'".into()]),
            "NumAtCard eq 'a' or NumAtCard eq 'b'''"
        );
        let row = serde_json::json!({"s": "x", "n": 5, "z": null})
            .as_object()
            .cloned()
            .unwrap();
        assert_eq!(
            (
                text(&row, "s"),
                text(&row, "n"),
                text(&row, "z"),
                text(&row, "missing")
            ),
            ("x".into(), "5".into(), String::new(), String::new())
        );
    }
}
