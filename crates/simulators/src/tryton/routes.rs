//! The one path `/<db>/rpc/`: login, the `Session` header, the faults, and dispatch to the
//! models. Answers as trytond 8.0 gave them (../shared/research/tryton-jsonrpc.md).

use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use base64::Engine;
use serde_json::{json, Value};

use super::domain::{holds, mentions, project};
use super::TrytonState;
use crate::faults::pause;

type Shared = Arc<Mutex<TrytonState>>;

pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/{db}/rpc/", post(rpc))
        .with_state(state)
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

fn ids(value: Option<&Value>) -> Vec<i64> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_i64)
        .collect()
}

/// `search_read(domain, offset, limit, order, fields)`: deactivated records left out unless
/// the domain names `active`; `order` `[["id", "ASC"]]`; an unknown field is a plain exception
/// (`["'name'", ""]`).
fn search_read(s: &TrytonState, model: &str, params: &[Value]) -> Result<Value, Value> {
    let Some((rows, deactivable)) = s.rows(model) else {
        return Err(json!([format!("'{model}'"), ""]));
    };
    let domain = params.first().cloned().unwrap_or(Value::Null);
    let active_only = deactivable && !mentions(&domain, "active");
    let mut found = Vec::new();
    for row in rows {
        let active = row
            .get("_active")
            .or_else(|| row.get("active"))
            .is_none_or(|a| a == &json!(1) || a == &json!(true));
        if active_only && !active {
            continue;
        }
        if holds(&row, &domain).map_err(|e| json!([e, ""]))? {
            found.push(row);
        }
    }
    let descending = params
        .get(3)
        .and_then(|o| o.pointer("/0/1"))
        .and_then(Value::as_str)
        == Some("DESC");
    found.sort_by_key(|r| r.get("id").and_then(Value::as_i64).unwrap_or(0));
    if descending {
        found.reverse();
    }
    let offset = params.get(1).and_then(Value::as_u64).unwrap_or(0);
    let limit = params.get(2).and_then(Value::as_u64);
    let fields = strings(params.get(4));
    found
        .iter()
        .skip(usize::try_from(offset).unwrap_or(usize::MAX))
        .take(
            limit
                .and_then(|l| usize::try_from(l).ok())
                .unwrap_or(usize::MAX),
        )
        .map(|row| project(row, &fields).map(Value::Object))
        .collect::<Result<Vec<_>, _>>()
        .map(Value::Array)
        .map_err(|field| json!([format!("'{field}'"), ""]))
}

fn timeout() -> Response {
    (
        StatusCode::GATEWAY_TIMEOUT,
        "<html><body>504 Gateway Time-out</body></html>",
    )
        .into_response()
}

async fn rpc(
    State(state): State<Shared>,
    Path(_db): Path<String>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    s.requests += 1;
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
    let answer = |outcome: Result<Value, Value>| {
        Json(match outcome {
            Ok(result) => json!({ "id": id, "result": result }),
            Err(error) => json!({ "id": id, "error": error }),
        })
        .into_response()
    };
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
        return answer(Ok(json!([1, token, null])));
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
    let today = chrono::Utc::now().date_naive();
    let Some((model, call)) = method
        .strip_prefix("model.")
        .and_then(|m| m.rsplit_once('.'))
    else {
        return (StatusCode::FORBIDDEN, "<html><body>Forbidden</body></html>").into_response();
    };
    match (model, call) {
        ("res.user", "get_preferences") => answer(Ok(json!({ "company": 1, "language": "en" }))),
        ("sale.sale", "create") => {
            let vals_list = params
                .first()
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            // A fault armed for any sale of the list hits the whole request, as a lost answer
            // does: one request, one transaction (trytond `model/modelstorage.py`, `create`
            // takes a list of values).
            let references: Vec<String> = vals_list
                .iter()
                .filter_map(|v| v.get("reference").and_then(Value::as_str))
                .map(str::to_string)
                .collect();
            let armed = |set: &mut std::collections::HashSet<String>| {
                references.iter().any(|r| set.remove(r))
            };
            if armed(&mut s.faults.timeout_before_commit) {
                return timeout();
            }
            let created = s.create_sales(&vals_list, today);
            if created.is_ok() && armed(&mut s.faults.timeout_after_commit) {
                return timeout();
            }
            answer(created.map(|ids| json!(ids)))
        }
        ("sale.sale", "quote" | "confirm" | "cancel" | "process" | "delete") => {
            // The buttons take a list of sales (tryton/modules `sale/sale.py`: `quote(cls,
            // sales)`, `confirm(cls, sales)`) in the request's one transaction, rolled back on
            // an exception (trytond `doc/ref/transaction.rst`): one refused, none moved.
            let before = s.sales.clone();
            let mut outcome = Ok(Value::Null);
            for sale in ids(params.first()) {
                let done = if call == "delete" {
                    s.delete_sale(sale)
                } else {
                    s.press(call, sale, today)
                };
                if let Err(e) = done {
                    s.sales = before;
                    outcome = Err(e);
                    break;
                }
            }
            answer(outcome)
        }
        ("sale.sale", "read") => {
            let wanted = ids(params.first());
            let fields = strings(params.get(1));
            let rows: Result<Vec<Value>, Value> = s
                .sales
                .iter()
                .filter(|sale| wanted.contains(&sale.id))
                .map(|sale| {
                    project(&s.sale_row(sale), &fields)
                        .map(Value::Object)
                        .map_err(|f| json!([format!("'{f}'"), ""]))
                })
                .collect();
            answer(rows.map(Value::Array))
        }
        (model, "search_read") => answer(search_read(&s, model, &params)),
        (model, "fields_get") => match s.fields_get(model, &strings(params.first())) {
            Some(described) => answer(Ok(described)),
            None => (StatusCode::FORBIDDEN, "<html><body>Forbidden</body></html>").into_response(),
        },
        // An unknown method on a real model: Tryton answers 403.
        _ => (StatusCode::FORBIDDEN, "<html><body>Forbidden</body></html>").into_response(),
    }
}
