//! NetSuite SuiteTalk REST on loopback: the OAuth 2.0 token endpoint (JWT client assertion),
//! token-based auth (OAuth 1.0a HMAC-SHA256), SuiteQL with paging, and the `salesOrder`
//! record (POST create, PUT `eid:` upsert, GET by id or `eid:`), answering with NetSuite's
//! `o:errorDetails` bodies.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Form, Json, Router};
use chrono::NaiveDate;
use rand::Rng;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::faults::{cut_off, pause, Faults, Trip, Window};
use crate::server::{serve, Running};

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub id: String,
    pub sku: String,
    pub inactive: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Customer {
    pub id: String,
    pub entity_id: String,
    pub email: String,
    pub company: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Currency {
    pub id: String,
    pub symbol: String,
    pub inactive: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TaxItem {
    pub id: String,
    pub name: String,
    /// Percent, as NetSuite shows it ("7.25%").
    pub rate_percent: Decimal,
}

#[derive(Debug, Clone, Serialize)]
pub struct Period {
    pub id: String,
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub closed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SalesOrder {
    pub id: String,
    pub external_id: String,
    pub status: String,
    pub body: Value,
    /// How many writes reached this record (1 = created once, never updated).
    pub writes: u32,
}

/// The account's records, loaded by a test or the demo.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Account {
    pub company: String,
    pub items: Vec<Item>,
    pub customers: Vec<Customer>,
    pub currencies: Vec<Currency>,
    pub tax_items: Vec<TaxItem>,
    pub periods: Vec<Period>,
    pub sales_orders: Vec<SalesOrder>,
}

/// Credentials the simulated account accepts.
#[derive(Debug, Clone, Default)]
pub struct Integration {
    pub client_id: String,
    pub certificate_id: String,
    /// ES256 public key coordinates (base64url).
    pub public_x: String,
    pub public_y: String,
    pub consumer_key: String,
    pub consumer_secret: String,
    pub token_id: String,
    pub token_secret: String,
    pub realm: String,
    pub token_lifetime: Duration,
}

#[derive(Debug)]
pub struct NetSuiteState {
    pub account: Account,
    pub integration: Integration,
    pub faults: Faults,
    pub requests: u64,
    pub tokens_issued: u64,
    tokens: HashMap<String, Instant>,
    nonces: HashSet<String>,
    pub window: Window,
    base_url: String,
    next_id: u64,
    /// Items and customers created through the API, by external id: an upsert of the same
    /// external id updates the record instead of adding one.
    created: HashMap<String, String>,
    /// The status a new sales order gets (`B`, Pending Fulfillment, unless an approval
    /// workflow or a script puts it elsewhere: `A` pending approval, `H` closed).
    pub new_order_status: String,
}

pub type SharedNetSuite = Arc<Mutex<NetSuiteState>>;

pub struct NetSuiteSimulator {
    pub state: SharedNetSuite,
    pub running: Running,
}

impl NetSuiteSimulator {
    pub async fn start(
        account: Account,
        integration: Integration,
        port: u16,
    ) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(NetSuiteState {
            account,
            integration,
            faults: Faults::default(),
            requests: 0,
            tokens_issued: 0,
            tokens: HashMap::new(),
            nonces: HashSet::new(),
            window: Window::default(),
            base_url: String::new(),
            next_id: 1000,
            created: HashMap::new(),
            new_order_status: "B".into(),
        }));
        let router = Router::new()
            .route("/services/rest/auth/oauth2/v1/token", post(token))
            .route("/services/rest/query/v1/suiteql", post(suiteql))
            .route("/services/rest/record/v1/salesOrder", post(create_order))
            .route(
                "/services/rest/record/v1/salesOrder/{key}",
                get(read_order).put(upsert_order),
            )
            .route(
                "/services/rest/record/v1/noninventorysaleitem/{key}",
                put(upsert_item),
            )
            .route(
                "/services/rest/record/v1/customer/{key}",
                put(upsert_customer),
            )
            .route("/__sim/faults", post(set_faults))
            .route("/__sim/sales-orders", get(list_orders))
            .with_state(state.clone());
        let running = serve(router, port).await?;
        if let Ok(mut s) = state.lock() {
            s.base_url = running.base_url().to_string();
        }
        Ok(Self { state, running })
    }

    pub fn base_url(&self) -> url::Url {
        self.running.base_url()
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut NetSuiteState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }

    /// Forget every issued access token, as NetSuite does when a token expires or is revoked.
    pub fn revoke_tokens(&self) {
        self.update(|s| s.tokens.clear());
    }

    pub fn sales_orders(&self) -> Vec<SalesOrder> {
        self.update(|s| s.account.sales_orders.clone())
            .unwrap_or_default()
    }

    /// Add a record as if it had been entered long ago.
    pub fn insert_sales_order(&self, external_id: &str, body: Value) {
        self.update(|s| {
            s.next_id += 1;
            let id = s.next_id.to_string();
            s.account.sales_orders.push(SalesOrder {
                id,
                external_id: external_id.to_string(),
                status: "B".into(),
                body,
                writes: 1,
            });
        });
    }
}

fn ns_error(status: StatusCode, code: &str, detail: &str, path: Option<&str>) -> Response {
    let title = status.canonical_reason().unwrap_or("Error");
    let mut entry = json!({ "detail": detail, "o:errorCode": code });
    if let Some(path) = path {
        entry["o:errorPath"] = json!(path);
    }
    let body = json!({
        "type": format!("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.{}", section(status)),
        "title": title,
        "status": status.as_u16(),
        "o:errorDetails": [entry],
    });
    (
        status,
        [(
            "Content-Type",
            "application/vnd.oracle.resource+json; type=error",
        )],
        body.to_string(),
    )
        .into_response()
}

fn section(status: StatusCode) -> String {
    let code = status.as_u16();
    match code {
        400..=499 => format!("5.{}", code - 399),
        _ => format!("6.{}", code - 499),
    }
}

fn invalid_login() -> Response {
    ns_error(
        StatusCode::UNAUTHORIZED,
        "INVALID_LOGIN",
        "Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.",
        None,
    )
}

fn gateway_timeout() -> Response {
    (
        StatusCode::GATEWAY_TIMEOUT,
        [("Content-Type", "text/html")],
        "<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center></body></html>",
    )
        .into_response()
}

fn rate_limited(wait: f64) -> Response {
    let mut response = ns_error(
        StatusCode::TOO_MANY_REQUESTS,
        "CONCURRENCY_LIMIT_EXCEEDED",
        "Concurrent request limit exceeded. Request blocked.",
        None,
    );
    if let Ok(value) = format!("{wait:.1}").parse() {
        response.headers_mut().insert("Retry-After", value);
    }
    response
}

/// Faults that apply to every request, checked in the order a real gateway would.
async fn gate(state: &SharedNetSuite) -> Option<Response> {
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
        Trip::Maintenance => (
            StatusCode::SERVICE_UNAVAILABLE,
            [("Retry-After", "600"), ("Content-Type", "text/html")],
            "<html><body><h1>Service Unavailable</h1><p>NetSuite is undergoing scheduled maintenance.</p></body></html>",
        )
            .into_response(),
        Trip::ServerError => ns_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "UNEXPECTED_ERROR",
            "An unexpected error occurred. Error ID: kz3j1q8x1u5c5j0qz0c9",
            None,
        ),
        Trip::RateLimited { retry_after } => rate_limited(retry_after),
    })
}

/// The gateway's faults, then the credentials: what every record and query call goes through.
async fn signed_in<'a>(
    state: &'a SharedNetSuite,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Result<std::sync::MutexGuard<'a, NetSuiteState>, Box<Response>> {
    if let Some(response) = gate(state).await {
        return Err(Box::new(response));
    }
    let mut s = state
        .lock()
        .map_err(|_| Box::new(StatusCode::INTERNAL_SERVER_ERROR.into_response()))?;
    if !authorized(&mut s, method, uri, headers) {
        return Err(Box::new(invalid_login()));
    }
    Ok(s)
}

fn authorized(s: &mut NetSuiteState, method: &Method, uri: &Uri, headers: &HeaderMap) -> bool {
    if s.faults.expired_token {
        return false;
    }
    let header = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if let Some(token) = header.strip_prefix("Bearer ") {
        return s
            .tokens
            .get(token)
            .is_some_and(|until| *until > Instant::now());
    }
    verify_tba(s, method, uri, header)
}

fn verify_tba(s: &mut NetSuiteState, method: &Method, uri: &Uri, header: &str) -> bool {
    let Some(pairs) = crate_oauth::parse(header) else {
        return false;
    };
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let i = &s.integration;
    if get("realm").as_deref() != Some(i.realm.as_str())
        || get("oauth_consumer_key").as_deref() != Some(i.consumer_key.as_str())
        || get("oauth_token").as_deref() != Some(i.token_id.as_str())
        || get("oauth_signature_method").as_deref() != Some("HMAC-SHA256")
    {
        return false;
    }
    let (Some(nonce), Some(timestamp), Some(signature)) = (
        get("oauth_nonce"),
        get("oauth_timestamp"),
        get("oauth_signature"),
    ) else {
        return false;
    };
    let fresh = timestamp
        .parse::<i64>()
        .is_ok_and(|t| (chrono::Utc::now().timestamp() - t).abs() < 300);
    let Ok(url) = url::Url::parse(&format!("{}{}", s.base_url.trim_end_matches('/'), uri)) else {
        return false;
    };
    let params: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, _)| k.starts_with("oauth_") && k != "oauth_signature")
        .cloned()
        .collect();
    let expected = crate_oauth::sign(
        &crate_oauth::base_string(method.as_str(), &url, &params),
        &i.consumer_secret,
        &i.token_secret,
    );
    // A nonce may be used once: NetSuite refuses replays as INVALID_LOGIN.
    fresh && expected == signature && s.nonces.insert(nonce)
}

/// OAuth 1.0a verification, written apart from the connector's signing code so a mistake in
/// one is not mirrored in the other.
mod crate_oauth {
    use base64::Engine;
    use hmac::{Hmac, Mac};
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    use sha2::Sha256;

    const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');

    fn pct(s: &str) -> String {
        utf8_percent_encode(s, UNRESERVED).to_string()
    }

    pub fn parse(header: &str) -> Option<Vec<(String, String)>> {
        let body = header.strip_prefix("OAuth ")?;
        let mut out = Vec::new();
        for part in body.split(',') {
            let (k, v) = part.trim().split_once('=')?;
            let v = percent_encoding::percent_decode_str(v.trim_matches('"'))
                .decode_utf8()
                .ok()?;
            out.push((k.to_string(), v.to_string()));
        }
        Some(out)
    }

    pub fn base_string(method: &str, url: &url::Url, oauth: &[(String, String)]) -> String {
        let mut all: Vec<String> = url
            .query_pairs()
            .map(|(k, v)| format!("{}={}", pct(&k), pct(&v)))
            .chain(oauth.iter().map(|(k, v)| format!("{}={}", pct(k), pct(v))))
            .collect();
        all.sort();
        let origin = format!(
            "{}://{}{}",
            url.scheme(),
            url.host_str().unwrap_or(""),
            port(url)
        );
        format!(
            "{}&{}&{}",
            method,
            pct(&format!("{origin}{}", url.path())),
            pct(&all.join("&"))
        )
    }

    fn port(url: &url::Url) -> String {
        url.port().map(|p| format!(":{p}")).unwrap_or_default()
    }

    pub fn sign(base: &str, consumer_secret: &str, token_secret: &str) -> String {
        let key = format!("{}&{}", pct(consumer_secret), pct(token_secret));
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key.as_bytes()) else {
            return String::new();
        };
        mac.update(base.as_bytes());
        base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
    }
}

#[derive(Deserialize)]
struct TokenForm {
    grant_type: Option<String>,
    client_assertion_type: Option<String>,
    client_assertion: Option<String>,
}

#[derive(Deserialize)]
struct AssertionClaims {
    iss: String,
    aud: String,
    iat: i64,
    exp: i64,
    scope: Value,
}

async fn token(State(state): State<SharedNetSuite>, Form(form): Form<TokenForm>) -> Response {
    if let Some(response) = gate(&state).await {
        return response;
    }
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let oauth_error =
        |error: &str| (StatusCode::BAD_REQUEST, Json(json!({ "error": error }))).into_response();
    if form.grant_type.as_deref() != Some("client_credentials")
        || form.client_assertion_type.as_deref()
            != Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
    {
        return oauth_error("invalid_request");
    }
    let Some(assertion) = form.client_assertion else {
        return oauth_error("invalid_request");
    };
    let header = match jsonwebtoken::decode_header(&assertion) {
        Ok(h) => h,
        Err(_) => return oauth_error("invalid_request"),
    };
    let i = s.integration.clone();
    if header.kid.as_deref() != Some(i.certificate_id.as_str()) {
        return oauth_error("invalid_client");
    }
    let Ok(key) = jsonwebtoken::DecodingKey::from_ec_components(&i.public_x, &i.public_y) else {
        return oauth_error("server_error");
    };
    let token_url = format!("{}services/rest/auth/oauth2/v1/token", s.base_url);
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::ES256);
    validation.set_audience(&[token_url.as_str()]);
    validation.set_issuer(&[i.client_id.as_str()]);
    let claims = match jsonwebtoken::decode::<AssertionClaims>(&assertion, &key, &validation) {
        Ok(data) => data.claims,
        Err(_) => return oauth_error("invalid_grant"),
    };
    let scoped = claims
        .scope
        .as_array()
        .is_some_and(|a| a.iter().any(|v| v == "rest_webservices"))
        || claims
            .scope
            .as_str()
            .is_some_and(|v| v.contains("rest_webservices"));
    if claims.exp - claims.iat > 3600
        || !scoped
        || claims.aud != token_url
        || claims.iss != i.client_id
    {
        return oauth_error("invalid_grant");
    }
    let token: String = rand::thread_rng()
        .sample_iter(&rand::distributions::Alphanumeric)
        .take(40)
        .map(char::from)
        .collect();
    s.tokens
        .insert(token.clone(), Instant::now() + i.token_lifetime);
    s.tokens_issued += 1;
    Json(json!({
        "access_token": token,
        "expires_in": i.token_lifetime.as_secs().to_string(),
        "token_type": "bearer",
    }))
    .into_response()
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

async fn list_orders(State(state): State<SharedNetSuite>) -> Response {
    match state.lock() {
        Ok(s) => Json(json!({
            "count": s.account.sales_orders.len(),
            "items": s.account.sales_orders.iter().map(|o| json!({"id": o.id, "externalId": o.external_id, "writes": o.writes})).collect::<Vec<_>>(),
        }))
        .into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

#[derive(Deserialize)]
struct Paging {
    limit: Option<usize>,
    offset: Option<usize>,
}

fn flag(b: bool) -> Value {
    json!(if b { "T" } else { "F" })
}

fn us_date(d: NaiveDate) -> String {
    d.format("%-m/%-d/%Y").to_string()
}

/// Every column of a table, as SuiteQL prints them: strings, lower-case keys.
fn table_rows(s: &NetSuiteState, table: &str, filter: &Where) -> Option<Vec<Map<String, Value>>> {
    let rows: Vec<Value> = match table {
        "item" => s.account.items.iter().map(|i| json!({"id": i.id, "itemid": i.sku, "isinactive": flag(i.inactive)})).collect(),
        "customer" => s.account.customers.iter().map(|c| json!({"id": c.id, "entityid": c.entity_id, "email": c.email, "companyname": c.company})).collect(),
        "currency" => s.account.currencies.iter().map(|c| json!({"id": c.id, "symbol": c.symbol, "isinactive": flag(c.inactive)})).collect(),
        "salestaxitem" => s.account.tax_items.iter().map(|t| json!({"id": t.id, "itemid": t.name, "rate": format!("{}%", t.rate_percent.normalize())})).collect(),
        "accountingperiod" => s.account.periods.iter().map(|p| json!({"id": p.id, "periodname": p.name, "startdate": us_date(p.start), "enddate": us_date(p.end), "closed": flag(p.closed), "isquarter": "F", "isyear": "F"})).collect(),
        "subsidiary" => vec![json!({"id": "1", "name": s.account.company})],
        "transaction" => s
            .account
            .sales_orders
            .iter()
            .filter(|o| filter.external_ids.as_ref().is_none_or(|ids| ids.contains(&o.external_id)))
            .map(|o| json!({"id": o.id, "externalid": o.external_id, "status": o.status, "type": "SalesOrd"}))
            .collect(),
        _ => return None,
    };
    Some(
        rows.into_iter()
            .filter_map(|v| v.as_object().cloned())
            .filter(|row| {
                filter.equals.as_ref().is_none_or(|(column, literal)| {
                    row.get(column).and_then(Value::as_str) == Some(literal.as_str())
                })
            })
            .collect(),
    )
}

#[derive(Default)]
struct Where {
    external_ids: Option<HashSet<String>>,
    /// `column = 'literal'`: how a per-record lookup (one item by SKU, one customer by
    /// e-mail) asks, as integrations that look up each order's records one by one do.
    equals: Option<(String, String)>,
    max_rows: Option<usize>,
}

/// `column = 'literal'` at the start of a WHERE clause, the literal as written ('' is a quote).
fn column_equals(clause: &str) -> Option<(String, String)> {
    let (column, rest) = clause.split_once('=')?;
    let column = column.trim();
    if column.is_empty()
        || !column
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return None;
    }
    let rest = rest.trim_start().strip_prefix('\'')?;
    let mut literal = String::new();
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            if chars.peek() == Some(&'\'') {
                chars.next();
            } else {
                return Some((column.to_ascii_lowercase(), literal));
            }
        }
        literal.push(c);
    }
    None
}

/// Just enough SuiteQL for the connector's queries: a column list, one table, `externalid IN
/// (…)` and `ROWNUM <= n`. Anything else is refused the way NetSuite refuses it.
fn parse_query(q: &str) -> Result<(Vec<String>, String, Where), String> {
    let lower = q.to_ascii_lowercase();
    let select = lower.find("select ").ok_or("select")?;
    let from = lower.find(" from ").ok_or("from")?;
    let columns: Vec<String> = lower[select + 7..from]
        .split(',')
        .map(|c| c.trim().to_string())
        .collect();
    let rest = lower[from + 6..].trim();
    let table: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let mut filter = Where::default();
    if let Some(at) = lower.find("externalid in (") {
        let start = at + "externalid in (".len();
        let end = q[start..].find(')').map(|e| start + e).ok_or("in")?;
        // Take the literals from the original text: external ids are case-sensitive.
        let ids = q[start..end]
            .split(',')
            .map(|v| v.trim().trim_matches('\'').replace("''", "'"))
            .collect();
        filter.external_ids = Some(ids);
    }
    if let Some(at) = lower.find(" where ") {
        filter.equals = column_equals(&q[at + " where ".len()..]);
    }
    if let Some(at) = lower.find("rownum <=") {
        filter.max_rows = lower[at + 9..]
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok());
    }
    Ok((columns, table, filter))
}

async fn suiteql(
    State(state): State<SharedNetSuite>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Query(paging): Query<Paging>,
    body: axum::body::Bytes,
) -> Response {
    let s = match signed_in(&state, &method, &uri, &headers).await {
        Ok(s) => s,
        Err(response) => return *response,
    };
    let transient = headers.get("prefer").and_then(|v| v.to_str().ok()) == Some("transient");
    if !transient {
        return ns_error(
            StatusCode::BAD_REQUEST,
            "INVALID_HEADER",
            "Invalid Prefer header. SuiteQL requests require the 'Prefer: transient' header.",
            None,
        );
    }
    let query = serde_json::from_slice::<Value>(&body)
        .ok()
        .and_then(|v| v.get("q").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_default();
    let unknown = |what: &str| {
        ns_error(
            StatusCode::BAD_REQUEST,
            "INVALID_PARAMETER",
            &format!("Invalid search query. Detailed unprocessed description follows. Search error occurred: Unknown identifier '{what}'. Available identifiers are: {{transaction=transaction}}."),
            None,
        )
    };
    let (columns, table, filter) = match parse_query(&query) {
        Ok(parsed) => parsed,
        Err(what) => return unknown(&what),
    };
    let Some(mut rows) = table_rows(&s, &table, &filter) else {
        return unknown(&table);
    };
    if let Some(max) = filter.max_rows {
        rows.truncate(max);
    }
    if let Some(column) = columns
        .iter()
        .find(|c| rows.first().is_some_and(|r| !r.contains_key(c.as_str())) && c.as_str() != "*")
    {
        return unknown(column);
    }
    let limit = paging.limit.unwrap_or(1000).clamp(1, 1000);
    let offset = paging.offset.unwrap_or(0);
    let total = rows.len();
    let items: Vec<Value> = rows
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|row| {
            let mut out = Map::new();
            out.insert("links".into(), json!([]));
            for (k, v) in row {
                if columns.iter().any(|c| c == &k || c == "*") {
                    out.insert(k, v);
                }
            }
            Value::Object(out)
        })
        .collect();
    let has_more = offset + items.len() < total;
    let link = |o: usize| {
        format!(
            "{}services/rest/query/v1/suiteql?limit={limit}&offset={o}",
            s.base_url
        )
    };
    let mut links = vec![json!({"rel": "self", "href": link(offset)})];
    if has_more {
        links.insert(0, json!({"rel": "next", "href": link(offset + limit)}));
    }
    Json(json!({
        "links": links,
        "count": items.len(),
        "hasMore": has_more,
        "items": items,
        "offset": offset,
        "totalResults": total,
    }))
    .into_response()
}

fn record_json(s: &NetSuiteState, order: &SalesOrder) -> Value {
    let status_text = match order.status.as_str() {
        "A" => "Pending Approval",
        "B" => "Pending Fulfillment",
        _ => "Closed",
    };
    let mut body = order.body.clone();
    body["links"] = json!([{ "rel": "self", "href": format!("{}services/rest/record/v1/salesOrder/{}", s.base_url, order.id) }]);
    body["id"] = json!(order.id);
    body["externalId"] = json!(order.external_id);
    body["tranId"] = json!(format!("SO{}", order.id));
    body["status"] = json!({ "id": order.status, "refName": status_text });
    body
}

async fn read_order(
    State(state): State<SharedNetSuite>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path(key): Path<String>,
) -> Response {
    let s = match signed_in(&state, &method, &uri, &headers).await {
        Ok(s) => s,
        Err(response) => return *response,
    };
    let found = match key.strip_prefix("eid:") {
        Some(eid) => s.account.sales_orders.iter().find(|o| o.external_id == eid),
        None => s.account.sales_orders.iter().find(|o| o.id == key),
    };
    match found {
        Some(order) => Json(record_json(&s, order)).into_response(),
        None => {
            let mut response = ns_error(
                StatusCode::NOT_FOUND,
                "NONEXISTENT_ID",
                "The record instance does not exist. Provide a valid record instance ID.",
                None,
            );
            if let Ok(v) = format!("/services/rest/record/v1/salesOrder/{key}").parse() {
                response.headers_mut().insert("X-Requested-Path", v);
            }
            response
        }
    }
}

async fn create_order(
    State(state): State<SharedNetSuite>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    write_order(state, method, uri, headers, None, body).await
}

async fn upsert_order(
    State(state): State<SharedNetSuite>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path(key): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let Some(eid) = key.strip_prefix("eid:") else {
        return ns_error(
            StatusCode::BAD_REQUEST,
            "INVALID_REQUEST",
            "Upsert requires an external ID in the form eid:value.",
            None,
        );
    };
    if !eid
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return ns_error(
            StatusCode::BAD_REQUEST,
            "INVALID_ID",
            "The external ID contains characters that are not allowed.",
            None,
        );
    }
    write_order(state, method, uri, headers, Some(eid.to_string()), body).await
}

#[derive(Clone, Copy)]
enum RecordKind {
    Item,
    Customer,
}

async fn upsert_item(
    State(state): State<SharedNetSuite>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path(key): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    upsert_record(state, RecordKind::Item, method, uri, headers, key, body).await
}

async fn upsert_customer(
    State(state): State<SharedNetSuite>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path(key): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    upsert_record(state, RecordKind::Customer, method, uri, headers, key, body).await
}

/// Item and customer upserts: the fields NetSuite requires, its "Please enter value(s)"
/// answer when one is missing, and 204 with the record's Location.
async fn upsert_record(
    state: SharedNetSuite,
    kind: RecordKind,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    key: String,
    body: axum::body::Bytes,
) -> Response {
    let mut s = match signed_in(&state, &method, &uri, &headers).await {
        Ok(s) => s,
        Err(response) => return *response,
    };
    let Some(eid) = key.strip_prefix("eid:").map(str::to_string) else {
        return ns_error(
            StatusCode::BAD_REQUEST,
            "INVALID_REQUEST",
            "Upsert requires an external ID in the form eid:value.",
            None,
        );
    };
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return ns_error(
            StatusCode::BAD_REQUEST,
            "INVALID_CONTENT",
            "Error while accessing resource: The request body is not valid JSON.",
            None,
        );
    };
    let field = |name: &str| {
        body.get(name)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let (required, label) = match kind {
        RecordKind::Item => ("itemId", "Item Name/Number"),
        RecordKind::Customer => ("companyName", "Company Name"),
    };
    let Some(name) = field(required) else {
        return ns_error(
            StatusCode::BAD_REQUEST,
            "USER_ERROR",
            &format!("Error while accessing a resource. Please enter value(s) for: {label}."),
            Some(required),
        );
    };
    let id = match s.created.get(&eid) {
        Some(id) => id.clone(),
        None => {
            s.next_id += 1;
            let id = s.next_id.to_string();
            s.created.insert(eid.clone(), id.clone());
            id
        }
    };
    let record = match kind {
        RecordKind::Item => {
            s.account.items.retain(|i| i.id != id);
            s.account.items.push(Item {
                id: id.clone(),
                sku: name,
                inactive: false,
            });
            "noninventorysaleitem"
        }
        RecordKind::Customer => {
            s.account.customers.retain(|c| c.id != id);
            s.account.customers.push(Customer {
                id: id.clone(),
                entity_id: format!("CUST{id}"),
                email: field("email").unwrap_or_default(),
                company: name,
            });
            "customer"
        }
    };
    let location = format!("{}services/rest/record/v1/{record}/{id}", s.base_url);
    (StatusCode::NO_CONTENT, [("Location", location)]).into_response()
}

async fn write_order(
    state: SharedNetSuite,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    upsert_key: Option<String>,
    body: axum::body::Bytes,
) -> Response {
    let mut s = match signed_in(&state, &method, &uri, &headers).await {
        Ok(s) => s,
        Err(response) => return *response,
    };
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return ns_error(
            StatusCode::BAD_REQUEST,
            "INVALID_CONTENT",
            "Error while accessing resource: The request body is not valid JSON.",
            None,
        );
    };
    let external_id = upsert_key
        .clone()
        .or_else(|| {
            body.get("externalId")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .unwrap_or_default();
    if s.faults.timeout_before_commit.remove(&external_id) {
        return gateway_timeout();
    }
    if s.faults.server_error_once.remove(&external_id) {
        return ns_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "UNEXPECTED_ERROR",
            "An unexpected error occurred. Error ID: lq4mz0e7t1vfo2b1m8kx",
            None,
        );
    }
    if s.faults.rate_limit_once.remove(&external_id) {
        return rate_limited(1.0);
    }
    if let Err(response) = validate(&s.account, &body) {
        return *response;
    }
    let existing = s
        .account
        .sales_orders
        .iter()
        .position(|o| !external_id.is_empty() && o.external_id == external_id);
    let id = match (existing, upsert_key.is_some()) {
        (Some(_), false) => {
            return ns_error(
                StatusCode::BAD_REQUEST,
                "USER_ERROR",
                "Error while accessing a resource. This record already exists.",
                None,
            )
        }
        (Some(at), true) => {
            let order = &mut s.account.sales_orders[at];
            order.body = body;
            order.writes += 1;
            order.id.clone()
        }
        (None, _) => {
            s.next_id += 1;
            let id = s.next_id.to_string();
            let status = s.new_order_status.clone();
            s.account.sales_orders.push(SalesOrder {
                id: id.clone(),
                external_id: external_id.clone(),
                status,
                body,
                writes: 1,
            });
            id
        }
    };
    if s.faults.timeout_after_commit.remove(&external_id) {
        return gateway_timeout();
    }
    if s.faults.cut_off_after_commit.remove(&external_id) {
        // NetSuite answers a write with 204 and no body; the connection drops before that
        // status arrives, so the client reads a broken answer.
        return cut_off(StatusCode::OK, r#"{"id":""}"#, 0);
    }
    let location = format!("{}services/rest/record/v1/salesOrder/{id}", s.base_url);
    (StatusCode::NO_CONTENT, [("Location", location)]).into_response()
}

fn invalid_value(value: &str, field: &str, path: &str) -> Response {
    ns_error(
        StatusCode::BAD_REQUEST,
        "INVALID_CONTENT",
        &format!("Error while accessing resource: You have entered an Invalid Field Value {value} for the following field: {field}"),
        Some(path),
    )
}

fn ref_key(reference: &Value) -> (Option<&str>, Option<&str>) {
    (
        reference.get("id").and_then(Value::as_str),
        reference.get("externalId").and_then(Value::as_str),
    )
}

/// The checks NetSuite runs on a sales order, first failure wins.
fn validate(account: &Account, body: &Value) -> Result<(), Box<Response>> {
    let user_error = |detail: &str| {
        Box::new(ns_error(
            StatusCode::BAD_REQUEST,
            "USER_ERROR",
            detail,
            None,
        ))
    };
    let entity = body
        .get("entity")
        .ok_or_else(|| user_error("Please enter value(s) for: Customer"))?;
    match ref_key(entity) {
        (Some(id), _) if account.customers.iter().any(|c| c.id == id) => {}
        (Some(id), _) => return Err(Box::new(invalid_value(id, "entity", "entity"))),
        (None, Some(key)) => {
            return Err(Box::new(ns_error(
                StatusCode::BAD_REQUEST,
                "INVALID_KEY_OR_REF",
                &format!("Invalid customer reference key {key}."),
                Some("entity"),
            )))
        }
        (None, None) => return Err(user_error("Please enter value(s) for: Customer")),
    }
    if let Some(currency) = body.get("currency") {
        let known = match ref_key(currency) {
            (Some(id), _) => account.currencies.iter().find(|c| c.id == id),
            (None, Some(code)) => account.currencies.iter().find(|c| c.symbol == code),
            _ => None,
        };
        let label = ref_key(currency)
            .0
            .or(ref_key(currency).1)
            .unwrap_or_default()
            .to_string();
        match known {
            Some(c) if !c.inactive => {}
            Some(c) => {
                return Err(user_error(&format!(
                    "The currency {} does not exist",
                    c.symbol
                )))
            }
            None => return Err(user_error(&format!("The currency {label} does not exist"))),
        }
    }
    let date = body
        .get("tranDate")
        .and_then(Value::as_str)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .ok_or_else(|| user_error("Please enter value(s) for: Date"))?;
    let period = account
        .periods
        .iter()
        .filter(|p| p.start <= date && date <= p.end)
        .min_by_key(|p| p.end - p.start);
    if period.is_none_or(|p| p.closed) {
        return Err(user_error("The transaction date you specified is not within the date range of your accounting period."));
    }
    let lines = body
        .pointer("/item/items")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if lines.is_empty() {
        return Err(user_error(
            "You must enter at least one line item for this transaction.",
        ));
    }
    for (i, line) in lines.iter().enumerate() {
        let item = line.get("item").cloned().unwrap_or(Value::Null);
        let ok = match ref_key(&item) {
            (Some(id), _) => account.items.iter().any(|it| it.id == id && !it.inactive),
            (None, Some(sku)) => account.items.iter().any(|it| it.sku == sku && !it.inactive),
            _ => false,
        };
        if !ok {
            let value = ref_key(&item)
                .0
                .or(ref_key(&item).1)
                .unwrap_or_default()
                .to_string();
            return Err(Box::new(invalid_value(
                &value,
                "item",
                &format!("item.items[{i}].item"),
            )));
        }
        if let Some(tax) = line.get("taxCode") {
            let known = match ref_key(tax) {
                (Some(id), _) => account.tax_items.iter().any(|t| t.id == id),
                (None, Some(name)) => account.tax_items.iter().any(|t| t.name == name),
                _ => false,
            };
            if !known {
                let value = ref_key(tax)
                    .0
                    .or(ref_key(tax).1)
                    .unwrap_or_default()
                    .to_string();
                return Err(Box::new(ns_error(
                    StatusCode::BAD_REQUEST,
                    "INVALID_KEY_OR_REF",
                    &format!("Invalid tax code reference key {value}."),
                    Some(&format!("item.items[{i}].taxCode")),
                )));
            }
        }
    }
    for which in ["billingAddress", "shippingAddress"] {
        let Some(address) = body.get(which) else {
            continue;
        };
        let country = address
            .pointer("/country/id")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(Box::new(invalid_value(
                country,
                "country",
                &format!("{which}.country"),
            )));
        }
        for (field, max) in [
            ("addressee", 83),
            ("addr1", 150),
            ("addr2", 150),
            ("city", 50),
            ("addrPhone", 21),
        ] {
            let Some(value) = address.get(field).and_then(Value::as_str) else {
                continue;
            };
            let odd = value.chars().any(|c| {
                (c as u32) > 0xFFFF
                    || c.is_control()
                    || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}')
            });
            if odd || value.len() > max {
                return Err(Box::new(invalid_value(
                    value,
                    field,
                    &format!("{which}.{field}"),
                )));
            }
        }
    }
    Ok(())
}
