//! Odoo's errors → finding codes: the JSON-RPC envelope (HTTP 200, `error.data.name`) and the
//! JSON-2 body (a real 4xx/5xx with `{name, message, …}`).

use osd_model::FindingCode;
use serde_json::Value;

use crate::CallError;

const SYSTEM: &str = "Odoo";

/// `(exception name, message, JSON-RPC code)` from either shape.
pub fn parse(body: &Value) -> Option<(String, String, Option<i64>)> {
    if let Some(error) = body.get("error") {
        let data = error.get("data");
        let name = data
            .and_then(|d| d.get("name"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let message = data
            .and_then(|d| d.get("message"))
            .and_then(Value::as_str)
            .or_else(|| error.get("message").and_then(Value::as_str))
            .unwrap_or_default()
            .to_string();
        return Some((name, message, error.get("code").and_then(Value::as_i64)));
    }
    let name = body.get("name").and_then(Value::as_str)?.to_string();
    Some((
        name,
        body.get("message")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        None,
    ))
}

pub fn classify(name: &str, message: &str, code: Option<i64>, status: u16, raw: &str) -> CallError {
    use FindingCode as F;
    let (finding, key, summary) = if code == Some(100) || name.ends_with("SessionExpiredException")
    {
        (
            F::ErpAuthFailed,
            None,
            "The Odoo session expired".to_string(),
        )
    } else if name.ends_with("AccessDenied") || name.ends_with("Unauthorized") || status == 401 {
        (
            F::ErpAuthFailed,
            None,
            "Odoo refused the API key".to_string(),
        )
    } else if message.contains("prior to and inclusive of the lock date")
        || message.contains("lock date")
    {
        (
            F::PeriodClosed,
            None,
            "The order date is on or before Odoo's lock date".to_string(),
        )
    } else if name.ends_with("ValidationError") && message.contains("(product_id)") {
        (
            F::SkuNotFound,
            None,
            "Odoo has no product for a line of the order".to_string(),
        )
    } else if name.ends_with("ValidationError") && message.contains("(partner_id)") {
        (
            F::CustomerNotFound,
            None,
            "Odoo has no customer for the order".to_string(),
        )
    } else if name.ends_with("ValidationError") && message.contains("(currency_id)") {
        (
            F::CurrencyInactive,
            None,
            "Odoo has no active currency for the order".to_string(),
        )
    } else {
        (
            F::UnclassifiedError,
            None,
            format!(
                "Odoo refused the request ({})",
                name.rsplit('.').next().unwrap_or("error")
            ),
        )
    };
    let mut error = CallError::new(finding, summary, raw).with_status(status);
    error.key = key;
    error
}

/// An answer that is not Odoo's: a proxy page, a maintenance page, an empty body.
pub fn not_odoo(status: u16, raw: &str) -> CallError {
    crate::http::Answer {
        status,
        headers: Default::default(),
        body: raw.to_string(),
    }
    .generic_error(crate::http::Side::Erp, SYSTEM)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classified(status: u16, body: &str) -> FindingCode {
        let value: Value = serde_json::from_str(body).unwrap();
        let (name, message, code) = parse(&value).unwrap();
        classify(&name, &message, code, status, body).code
    }

    #[test]
    fn real_envelopes_are_classified() {
        let missing_customer = r#"{"jsonrpc":"2.0","id":5,"error":{"code":200,"message":"Odoo Server Error","data":{"name":"odoo.exceptions.ValidationError","message":"The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Delete: another model requires the record being deleted. If possible, archive it instead.\n\nModel: Sales Order (sale.order)\nField: Customer (partner_id)\n","arguments":[],"context":{},"debug":""}}}"#;
        assert_eq!(
            classified(200, missing_customer),
            FindingCode::CustomerNotFound
        );
        let missing_product = missing_customer
            .replace(
                "Sales Order (sale.order)",
                "Sales Order Line (sale.order.line)",
            )
            .replace("Customer (partner_id)", "Product (product_id)");
        assert_eq!(classified(200, &missing_product), FindingCode::SkuNotFound);
        assert_eq!(
            classified(
                200,
                r#"{"jsonrpc":"2.0","id":3,"error":{"code":200,"message":"Odoo Server Error","data":{"name":"odoo.exceptions.AccessDenied","message":"Access Denied","arguments":["Access Denied"],"context":{},"debug":""}}}"#
            ),
            FindingCode::ErpAuthFailed
        );
        assert_eq!(
            classified(
                200,
                r#"{"jsonrpc":"2.0","id":2,"error":{"code":100,"message":"Odoo Session Expired","data":{"name":"odoo.http.SessionExpiredException","message":"Session expired","arguments":["Session expired"],"context":{},"debug":""}}}"#
            ),
            FindingCode::ErpAuthFailed
        );
        assert_eq!(
            classified(
                200,
                r#"{"jsonrpc":"2.0","id":4,"error":{"code":200,"message":"Odoo Server Error","data":{"name":"odoo.exceptions.MissingError","message":"Record does not exist or has been deleted.\n(Record: res.partner(42,), User: 2)","arguments":[],"context":{},"debug":""}}}"#
            ),
            FindingCode::UnclassifiedError
        );
        assert_eq!(
            classified(
                200,
                r#"{"jsonrpc":"2.0","id":4,"error":{"code":0,"message":"Odoo Server Error","data":{"name":"odoo.exceptions.UserError","message":"You cannot add/modify entries prior to and inclusive of the lock date 10/31/2026.","arguments":[],"context":{},"debug":""}}}"#
            ),
            FindingCode::PeriodClosed
        );
        assert_eq!(
            classified(
                401,
                r#"{"name":"werkzeug.exceptions.Unauthorized","message":"Invalid apikey","arguments":["Invalid apikey",401],"context":{},"debug":""}"#
            ),
            FindingCode::ErpAuthFailed
        );
    }
}
