//! Shopify's error answers → finding codes.
//!
//! Sources: shopify.dev/docs/api/usage/response-codes (status codes; REST-style bodies
//! `{"errors": <string | {field: [msg]} | [msg]>}`: 401 "[API] Invalid API key or access token
//! (unrecognized login or wrong password)", 402 a frozen shop, 423 a locked shop, 429, 5xx);
//! shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits (HTTP 200 with
//! `errors[].extensions.code = "THROTTLED"`); the GraphQL specification ("Response Format":
//! `errors` is a list of objects, each with a `message`).

use osd_model::FindingCode;

use crate::http::{Answer, Side};
use crate::CallError;

const SYSTEM: &str = "Shopify";

/// A non-2xx answer. A body without Shopify's `errors` member is an answer of unknown shape.
pub fn classify(answer: &Answer) -> CallError {
    let mut error = answer.generic_error(Side::Store, SYSTEM);
    if answer.status == 401 {
        error.summary = "Shopify refused the access token: it is wrong, revoked or expired".into();
    } else if answer.status == 402 {
        error.code = FindingCode::StoreAuthFailed;
        error.summary = "The shop is frozen: Shopify's plan payment is due".into();
    } else if answer.status == 423 {
        error.code = FindingCode::StoreAuthFailed;
        error.summary = "The shop is locked by Shopify".into();
    }
    let in_shopify_form = serde_json::from_str::<serde_json::Value>(&answer.body)
        .is_ok_and(|body| body.get("errors").is_some());
    if in_shopify_form {
        error
    } else {
        error.of_unknown_shape(SYSTEM)
    }
}

/// `errors` inside a 200 answer: the query itself failed. A list of `{message}` objects is
/// Shopify's refusal in its own words; anything else is an answer of unknown shape.
pub fn graphql_errors(errors: &serde_json::Value) -> CallError {
    let messages: Option<Vec<String>> = errors.as_array().and_then(|list| {
        list.iter()
            .map(|e| {
                e.get("message")
                    .and_then(|m| m.as_str())
                    .map(str::to_string)
            })
            .collect()
    });
    let Some(messages) = messages.filter(|m| !m.is_empty()) else {
        return CallError::new(
            FindingCode::UnknownVendorAnswer,
            "Shopify answered the query with errors in a shape this version of the app does not know",
            errors.to_string(),
        )
        .with_status(200);
    };
    let code = if messages
        .iter()
        .any(|m| m.contains("access denied") || m.contains("Access denied"))
    {
        FindingCode::StoreAuthFailed
    } else {
        FindingCode::UnclassifiedError
    };
    CallError::new(
        code,
        format!("Shopify rejected the orders query: {}", messages.join("; ")),
        errors.to_string(),
    )
    .with_status(200)
}

pub fn is_throttled(errors: &serde_json::Value) -> bool {
    errors.as_array().is_some_and(|list| {
        list.iter()
            .any(|e| e.pointer("/extensions/code").and_then(|c| c.as_str()) == Some("THROTTLED"))
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    use crate::http::canned as answer;

    #[test]
    fn shopifys_own_refusals_are_classified_and_other_shapes_are_unknown_answers() {
        let known = classify(&answer(
            400,
            r#"{"errors":{"query":"Required parameter missing or invalid"}}"#,
        ));
        assert_eq!(known.code, FindingCode::UnclassifiedError);
        let proxy = classify(&answer(400, r#"{"message":"blocked by policy"}"#));
        assert_eq!(proxy.code, FindingCode::UnknownVendorAnswer);
        assert_eq!(proxy.raw, r#"{"message":"blocked by policy"}"#);
        assert_eq!(
            classify(&answer(401, "")).code,
            FindingCode::StoreAuthFailed
        );

        let quoted = graphql_errors(
            &serde_json::json!([{ "message": "Field 'x' doesn't exist on type 'Order'" }]),
        );
        assert_eq!(quoted.code, FindingCode::UnclassifiedError);
        assert!(
            quoted.summary.contains("doesn't exist"),
            "{}",
            quoted.summary
        );
        for odd in [
            serde_json::json!("Internal error"),
            serde_json::json!([{ "msg": "x" }]),
            serde_json::json!({}),
        ] {
            let error = graphql_errors(&odd);
            assert_eq!(error.code, FindingCode::UnknownVendorAnswer, "{odd}");
            assert_eq!(error.raw, odd.to_string());
        }
    }
}
