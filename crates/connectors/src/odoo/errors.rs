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

/// A sales invoice dated on or before a lock date. Source: odoo/odoo
/// `addons/account/models/account_move.py` `_check_fiscal_lock_dates`: up to 17 "You cannot
/// add/modify entries prior to and inclusive of the lock date 10/31/2026." (a non-adviser also
/// reads "Check the company settings or ask someone with the 'Adviser' role"); from 18 "You
/// cannot add/modify entries prior to and inclusive of: Global Lock Date (10/31/2026).", the
/// labels coming from `res.company` (`Global Lock Date`, `Sales Lock Date`, `Hard Lock Date`,
/// `Tax Return Lock Date`, capitalised) through `_format_lock_dates`.
fn is_lock_date(message: &str) -> bool {
    message.contains("prior to and inclusive of") || message.to_lowercase().contains("lock date")
}

/// A sales order line without a product. Source: odoo/odoo `addons/sale/models/
/// sale_order_line.py`, the check constraint `accountable_required_fields` ("Missing required
/// fields on accountable sale order line."), raised through `odoo/service/model.py`
/// `_as_validation_error` as "The operation cannot be completed: …". `product_id` is not a
/// required column, so a line sent without a product meets this constraint, not the
/// "mandatory field" text.
const LINE_WITHOUT_PRODUCT: &str = "Missing required fields on accountable sale order line";

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
    } else if is_lock_date(message) {
        (
            F::PeriodClosed,
            None,
            "The order date is on or before Odoo's lock date".to_string(),
        )
    } else if name.ends_with("ValidationError")
        && (message.contains(LINE_WITHOUT_PRODUCT) || message.contains("(product_id)"))
    {
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

    fn user_error(message: &str) -> String {
        serde_json::json!({"jsonrpc": "2.0", "id": 4, "error": {"code": 200, "message": "Odoo Server Error", "data": {"name": "odoo.exceptions.UserError", "message": message, "arguments": [message], "context": {}, "debug": ""}}}).to_string()
    }

    #[test]
    fn every_release_wording_of_a_lock_date_is_a_closed_period() {
        for message in [
            // Up to 17, an adviser and anyone else.
            "You cannot add/modify entries prior to and inclusive of the lock date 10/31/2026.",
            "You cannot add/modify entries prior to and inclusive of the lock date 10/31/2026. Check the company settings or ask someone with the 'Adviser' role",
            // From 18: the violated lock dates by their labels.
            "You cannot add/modify entries prior to and inclusive of: Global Lock Date (10/31/2026).",
            "You cannot add/modify entries prior to and inclusive of: Sales Lock Date (10/31/2026) and Hard Lock Date (09/30/2026).",
        ] {
            assert_eq!(classified(200, &user_error(message)), FindingCode::PeriodClosed, "{message}");
        }
    }

    #[test]
    fn a_line_without_a_product_is_a_missing_product() {
        // JSON-RPC (HTTP 200) and JSON-2 (a 422 with the flat body) carry the same exception.
        let message = "The operation cannot be completed: Missing required fields on accountable sale order line.";
        let rpc = serde_json::json!({"jsonrpc": "2.0", "id": 9, "error": {"code": 200, "message": "Odoo Server Error", "data": {"name": "odoo.exceptions.ValidationError", "message": message, "arguments": [message], "context": {}, "debug": ""}}}).to_string();
        assert_eq!(classified(200, &rpc), FindingCode::SkuNotFound);
        let json2 = serde_json::json!({"name": "odoo.exceptions.ValidationError", "message": message, "arguments": [message], "context": {}, "debug": ""}).to_string();
        assert_eq!(classified(422, &json2), FindingCode::SkuNotFound);
    }
}
