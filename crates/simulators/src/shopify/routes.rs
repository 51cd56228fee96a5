//! Paths, the access token and the GraphQL endpoint's dispatch.
//!
//! Sources: shopify.dev/docs/api/admin-graphql (endpoint `POST /admin/api/{version}/graphql.json`,
//! header `X-Shopify-Access-Token`); shopify.dev/docs/api/usage/response-codes (401 with
//! `{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}`,
//! 429 with `Retry-After`, 5xx); the versioning page for `X-Shopify-API-Version` (`versions.rs`).

use std::time::Instant;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{SubsecRound, Utc};
use osd_model::Order;
use serde_json::{json, Value};

use super::selection::{self, Field, Operation};
use super::{bulk, cost, grant, orders, versions, SharedShop, ShopOrder};
use crate::faults::{pause, Faults, Trip};

pub fn router(state: SharedShop) -> Router {
    Router::new()
        .route("/admin/api/{version}/graphql.json", post(graphql))
        .route("/admin/oauth/access_token", post(grant::grant))
        .route("/__sim/faults", post(set_faults))
        .route("/__sim/orders", post(add_orders))
        .route("/__sim/bulk", get(bulk::journal))
        .route("/__sim/bulk/{file}", get(bulk::download))
        .with_state(state)
}

async fn set_faults(State(state): State<SharedShop>, Json(faults): Json<Faults>) -> StatusCode {
    match state.lock() {
        Ok(mut s) => {
            s.faults = faults;
            StatusCode::NO_CONTENT
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Tests add orders (in the app's own order shape); the shop then serves them in Shopify's.
async fn add_orders(State(state): State<SharedShop>, Json(orders): Json<Vec<Order>>) -> StatusCode {
    match state.lock() {
        Ok(mut s) => {
            // Shopify's timestamps (and so its cursors) stop at microseconds.
            let now = Utc::now().trunc_subsecs(6);
            s.orders.extend(orders.into_iter().map(|order| ShopOrder {
                order,
                updated_at: now,
                test: false,
                cancelled: false,
            }));
            StatusCode::NO_CONTENT
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn errors(status: StatusCode, text: &str) -> Response {
    (status, Json(json!({ "errors": text }))).into_response()
}

/// A GraphQL error answer (HTTP 200, no data), as Shopify sends for a query it refuses.
fn graphql_errors(list: Vec<Value>) -> Response {
    Json(json!({ "errors": list })).into_response()
}

fn fault(trip: Trip) -> Response {
    match trip {
        Trip::Maintenance => (
            StatusCode::SERVICE_UNAVAILABLE,
            [("Retry-After", "60")],
            "Shopify is down for maintenance",
        )
            .into_response(),
        Trip::ServerError => errors(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error"),
        Trip::RateLimited { retry_after } => {
            let wait = format!("{retry_after:.1}");
            (
                StatusCode::TOO_MANY_REQUESTS,
                [("Retry-After", wait.as_str())],
                Json(json!({"errors": "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."})),
            )
                .into_response()
        }
    }
}

async fn graphql(
    State(state): State<SharedShop>,
    Path(version): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
    let served = versions::serving(&version, Utc::now());
    let mut answer = answer(&state, &headers, &body);
    if let Ok(value) = HeaderValue::from_str(&served) {
        answer.headers_mut().insert("X-Shopify-API-Version", value);
    }
    answer
}

fn answer(state: &SharedShop, headers: &HeaderMap, body: &[u8]) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    s.requests += 1;
    let st = &mut *s;
    if let Some(trip) = st.faults.trip(&mut st.window) {
        return fault(trip);
    }
    let token = headers
        .get("X-Shopify-Access-Token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let granted = st
        .granted
        .get(token)
        .is_some_and(|until| *until > Instant::now());
    if (token != st.access_token && !granted) || st.faults.expired_token {
        return errors(
            StatusCode::UNAUTHORIZED,
            "[API] Invalid API key or access token (unrecognized login or wrong password)",
        );
    }
    let Ok(request) = serde_json::from_slice::<Value>(body) else {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"errors": {"query": "Required parameter missing or invalid"}})),
        )
            .into_response();
    };
    let query = request
        .get("query")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let variables = request.get("variables").cloned().unwrap_or(json!({}));
    let (operation, fields) = match selection::parse_operation(query) {
        Ok(parsed) => parsed,
        Err(why) => {
            return graphql_errors(vec![json!({ "message": format!("Parse error: {why}") })])
        }
    };
    let mut data = serde_json::Map::new();
    let (mut requested, mut actual) = (0.0, 0.0);
    for field in &fields {
        let full = match (operation, field.name.as_str()) {
            (Operation::Mutation, "bulkOperationRunQuery") => {
                // A throttled mutation does nothing: the export starts only once it is paid.
                if !st.bucket.can_pay(bulk::MUTATION_COST) {
                    return st.bucket.charge(bulk::MUTATION_COST, 0.0, Value::Null);
                }
                requested += bulk::MUTATION_COST;
                actual += bulk::MUTATION_COST;
                let payload = bulk::run_query(&mut st.exports, &st.orders, field, &variables);
                let key = field.alias.clone().unwrap_or_else(|| field.name.clone());
                match selection::project(&payload, &field.selections, std::slice::from_ref(&key)) {
                    Ok(value) => {
                        data.insert(key, value);
                    }
                    Err(undefined) => return graphql_errors(vec![undefined.to_error()]),
                }
                continue;
            }
            (Operation::Query, "ordersCount") => orders_count(&st.orders, field, &variables),
            (Operation::Query, "bulkOperation") => {
                let id = argument(field, "id", &variables);
                bulk::operation(&st.exports, id.as_ref().and_then(Value::as_str))
            }
            (Operation::Query, "shop") => {
                json!({ "__typename": "Shop", "name": st.shop_name, "currencyCode": st.currency })
            }
            (Operation::Query, "orders") => match orders_field(&st.orders, field, &variables) {
                Ok(value) => value,
                Err(error) => return graphql_errors(vec![error]),
            },
            (Operation::Query, "order") => match order_field(&st.orders, field, &variables) {
                Ok(value) => value,
                Err(error) => return graphql_errors(vec![error]),
            },
            (operation, other) => {
                let root = match operation {
                    Operation::Query => "QueryRoot",
                    Operation::Mutation => "Mutation",
                };
                let undefined = selection::UndefinedField {
                    type_name: root.into(),
                    field_name: other.into(),
                    path: vec![other.into()],
                };
                return graphql_errors(vec![undefined.to_error()]);
            }
        };
        let key = field.alias.clone().unwrap_or_else(|| field.name.clone());
        match selection::project(&full, &field.selections, std::slice::from_ref(&key)) {
            Ok(value) => {
                requested += cost::requested(field, &variables);
                actual += cost::actual(field, &value, &variables);
                data.insert(key, value);
            }
            Err(undefined) => return graphql_errors(vec![undefined.to_error()]),
        }
    }
    st.bucket.charge(requested, actual, Value::Object(data))
}

/// An argument's value: a literal, or the variable it names.
pub(super) fn argument(field: &Field, name: &str, variables: &Value) -> Option<Value> {
    let written = field.argument(name)?;
    match written.strip_prefix('$') {
        Some(variable) => variables.get(variable).cloned(),
        None => serde_json::from_str(written)
            .ok()
            .or_else(|| Some(Value::String(written.to_string()))),
    }
}

fn missing_first(path: &str) -> Value {
    json!({ "message": "you must provide one of first or last", "path": [path] })
}

/// The `lineItems(first:, after:)` nested in `field`, if it asks for line items.
fn line_item_page(field: &Field, variables: &Value) -> Result<orders::LinePage, Value> {
    let Some(nested) = field.find("lineItems") else {
        return Ok(orders::LinePage::default());
    };
    let first = argument(nested, "first", variables)
        .and_then(|v| v.as_u64())
        .filter(|f| (1..=250).contains(f))
        .ok_or_else(|| missing_first("lineItems"))?;
    let after = argument(nested, "after", variables).and_then(|v| v.as_str().map(str::to_string));
    Ok(orders::LinePage {
        first: first as usize,
        after,
    })
}

/// `orders(first:, after:, query:)`: the connection.
fn orders_field(all: &[ShopOrder], field: &Field, variables: &Value) -> Result<Value, Value> {
    let first = argument(field, "first", variables)
        .and_then(|v| v.as_u64())
        .filter(|f| (1..=250).contains(f))
        .ok_or_else(|| missing_first("orders"))?;
    let lines = line_item_page(field, variables)?;
    let after = argument(field, "after", variables);
    let search = argument(field, "query", variables);
    let page = orders::page(
        all,
        first,
        after.as_ref().and_then(Value::as_str),
        search.as_ref().and_then(Value::as_str),
    );
    Ok(orders::connection(&page, &lines))
}

/// `ordersCount(query:, limit:)`: a `Count` of the orders the search matches, up to `limit`
/// (10,000 when not given), `AT_LEAST` beyond it.
fn orders_count(all: &[ShopOrder], field: &Field, variables: &Value) -> Value {
    let search = argument(field, "query", variables);
    let limit = argument(field, "limit", variables)
        .and_then(|v| v.as_u64())
        .unwrap_or(10_000);
    let matching = orders::page(all, u64::MAX, None, search.as_ref().and_then(Value::as_str))
        .orders
        .len() as u64;
    json!({
        "__typename": "Count",
        "count": matching.min(limit),
        "precision": if matching > limit { "AT_LEAST" } else { "EXACT" },
    })
}

/// `order(id:)`: one order, or null when the shop has none with that id.
fn order_field(all: &[ShopOrder], field: &Field, variables: &Value) -> Result<Value, Value> {
    let id = argument(field, "id", variables)
        .and_then(|v| v.as_str().map(str::to_string))
        .ok_or_else(|| json!({ "message": "Field 'order' is missing required arguments: id", "path": ["order"] }))?;
    let lines = line_item_page(field, variables)?;
    Ok(all
        .iter()
        .find(|o| o.order.store_id == id)
        .map_or(Value::Null, |o| orders::node(o, &lines)))
}
