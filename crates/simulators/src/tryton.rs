//! Tryton's JSON-RPC on loopback, for the faults a real trytond cannot be made to show: a
//! timeout after the sale was committed, the login rate limit (429), an expired session (401
//! with an empty body), maintenance. It follows the wire format observed on trytond 8.0 (see
//! ../shared/research/tryton-jsonrpc.md): `/<db>/rpc/`, bodies of exactly id/method/params,
//! the context as the last parameter, errors inside HTTP 200.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use base64::Engine;
use serde_json::{json, Value};

use crate::faults::Faults;
use crate::server::{serve, Running};

#[derive(Debug, Clone)]
pub struct TrytonSale {
    pub id: i64,
    pub reference: String,
    pub state: String,
}

#[derive(Debug, Default)]
pub struct TrytonState {
    pub password: String,
    pub sales: Vec<TrytonSale>,
    pub faults: Faults,
    /// Answer the next login with 429, as after too many failed logins.
    pub throttle_logins: bool,
    pub logins: u64,
    sessions: HashSet<String>,
}

pub struct TrytonSimulator {
    pub state: Arc<Mutex<TrytonState>>,
    pub running: Running,
}

impl TrytonSimulator {
    pub async fn start(password: &str, port: u16) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(TrytonState {
            password: password.into(),
            ..TrytonState::default()
        }));
        let router = Router::new()
            .route("/{db}/rpc/", post(rpc))
            .with_state(state.clone());
        Ok(Self {
            state,
            running: serve(router, port).await?,
        })
    }

    pub fn base_url(&self) -> url::Url {
        self.running.base_url()
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut TrytonState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }

    /// Every session ends, as after `[session] max_age` or a server restart.
    pub fn expire_sessions(&self) {
        self.update(|s| s.sessions.clear());
    }
}

fn decimal(text: &str) -> Value {
    json!({ "__class__": "Decimal", "decimal": text })
}

fn date(y: i32, m: u32, d: u32) -> Value {
    json!({ "__class__": "date", "year": y, "month": m, "day": d })
}

fn rows(s: &TrytonState, model: &str, domain: &Value) -> Value {
    let references: Option<Vec<String>> = domain
        .get(0)
        .filter(|t| t.get(0).and_then(Value::as_str) == Some("reference"))
        .and_then(|t| t.get(2))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        });
    match model {
        "company.company" => json!([{ "id": 1, "rec_name": "Simulated Company" }]),
        "product.product" => json!([{ "id": 1, "code": "TSHIRT-BLK-M", "active": 1, "default_uom": 1 }]),
        "party.party" => json!([{ "id": 2, "name": "Ada Lovelace", "email": "customer1@example.com", "addresses": [2] }]),
        "currency.currency" => json!([{ "id": 1, "code": "USD", "active": 1 }]),
        "account.tax" => json!([{ "id": 1, "name": "CA State Tax", "rate": decimal("0.0725") }]),
        "account.period" => json!([{ "id": 1, "name": "2026-11", "state": "open", "start_date": date(2026, 11, 1), "end_date": date(2026, 11, 30) }]),
        "sale.sale" => Value::Array(
            s.sales
                .iter()
                .filter(|sale| references.as_ref().is_none_or(|r| r.contains(&sale.reference)))
                .map(|sale| json!({ "id": sale.id, "reference": sale.reference, "state": sale.state, "number": sale.id.to_string() }))
                .collect(),
        ),
        _ => json!([]),
    }
}

async fn rpc(
    State(state): State<Arc<Mutex<TrytonState>>>,
    Path(_db): Path<String>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if s.faults.maintenance {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "<html><body>Service Unavailable</body></html>",
        )
            .into_response();
    }
    let id = body.get("id").cloned().unwrap_or(Value::Null);
    let method = body
        .get("method")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let params = body
        .get("params")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let result = |value: Value| Json(json!({ "id": id, "result": value })).into_response();
    if method == "common.db.login" {
        if s.throttle_logins {
            return (
                StatusCode::TOO_MANY_REQUESTS,
                "<p>This user has exceeded an allotted request count. Try again later.</p>",
            )
                .into_response();
        }
        if params
            .get(1)
            .and_then(|p| p.get("password"))
            .and_then(Value::as_str)
            != Some(s.password.as_str())
        {
            return (
                StatusCode::UNAUTHORIZED,
                "<html><body>Unauthorized</body></html>",
            )
                .into_response();
        }
        s.logins += 1;
        let token = format!("{:064x}", s.logins);
        s.sessions.insert(token.clone());
        return result(json!([1, token, null]));
    }
    // `Session base64(login:user:token)`; an unknown token is a 401 with an empty body.
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Session "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|t| t.rsplit(':').next().map(str::to_string))
        .unwrap_or_default();
    if !s.sessions.contains(&token) || s.faults.expired_token {
        return (
            StatusCode::UNAUTHORIZED,
            [("WWW-Authenticate", "Basic realm=\"Tryton\"")],
            "",
        )
            .into_response();
    }
    match method.as_str() {
        "model.res.user.get_preferences" => result(json!({ "company": 1, "language": "en" })),
        "model.sale.sale.create" => {
            let reference = params
                .first()
                .and_then(|v| v.pointer("/0/reference"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            if s.faults.timeout_before_commit.remove(&reference) {
                return (
                    StatusCode::GATEWAY_TIMEOUT,
                    "<html><body>504 Gateway Time-out</body></html>",
                )
                    .into_response();
            }
            let sale_id = 1 + s.sales.len() as i64;
            s.sales.push(TrytonSale {
                id: sale_id,
                reference: reference.clone(),
                state: "draft".into(),
            });
            if s.faults.timeout_after_commit.remove(&reference) {
                return (
                    StatusCode::GATEWAY_TIMEOUT,
                    "<html><body>504 Gateway Time-out</body></html>",
                )
                    .into_response();
            }
            result(json!([sale_id]))
        }
        "model.sale.sale.quote" | "model.sale.sale.confirm" => {
            let next = if method.ends_with("quote") {
                "quotation"
            } else {
                "processing"
            };
            for sale_id in params
                .first()
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_i64)
            {
                if let Some(sale) = s.sales.iter_mut().find(|sale| sale.id == sale_id) {
                    sale.state = next.into();
                }
            }
            result(Value::Null)
        }
        "model.sale.sale.read" => {
            let wanted: Vec<i64> = params
                .first()
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_i64)
                .collect();
            result(Value::Array(s.sales.iter().filter(|sale| wanted.contains(&sale.id)).map(|sale| json!({ "id": sale.id, "reference": sale.reference, "state": sale.state, "number": sale.id.to_string() })).collect()))
        }
        m if m.ends_with(".search_read") => {
            let model = m
                .trim_start_matches("model.")
                .trim_end_matches(".search_read");
            result(rows(&s, model, params.first().unwrap_or(&Value::Null)))
        }
        // An unknown method on a real model: Tryton answers 403.
        _ => (StatusCode::FORBIDDEN, "<html><body>Forbidden</body></html>").into_response(),
    }
}
