//! Shopify's error answers → finding codes.

use osd_model::FindingCode;

use crate::http::{Answer, Side};
use crate::CallError;

const SYSTEM: &str = "Shopify";

/// A non-2xx answer. Shopify's bodies are `{"errors": <string | {field:[msg]} | [msg]>}`.
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
    error
}

/// `errors` inside a 200 answer: the query itself failed.
pub fn graphql_errors(errors: &serde_json::Value) -> CallError {
    let messages: Vec<String> = errors
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|e| e.get("message").and_then(|m| m.as_str()))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
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
