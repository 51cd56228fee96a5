//! SAP Business One Service Layer (v1, OData v3 style) on loopback: `Login` / `Logout` with the
//! `B1SESSION` and `ROUTEID` cookies and an idle timeout (401, code 301), entity collections
//! with `odata.nextLink` and `Prefer: odata.maxpagesize`, `$filter` on `NumAtCard`, and
//! `Orders` refused with SAP's own messages. Like SAP, it would take two orders with the same
//! `NumAtCard`: only the client's lookup prevents a duplicate.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::NaiveDate;
use rand::Rng;
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::faults::{pause, Faults, Trip, Window};
use crate::netsuite::Account;
use crate::server::{serve, Running};

#[derive(Debug, Clone, Serialize)]
pub struct SapOrder {
    pub doc_entry: u64,
    pub num_at_card: String,
    pub status: String,
    pub body: Value,
}

#[derive(Debug, Clone)]
pub struct SapPeriod {
    pub code: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub locked: bool,
}

#[derive(Debug)]
pub struct SapState {
    pub company_db: String,
    pub username: String,
    pub password: String,
    /// Idle time after which a session is gone (SAP's SessionTimeout, in minutes, on the wire).
    pub session_timeout: Duration,
    pub items: Vec<(String, bool)>,
    /// (CardCode, CardName, e-mail)
    pub partners: Vec<(String, String, String)>,
    pub currencies: Vec<String>,
    /// (Code, Name, Rate in percent)
    pub tax_codes: Vec<(String, String, rust_decimal::Decimal)>,
    pub periods: Vec<SapPeriod>,
    pub orders: Vec<SapOrder>,
    pub faults: Faults,
    pub requests: u64,
    pub logins: u64,
    sessions: HashMap<String, Instant>,
    pub window: Window,
}

pub type SharedSap = Arc<Mutex<SapState>>;

pub struct SapSimulator {
    pub state: SharedSap,
    pub running: Running,
}

/// The demo's NetSuite account, as an SAP Business One company would hold it.
pub fn from_demo(account: &Account, company_db: &str, username: &str, password: &str) -> SapState {
    SapState {
        company_db: company_db.into(),
        username: username.into(),
        password: password.into(),
        session_timeout: Duration::from_secs(30 * 60),
        items: account
            .items
            .iter()
            .map(|i| (i.sku.clone(), !i.inactive))
            .collect(),
        partners: account
            .customers
            .iter()
            .map(|c| (c.entity_id.clone(), c.company.clone(), c.email.clone()))
            .collect(),
        currencies: account
            .currencies
            .iter()
            .filter(|c| !c.inactive)
            .map(|c| c.symbol.clone())
            .collect(),
        tax_codes: account
            .tax_items
            .iter()
            .map(|t| {
                (
                    t.name.split('-').next().unwrap_or(&t.name).to_string(),
                    t.name.clone(),
                    t.rate_percent,
                )
            })
            .collect(),
        periods: account
            .periods
            .iter()
            .map(|p| SapPeriod {
                code: p.start.format("%Y-%m").to_string(),
                from: p.start,
                to: p.end,
                locked: p.closed,
            })
            .collect(),
        orders: Vec::new(),
        faults: Faults::default(),
        requests: 0,
        logins: 0,
        sessions: HashMap::new(),
        window: Window::default(),
    }
}

impl SapSimulator {
    pub async fn start(state: SapState, port: u16) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(state));
        let router = Router::new()
            .route("/b1s/v1/Login", post(login))
            .route("/b1s/v1/Logout", post(logout))
            .route("/b1s/v1/{*path}", get(dispatch).post(dispatch))
            .route("/__sim/faults", post(set_faults))
            .route("/__sim/sales-orders", get(list_sim_orders))
            .with_state(state.clone());
        Ok(Self {
            state,
            running: serve(router, port).await?,
        })
    }

    /// `http://127.0.0.1:port/b1s/v1/`
    pub fn service_url(&self) -> url::Url {
        self.running
            .base_url()
            .join("b1s/v1/")
            .unwrap_or_else(|_| self.running.base_url())
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut SapState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }

    pub fn orders(&self) -> Vec<SapOrder> {
        self.update(|s| s.orders.clone()).unwrap_or_default()
    }

    /// Every open session times out at once, as after a quiet half hour.
    pub fn expire_sessions(&self) {
        self.update(|s| s.sessions.clear());
    }

    pub fn insert_order(&self, num_at_card: &str) {
        self.update(|s| {
            let doc_entry = 100 + s.orders.len() as u64;
            s.orders.push(SapOrder {
                doc_entry,
                num_at_card: num_at_card.into(),
                status: "bost_Open".into(),
                body: json!({}),
            });
        });
    }
}

fn sap_error(status: StatusCode, code: i64, value: &str) -> Response {
    (
        status,
        Json(json!({ "error": { "code": code, "message": { "lang": "en-us", "value": value } } })),
    )
        .into_response()
}

fn session_ended() -> Response {
    sap_error(
        StatusCode::UNAUTHORIZED,
        301,
        "Invalid session or session already timeout.",
    )
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
        Ok(s) => Json(json!({
            "count": s.orders.len(),
            "items": s.orders.iter().map(|o| json!({"id": o.doc_entry.to_string(), "externalId": o.num_at_card, "writes": 1})).collect::<Vec<_>>(),
        }))
        .into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

async fn login(State(state): State<SharedSap>, Json(body): Json<Value>) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    s.requests += 1;
    let field = |k: &str| {
        body.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    if field("CompanyDB") != s.company_db
        || field("UserName") != s.username
        || field("Password") != s.password
    {
        // The exact login failure text varies by version; this is one seen in the field.
        return sap_error(
            StatusCode::UNAUTHORIZED,
            -304,
            "Fail to get DB Credentials from SLD",
        );
    }
    let session: String = {
        let mut rng = rand::thread_rng();
        let part = |n: usize, rng: &mut rand::rngs::ThreadRng| {
            rng.sample_iter(&rand::distributions::Alphanumeric)
                .take(n)
                .map(char::from)
                .collect::<String>()
        };
        format!(
            "{}-{}-{}-{}-{}",
            part(8, &mut rng),
            part(4, &mut rng),
            part(4, &mut rng),
            part(4, &mut rng),
            part(12, &mut rng)
        )
    };
    s.sessions.insert(session.clone(), Instant::now());
    s.logins += 1;
    let minutes = (s.session_timeout.as_secs() / 60).max(1);
    let mut response = Json(json!({
        "odata.metadata": "https://localhost:50000/b1s/v1/$metadata#B1Sessions/@Element",
        "SessionId": session,
        "Version": "1000220",
        "SessionTimeout": minutes,
    }))
    .into_response();
    for cookie in [
        format!("B1SESSION={session};HttpOnly;"),
        "ROUTEID=.node1; path=/b1s".to_string(),
    ] {
        if let Ok(v) = cookie.parse() {
            response.headers_mut().append("Set-Cookie", v);
        }
    }
    response
}

fn session_of(headers: &HeaderMap) -> Option<String> {
    let cookies = headers.get("cookie")?.to_str().ok()?;
    cookies
        .split(';')
        .map(str::trim)
        .find_map(|c| c.strip_prefix("B1SESSION="))
        .map(str::to_string)
}

async fn logout(State(state): State<SharedSap>, headers: HeaderMap) -> Response {
    if let (Ok(mut s), Some(session)) = (state.lock(), session_of(&headers)) {
        s.sessions.remove(&session);
    }
    StatusCode::NO_CONTENT.into_response()
}

/// Faults, then the session cookie (touched on use, so only idleness ends it).
async fn admitted(state: &SharedSap, headers: &HeaderMap) -> Result<(), Response> {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
    let Ok(mut s) = state.lock() else {
        return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
    };
    s.requests += 1;
    let st = &mut *s;
    if let Some(trip) = st.faults.trip(&mut st.window) {
        return Err(match trip {
            Trip::Maintenance => (
                StatusCode::SERVICE_UNAVAILABLE,
                [("Retry-After", "300")],
                "Service Unavailable",
            )
                .into_response(),
            Trip::ServerError => sap_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                -1,
                "Internal error (-1) occurred",
            ),
            Trip::RateLimited { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                [("Retry-After", "1")],
                "Too Many Requests",
            )
                .into_response(),
        });
    }
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

fn parse_filter(filter: &str) -> Vec<(String, String)> {
    filter
        .split(" or ")
        .filter_map(|part| {
            let (field, value) = part.split_once(" eq ")?;
            Some((
                field.trim().to_string(),
                value.trim().trim_matches('\'').replace("''", "'"),
            ))
        })
        .collect()
}

fn order_json(o: &SapOrder) -> Value {
    let mut body = if o.body.is_object() {
        o.body.clone()
    } else {
        json!({})
    };
    body["DocEntry"] = json!(o.doc_entry);
    body["DocNum"] = json!(o.doc_entry - 90);
    body["NumAtCard"] = json!(o.num_at_card);
    body["DocumentStatus"] = json!(o.status);
    body["Cancelled"] = json!("tNO");
    body
}

async fn dispatch(
    State(state): State<SharedSap>,
    method: Method,
    headers: HeaderMap,
    Path(path): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    body: axum::body::Bytes,
) -> Response {
    if let Err(response) = admitted(&state, &headers).await {
        return response;
    }
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if method == Method::POST {
        return if path == "Orders" {
            create(&mut s, &body)
        } else if path == "Items" || path == "BusinessPartners" {
            create_master_record(&mut s, &path, &body)
        } else {
            sap_error(
                StatusCode::BAD_REQUEST,
                -5006,
                "The requested action is not supported for this object.",
            )
        };
    }
    if let Some(key) = path
        .strip_prefix("Orders(")
        .and_then(|r| r.strip_suffix(')'))
    {
        return match s.orders.iter().find(|o| o.doc_entry.to_string() == key) {
            Some(o) => Json(order_json(o)).into_response(),
            None => sap_error(
                StatusCode::NOT_FOUND,
                -2028,
                "No matching records found (ODBC -2028)",
            ),
        };
    }
    let rows: Vec<Value> = match path.as_str() {
        "Items" => s.items.iter().map(|(code, valid)| json!({"ItemCode": code, "Valid": if *valid { "tYES" } else { "tNO" }, "Frozen": "tNO"})).collect(),
        "BusinessPartners" => s.partners.iter().map(|(code, name, email)| json!({"CardCode": code, "CardName": name, "EmailAddress": email, "CardType": "cCustomer"})).collect(),
        "Currencies" => s.currencies.iter().map(|c| json!({"Code": c, "Name": c})).collect(),
        "SalesTaxCodes" => s.tax_codes.iter().map(|(code, name, rate)| json!({"Code": code, "Name": name, "Rate": serde_json::from_str::<Value>(&rate.normalize().to_string()).unwrap_or(Value::Null)})).collect(),
        "FinancePeriods" => s.periods.iter().map(|p| json!({"PeriodCode": p.code, "PeriodName": p.code, "PostingDateFrom": format!("{}T00:00:00Z", p.from), "PostingDateTo": format!("{}T00:00:00Z", p.to), "PeriodStatus": if p.locked { "psLocked" } else { "psUnlocked" }})).collect(),
        "Orders" => s.orders.iter().map(order_json).collect(),
        _ => return sap_error(StatusCode::NOT_FOUND, -1, &format!("Resource not found for the segment '{path}'.")),
    };
    let conditions = query
        .get("$filter")
        .map(|f| parse_filter(f))
        .unwrap_or_default();
    let rows: Vec<Value> = rows
        .into_iter()
        .filter(|r| {
            let by_field = |field: &str| {
                conditions
                    .iter()
                    .filter(|(f, _)| f == field)
                    .map(|(_, v)| v.as_str())
                    .collect::<Vec<_>>()
            };
            // Every field named in the filter must match one of its values.
            conditions.iter().all(|(field, _)| {
                let wanted = by_field(field);
                r.get(field.as_str())
                    .and_then(Value::as_str)
                    .is_some_and(|v| wanted.contains(&v))
            })
        })
        .collect();
    let page_size = headers
        .get("prefer")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("odata.maxpagesize="))
        .and_then(|n| n.trim().parse::<usize>().ok())
        .unwrap_or(20)
        .clamp(1, 500);
    let skip: usize = query.get("$skip").and_then(|n| n.parse().ok()).unwrap_or(0);
    let total = rows.len();
    let value: Vec<Value> = rows.into_iter().skip(skip).take(page_size).collect();
    let mut out = json!({ "odata.metadata": format!("https://localhost:50000/b1s/v1/$metadata#{path}"), "value": value });
    if skip + page_size < total {
        let mut next = format!("/b1s/v1/{path}?$skip={}", skip + page_size);
        for (k, v) in query.iter().filter(|(k, _)| k.as_str() != "$skip") {
            next.push_str(&format!(
                "&{k}={}",
                v.replace(' ', "%20").replace('\'', "%27")
            ));
        }
        out["odata.nextLink"] = json!(next);
    }
    Json(out).into_response()
}

fn too_long(property: &str, value: &str, max: usize) -> Option<Response> {
    (value.chars().count() > max).then(|| {
        sap_error(
            StatusCode::BAD_REQUEST,
            -8112,
            &format!("Value too long in property '{property}' of 'AddressExtension'"),
        )
    })
}

/// The checks the DI API runs on a sales order (ORDR/RDR1), first failure wins.
fn refusal(s: &SapState, body: &Map<String, Value>) -> Option<Response> {
    let field = |k: &str| body.get(k).and_then(Value::as_str).unwrap_or_default();
    let card = field("CardCode");
    if !s.partners.iter().any(|(code, _, _)| code == card) {
        return Some(sap_error(
            StatusCode::BAD_REQUEST,
            -10,
            &format!("Invalid BP code [ORDR.CardCode] , '{card}'"),
        ));
    }
    let date = NaiveDate::parse_from_str(field("DocDate"), "%Y-%m-%d").ok();
    match date.and_then(|d| s.periods.iter().find(|p| p.from <= d && d <= p.to)) {
        None => return Some(sap_error(StatusCode::BAD_REQUEST, -5002, "10000156 - Posting Date deviates from the defined range. To complete the operation, define the posting period to match the entered Posting Date.")),
        Some(p) if p.locked => return Some(sap_error(StatusCode::BAD_REQUEST, -4013, "Posting period locked; specify an alternative date")),
        Some(_) => {}
    }
    if let Some(Value::Object(extension)) = body.get("AddressExtension") {
        for (property, value) in extension {
            let max = match property
                .trim_start_matches("ShipTo")
                .trim_start_matches("BillTo")
            {
                "State" | "Country" => 3,
                "ZipCode" => 20,
                _ => 100,
            };
            if let Some(response) = too_long(property, value.as_str().unwrap_or_default(), max) {
                return Some(response);
            }
        }
    }
    for (line, item) in body
        .get("DocumentLines")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let code = item
            .get("ItemCode")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if !s.items.iter().any(|(c, valid)| c == code && *valid) {
            return Some(sap_error(StatusCode::BAD_REQUEST, -10, &format!("Item number is missing; specify an item number [DocumentLines.ItemCode][line: {}]", line + 1)));
        }
    }
    None
}

/// POST Items / BusinessPartners: the code is the key the caller chooses, with the Service
/// Layer's answers to a code that is too long or already taken.
fn create_master_record(s: &mut SapState, path: &str, body: &[u8]) -> Response {
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(body) else {
        return sap_error(StatusCode::BAD_REQUEST, -1000, "Invalid request body");
    };
    let field = |name: &str| {
        body.get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let (key, object, limit) = if path == "Items" {
        ("ItemCode", "Item", 50)
    } else {
        ("CardCode", "BusinessPartner", 15)
    };
    let code = field(key);
    if code.chars().count() > limit {
        return sap_error(
            StatusCode::BAD_REQUEST,
            -8112,
            &format!("Value too long in property '{key}' of '{object}'"),
        );
    }
    let taken = if path == "Items" {
        s.items.iter().any(|(known, _)| *known == code)
    } else {
        s.partners.iter().any(|(known, _, _)| *known == code)
    };
    if code.trim().is_empty() || taken {
        return sap_error(
            StatusCode::BAD_REQUEST,
            -2035,
            "This entry already exists in the following tables (ODBC -2035)",
        );
    }
    if path == "Items" {
        s.items.push((code.clone(), true));
        let created = json!({"ItemCode": code, "ItemName": field("ItemName"), "Valid": "tYES", "Frozen": "tNO"});
        return (StatusCode::CREATED, Json(created)).into_response();
    }
    s.partners
        .push((code.clone(), field("CardName"), field("EmailAddress")));
    let created = json!({"CardCode": code, "CardName": field("CardName"), "EmailAddress": field("EmailAddress"), "CardType": "cCustomer"});
    (StatusCode::CREATED, Json(created)).into_response()
}

fn create(s: &mut SapState, body: &[u8]) -> Response {
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(body) else {
        return sap_error(StatusCode::BAD_REQUEST, -1000, "Invalid request body");
    };
    let reference = body
        .get("NumAtCard")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    if s.faults.timeout_before_commit.remove(&reference) {
        return (StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout").into_response();
    }
    if s.faults.rate_limit_once.remove(&reference) {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [("Retry-After", "1")],
            "Too Many Requests",
        )
            .into_response();
    }
    if let Some(response) = refusal(s, &body) {
        return response;
    }
    let doc_entry = 100 + s.orders.len() as u64;
    let order = SapOrder {
        doc_entry,
        num_at_card: reference.clone(),
        status: "bost_Open".into(),
        body: Value::Object(body),
    };
    let created = order_json(&order);
    s.orders.push(order);
    if s.faults.timeout_after_commit.remove(&reference) {
        return (StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout").into_response();
    }
    (StatusCode::CREATED, Json(created)).into_response()
}
