//! `Login` and `Logout`, and the session a cookie names.
//!
//! Source: SAP guide "Working with SAP Business One Service Layer" §3.1 and §3.1.1 (verbatim in
//! api-fixtures/sap_b1/service_layer_guide_examples.json): `POST /b1s/v1/Login` with
//! `{"CompanyDB","UserName","Password"}` answers 200 with the `B1SESSION` and `ROUTEID` cookies
//! and `{"odata.metadata": "...#B1Sessions/@Element", "SessionId", "Version",
//! "SessionTimeout"}` (minutes); every later call sends the cookies back; a session idle
//! longer than SessionTimeout is gone (401, code 301); `Logout` answers 204. The `$metadata`
//! names the action `Login(CompanyDB, UserName, Password, Language)` returning `B1Session`.

use std::time::Instant;

use axum::http::{HeaderMap, StatusCode};
use rand::Rng;
use serde_json::{json, Value};

use super::answers::{login_refused, session_ended, Reply};
use super::SapState;

pub fn login(s: &mut SapState, body: &Value) -> Reply {
    let field = |k: &str| body.get(k).and_then(Value::as_str).unwrap_or_default();
    if field("CompanyDB") != s.company_db
        || field("UserName") != s.username
        || field("Password") != s.password
    {
        return login_refused();
    }
    let session = session_id();
    s.sessions.insert(session.clone(), Instant::now());
    s.logins += 1;
    let minutes = (s.session_timeout.as_secs() / 60).max(1);
    Reply::json(
        StatusCode::OK,
        json!({
            "odata.metadata": "https://localhost:50000/b1s/v1/$metadata#B1Sessions/@Element",
            "SessionId": session,
            "Version": "1000220",
            "SessionTimeout": minutes,
        }),
    )
    .with_header("Set-Cookie", format!("B1SESSION={session};HttpOnly;"))
    .with_header("Set-Cookie", "ROUTEID=.node1; path=/b1s")
}

/// A session id shaped like the guide's `PTRzIjYK-weN6-1Lx1-ZG0J-3ARxfjcU0Shy`.
fn session_id() -> String {
    let mut rng = rand::thread_rng();
    let mut part = |n: usize| -> String {
        (&mut rng)
            .sample_iter(&rand::distributions::Alphanumeric)
            .take(n)
            .map(char::from)
            .collect()
    };
    format!(
        "{}-{}-{}-{}-{}",
        part(8),
        part(4),
        part(4),
        part(4),
        part(12)
    )
}

pub fn session_of(headers: &HeaderMap) -> Option<String> {
    let cookies = headers.get("cookie")?.to_str().ok()?;
    cookies
        .split(';')
        .map(str::trim)
        .find_map(|c| c.strip_prefix("B1SESSION="))
        .map(str::to_string)
}

pub fn logout(s: &mut SapState, headers: &HeaderMap) -> Reply {
    if let Some(session) = session_of(headers) {
        s.sessions.remove(&session);
    }
    Reply::empty(StatusCode::NO_CONTENT)
}

/// The cookie's session, touched on use so only idleness ends it.
pub fn admit(s: &mut SapState, headers: &HeaderMap) -> Result<(), Reply> {
    let timeout = s.session_timeout;
    let expired_by_fault = s.faults.expired_token;
    match session_of(headers).and_then(|id| s.sessions.get_mut(&id)) {
        Some(last) if !expired_by_fault && last.elapsed() < timeout => {
            *last = Instant::now();
            Ok(())
        }
        _ => Err(session_ended()),
    }
}
