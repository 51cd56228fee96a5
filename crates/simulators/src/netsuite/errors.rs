//! NetSuite's error answers, each in the vendor's own words and with where those words come
//! from. The envelope is Oracle's `nsError`: `{type, title, status, o:errorDetails: [{detail,
//! o:errorCode, o:errorPath?, o:errorQueryParam?}]}`, media type
//! `application/vnd.oracle.resource+json; type=error`.
//!
//! Source (envelope and field names): Oracle NetSuite Help, "Error Handling in REST Web
//! Services", https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_156570709583.html;
//! the `type` URL in the RFC 9110 style newer accounts send (`../shared/api-fixtures/netsuite/
//! error_examples.json`, record_not_found_404).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// One `nsError` answer.
pub fn ns_error(status: StatusCode, code: &str, detail: &str, path: Option<&str>) -> Response {
    ns_error_at(status, code, detail, path.map(|p| ("o:errorPath", p)))
}

/// An `nsError` whose detail points at a query parameter (`o:errorQueryParam`) or a JSON path.
fn ns_error_at(
    status: StatusCode,
    code: &str,
    detail: &str,
    pointer: Option<(&str, &str)>,
) -> Response {
    let title = status.canonical_reason().unwrap_or("Error");
    let mut entry = json!({ "detail": detail, "o:errorCode": code });
    if let Some((name, value)) = pointer {
        entry[name] = json!(value);
    }
    let body = json!({
        "type": format!("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.{}", section(status)),
        "title": title,
        "status": status.as_u16(),
        "o:errorDetails": [entry],
    });
    (
        status,
        [(
            "Content-Type",
            "application/vnd.oracle.resource+json; type=error",
        )],
        body.to_string(),
    )
        .into_response()
}

/// RFC 9110's section for a status: 400 is 15.5.1, 404 is 15.5.5, 500 is 15.6.1.
fn section(status: StatusCode) -> String {
    let code = status.as_u16();
    match code {
        400..=499 => format!("5.{}", code - 399),
        _ => format!("6.{}", code - 499),
    }
}

/// Source: Oracle, "Error Handling in REST Web Services" (verbatim example).
pub fn invalid_login() -> Response {
    ns_error(
        StatusCode::UNAUTHORIZED,
        "INVALID_LOGIN",
        "Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.",
        None,
    )
}

/// A role without the permission a record or table needs. Text: NetSuite's permission
/// violation as quoted by NetSweet/netsuite (spec/support/fixtures/get_all/
/// get_all_insufficient_permissions.xml, the two spaces after "need" included); 403 with
/// `INSUFFICIENT_PERMISSION` in the REST envelope as client guides quote it (field evidence,
/// not confirmed against a live account).
pub fn insufficient_permission(permission: &str) -> Response {
    ns_error(
        StatusCode::FORBIDDEN,
        "INSUFFICIENT_PERMISSION",
        &format!("Permission Violation: You need  the '{permission}' permission to access this page. Please contact your account administrator."),
        None,
    )
}

/// Source: `../shared/api-fixtures/netsuite/error_examples.json` record_not_found_404
/// (asserted by netsuite-rest integration tests against a live account).
pub fn record_not_found(url_path: &str) -> Response {
    ns_error_at(
        StatusCode::NOT_FOUND,
        "NONEXISTENT_ID",
        "The record instance does not exist. Provide a valid record instance ID.",
        Some(("o:errorUrl", url_path)),
    )
}

/// "You have entered an Invalid Field Value 9999 for the following field: item".
/// Source: Oracle, "Error Handling in REST Web Services" (verbatim salesOrder example).
pub fn invalid_value(value: &str, field: &str, path: &str) -> Response {
    ns_error(
        StatusCode::BAD_REQUEST,
        "INVALID_CONTENT",
        &format!("Error while accessing resource: You have entered an Invalid Field Value {value} for the following field: {field}"),
        Some(path),
    )
}

/// NetSuite's generic business-rule refusal. Prefix: airbyte source-netsuite's recorded
/// USER_ERROR (`../shared/api-fixtures/netsuite/error_examples.json` user_error_locked_400).
pub fn user_error(detail: &str, path: Option<&str>) -> Response {
    ns_error(
        StatusCode::BAD_REQUEST,
        "USER_ERROR",
        &format!("Error while accessing a resource. {detail}"),
        path,
    )
}

/// A value longer than its field. Text: "The field X contained more than the maximum number
/// ( N ) of characters allowed." as NetSuite writes it (quoted in a SuiteScript's comment and
/// in integration notes, field evidence); the error code beside it is not confirmed.
pub fn too_long(field: &str, max: usize, path: &str) -> Response {
    user_error(
        &format!("The field {field} contained more than the maximum number ( {max} ) of characters allowed."),
        Some(path),
    )
}

/// A reference NetSuite cannot resolve: `Invalid customer reference key 99999.` and, when
/// the reference is valid but not for this subsidiary or entity, `Invalid currency reference
/// key 3 for subsidiary 2.` Source: shape `../shared/api-fixtures/netsuite/error_examples.json`
/// invalid_key_or_ref_400; the "for subsidiary/entity" forms as fylein/netsuite-sdk-py
/// (netsuitesdk/errors/errors.py) matches NetSuite's upsert answers.
pub fn invalid_reference(
    kind: &str,
    key: &str,
    scope: Option<(&str, &str)>,
    path: &str,
) -> Response {
    let detail = match scope {
        Some((owner, id)) => format!("Invalid {kind} reference key {key} for {owner} {id}."),
        None => format!("Invalid {kind} reference key {key}."),
    };
    ns_error(
        StatusCode::BAD_REQUEST,
        "INVALID_KEY_OR_REF",
        &detail,
        Some(path),
    )
}

/// The gateway's answer when NetSuite took too long: an HTML page, not `nsError`.
pub fn gateway_timeout() -> Response {
    (
        StatusCode::GATEWAY_TIMEOUT,
        [("Content-Type", "text/html")],
        "<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center></body></html>",
    )
        .into_response()
}

/// Source: `../shared/api-fixtures/netsuite/error_examples.json` concurrency_429. NetSuite
/// documents no Retry-After; the simulator's rate window sends one so clients that honour it
/// can be tested, and clients that do not still back off on the code.
pub fn rate_limited(wait: f64) -> Response {
    let mut response = ns_error(
        StatusCode::TOO_MANY_REQUESTS,
        "CONCURRENCY_LIMIT_EXCEEDED",
        "Concurrent request limit exceeded. Request blocked.",
        None,
    );
    if let Ok(value) = format!("{wait:.1}").parse() {
        response.headers_mut().insert("Retry-After", value);
    }
    response
}

pub fn unexpected_error(error_id: &str) -> Response {
    ns_error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "UNEXPECTED_ERROR",
        &format!("An unexpected error occurred. Error ID: {error_id}"),
        None,
    )
}

pub fn maintenance() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [("Retry-After", "600"), ("Content-Type", "text/html")],
        "<html><body><h1>Service Unavailable</h1><p>NetSuite is undergoing scheduled maintenance.</p></body></html>",
    )
        .into_response()
}

/// A SuiteQL text NetSuite cannot run. Source: `../shared/api-fixtures/netsuite/
/// error_examples.json` suiteql_bad_query_400 (recorded live by the databrickslabs connector).
pub fn bad_query(what: &str) -> Response {
    ns_error_at(
        StatusCode::BAD_REQUEST,
        "INVALID_PARAMETER",
        &format!("Invalid search query. Detailed unprocessed description follows. Search error occurred: {what}"),
        Some(("o:errorQueryParam", "q")),
    )
}

/// An unparseable request body.
pub fn invalid_json() -> Response {
    ns_error(
        StatusCode::BAD_REQUEST,
        "INVALID_CONTENT",
        "Error while accessing resource: The request body is not valid JSON.",
        None,
    )
}
