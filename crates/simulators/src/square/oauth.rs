//! Square's OAuth API for a public client (the PKCE flow): the authorize page with the
//! seller's Allow / Deny, the redirect to the application's registered URL, and `ObtainToken`
//! for the `authorization_code` and `refresh_token` grants.
//!
//! Sources: Square's OpenAPI document (`components.securitySchemes.oauth2` for the authorize
//! and token addresses; `ObtainTokenRequest` / `ObtainTokenResponse`: a JSON body, the PKCE
//! flow sends `code_verifier` and no `client_secret`, access tokens expire in 30 days given as
//! `expires_at`, a PKCE refresh token is single-use and expires in 90 days and each refresh
//! returns a new one with `refresh_token_expires_at`); Square's guide "Receive Seller
//! Authorization and Manage Seller OAuth Tokens" (the redirect carries `code`,
//! `response_type=code` and `state`, or `error=access_denied`,
//! `error_description=user_denied` and `state` when the seller denies). The status and
//! `detail` of a refused grant are not in the document: ours are 401 with the document's
//! `AUTHENTICATION_ERROR` / `UNAUTHORIZED`, and the connector reads only those.

use std::collections::HashMap;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Form;
use chrono::{SecondsFormat, Utc};
use serde_json::{json, Value};

use super::routes::{errors, exchange, invalid, Guard};
use super::{SharedSquare, SquareState};
use crate::authorization_code::{
    answered, consent_page, error_page, found, redirect_with, AuthorizeRequest,
};

/// The seller's Square application, as its OAuth page in the Developer Console registers it.
#[derive(Debug, Clone)]
pub struct OAuthApp {
    pub client_id: String,
    /// The registered redirect URL; Square takes only `https://`.
    pub redirect_url: String,
}

/// "OAuth access tokens expire in 30 days."
const ACCESS_LIFETIME: chrono::Duration = chrono::Duration::days(30);
/// "the refresh token is single-use and expires in 90 days."
const REFRESH_LIFETIME: Duration = Duration::from_secs(90 * 24 * 3600);
pub const MERCHANT_ID: &str = "ML7Z5N3HB1DEMO";
/// The demo's Square application and its registered redirect (the page in `site/sign-in/`,
/// at an address of the example domain: the simulator never loads it).
pub const DEMO_APP_ID: &str = "sq0idp-OrderSyncDoctorDemo";
pub const DEMO_REDIRECT_URL: &str = "https://relay.example/sign-in/square.html";

pub async fn authorize(
    State(state): State<SharedSquare>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    let Some(app) = s
        .oauth_app
        .clone()
        .filter(|a| a.client_id == get("client_id"))
    else {
        return error_page(
            StatusCode::BAD_REQUEST,
            "This application is unknown to Square.",
        );
    };
    // `redirect_uri` may be left out of the authorize address (ObtainTokenRequest.redirect_uri:
    // "Required … if you provided the `redirect_uri` parameter in your authorization URL"):
    // then the registered one is used; a different one is refused.
    let redirect_uri = q
        .get("redirect_uri")
        .cloned()
        .unwrap_or(app.redirect_url.clone());
    if redirect_uri != app.redirect_url {
        return error_page(
            StatusCode::BAD_REQUEST,
            "The redirect URL does not match the one registered for this application.",
        );
    }
    let scope = get("scope");
    let challenge = get("code_challenge");
    // Which scopes an application asks for is its own choice (any of the document's
    // `securitySchemes.oauth2` scopes); the seller sees them on the page. An address without
    // `code_challenge` is the code flow, which needs the application secret at ObtainToken:
    // this public application has none, so where Square would refuse the code later, the
    // simulator refuses the address at once (its own simplification, and its own wording).
    if scope.split_whitespace().next().is_none() || challenge.is_empty() {
        return error_page(
            StatusCode::BAD_REQUEST,
            "The authorization request is missing a valid scope or code challenge.",
        );
    }
    let id = s.sign_in.hold(AuthorizeRequest {
        client_id: app.client_id,
        redirect_uri,
        state: q.get("state").cloned(),
        scope: scope.clone(),
        challenge: Some(challenge),
        challenge_method: "S256".into(),
    });
    let asks: Vec<&str> = scope.split_whitespace().collect();
    Html(consent_page(
        "/oauth2/authorize/decision",
        &id,
        "Order Sync Doctor",
        &asks,
        "Allow",
        "Deny",
    ))
    .into_response()
}

pub async fn decide(
    State(state): State<SharedSquare>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let (request, code) = match answered(
        &mut s.sign_in,
        &form,
        "This authorization request has expired.",
    ) {
        Ok(answer) => answer,
        Err(page) => return *page,
    };
    let st = request.state.unwrap_or_default();
    match code {
        Some(code) => found(redirect_with(
            &request.redirect_uri,
            &[("code", &code), ("response_type", "code"), ("state", &st)],
        )),
        None => found(redirect_with(
            &request.redirect_uri,
            &[
                ("error", "access_denied"),
                ("error_description", "user_denied"),
                ("state", &st),
            ],
        )),
    }
}

/// `POST /oauth2/token` (ObtainToken), through the same steps (faults, journal) as every
/// other call, without a bearer token (its `security` is empty).
pub async fn obtain_token(
    State(state): State<SharedSquare>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    exchange(
        &state,
        "POST",
        "/oauth2/token",
        &headers,
        Some(&body),
        Guard::Open,
        |s, request| grant(s, request.unwrap_or(&Value::Null)),
    )
    .await
}

fn refused(detail: &str) -> (StatusCode, Value) {
    (
        StatusCode::UNAUTHORIZED,
        errors("AUTHENTICATION_ERROR", "UNAUTHORIZED", detail, None),
    )
}

fn missing(field: &str) -> (StatusCode, Value) {
    invalid(
        "MISSING_REQUIRED_PARAMETER",
        &format!("Missing required parameter: {field}"),
        Some(field),
    )
}

fn grant(s: &mut SquareState, request: &Value) -> (StatusCode, Value) {
    let text = |k: &str| request.get(k).and_then(Value::as_str).unwrap_or("");
    let Some(app) = s.oauth_app.clone() else {
        return refused("This application has no OAuth set up.");
    };
    if text("client_id") != app.client_id {
        return refused("The client_id is unknown.");
    }
    let scope = match text("grant_type") {
        "authorization_code" => {
            if text("code").is_empty() {
                return missing("code");
            }
            // The PKCE flow: the verifier stands in for the application secret.
            if text("code_verifier").is_empty() {
                return missing("code_verifier");
            }
            let redirect = request
                .get("redirect_uri")
                .and_then(Value::as_str)
                .unwrap_or(&app.redirect_url);
            match s.sign_in.redeem(
                text("code"),
                &app.client_id,
                redirect,
                Some(text("code_verifier")),
            ) {
                Ok(scope) => scope,
                Err(why) => {
                    return refused(&format!("The authorization code was refused ({why:?})."))
                }
            }
        }
        "refresh_token" => {
            if text("refresh_token").is_empty() {
                return missing("refresh_token");
            }
            match s
                .sign_in
                .use_refresh_token(text("refresh_token"), &app.client_id)
            {
                Ok(scope) => scope,
                Err(why) => return refused(&format!("The refresh token was refused ({why:?}).")),
            }
        }
        "" => return missing("grant_type"),
        _ => {
            return invalid(
                "INVALID_VALUE",
                "Unsupported grant_type.",
                Some("grant_type"),
            )
        }
    };
    let now = Utc::now();
    let access_token = format!("EAAA{}", crate::authorization_code::random_token(60));
    let expires = now + ACCESS_LIFETIME;
    s.issued_tokens.insert(access_token.clone(), expires);
    let refresh_token =
        s.sign_in
            .issue_refresh_token(&app.client_id, &scope, Some(REFRESH_LIFETIME), true);
    let at = |t: chrono::DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::Secs, true);
    (
        StatusCode::OK,
        json!({
            "access_token": access_token,
            "token_type": "bearer",
            "expires_at": at(expires),
            "merchant_id": MERCHANT_ID,
            "refresh_token": refresh_token,
            "short_lived": false,
            "refresh_token_expires_at": at(now + chrono::Duration::days(90)),
        }),
    )
}
