//! Shopify Admin GraphQL on loopback: `orders` with cursor pagination and `shop`, the
//! `X-Shopify-Access-Token` header, the calculated-cost bucket with `THROTTLED`, 401/429/503.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use base64::Engine;
use chrono::{DateTime, SubsecRound, Utc};
use osd_model::{Address, Order, TaxLine};
use serde_json::{json, Value};

use crate::faults::{pause, Faults, Trip, Window};
use crate::server::{serve, Running};

/// An order in the simulated shop, with the flags the sync must respect.
#[derive(Debug, Clone)]
pub struct ShopOrder {
    pub order: Order,
    pub updated_at: DateTime<Utc>,
    pub test: bool,
    pub cancelled: bool,
}

#[derive(Debug)]
pub struct ShopState {
    pub shop_name: String,
    pub currency: String,
    pub access_token: String,
    pub orders: Vec<ShopOrder>,
    pub faults: Faults,
    pub requests: u64,
    /// An app allowed to use the client credentials grant: (client id, client secret).
    pub app: Option<(String, String)>,
    /// How long a granted token lives (Shopify: 86,399 seconds).
    pub token_lifetime: Duration,
    pub grants: u64,
    /// Refresh tokens of expiring offline access; each works once and is replaced.
    pub refresh_tokens: std::collections::HashSet<String>,
    granted: HashMap<String, Instant>,
    bucket: Bucket,
    window: Window,
}

#[derive(Debug)]
struct Bucket {
    maximum: f64,
    available: f64,
    restore_rate: f64,
    at: Instant,
}

impl Bucket {
    fn refill(&mut self) {
        let now = Instant::now();
        self.available = (self.available
            + now.duration_since(self.at).as_secs_f64() * self.restore_rate)
            .min(self.maximum);
        self.at = now;
    }
}

pub type SharedShop = Arc<Mutex<ShopState>>;

pub struct ShopifySimulator {
    pub state: SharedShop,
    pub running: Running,
}

impl ShopifySimulator {
    pub async fn start(
        shop_name: &str,
        access_token: &str,
        orders: Vec<ShopOrder>,
        port: u16,
    ) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(ShopState {
            shop_name: shop_name.to_string(),
            currency: "USD".into(),
            access_token: access_token.to_string(),
            orders,
            faults: Faults::default(),
            requests: 0,
            app: None,
            token_lifetime: Duration::from_secs(86_399),
            grants: 0,
            refresh_tokens: std::collections::HashSet::new(),
            granted: HashMap::new(),
            // Shopify's standard plan: a 2,000-point bucket refilled at 100 points a second.
            bucket: Bucket {
                maximum: 2000.0,
                available: 2000.0,
                restore_rate: 100.0,
                at: Instant::now(),
            },
            window: Window::default(),
        }));
        let router = Router::new()
            .route("/admin/api/{version}/graphql.json", post(graphql))
            .route("/admin/oauth/access_token", post(grant))
            .route("/__sim/faults", post(set_faults))
            .route("/__sim/orders", post(add_orders))
            .with_state(state.clone());
        let running = serve(router, port).await?;
        Ok(Self { state, running })
    }

    pub fn base_url(&self) -> url::Url {
        self.running.base_url()
    }

    /// Change the fault knobs while serving.
    pub fn set_faults(&self, faults: Faults) {
        if let Ok(mut state) = self.state.lock() {
            state.faults = faults;
        }
    }

    /// Set how full the cost bucket is, to exercise throttling.
    pub fn drain_bucket(&self, available: f64) {
        if let Ok(mut state) = self.state.lock() {
            state.bucket.available = available;
            state.bucket.at = Instant::now();
        }
    }

    pub fn requests(&self) -> u64 {
        self.state.lock().map(|s| s.requests).unwrap_or(0)
    }
}

/// The client credentials and refresh token grants, as JSON or a form.
async fn grant(
    State(state): State<SharedShop>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let json_body = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let fields: HashMap<String, String> = if json_body {
        serde_json::from_slice::<HashMap<String, Value>>(&body)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(k, v)| v.as_str().map(|v| (k, v.to_string())))
            .collect()
    } else {
        url::form_urlencoded::parse(&body).into_owned().collect()
    };
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let oauth_error = |status: StatusCode, error: &str, description: &str| {
        (
            status,
            Json(json!({ "error": error, "error_description": description })),
        )
            .into_response()
    };
    let grant_type = get("grant_type");
    if grant_type != "client_credentials" && grant_type != "refresh_token" {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "The grant type is not supported.",
        );
    }
    match &s.app {
        Some((id, secret)) if *id == get("client_id") && *secret == get("client_secret") => {}
        _ => {
            return oauth_error(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "Client authentication failed.",
            )
        }
    }
    // An expiring offline token's refresh token works once and is replaced by a new one.
    let rotated = if grant_type == "refresh_token" {
        if !s.refresh_tokens.remove(&get("refresh_token")) {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_grant",
                "The refresh token is invalid or has expired.",
            );
        }
        let next = format!("shprt_{:08}", s.grants);
        s.refresh_tokens.insert(next.clone());
        Some(next)
    } else {
        None
    };
    let token = format!("shpat_granted_{:08}", s.grants);
    s.grants += 1;
    let lifetime = s.token_lifetime;
    s.granted.insert(token.clone(), Instant::now() + lifetime);
    let mut answer = json!({ "access_token": token, "scope": "read_orders,read_all_orders", "expires_in": lifetime.as_secs() });
    if let Some(next) = rotated {
        answer["refresh_token"] = json!(next);
        answer["refresh_token_expires_in"] = json!(90 * 24 * 3600);
    }
    Json(answer).into_response()
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

async fn graphql(
    State(state): State<SharedShop>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    s.requests += 1;
    let st = &mut *s;
    if let Some(trip) = st.faults.trip(&mut st.window) {
        return match trip {
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
        };
    }
    let token = headers
        .get("X-Shopify-Access-Token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let granted = s
        .granted
        .get(token)
        .is_some_and(|until| *until > Instant::now());
    if (token != s.access_token && !granted) || s.faults.expired_token {
        return errors(
            StatusCode::UNAUTHORIZED,
            "[API] Invalid API key or access token (unrecognized login or wrong password)",
        );
    }
    let Ok(request) = serde_json::from_slice::<Value>(&body) else {
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
    if query.contains("shop {") || query.contains("shop{") {
        let data = json!({ "shop": { "name": s.shop_name, "currencyCode": s.currency } });
        return charge(&mut s, 1.0, 1.0, data);
    }
    if !query.contains("orders(") {
        return Json(json!({
            "errors": [{ "message": "Field 'unknown' doesn't exist on type 'QueryRoot'", "extensions": { "code": "undefinedField" } }]
        }))
        .into_response();
    }
    let first = variables.get("first").and_then(Value::as_u64).unwrap_or(0);
    if first == 0 || first > 250 {
        return Json(json!({
            "data": null,
            "errors": [{ "message": "you must provide one of first or last", "locations": [{"line": 2, "column": 3}], "path": ["orders"] }]
        }))
        .into_response();
    }
    let line_items = nested_first(query, "lineItems(").unwrap_or(10) as f64;
    // Shopify prices a connection at its `first` times the cost of one node.
    let requested = 2.0 + first as f64 * (3.0 + line_items);
    let after = variables
        .get("after")
        .and_then(Value::as_str)
        .and_then(decode_cursor);
    let since = variables
        .get("query")
        .and_then(Value::as_str)
        .and_then(updated_since);
    let mut matching: Vec<&ShopOrder> = s
        .orders
        .iter()
        .filter(|o| {
            since.is_none_or(|(t, inclusive)| o.updated_at > t || (inclusive && o.updated_at == t))
        })
        .filter(|o| {
            after
                .as_ref()
                .is_none_or(|(id, at)| (o.updated_at, numeric_id(&o.order.store_id)) > (*at, *id))
        })
        .collect();
    matching.sort_by_key(|o| (o.updated_at, numeric_id(&o.order.store_id)));
    let has_next = matching.len() as u64 > first;
    let page: Vec<&ShopOrder> = matching.into_iter().take(first as usize).collect();
    let actual = 2.0
        + page
            .iter()
            .map(|o| 3.0 + o.order.lines.len() as f64)
            .sum::<f64>();
    let edges: Vec<Value> = page
        .iter()
        .map(|o| json!({ "cursor": cursor(o), "node": node(o) }))
        .collect();
    let end_cursor = page.last().map(|o| cursor(o));
    let data = json!({
        "orders": {
            "edges": edges,
            "pageInfo": {
                "hasNextPage": has_next,
                "hasPreviousPage": after.is_some(),
                "startCursor": page.first().map(|o| cursor(o)),
                "endCursor": end_cursor,
            }
        }
    });
    charge(&mut s, requested, actual, data)
}

/// Deduct the cost from the bucket, or answer THROTTLED (HTTP 200, as Shopify does).
fn charge(s: &mut ShopState, requested: f64, actual: f64, data: Value) -> Response {
    if requested > s.bucket.maximum {
        return Json(json!({
            "errors": [{ "message": format!("Query cost is {requested}, which exceeds the single query max cost limit ({}).", s.bucket.maximum), "extensions": { "code": "MAX_COST_EXCEEDED", "cost": requested, "maxCost": s.bucket.maximum } }]
        }))
        .into_response();
    }
    s.bucket.refill();
    if s.bucket.available < requested {
        return Json(json!({
            "errors": [{ "message": "Throttled", "extensions": { "code": "THROTTLED", "documentation": "https://shopify.dev/api/usage/rate-limits" } }],
            "extensions": { "cost": {
                "requestedQueryCost": requested, "actualQueryCost": null,
                "throttleStatus": { "maximumAvailable": s.bucket.maximum, "currentlyAvailable": s.bucket.available.floor(), "restoreRate": s.bucket.restore_rate }
            } }
        }))
        .into_response();
    }
    s.bucket.available -= actual;
    Json(json!({
        "data": data,
        "extensions": { "cost": {
            "requestedQueryCost": requested, "actualQueryCost": actual,
            "throttleStatus": { "maximumAvailable": s.bucket.maximum, "currentlyAvailable": s.bucket.available.floor(), "restoreRate": s.bucket.restore_rate }
        } }
    }))
    .into_response()
}

fn nested_first(query: &str, connection: &str) -> Option<u64> {
    let rest = &query[query.find(connection)? + connection.len()..];
    let rest = rest.trim_start().strip_prefix("first:")?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// `updated_at:>'2026-11-01T00:00:00Z'` or `updated_at:>=…` (quotes optional); true when
/// the bound is inclusive.
fn updated_since(search: &str) -> Option<(DateTime<Utc>, bool)> {
    let rest = search.split("updated_at:>").nth(1)?;
    let inclusive = rest.starts_with('=');
    let value = rest
        .trim_start_matches('=')
        .trim_matches(|c| c == '\'' || c == '"');
    let value = value
        .split_whitespace()
        .next()?
        .trim_matches(|c| c == '\'' || c == '"');
    DateTime::parse_from_rfc3339(value)
        .ok()
        .map(|d| (d.with_timezone(&Utc), inclusive))
}

fn numeric_id(gid: &str) -> u64 {
    gid.rsplit('/')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Shopify cursors are base64 JSON `{"last_id":…,"last_value":…}`.
fn cursor(o: &ShopOrder) -> String {
    let raw = json!({
        "last_id": numeric_id(&o.order.store_id),
        "last_value": o.updated_at.format("%Y-%m-%d %H:%M:%S%.6f").to_string(),
    });
    base64::engine::general_purpose::STANDARD.encode(raw.to_string())
}

fn decode_cursor(text: &str) -> Option<(u64, DateTime<Utc>)> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text)
        .ok()?;
    let value: Value = serde_json::from_slice(&bytes).ok()?;
    let id = value.get("last_id")?.as_u64()?;
    let at = chrono::NaiveDateTime::parse_from_str(
        value.get("last_value")?.as_str()?,
        "%Y-%m-%d %H:%M:%S%.f",
    )
    .ok()?
    .and_utc();
    Some((id, at))
}

fn money(amount: rust_decimal::Decimal, currency: &str) -> Value {
    json!({ "shopMoney": { "amount": amount.to_string(), "currencyCode": currency } })
}

fn tax_lines(lines: &[TaxLine], currency: &str) -> Value {
    lines
        .iter()
        .map(|t| {
            // `rate` is a JSON Float in the Admin API.
            let rate: Value =
                serde_json::from_str(&t.rate.normalize().to_string()).unwrap_or(Value::Null);
            json!({ "title": t.title, "rate": rate, "priceSet": money(t.amount, currency) })
        })
        .collect()
}

fn address(a: &Address) -> Value {
    let mut parts = a.name.splitn(2, ' ');
    json!({
        "firstName": parts.next(), "lastName": parts.next(), "name": a.name,
        "company": a.company, "address1": a.line1, "address2": a.line2, "city": a.city,
        "zip": a.postcode, "province": a.province, "provinceCode": a.province_code,
        "country": a.country, "countryCodeV2": a.country_code, "phone": a.phone,
    })
}

/// `OrderDisplayFinancialStatus`, an upper-case enum (`PAID`, `PENDING`, …); an order that
/// says nothing else was paid.
/// Source: Shopify Admin GraphQL schema (vendor-specs/shopify), `Order.displayFinancialStatus`.
fn financial_status(order: &Order) -> String {
    order
        .store_status
        .as_ref()
        .map_or_else(|| "PAID".to_string(), |s| s.name.to_uppercase())
}

fn node(o: &ShopOrder) -> Value {
    let order = &o.order;
    let c = &order.currency;
    let mut names = order.customer.name.splitn(2, ' ');
    let customer = (!order.customer.guest).then(|| {
        json!({
            "id": format!("gid://shopify/Customer/{}", 7_000_000 + numeric_id(&order.store_id)),
            "email": order.customer.email,
            "firstName": names.next(), "lastName": names.next(),
        })
    });
    json!({
        "id": order.store_id,
        "name": order.name,
        "createdAt": order.created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "updatedAt": o.updated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "currencyCode": c,
        "presentmentCurrencyCode": order.presentment_currency.as_deref().unwrap_or(c),
        "taxesIncluded": order.taxes_included,
        "test": o.test,
        "cancelledAt": o.cancelled.then(|| o.updated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        "displayFinancialStatus": financial_status(order),
        "email": order.customer.email,
        "note": order.note,
        "customer": customer,
        "shippingAddress": order.shipping.as_ref().map(address),
        "billingAddress": order.billing.as_ref().map(address),
        "subtotalPriceSet": money(order.subtotal, c),
        "totalPriceSet": money(order.total, c),
        "totalTaxSet": money(order.total_tax, c),
        "totalShippingPriceSet": money(order.shipping_total, c),
        "totalDiscountsSet": money(order.discount_total, c),
        "taxLines": tax_lines(&order.tax_lines, c),
        "lineItems": { "edges": order.lines.iter().map(|l| json!({ "node": {
            "sku": l.sku, "name": l.title, "quantity": l.quantity.trunc().to_string().parse::<i64>().unwrap_or(0),
            "originalUnitPriceSet": money(l.unit_price, c),
            "taxLines": tax_lines(&l.tax_lines, c),
        }})).collect::<Vec<_>>(), "pageInfo": { "hasNextPage": false } },
    })
}
