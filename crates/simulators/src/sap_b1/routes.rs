//! Paths, the session cookie, faults and the journal; the vendor behaviour is in the sibling
//! modules. Paths as the guide shows them: `/b1s/v1/Login`, `/b1s/v1/Orders`,
//! `/b1s/v1/Orders(22)`, `/b1s/v1/BusinessPartners('c1')`, actions by name
//! (`/b1s/v1/CompanyService_GetPeriods`) and bound actions after the key
//! (`/b1s/v1/Orders(22)/Close`).

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use axum::{Json, Router};
use serde::Serialize;
use serde_json::{json, Value};

use super::answers::{
    invalid_property, invalid_request, no_matching_records, no_such_resource, not_supported,
    sap_error, Reply,
};
use super::documents::{self, DocumentKind};
use super::query::{self, Collection, Options};
use super::{master, periods, session, SapState, SharedSap};
use crate::faults::{pause, Faults, Trip};

/// Where the service answers, under the server root (the connector is configured with it).
pub const SERVICE_ROOT: &str = "b1s/v1/";

/// The entity sets this simulator serves, as the `$metadata` names them.
pub const ENTITY_SETS: &[&str] = &[
    "Items",
    "BusinessPartners",
    "Currencies",
    "SalesTaxCodes",
    "VatGroups",
    "UnitOfMeasurements",
    "Orders",
    "DeliveryNotes",
    "Invoices",
];

/// The unbound actions (v1 function imports) it serves.
pub const ACTIONS: &[&str] = &[
    "Login",
    "Logout",
    "CompanyService_GetPeriods",
    "CompanyService_GetFinancePeriods",
];

/// Bound actions it serves: (the entity type they bind to, the action).
pub const BOUND_ACTIONS: &[(&str, &str)] = &[("Document", "Close"), ("Document", "Cancel")];

/// One request and its answer, as a test reads it back.
#[derive(Debug, Clone, Serialize)]
pub struct Exchange {
    pub method: String,
    /// The path under the service root: `Orders`, `Orders(101)/Close`.
    pub path: String,
    pub query: Vec<(String, String)>,
    /// The JSON body sent, the login password replaced.
    pub request: Option<Value>,
    pub status: u16,
    pub answer: Option<Value>,
}

pub fn router(state: SharedSap) -> Router {
    Router::new()
        .route("/b1s/v1/{*path}", any(dispatch))
        .route("/__sim/faults", post(set_faults))
        .route("/__sim/sales-orders", get(list_sim_orders))
        .with_state(state)
}

async fn set_faults(State(state): State<SharedSap>, Json(faults): Json<Faults>) -> StatusCode {
    match state.lock() {
        Ok(mut s) => {
            s.faults = faults;
            StatusCode::NO_CONTENT
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

async fn list_sim_orders(State(state): State<SharedSap>) -> Response {
    match state.lock() {
        Ok(s) => {
            let orders: Vec<Value> = s
                .documents
                .iter()
                .filter(|d| d.kind == DocumentKind::Order)
                .map(|o| json!({"id": o.doc_entry.to_string(), "externalId": o.num_at_card, "writes": 1}))
                .collect();
            Json(json!({ "count": orders.len(), "items": orders })).into_response()
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

fn fault_reply(trip: Trip) -> Reply {
    match trip {
        Trip::Maintenance => Reply::text(StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable")
            .with_header("Retry-After", "300"),
        Trip::ServerError => sap_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            -1,
            "Internal error (-1) occurred",
        ),
        Trip::RateLimited { .. } => Reply::text(StatusCode::TOO_MANY_REQUESTS, "Too Many Requests")
            .with_header("Retry-After", "1"),
    }
}

fn query_pairs(raw: Option<&str>) -> Vec<(String, String)> {
    url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// `Prefer: odata.maxpagesize=n` (guide §3.7.6), else the default page.
fn page_size(headers: &HeaderMap) -> usize {
    headers
        .get_all("prefer")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .find_map(|p| p.trim().strip_prefix("odata.maxpagesize="))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(query::DEFAULT_PAGE_SIZE)
}

async fn dispatch(
    State(state): State<SharedSap>,
    method: Method,
    headers: HeaderMap,
    Path(path): Path<String>,
    RawQuery(raw_query): RawQuery,
    body: Bytes,
) -> Response {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let query = query_pairs(raw_query.as_deref());
    let request: Option<Value> = serde_json::from_slice(&body).ok();
    let reply = answer(&mut s, &method, &headers, &path, &query, &body);
    if let Some(journal) = s.journal.as_mut() {
        let mut request = request;
        if let Some(password) = request.as_mut().and_then(|r| r.get_mut("Password")) {
            *password = json!("<redacted>");
        }
        journal.push(Exchange {
            method: method.to_string(),
            path: path.clone(),
            query,
            request,
            status: reply.status.as_u16(),
            answer: reply.body.clone(),
        });
    }
    reply.into_response()
}

fn answer(
    s: &mut SapState,
    method: &Method,
    headers: &HeaderMap,
    path: &str,
    query: &[(String, String)],
    body: &[u8],
) -> Reply {
    s.requests += 1;
    let st = &mut *s;
    if let Some(trip) = st.faults.trip(&mut st.window) {
        return fault_reply(trip);
    }
    if *method == Method::POST && path == "Login" {
        return match serde_json::from_slice::<Value>(body) {
            Ok(body) => session::login(s, &body),
            Err(_) => invalid_request("The request body is not JSON"),
        };
    }
    if *method == Method::POST && path == "Logout" {
        return session::logout(s, headers);
    }
    if let Err(refusal) = session::admit(s, headers) {
        return refusal;
    }
    let (resource, action) = match path.split_once('/') {
        Some((resource, action)) => (resource, Some(action)),
        None => (path, None),
    };
    let (set, key) = match resource.split_once('(') {
        Some((set, rest)) => (set, rest.strip_suffix(')')),
        None => (resource, None),
    };
    match (method.clone(), set, key, action) {
        (Method::POST, "CompanyService_GetPeriods", None, None) => periods::categories(s),
        (Method::POST, "CompanyService_GetFinancePeriods", None, None) => {
            match serde_json::from_slice::<Value>(body) {
                Ok(body) => periods::finance_periods(s, &body),
                Err(_) => invalid_request("The request body is not JSON"),
            }
        }
        (Method::GET, set, None, None) => collection(s, set, query, page_size(headers)),
        (Method::GET, set, Some(key), None) => single(s, set, key, query),
        (Method::POST, set, None, None) => create(s, set, body),
        (Method::POST, set, Some(key), Some(action @ ("Close" | "Cancel"))) => {
            match (DocumentKind::from_set(set), key.parse::<u64>()) {
                (Some(DocumentKind::Order), Ok(entry)) => {
                    documents::end(s, DocumentKind::Order, entry, action == "Cancel")
                }
                _ => not_supported(),
            }
        }
        // Deleting a sales order (guide §3.5.4) and anything else the simulator does not model.
        _ if ENTITY_SETS.contains(&set) => not_supported(),
        _ => no_such_resource(set),
    }
}

/// The rows of a collection and the properties they may be asked by.
fn rows_of(s: &SapState, set: &str) -> Option<Collection> {
    if let Some(kind) = DocumentKind::from_set(set) {
        return Some(Collection {
            rows: documents::rows(s, kind),
            properties: documents::DOCUMENT_PROPERTIES,
        });
    }
    master::rows(s, set)
}

fn entity_type(set: &str) -> &'static str {
    match set {
        "Items" => "Item",
        "BusinessPartners" => "BusinessPartner",
        "Currencies" => "Currency",
        "SalesTaxCodes" => "SalesTaxCode",
        "VatGroups" => "VatGroup",
        "UnitOfMeasurements" => "UnitOfMeasurement",
        _ => "Document",
    }
}

fn collection(s: &SapState, set: &str, query: &[(String, String)], page_size: usize) -> Reply {
    if set == "UnitOfMeasurements" && s.units_denied {
        // A user without the authorization. The refusal is what matters; SAP's wording for
        // it over the Service Layer was not recorded.
        return sap_error(
            StatusCode::FORBIDDEN,
            -1,
            "No permission to read Units of Measure",
        );
    }
    let Some(Collection { rows, properties }) = rows_of(s, set) else {
        return no_such_resource(set);
    };
    let options = match Options::parse(query) {
        Ok(options) => options,
        Err(why) => return invalid_request(&why),
    };
    if let Some(name) = options
        .properties()
        .into_iter()
        .find(|n| !properties.contains(n))
    {
        return invalid_property(name, entity_type(set));
    }
    Reply::json(StatusCode::OK, query::page(set, rows, &options, page_size))
}

/// `Orders(101)`, `Items('TSHIRT')`: the key as the path carries it.
fn single(s: &SapState, set: &str, key: &str, query: &[(String, String)]) -> Reply {
    let select = match Options::parse(query) {
        Ok(options) => options.select,
        Err(why) => return invalid_request(&why),
    };
    let found = match DocumentKind::from_set(set) {
        Some(kind) => key.parse::<u64>().ok().and_then(|entry| {
            s.documents
                .iter()
                .find(|d| d.kind == kind && d.doc_entry == entry)
                .map(documents::row)
        }),
        None => {
            let quoted = key
                .strip_prefix('\'')
                .and_then(|k| k.strip_suffix('\''))
                .map(|k| k.replace("''", "'"));
            match quoted {
                Some(code) => master::by_key(s, set, &code),
                None => return invalid_request("The key is not a quoted code"),
            }
        }
    };
    match found {
        Some(row) => Reply::json(
            StatusCode::OK,
            Value::Object(query::project(row, select.as_deref())),
        ),
        None if ENTITY_SETS.contains(&set) => no_matching_records(),
        None => no_such_resource(set),
    }
}

/// Faults keyed by the document's `NumAtCard`: before anything is stored, or after.
fn create(s: &mut SapState, set: &str, body: &[u8]) -> Reply {
    let body = match documents::body_object(body) {
        Ok(body) => body,
        Err(refusal) => return refusal,
    };
    let Some(kind) = DocumentKind::from_set(set) else {
        return match set {
            "Items" => master::create_item(s, &body),
            "BusinessPartners" => master::create_partner(s, &body),
            _ if ENTITY_SETS.contains(&set) => not_supported(),
            _ => no_such_resource(set),
        };
    };
    let reference = body
        .get("NumAtCard")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    if s.faults.timeout_before_commit.remove(&reference) {
        return Reply::text(StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout");
    }
    if s.faults.rate_limit_once.remove(&reference) {
        return Reply::text(StatusCode::TOO_MANY_REQUESTS, "Too Many Requests")
            .with_header("Retry-After", "1");
    }
    if s.faults.server_error_once.remove(&reference) {
        return fault_reply(Trip::ServerError);
    }
    let created = documents::create(s, kind, body);
    if created.status == StatusCode::CREATED && s.faults.timeout_after_commit.remove(&reference) {
        return Reply::text(StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout");
    }
    created
}

/// The properties the simulator serves per entity type, for the conformance test.
pub fn served_properties() -> HashMap<&'static str, Vec<String>> {
    let owned = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    HashMap::from([
        ("Item", owned(master::ITEM_PROPERTIES)),
        ("BusinessPartner", owned(master::PARTNER_PROPERTIES)),
        ("Currency", owned(master::CURRENCY_PROPERTIES)),
        ("SalesTaxCode", owned(master::SALES_TAX_CODE_PROPERTIES)),
        ("VatGroup", owned(master::VAT_GROUP_PROPERTIES)),
        ("UnitOfMeasurement", owned(master::UNIT_PROPERTIES)),
        ("Document", owned(documents::DOCUMENT_PROPERTIES)),
        ("DocumentLine", owned(documents::LINE_PROPERTIES)),
        ("AddressExtension", documents::address_properties()),
    ])
}
