//! Paths, authentication and the faults every request can meet; the models' behaviour is in
//! `orm`. Source of the envelopes: odoo/odoo `odoo/http.py` (`/jsonrpc` errors inside HTTP
//! 200; JSON-2, from 19, with real statuses and a flat exception body), `odoo/service/
//! common.py` (`version`, `authenticate` answering `false` to a wrong login).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};

use super::exceptions::{exception, rpc_error};
use super::orm::{execute, Arguments};
use super::{OdooState, SharedOdoo};
use crate::faults::{pause, Trip};

pub fn router(state: SharedOdoo) -> Router {
    Router::new()
        .route("/jsonrpc", post(jsonrpc))
        .route("/json/2/{model}/{method}", post(json2))
        .with_state(state)
}

async fn delay(state: &SharedOdoo) {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
}

/// Faults that meet every request, whatever the protocol; `Some` is the answer instead.
fn tripped(s: &mut OdooState) -> Option<Response> {
    s.requests += 1;
    let st = &mut *s;
    Some(match st.faults.trip(&mut st.window)? {
        Trip::Maintenance => (
            StatusCode::SERVICE_UNAVAILABLE,
            [("Retry-After", "300")],
            "<html><body><h1>503 Service Unavailable</h1></body></html>",
        )
            .into_response(),
        Trip::ServerError => (
            StatusCode::BAD_GATEWAY,
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
        )
            .into_response(),
        Trip::RateLimited { .. } => (
            StatusCode::TOO_MANY_REQUESTS,
            [("Retry-After", "1")],
            "<html><body><h1>429 Too Many Requests</h1></body></html>",
        )
            .into_response(),
    })
}

/// A write armed to time out, before or after it is committed.
fn timed_out(s: &mut OdooState, reference: Option<&str>, committed: bool) -> Option<Response> {
    let reference = reference?.to_string();
    let fired = if committed {
        s.faults.timeout_after_commit.remove(&reference)
    } else {
        s.faults.timeout_before_commit.remove(&reference)
    };
    fired.then(|| {
        (
            StatusCode::GATEWAY_TIMEOUT,
            "<html><body><h1>504 Gateway Time-out</h1></body></html>",
        )
            .into_response()
    })
}

fn reference_of(model: &str, method: &str, vals_list: &Value) -> Option<String> {
    (model == "sale.order" && method == "create")
        .then(|| {
            vals_list
                .pointer("/0/client_order_ref")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .flatten()
}

fn text_at(value: &Value, pointer: &str) -> String {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

async fn jsonrpc(State(state): State<SharedOdoo>, Json(body): Json<Value>) -> Response {
    delay(&state).await;
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let id = body.get("id").cloned().unwrap_or(Value::Null);
    let service = text_at(&body, "/params/service");
    let method = text_at(&body, "/params/method");
    let args = body
        .pointer("/params/args")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let release = s.release;
    let object_call = service == "object" && method == "execute_kw";
    let model = args.get(3).and_then(Value::as_str).unwrap_or_default();
    let model_method = args.get(4).and_then(Value::as_str).unwrap_or_default();
    let call_args = args
        .get(5)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let reference = object_call
        .then(|| {
            reference_of(
                model,
                model_method,
                call_args.first().unwrap_or(&Value::Null),
            )
        })
        .flatten();
    if let Some(response) =
        tripped(&mut s).or_else(|| timed_out(&mut s, reference.as_deref(), false))
    {
        return response;
    }
    let error = |code: i64, message: &str, data: Value| {
        Json(rpc_error(&id, release, code, message, data)).into_response()
    };
    match (service.as_str(), method.as_str()) {
        ("common", "version") => {
            Json(json!({"jsonrpc": "2.0", "id": id, "result": release.answer()})).into_response()
        }
        ("common", "authenticate" | "login") => {
            let ok = args.first().and_then(Value::as_str) == Some(s.database.as_str())
                && args.get(1).and_then(Value::as_str) == Some(s.login.as_str())
                && args.get(2).and_then(Value::as_str) == Some(s.api_key.as_str())
                && !s.faults.expired_token;
            s.authentications += 1;
            // A wrong login is `false`, not an error.
            let uid = if ok { json!(2) } else { json!(false) };
            Json(json!({"jsonrpc": "2.0", "id": id, "result": uid})).into_response()
        }
        ("object", "execute_kw") => {
            if s.expire_next_call {
                s.expire_next_call = false;
                return error(
                    100,
                    "Odoo Session Expired",
                    exception("odoo.http.SessionExpiredException", "Session expired"),
                );
            }
            if args.get(2).and_then(Value::as_str) != Some(s.api_key.as_str())
                || s.faults.expired_token
            {
                return error(
                    200,
                    "Odoo Server Error",
                    exception("odoo.exceptions.AccessDenied", "Access Denied"),
                );
            }
            let kwargs = args
                .get(6)
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            let arguments = Arguments {
                positional: &call_args,
                named: &kwargs,
            };
            match execute(&mut s, model, model_method, &arguments) {
                Ok(result) => {
                    if let Some(response) = timed_out(&mut s, reference.as_deref(), true) {
                        return response;
                    }
                    Json(json!({"jsonrpc": "2.0", "id": id, "result": result})).into_response()
                }
                Err(data) => error(200, "Odoo Server Error", data),
            }
        }
        _ => error(
            404,
            "404: Not Found",
            exception("werkzeug.exceptions.NotFound", "404 Not Found"),
        ),
    }
}

async fn json2(
    State(state): State<SharedOdoo>,
    headers: HeaderMap,
    Path((model, method)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    delay(&state).await;
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let named = body.as_object().cloned().unwrap_or_default();
    let reference = reference_of(
        &model,
        &method,
        named.get("vals_list").unwrap_or(&Value::Null),
    );
    if let Some(response) =
        tripped(&mut s).or_else(|| timed_out(&mut s, reference.as_deref(), false))
    {
        return response;
    }
    // Source: odoo/documentation external_api.rst, "versionadded 19.0".
    if !s.release.at_least(19, 0) {
        return (
            StatusCode::NOT_FOUND,
            "<html><body><h1>404 Not Found</h1></body></html>",
        )
            .into_response();
    }
    let key = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("bearer ")
                .or_else(|| v.strip_prefix("Bearer "))
        })
        .unwrap_or_default();
    let database = headers
        .get("x-odoo-database")
        .and_then(|v| v.to_str().ok())
        .unwrap_or(s.database.as_str())
        .to_string();
    if key != s.api_key || database != s.database || s.faults.expired_token {
        return (StatusCode::UNAUTHORIZED, Json(json!({"name": "werkzeug.exceptions.Unauthorized", "message": "Invalid apikey", "arguments": ["Invalid apikey", 401], "context": {}, "debug": ""}))).into_response();
    }
    let arguments = Arguments {
        positional: &[],
        named: &named,
    };
    match execute(&mut s, &model, &method, &arguments) {
        Ok(result) => {
            if let Some(response) = timed_out(&mut s, reference.as_deref(), true) {
                return response;
            }
            Json(result).into_response()
        }
        Err(error) => {
            let status = match error
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
            {
                n if n.ends_with("ValidationError") => StatusCode::UNPROCESSABLE_ENTITY,
                n if n.ends_with("MissingError") => StatusCode::NOT_FOUND,
                // odoo/odoo `odoo/http.py`: `Forbidden(exc.args[0])` for an AccessError.
                n if n.ends_with("AccessError") => StatusCode::FORBIDDEN,
                _ => StatusCode::INTERNAL_SERVER_ERROR,
            };
            (status, Json(error)).into_response()
        }
    }
}
