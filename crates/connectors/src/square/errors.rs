//! Square's `{"errors": [{category, code, detail, field}]}` → finding codes. Categories and
//! codes are the `ErrorCategory` and `ErrorCode` enums of Square's OpenAPI document.

use osd_model::FindingCode;

use super::wire::ErrorBody;
use crate::call_error::bounded_summary;
use crate::http::{Answer, Side};
use crate::CallError;

const SYSTEM: &str = "Square";

/// The permissions the connector's calls need (OpenAPI `oauth2` scopes): `ListLocations`,
/// `SearchOrders`, `BatchRetrieveCatalogObjects`, `BulkRetrieveCustomers`.
pub const SCOPES: [&str; 4] = [
    "MERCHANT_PROFILE_READ",
    "ORDERS_READ",
    "ITEMS_READ",
    "CUSTOMERS_READ",
];

pub fn classify(answer: &Answer) -> CallError {
    let error = answer.generic_error(Side::Store, SYSTEM);
    let Ok(body) = serde_json::from_str::<ErrorBody>(&answer.body) else {
        return error.of_unknown_shape(SYSTEM);
    };
    let Some(first) = body.errors.first() else {
        return error.of_unknown_shape(SYSTEM);
    };
    let detail = first.detail.clone().unwrap_or_default();
    let classified = match (first.category.as_str(), first.code.as_str()) {
        (_, "ACCESS_TOKEN_EXPIRED") => Some((
            FindingCode::StoreAuthFailed,
            "Square's access token has expired: make a new one (or sign in again) under Connections".to_string(),
        )),
        (_, "ACCESS_TOKEN_REVOKED") => Some((
            FindingCode::StoreAuthFailed,
            "The Square access token was revoked in the seller's account".to_string(),
        )),
        (_, "INSUFFICIENT_SCOPES" | "FORBIDDEN") => Some((
            FindingCode::StoreAuthFailed,
            format!(
                "The Square access token may not read what the app needs (it needs {}): {detail}",
                SCOPES.join(", ")
            ),
        )),
        ("AUTHENTICATION_ERROR", _) => Some((
            FindingCode::StoreAuthFailed,
            format!("Square refused the access token: {detail}"),
        )),
        ("RATE_LIMIT_ERROR", _) => Some((
            FindingCode::RateLimited,
            "Square asked us to slow down".to_string(),
        )),
        ("INVALID_REQUEST_ERROR", "NOT_FOUND") if first.field.as_deref() == Some("location_ids") => {
            Some((
                FindingCode::UnclassifiedError,
                format!("Square does not know one of the chosen locations: {detail}"),
            ))
        }
        ("INVALID_REQUEST_ERROR", _) => Some((
            FindingCode::UnclassifiedError,
            format!("Square refused the request ({}): {detail}", first.code),
        )),
        _ => None,
    };
    error.refined(classified.map(|(code, summary)| (code, None, bounded_summary(&summary))))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::http::canned as answer;

    #[test]
    fn square_error_bodies_are_classified() {
        let body = |category: &str, code: &str| {
            format!(r#"{{"errors":[{{"category":"{category}","code":"{code}","detail":"d"}}]}}"#)
        };
        let cases = [
            (
                401,
                body("AUTHENTICATION_ERROR", "UNAUTHORIZED"),
                FindingCode::StoreAuthFailed,
            ),
            (
                401,
                body("AUTHENTICATION_ERROR", "ACCESS_TOKEN_EXPIRED"),
                FindingCode::StoreAuthFailed,
            ),
            (
                403,
                body("AUTHENTICATION_ERROR", "INSUFFICIENT_SCOPES"),
                FindingCode::StoreAuthFailed,
            ),
            (
                429,
                body("RATE_LIMIT_ERROR", "RATE_LIMITED"),
                FindingCode::RateLimited,
            ),
            (
                503,
                body("API_ERROR", "SERVICE_UNAVAILABLE"),
                FindingCode::StoreMaintenance,
            ),
            (
                500,
                body("API_ERROR", "INTERNAL_SERVER_ERROR"),
                FindingCode::StoreUnreachable,
            ),
            (
                400,
                body("INVALID_REQUEST_ERROR", "INVALID_CURSOR"),
                FindingCode::UnclassifiedError,
            ),
            (
                502,
                "<html>Bad gateway</html>".into(),
                FindingCode::StoreUnreachable,
            ),
            (
                400,
                r#"{"message":"not Square's shape"}"#.into(),
                FindingCode::UnknownVendorAnswer,
            ),
        ];
        for (status, body, code) in cases {
            let error = classify(&answer(status, &body));
            assert_eq!(error.code, code, "{body}");
            assert_eq!(error.raw, body);
        }
        let expired = classify(&answer(
            401,
            &body("AUTHENTICATION_ERROR", "ACCESS_TOKEN_EXPIRED"),
        ));
        assert!(expired.summary.contains("expired"), "{}", expired.summary);
    }
}
