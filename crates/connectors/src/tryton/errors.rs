//! Tryton's errors → finding codes. Application errors come in an HTTP 200 as
//! `{"error": ["UserError", [message, description, domain]]}`; login problems are HTTP
//! 401/403/429 with an HTML or empty body.

use osd_model::FindingCode;
use serde_json::Value;

use crate::CallError;

pub fn classify(error: &Value, raw: &str) -> CallError {
    use FindingCode as F;
    let kind = error.get(0).and_then(Value::as_str).unwrap_or_default();
    let message = error
        .pointer("/1/0")
        .and_then(Value::as_str)
        .or_else(|| error.get(1).and_then(Value::as_str))
        .unwrap_or(kind);
    let field_is = |name: &str| message.contains(&format!("for field \"{name}\""));
    let (code, summary) = if message.contains("you must reopen the period")
        || message.contains("you must create a period")
        || message.contains("closed journal-period")
        || message.contains("in closed period")
    {
        (
            F::PeriodClosed,
            "The date falls in a closed Tryton period".to_string(),
        )
    } else if field_is("Product") && message.contains("is not valid according to its domain") {
        (
            F::SkuNotFound,
            "Tryton does not sell the product of a line".to_string(),
        )
    } else if (field_is("Party") || field_is("Invoice Address") || field_is("Shipment Address"))
        && message.contains("not valid")
    {
        (
            F::CustomerNotFound,
            "Tryton has no such customer or address".to_string(),
        )
    } else if message.contains("you must define a receivable account for party") {
        (
            F::CustomerNotFound,
            "The Tryton customer has no receivable account".to_string(),
        )
    } else if message.contains("is too long") {
        (
            F::FieldTooLong,
            "A value is longer than the Tryton field allows".to_string(),
        )
    } else {
        (
            F::UnclassifiedError,
            format!("Tryton refused the request ({kind})"),
        )
    };
    CallError::new(code, summary, raw).with_status(200)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(body: &str) -> FindingCode {
        let value: Value = serde_json::from_str(body).unwrap();
        classify(value.get("error").unwrap(), body).code
    }

    #[test]
    fn the_observed_errors_are_classified() {
        assert_eq!(
            code(
                r#"{"id":1,"error":["UserError",["The value \"9999\" for field \"Product\" in record \"5\" of \"Sale Line\" is not valid according to its domain.","",null]]}"#
            ),
            FindingCode::SkuNotFound
        );
        assert_eq!(
            code(
                r#"{"id":1,"error":["UserError",["The value \"Example Customer, 1 Main Street, 10001, New York, US\" for field \"Invoice Address\" in record \"(4)\" of \"Sale\" is not valid according to its domain.","",null]]}"#
            ),
            FindingCode::CustomerNotFound
        );
        assert_eq!(
            code(
                r#"{"id":1,"error":["UserError",["To continue, you must reopen the period \"2026-10\" of company \"My Company\" for the date \"10/15/2026\".","",null]]}"#
            ),
            FindingCode::PeriodClosed
        );
        assert_eq!(
            code(
                r#"{"id":1,"error":["UserError",["You can not call \"confirm\" on \"(5)\" of \"Sale\".","",null]]}"#
            ),
            FindingCode::UnclassifiedError
        );
        assert_eq!(
            code(r#"{"id":1,"error":["invalid literal for int() with base 10: 'SKU-B'",""]}"#),
            FindingCode::UnclassifiedError
        );
    }
}
