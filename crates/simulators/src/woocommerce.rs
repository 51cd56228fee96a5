//! WooCommerce REST API v3 on loopback: `GET /wp-json/wc/v3/orders` with `page`/`per_page`
//! and the `X-WP-Total` / `X-WP-TotalPages` / `Link` headers; Basic auth, query-string keys and
//! one-legged OAuth 1.0a (HMAC-SHA1 or HMAC-SHA256); WooCommerce's own error bodies.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use chrono::{DateTime, NaiveDateTime, Utc};
use hmac::{Hmac, Mac};
use osd_model::{Address, Order};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{json, Value};

use crate::faults::{pause, Faults, Trip, Window};
use crate::server::{serve, Running};

#[derive(Debug)]
pub struct WooState {
    pub consumer_key: String,
    pub consumer_secret: String,
    pub orders: Vec<(Order, DateTime<Utc>)>,
    pub faults: Faults,
    /// Like some Apache/FastCGI set-ups: the Authorization header never reaches WordPress.
    pub drops_authorization_header: bool,
    pub requests: u64,
    nonces: HashSet<String>,
    window: Window,
    base_url: String,
}

pub type SharedWoo = Arc<Mutex<WooState>>;

pub struct WooSimulator {
    pub state: SharedWoo,
    pub running: Running,
}

impl WooSimulator {
    /// `orders` with their last-modified time; `store_id` is the WooCommerce order id.
    pub async fn start(
        consumer_key: &str,
        consumer_secret: &str,
        orders: Vec<(Order, DateTime<Utc>)>,
        port: u16,
    ) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(WooState {
            consumer_key: consumer_key.into(),
            consumer_secret: consumer_secret.into(),
            orders,
            faults: Faults::default(),
            drops_authorization_header: false,
            requests: 0,
            nonces: HashSet::new(),
            window: Window::default(),
            base_url: String::new(),
        }));
        let router = Router::new()
            .route("/wp-json/wc/v3/orders", get(list_orders))
            .route("/__sim/faults", post(set_faults))
            .fallback(no_route)
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

    pub fn update<T>(&self, change: impl FnOnce(&mut WooState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }
}

async fn set_faults(State(state): State<SharedWoo>, Json(faults): Json<Faults>) -> StatusCode {
    match state.lock() {
        Ok(mut s) => {
            s.faults = faults;
            StatusCode::NO_CONTENT
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn wp_error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({ "code": code, "message": message, "data": { "status": status.as_u16() } })),
    )
        .into_response()
}

fn auth_error(message: &str) -> Response {
    let mut response = wp_error(
        StatusCode::UNAUTHORIZED,
        "woocommerce_rest_authentication_error",
        message,
    );
    if let Ok(v) = "Basic realm=\"WooCommerce API. Use a consumer key in the username field and a consumer secret in the password field.\"".parse() {
        response.headers_mut().insert("WWW-Authenticate", v);
    }
    response
}

/// WordPress's answer to a path it has no route for.
async fn no_route() -> Response {
    wp_error(
        StatusCode::NOT_FOUND,
        "rest_no_route",
        "No route was found matching the URL and request method",
    )
}

fn cannot_view() -> Response {
    wp_error(
        StatusCode::UNAUTHORIZED,
        "woocommerce_rest_cannot_view",
        "Sorry, you cannot list resources.",
    )
}

const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn pct(s: &str) -> String {
    utf8_percent_encode(s, UNRESERVED).to_string()
}

/// Which credentials the request carries, checked the way WooCommerce checks them; the
/// refusal to send, if any.
fn refusal(
    s: &mut WooState,
    uri: &Uri,
    headers: &HeaderMap,
    query: &[(String, String)],
) -> Option<Response> {
    let param = |k: &str| {
        query
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let revoked = s.faults.expired_token;
    let basic = headers
        .get("authorization")
        .filter(|_| !s.drops_authorization_header)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|text| {
            text.split_once(':')
                .map(|(k, v)| (k.to_string(), v.to_string()))
        });
    let pair = basic.or_else(|| Some((param("consumer_key")?, param("consumer_secret")?)));
    if let Some((key, secret)) = pair {
        // An unknown key is not an error: WordPress carries on as an anonymous visitor.
        if key != s.consumer_key || revoked {
            return Some(cannot_view());
        }
        return (secret != s.consumer_secret).then(|| auth_error("Consumer secret is invalid."));
    }
    let Some(key) = param("oauth_consumer_key") else {
        return Some(cannot_view());
    };
    if key != s.consumer_key || revoked {
        return Some(auth_error("Consumer key is invalid."));
    }
    let method = param("oauth_signature_method").unwrap_or_default();
    if method != "HMAC-SHA1" && method != "HMAC-SHA256" {
        return Some(auth_error(
            "Invalid signature - signature method is invalid.",
        ));
    }
    let fresh = param("oauth_timestamp")
        .and_then(|t| t.parse::<i64>().ok())
        .is_some_and(|t| (Utc::now().timestamp() - t).abs() <= 15 * 60);
    if !fresh {
        return Some(auth_error("Invalid timestamp."));
    }
    let mut signed: Vec<String> = query
        .iter()
        .filter(|(k, _)| k != "oauth_signature")
        .map(|(k, v)| format!("{}={}", pct(k), pct(v)))
        .collect();
    signed.sort();
    let base = format!(
        "GET&{}&{}",
        pct(&format!(
            "{}{}",
            s.base_url.trim_end_matches('/'),
            uri.path()
        )),
        pct(&signed.join("&"))
    );
    let key = format!("{}&", s.consumer_secret);
    let expected = if method == "HMAC-SHA1" {
        let Ok(mut mac) = Hmac::<sha1::Sha1>::new_from_slice(key.as_bytes()) else {
            return Some(auth_error(
                "Invalid signature - provided signature does not match.",
            ));
        };
        mac.update(base.as_bytes());
        base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
    } else {
        let Ok(mut mac) = Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()) else {
            return Some(auth_error(
                "Invalid signature - provided signature does not match.",
            ));
        };
        mac.update(base.as_bytes());
        base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
    };
    if param("oauth_signature").as_deref() != Some(expected.as_str()) {
        return Some(auth_error(
            "Invalid signature - provided signature does not match.",
        ));
    }
    if !s.nonces.insert(param("oauth_nonce").unwrap_or_default()) {
        return Some(auth_error("Invalid nonce - nonce has already been used."));
    }
    None
}

async fn list_orders(
    State(state): State<SharedWoo>,
    uri: Uri,
    headers: HeaderMap,
    Query(query): Query<Vec<(String, String)>>,
) -> Response {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    s.requests += 1;
    let st = &mut *s;
    if let Some(trip) = st.faults.trip(&mut st.window) {
        return match trip {
            // WordPress's own maintenance-mode page.
            Trip::Maintenance => (
                StatusCode::SERVICE_UNAVAILABLE,
                [("Retry-After", "600")],
                "Briefly unavailable for scheduled maintenance. Check back in a minute.",
            )
                .into_response(),
            Trip::ServerError => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "<p>There has been a critical error on this website.</p>",
            )
                .into_response(),
            Trip::RateLimited { retry_after } => {
                let wait = format!("{:.0}", retry_after.ceil());
                (
                    StatusCode::TOO_MANY_REQUESTS,
                    [("Retry-After", wait.as_str())],
                    "Too Many Requests",
                )
                    .into_response()
            }
        };
    }
    if let Some(response) = refusal(&mut s, &uri, &headers, &query) {
        return response;
    }
    let param = |k: &str| {
        query
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let per_page: i64 = param("per_page").and_then(|v| v.parse().ok()).unwrap_or(10);
    if !(1..=100).contains(&per_page) {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"code": "rest_invalid_param", "message": "Invalid parameter(s): per_page", "data": {"status": 400, "params": {"per_page": "per_page must be between 1 (inclusive) and 100 (inclusive)"}, "details": {"per_page": {"code": "rest_out_of_bounds", "message": "per_page must be between 1 (inclusive) and 100 (inclusive)", "data": null}}}})),
        )
            .into_response();
    }
    let page: usize = param("page")
        .and_then(|v| v.parse().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    let since = param("modified_after")
        .and_then(|v| NaiveDateTime::parse_from_str(&v, "%Y-%m-%dT%H:%M:%S").ok())
        .map(|d| d.and_utc());
    let mut matching: Vec<&(Order, DateTime<Utc>)> = s
        .orders
        .iter()
        .filter(|(_, modified)| since.is_none_or(|t| *modified > t))
        .collect();
    matching.sort_by_key(|(o, _)| o.store_id.parse::<u64>().unwrap_or(0));
    let total = matching.len();
    let per_page = per_page as usize;
    let pages = total.div_ceil(per_page).max(1);
    let body: Vec<Value> = matching
        .iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .map(|(o, m)| order_json(o, *m))
        .collect();
    let link = |p: usize| {
        format!(
            "<{}wp-json/wc/v3/orders?per_page={per_page}&page={p}>",
            s.base_url
        )
    };
    let mut links = Vec::new();
    if page < pages {
        links.push(format!("{}; rel=\"next\"", link(page + 1)));
    }
    if page > 1 {
        links.push(format!("{}; rel=\"prev\"", link(page - 1)));
    }
    links.push(format!("{}; rel=\"last\"", link(pages)));
    let mut response = Json(body).into_response();
    for (name, value) in [
        ("X-WP-Total", total.to_string()),
        ("X-WP-TotalPages", pages.to_string()),
        ("Link", links.join(", ")),
    ] {
        if let Ok(v) = value.parse() {
            response.headers_mut().insert(name, v);
        }
    }
    response
}

fn money(d: rust_decimal::Decimal) -> String {
    format!("{:.2}", d)
}

fn address_json(a: Option<&Address>, email: Option<&str>) -> Value {
    let Some(a) = a else { return json!({}) };
    let mut names = a.name.splitn(2, ' ');
    json!({
        "first_name": names.next().unwrap_or(""), "last_name": names.next().unwrap_or(""),
        "company": a.company.clone().unwrap_or_default(), "address_1": a.line1, "address_2": a.line2.clone().unwrap_or_default(),
        "city": a.city, "state": a.province_code.clone().or_else(|| a.province.clone()).unwrap_or_default(),
        "postcode": a.postcode.clone().unwrap_or_default(),
        "country": a.country_code.clone().or_else(|| a.country.clone()).unwrap_or_default(),
        "email": email, "phone": a.phone.clone().unwrap_or_default(),
    })
}

/// An order as `GET /wp-json/wc/v3/orders` lists it.
pub fn order_json(o: &Order, modified: DateTime<Utc>) -> Value {
    let created = o.created_at.format("%Y-%m-%dT%H:%M:%S").to_string();
    let tax_ids: Vec<u64> = (0..o.tax_lines.len() as u64).map(|i| 70 + i).collect();
    json!({
        "id": o.store_id.parse::<u64>().unwrap_or(0),
        "parent_id": 0,
        "number": o.name.trim_start_matches('#'),
        "status": "processing",
        "currency": o.currency,
        "date_created": created, "date_created_gmt": created,
        "date_modified": modified.format("%Y-%m-%dT%H:%M:%S").to_string(),
        "date_modified_gmt": modified.format("%Y-%m-%dT%H:%M:%S").to_string(),
        "discount_total": money(o.discount_total), "discount_tax": "0.00",
        "shipping_total": money(o.shipping_total), "shipping_tax": "0.00",
        "cart_tax": money(o.total_tax), "total": money(o.total), "total_tax": money(o.total_tax),
        "prices_include_tax": o.taxes_included,
        "customer_id": if o.customer.guest { 0 } else { 1 },
        "customer_note": o.note.clone().unwrap_or_default(),
        "billing": address_json(o.billing.as_ref(), o.customer.email.as_deref()),
        "shipping": address_json(o.shipping.as_ref(), None),
        "payment_method": "stripe",
        "line_items": o.lines.iter().enumerate().map(|(i, l)| {
            let subtotal = l.quantity * l.unit_price;
            json!({
                "id": 300 + i, "name": l.title, "product_id": 90 + i, "variation_id": 0,
                "quantity": l.quantity.trunc().to_string().parse::<i64>().unwrap_or(0),
                "tax_class": "", "subtotal": money(subtotal), "subtotal_tax": "0.00", "total": money(subtotal), "total_tax": "0.00",
                "taxes": tax_ids.iter().map(|id| json!({"id": id, "total": "0.01", "subtotal": "0.01"})).collect::<Vec<_>>(),
                "meta_data": [], "sku": l.sku.clone().unwrap_or_default(),
                "price": serde_json::from_str::<Value>(&l.unit_price.normalize().to_string()).unwrap_or(Value::Null),
            })
        }).collect::<Vec<_>>(),
        "tax_lines": o.tax_lines.iter().zip(&tax_ids).map(|(t, id)| json!({
            "id": 400 + id, "rate_code": t.title.to_uppercase(), "rate_id": id, "label": t.title, "compound": false,
            "tax_total": money(t.amount), "shipping_tax_total": "0.00",
            "rate_percent": serde_json::from_str::<Value>(&(t.rate * rust_decimal::Decimal::ONE_HUNDRED).normalize().to_string()).unwrap_or(Value::Null),
            "meta_data": [],
        })).collect::<Vec<_>>(),
        "shipping_lines": [], "fee_lines": [], "coupon_lines": [], "refunds": [],
    })
}
