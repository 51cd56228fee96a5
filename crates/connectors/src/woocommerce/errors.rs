//! WooCommerce's `{code, message, data:{status}}` → finding codes.

use osd_model::FindingCode;

use super::wire::WpError;
use crate::call_error::bounded_summary;
use crate::http::{Answer, Side};
use crate::CallError;

const SYSTEM: &str = "WooCommerce";

pub fn classify(answer: &Answer) -> CallError {
    let mut error = answer.generic_error(Side::Store, SYSTEM);
    let Ok(body) = serde_json::from_str::<WpError>(&answer.body) else {
        return error;
    };
    match body.code.as_str() {
        "woocommerce_rest_authentication_error" => {
            error.code = FindingCode::StoreAuthFailed;
            error.summary = bounded_summary(&format!(
                "WooCommerce refused the API key: {}",
                body.message
            ));
        }
        "woocommerce_rest_cannot_view" => {
            error.code = FindingCode::StoreAuthFailed;
            error.summary =
                "WooCommerce did not accept the API key, or the key may not read orders".into();
        }
        "rest_no_route" => {
            error.code = FindingCode::StoreUnreachable;
            error.summary = "WooCommerce's REST API was not found at this address (check the store URL and that pretty permalinks are on)".into();
        }
        "rest_invalid_param" => {
            error.code = FindingCode::UnclassifiedError;
            error.summary = bounded_summary(&format!(
                "WooCommerce refused a parameter: {}",
                body.message
            ));
        }
        _ => {}
    }
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::http::canned as answer;

    #[test]
    fn documented_bodies_are_classified() {
        let cases = [
            (404, r#"{"code":"rest_no_route","message":"No route was found matching the URL and request method","data":{"status":404}}"#, FindingCode::StoreUnreachable),
            (401, r#"{"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":401}}"#, FindingCode::StoreAuthFailed),
            (401, r#"{"code":"woocommerce_rest_authentication_error","message":"Consumer secret is invalid.","data":{"status":401}}"#, FindingCode::StoreAuthFailed),
            (401, r#"{"code":"woocommerce_rest_authentication_error","message":"Consumer key is invalid.","data":{"status":401}}"#, FindingCode::StoreAuthFailed),
            (400, r#"{"code":"rest_invalid_param","message":"Invalid parameter(s): per_page","data":{"status":400,"params":{"per_page":"per_page must be between 1 (inclusive) and 100 (inclusive)"}}}"#, FindingCode::UnclassifiedError),
            (404, r#"{"code":"woocommerce_rest_shop_order_invalid_id","message":"Invalid ID.","data":{"status":404}}"#, FindingCode::UnclassifiedError),
            (503, "<html>Briefly unavailable for scheduled maintenance. Check back in a minute.</html>", FindingCode::StoreMaintenance),
            (429, "", FindingCode::RateLimited),
        ];
        for (status, body, code) in cases {
            let error = classify(&answer(status, body));
            assert_eq!(error.code, code, "{body}");
            assert_eq!(error.raw, body);
        }
    }
}
