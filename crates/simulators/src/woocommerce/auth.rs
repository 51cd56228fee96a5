//! Which credentials a request carries, checked the way WooCommerce checks them, and
//! WordPress's error bodies.
//! Source: woocommerce/woocommerce plugins/woocommerce/includes/class-wc-rest-authentication.php
//! (Basic auth, `consumer_key`/`consumer_secret` in the query, one-legged OAuth 1.0a with
//! HMAC-SHA1 or HMAC-SHA256, a 15-minute timestamp window and single-use nonces).

use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use chrono::Utc;
use hmac::{Hmac, Mac};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::json;

use super::WooState;

/// `{code, message, data: {status}}`, WordPress's `WP_Error` as JSON.
pub fn wp_error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({ "code": code, "message": message, "data": { "status": status.as_u16() } })),
    )
        .into_response()
}

fn auth_error(message: &str) -> Response {
    let mut response = wp_error(
        StatusCode::UNAUTHORIZED,
        "woocommerce_rest_authentication_error",
        message,
    );
    if let Ok(v) = "Basic realm=\"WooCommerce API. Use a consumer key in the username field and a consumer secret in the password field.\"".parse() {
        response.headers_mut().insert("WWW-Authenticate", v);
    }
    response
}

fn cannot_view() -> Response {
    wp_error(
        StatusCode::UNAUTHORIZED,
        "woocommerce_rest_cannot_view",
        "Sorry, you cannot list resources.",
    )
}

const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn pct(s: &str) -> String {
    utf8_percent_encode(s, UNRESERVED).to_string()
}

fn signature(method: &str, key: &str, base: &str) -> Option<String> {
    let bytes = if method == "HMAC-SHA1" {
        let mut mac = Hmac::<sha1::Sha1>::new_from_slice(key.as_bytes()).ok()?;
        mac.update(base.as_bytes());
        mac.finalize().into_bytes().to_vec()
    } else {
        let mut mac = Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()).ok()?;
        mac.update(base.as_bytes());
        mac.finalize().into_bytes().to_vec()
    };
    Some(base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// The refusal to send, if the request's credentials do not pass.
pub fn refusal(
    s: &mut WooState,
    uri: &Uri,
    headers: &HeaderMap,
    query: &[(String, String)],
) -> Option<Response> {
    let param = |k: &str| {
        query
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let revoked = s.faults.expired_token;
    let basic = headers
        .get("authorization")
        .filter(|_| !s.drops_authorization_header)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|text| {
            text.split_once(':')
                .map(|(k, v)| (k.to_string(), v.to_string()))
        });
    let pair = basic.or_else(|| Some((param("consumer_key")?, param("consumer_secret")?)));
    if let Some((key, secret)) = pair {
        // An unknown key is not an error: WordPress carries on as an anonymous visitor.
        if key != s.consumer_key || revoked {
            return Some(cannot_view());
        }
        return (secret != s.consumer_secret).then(|| auth_error("Consumer secret is invalid."));
    }
    let Some(key) = param("oauth_consumer_key") else {
        return Some(cannot_view());
    };
    if key != s.consumer_key || revoked {
        return Some(auth_error("Consumer key is invalid."));
    }
    let method = param("oauth_signature_method").unwrap_or_default();
    if method != "HMAC-SHA1" && method != "HMAC-SHA256" {
        return Some(auth_error(
            "Invalid signature - signature method is invalid.",
        ));
    }
    let fresh = param("oauth_timestamp")
        .and_then(|t| t.parse::<i64>().ok())
        .is_some_and(|t| (Utc::now().timestamp() - t).abs() <= 15 * 60);
    if !fresh {
        return Some(auth_error("Invalid timestamp."));
    }
    let mut signed: Vec<String> = query
        .iter()
        .filter(|(k, _)| k != "oauth_signature")
        .map(|(k, v)| format!("{}={}", pct(k), pct(v)))
        .collect();
    signed.sort();
    let base = format!(
        "GET&{}&{}",
        pct(&format!(
            "{}{}",
            s.base_url.trim_end_matches('/'),
            uri.path()
        )),
        pct(&signed.join("&"))
    );
    let expected = signature(&method, &format!("{}&", s.consumer_secret), &base);
    if expected.is_none() || param("oauth_signature") != expected {
        return Some(auth_error(
            "Invalid signature - provided signature does not match.",
        ));
    }
    if !s.nonces.insert(param("oauth_nonce").unwrap_or_default()) {
        return Some(auth_error("Invalid nonce - nonce has already been used."));
    }
    None
}
