//! Paths and sign-in: which URL reaches which behaviour, and what every call passes through
//! first (the gateway's faults, then the credentials).
//!
//! Paths: Oracle's SuiteTalk REST base `/services/rest` with `record/v1/{record}[/{id}]`,
//! `query/v1/suiteql` and `auth/oauth2/v1/token` (`../shared/api-fixtures/netsuite/
//! request_response_flows.json`; REST API Browser 2026.1 as dumped in
//! wsjmnh/netsuite-record-rest-docs docs/records/salesOrder.md).

use std::sync::MutexGuard;

use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde_json::json;

use super::{
    auth, authorization_code, errors, lists, sales_orders, suiteql, NetSuiteState, SharedNetSuite,
};
use crate::faults::{cut_off, pause, Faults, Trip};

pub fn router(state: SharedNetSuite) -> Router {
    Router::new()
        .route("/services/rest/auth/oauth2/v1/token", post(auth::token))
        .route(
            "/services/rest/auth/oauth2/v1/revoke",
            post(authorization_code::revoke),
        )
        // On NetSuite these two live on the account's `app.netsuite.com` host.
        .route(
            "/app/login/oauth2/authorize.nl",
            get(authorization_code::authorize),
        )
        .route(
            "/app/login/oauth2/consent.nl",
            post(authorization_code::consent),
        )
        .route("/services/rest/query/v1/suiteql", post(suiteql::query))
        .route(
            "/services/rest/record/v1/salesOrder",
            post(sales_orders::create),
        )
        .route(
            "/services/rest/record/v1/salesOrder/{key}",
            get(sales_orders::read)
                .put(sales_orders::upsert)
                .delete(sales_orders::remove),
        )
        // Items (`noninventorysaleitem`) and customers.
        .route(
            "/services/rest/record/v1/{record}/{key}",
            put(lists::upsert),
        )
        // Not NetSuite: the knobs and the view tests and the end-to-end suite use.
        .route("/__sim/faults", post(set_faults))
        .route("/__sim/sales-orders", get(list_orders))
        .route(
            "/__sim/sales-orders/{id}",
            axum::routing::delete(delete_as_a_user),
        )
        .with_state(state)
}

/// Faults that apply to every request, checked in the order a real gateway would.
pub async fn gate(state: &SharedNetSuite) -> Option<Response> {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
    let Ok(mut s) = state.lock() else {
        return Some(StatusCode::INTERNAL_SERVER_ERROR.into_response());
    };
    s.requests += 1;
    if s.faults.breaks_off(s.requests) {
        return Some(cut_off(StatusCode::OK, r#"{"items":[]}"#, 0));
    }
    let st = &mut *s;
    Some(match st.faults.trip(&mut st.window)? {
        Trip::Maintenance => errors::maintenance(),
        Trip::ServerError => errors::unexpected_error("kz3j1q8x1u5c5j0qz0c9"),
        Trip::RateLimited { retry_after } => errors::rate_limited(retry_after),
    })
}

/// The gateway's faults, then the credentials: what every record and query call goes through.
pub async fn signed_in<'a>(
    state: &'a SharedNetSuite,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Result<MutexGuard<'a, NetSuiteState>, Box<Response>> {
    if let Some(response) = gate(state).await {
        return Err(Box::new(response));
    }
    let mut s = state
        .lock()
        .map_err(|_| Box::new(StatusCode::INTERNAL_SERVER_ERROR.into_response()))?;
    if !auth::authorized(&mut s, method, uri, headers) {
        return Err(Box::new(errors::invalid_login()));
    }
    Ok(s)
}

/// Signed in, and with the permission the record needs (permissions.rs).
pub async fn allowed<'a>(
    state: &'a SharedNetSuite,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    permission: &str,
) -> Result<MutexGuard<'a, NetSuiteState>, Box<Response>> {
    let s = signed_in(state, method, uri, headers).await?;
    match s.role.missing(&[permission]) {
        Some(lacking) => Err(Box::new(errors::insufficient_permission(lacking))),
        None => Ok(s),
    }
}

async fn set_faults(State(state): State<SharedNetSuite>, Json(faults): Json<Faults>) -> StatusCode {
    match state.lock() {
        Ok(mut s) => {
            s.faults = faults;
            StatusCode::NO_CONTENT
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// A sales order deleted by one of the account's users (Actions → Delete on the order, the
/// same as `DELETE /record/v1/salesOrder/{id}`), for the end-to-end suite, which holds no
/// NetSuite credentials.
async fn delete_as_a_user(
    State(state): State<SharedNetSuite>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> StatusCode {
    match state.lock() {
        Ok(mut s) => {
            if sales_orders::delete(&mut s, &id) {
                StatusCode::NO_CONTENT
            } else {
                StatusCode::NOT_FOUND
            }
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Every sales order with how often it was written and how many lines it holds, so a test
/// sees a duplicate or a doubled order at a glance.
async fn list_orders(State(state): State<SharedNetSuite>) -> Response {
    match state.lock() {
        Ok(s) => Json(json!({
            "count": s.account.sales_orders.len(),
            "items": s.account.sales_orders.iter().map(|o| json!({
                "id": o.id,
                "externalId": o.external_id,
                "writes": o.writes,
                "lines": o.lines.len(),
                "status": o.status,
                "tranDate": o.tran_date(),
            })).collect::<Vec<_>>(),
        }))
        .into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
