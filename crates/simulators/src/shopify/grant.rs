//! `POST /admin/oauth/access_token`: the client credentials grant and the expiring offline
//! token's refresh grant, as JSON or a form.
//!
//! Source: shopify.dev/docs/apps/build/authentication-authorization/access-tokens (client
//! credentials: a token living 86,399 seconds; expiring offline tokens: a refresh token that
//! works once and is replaced on every use). OAuth error bodies follow RFC 6749 §5.2.

use std::collections::HashMap;
use std::time::Instant;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::SharedShop;

pub async fn grant(
    State(state): State<SharedShop>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let json_body = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let fields: HashMap<String, String> = if json_body {
        serde_json::from_slice::<HashMap<String, Value>>(&body)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(k, v)| v.as_str().map(|v| (k, v.to_string())))
            .collect()
    } else {
        url::form_urlencoded::parse(&body).into_owned().collect()
    };
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let oauth_error = |status: StatusCode, error: &str, description: &str| {
        (
            status,
            Json(json!({ "error": error, "error_description": description })),
        )
            .into_response()
    };
    let grant_type = get("grant_type");
    if grant_type != "client_credentials" && grant_type != "refresh_token" {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "The grant type is not supported.",
        );
    }
    match &s.app {
        Some((id, secret)) if *id == get("client_id") && *secret == get("client_secret") => {}
        _ => {
            return oauth_error(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "Client authentication failed.",
            )
        }
    }
    // An expiring offline token's refresh token works once and is replaced by a new one.
    let rotated = if grant_type == "refresh_token" {
        if !s.refresh_tokens.remove(&get("refresh_token")) {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_grant",
                "The refresh token is invalid or has expired.",
            );
        }
        let next = format!("shprt_{:08}", s.grants);
        s.refresh_tokens.insert(next.clone());
        Some(next)
    } else {
        None
    };
    let token = format!("shpat_granted_{:08}", s.grants);
    s.grants += 1;
    let lifetime = s.token_lifetime;
    s.granted.insert(token.clone(), Instant::now() + lifetime);
    let mut answer = json!({ "access_token": token, "scope": "read_orders,read_all_orders", "expires_in": lifetime.as_secs() });
    if let Some(next) = rotated {
        answer["refresh_token"] = json!(next);
        answer["refresh_token_expires_in"] = json!(90 * 24 * 3600);
    }
    Json(answer).into_response()
}
