//! Paths and authentication: the Entra ID token endpoint, the company-scoped API v2.0 paths,
//! and the simulator's own `/__sim/…` endpoints. What each resource does is decided in its
//! module (`orders`, `posting`, `master`).

use std::collections::HashMap;
use std::time::Instant;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use rand::Rng;
use serde_json::{json, Value};

use super::odata::{self, correlation, error, Filter, Row};
use super::pages::{self, Page};
use super::posting::{self, PostingRefused};
use super::{entra, master, orders, BcState, SharedBc};
use crate::faults::{cut_off, pause, Faults, Trip};

pub fn router(state: SharedBc) -> Router {
    Router::new()
        .route("/{tenant}/oauth2/v2.0/token", post(token))
        .route("/{tenant}/oauth2/v2.0/authorize", get(entra::authorize))
        .route(
            "/{tenant}/oauth2/v2.0/authorize/consent",
            post(entra::consent),
        )
        .route("/__sim/entra/revoke-sessions", post(entra::revoke_sessions))
        .route(
            "/v2.0/{tenant}/{env}/api/v2.0/{*path}",
            get(dispatch).post(dispatch).delete(dispatch),
        )
        .route("/__sim/faults", post(set_faults))
        .route("/__sim/sales-orders", get(list_sim_orders))
        .with_state(state)
}

async fn set_faults(State(state): State<SharedBc>, Json(faults): Json<Faults>) -> StatusCode {
    match state.lock() {
        Ok(mut s) => {
            s.faults = faults;
            StatusCode::NO_CONTENT
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Every document the company holds for an order (open orders and posted invoices), for
/// tools and end-to-end tests; Business Central never overwrites one, so each was written
/// once.
async fn list_sim_orders(State(state): State<SharedBc>) -> Response {
    match state.lock() {
        Ok(s) => {
            let documents = orders::documents(&s);
            Json(json!({
                "count": documents.len(),
                "items": documents.iter().map(|(id, external)| json!({"id": id, "externalId": external, "writes": 1})).collect::<Vec<_>>(),
            }))
            .into_response()
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// Microsoft Entra ID's client-credentials grant. Source: Microsoft's "Service-to-service
/// authentication" sample (`automation-apis-using-s2s-authentication.md`); the AADSTS texts
/// are Entra's own.
async fn token(
    State(state): State<SharedBc>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let get = |k: &str| form.get(k).cloned().unwrap_or_default();
    if matches!(
        get("grant_type").as_str(),
        "authorization_code" | "refresh_token"
    ) {
        return entra::public_client_grant(&mut s, &form);
    }
    if get("grant_type") != "client_credentials" || !get("scope").ends_with("/.default") {
        return (StatusCode::BAD_REQUEST, Json(json!({"error": "invalid_request", "error_description": "AADSTS900144: The request body must contain the following parameter: 'grant_type'."}))).into_response();
    }
    if get("client_id") != s.client_id || get("client_secret") != s.client_secret {
        return (StatusCode::UNAUTHORIZED, Json(json!({"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."}))).into_response();
    }
    let lifetime = s.token_lifetime;
    let token = issue_token(&mut s);
    Json(json!({ "token_type": "Bearer", "expires_in": lifetime.as_secs(), "ext_expires_in": lifetime.as_secs(), "access_token": token })).into_response()
}

/// A fresh bearer token, valid for the state's token lifetime.
pub fn issue_token(s: &mut BcState) -> String {
    let token: String = rand::thread_rng()
        .sample_iter(&rand::distributions::Alphanumeric)
        .take(48)
        .map(char::from)
        .collect();
    let lifetime = s.token_lifetime;
    s.tokens.insert(token.clone(), Instant::now() + lifetime);
    s.tokens_issued += 1;
    token
}

/// Faults, then the bearer token. The 429 text: a published Business Central book quoted in
/// api-fixtures `error_examples.json`; the limits: `operational-limits-online.md`.
async fn admitted(state: &SharedBc, headers: &HeaderMap) -> Result<(), Response> {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
    let Ok(mut s) = state.lock() else {
        return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
    };
    s.requests += 1;
    if s.faults.breaks_off(s.requests) {
        return Err(cut_off(StatusCode::OK, r#"{"value":[]}"#, 0));
    }
    let st = &mut *s;
    if let Some(trip) = st.faults.trip(&mut st.window) {
        return Err(match trip {
            Trip::Maintenance => (
                StatusCode::SERVICE_UNAVAILABLE,
                [("Retry-After", "300")],
                "Service Unavailable",
            )
                .into_response(),
            Trip::ServerError => error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Internal_ServerError",
                &format!("An unexpected error occurred.{}", correlation()),
            ),
            Trip::RateLimited { .. } => {
                let mut response = error(
                    StatusCode::TOO_MANY_REQUESTS,
                    "Application_TooManyRequests",
                    "Too many requests reached. Actual (101). Maximum (100).",
                );
                if let Ok(v) = "1".parse() {
                    response.headers_mut().insert("Retry-After", v);
                }
                response
            }
        });
    }
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    let expired = || {
        error(
            StatusCode::UNAUTHORIZED,
            "Authentication_TokenExpired",
            "The SAML2 token is not valid because its validity period has ended.",
        )
    };
    match s.tokens.get(token) {
        Some(until) if *until > Instant::now() && !s.faults.expired_token => Ok(()),
        Some(_) => Err(expired()),
        None if s.faults.expired_token => Err(expired()),
        None => Err(error(
            StatusCode::UNAUTHORIZED,
            "Authentication_InvalidCredentials",
            &format!(
                "The server has rejected the client credentials.{}",
                correlation()
            ),
        )),
    }
}

/// A path below the company: `salesOrders`, `salesOrders(id)`, `salesOrders(id)/action`.
struct Resource<'a> {
    entity: &'a str,
    key: Option<&'a str>,
    action: Option<&'a str>,
}

fn resource(path: &str) -> Resource<'_> {
    let (target, action) = match path.split_once('/') {
        Some((target, action)) => (target, Some(action)),
        None => (path, None),
    };
    match target.split_once('(') {
        Some((entity, rest)) => Resource {
            entity,
            key: rest.strip_suffix(')'),
            action,
        },
        None => Resource {
            entity: target,
            key: None,
            action,
        },
    }
}

/// Source: Microsoft's error table, `ODataMethodNotAllowedException` →
/// `BadRequest_MethodNotAllowed`.
fn method_not_allowed(method: &Method, entity: &str) -> Response {
    error(
        StatusCode::METHOD_NOT_ALLOWED,
        "BadRequest_MethodNotAllowed",
        &format!("'{method}' requests for '{entity}' of EdmType 'Entity' are not allowed within Microsoft Dynamics NAV OData web services."),
    )
}

/// Source: Microsoft's error table, `ODataResourceNotFoundException` →
/// `BadRequest_ResourceNotFound`.
fn no_such_segment(segment: &str) -> Response {
    error(
        StatusCode::NOT_FOUND,
        "BadRequest_ResourceNotFound",
        &format!("Resource not found for the segment '{segment}'."),
    )
}

async fn dispatch(
    State(state): State<SharedBc>,
    method: Method,
    headers: HeaderMap,
    Path((_tenant, _env, path)): Path<(String, String, String)>,
    Query(query): Query<HashMap<String, String>>,
    body: axum::body::Bytes,
) -> Response {
    if let Err(response) = admitted(&state, &headers).await {
        return response;
    }
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if path == "companies" {
        let rows = master::rows(&s, "companies").unwrap_or_default();
        let rows = rows.into_iter().map(|(k, r)| (k, r, Vec::new())).collect();
        return collection(&s, &path, &query, &headers, &pages::COMPANIES, rows);
    }
    let prefix = format!("companies({})/", s.company_id);
    let Some(below) = path.strip_prefix(&prefix) else {
        return no_such_segment(path.split('/').next().unwrap_or_default());
    };
    let Resource {
        entity,
        key,
        action,
    } = resource(below);
    let Some(page) = pages::page(entity) else {
        return no_such_segment(entity);
    };
    match (&method, key, action) {
        (&Method::POST, None, None) if entity == "salesOrders" => orders::create(&mut s, &body),
        (&Method::POST, None, None) if entity == "items" || entity == "customers" => {
            master::create(&mut s, entity, &body)
        }
        (&Method::POST, Some(id), Some("Microsoft.NAV.shipAndInvoice"))
            if entity == "salesOrders" =>
        {
            match posting::ship_and_invoice(&mut s, id) {
                Ok(_) => StatusCode::NO_CONTENT.into_response(),
                Err(PostingRefused::NoSuchOrder) => orders::not_found(id),
                Err(PostingRefused::PostingDate(text)) => error(
                    StatusCode::BAD_REQUEST,
                    "Application_DialogException",
                    &format!("{text}{}", correlation()),
                ),
            }
        }
        (&Method::DELETE, Some(id), None) if entity == "salesOrders" => {
            let if_match = headers.get("if-match").and_then(|v| v.to_str().ok());
            orders::delete_request(&mut s, id, if_match)
        }
        (&Method::GET, Some(id), None) if entity == "salesOrders" => {
            let Some(order) = s.sales_orders.iter().find(|o| o.id == id) else {
                return orders::not_found(id);
            };
            match odata::selection(query.get("$select"), page) {
                Ok(fields) => {
                    Json(odata::project(&orders::row(order), fields.as_deref())).into_response()
                }
                Err(refused) => refused.into_response(),
            }
        }
        // The platform's words for a missing table permission, BC22 on (table number,
        // caption, permission: extension): "Sorry, the current permissions prevented the
        // action. (TableData 204 Unit of Measure Read: Base Application)", as recorded from
        // Business Central online in hougaard/Simple-Object-Designer issue 149 (code
        // `Internal_ServerError`) and dated in PacktPublishing's "Automated Testing in
        // Business Central" issue 29. The status is not in either record; 500 goes with the code.
        (&Method::GET, None, None) if entity == "unitsOfMeasure" && s.units_of_measure_denied => {
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Internal_ServerError",
                &format!(
                    "Sorry, the current permissions prevented the action. (TableData 204 Unit of Measure Read: Base Application){}",
                    odata::correlation()
                ),
            )
        }
        (&Method::GET, None, None) => {
            let Some(rows) = documents(&s, entity).or_else(|| {
                master::rows(&s, entity)
                    .map(|rows| rows.into_iter().map(|(k, r)| (k, r, Vec::new())).collect())
            }) else {
                return no_such_segment(entity);
            };
            collection(&s, &path, &query, &headers, page, rows)
        }
        _ => method_not_allowed(&method, entity),
    }
}

/// Rows of the document pages with their lines: (key, row, lines).
fn documents(s: &BcState, entity: &str) -> Option<Vec<(String, Row, Vec<Row>)>> {
    Some(match entity {
        "salesOrders" => s
            .sales_orders
            .iter()
            .map(|o| (o.number.clone(), orders::row(o), orders::line_rows(o)))
            .collect(),
        "salesInvoices" => s
            .sales_invoices
            .iter()
            .map(|d| (d.number.clone(), posting::row(d), d.lines.clone()))
            .collect(),
        "salesShipments" => s
            .sales_shipments
            .iter()
            .map(|d| (d.number.clone(), posting::row(d), d.lines.clone()))
            .collect(),
        _ => return None,
    })
}

/// A collection: filtered, in key order, projected and expanded, one page at a time.
fn collection(
    s: &BcState,
    path: &str,
    query: &HashMap<String, String>,
    headers: &HeaderMap,
    page: &Page,
    mut rows: Vec<(String, Row, Vec<Row>)>,
) -> Response {
    let filter = match query.get("$filter").map(|f| Filter::parse(f, page)) {
        None => None,
        Some(Ok(filter)) => Some(filter),
        Some(Err(refused)) => return refused.into_response(),
    };
    let fields = match odata::selection(query.get("$select"), page) {
        Ok(fields) => fields,
        Err(refused) => return refused.into_response(),
    };
    let expand = match odata::expansion(query.get("$expand")) {
        None => None,
        Some((part, select)) => {
            let Some(lines_page) = page
                .parts
                .contains(&part.as_str())
                .then(|| pages::page(&part))
                .flatten()
            else {
                return odata::unknown_property(page, &part).into_response();
            };
            match odata::selection(select.as_ref(), lines_page) {
                Ok(line_fields) => Some((part, line_fields)),
                Err(refused) => return refused.into_response(),
            }
        }
    };
    rows.retain(|(_, row, _)| filter.as_ref().is_none_or(|f| f.matches(row)));
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let projected: Vec<(String, Row)> = rows
        .into_iter()
        .map(|(key, row, lines)| {
            let mut out = odata::project(&row, fields.as_deref());
            if let Some((part, line_fields)) = &expand {
                let lines: Vec<Value> = lines
                    .iter()
                    .map(|l| Value::Object(odata::project(l, line_fields.as_deref())))
                    .collect();
                out.insert(part.clone(), Value::Array(lines));
            }
            (key, out)
        })
        .collect();
    let size = odata::max_page_size(headers).map_or(s.page_size, |asked| asked.min(s.page_size));
    Json(odata::page(&s.base_url, path, query, projected, size)).into_response()
}
