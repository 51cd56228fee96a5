//! Business Central API v2.0 on loopback: an Entra-style token endpoint, company-scoped OData
//! collections with server-driven paging (`@odata.nextLink`), `$filter` on
//! `externalDocumentNumber`/`number`, and sales orders by deep insert, refused with Business
//! Central's own error texts. Like the real one, it lets two orders share an external
//! document number: only the client's lookup prevents a duplicate.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use chrono::NaiveDate;
use rand::Rng;
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::faults::{cut_off, pause, Faults, Trip, Window};
use crate::netsuite::Account;
use crate::server::{serve, Running};

#[derive(Debug, Clone, Serialize)]
pub struct BcSalesOrder {
    pub id: String,
    pub number: String,
    pub external_document_number: String,
    pub status: String,
    pub body: Value,
}

#[derive(Debug)]
pub struct BcState {
    pub company_id: String,
    pub company_name: String,
    pub local_currency: String,
    pub items: Vec<(String, bool)>,
    /// (number, display name, e-mail)
    pub customers: Vec<(String, String, String)>,
    pub currencies: Vec<String>,
    pub countries: Vec<String>,
    /// (starting date, name, closed)
    pub periods: Vec<(NaiveDate, String, bool)>,
    /// Posting dates before this are refused (User Setup / G/L Setup "Allow Posting From").
    pub allow_posting_from: Option<NaiveDate>,
    pub sales_orders: Vec<BcSalesOrder>,
    pub client_id: String,
    pub client_secret: String,
    pub token_lifetime: Duration,
    /// Rows per page before `@odata.nextLink`.
    pub page_size: usize,
    pub faults: Faults,
    pub requests: u64,
    pub tokens_issued: u64,
    tokens: HashMap<String, Instant>,
    pub window: Window,
    base_url: String,
    next: u64,
}

pub type SharedBc = Arc<Mutex<BcState>>;

pub struct BcSimulator {
    pub state: SharedBc,
    pub running: Running,
}

pub const TENANT: &str = "00000000-0000-0000-0000-00000000d3m0";
pub const ENVIRONMENT: &str = "production";

fn guid(n: u64) -> String {
    format!("5e1f0000-0000-4000-8000-{n:012x}")
}

/// The demo's NetSuite account, as a Business Central company would hold it.
pub fn from_demo(account: &Account, client_id: &str, client_secret: &str) -> BcState {
    let periods = account
        .periods
        .iter()
        .map(|p| (p.start, p.start.format("%B %Y").to_string(), p.closed))
        .collect::<Vec<_>>();
    let allow_from = account
        .periods
        .iter()
        .filter(|p| !p.closed)
        .map(|p| p.start)
        .min();
    BcState {
        company_id: guid(1),
        company_name: account.company.clone(),
        local_currency: "USD".into(),
        items: account
            .items
            .iter()
            .map(|i| (i.sku.clone(), i.inactive))
            .collect(),
        customers: account
            .customers
            .iter()
            .map(|c| (c.entity_id.clone(), c.company.clone(), c.email.clone()))
            .collect(),
        // Business Central has no inactive currencies: one it should not use is simply absent.
        currencies: account
            .currencies
            .iter()
            .filter(|c| !c.inactive && c.symbol != "USD")
            .map(|c| c.symbol.clone())
            .collect(),
        countries: ["US", "CA", "GB", "DE", "FR", "MX", "NL", "AU"]
            .iter()
            .map(|c| c.to_string())
            .collect(),
        periods,
        allow_posting_from: allow_from,
        sales_orders: Vec::new(),
        client_id: client_id.into(),
        client_secret: client_secret.into(),
        token_lifetime: Duration::from_secs(3599),
        page_size: 100,
        faults: Faults::default(),
        requests: 0,
        tokens_issued: 0,
        tokens: HashMap::new(),
        window: Window::default(),
        base_url: String::new(),
        next: 100,
    }
}

impl BcSimulator {
    pub async fn start(state: BcState, port: u16) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(state));
        let router = Router::new()
            .route("/{tenant}/oauth2/v2.0/token", post(token))
            .route(
                "/v2.0/{tenant}/{env}/api/v2.0/{*path}",
                get(dispatch).post(dispatch),
            )
            .route("/__sim/faults", post(set_faults))
            .route("/__sim/sales-orders", get(list_sim_orders))
            .with_state(state.clone());
        let running = serve(router, port).await?;
        if let Ok(mut s) = state.lock() {
            s.base_url = running.base_url().to_string();
        }
        Ok(Self { state, running })
    }

    /// `…/v2.0/{tenant}/{environment}/api/v2.0/`
    pub fn api_url(&self) -> url::Url {
        self.running
            .base_url()
            .join(&format!("v2.0/{TENANT}/{ENVIRONMENT}/api/v2.0/"))
            .unwrap_or_else(|_| self.running.base_url())
    }

    pub fn token_url(&self) -> url::Url {
        self.running
            .base_url()
            .join(&format!("{TENANT}/oauth2/v2.0/token"))
            .unwrap_or_else(|_| self.running.base_url())
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut BcState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }

    pub fn sales_orders(&self) -> Vec<BcSalesOrder> {
        self.update(|s| s.sales_orders.clone()).unwrap_or_default()
    }

    /// Add an order as if it had been entered long ago.
    pub fn insert_sales_order(&self, external_document_number: &str) {
        self.update(|s| {
            s.next += 1;
            let n = s.next;
            s.sales_orders.push(BcSalesOrder {
                id: guid(n),
                number: format!("1010{n:02}"),
                external_document_number: external_document_number.into(),
                status: "Open".into(),
                body: json!({}),
            });
        });
    }

    pub fn revoke_tokens(&self) {
        self.update(|s| s.tokens.clear());
    }
}

fn correlation() -> String {
    format!(
        "  CorrelationId:  {}.",
        guid(rand::thread_rng().gen_range(0..u64::from(u32::MAX)))
    )
}

fn odata_error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({ "error": { "code": code, "message": message } })),
    )
        .into_response()
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

async fn list_sim_orders(State(state): State<SharedBc>) -> Response {
    match state.lock() {
        Ok(s) => Json(json!({
            "count": s.sales_orders.len(),
            "items": s.sales_orders.iter().map(|o| json!({"id": o.id, "externalId": o.external_document_number, "writes": 1})).collect::<Vec<_>>(),
        }))
        .into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

async fn token(
    State(state): State<SharedBc>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let get = |k: &str| form.get(k).cloned().unwrap_or_default();
    if get("grant_type") != "client_credentials" || !get("scope").ends_with("/.default") {
        return (StatusCode::BAD_REQUEST, Json(json!({"error": "invalid_request", "error_description": "AADSTS900144: The request body must contain the following parameter: 'grant_type'."}))).into_response();
    }
    if get("client_id") != s.client_id || get("client_secret") != s.client_secret {
        return (StatusCode::UNAUTHORIZED, Json(json!({"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."}))).into_response();
    }
    let token: String = rand::thread_rng()
        .sample_iter(&rand::distributions::Alphanumeric)
        .take(48)
        .map(char::from)
        .collect();
    let lifetime = s.token_lifetime;
    s.tokens.insert(token.clone(), Instant::now() + lifetime);
    s.tokens_issued += 1;
    Json(json!({ "token_type": "Bearer", "expires_in": lifetime.as_secs(), "ext_expires_in": lifetime.as_secs(), "access_token": token })).into_response()
}

/// Faults, then the bearer token.
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
            Trip::ServerError => odata_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Internal_ServerError",
                &format!("An unexpected error occurred.{}", correlation()),
            ),
            Trip::RateLimited { .. } => {
                let mut response = odata_error(
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
    match s.tokens.get(token) {
        Some(until) if *until > Instant::now() && !s.faults.expired_token => Ok(()),
        Some(_) => Err(odata_error(
            StatusCode::UNAUTHORIZED,
            "Authentication_TokenExpired",
            "The SAML2 token is not valid because its validity period has ended.",
        )),
        None if s.faults.expired_token => Err(odata_error(
            StatusCode::UNAUTHORIZED,
            "Authentication_TokenExpired",
            "The SAML2 token is not valid because its validity period has ended.",
        )),
        None => Err(odata_error(
            StatusCode::UNAUTHORIZED,
            "Authentication_InvalidCredentials",
            &format!(
                "The server has rejected the client credentials.{}",
                correlation()
            ),
        )),
    }
}

/// `$filter=field eq 'a' or field eq 'b'` → the field and the values.
fn parse_filter(filter: &str) -> Option<(String, Vec<String>)> {
    let mut field = None;
    let mut values = Vec::new();
    for part in filter.split(" or ") {
        let (f, v) = part.split_once(" eq ")?;
        field = Some(f.trim().to_string());
        values.push(v.trim().trim_matches('\'').replace("''", "'"));
    }
    Some((field?, values))
}

fn sales_order_json(o: &BcSalesOrder) -> Value {
    let mut body = o.body.clone();
    if !body.is_object() {
        body = json!({});
    }
    body["id"] = json!(o.id);
    body["number"] = json!(o.number);
    body["externalDocumentNumber"] = json!(o.external_document_number);
    body["status"] = json!(o.status);
    if let Some(lines) = body
        .as_object_mut()
        .and_then(|b| b.remove("salesOrderLines"))
    {
        body["lineCount"] = json!(lines.as_array().map_or(0, Vec::len));
    }
    body
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
        return page(
            &s,
            &path,
            &query,
            vec![
                json!({"id": s.company_id, "name": s.company_name, "displayName": s.company_name}),
            ],
        );
    }
    let prefix = format!("companies({})/", s.company_id);
    let Some(entity) = path.strip_prefix(&prefix) else {
        return odata_error(
            StatusCode::NOT_FOUND,
            "BadRequest_NotFound",
            "Bad Request - Error in query syntax.",
        );
    };
    if method == Method::POST {
        return if entity == "salesOrders" {
            create(&mut s, &body)
        } else if entity == "items" || entity == "customers" {
            create_master_record(&mut s, entity, &body)
        } else {
            odata_error(
                StatusCode::METHOD_NOT_ALLOWED,
                "BadRequest_MethodNotAllowed",
                "'POST' requests for this resource are not supported.",
            )
        };
    }
    if let Some(id) = entity
        .strip_prefix("salesOrders(")
        .and_then(|r| r.strip_suffix(')'))
    {
        return match s.sales_orders.iter().find(|o| o.id == id) {
            Some(o) => Json(sales_order_json(o)).into_response(),
            None => odata_error(StatusCode::NOT_FOUND, "Internal_RecordNotFound", &format!("The Sales Header does not exist. Identification fields and values: Document Type='Order',No.='{id}'{}", correlation())),
        };
    }
    let rows: Vec<Value> = match entity {
        "items" => s.items.iter().enumerate().map(|(i, (number, blocked))| json!({"id": guid(1000 + i as u64), "number": number, "displayName": number, "type": "Inventory", "blocked": blocked})).collect(),
        "customers" => s.customers.iter().enumerate().map(|(i, (number, name, email))| json!({"id": guid(5000 + i as u64), "number": number, "displayName": name, "email": email})).collect(),
        "currencies" => s.currencies.iter().enumerate().map(|(i, code)| json!({"id": guid(9000 + i as u64), "code": code, "displayName": code})).collect(),
        "companyInformation" => vec![json!({"id": s.company_id, "displayName": s.company_name, "currencyCode": s.local_currency})],
        "countriesRegions" => s.countries.iter().map(|c| json!({"code": c, "displayName": c})).collect(),
        "accountingPeriods" => s.periods.iter().map(|(start, name, closed)| json!({"startingDate": start.format("%Y-%m-%d").to_string(), "name": name, "closed": closed, "newFiscalYear": false})).collect(),
        "salesOrders" => s.sales_orders.iter().map(sales_order_json).collect(),
        _ => return odata_error(StatusCode::NOT_FOUND, "BadRequest_NotFound", &format!("Resource not found for the segment '{entity}'.")),
    };
    let rows = match query.get("$filter").map(|f| parse_filter(f)) {
        None => rows,
        Some(Some((field, values))) => rows
            .into_iter()
            .filter(|r| {
                r.get(&field)
                    .and_then(Value::as_str)
                    .is_some_and(|v| values.iter().any(|w| w == v))
            })
            .collect(),
        Some(None) => {
            return odata_error(
                StatusCode::BAD_REQUEST,
                "BadRequest_InvalidFilter",
                "Invalid filter expression.",
            )
        }
    };
    page(&s, &path, &query, rows)
}

/// Server-driven paging: `page_size` rows, then `@odata.nextLink` with a `$skiptoken`.
fn page(s: &BcState, path: &str, query: &HashMap<String, String>, rows: Vec<Value>) -> Response {
    let skip: usize = query
        .get("$skiptoken")
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    let total = rows.len();
    let value: Vec<Value> = rows.into_iter().skip(skip).take(s.page_size).collect();
    let mut body =
        json!({ "@odata.context": format!("{}$metadata#{path}", s.base_url), "value": value });
    if skip + s.page_size < total {
        let mut next = url::Url::parse(&format!(
            "{}v2.0/{TENANT}/{ENVIRONMENT}/api/v2.0/{path}",
            s.base_url
        ))
        .ok();
        if let Some(url) = next.as_mut() {
            let mut pairs = url.query_pairs_mut();
            for (k, v) in query.iter().filter(|(k, _)| k.as_str() != "$skiptoken") {
                pairs.append_pair(k, v);
            }
            pairs.append_pair("$skiptoken", &(skip + s.page_size).to_string());
        }
        body["@odata.nextLink"] = json!(next.map(|u| u.to_string()));
    }
    Json(body).into_response()
}

fn too_long(value: &str, max: usize) -> Option<Response> {
    let length = value.chars().count();
    (length > max).then(|| {
        odata_error(
            StatusCode::BAD_REQUEST,
            "Application_StringExceededLength",
            &format!("The length of the string is {length}, but it must be less than or equal to {max} characters. Value: {value}"),
        )
    })
}

fn not_found(entity: &str, field: &str, value: &str) -> Response {
    odata_error(
        StatusCode::BAD_REQUEST,
        "Internal_RecordNotFound",
        &format!(
            "The {entity} does not exist. Identification fields and values: {field}='{value}'{}",
            correlation()
        ),
    )
}

/// The checks Business Central runs while inserting a sales order and its lines.
fn refusal(s: &BcState, body: &Map<String, Value>) -> Option<Response> {
    let field = |k: &str| body.get(k).and_then(Value::as_str).unwrap_or_default();
    let customer = field("customerNumber");
    if customer.is_empty() {
        return Some(odata_error(
            StatusCode::BAD_REQUEST,
            "Application_DialogException",
            "A customerNumber or a customerID must be provided.",
        ));
    }
    if !s.customers.iter().any(|(number, _, _)| number == customer) {
        return Some(not_found("Customer", "No.", customer));
    }
    let currency = field("currencyCode");
    if !currency.is_empty()
        && currency != s.local_currency
        && !s.currencies.iter().any(|c| c == currency)
    {
        return Some(not_found("Currency", "Code", currency));
    }
    let posting = NaiveDate::parse_from_str(field("postingDate"), "%Y-%m-%d").ok();
    if let (Some(date), Some(from)) = (posting, s.allow_posting_from) {
        if date < from {
            return Some(odata_error(
                StatusCode::BAD_REQUEST,
                "Application_DialogException",
                &format!(
                    "Posting Date is not within your range of allowed posting dates.{}",
                    correlation()
                ),
            ));
        }
    }
    for prefix in ["shipTo", "billTo"] {
        for (name, max) in [
            ("Name", 100),
            ("AddressLine1", 100),
            ("AddressLine2", 50),
            ("City", 30),
            ("State", 30),
            ("PostCode", 20),
            ("Country", 10),
        ] {
            if let Some(response) = too_long(field(&format!("{prefix}{name}")), max) {
                return Some(response);
            }
        }
        let country = field(&format!("{prefix}Country"));
        if !country.is_empty() && !s.countries.iter().any(|c| c == country) {
            let table_field = if prefix == "shipTo" {
                "Ship-to Country/Region Code"
            } else {
                "Bill-to Country/Region Code"
            };
            return Some(odata_error(StatusCode::BAD_REQUEST, "Internal_InvalidTableRelation", &format!("The field {table_field} of table Sales Header contains a value ({country}) that cannot be found in the related table (Country/Region).")));
        }
    }
    for line in body
        .get("salesOrderLines")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let number = line
            .get("lineObjectNumber")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if !s.items.iter().any(|(n, blocked)| n == number && !blocked) {
            return Some(not_found("Item", "No.", number));
        }
    }
    None
}

/// POST items / customers: an item's number is its key (Code[20]); a customer gets the next
/// number of the series, as Business Central assigns it.
fn create_master_record(s: &mut BcState, entity: &str, body: &[u8]) -> Response {
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(body) else {
        return odata_error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "Invalid Request Body",
        );
    };
    let field = |name: &str| {
        body.get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    s.next += 1;
    let n = s.next;
    if entity == "items" {
        let number = field("number");
        if let Some(response) = too_long(&number, 20) {
            return response;
        }
        if number.trim().is_empty() {
            return odata_error(
                StatusCode::BAD_REQUEST,
                "Application_FieldValidationException",
                "No. must have a value in Item: No.=. It cannot be zero or empty.",
            );
        }
        if s.items.iter().any(|(known, _)| *known == number) {
            return odata_error(
                StatusCode::BAD_REQUEST,
                "Internal_EntityWithSameKeyExists",
                &format!(
                    "The Item already exists. Identification fields and values: No.='{number}'"
                ),
            );
        }
        s.items.push((number.clone(), false));
        let created = json!({"id": guid(1000 + n), "number": number, "displayName": field("displayName"), "type": field("type"), "blocked": false});
        return (StatusCode::CREATED, Json(created)).into_response();
    }
    let number = format!("C{:05}", 90000 + n);
    s.customers
        .push((number.clone(), field("displayName"), field("email")));
    let created = json!({"id": guid(5000 + n), "number": number, "displayName": field("displayName"), "email": field("email")});
    (StatusCode::CREATED, Json(created)).into_response()
}

fn create(s: &mut BcState, body: &[u8]) -> Response {
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(body) else {
        return odata_error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "Invalid Request Body",
        );
    };
    let external = body
        .get("externalDocumentNumber")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    if let Some(response) = too_long(&external, 35) {
        return response;
    }
    if s.faults.timeout_before_commit.remove(&external) {
        return (StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout").into_response();
    }
    if s.faults.server_error_once.remove(&external) {
        return odata_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal_ServerError",
            &format!("An unexpected error occurred.{}", correlation()),
        );
    }
    if s.faults.rate_limit_once.remove(&external) {
        return odata_error(
            StatusCode::TOO_MANY_REQUESTS,
            "Application_TooManyRequests",
            "Too many requests reached. Actual (101). Maximum (100).",
        );
    }
    if let Some(response) = refusal(s, &body) {
        return response;
    }
    s.next += 1;
    let n = s.next;
    let order = BcSalesOrder {
        id: guid(n),
        number: format!("1010{n:02}"),
        external_document_number: external.clone(),
        status: "Draft".into(),
        body: Value::Object(body),
    };
    let created = sales_order_json(&order);
    s.sales_orders.push(order);
    if s.faults.timeout_after_commit.remove(&external) {
        return (StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout").into_response();
    }
    if s.faults.cut_off_after_commit.remove(&external) {
        let body = created.to_string();
        return cut_off(StatusCode::CREATED, &body, body.len() / 2);
    }
    (StatusCode::CREATED, Json(created)).into_response()
}
