//! The two requests of the flow: the authorize address the browser opens, and the token
//! endpoint that turns the code (later, the refresh token) into tokens.
//!
//! Sources: Microsoft, "Microsoft identity platform and OAuth 2.0 authorization code flow"
//! (authorize and token parameters; a public client sends no secret); Oracle NetSuite, "Step One
//! GET Request to the Authorization Endpoint", "Step Two POST Request to the Token Endpoint" and
//! "Refresh Token POST Request to the Token Endpoint" (a public client puts `client_id` in the
//! body; `state` of 22 to 1,024 characters; S256 only; `expires_in` is 3600); Square's OpenAPI
//! document (`components.securitySchemes.oauth2`: the authorize and token addresses; the
//! `ObtainToken` operation: a JSON body, `code_verifier` instead of a secret for the PKCE flow,
//! `expires_at` instead of `expires_in`, a new one-use refresh token on every refresh).

use std::time::Duration;

use osd_model::Sensitive;
use serde::Deserialize;
use serde_json::Value;

use super::{code_challenge, random_url_safe, CallbackParams, SignInError, SignInProblem};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authority {
    /// Microsoft Entra ID, for Business Central.
    Entra,
    NetSuite,
    /// Square's OAuth API, for a seller's point of sale (the PKCE flow).
    Square,
}

/// What the Square connector reads, each the scope its operation names in Square's document
/// (`security.oauth2`): ListLocations, SearchOrders, BatchRetrieveCatalogObjects and
/// BulkRetrieveCustomers. Nothing that writes.
pub const SQUARE_SCOPES: &str = "MERCHANT_PROFILE_READ ORDERS_READ ITEMS_READ CUSTOMERS_READ";

/// Who to sign in with, and for what.
#[derive(Debug, Clone)]
pub struct SignInProvider {
    pub authority: Authority,
    pub authorize_url: url::Url,
    pub token_url: url::Url,
    /// The public client's id: an Entra app registration or a NetSuite integration record.
    pub client_id: String,
    /// Space-separated.
    pub scope: String,
}

/// A sign-in the browser is doing: what to open, and what the answer must match.
pub struct PendingSignIn {
    pub authorize_url: url::Url,
    pub state: String,
    pub redirect_uri: String,
    verifier: Sensitive<String>,
}

/// Tokens from the token endpoint.
pub struct Grant {
    pub access_token: Sensitive<String>,
    pub refresh_token: Option<Sensitive<String>>,
    pub lifetime: Duration,
}

impl SignInProvider {
    /// Entra ID at `login` (`https://login.microsoftonline.com/`) for `tenant` (a GUID, a
    /// domain, or `organizations` for whichever work account signs in), asking for
    /// `Financials.ReadWrite.All` on Business Central, delegated, and a refresh token.
    pub fn business_central(
        login: &url::Url,
        tenant: &str,
        client_id: &str,
    ) -> Result<Self, url::ParseError> {
        Ok(Self {
            authority: Authority::Entra,
            authorize_url: login.join(&format!("{tenant}/oauth2/v2.0/authorize"))?,
            token_url: login.join(&format!("{tenant}/oauth2/v2.0/token"))?,
            client_id: client_id.to_string(),
            scope:
                "https://api.businesscentral.dynamics.com/Financials.ReadWrite.All offline_access"
                    .into(),
        })
    }

    /// A NetSuite public integration record, for REST web services.
    pub fn netsuite(authorize_url: url::Url, token_url: url::Url, client_id: &str) -> Self {
        Self {
            authority: Authority::NetSuite,
            authorize_url,
            token_url,
            client_id: client_id.to_string(),
            scope: "rest_webservices".into(),
        }
    }

    /// A Square application's PKCE flow at `base` (`https://connect.squareup.com/`, or the
    /// sandbox's), read-only.
    pub fn square(base: &url::Url, client_id: &str) -> Result<Self, url::ParseError> {
        Ok(Self {
            authority: Authority::Square,
            authorize_url: base.join("oauth2/authorize")?,
            token_url: base.join("oauth2/token")?,
            client_id: client_id.to_string(),
            scope: SQUARE_SCOPES.into(),
        })
    }

    /// What the sign-in is to: Square signs a store in, the others an ERP.
    pub fn side(&self) -> crate::http::Side {
        match self.authority {
            Authority::Square => crate::http::Side::Store,
            Authority::Entra | Authority::NetSuite => crate::http::Side::Erp,
        }
    }

    pub fn system(&self) -> &'static str {
        match self.authority {
            Authority::Entra => "Microsoft Entra ID",
            Authority::NetSuite => "NetSuite",
            Authority::Square => "Square",
        }
    }

    /// A new sign-in: a fresh state and verifier, and the address for the browser.
    pub fn start(&self, redirect_uri: &str) -> PendingSignIn {
        let state = random_url_safe(32);
        let verifier = random_url_safe(48);
        let mut url = self.authorize_url.clone();
        if self.authority == Authority::Square {
            // Square's authorize page takes the challenge alone (it is always S256) and
            // `session=false`, which asks the seller to sign in rather than reuse a session.
            url.query_pairs_mut()
                .append_pair("client_id", &self.client_id)
                .append_pair("scope", &self.scope)
                .append_pair("session", "false")
                .append_pair("state", &state)
                .append_pair("code_challenge", &code_challenge(&verifier))
                .append_pair("redirect_uri", redirect_uri);
        } else {
            let mut query = url.query_pairs_mut();
            query
                .append_pair("response_type", "code")
                .append_pair("client_id", &self.client_id)
                .append_pair("redirect_uri", redirect_uri)
                .append_pair("scope", &self.scope)
                .append_pair("state", &state)
                .append_pair("code_challenge", &code_challenge(&verifier))
                .append_pair("code_challenge_method", "S256");
            if self.authority == Authority::Entra {
                // Ask which account even when one is signed in: a store manager's browser
                // often holds a personal account too.
                query
                    .append_pair("response_mode", "query")
                    .append_pair("prompt", "select_account");
            }
        }
        PendingSignIn {
            authorize_url: url,
            state,
            redirect_uri: redirect_uri.to_string(),
            verifier: Sensitive::new(verifier),
        }
    }

    /// The browser's answer for `pending`, redeemed for tokens.
    pub async fn redeem(
        &self,
        http: &reqwest::Client,
        pending: &PendingSignIn,
        answer: &CallbackParams,
    ) -> Result<Grant, SignInError> {
        if answer.state.as_deref() != Some(pending.state.as_str()) {
            // Before anything else: an error or code on a foreign state is not ours to read.
            return Err(SignInError::new(
                SignInProblem::StateMismatch,
                "the answer's state is not the one this sign-in sent",
            ));
        }
        if let Some(error) = &answer.error {
            return Err(SignInError::from_oauth(
                error,
                answer.error_description.as_deref(),
                &[],
            ));
        }
        let Some(code) = &answer.code else {
            return Err(SignInError::new(
                SignInProblem::Refused,
                "the answer has no code",
            ));
        };
        let mut form = vec![
            ("client_id", self.client_id.as_str()),
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", pending.redirect_uri.as_str()),
            ("code_verifier", pending.verifier.expose().as_str()),
        ];
        if self.authority == Authority::Entra {
            form.push(("scope", self.scope.as_str()));
        }
        self.token(http, &form).await
    }

    /// New tokens from a refresh token. Both authorities may send a new refresh token, which
    /// replaces the old one (NetSuite's public clients get one-use refresh tokens).
    pub async fn refresh(
        &self,
        http: &reqwest::Client,
        refresh_token: &Sensitive<String>,
    ) -> Result<Grant, SignInError> {
        let mut form = vec![
            ("client_id", self.client_id.as_str()),
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token.expose().as_str()),
        ];
        if self.authority == Authority::Entra {
            form.push(("scope", self.scope.as_str()));
        }
        self.token(http, &form).await
    }

    async fn token(
        &self,
        http: &reqwest::Client,
        form: &[(&str, &str)],
    ) -> Result<Grant, SignInError> {
        let request = http.post(self.token_url.clone());
        let request = if self.authority == Authority::Square {
            // ObtainToken takes JSON (`requestBody.content: application/json`), not a form.
            let body: serde_json::Map<String, Value> = form
                .iter()
                .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
                .collect();
            request
                .header("Square-Version", crate::square::SQUARE_VERSION)
                .json(&body)
        } else {
            request.form(form)
        };
        let response = request
            .send()
            .await
            .map_err(|e| SignInError::new(SignInProblem::Unreachable, e.to_string()))?;
        let status = response.status().as_u16();
        let body = response
            .text()
            .await
            .map_err(|e| SignInError::new(SignInProblem::Unreachable, e.to_string()))?;
        if !(200..300).contains(&status) {
            return Err(match self.authority {
                Authority::Square => SignInError::from_square_answer(status, &body),
                _ => SignInError::from_token_answer(status, &body),
            });
        }
        parse_grant(&body)
    }
}

fn parse_grant(body: &str) -> Result<Grant, SignInError> {
    #[derive(Deserialize)]
    struct Answer {
        access_token: String,
        refresh_token: Option<String>,
        expires_in: Option<Value>,
        /// Square's: when the access token ends, RFC 3339.
        expires_at: Option<String>,
    }
    let answer: Answer = serde_json::from_str(body).map_err(|e| {
        // The body holds tokens: say what was wrong with it, never what it was.
        SignInError::new(
            SignInProblem::Refused,
            format!("the token answer could not be read: {e}"),
        )
    })?;
    // NetSuite documents `expires_in` as a string ("3600"), Entra as a number; Square gives
    // the end itself (30 days on).
    let until_end = answer
        .expires_at
        .as_deref()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map(|end| {
            (end.with_timezone(&chrono::Utc) - chrono::Utc::now())
                .num_seconds()
                .max(0) as u64
        });
    let seconds = match answer.expires_in {
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::String(s)) => s.parse().ok(),
        _ => until_end,
    }
    .unwrap_or(3600);
    Ok(Grant {
        access_token: Sensitive::new(answer.access_token),
        refresh_token: answer.refresh_token.map(Sensitive::new),
        lifetime: Duration::from_secs(seconds),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_authorize_address_carries_pkce_and_a_state_netsuite_accepts() {
        let login = url::Url::parse("https://login.microsoftonline.com/").unwrap();
        let entra = SignInProvider::business_central(&login, "organizations", "app-id").unwrap();
        let pending = entra.start("http://127.0.0.1:5123/");
        let pairs: std::collections::HashMap<_, _> =
            pending.authorize_url.query_pairs().into_owned().collect();
        assert_eq!(
            pending.authorize_url.path(),
            "/organizations/oauth2/v2.0/authorize"
        );
        assert_eq!(pairs["code_challenge_method"], "S256");
        assert_eq!(
            pairs["code_challenge"],
            code_challenge(pending.verifier.expose())
        );
        assert!(!pending
            .authorize_url
            .as_str()
            .contains(pending.verifier.expose().as_str()));
        assert!(pairs["scope"].contains("offline_access"));
        assert!((22..=1024).contains(&pairs["state"].len()));
        assert_ne!(
            entra.start("x").state,
            pending.state,
            "a state is never reused"
        );
    }

    #[test]
    fn expires_in_is_read_as_a_number_or_as_netsuites_string() {
        let ns = parse_grant(
            r#"{"access_token":"a","refresh_token":"r","expires_in":"3600","token_type":"bearer"}"#,
        )
        .unwrap();
        assert_eq!(ns.lifetime, Duration::from_secs(3600));
        let entra = parse_grant(r#"{"access_token":"a","expires_in":4999}"#).unwrap();
        assert_eq!(entra.lifetime, Duration::from_secs(4999));
        assert!(entra.refresh_token.is_none());
        let broken = parse_grant(r#"{"token":"secret-value"}"#).err().unwrap();
        assert!(!broken.raw.contains("secret-value"));
    }

    #[tokio::test]
    async fn an_answer_for_another_sign_in_is_refused_before_its_error_is_read() {
        let provider = SignInProvider::netsuite(
            url::Url::parse("https://1.app.netsuite.com/app/login/oauth2/authorize.nl").unwrap(),
            url::Url::parse("http://127.0.0.1:9/token").unwrap(),
            "id",
        );
        let pending = provider.start(super::super::APP_REDIRECT_URI);
        let foreign = CallbackParams {
            code: Some("c".into()),
            state: Some("someone-else".into()),
            ..Default::default()
        };
        let http = reqwest::Client::new();
        let error = provider
            .redeem(&http, &pending, &foreign)
            .await
            .err()
            .unwrap();
        assert_eq!(error.problem, SignInProblem::StateMismatch);
        let denied = CallbackParams {
            state: Some(pending.state.clone()),
            error: Some("access_denied".into()),
            ..Default::default()
        };
        let error = provider
            .redeem(&http, &pending, &denied)
            .await
            .err()
            .unwrap();
        assert_eq!(error.problem, SignInProblem::Denied);
    }
}
