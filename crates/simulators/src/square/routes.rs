//! Square's paths, each following its entry in the OpenAPI document (quoted where it decides
//! a behaviour), with bearer authentication, the fault knobs, and the journal.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::{Exchange, SharedSquare, SquareState};
use crate::faults::{pause, Faults, Trip};

/// SearchOrdersRequest.location_ids: "Max: 10 location IDs."
const MAX_LOCATIONS: usize = 10;
/// SearchOrdersRequest.limit: "Default: `500` Max: `1000`".
const DEFAULT_LIMIT: usize = 500;
const MAX_LIMIT: usize = 1000;

pub fn router(state: SharedSquare) -> Router {
    Router::new()
        .route("/v2/locations", get(locations))
        .route("/v2/orders/search", post(search_orders))
        .route("/v2/catalog/batch-retrieve", post(batch_retrieve_catalog))
        .route("/v2/customers/bulk-retrieve", post(bulk_retrieve_customers))
        .route("/oauth2/authorize", get(super::oauth::authorize))
        .route("/oauth2/authorize/decision", post(super::oauth::decide))
        .route("/oauth2/token", post(super::oauth::obtain_token))
        .route("/__sim/faults", post(set_faults))
        .fallback(not_found)
        .with_state(state)
}

async fn set_faults(State(state): State<SharedSquare>, Json(faults): Json<Faults>) -> StatusCode {
    match state.lock() {
        Ok(mut s) => {
            s.faults = faults;
            StatusCode::NO_CONTENT
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

async fn not_found() -> Response {
    let body = errors(
        "INVALID_REQUEST_ERROR",
        "NOT_FOUND",
        "Resource not found.",
        None,
    );
    (StatusCode::NOT_FOUND, Json(body)).into_response()
}

/// Square's error body: `{"errors": [{category, code, detail, field}]}`.
pub fn errors(category: &str, code: &str, detail: &str, field: Option<&str>) -> Value {
    let mut error = json!({ "category": category, "code": code, "detail": detail });
    if let Some(field) = field {
        error["field"] = json!(field);
    }
    json!({ "errors": [error] })
}

/// What a path asks of the caller (each operation's `security` in the document).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Guard {
    /// `security: []`: ObtainToken, which is how a token is had.
    Open,
    /// A bearer token.
    Token,
    /// A bearer token with the operation's OAuth scope.
    Scoped,
}

/// One request through the shared steps: latency, faults, the bearer token, the handler, and
/// the journal.
pub(super) async fn exchange(
    state: &SharedSquare,
    method: &str,
    path: &str,
    headers: &HeaderMap,
    body: Option<&Bytes>,
    guard: Guard,
    handle: impl FnOnce(&mut SquareState, Option<&Value>) -> (StatusCode, Value),
) -> Response {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let request = body.map(|b| serde_json::from_slice::<Value>(b).map_err(|e| e.to_string()));
    let version = headers
        .get("square-version")
        .and_then(|v| v.to_str().ok())
        .map(String::from);
    let (status, answer) = match &request {
        Some(Err(error)) => (
            StatusCode::BAD_REQUEST,
            errors(
                "INVALID_REQUEST_ERROR",
                "BAD_REQUEST",
                &format!("Invalid JSON: {error}"),
                None,
            ),
        ),
        _ => {
            let st = &mut *s;
            let trip = st.faults.trip(&mut st.window);
            let parsed = request.as_ref().and_then(|r| r.as_ref().ok());
            let refused = match guard {
                Guard::Open => None,
                Guard::Token | Guard::Scoped => refusal(st, headers, guard == Guard::Scoped),
            };
            match (trip, refused) {
                (Some(trip), _) => tripped(trip),
                (None, Some(refused)) => refused,
                (None, None) => handle(st, parsed),
            }
        }
    };
    if s.keep_journal {
        s.journal.push(Exchange {
            method: method.into(),
            path: path.into(),
            request: request.and_then(Result::ok),
            version,
            status: status.as_u16(),
            answer: answer.clone(),
        });
    }
    (status, Json(answer)).into_response()
}

fn tripped(trip: Trip) -> (StatusCode, Value) {
    match trip {
        Trip::Maintenance => (
            StatusCode::SERVICE_UNAVAILABLE,
            errors(
                "API_ERROR",
                "SERVICE_UNAVAILABLE",
                "The service is temporarily unavailable.",
                None,
            ),
        ),
        Trip::ServerError => (
            StatusCode::INTERNAL_SERVER_ERROR,
            errors(
                "API_ERROR",
                "INTERNAL_SERVER_ERROR",
                "An internal error has occurred, and the API was unable to service your request.",
                None,
            ),
        ),
        Trip::RateLimited { .. } => (
            StatusCode::TOO_MANY_REQUESTS,
            errors(
                "RATE_LIMIT_ERROR",
                "RATE_LIMITED",
                "Rate limit exceeded for this endpoint.",
                None,
            ),
        ),
    }
}

/// `Authorization: Bearer <token>`: absent or unknown is UNAUTHORIZED, an expired one
/// ACCESS_TOKEN_EXPIRED, a token without the endpoint's permission INSUFFICIENT_SCOPES.
/// The categories and codes are the document's `ErrorCategory` / `ErrorCode` values; the HTTP
/// status of each and the `detail` wording are not in the document and are ours (the connector
/// reads only category, code and field, never the wording).
fn refusal(s: &SquareState, headers: &HeaderMap, scoped: bool) -> Option<(StatusCode, Value)> {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let personal = !s.access_token.is_empty() && token == Some(s.access_token.as_str());
    let issued = token.and_then(|t| s.issued_tokens.get(t));
    if !personal && issued.is_none() {
        return Some((
            StatusCode::UNAUTHORIZED,
            errors(
                "AUTHENTICATION_ERROR",
                "UNAUTHORIZED",
                "This request could not be authorized.",
                None,
            ),
        ));
    }
    // An OAuth access token ends 30 days after ObtainToken issued it.
    if s.faults.expired_token || issued.is_some_and(|end| *end <= Utc::now()) {
        return Some((
            StatusCode::UNAUTHORIZED,
            errors(
                "AUTHENTICATION_ERROR",
                "ACCESS_TOKEN_EXPIRED",
                "The access token has expired.",
                None,
            ),
        ));
    }
    if scoped && s.missing_scopes {
        return Some((
            StatusCode::FORBIDDEN,
            errors(
                "AUTHENTICATION_ERROR",
                "INSUFFICIENT_SCOPES",
                "The merchant has not given your application sufficient permissions to do that. The accepted scopes are: ORDERS_READ",
                None,
            ),
        ));
    }
    None
}

async fn locations(State(state): State<SharedSquare>, headers: HeaderMap) -> Response {
    exchange(
        &state,
        "GET",
        "/v2/locations",
        &headers,
        None,
        Guard::Token,
        |s, _| (StatusCode::OK, json!({ "locations": s.locations })),
    )
    .await
}

pub(super) fn invalid(code: &str, detail: &str, field: Option<&str>) -> (StatusCode, Value) {
    (
        StatusCode::BAD_REQUEST,
        errors("INVALID_REQUEST_ERROR", code, detail, field),
    )
}

fn time(value: Option<&Value>) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(value?.as_str()?)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// The opaque cursor: where the next page starts, and the query's end time, which "if absent,
/// defaults to the time of the first request for the cursor" (SearchOrdersDateTimeFilter).
fn cursor_text(offset: usize, until: DateTime<Utc>) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(format!("{offset}|{}", until.to_rfc3339()))
}

fn read_cursor(text: &str) -> Option<(usize, DateTime<Utc>)> {
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text)
        .ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (offset, until) = text.split_once('|')?;
    Some((
        offset.parse().ok()?,
        DateTime::parse_from_rfc3339(until)
            .ok()?
            .with_timezone(&Utc),
    ))
}

async fn search_orders(
    State(state): State<SharedSquare>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    exchange(
        &state,
        "POST",
        "/v2/orders/search",
        &headers,
        Some(&body),
        Guard::Scoped,
        |s, request| search(s, request.unwrap_or(&Value::Null)),
    )
    .await
}

fn search(s: &SquareState, request: &Value) -> (StatusCode, Value) {
    let locations = match required_ids(Some(request), "location_ids") {
        Ok(ids) => ids,
        Err(refused) => return refused,
    };
    if locations.len() > MAX_LOCATIONS {
        return invalid(
            "VALUE_TOO_HIGH",
            "Must provide at most 10 location_ids.",
            Some("location_ids"),
        );
    }
    if let Some(unknown) = locations
        .iter()
        .find(|id| !s.locations.iter().any(|l| l["id"] == **id))
    {
        return invalid(
            "NOT_FOUND",
            &format!("Location `{unknown}` not found."),
            Some("location_ids"),
        );
    }
    let limit = match request.get("limit").and_then(Value::as_u64) {
        None => DEFAULT_LIMIT,
        Some(n) if n as usize > MAX_LIMIT || n == 0 => {
            return invalid(
                "VALUE_TOO_HIGH",
                "The value of `limit` must be between 1 and 1000.",
                Some("limit"),
            )
        }
        Some(n) => n as usize,
    };
    let query = request.get("query").cloned().unwrap_or(Value::Null);
    let filter = &query["filter"];
    let sort_field = query["sort"]["sort_field"].as_str().unwrap_or("CREATED_AT");
    let ascending = query["sort"]["sort_order"].as_str() == Some("ASC");
    let field = match sort_field {
        "CREATED_AT" => "created_at",
        "UPDATED_AT" => "updated_at",
        _ => "closed_at",
    };
    let range = &filter["date_time_filter"];
    if let Some(filtered) = ["created_at", "updated_at", "closed_at"]
        .into_iter()
        .find(|f| !range[*f].is_null())
    {
        if filtered != field {
            // The document says only that SearchOrders "returns an error"; the code is ours.
            return invalid(
                "INVALID_SORT_ORDER",
                "The sort_field must match the field used in the date_time_filter.",
                Some("query.sort.sort_field"),
            );
        }
    }
    let (offset, until) = match request.get("cursor").and_then(Value::as_str) {
        Some(text) => match read_cursor(text) {
            Some(read) => read,
            None => return invalid("INVALID_CURSOR", "The cursor is not valid.", Some("cursor")),
        },
        None => (0, Utc::now()),
    };
    let start = time(range[field].get("start_at"));
    let end = time(range[field].get("end_at")).unwrap_or(until);
    let states: Option<Vec<&str>> = filter["state_filter"]["states"]
        .as_array()
        .map(|states| states.iter().filter_map(Value::as_str).collect());
    let mut found: Vec<&Value> = s
        .orders
        .iter()
        .filter(|o| locations.iter().any(|l| o["location_id"] == *l))
        .filter(|o| {
            states
                .as_ref()
                .is_none_or(|st| st.iter().any(|state| o["state"] == *state))
        })
        .filter(|o| {
            // Both ends inclusive (SearchOrdersDateTimeFilter).
            time(o.get(field)).is_some_and(|t| start.is_none_or(|s| t >= s) && t <= end)
        })
        .collect();
    // The time is parsed once an order, not at every comparison.
    found.sort_by_cached_key(|o| time(o.get(field)));
    if !ascending {
        found.reverse();
    }
    let page: Vec<&Value> = found.iter().skip(offset).take(limit).copied().collect();
    let mut answer = json!({});
    // An empty search answers `{}`: `orders` is only set when orders match.
    if !page.is_empty() {
        answer["orders"] = json!(page);
    }
    if offset + page.len() < found.len() {
        answer["cursor"] = json!(cursor_text(offset + page.len(), until));
    }
    (StatusCode::OK, answer)
}

/// A bulk call's list of ids; refused as Square refuses a missing required parameter.
fn required_ids<'a>(
    request: Option<&'a Value>,
    field: &str,
) -> Result<Vec<&'a str>, (StatusCode, Value)> {
    let ids: Vec<&str> = request
        .and_then(|r| r.get(field))
        .and_then(Value::as_array)
        .map(|ids| ids.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if ids.is_empty() {
        return Err(invalid(
            "MISSING_REQUIRED_PARAMETER",
            "Missing required parameter.",
            Some(field),
        ));
    }
    Ok(ids)
}

async fn batch_retrieve_catalog(
    State(state): State<SharedSquare>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    exchange(
        &state,
        "POST",
        "/v2/catalog/batch-retrieve",
        &headers,
        Some(&body),
        Guard::Scoped,
        |s, request| {
            let ids = match required_ids(request, "object_ids") {
                Ok(ids) => ids,
                Err(refused) => return refused,
            };
            // Unknown ids are left out of `objects`, not reported as errors.
            let objects: Vec<&Value> = s
                .catalog
                .iter()
                .filter(|o| ids.iter().any(|id| o["id"] == *id))
                .collect();
            let mut answer = json!({});
            if !objects.is_empty() {
                answer["objects"] = json!(objects);
            }
            (StatusCode::OK, answer)
        },
    )
    .await
}

async fn bulk_retrieve_customers(
    State(state): State<SharedSquare>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    exchange(
        &state,
        "POST",
        "/v2/customers/bulk-retrieve",
        &headers,
        Some(&body),
        Guard::Scoped,
        |s, request| {
            let ids = match required_ids(request, "customer_ids") {
                Ok(ids) => ids,
                Err(refused) => return refused,
            };
            // "Each key is the customer ID that was specified for a retrieve request and each
            // value is the corresponding response" (BulkRetrieveCustomersResponse.responses).
            // One pass over the customers, not one per id: a shop at scale holds thousands.
            let wanted: std::collections::HashSet<&str> = ids.iter().copied().collect();
            let by_id: std::collections::HashMap<&str, &Value> = s
                .customers
                .iter()
                .filter_map(|c| Some((c["id"].as_str()?, c)))
                .filter(|(id, _)| wanted.contains(id))
                .collect();
            let mut responses = serde_json::Map::new();
            for id in ids {
                let answer = match by_id.get(id) {
                    Some(customer) => json!({ "customer": customer }),
                    None => errors(
                        "INVALID_REQUEST_ERROR",
                        "NOT_FOUND",
                        &format!("Customer with ID `{id}` not found."),
                        None,
                    ),
                };
                responses.insert(id.to_string(), answer);
            }
            (StatusCode::OK, json!({ "responses": responses }))
        },
    )
    .await
}
