//! NetSuite's OAuth 2.0 authorization code grant for a public client: the authorize page on the
//! account's `app.netsuite.com` host, the consent screen, the redirect, and the
//! `authorization_code` and `refresh_token` grants and the revoke endpoint on SuiteTalk's host.
//!
//! Sources: Oracle NetSuite Help Center, "Step One GET Request to the Authorization Endpoint"
//! (`state` of 22 to 1,024 printable characters; PKCE with S256 only, `plain` unsupported since
//! 2020.2; the redirect carries `state`, `role`, `entity`, `company` and `code`), "Authorization
//! Errors in Step One" (an unknown client or a redirect that does not match the integration
//! record is shown, not redirected), "Step Two POST Request to the Token Endpoint", "Refresh
//! Token POST Request to the Token Endpoint" (public clients send `client_id` in the body;
//! `expires_in` is "3600"; a public client's refresh token lasts three hours and is used once;
//! an expired one is `invalid_grant`), "Create Integration Records for Applications to Use
//! OAuth 2.0" (the redirect must be `https://` or a custom scheme), and "Revoke Token POST
//! Request to the Revoke Endpoint".

use std::collections::HashMap;
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::{Form, Json};
use serde_json::json;

use super::{NetSuiteState, SharedNetSuite};
use crate::authorization_code::{
    answered, consent_page, error_page, found, redirect_with, AuthorizeRequest,
};

/// The demo's integration record for the app: Authorization Code Grant and Public Client
/// ticked, scope REST Web Services, this redirect.
pub const PUBLIC_CLIENT_ID: &str =
    "5e1f5e1f0000public0000000000000000000000000000000000000000000000";
pub const REDIRECT_URI: &str = "order-sync-doctor://sign-in/netsuite";
const REFRESH_LIFETIME: Duration = Duration::from_secs(3 * 3600);
/// The role and employee the demo's consent is given as.
const ROLE: &str = "3";
const ENTITY: &str = "-5";

pub async fn authorize(
    State(state): State<SharedNetSuite>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    if get("client_id") != PUBLIC_CLIENT_ID {
        return error_page(
            StatusCode::BAD_REQUEST,
            "unauthorized_client: The client is unknown to the authorization server.",
        );
    }
    let redirect_uri = get("redirect_uri");
    if redirect_uri != REDIRECT_URI {
        return error_page(StatusCode::BAD_REQUEST, "invalid_request: The redirect URI does not match the Redirect URI of the integration record.");
    }
    let state_param = get("state");
    let refuse = |error: &str| {
        found(redirect_with(
            &redirect_uri,
            &[("error", error), ("state", &state_param)],
        ))
    };
    if get("response_type") != "code" {
        return refuse("unsupported_response_type");
    }
    let scope = get("scope");
    // The demo's integration record enables REST Web Services only: any other scope NetSuite
    // knows (restlets, suite_analytics), and any it does not, is not granted.
    if scope.is_empty() || !scope.split(' ').all(|p| p == "rest_webservices") {
        return refuse("invalid_scope");
    }
    let printable = state_param.chars().all(|c| (' '..='~').contains(&c));
    let challenge = get("code_challenge");
    if !(22..=1024).contains(&state_param.chars().count())
        || !printable
        || challenge.is_empty()
        || get("code_challenge_method") != "S256"
    {
        return refuse("invalid_request");
    }
    let id = s.sign_in.hold(AuthorizeRequest {
        client_id: PUBLIC_CLIENT_ID.into(),
        redirect_uri,
        state: Some(state_param),
        scope,
        challenge: Some(challenge),
        challenge_method: "S256".into(),
    });
    Html(consent_page(
        "/app/login/oauth2/consent.nl",
        &id,
        "Order Sync Doctor",
        &["Access REST Web Services as you, in your current role"],
        "Allow",
        "Deny",
    ))
    .into_response()
}

pub async fn consent(
    State(state): State<SharedNetSuite>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let (request, code) = match answered(
        &mut s.sign_in,
        &form,
        "invalid_request: The login session has expired.",
    ) {
        Ok(answer) => answer,
        Err(page) => return *page,
    };
    let st = request.state.unwrap_or_default();
    let company = s.integration.realm.clone();
    match code {
        Some(code) => found(redirect_with(
            &request.redirect_uri,
            &[
                ("state", &st),
                ("role", ROLE),
                ("entity", ENTITY),
                ("company", &company),
                ("code", &code),
            ],
        )),
        None => found(redirect_with(
            &request.redirect_uri,
            &[("error", "access_denied"), ("state", &st)],
        )),
    }
}

fn oauth_error(error: &str) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!({ "error": error }))).into_response()
}

/// The public-client grants; `client_credentials` stays in `auth::token`.
pub fn public_client_grant(s: &mut NetSuiteState, form: &HashMap<String, String>) -> Response {
    let get = |k: &str| form.get(k).cloned().unwrap_or_default();
    if get("client_id") != PUBLIC_CLIENT_ID {
        return oauth_error("invalid_client");
    }
    let scope = match get("grant_type").as_str() {
        "authorization_code" => {
            if form.get("code_verifier").is_none() {
                return oauth_error("invalid_request");
            }
            match s.sign_in.redeem(
                &get("code"),
                PUBLIC_CLIENT_ID,
                &get("redirect_uri"),
                form.get("code_verifier").map(String::as_str),
            ) {
                Ok(scope) => scope,
                Err(_) => return oauth_error("invalid_grant"),
            }
        }
        "refresh_token" => match s
            .sign_in
            .use_refresh_token(&get("refresh_token"), PUBLIC_CLIENT_ID)
        {
            Ok(scope) => scope,
            Err(_) => return oauth_error("invalid_grant"),
        },
        _ => return oauth_error("unsupported_grant_type"),
    };
    let access = s.issue_access_token();
    let refresh =
        s.sign_in
            .issue_refresh_token(PUBLIC_CLIENT_ID, &scope, Some(REFRESH_LIFETIME), true);
    Json(json!({
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": "3600",
        "token_type": "bearer",
    }))
    .into_response()
}

/// The revoke endpoint: the refresh token stops working. Whether NetSuite also ends the access
/// tokens already issued from it is not confirmed; the simulator leaves them to expire.
pub async fn revoke(
    State(state): State<SharedNetSuite>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    match form.get("token") {
        Some(token) => {
            s.sign_in.revoke(token);
            StatusCode::OK.into_response()
        }
        None => oauth_error("invalid_request"),
    }
}
