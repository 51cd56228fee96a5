//! Signing in: the OAuth 2.0 client-credentials token endpoint (a JWT assertion signed with
//! the key whose certificate was uploaded), bearer tokens that die after their lifetime, and
//! token-based authentication (OAuth 1.0a, HMAC-SHA256, one use per nonce).
//!
//! Sources: Oracle, "POST Request to the Token Endpoint and the Access Token Response"
//! (section_162755359851) and "The Request Token Structure" (section_162790605110) for the
//! assertion's header, claims and the answer; Oracle's token-based authentication pages for
//! TBA, the realm written upper case with `_` (`1234567_SB1`) while hosts use `1234567-sb1`
//! (`../shared/api-fixtures/netsuite/request_response_flows.json`, tba_oauth1).

use std::collections::HashMap;
use std::time::Instant;

use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use serde::Deserialize;
use serde_json::{json, Value};

use super::routes::gate;
use super::{NetSuiteState, SharedNetSuite};

pub fn authorized(s: &mut NetSuiteState, method: &Method, uri: &Uri, headers: &HeaderMap) -> bool {
    if s.faults.expired_token {
        return false;
    }
    let header = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if let Some(token) = header.strip_prefix("Bearer ") {
        return s
            .tokens
            .get(token)
            .is_some_and(|until| *until > Instant::now());
    }
    verify_tba(s, method, uri, header)
}

fn verify_tba(s: &mut NetSuiteState, method: &Method, uri: &Uri, header: &str) -> bool {
    let Some(pairs) = oauth1_check::parse(header) else {
        return false;
    };
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let i = &s.integration;
    // The realm is the account id upper case with `_`; the host form `1234567-sb1` fails.
    if get("realm").as_deref() != Some(i.realm.as_str())
        || get("oauth_consumer_key").as_deref() != Some(i.consumer_key.as_str())
        || get("oauth_token").as_deref() != Some(i.token_id.as_str())
        || get("oauth_signature_method").as_deref() != Some("HMAC-SHA256")
    {
        return false;
    }
    let (Some(nonce), Some(timestamp), Some(signature)) = (
        get("oauth_nonce"),
        get("oauth_timestamp"),
        get("oauth_signature"),
    ) else {
        return false;
    };
    let fresh = timestamp
        .parse::<i64>()
        .is_ok_and(|t| (chrono::Utc::now().timestamp() - t).abs() < 300);
    let Ok(url) = url::Url::parse(&format!("{}{}", s.base_url.trim_end_matches('/'), uri)) else {
        return false;
    };
    let params: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, _)| k.starts_with("oauth_") && k != "oauth_signature")
        .cloned()
        .collect();
    let expected = oauth1_check::sign(
        &oauth1_check::base_string(method.as_str(), &url, &params),
        &i.consumer_secret,
        &i.token_secret,
    );
    // A nonce may be used once: NetSuite refuses replays as INVALID_LOGIN.
    fresh && expected == signature && s.nonces.insert(nonce)
}

/// OAuth 1.0a verification, written apart from the connector's signing code so a mistake in
/// one is not mirrored in the other.
mod oauth1_check {
    use base64::Engine;
    use hmac::{Hmac, Mac};
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    use sha2::Sha256;

    const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');

    fn pct(s: &str) -> String {
        utf8_percent_encode(s, UNRESERVED).to_string()
    }

    pub fn parse(header: &str) -> Option<Vec<(String, String)>> {
        let body = header.strip_prefix("OAuth ")?;
        let mut out = Vec::new();
        for part in body.split(',') {
            let (k, v) = part.trim().split_once('=')?;
            let v = percent_encoding::percent_decode_str(v.trim_matches('"'))
                .decode_utf8()
                .ok()?;
            out.push((k.to_string(), v.to_string()));
        }
        Some(out)
    }

    pub fn base_string(method: &str, url: &url::Url, oauth: &[(String, String)]) -> String {
        let mut all: Vec<String> = url
            .query_pairs()
            .map(|(k, v)| format!("{}={}", pct(&k), pct(&v)))
            .chain(oauth.iter().map(|(k, v)| format!("{}={}", pct(k), pct(v))))
            .collect();
        all.sort();
        let origin = format!(
            "{}://{}{}",
            url.scheme(),
            url.host_str().unwrap_or(""),
            port(url)
        );
        format!(
            "{}&{}&{}",
            method,
            pct(&format!("{origin}{}", url.path())),
            pct(&all.join("&"))
        )
    }

    fn port(url: &url::Url) -> String {
        url.port().map(|p| format!(":{p}")).unwrap_or_default()
    }

    pub fn sign(base: &str, consumer_secret: &str, token_secret: &str) -> String {
        let key = format!("{}&{}", pct(consumer_secret), pct(token_secret));
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key.as_bytes()) else {
            return String::new();
        };
        mac.update(base.as_bytes());
        base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
    }
}

pub struct TokenForm {
    grant_type: Option<String>,
    client_assertion_type: Option<String>,
    client_assertion: Option<String>,
}

#[derive(Deserialize)]
struct AssertionClaims {
    iss: String,
    aud: String,
    iat: i64,
    exp: i64,
    scope: Value,
}

pub async fn token(
    State(state): State<SharedNetSuite>,
    Form(fields): Form<HashMap<String, String>>,
) -> Response {
    if let Some(response) = gate(&state).await {
        return response;
    }
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if matches!(
        fields.get("grant_type").map(String::as_str),
        Some("authorization_code" | "refresh_token")
    ) {
        return super::authorization_code::public_client_grant(&mut s, &fields);
    }
    let form = TokenForm {
        grant_type: fields.get("grant_type").cloned(),
        client_assertion_type: fields.get("client_assertion_type").cloned(),
        client_assertion: fields.get("client_assertion").cloned(),
    };
    let oauth_error =
        |error: &str| (StatusCode::BAD_REQUEST, Json(json!({ "error": error }))).into_response();
    if form.grant_type.as_deref() != Some("client_credentials")
        || form.client_assertion_type.as_deref()
            != Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
    {
        return oauth_error("invalid_request");
    }
    let Some(assertion) = form.client_assertion else {
        return oauth_error("invalid_request");
    };
    let header = match jsonwebtoken::decode_header(&assertion) {
        Ok(h) => h,
        Err(_) => return oauth_error("invalid_request"),
    };
    let i = s.integration.clone();
    if header.kid.as_deref() != Some(i.certificate_id.as_str()) {
        return oauth_error("invalid_client");
    }
    let Ok(key) = jsonwebtoken::DecodingKey::from_ec_components(&i.public_x, &i.public_y) else {
        return oauth_error("server_error");
    };
    let token_url = format!("{}services/rest/auth/oauth2/v1/token", s.base_url);
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::ES256);
    validation.set_audience(&[token_url.as_str()]);
    validation.set_issuer(&[i.client_id.as_str()]);
    let claims = match jsonwebtoken::decode::<AssertionClaims>(&assertion, &key, &validation) {
        Ok(data) => data.claims,
        Err(_) => return oauth_error("invalid_grant"),
    };
    let scoped = claims
        .scope
        .as_array()
        .is_some_and(|a| a.iter().any(|v| v == "rest_webservices"))
        || claims
            .scope
            .as_str()
            .is_some_and(|v| v.contains("rest_webservices"));
    if claims.exp - claims.iat > 3600
        || !scoped
        || claims.aud != token_url
        || claims.iss != i.client_id
    {
        return oauth_error("invalid_grant");
    }
    let token = s.issue_access_token();
    Json(json!({
        "access_token": token,
        "expires_in": i.token_lifetime.as_secs().to_string(),
        "token_type": "bearer",
    }))
    .into_response()
}
