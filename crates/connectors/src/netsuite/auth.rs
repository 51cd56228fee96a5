use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use osd_model::{FindingCode, Sensitive};
use rand::Rng;

use super::wire::TokenResponse;
use crate::http::{self, Side};
use crate::{oauth1, CallError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JwtAlgorithm {
    Ps256,
    Es256,
}

/// How the integration proves who it is.
#[derive(Debug, Clone)]
pub enum NetSuiteAuth {
    /// OAuth 2.0 client credentials (machine to machine): a JWT signed with the private key
    /// whose certificate was uploaded in NetSuite, exchanged for a 60-minute access token.
    ClientCredentials {
        client_id: String,
        certificate_id: String,
        private_key_pem: Sensitive<String>,
        algorithm: JwtAlgorithm,
        /// The uploaded certificate's end date, which NetSuite does not report over the API.
        certificate_expires: Option<DateTime<Utc>>,
    },
    /// A person signed in with the browser (authorization code with PKCE, a public
    /// integration record): access tokens from their refresh token.
    SignedIn(std::sync::Arc<crate::sign_in::SignedIn>),
    /// Token-based authentication: OAuth 1.0a with HMAC-SHA256 on every request.
    TokenBased {
        consumer_key: Sensitive<String>,
        consumer_secret: Sensitive<String>,
        token_id: Sensitive<String>,
        token_secret: Sensitive<String>,
    },
}

#[derive(serde::Serialize)]
struct Claims<'a> {
    iss: &'a str,
    scope: [&'a str; 1],
    aud: &'a str,
    iat: i64,
    exp: i64,
}

pub(super) struct CachedToken {
    pub token: Sensitive<String>,
    pub valid_until: Instant,
}

impl NetSuiteAuth {
    /// Signed assertion for the token endpoint; valid 30 minutes (NetSuite allows up to 60).
    fn assertion(&self, token_url: &str, now: DateTime<Utc>) -> Result<String, CallError> {
        let NetSuiteAuth::ClientCredentials {
            client_id,
            certificate_id,
            private_key_pem,
            algorithm,
            ..
        } = self
        else {
            return Err(config_error("a JWT is only used with client credentials"));
        };
        let (alg, key) = match algorithm {
            JwtAlgorithm::Ps256 => (
                jsonwebtoken::Algorithm::PS256,
                jsonwebtoken::EncodingKey::from_rsa_pem(private_key_pem.expose().as_bytes()),
            ),
            JwtAlgorithm::Es256 => (
                jsonwebtoken::Algorithm::ES256,
                jsonwebtoken::EncodingKey::from_ec_pem(private_key_pem.expose().as_bytes()),
            ),
        };
        // The key error never contains the key itself.
        let key =
            key.map_err(|e| config_error(&format!("the private key could not be read: {e}")))?;
        let mut header = jsonwebtoken::Header::new(alg);
        header.kid = Some(certificate_id.clone());
        header.typ = Some("JWT".into());
        let iat = now.timestamp();
        let claims = Claims {
            iss: client_id,
            scope: ["rest_webservices"],
            aud: token_url,
            iat,
            exp: iat + 1800,
        };
        jsonwebtoken::encode(&header, &claims, &key)
            .map_err(|e| config_error(&format!("the JWT could not be signed: {e}")))
    }

    pub(super) async fn fetch_token(
        &self,
        http: &reqwest::Client,
        token_url: &url::Url,
    ) -> Result<CachedToken, CallError> {
        let assertion = self.assertion(token_url.as_str(), Utc::now())?;
        let form = [
            ("grant_type", "client_credentials"),
            (
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ),
            ("client_assertion", assertion.as_str()),
        ];
        let answer = http::exchange(
            http.post(token_url.clone()).form(&form),
            Side::Erp,
            "NetSuite",
        )
        .await?;
        if !answer.is_success() {
            let mut error = super::errors::classify(&answer);
            if matches!(answer.status, 400 | 401) {
                error.code = FindingCode::ErpAuthFailed;
                error.summary =
                    "NetSuite refused the integration's certificate or client id".into();
            }
            return Err(error);
        }
        let token: TokenResponse = serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable("NetSuite", e, "token answer withheld"))?;
        let lifetime = match &token.expires_in {
            serde_json::Value::String(s) => s.parse().unwrap_or(3600),
            serde_json::Value::Number(n) => n.as_u64().unwrap_or(3600),
            _ => 3600,
        };
        // Renew a minute early so a request never carries a token that dies in flight.
        Ok(CachedToken {
            token: Sensitive::new(token.access_token),
            valid_until: Instant::now() + Duration::from_secs(lifetime.saturating_sub(60)),
        })
    }

    pub(super) fn tba_header(&self, method: &str, url: &url::Url, realm: &str) -> Option<String> {
        let NetSuiteAuth::TokenBased {
            consumer_key,
            consumer_secret,
            token_id,
            token_secret,
        } = self
        else {
            return None;
        };
        let nonce: String = rand::thread_rng()
            .sample_iter(&rand::distributions::Alphanumeric)
            .take(20)
            .map(char::from)
            .collect();
        Some(oauth1::authorization_header(
            method,
            url,
            Some(realm),
            &oauth1::Credentials {
                consumer_key: consumer_key.expose(),
                consumer_secret: consumer_secret.expose(),
                token: token_id.expose(),
                token_secret: token_secret.expose(),
            },
            Utc::now().timestamp(),
            &nonce,
        ))
    }

    pub fn credential_expires(&self) -> Option<DateTime<Utc>> {
        match self {
            NetSuiteAuth::ClientCredentials {
                certificate_expires,
                ..
            } => *certificate_expires,
            NetSuiteAuth::TokenBased { .. } | NetSuiteAuth::SignedIn(_) => None,
        }
    }
}

/// The OAuth 1.0a realm of an account, from its id as a person may paste it: NetSuite's host
/// names write a sandbox `1234567-sb1`, the realm wants `1234567_SB1` (upper case, `_`), and
/// a realm in the host's form is refused as an invalid login. Source: Oracle's token-based
/// authentication pages (`../shared/api-fixtures/netsuite/request_response_flows.json`,
/// tba_oauth1).
pub fn realm(account_id: &str) -> String {
    account_id.trim().to_ascii_uppercase().replace('-', "_")
}

fn config_error(what: &str) -> CallError {
    CallError::new(
        FindingCode::ErpAuthFailed,
        format!("The NetSuite connection settings are not usable: {what}"),
        what,
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_realm_is_the_account_id_upper_case_with_underscores() {
        for pasted in ["1234567-sb1", "1234567_SB1", " 1234567-SB1 "] {
            assert_eq!(super::realm(pasted), "1234567_SB1", "{pasted}");
        }
        assert_eq!(super::realm("1234567"), "1234567");
    }
}
