use std::time::{Duration, Instant};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use osd_model::{Address, Customer, FindingCode, LineItem, Order, Sensitive, TaxLine};
use rust_decimal::Decimal;
use serde::Deserialize;
use tokio::sync::Mutex;

use super::documents::{orders_variables, ORDERS_QUERY, ORDER_LINES_QUERY, SHOP_QUERY};
use super::errors;
use super::limits::{
    COST_OF_LINE_PAGE, COST_PER_ORDER, MAX_PAGE, MAX_QUERY_COST, MAX_THROTTLE_RETRIES,
};
use super::status;
use super::wire::{
    Cost, Envelope, MailingAddress, MoneyBag, OrderLinesData, OrderNode, OrdersData, ShopData,
    TaxLineNode, ThrottleStatus,
};
use crate::call_error::bounded_raw;
use crate::http::{self, Side};
use crate::{
    ApiVersion, CallError, ConnectionReport, OrderPage, OrderQuery, StoreSource, UnknownRecord,
};

pub(super) const SYSTEM: &str = "Shopify";

/// How the app proves who it is to the shop.
#[derive(Debug, Clone)]
pub enum ShopifyAuth {
    /// An Admin API access token, pasted once. Offline tokens may carry an end date, which
    /// the user records so the doctor can warn ahead.
    AccessToken {
        token: Sensitive<String>,
        expires: Option<DateTime<Utc>>,
    },
    /// An app's client id and secret, exchanged for an access token that lasts 24 hours
    /// (client credentials grant); renewed here before it runs out.
    ClientCredentials {
        client_id: String,
        client_secret: Sensitive<String>,
    },
    /// An expiring offline token: short-lived access tokens from a refresh token that Shopify
    /// rotates on every use. `keep` is told each new refresh token so it can be saved; losing
    /// it would lock the app out.
    Refreshing {
        client_id: String,
        client_secret: Sensitive<String>,
        refresh_token: Sensitive<String>,
        refresh_expires: Option<DateTime<Utc>>,
        keep: RefreshKeeper,
    },
}

/// Called with each new refresh token and when it expires.
pub type SaveRefreshToken = dyn Fn(&Sensitive<String>, Option<DateTime<Utc>>) + Send + Sync;

/// Saves a rotated refresh token (and when it expires) where the secret lives.
#[derive(Clone)]
pub struct RefreshKeeper(pub std::sync::Arc<SaveRefreshToken>);

impl std::fmt::Debug for RefreshKeeper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RefreshKeeper")
    }
}

#[derive(Debug, Clone)]
pub struct ShopifyConfig {
    /// `https://{shop}.myshopify.com`, or a simulator's address.
    pub base_url: url::Url,
    pub api_version: String,
    pub auth: ShopifyAuth,
    pub timeout: Duration,
}

struct IssuedToken {
    token: Sensitive<String>,
    renew_at: Instant,
}

/// The refresh token in use, after any rotation.
struct RefreshState {
    token: Sensitive<String>,
    expires: Option<DateTime<Utc>>,
}

/// What the last answer said about the cost bucket, and when.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    status: ThrottleStatus,
    seen: Instant,
}

impl Bucket {
    fn available_now(&self) -> f64 {
        let refilled = self.status.currently_available
            + self.seen.elapsed().as_secs_f64() * self.status.restore_rate;
        refilled.min(self.status.maximum_available)
    }

    /// How long until `cost` points are in the bucket.
    fn wait_for(&self, cost: f64) -> Duration {
        let missing = cost.min(self.status.maximum_available) - self.available_now();
        if missing <= 0.0 || self.status.restore_rate <= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64((missing / self.status.restore_rate).min(60.0))
        }
    }
}

pub struct ShopifyClient {
    config: ShopifyConfig,
    http: reqwest::Client,
    bucket: Mutex<Option<Bucket>>,
    issued: Mutex<Option<IssuedToken>>,
    refresh: Mutex<Option<RefreshState>>,
}

impl ShopifyClient {
    pub fn new(config: ShopifyConfig) -> Result<Self, CallError> {
        let refresh = match &config.auth {
            ShopifyAuth::Refreshing {
                refresh_token,
                refresh_expires,
                ..
            } => Some(RefreshState {
                token: refresh_token.clone(),
                expires: *refresh_expires,
            }),
            _ => None,
        };
        Ok(Self {
            http: http::client(config.timeout)?,
            config,
            bucket: Mutex::new(None),
            issued: Mutex::new(None),
            refresh: Mutex::new(refresh),
        })
    }

    /// The token to send: the pasted one, or one granted from client credentials or a refresh
    /// token, renewed ten minutes before it runs out (or at once when `renew` is set).
    async fn access_token(&self, renew: bool) -> Result<String, CallError> {
        let mut body = match &self.config.auth {
            ShopifyAuth::AccessToken { token, .. } => return Ok(token.expose().clone()),
            ShopifyAuth::ClientCredentials {
                client_id,
                client_secret,
            } => serde_json::json!({
                "client_id": client_id,
                "client_secret": client_secret.expose(),
                "grant_type": "client_credentials",
            }),
            ShopifyAuth::Refreshing {
                client_id,
                client_secret,
                ..
            } => serde_json::json!({
                "client_id": client_id,
                "client_secret": client_secret.expose(),
                "grant_type": "refresh_token",
            }),
        };
        let mut issued = self.issued.lock().await;
        if let Some(t) = issued
            .as_ref()
            .filter(|t| !renew && t.renew_at > Instant::now())
        {
            return Ok(t.token.expose().clone());
        }
        let mut refresh = self.refresh.lock().await;
        if let Some(current) = refresh.as_ref() {
            body["refresh_token"] = serde_json::json!(current.token.expose());
        }
        let url = self
            .config
            .base_url
            .join("admin/oauth/access_token")
            .map_err(|e| {
                CallError::new(
                    FindingCode::StoreUnreachable,
                    "The shop address is not valid",
                    e.to_string(),
                )
            })?;
        let answer = http::exchange(self.http.post(url).json(&body), Side::Store, SYSTEM).await?;
        if !answer.is_success() {
            let mut error = errors::classify(&answer);
            if matches!(answer.status, 400 | 401 | 403) {
                error.code = FindingCode::StoreAuthFailed;
                error.summary = if refresh.is_some() {
                    "Shopify refused the refresh token: the app must be authorised again".into()
                } else {
                    "Shopify refused the app's client id or secret".into()
                };
            }
            return Err(error);
        }
        let grant: super::wire::TokenGrant = serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, "token answer withheld"))?;
        if let (Some(new_token), ShopifyAuth::Refreshing { keep, .. }) =
            (grant.refresh_token, &self.config.auth)
        {
            let expires = grant
                .refresh_token_expires_in
                .and_then(|s| i64::try_from(s).ok())
                .map(|s| Utc::now() + chrono::Duration::seconds(s));
            let token = Sensitive::new(new_token);
            (keep.0)(&token, expires);
            *refresh = Some(RefreshState { token, expires });
        }
        let lifetime = Duration::from_secs(grant.expires_in.unwrap_or(86_399));
        let token = grant.access_token;
        *issued = Some(IssuedToken {
            token: Sensitive::new(token.clone()),
            renew_at: Instant::now()
                + lifetime.saturating_sub(Duration::from_secs(600).min(lifetime / 6)),
        });
        Ok(token)
    }

    fn endpoint(&self) -> Result<url::Url, CallError> {
        self.config
            .base_url
            .join(&format!(
                "admin/api/{}/graphql.json",
                self.config.api_version
            ))
            .map_err(|e| {
                CallError::new(
                    FindingCode::StoreUnreachable,
                    "The shop address is not valid",
                    e.to_string(),
                )
            })
    }

    /// One GraphQL call costing about `cost` points, waiting for the bucket to hold that
    /// much instead of hammering a throttled shop.
    pub(super) async fn graphql(
        &self,
        query: &str,
        variables: serde_json::Value,
        cost: f64,
    ) -> Result<serde_json::Value, CallError> {
        let url = self.endpoint()?;
        let body = serde_json::json!({ "query": query, "variables": variables });
        let mut attempts = 0;
        let mut expected = cost;
        let mut renewed = false;
        loop {
            let wait = self.bucket.lock().await.map(|b| b.wait_for(expected));
            if let Some(wait) = wait.filter(|w| !w.is_zero()) {
                tracing::debug!(?wait, "waiting for Shopify's cost bucket to refill");
                tokio::time::sleep(wait).await;
            }
            let token = self.access_token(false).await?;
            let request = self
                .http
                .post(url.clone())
                .header("X-Shopify-Access-Token", token)
                .json(&body);
            let answer = http::exchange(request, Side::Store, SYSTEM).await?;
            let renewable = !matches!(self.config.auth, ShopifyAuth::AccessToken { .. });
            if answer.status == 401 && renewable && !renewed {
                // A granted token can be revoked early; one fresh grant, then give up.
                renewed = true;
                self.access_token(true).await?;
                continue;
            }
            if answer.status == 429 {
                attempts += 1;
                if attempts > MAX_THROTTLE_RETRIES {
                    return Err(errors::classify(&answer));
                }
                tokio::time::sleep(answer.retry_after().unwrap_or(Duration::from_secs(1))).await;
                continue;
            }
            if !answer.is_success() {
                return Err(errors::classify(&answer));
            }
            let envelope: Envelope = serde_json::from_str(&answer.body)
                .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))?;
            let charged = envelope.extensions.as_ref().and_then(|x| x.cost);
            if let Some(charged) = charged {
                self.remember(charged).await;
            }
            match envelope.errors {
                Some(errs) if errors::is_throttled(&errs) => {
                    attempts += 1;
                    if attempts > MAX_THROTTLE_RETRIES {
                        return Err(CallError::new(
                            FindingCode::RateLimited,
                            "Shopify kept throttling the orders query",
                            errs.to_string(),
                        )
                        .with_status(200));
                    }
                    // Shopify said what the query costs; the loop head waits until it fits.
                    expected = charged
                        .and_then(|c| c.requested_query_cost)
                        .unwrap_or(expected);
                    continue;
                }
                Some(errs) if !errs.as_array().is_some_and(|a| a.is_empty()) => {
                    return Err(errors::graphql_errors(&errs))
                }
                _ => {}
            }
            return envelope
                .data
                .ok_or_else(|| CallError::unreadable(SYSTEM, "no data", &answer.body));
        }
    }

    /// The largest page the bucket can pay for now, so a pull never waits when it could
    /// ask for less, and never asks for more than one query may cost or the bucket holds.
    async fn affordable_page(&self, wanted: u32) -> u32 {
        let most = ((MAX_QUERY_COST - 2.0) / COST_PER_ORDER).floor() as u32;
        let wanted = wanted.clamp(1, MAX_PAGE).min(most);
        match *self.bucket.lock().await {
            None => wanted,
            Some(bucket) => {
                let ceiling = (bucket.status.maximum_available - 2.0) / COST_PER_ORDER;
                let now = (bucket.available_now() - 2.0) / COST_PER_ORDER;
                let pages = now.max(1.0).min(ceiling.max(1.0)).floor() as u32;
                wanted.min(pages.max(1))
            }
        }
    }

    pub(super) fn api_version_text(&self) -> &str {
        &self.config.api_version
    }

    async fn remember(&self, cost: Cost) {
        *self.bucket.lock().await = Some(Bucket {
            status: cost.throttle_status,
            seen: Instant::now(),
        });
    }
}

#[async_trait]
impl StoreSource for ShopifyClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    fn paid_statuses(&self) -> &'static [&'static str] {
        &status::PAID
    }

    fn api_version(&self) -> ApiVersion {
        ApiVersion::ShopifyAdmin(self.config.api_version.clone())
    }

    fn export(&self) -> Option<&dyn crate::store_export::StoreExport> {
        self.can_export()
            .then_some(self as &dyn crate::store_export::StoreExport)
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        let data = self.graphql(SHOP_QUERY, serde_json::json!({}), 1.0).await?;
        let shop: ShopData = serde_json::from_value(data.clone())
            .map_err(|e| CallError::unreadable(SYSTEM, e, &data.to_string()))?;
        Ok(ConnectionReport {
            detail: format!(
                "Connected to the shop \"{}\"{}",
                shop.shop.name,
                shop.shop
                    .currency_code
                    .map(|c| format!(" (currency {c})"))
                    .unwrap_or_default()
            ),
            // What a person must renew: a pasted token's end date, or the refresh token's;
            // granted access tokens renew themselves.
            credential_expires: match &self.config.auth {
                ShopifyAuth::AccessToken { expires, .. } => *expires,
                ShopifyAuth::ClientCredentials { .. } => None,
                ShopifyAuth::Refreshing { .. } => {
                    self.refresh.lock().await.as_ref().and_then(|r| r.expires)
                }
            },
        })
    }

    async fn list_orders(&self, query: &OrderQuery) -> Result<OrderPage, CallError> {
        let first = self.affordable_page(query.page_size).await;
        let variables = orders_variables(first, query.after.as_deref(), query.updated_since);
        let data = self
            .graphql(
                ORDERS_QUERY,
                variables,
                2.0 + f64::from(first) * COST_PER_ORDER,
            )
            .await?;
        let orders: OrdersData = serde_json::from_value(data.clone())
            .map_err(|e| CallError::unreadable(SYSTEM, e, &data.to_string()))?;
        let mut page = OrderPage {
            next: orders
                .orders
                .page_info
                .has_next_page
                .then_some(orders.orders.page_info.end_cursor)
                .flatten(),
            ..OrderPage::default()
        };
        for edge in orders.orders.edges {
            let reference = edge
                .node
                .get("name")
                .or_else(|| edge.node.get("id"))
                .and_then(|v| v.as_str())
                .unwrap_or("an order without an id")
                .to_string();
            match OrderNode::deserialize(&edge.node) {
                Ok(mut node) => {
                    self.remaining_lines(&mut node).await?;
                    let changed = node.updated_at.unwrap_or(node.created_at);
                    page.high_water = Some(page.high_water.map_or(changed, |h| h.max(changed)));
                    // Test orders are no sales at all. A cancelled order still comes, as
                    // ended, so that one held back before is let go.
                    if node.test {
                        continue;
                    }
                    page.orders.push(to_order(node));
                }
                Err(e) => page.unknown.push(UnknownRecord {
                    reference,
                    reason: format!("Shopify order could not be read: {e}"),
                    raw: bounded_raw(&edge.node.to_string()),
                }),
            }
        }
        Ok(page)
    }
}

impl ShopifyClient {
    /// The lines of an order past the first page `ORDERS_QUERY` brought, page after page.
    async fn remaining_lines(&self, node: &mut OrderNode) -> Result<(), CallError> {
        let mut next = node
            .line_items
            .page_info
            .as_ref()
            .filter(|p| p.has_next_page)
            .and_then(|p| p.end_cursor.clone());
        while let Some(after) = next.take() {
            let data = self
                .graphql(
                    ORDER_LINES_QUERY,
                    serde_json::json!({ "id": node.id, "after": after }),
                    COST_OF_LINE_PAGE,
                )
                .await?;
            let lines: OrderLinesData = serde_json::from_value(data.clone())
                .map_err(|e| CallError::unreadable(SYSTEM, e, &data.to_string()))?;
            let Some(order) = lines.order else {
                return Err(CallError::new(
                    FindingCode::UnknownVendorAnswer,
                    format!(
                        "Shopify no longer has order {} while its lines were read",
                        node.name
                    ),
                    data.to_string(),
                ));
            };
            let page = order.line_items;
            next = page
                .page_info
                .as_ref()
                .filter(|p| p.has_next_page)
                .and_then(|p| p.end_cursor.clone())
                // A cursor that does not move would ask for the same page for ever.
                .filter(|cursor| *cursor != after);
            node.line_items.edges.extend(page.edges);
        }
        Ok(())
    }
}

fn money(bag: Option<&MoneyBag>) -> Decimal {
    bag.map(|b| b.shop_money.amount).unwrap_or_default()
}

fn tax_line(node: &TaxLineNode) -> TaxLine {
    TaxLine {
        title: node.title.clone(),
        rate: node.rate.unwrap_or_default(),
        amount: money(node.price_set.as_ref()),
    }
}

fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

fn address(a: MailingAddress) -> Address {
    let name = non_empty(a.name).unwrap_or_else(|| {
        [a.first_name.as_deref(), a.last_name.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    });
    Address {
        name,
        company: non_empty(a.company),
        line1: a.address1.unwrap_or_default(),
        line2: non_empty(a.address2),
        city: a.city.unwrap_or_default(),
        province: non_empty(a.province),
        province_code: non_empty(a.province_code),
        postcode: non_empty(a.zip),
        country: non_empty(a.country),
        country_code: non_empty(a.country_code_v2),
        phone: non_empty(a.phone),
    }
}

/// One order node of the `orders` query, as the doctor's order. Public so the fuzz tests can
/// feed it anything.
pub fn order_from_json(node: serde_json::Value) -> Result<Order, String> {
    serde_json::from_value::<OrderNode>(node)
        .map(to_order)
        .map_err(|e| format!("Shopify order could not be read: {e}"))
}

pub(super) fn to_order(node: OrderNode) -> Order {
    let currency = node.currency_code.clone();
    let shipping = node.shipping_address.map(address);
    let billing = node.billing_address.map(address);
    let customer = match &node.customer {
        Some(c) => Customer {
            name: [c.first_name.as_deref(), c.last_name.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
            email: c
                .default_email_address
                .as_ref()
                .map(|e| e.email_address.clone())
                .or_else(|| node.email.clone()),
            guest: false,
        },
        None => Customer {
            name: billing
                .as_ref()
                .or(shipping.as_ref())
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            email: node.email.clone(),
            guest: true,
        },
    };
    Order {
        store_id: node.id,
        name: node.name,
        source: "shopify".into(),
        created_at: node.created_at,
        currency: currency.clone(),
        customer,
        billing,
        shipping,
        lines: node
            .line_items
            .edges
            .into_iter()
            .map(|e| LineItem {
                sku: non_empty(e.node.sku),
                title: e.node.name,
                quantity: Decimal::from(e.node.quantity),
                unit_price: e.node.original_unit_price_set.shop_money.amount,
                tax_lines: e.node.tax_lines.iter().map(tax_line).collect(),
                unit: None,
            })
            .collect(),
        tax_lines: node.tax_lines.iter().map(tax_line).collect(),
        taxes_included: node.taxes_included,
        shipping_total: money(node.total_shipping_price_set.as_ref()),
        discount_total: money(node.total_discounts_set.as_ref()),
        subtotal: money(node.subtotal_price_set.as_ref()),
        total_tax: money(node.total_tax_set.as_ref()),
        total: node.total_price_set.shop_money.amount,
        note: non_empty(node.note),
        presentment_currency: node.presentment_currency_code.filter(|p| *p != currency),
        store_status: status::store_status(
            node.display_financial_status.as_deref(),
            node.cancelled_at.is_some(),
        ),
    }
}
