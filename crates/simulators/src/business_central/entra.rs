//! Microsoft Entra ID's authorization code flow for a public client (a desktop app signing a
//! person in to Business Central, delegated): the authorize page, consent, the redirect, and
//! the `authorization_code` and `refresh_token` grants at the token endpoint.
//!
//! Sources: Microsoft, "Microsoft identity platform and OAuth 2.0 authorization code flow"
//! (parameters; errors on the redirect as `error` and `error_description`; a public client
//! presenting a secret gets AADSTS700025); "Redirect URI (reply URL) restrictions" (a loopback
//! redirect matches whatever its port); "Microsoft Entra authentication and authorization error
//! codes" (the AADSTS numbers and texts below); Business Central's delegated permission
//! `Financials.ReadWrite.All`. Entra shows errors it cannot trust a redirect with (unknown
//! tenant, unknown app, unregistered redirect) on its own page instead of redirecting.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::{Form, Json};
use serde_json::json;

use super::{routes::issue_token, BcState, SharedBc, TENANT};
use crate::authorization_code::{
    answered, consent_page, error_page, found, redirect_with, AuthorizeRequest, CodeRefusal,
    RefreshRefusal,
};

/// The app registration the demo signs in with: a public client ("Allow public client flows"),
/// redirect `http://127.0.0.1` under "Mobile and desktop applications".
pub const PUBLIC_CLIENT_ID: &str = "0d5e7a11-0000-4000-8000-0000005ign1n";
const RESOURCE: &str = "https://api.businesscentral.dynamics.com/";

/// Tenants this simulator answers for: its own id and the multi-tenant aliases.
fn known_tenant(tenant: &str) -> bool {
    tenant == TENANT || tenant == "organizations" || tenant == "common"
}

/// A loopback redirect matches the registered `http://127.0.0.1/` whatever its port.
fn registered_redirect(redirect_uri: &str) -> bool {
    url::Url::parse(redirect_uri)
        .is_ok_and(|u| u.scheme() == "http" && u.host_str() == Some("127.0.0.1") && u.path() == "/")
}

pub async fn authorize(
    State(state): State<SharedBc>,
    Path(tenant): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    if !known_tenant(&tenant) {
        return error_page(StatusCode::BAD_REQUEST, &format!("AADSTS90002: Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."));
    }
    if get("client_id") != PUBLIC_CLIENT_ID {
        return error_page(StatusCode::BAD_REQUEST, &format!("AADSTS700016: Application with identifier '{}' was not found in the directory '{TENANT}'.", get("client_id")));
    }
    let redirect_uri = get("redirect_uri");
    if !registered_redirect(&redirect_uri) {
        return error_page(StatusCode::BAD_REQUEST, &format!("AADSTS50011: The redirect URI '{redirect_uri}' specified in the request does not match the redirect URIs configured for the application '{PUBLIC_CLIENT_ID}'."));
    }
    let state_param = q.get("state").cloned();
    let refuse = |error: &str, description: &str| {
        let mut pairs = vec![("error", error), ("error_description", description)];
        if let Some(st) = state_param.as_deref() {
            pairs.push(("state", st));
        }
        found(redirect_with(&redirect_uri, &pairs))
    };
    if get("response_type") != "code" {
        return refuse(
            "unsupported_response_type",
            "AADSTS700054: response_type 'id_token' is not enabled for the application.",
        );
    }
    let scope = get("scope");
    if !scope.split(' ').any(|p| p.starts_with(RESOURCE)) {
        return refuse(
            "invalid_request",
            "AADSTS900144: The request body must contain the following parameter: 'scope'.",
        );
    }
    if !s.delegated_permission_granted {
        return refuse("invalid_client", &format!("AADSTS650057: Invalid resource. The client has requested access to a resource which isn't listed in the requested permissions in the client's application registration. Client app ID: {PUBLIC_CLIENT_ID}. Resource value from request: {RESOURCE}."));
    }
    let request = AuthorizeRequest {
        client_id: PUBLIC_CLIENT_ID.into(),
        redirect_uri,
        state: state_param.clone(),
        scope,
        challenge: q.get("code_challenge").cloned(),
        // Entra assumes `plain` when a challenge comes without a method.
        challenge_method: q
            .get("code_challenge_method")
            .cloned()
            .unwrap_or_else(|| "plain".into()),
    };
    let id = s.sign_in.hold(request);
    let action = format!("/{tenant}/oauth2/v2.0/authorize/consent");
    Html(consent_page(
        &action,
        &id,
        "Order Sync Doctor",
        &[
            "Access Dynamics 365 Business Central as you",
            "Maintain access to data you have given it access to",
        ],
        "Accept",
        "Cancel",
    ))
    .into_response()
}

pub async fn consent(
    State(state): State<SharedBc>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let (request, code) = match answered(
        &mut s.sign_in,
        &form,
        "AADSTS90015: Requested query string is too long or the sign-in request has expired.",
    ) {
        Ok(answer) => answer,
        Err(page) => return *page,
    };
    let st = request.state.unwrap_or_default();
    match code {
        Some(code) => found(redirect_with(
            &request.redirect_uri,
            &[
                ("code", &code),
                ("state", &st),
                ("session_state", "5e55-demo"),
            ],
        )),
        None => found(redirect_with(
            &request.redirect_uri,
            &[
                ("error", "access_denied"),
                (
                    "error_description",
                    "AADSTS65004: User declined to consent to access the app.",
                ),
                ("state", &st),
            ],
        )),
    }
}

fn oauth_error(error: &str, code: u64, description: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(json!({
            "error": error,
            "error_description": format!("AADSTS{code}: {description}"),
            "error_codes": [code],
            "timestamp": chrono::Utc::now().format("%Y-%m-%d %H:%M:%SZ").to_string(),
            "trace_id": "5e55-trace",
            "correlation_id": "5e55-correlation",
        })),
    )
        .into_response()
}

/// The public-client grants; `client_credentials` stays in `routes::token`.
pub fn public_client_grant(s: &mut BcState, form: &HashMap<String, String>) -> Response {
    let get = |k: &str| form.get(k).cloned().unwrap_or_default();
    if form.contains_key("client_secret") || form.contains_key("client_assertion") {
        return oauth_error("invalid_request", 700025, "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.");
    }
    if get("client_id") != PUBLIC_CLIENT_ID {
        return oauth_error(
            "unauthorized_client",
            700016,
            &format!(
                "Application with identifier '{}' was not found in the directory '{TENANT}'.",
                get("client_id")
            ),
        );
    }
    let scope = match get("grant_type").as_str() {
        "authorization_code" => match s.sign_in.redeem(&get("code"), PUBLIC_CLIENT_ID, &get("redirect_uri"), form.get("code_verifier").map(String::as_str)) {
            Ok(scope) => scope,
            Err(CodeRefusal::AlreadyRedeemed) => return oauth_error("invalid_grant", 54005, "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token."),
            Err(CodeRefusal::VerifierMismatch) => return oauth_error("invalid_grant", 501481, "The Code_Verifier does not match the code_challenge supplied in the authorization request."),
            Err(CodeRefusal::OtherRedirect) => return oauth_error("invalid_grant", 70000, "The provided value for the 'redirect_uri' is not valid. The value must exactly match the redirect URI used to obtain the authorization code."),
            Err(_) => return oauth_error("invalid_grant", 70008, "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource."),
        },
        "refresh_token" => match s.sign_in.use_refresh_token(&get("refresh_token"), PUBLIC_CLIENT_ID) {
            Ok(scope) => scope,
            Err(RefreshRefusal::Revoked) => return oauth_error("invalid_grant", 50173, "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password."),
            Err(RefreshRefusal::Expired) => return oauth_error("invalid_grant", 700082, "The refresh token has expired due to inactivity. The token was issued on a date and was inactive for 90:00:00:00."),
            Err(_) => return oauth_error("invalid_grant", 9002313, "Invalid request. Request is malformed or invalid."),
        },
        _ => return oauth_error("unsupported_grant_type", 70003, "The app requested an unsupported grant type."),
    };
    let lifetime = s.token_lifetime;
    let access = issue_token(s);
    // Entra replaces a refresh token with a new one on every use; the old one lives on until
    // it expires or is revoked.
    let refresh = scope.split(' ').any(|p| p == "offline_access").then(|| {
        s.sign_in
            .issue_refresh_token(PUBLIC_CLIENT_ID, &scope, None, false)
    });
    let mut answer = json!({
        "token_type": "Bearer",
        "scope": scope,
        "expires_in": lifetime.as_secs(),
        "ext_expires_in": lifetime.as_secs(),
        "access_token": access,
    });
    if let Some(refresh) = refresh {
        answer["refresh_token"] = json!(refresh);
    }
    Json(answer).into_response()
}

/// Not Entra's API: what an administrator does in the admin center with "Revoke sessions"
/// (Microsoft Graph `revokeSignInSessions`), for tests.
pub async fn revoke_sessions(State(state): State<SharedBc>) -> StatusCode {
    match state.lock() {
        Ok(mut s) => {
            s.sign_in.revoke_all();
            StatusCode::NO_CONTENT
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
