//! "Sign in with the browser" on the Connections screen: start the sign-in (the address for the
//! browser, and where its answer will come back), wait for the answer, redeem it, test the
//! connection with the new tokens, and hand back what to save: the profile and the refresh
//! token, which goes into the keychain and nowhere else.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use osd_connectors::sign_in::{
    Authority, CallbackParams, LoopbackRedirect, PendingSignIn, SignInError, SignInProblem,
    SignInProvider, SignedIn, TokenKeeper, APP_REDIRECT_URI,
};
use osd_i18n::{Language, Words};
use osd_model::Sensitive;
use serde::Serialize;
use tokio::sync::oneshot;
use ts_rs::TS;

use crate::app_config::{AppConfig, APP_OWNER};
use crate::connections::{ConnectionDraft, ConnectionSide, ConnectionVerdict};
use crate::profile::{account, ErpProfile, Side, StoreProfile};
use crate::secrets::SecretStore;
use crate::{Result, SessionError};

pub use osd_connectors::sign_in::APP_SCHEME;

/// How long the app waits for the person to finish in the browser.
pub const BROWSER_WAIT: Duration = Duration::from_secs(300);

/// What the window shows while the browser is open.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct SignInStarted {
    /// The sign-in page, for a "copy this link" fallback when no browser opened.
    pub authorize_url: String,
    /// `Microsoft`, `NetSuite` or `Square`, for the waiting message.
    pub authority: String,
    /// Whether a browser was started; if not, the window offers the link to copy.
    pub browser_opened: bool,
}

/// How a browser sign-in ended: its verdict, and the connections as now saved.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct SignInFinished {
    pub verdict: ConnectionVerdict,
    pub connections: crate::connections::Connections,
}

/// Where the browser's answer comes back.
enum Answer {
    Loopback(LoopbackRedirect),
    /// The app's own link, handed over by the OS to the running app.
    AppLink(oneshot::Receiver<url::Url>),
}

/// Open `url` in the system browser; `false` when no browser could be started (the caller
/// then shows the address to copy). Only web addresses: a launcher would run anything.
pub fn open_in_browser(url: &url::Url) -> bool {
    if !matches!(url.scheme(), "https" | "http") {
        return false;
    }
    #[cfg(target_os = "macos")]
    let mut command = std::process::Command::new("open");
    #[cfg(windows)]
    let mut command = {
        // `start` would read `&` in the address as a command separator.
        let mut c = std::process::Command::new("rundll32");
        c.arg("url.dll,FileProtocolHandler");
        c
    };
    #[cfg(not(any(target_os = "macos", windows)))]
    let mut command = std::process::Command::new("xdg-open");
    command
        .arg(url.as_str())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|error| tracing::warn!(%error, "no browser could be started"))
        .is_ok()
}

/// What is signed in to: the ERP (Business Central, NetSuite) or the store (Square).
#[derive(Debug, Clone)]
pub enum SigningIn {
    Erp(ErpProfile),
    Store(StoreProfile),
}

impl SigningIn {
    fn side(&self) -> Side {
        match self {
            Self::Erp(_) => Side::Erp,
            Self::Store(_) => Side::Store,
        }
    }
}

/// A sign-in the browser is doing.
pub struct SignInAttempt {
    /// The language the verdict is worded in: the app's when the sign-in began.
    language: Language,
    /// The fields as typed, for the verdict (a recorded end date).
    fields: BTreeMap<String, String>,
    profile: SigningIn,
    provider: SignInProvider,
    pending: PendingSignIn,
    answer: Answer,
}

/// A sign-in that worked: the profile to save and the refresh token for the keychain.
pub struct SignedInConnection {
    pub profile: SigningIn,
    pub refresh_token: Sensitive<String>,
}

impl SignedInConnection {
    /// The keychain side its refresh token is saved under.
    pub fn side(&self) -> Side {
        self.profile.side()
    }
}

/// Prepare a sign-in for the draft (its fields, with `auth = browser`). `app_link` gives the
/// receiver of the app's own link, for authorities that refuse a loopback redirect.
pub async fn begin(
    draft: &ConnectionDraft,
    language: Language,
    app_link: impl FnOnce() -> oneshot::Receiver<url::Url>,
) -> Result<SignInAttempt> {
    let mut draft = draft.clone();
    draft.fields.insert("auth".into(), "browser".into());
    let profile = match draft.side {
        ConnectionSide::Erp => SigningIn::Erp(draft.erp_section()?),
        ConnectionSide::Store => SigningIn::Store(draft.store_section()?),
        ConnectionSide::Middleware => {
            return Err(SessionError::Profile(
                "an integration tool does not sign in with the browser".into(),
            ))
        }
    };
    begin_with(profile, draft.fields, language, app_link).await
}

/// Prepare a sign-in for a profile's section (the CLI's `login erp` and `login store`).
pub async fn begin_with(
    profile: SigningIn,
    fields: BTreeMap<String, String>,
    language: Language,
    app_link: impl FnOnce() -> oneshot::Receiver<url::Url>,
) -> Result<SignInAttempt> {
    let not_set = || {
        SessionError::Profile(
            "this connection is not set to sign in with the browser (auth = \"browser\")".into(),
        )
    };
    let (provider, registered_redirect) = match &profile {
        SigningIn::Erp(erp) => (erp.sign_in_provider()?.ok_or_else(not_set)?, None),
        SigningIn::Store(store) => {
            let (provider, redirect) = store.sign_in_provider()?.ok_or_else(not_set)?;
            (provider, Some(redirect))
        }
    };
    let (answer, redirect_uri) = match provider.authority {
        Authority::Entra => {
            let loopback = LoopbackRedirect::bind(0)
                .await
                .map_err(|e| refused(&e, provider.authority, language))?;
            let uri = loopback.redirect_uri();
            (Answer::Loopback(loopback), uri)
        }
        Authority::NetSuite => (Answer::AppLink(app_link()), APP_REDIRECT_URI.to_string()),
        // Square sends its answer only to the application's https:// redirect, a page that
        // hands it on to this app's own link.
        Authority::Square => (
            Answer::AppLink(app_link()),
            registered_redirect.unwrap_or_default(),
        ),
    };
    let pending = provider.start(&redirect_uri);
    Ok(SignInAttempt {
        language,
        fields,
        profile,
        provider,
        pending,
        answer,
    })
}

/// A sign-in that cannot start, in plain words; what the system said goes to the log.
fn refused(error: &SignInError, authority: Authority, language: Language) -> SessionError {
    tracing::warn!(problem = error.problem.as_str(), raw = %error.raw, "browser sign-in could not start");
    let (message, fix) = plain_words(error.problem, system_of(authority), authority, language);
    SessionError::SignIn { message, fix }
}

/// Waiting for a sign-in when none was started (a second window, or one already finished).
pub fn nothing_waiting(language: Language) -> SessionError {
    let words = Words::of(language);
    SessionError::SignIn {
        message: words.get("sign-in-nothing-waiting"),
        fix: words.get("sign-in-nothing-waiting-fix"),
    }
}

/// The verdict of a sign-in the person cancelled in this window.
pub fn cancelled(language: Language) -> ConnectionVerdict {
    let words = Words::of(language);
    ConnectionVerdict {
        ok: false,
        message: words.get("sign-in-cancelled"),
        fix: Some(words.get("sign-in-cancelled-fix")),
        detail: "cancelled in the app".into(),
        expires: None,
    }
}

fn system_of(authority: Authority) -> &'static str {
    match authority {
        Authority::Entra => "Business Central",
        Authority::NetSuite => "NetSuite",
        Authority::Square => "Square",
    }
}

/// The authority as the person knows it: who shows the sign-in page.
fn authority_name(authority: Authority) -> &'static str {
    match authority {
        Authority::Entra => "Microsoft",
        Authority::NetSuite => "NetSuite",
        Authority::Square => "Square",
    }
}

impl SignInAttempt {
    pub fn started(&self) -> SignInStarted {
        SignInStarted {
            authorize_url: self.pending.authorize_url.to_string(),
            authority: authority_name(self.provider.authority).into(),
            browser_opened: false,
        }
    }

    pub fn authorize_url(&self) -> &url::Url {
        &self.pending.authorize_url
    }

    fn system(&self) -> &'static str {
        system_of(self.provider.authority)
    }

    /// Wait for the browser, redeem its answer and test the connection. `Err` only for broken
    /// infrastructure; a sign-in that did not work is a verdict in plain words.
    pub async fn finish(
        self,
        wait: Duration,
    ) -> Result<(ConnectionVerdict, Option<SignedInConnection>)> {
        let language = self.language;
        let system = self.system();
        let answer = match self.answer {
            Answer::Loopback(loopback) => loopback.wait(wait).await,
            Answer::AppLink(link) => match tokio::time::timeout(wait, link).await {
                Ok(Ok(url)) => Ok(CallbackParams::from_url(&url)),
                Ok(Err(_)) => Err(SignInError::new(
                    SignInProblem::TimedOut,
                    "the sign-in was cancelled",
                )),
                Err(_) => Err(SignInError::new(
                    SignInProblem::TimedOut,
                    format!("no answer from the browser within {} s", wait.as_secs()),
                )),
            },
        };
        let http = osd_connectors::http::client(Duration::from_secs(60))
            .map_err(|e| SessionError::Profile(e.to_string()))?;
        let grant = match answer {
            Ok(params) => self.provider.redeem(&http, &self.pending, &params).await,
            Err(error) => Err(error),
        };
        let grant = match grant {
            Ok(grant) => grant,
            Err(error) => {
                let verdict = verdict_for(&error, system, self.provider.authority, language);
                return Ok((verdict, None));
            }
        };
        let Some(refresh_token) = grant.refresh_token.clone() else {
            let error = SignInError::new(
                SignInProblem::Refused,
                "the answer has no refresh token (offline_access was not granted)",
            );
            let verdict = verdict_for(&error, system, self.provider.authority, language);
            return Ok((verdict, None));
        };
        // The connection test uses the tokens just granted, and any refresh token the test
        // causes replaces this one before it is saved.
        let latest = Arc::new(std::sync::Mutex::new(refresh_token));
        let (read, write) = (latest.clone(), latest.clone());
        let keep = TokenKeeper {
            load: Arc::new(move || read.lock().ok().map(|t| t.clone())),
            save: Arc::new(move |token: &Sensitive<String>| {
                if let Ok(mut t) = write.lock() {
                    *t = token.clone();
                }
            }),
        };
        let signed_in = Arc::new(SignedIn::with_access(self.provider.clone(), grant, keep));
        let (answer, system) = match &self.profile {
            SigningIn::Erp(erp) => {
                let client = erp.client_signed_in(signed_in)?;
                (client.test_connection().await, client.system())
            }
            SigningIn::Store(store) => {
                let client = store.client_signed_in(signed_in)?;
                (client.test_connection().await, client.system())
            }
        };
        let verdict = crate::connections::verdict_from(answer, system, &self.fields, language);
        let saved = verdict.ok.then(|| SignedInConnection {
            profile: self.profile,
            refresh_token: latest
                .lock()
                .map(|t| t.clone())
                .unwrap_or_else(|p| p.into_inner().clone()),
        });
        Ok((verdict, saved))
    }
}

/// Save a sign-in: the profile into the configuration, the refresh token into the keychain.
pub fn save(
    config: &mut AppConfig,
    signed_in: &SignedInConnection,
    secrets: &Arc<dyn SecretStore>,
) -> Result<()> {
    secrets.set(
        &account(APP_OWNER, signed_in.side()),
        &signed_in.refresh_token,
    )?;
    match &signed_in.profile {
        SigningIn::Erp(erp) => config.erp = Some(erp.clone()),
        SigningIn::Store(store) => config.store = Some(store.clone()),
    }
    Ok(())
}

/// A sign-in that did not work, in the words of the person at the keyboard.
pub fn verdict_for(
    error: &SignInError,
    system: &str,
    authority: Authority,
    language: Language,
) -> ConnectionVerdict {
    let (message, fix) = plain_words(error.problem, system, authority, language);
    ConnectionVerdict {
        ok: false,
        message,
        fix: Some(fix),
        detail: format!("{} ({})", error.raw, error.problem.as_str()),
        expires: None,
    }
}

fn plain_words(
    problem: SignInProblem,
    system: &str,
    authority: Authority,
    language: Language,
) -> (String, String) {
    use SignInProblem::*;
    let vendor = match authority {
        Authority::Entra => "entra",
        Authority::NetSuite => "netsuite",
        Authority::Square => "square",
    };
    let (message, fix) = match problem {
        Denied => (
            "sign-in-denied".into(),
            format!("sign-in-denied-fix-{vendor}"),
        ),
        WrongAccount => (
            format!("sign-in-wrong-account-{vendor}"),
            format!("sign-in-wrong-account-{vendor}-fix"),
        ),
        MissingPermission => (
            format!("sign-in-missing-permission-{vendor}"),
            format!("sign-in-missing-permission-{vendor}-fix"),
        ),
        Ended => pair("sign-in-ended"),
        StateMismatch => pair("sign-in-state-mismatch"),
        PortInUse => pair("sign-in-port-in-use"),
        BrowserNotOpened => pair("sign-in-browser-not-opened"),
        TimedOut => pair("sign-in-timed-out"),
        Unreachable => pair("sign-in-unreachable"),
        Refused => pair("sign-in-refused"),
    };
    let words = Words::of(language);
    let args = [
        ("system", system.into()),
        ("authority", authority_name(authority).into()),
    ];
    (words.with(&message, &args), words.with(&fix, &args))
}

/// A problem's message id and its fix's.
fn pair(id: &str) -> (String, String) {
    (id.to_string(), format!("{id}-fix"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVERY_PROBLEM: [SignInProblem; 10] = [
        SignInProblem::Denied,
        SignInProblem::WrongAccount,
        SignInProblem::MissingPermission,
        SignInProblem::Ended,
        SignInProblem::StateMismatch,
        SignInProblem::PortInUse,
        SignInProblem::BrowserNotOpened,
        SignInProblem::TimedOut,
        SignInProblem::Unreachable,
        SignInProblem::Refused,
    ];

    #[test]
    fn every_sign_in_problem_has_a_sentence_and_a_fix_without_a_raw_code() {
        for authority in [Authority::Entra, Authority::NetSuite, Authority::Square] {
            for problem in EVERY_PROBLEM {
                let error = SignInError::new(problem, "AADSTS50020: invalid_grant raw");
                let verdict =
                    verdict_for(&error, system_of(authority), authority, Language::English);
                let fix = verdict.fix.clone().unwrap_or_default();
                assert!(
                    verdict.message.ends_with('.') && fix.len() > 20,
                    "{problem:?}: {verdict:?}"
                );
                for shown in [&verdict.message, &fix] {
                    assert!(
                        !shown.contains("AADSTS")
                            && !shown.contains("invalid_")
                            && !shown.contains('_'),
                        "{problem:?} shows a raw code: {shown}"
                    );
                }
                assert!(
                    verdict.detail.contains("AADSTS50020"),
                    "the raw answer is kept for Technical details"
                );
            }
        }
    }

    #[tokio::test]
    async fn a_port_that_cannot_be_opened_is_a_plain_sign_in_error() {
        let error = refused(
            &SignInError::new(
                SignInProblem::PortInUse,
                "127.0.0.1:0: Address already in use",
            ),
            Authority::Entra,
            Language::English,
        );
        assert_eq!(error.code(), crate::error::Code::SignIn);
        let shown = error.to_string();
        assert!(shown.starts_with("The app could not get ready"), "{shown}");
        assert!(!shown.contains("127.0.0.1"), "{shown}");
    }
}
