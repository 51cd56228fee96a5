//! The authorization code grant as an authorization server keeps it (RFC 6749 §4.1, PKCE
//! RFC 7636 §4.6): requests waiting for consent, one-use codes bound to their client, redirect
//! and challenge, and refresh tokens. Each vendor's front (`business_central::entra`,
//! `netsuite::authorization_code`) decides its own checks, parameters and error texts.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::Rng;
use sha2::{Digest, Sha256};

/// An authorize request the person has not answered yet.
#[derive(Debug, Clone)]
pub struct AuthorizeRequest {
    pub client_id: String,
    pub redirect_uri: String,
    pub state: Option<String>,
    pub scope: String,
    pub challenge: Option<String>,
    /// `S256` or `plain`.
    pub challenge_method: String,
}

struct IssuedCode {
    request: AuthorizeRequest,
    issued: Instant,
    redeemed: bool,
}

struct RefreshGrant {
    client_id: String,
    scope: String,
    expires: Option<Instant>,
    one_use: bool,
}

/// Why a code was not redeemed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeRefusal {
    Unknown,
    Expired,
    AlreadyRedeemed,
    OtherClient,
    OtherRedirect,
    VerifierMismatch,
}

/// Why a refresh token was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefreshRefusal {
    Unknown,
    Expired,
    Revoked,
    OtherClient,
}

#[derive(Default)]
pub struct AuthorizationServer {
    waiting: HashMap<String, AuthorizeRequest>,
    codes: HashMap<String, IssuedCode>,
    refresh_tokens: HashMap<String, RefreshGrant>,
    revoked: std::collections::HashSet<String>,
    /// Consents given, for tests.
    pub consents: u64,
    /// Refresh tokens redeemed, for tests.
    pub refreshes: u64,
}

impl std::fmt::Debug for AuthorizationServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthorizationServer")
            .field("waiting", &self.waiting.len())
            .field("codes", &self.codes.len())
            .field("refresh_tokens", &self.refresh_tokens.len())
            .finish()
    }
}

/// Both vendors keep codes short-lived; ten minutes is Entra's documented upper bound.
const CODE_LIFETIME: Duration = Duration::from_secs(600);

/// An opaque token of `len` letters and digits, as the vendors' look.
pub fn random_token(len: usize) -> String {
    random(len)
}

fn random(len: usize) -> String {
    rand::thread_rng()
        .sample_iter(&rand::distributions::Alphanumeric)
        .take(len)
        .map(char::from)
        .collect()
}

impl AuthorizationServer {
    /// Keep a request until the person answers; its id goes into the consent form.
    pub fn hold(&mut self, request: AuthorizeRequest) -> String {
        let id = random(24);
        self.waiting.insert(id.clone(), request);
        id
    }

    /// The person's answer: on Allow, a code for the request's redirect.
    pub fn answer(&mut self, id: &str, allow: bool) -> Option<(AuthorizeRequest, Option<String>)> {
        let request = self.waiting.remove(id)?;
        if !allow {
            return Some((request, None));
        }
        self.consents += 1;
        let code = random(64);
        self.codes.insert(
            code.clone(),
            IssuedCode {
                request: request.clone(),
                issued: Instant::now(),
                redeemed: false,
            },
        );
        Some((request, Some(code)))
    }

    /// Redeem a code once, for the client and redirect it was issued to, with the verifier
    /// whose challenge the request carried. Returns the granted scope.
    pub fn redeem(
        &mut self,
        code: &str,
        client_id: &str,
        redirect_uri: &str,
        verifier: Option<&str>,
    ) -> Result<String, CodeRefusal> {
        let issued = self.codes.get_mut(code).ok_or(CodeRefusal::Unknown)?;
        if issued.redeemed {
            return Err(CodeRefusal::AlreadyRedeemed);
        }
        if issued.issued.elapsed() > CODE_LIFETIME {
            return Err(CodeRefusal::Expired);
        }
        let request = &issued.request;
        if request.client_id != client_id {
            return Err(CodeRefusal::OtherClient);
        }
        if request.redirect_uri != redirect_uri {
            return Err(CodeRefusal::OtherRedirect);
        }
        if let Some(challenge) = &request.challenge {
            let expected = match request.challenge_method.as_str() {
                "plain" => verifier.map(str::to_string),
                _ => verifier.map(|v| URL_SAFE_NO_PAD.encode(Sha256::digest(v.as_bytes()))),
            };
            if expected.as_deref() != Some(challenge.as_str()) {
                return Err(CodeRefusal::VerifierMismatch);
            }
        }
        issued.redeemed = true;
        Ok(request.scope.clone())
    }

    pub fn issue_refresh_token(
        &mut self,
        client_id: &str,
        scope: &str,
        lifetime: Option<Duration>,
        one_use: bool,
    ) -> String {
        let token = random(96);
        self.refresh_tokens.insert(
            token.clone(),
            RefreshGrant {
                client_id: client_id.to_string(),
                scope: scope.to_string(),
                expires: lifetime.map(|l| Instant::now() + l),
                one_use,
            },
        );
        token
    }

    /// Accept a refresh token of `client_id`; a one-use token is spent. Returns its scope.
    pub fn use_refresh_token(
        &mut self,
        token: &str,
        client_id: &str,
    ) -> Result<String, RefreshRefusal> {
        if self.revoked.contains(token) {
            return Err(RefreshRefusal::Revoked);
        }
        let grant = self
            .refresh_tokens
            .get(token)
            .ok_or(RefreshRefusal::Unknown)?;
        if grant.client_id != client_id {
            return Err(RefreshRefusal::OtherClient);
        }
        if grant.expires.is_some_and(|e| e <= Instant::now()) {
            return Err(RefreshRefusal::Expired);
        }
        let scope = grant.scope.clone();
        if grant.one_use {
            self.refresh_tokens.remove(token);
            self.revoked.insert(token.to_string());
        }
        self.refreshes += 1;
        Ok(scope)
    }

    /// Revoke one refresh token.
    pub fn revoke(&mut self, token: &str) {
        if self.refresh_tokens.remove(token).is_some() {
            self.revoked.insert(token.to_string());
        }
    }

    /// Revoke every refresh token (an administrator ending all sessions).
    pub fn revoke_all(&mut self) {
        let tokens: Vec<String> = self.refresh_tokens.drain().map(|(t, _)| t).collect();
        self.revoked.extend(tokens);
    }

    /// Refresh tokens that still work.
    pub fn live_refresh_tokens(&self) -> usize {
        self.refresh_tokens.len()
    }
}

/// The consent page: who asks for what, and Allow / Deny as two forms posting `request` and
/// `decision` to `action`. Everything shown is escaped; only the simulator's own texts and
/// the request id are in it.
pub fn consent_page(
    action: &str,
    request_id: &str,
    app: &str,
    asks: &[&str],
    allow: &str,
    deny: &str,
) -> String {
    let list: String = asks
        .iter()
        .map(|a| format!("<li>{}</li>", escape(a)))
        .collect();
    let form = |decision: &str, label: &str| {
        format!(
            "<form method=\"post\" action=\"{}\"><input type=\"hidden\" name=\"request\" value=\"{}\"><input type=\"hidden\" name=\"decision\" value=\"{decision}\"><button type=\"submit\" data-decision=\"{decision}\">{}</button></form>",
            escape(action),
            escape(request_id),
            escape(label)
        )
    };
    format!(
        "<!doctype html><meta charset=utf-8><title>Permissions requested</title><h1>{} wants to</h1><ul>{list}</ul>{}{}",
        escape(app),
        form("allow", allow),
        form("deny", deny)
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The authority's own page for what it will not redirect: an error shown, not sent back.
pub fn error_page(status: axum::http::StatusCode, text: &str) -> axum::response::Response {
    use axum::response::IntoResponse;
    let body = format!(
        "<!doctype html><meta charset=utf-8><title>Sign in</title><p>{}</p>",
        escape(text)
    );
    (status, axum::response::Html(body)).into_response()
}

/// Send the browser on to `location`.
pub fn found(location: String) -> axum::response::Response {
    use axum::response::IntoResponse;
    (
        axum::http::StatusCode::FOUND,
        [(axum::http::header::LOCATION, location)],
    )
        .into_response()
}

/// The person's answer on the consent page: the request it answers and, when allowed, its
/// code; an answer to no waiting request is the authority's own page saying `expired`.
pub fn answered(
    server: &mut AuthorizationServer,
    form: &HashMap<String, String>,
    expired: &str,
) -> Result<(AuthorizeRequest, Option<String>), Box<axum::response::Response>> {
    let (id, allow) = decision(form);
    server
        .answer(&id, allow)
        .ok_or_else(|| Box::new(error_page(axum::http::StatusCode::BAD_REQUEST, expired)))
}

/// The consent form's fields: which request, and whether the person allowed it.
pub fn decision(form: &HashMap<String, String>) -> (String, bool) {
    (
        form.get("request").cloned().unwrap_or_default(),
        form.get("decision").map(String::as_str) == Some("allow"),
    )
}

/// `redirect_uri` with `pairs` added to its query.
pub fn redirect_with(redirect_uri: &str, pairs: &[(&str, &str)]) -> String {
    match url::Url::parse(redirect_uri) {
        Ok(mut url) => {
            url.query_pairs_mut().extend_pairs(pairs);
            url.to_string()
        }
        Err(_) => redirect_uri.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(challenge: &str) -> AuthorizeRequest {
        AuthorizeRequest {
            client_id: "app".into(),
            redirect_uri: "http://127.0.0.1:5000/".into(),
            state: Some("s".into()),
            scope: "x".into(),
            challenge: Some(challenge.into()),
            challenge_method: "S256".into(),
        }
    }

    #[test]
    fn a_code_is_redeemed_once_by_its_client_with_its_verifier() {
        let mut server = AuthorizationServer::default();
        // RFC 7636 appendix B.
        let id = server.hold(request("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        let (_, code) = server.answer(&id, true).unwrap();
        let code = code.unwrap();
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assert_eq!(
            server.redeem(&code, "other", "http://127.0.0.1:5000/", Some(verifier)),
            Err(CodeRefusal::OtherClient)
        );
        assert_eq!(
            server.redeem(&code, "app", "http://127.0.0.1:6000/", Some(verifier)),
            Err(CodeRefusal::OtherRedirect)
        );
        assert_eq!(
            server.redeem(&code, "app", "http://127.0.0.1:5000/", Some("wrong")),
            Err(CodeRefusal::VerifierMismatch)
        );
        assert_eq!(
            server.redeem(&code, "app", "http://127.0.0.1:5000/", Some(verifier)),
            Ok("x".into())
        );
        assert_eq!(
            server.redeem(&code, "app", "http://127.0.0.1:5000/", Some(verifier)),
            Err(CodeRefusal::AlreadyRedeemed)
        );
        assert!(
            server.answer(&id, true).is_none(),
            "a request is answered once"
        );
    }

    #[test]
    fn one_use_refresh_tokens_are_spent_and_revoked_ones_refused() {
        let mut server = AuthorizationServer::default();
        let once = server.issue_refresh_token("app", "x", None, true);
        assert!(server.use_refresh_token(&once, "app").is_ok());
        assert_eq!(
            server.use_refresh_token(&once, "app"),
            Err(RefreshRefusal::Revoked)
        );
        let lasting = server.issue_refresh_token("app", "x", None, false);
        assert!(server.use_refresh_token(&lasting, "app").is_ok());
        assert!(server.use_refresh_token(&lasting, "app").is_ok());
        server.revoke_all();
        assert_eq!(
            server.use_refresh_token(&lasting, "app"),
            Err(RefreshRefusal::Revoked)
        );
        let short = server.issue_refresh_token("app", "x", Some(Duration::ZERO), false);
        assert_eq!(
            server.use_refresh_token(&short, "app"),
            Err(RefreshRefusal::Expired)
        );
    }

    #[test]
    fn the_consent_page_escapes_what_it_shows() {
        let page = consent_page(
            "/c",
            "id\"><script>",
            "<b>App</b>",
            &["read & write"],
            "Accept",
            "Cancel",
        );
        assert!(!page.contains("<script>"));
        assert!(page.contains("&lt;b&gt;App"));
        assert!(page.contains("read &amp; write"));
    }
}
