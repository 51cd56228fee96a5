//! Why a sign-in did not work, from what the authority said (the `error` of a redirect or of
//! the token endpoint, and Entra's `AADSTS` numbers), in a handful of kinds a person can act on.
//!
//! Sources: Microsoft, "Microsoft Entra authentication and authorization error codes" (the
//! AADSTS numbers below) and "Microsoft identity platform and OAuth 2.0 authorization code
//! flow" (error responses); Oracle NetSuite, "Authorization Errors in Step One" and "Response
//! Errors in Step Two and in the Refresh Token Response" (`access_denied`, `invalid_grant`, …).

use osd_model::FindingCode;
use serde::Deserialize;

use crate::http::Side;
use crate::CallError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInProblem {
    /// The person pressed Cancel, Deny or Back on the consent screen.
    Denied,
    /// The tenant or account does not exist, or does not know this app, or the person signed
    /// in with an account from another organisation.
    WrongAccount,
    /// The app may not have what it asked for: an admin has not consented, or the permission
    /// is missing from the app registration or integration record.
    MissingPermission,
    /// The sign-in has ended: the refresh token expired, was used up or was revoked.
    Ended,
    /// The answer in the browser was not for the sign-in this app started.
    StateMismatch,
    /// The app could not listen for the browser's answer.
    PortInUse,
    /// No browser could be opened.
    BrowserNotOpened,
    /// Nobody finished the sign-in in the browser in time.
    TimedOut,
    /// The authority could not be reached.
    Unreachable,
    /// Anything else the authority refused; the raw answer says what.
    Refused,
}

impl SignInProblem {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Denied => "denied",
            Self::WrongAccount => "wrong_account",
            Self::MissingPermission => "missing_permission",
            Self::Ended => "ended",
            Self::StateMismatch => "state_mismatch",
            Self::PortInUse => "port_in_use",
            Self::BrowserNotOpened => "browser_not_opened",
            Self::TimedOut => "timed_out",
            Self::Unreachable => "unreachable",
            Self::Refused => "refused",
        }
    }

    /// The finding a failed sign-in or refresh becomes, on the side it signs in to (a store's
    /// has no finding for a missing permission of its own: the store refused the login).
    pub fn finding_code(self, side: Side) -> FindingCode {
        match (self, side) {
            (Self::Ended, _) => FindingCode::SignInAgain,
            (Self::Unreachable, Side::Store) => FindingCode::StoreUnreachable,
            (Self::Unreachable, _) => FindingCode::ErpUnreachable,
            (_, Side::Store) => FindingCode::StoreAuthFailed,
            (Self::MissingPermission, _) => FindingCode::ErpPermissionMissing,
            _ => FindingCode::ErpAuthFailed,
        }
    }
}

/// A sign-in that did not work: its kind, and what the authority said (never a token).
#[derive(Debug, Clone, thiserror::Error)]
#[error("sign-in did not work ({}): {raw}", problem.as_str())]
pub struct SignInError {
    pub problem: SignInProblem,
    pub raw: String,
}

impl SignInError {
    pub fn new(problem: SignInProblem, raw: impl Into<String>) -> Self {
        Self {
            problem,
            raw: raw.into(),
        }
    }

    /// An OAuth error (`error`, `error_description`, and Entra's `error_codes`), from a
    /// redirect's query or a token endpoint's JSON body.
    pub fn from_oauth(error: &str, description: Option<&str>, codes: &[u64]) -> Self {
        let description = description.unwrap_or_default();
        let problem = entra_codes(codes, description)
            .into_iter()
            .find_map(entra_problem)
            .unwrap_or_else(|| oauth_problem(error));
        let raw = if description.is_empty() {
            error.to_string()
        } else {
            format!("{error}: {description}")
        };
        Self::new(problem, raw)
    }

    /// A token endpoint's refusal: its JSON error, or else its status and body.
    pub fn from_token_answer(status: u16, body: &str) -> Self {
        #[derive(Deserialize)]
        struct OAuthError {
            error: String,
            error_description: Option<String>,
            #[serde(default)]
            error_codes: Vec<u64>,
        }
        match serde_json::from_str::<OAuthError>(body) {
            Ok(e) => Self::from_oauth(&e.error, e.error_description.as_deref(), &e.error_codes),
            Err(_) => Self::new(
                SignInProblem::Refused,
                format!(
                    "HTTP {status}: {}",
                    body.chars().take(2000).collect::<String>()
                ),
            ),
        }
    }

    /// Square's refusal from ObtainToken: its `errors[]` (the response type's `errors`
    /// field, `Error {category, code, detail}`), or the older `{message, type}` body Square's
    /// OAuth endpoints were known to send. A refused token is the end of the sign-in: Square
    /// names no finer cause (`UNAUTHORIZED` is "a general authorization error").
    pub fn from_square_answer(status: u16, body: &str) -> Self {
        #[derive(Deserialize)]
        struct SquareError {
            #[serde(default)]
            code: String,
            #[serde(default)]
            detail: Option<String>,
        }
        #[derive(Deserialize)]
        struct Answer {
            #[serde(default)]
            errors: Vec<SquareError>,
            message: Option<String>,
            #[serde(rename = "type")]
            kind: Option<String>,
        }
        let Ok(answer) = serde_json::from_str::<Answer>(body) else {
            return Self::from_token_answer(status, body);
        };
        let raw = match (answer.errors.first(), &answer.message) {
            (Some(e), _) => format!(
                "HTTP {status} {}: {}",
                e.code,
                e.detail.as_deref().unwrap_or("")
            ),
            (None, Some(message)) => format!(
                "HTTP {status} {}: {message}",
                answer.kind.as_deref().unwrap_or("")
            ),
            (None, None) => return Self::from_token_answer(status, body),
        };
        let code = answer.errors.first().map(|e| e.code.as_str()).unwrap_or("");
        let problem = match (status, code) {
            (_, "CLIENT_DISABLED") => SignInProblem::WrongAccount,
            (_, "INSUFFICIENT_SCOPES") => SignInProblem::MissingPermission,
            (401, _) | (_, "UNAUTHORIZED" | "ACCESS_TOKEN_REVOKED" | "ACCESS_TOKEN_EXPIRED") => {
                SignInProblem::Ended
            }
            (429 | 500..=599, _) => SignInProblem::Unreachable,
            _ => SignInProblem::Refused,
        };
        Self::new(problem, raw)
    }

    /// As a failed call of `system` on `side`, so a check shows it as a step-1 finding.
    pub fn into_call_error(self, system: &str, side: Side) -> CallError {
        let summary = match self.problem {
            SignInProblem::Ended => format!("the {system} sign-in has ended"),
            SignInProblem::Unreachable => format!("{system} could not be reached to sign in"),
            _ => format!("{system} refused the sign-in"),
        };
        CallError::new(self.problem.finding_code(side), summary, self.raw)
    }
}

/// Entra's numbers: the `error_codes` array, or the `AADSTS…` at the start of the description
/// (a redirect carries only the description).
fn entra_codes(codes: &[u64], description: &str) -> Vec<u64> {
    if !codes.is_empty() {
        return codes.to_vec();
    }
    description
        .split("AADSTS")
        .skip(1)
        .filter_map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .collect()
}

fn entra_problem(code: u64) -> Option<SignInProblem> {
    use SignInProblem::*;
    Some(match code {
        // 65004: the user declined to consent.
        65004 => Denied,
        // 90002 tenant not found; 50020 the account is from another identity provider or
        // tenant; 700016 the application was not found in the directory; 50034 the user
        // account does not exist in that directory.
        90002 | 50020 | 700016 | 50034 => WrongAccount,
        // 65001 consent not granted; 650057 the resource is not in the app's requested
        // permissions; 70011 invalid scope; 500011 the resource (Business Central) is not in
        // the tenant; 90094 admin approval required.
        65001 | 650057 | 70011 | 500011 | 90094 => MissingPermission,
        // 700082 refresh token expired for inactivity; 70008 the grant expired; 50173 the grant
        // was revoked; 70043 expired under a sign-in frequency policy; 50133 password changed;
        // 54005 the code was already redeemed; 700084 a refresh token's fixed lifetime ended.
        700082 | 70008 | 50173 | 70043 | 50133 | 54005 | 700084 => Ended,
        _ => return None,
    })
}

fn oauth_problem(error: &str) -> SignInProblem {
    use SignInProblem::*;
    match error {
        "access_denied" => Denied,
        "invalid_scope" | "consent_required" | "interaction_required" => MissingPermission,
        "unauthorized_client" | "invalid_client" => WrongAccount,
        "invalid_grant" => Ended,
        _ => Refused,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entra_numbers_decide_over_the_generic_oauth_error() {
        // Entra answers a revoked refresh token with invalid_grant and 50173.
        let revoked = SignInError::from_token_answer(
            400,
            r#"{"error":"invalid_grant","error_description":"AADSTS50173: The provided grant has expired due to it being revoked.","error_codes":[50173]}"#,
        );
        assert_eq!(revoked.problem, SignInProblem::Ended);
        assert_eq!(
            revoked.problem.finding_code(Side::Erp),
            FindingCode::SignInAgain
        );
        // invalid_client alone would read as a wrong account; 650057 says a permission is missing.
        let permission = SignInError::from_oauth(
            "invalid_client",
            Some("AADSTS650057: Invalid resource. The client has requested access to a resource which isn't listed in the requested permissions."),
            &[],
        );
        assert_eq!(permission.problem, SignInProblem::MissingPermission);
        assert_eq!(
            SignInError::from_oauth(
                "invalid_request",
                Some("AADSTS90002: Tenant 'x' not found."),
                &[]
            )
            .problem,
            SignInProblem::WrongAccount
        );
    }

    #[test]
    fn squares_refusals_are_read_from_its_errors_array() {
        let spent = SignInError::from_square_answer(
            401,
            r#"{"errors":[{"category":"AUTHENTICATION_ERROR","code":"UNAUTHORIZED","detail":"Invalid refresh token"}]}"#,
        );
        assert_eq!(spent.problem, SignInProblem::Ended);
        assert!(spent.raw.contains("Invalid refresh token"), "{}", spent.raw);
        // Square signs a store in: its refusals are the store's findings.
        assert_eq!(
            spent.problem.finding_code(Side::Store),
            FindingCode::SignInAgain
        );
        assert_eq!(
            SignInProblem::Unreachable.finding_code(Side::Store),
            FindingCode::StoreUnreachable
        );
        assert_eq!(
            SignInProblem::MissingPermission.finding_code(Side::Store),
            FindingCode::StoreAuthFailed
        );
        let disabled = SignInError::from_square_answer(
            403,
            r#"{"errors":[{"category":"AUTHENTICATION_ERROR","code":"CLIENT_DISABLED"}]}"#,
        );
        assert_eq!(disabled.problem, SignInProblem::WrongAccount);
        let legacy = SignInError::from_square_answer(
            400,
            r#"{"message":"cannot renew revoked token","type":"bad_request"}"#,
        );
        assert_eq!(legacy.problem, SignInProblem::Refused);
        assert!(legacy.raw.contains("revoked"));
        assert_eq!(
            SignInError::from_square_answer(503, "<html>down</html>").problem,
            SignInProblem::Refused
        );
    }

    #[test]
    fn netsuite_errors_are_read_by_their_oauth_name() {
        assert_eq!(
            SignInError::from_oauth("access_denied", None, &[]).problem,
            SignInProblem::Denied
        );
        assert_eq!(
            SignInError::from_token_answer(400, r#"{"error":"invalid_grant"}"#).problem,
            SignInProblem::Ended
        );
        let odd = SignInError::from_token_answer(502, "<html>Bad gateway</html>");
        assert_eq!(odd.problem, SignInProblem::Refused);
        assert!(odd.raw.contains("502"));
    }
}
