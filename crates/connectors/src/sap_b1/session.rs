//! The Service Layer session: `POST Login` with `{"CompanyDB","UserName","Password"}` sets the
//! `B1SESSION` and `ROUTEID` cookies, sent back on every call; a session idle longer than its
//! `SessionTimeout` (minutes, in the login answer) is gone and the next call is refused with
//! 401, code 301 (SAP guide §3.1 and §3.1.1). The connector logs in again before a session it
//! knows to be stale, and once more when a call meets 301 anyway.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use osd_model::{FindingCode, Sensitive};
use serde_json::Value;
use tokio::sync::Mutex;

use super::{errors, wire, SYSTEM};
use crate::http::{self, Answer, Side};
use crate::CallError;

/// Minutes a session lasts when the login answer does not say (the guide's default).
const DEFAULT_TIMEOUT_MINUTES: u64 = 30;
/// A session this close to its idle limit is renewed before use rather than risked.
const RENEWAL_MARGIN: Duration = Duration::from_secs(30);

struct Session {
    /// `B1SESSION=…; ROUTEID=…`
    cookie: Sensitive<String>,
    idle_limit: Duration,
    last_used: Instant,
}

pub struct Login {
    pub company_db: String,
    pub username: String,
    pub password: Sensitive<String>,
}

pub struct ServiceSession {
    login: Login,
    current: Mutex<Option<Session>>,
    logins: AtomicU64,
}

impl ServiceSession {
    pub fn new(login: Login) -> Self {
        Self {
            login,
            current: Mutex::new(None),
            logins: AtomicU64::new(0),
        }
    }

    pub fn logins(&self) -> u64 {
        self.logins.load(Ordering::Relaxed)
    }

    /// The idle minutes the Service Layer gave the session, once logged in.
    pub async fn idle_minutes(&self) -> Option<u64> {
        self.current
            .lock()
            .await
            .as_ref()
            .map(|s| s.idle_limit.as_secs() / 60)
    }

    async fn log_in(&self, http: &reqwest::Client, url: url::Url) -> Result<Session, CallError> {
        let body = wire::login_body(
            &self.login.company_db,
            &self.login.username,
            self.login.password.expose(),
        );
        let answer = http::exchange(http.post(url).json(&body), Side::Erp, SYSTEM).await?;
        if !answer.is_success() {
            let mut error = errors::classify(&answer);
            if matches!(answer.status, 400 | 401) {
                error.code = FindingCode::ErpAuthFailed;
                error.summary =
                    "SAP Business One refused the login (company database, user or password)"
                        .into();
            }
            return Err(error);
        }
        let cookie = session_cookie(&answer).ok_or_else(|| {
            CallError::unreadable(SYSTEM, "no B1SESSION cookie", "login answer withheld")
        })?;
        let minutes = serde_json::from_str::<Value>(&answer.body)
            .ok()
            .and_then(|b| b.get("SessionTimeout").and_then(Value::as_u64))
            .unwrap_or(DEFAULT_TIMEOUT_MINUTES);
        self.logins.fetch_add(1, Ordering::Relaxed);
        Ok(Session {
            cookie: Sensitive::new(cookie),
            idle_limit: Duration::from_secs(minutes * 60),
            last_used: Instant::now(),
        })
    }

    /// The cookie to send, logging in first when there is no session, it is stale, or
    /// `fresh` asks for a new one.
    pub async fn cookie(
        &self,
        http: &reqwest::Client,
        login_url: url::Url,
        fresh: bool,
    ) -> Result<String, CallError> {
        let mut current = self.current.lock().await;
        let usable = current
            .as_ref()
            .is_some_and(|s| !fresh && s.last_used.elapsed() + RENEWAL_MARGIN < s.idle_limit);
        if !usable {
            *current = Some(self.log_in(http, login_url).await?);
        }
        let Some(session) = current.as_mut() else {
            return Err(CallError::new(
                FindingCode::ErpAuthFailed,
                "No SAP Business One session",
                String::new(),
            ));
        };
        session.last_used = Instant::now();
        Ok(session.cookie.expose().clone())
    }

    /// End the session on the server, so it does not linger until it times out.
    pub async fn log_out(&self, http: &reqwest::Client, logout_url: url::Url) {
        let Some(session) = self.current.lock().await.take() else {
            return;
        };
        let _ = http
            .post(logout_url)
            .header("Cookie", session.cookie.expose())
            .send()
            .await;
    }
}

/// `B1SESSION=…; ROUTEID=…` from the login answer's `Set-Cookie` headers.
fn session_cookie(answer: &Answer) -> Option<String> {
    let cookies: Vec<String> = answer
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .filter(|kv| kv.starts_with("B1SESSION=") || kv.starts_with("ROUTEID="))
        .map(|kv| kv.trim().to_string())
        .collect();
    cookies
        .iter()
        .any(|c| c.starts_with("B1SESSION="))
        .then(|| cookies.join("; "))
}

/// Whether an answer says the session timed out (401 with code 301).
pub fn ended(answer: &Answer) -> bool {
    answer.status == 401 && errors::parse(&answer.body).is_some_and(|(code, _)| code == 301)
}
