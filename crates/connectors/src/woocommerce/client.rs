use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDateTime, Utc};
use osd_model::{Address, Customer, FindingCode, LineItem, Order, Sensitive, TaxLine};
use rand::Rng;
use rust_decimal::Decimal;
use tokio::sync::Mutex;

use super::errors;
use super::limits::MAX_PER_PAGE;
use super::paging::{Cursor, Read};
use super::status;
use super::wire::{WooAddress, WooOrder};
use crate::http::{self, Answer, Side};
use crate::{
    oauth1, CallError, ConnectionReport, OrderPage, OrderQuery, RejectedRecord, StoreSource,
};

const SYSTEM: &str = "WooCommerce";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WooAuth {
    /// HTTPS: consumer key and secret as HTTP Basic credentials.
    Basic,
    /// HTTPS, for servers that drop the Authorization header: the key and secret as
    /// `consumer_key` / `consumer_secret` query parameters.
    QueryString,
    /// Plain HTTP: one-legged OAuth 1.0a, signed, so the secret never travels.
    OAuth1,
}

#[derive(Debug, Clone)]
pub struct WooConfig {
    /// The store's address, e.g. `https://shop.example.com/`.
    pub base_url: url::Url,
    pub consumer_key: Sensitive<String>,
    pub consumer_secret: Sensitive<String>,
    /// `None` picks by scheme: Basic over HTTPS, OAuth 1.0a over HTTP. Basic falls back to
    /// query-string keys when the server drops the Authorization header.
    pub auth: Option<WooAuth>,
    pub timeout: Duration,
}

pub struct WooClient {
    config: WooConfig,
    http: reqwest::Client,
    auth: Mutex<WooAuth>,
}

impl WooClient {
    pub fn new(config: WooConfig) -> Result<Self, CallError> {
        let auth = config
            .auth
            .unwrap_or(if config.base_url.scheme() == "https" {
                WooAuth::Basic
            } else {
                WooAuth::OAuth1
            });
        Ok(Self {
            http: http::client(config.timeout)?,
            config,
            auth: Mutex::new(auth),
        })
    }

    fn orders_url(&self, params: &[(&str, String)]) -> Result<url::Url, CallError> {
        let mut url = self
            .config
            .base_url
            .join("wp-json/wc/v3/orders")
            .map_err(|e| {
                CallError::new(
                    FindingCode::StoreUnreachable,
                    "The store address is not valid",
                    e.to_string(),
                )
            })?;
        url.query_pairs_mut()
            .extend_pairs(params.iter().map(|(k, v)| (*k, v.as_str())));
        Ok(url)
    }

    async fn send(&self, mut url: url::Url, auth: WooAuth) -> Result<Answer, CallError> {
        let key = self.config.consumer_key.expose();
        let secret = self.config.consumer_secret.expose();
        let request = match auth {
            WooAuth::Basic => self.http.get(url).basic_auth(key, Some(secret)),
            WooAuth::QueryString => {
                url.query_pairs_mut()
                    .append_pair("consumer_key", key)
                    .append_pair("consumer_secret", secret);
                self.http.get(url)
            }
            WooAuth::OAuth1 => {
                let nonce: String = rand::thread_rng()
                    .sample_iter(&rand::distributions::Alphanumeric)
                    .take(32)
                    .map(char::from)
                    .collect();
                let timestamp = Utc::now().timestamp().to_string();
                let params = [
                    ("oauth_consumer_key", key.as_str()),
                    ("oauth_nonce", nonce.as_str()),
                    ("oauth_signature_method", "HMAC-SHA256"),
                    ("oauth_timestamp", timestamp.as_str()),
                ];
                let base = oauth1::signature_base_string("GET", &url, &params);
                // One-legged: there is no token, so the key is the consumer secret and "&".
                let signature = oauth1::sign(&base, secret, "");
                url.query_pairs_mut()
                    .extend_pairs(params)
                    .append_pair("oauth_signature", &signature);
                self.http.get(url)
            }
        };
        http::exchange(request, Side::Store, SYSTEM).await
    }

    /// A GET with the current auth. A refused Basic login is tried once more with query-string
    /// credentials, and that is kept if it works: some servers never pass the header on.
    async fn get(&self, url: url::Url) -> Result<Answer, CallError> {
        let auth = *self.auth.lock().await;
        let answer = self.send(url.clone(), auth).await?;
        if answer.status == 401 && auth == WooAuth::Basic {
            let retry = self.send(url, WooAuth::QueryString).await?;
            if retry.is_success() {
                tracing::info!(
                    "WooCommerce ignored the Authorization header; using query-string credentials"
                );
                *self.auth.lock().await = WooAuth::QueryString;
                return Ok(retry);
            }
            return Ok(answer);
        }
        Ok(answer)
    }
}

fn header_number(answer: &Answer, name: &str) -> Option<u64> {
    answer.header(name).and_then(|v| v.trim().parse().ok())
}

#[async_trait]
impl StoreSource for WooClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        let answer = self
            .get(self.orders_url(&[("per_page", "1".into())])?)
            .await?;
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        let total = header_number(&answer, "x-wp-total")
            .map(|n| format!(" ({n} orders)"))
            .unwrap_or_default();
        Ok(ConnectionReport {
            detail: format!(
                "Connected to WooCommerce at {}{total}",
                self.config.base_url.host_str().unwrap_or("the store")
            ),
            credential_expires: None,
        })
    }

    async fn list_orders(&self, query: &OrderQuery) -> Result<OrderPage, CallError> {
        let per_page = query.page_size.clamp(1, MAX_PER_PAGE);
        let cursor = match query.after.as_deref() {
            Some(text) => Cursor::parse(text).ok_or_else(|| {
                CallError::new(
                    FindingCode::UnclassifiedError,
                    "The place to go on reading WooCommerce's orders was lost; the next check starts over",
                    text,
                )
            })?,
            None => match self.newest_change(&Cursor::first(query.updated_since)).await? {
                // Nothing changed since the last pull.
                None => return Ok(OrderPage::default()),
                Some(cursor) => cursor,
            },
        };
        let items = self.orders(&cursor.params(per_page)).await?;
        let read: Vec<Read> = items.iter().map(read).collect();
        let next = cursor.next(&read, per_page).map_err(|why| {
            CallError::new(
                FindingCode::UnknownVendorAnswer,
                format!("WooCommerce listed {why}, so the rest could not be read in order"),
                String::new(),
            )
        })?;
        let mut out = OrderPage {
            next: next.map(|c| c.to_text()),
            high_water: read
                .iter()
                .filter_map(|r| r.modified)
                .max()
                .map(|t| t.and_utc()),
            ..OrderPage::default()
        };
        for item in items {
            let reference = item
                .get("number")
                .or_else(|| item.get("id"))
                .map(|v| v.to_string().trim_matches('"').to_string())
                .unwrap_or_else(|| "an order without an id".into());
            match order_from_json(item) {
                Ok(Some(order)) => out.orders.push(order),
                Ok(None) => {}
                Err(reason) => out.rejected.push(RejectedRecord {
                    reference: format!("#{reference}"),
                    reason,
                }),
            }
        }
        Ok(out)
    }

    fn paid_statuses(&self) -> &'static [&'static str] {
        &status::PAID
    }
}

impl WooClient {
    /// One page of `GET /orders`, as JSON values (each is read on its own, so one odd order
    /// does not hide the others).
    async fn orders(&self, params: &[(&str, String)]) -> Result<Vec<serde_json::Value>, CallError> {
        let answer = self.get(self.orders_url(params)?).await?;
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))
    }

    /// The first page's cursor, bounded by the newest change the store lists now; `None`
    /// when no order changed since the pull's start.
    async fn newest_change(&self, first: &Cursor) -> Result<Option<Cursor>, CallError> {
        let newest = self.orders(&first.newest_params()).await?;
        let Some(item) = newest.first() else {
            return Ok(None);
        };
        Ok(Some(match read(item).modified {
            Some(at) => first.clone().bounded_by(at),
            // An order without a change time bounds nothing; read without an upper bound.
            None => first.clone(),
        }))
    }
}

/// The id and change time of a listed order, read leniently: an order that cannot be read as
/// a whole still moves the cursor past it.
fn read(item: &serde_json::Value) -> Read {
    Read {
        id: item
            .get("id")
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0),
        modified: item
            .get("date_modified_gmt")
            .and_then(serde_json::Value::as_str)
            .and_then(gmt)
            .map(|t| t.naive_utc()),
    }
}

/// WooCommerce's `_gmt` dates carry no zone: `2017-03-22T19:28:02`.
fn gmt(text: &str) -> Option<DateTime<Utc>> {
    NaiveDateTime::parse_from_str(text.trim_end_matches('Z'), "%Y-%m-%dT%H:%M:%S")
        .ok()
        .map(|d| d.and_utc())
}

fn non_empty(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// "ISO code or name of the state": a short upper-case value is a code.
fn state(value: &str) -> (Option<String>, Option<String>) {
    let v = value.trim();
    if v.is_empty() {
        (None, None)
    } else if v.len() <= 3
        && v.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        (Some(v.to_string()), None)
    } else {
        (None, Some(v.to_string()))
    }
}

fn address(a: &WooAddress) -> Option<Address> {
    if a.address_1.trim().is_empty() && a.city.trim().is_empty() {
        return None;
    }
    let (province_code, province) = state(&a.state);
    let country = a.country.trim();
    let is_code = country.len() == 2 && country.chars().all(|c| c.is_ascii_alphabetic());
    Some(Address {
        name: format!("{} {}", a.first_name.trim(), a.last_name.trim())
            .trim()
            .to_string(),
        company: non_empty(&a.company),
        line1: a.address_1.trim().to_string(),
        line2: non_empty(&a.address_2),
        city: a.city.trim().to_string(),
        province,
        province_code,
        postcode: non_empty(&a.postcode),
        country: (!is_code)
            .then(|| country.to_string())
            .filter(|c| !c.is_empty()),
        country_code: is_code.then(|| country.to_ascii_uppercase()),
        phone: a.phone.as_deref().and_then(non_empty),
    })
}

/// One element of `GET /orders`, as the doctor's order; `None` for a checkout draft, which is
/// not an order yet. Public so the fuzz tests can feed it anything.
pub fn order_from_json(item: serde_json::Value) -> Result<Option<Order>, String> {
    let order = serde_json::from_value::<WooOrder>(item)
        .map_err(|e| format!("WooCommerce order could not be read: {e}"))?;
    to_order(order)
}

fn to_order(o: WooOrder) -> Result<Option<Order>, String> {
    let Some(store_status) = status::store_status(&o.status) else {
        return Ok(None);
    };
    let created_at = o
        .date_created_gmt
        .as_deref()
        .and_then(gmt)
        .or_else(|| o.date_created.as_deref().and_then(gmt))
        .ok_or_else(|| "the order has no creation date".to_string())?;
    let mut lines = Vec::with_capacity(o.line_items.len());
    for item in &o.line_items {
        if item.quantity <= 0 {
            return Err(format!(
                "the line \"{}\" has quantity {}",
                item.name, item.quantity
            ));
        }
        let quantity = Decimal::from(item.quantity);
        lines.push(LineItem {
            sku: item.sku.as_deref().and_then(non_empty),
            title: item.name.clone(),
            quantity,
            // `subtotal` is before discounts and before tax, also in a shop that enters its
            // prices with tax (`prices_include_tax`); `price` is a float after discounts.
            unit_price: (item.subtotal / quantity).round_dp(4).normalize(),
            tax_lines: Vec::new(),
            unit: None,
        });
    }
    let tax_lines = o
        .tax_lines
        .iter()
        .map(|t| {
            let amount = t.tax_total.unwrap_or_default() + t.shipping_tax_total.unwrap_or_default();
            let base: Decimal = o
                .line_items
                .iter()
                .filter(|l| {
                    l.taxes
                        .iter()
                        .any(|x| x.id == t.rate_id && x.total.is_some_and(|v| !v.is_zero()))
                })
                .map(|l| l.subtotal)
                .sum();
            let rate = t
                .rate_percent
                .map(|p| p / Decimal::ONE_HUNDRED)
                .unwrap_or_else(|| {
                    if base.is_zero() {
                        Decimal::ZERO
                    } else {
                        (t.tax_total.unwrap_or_default() / base).round_dp(4)
                    }
                });
            TaxLine {
                title: if t.rate_code.is_empty() {
                    t.label.clone()
                } else {
                    t.rate_code.clone()
                },
                rate,
                amount,
            }
        })
        .collect();
    let billing = o.billing.as_ref().and_then(address);
    let shipping = o.shipping.as_ref().and_then(address);
    let email = o
        .billing
        .as_ref()
        .and_then(|b| b.email.as_deref())
        .and_then(non_empty);
    let subtotal = o.line_items.iter().map(|l| l.subtotal).sum();
    Ok(Some(Order {
        store_id: o.id.to_string(),
        name: format!("#{}", o.number.clone().unwrap_or_else(|| o.id.to_string())),
        source: "woocommerce".into(),
        created_at,
        currency: o.currency.clone(),
        customer: Customer {
            name: billing
                .as_ref()
                .or(shipping.as_ref())
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            email,
            guest: o.customer_id == 0,
        },
        billing,
        shipping,
        lines,
        tax_lines,
        // The lines are read from `subtotal`, which never contains the tax (it is in
        // `subtotal_tax` beside it), whatever `prices_include_tax` says about how the shop
        // entered its prices: the tax always comes on top of these lines.
        taxes_included: false,
        shipping_total: o.shipping_total,
        discount_total: o.discount_total,
        subtotal,
        total_tax: o.total_tax,
        total: o.total,
        note: non_empty(&o.customer_note),
        presentment_currency: None,
        store_status: Some(store_status),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_order_reads_exactly() {
        let text = include_str!("testdata/order_727.json");
        let order: WooOrder = serde_json::from_str(text).unwrap();
        let order = to_order(order).unwrap().unwrap();
        assert_eq!(order.name, "#727");
        assert_eq!(
            order.store_status,
            Some(osd_model::StoreStatus::open("processing"))
        );
        assert_eq!(order.external_id(), "woocommerce-727");
        assert_eq!(order.total, rust_decimal_macros::dec!(29.35));
        assert_eq!(order.lines[0].unit_price, rust_decimal_macros::dec!(3));
        assert_eq!(order.lines[1].sku.as_deref(), Some("Bar3"));
        assert_eq!(order.lines[0].sku, None, "an empty SKU is no SKU");
        assert_eq!(order.tax_lines[0].title, "US-CA-STATE TAX");
        assert_eq!(order.tax_lines[0].rate, rust_decimal_macros::dec!(0.075));
        assert!(order.customer.guest);
        let billing = order.billing.unwrap();
        assert_eq!(
            (
                billing.province_code.as_deref(),
                billing.country_code.as_deref()
            ),
            (Some("CA"), Some("US"))
        );
        assert_eq!(order.created_at.to_rfc3339(), "2017-03-22T19:28:02+00:00");
    }

    #[test]
    fn a_state_may_be_a_code_or_a_name() {
        assert_eq!(state("CA"), (Some("CA".into()), None));
        assert_eq!(state("California"), (None, Some("California".into())));
        assert_eq!(state(""), (None, None));
    }
}
