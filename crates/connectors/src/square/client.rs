use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, SecondsFormat, Utc};
use osd_model::{FindingCode, Sensitive};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use tokio::sync::Mutex;

use super::convert::{self, Lookups};
use super::errors;
use super::wire;
use crate::http::{self, Answer, Side};
use crate::sign_in::SignedIn;
use crate::{CallError, ConnectionReport, OrderPage, OrderQuery, RejectedRecord, StoreSource};

const SYSTEM: &str = "Square";

/// The API version every request asks for (`Square-Version`): the default of the
/// `x-additional-headers` in the OpenAPI document this connector was built from.
pub const SQUARE_VERSION: &str = "2025-08-20";
/// `SearchOrdersRequest.location_ids`: "Max: 10 location IDs."
const LOCATIONS_PER_SEARCH: usize = 10;
/// `SearchOrdersRequest.limit`: "Max: `1000`".
const MAX_LIMIT: u32 = 1000;
/// Ids per bulk lookup. The OpenAPI document states no maximum for either call; Square's
/// guides give 1,000 catalog objects and 100 customers, and 100 keeps both well inside.
const IDS_PER_LOOKUP: usize = 100;
/// Lookups of one kind in flight at once (catalog and customer lookups run side by side, so
/// up to twice this). Square publishes no rate or concurrency figure (only `RATE_LIMITED`),
/// so a few, not a page's worth.
const LOOKUPS_AT_ONCE: usize = 4;
/// 429s in a row before the pull gives up and says so.
const MAX_THROTTLE_RETRIES: u32 = 5;
/// The first wait after a 429 without `Retry-After`, doubled on each one after it.
const FIRST_BACKOFF: Duration = Duration::from_millis(500);

#[derive(Debug, Clone)]
pub struct SquareConfig {
    /// `https://connect.squareup.com/` (production) or `https://connect.squareupsandbox.com/`.
    pub base_url: url::Url,
    pub auth: SquareAuth,
    /// The locations to read; empty: every active location.
    pub location_ids: Vec<String>,
    /// The order states to read (`OrderState`): the "ready" setting then picks the sold ones.
    pub states: Vec<String>,
    pub timeout: Duration,
}

impl SquareConfig {
    /// `OPEN`, `COMPLETED` and `CANCELED`: what a sale can be; `DRAFT` orders are not sales.
    pub fn default_states() -> Vec<String> {
        ["OPEN", "COMPLETED", "CANCELED"].map(String::from).to_vec()
    }
}

/// How the connector proves it may read the seller's account.
#[derive(Debug, Clone)]
pub enum SquareAuth {
    /// A personal access token (it does not expire), or an access token obtained elsewhere,
    /// with the day it stops working when known.
    Token {
        token: Sensitive<String>,
        expires: Option<DateTime<Utc>>,
    },
    /// The seller signed in with the browser (OAuth with PKCE): 30-day access tokens from a
    /// one-use refresh token that each refresh replaces.
    SignedIn(Arc<SignedIn>),
}

pub struct SquareClient {
    config: SquareConfig,
    http: reqwest::Client,
    locations: Mutex<Option<Vec<wire::Location>>>,
}

/// Where a pull stands: which group of (at most ten) locations, and Square's cursor in it.
#[derive(Debug, Clone, PartialEq)]
struct Cursor {
    group: usize,
    square: Option<String>,
}

impl Cursor {
    fn to_text(&self) -> String {
        format!("{}:{}", self.group, self.square.as_deref().unwrap_or(""))
    }

    fn parse(text: &str) -> Option<Self> {
        let (group, square) = text.split_once(':')?;
        Some(Self {
            group: group.parse().ok()?,
            square: (!square.is_empty()).then(|| square.to_string()),
        })
    }
}

impl SquareClient {
    pub fn new(config: SquareConfig) -> Result<Self, CallError> {
        Ok(Self {
            http: http::client(config.timeout)?,
            config,
            locations: Mutex::new(None),
        })
    }

    fn url(&self, path: &str) -> Result<url::Url, CallError> {
        self.config.base_url.join(path).map_err(|e| {
            CallError::new(
                FindingCode::StoreUnreachable,
                "The Square address is not valid",
                e.to_string(),
            )
        })
    }

    /// One call with the token and the API version; a 429 is waited out (doubling) a few
    /// times before it becomes the pull's error.
    async fn call<T: DeserializeOwned>(
        &self,
        path: &str,
        body: Option<&Value>,
    ) -> Result<T, CallError> {
        let url = self.url(path)?;
        let mut wait = FIRST_BACKOFF;
        let mut attempts = 0;
        // A signed-in token is renewed at most once per call, whatever 429s follow.
        let (mut renewed, mut renew_now) = (false, false);
        loop {
            let bearer = self.bearer(std::mem::take(&mut renew_now)).await?;
            let request = match body {
                Some(body) => self.http.post(url.clone()).json(body),
                None => self.http.get(url.clone()),
            }
            .bearer_auth(bearer)
            .header("Square-Version", SQUARE_VERSION)
            .header("Accept", "application/json");
            let answer = http::exchange(request, Side::Store, SYSTEM).await?;
            // A signed-in token refused once may have been revoked or replaced: one new one.
            if answer.status == 401
                && !renewed
                && matches!(self.config.auth, SquareAuth::SignedIn(_))
            {
                (renewed, renew_now) = (true, true);
                continue;
            }
            if answer.status == 429 && attempts < MAX_THROTTLE_RETRIES {
                attempts += 1;
                tracing::debug!(?wait, "Square rate limit; waiting");
                tokio::time::sleep(answer.retry_after().unwrap_or(wait)).await;
                wait *= 2;
                continue;
            }
            return read(&answer);
        }
    }

    /// The access token to send; for a browser sign-in, a fresh one when `renew` or when the
    /// last is about to end.
    async fn bearer(&self, renew: bool) -> Result<String, CallError> {
        match &self.config.auth {
            SquareAuth::Token { token, .. } => Ok(token.expose().clone()),
            SquareAuth::SignedIn(signed_in) => signed_in.bearer(&self.http, SYSTEM, renew).await,
        }
    }

    /// The locations to read: the configured ones, else every active one (read once).
    async fn locations(&self) -> Result<Vec<wire::Location>, CallError> {
        let mut cached = self.locations.lock().await;
        if let Some(found) = cached.as_ref() {
            return Ok(found.clone());
        }
        let listed: wire::ListLocationsResponse = self.call("v2/locations", None).await?;
        let chosen: Vec<wire::Location> = if self.config.location_ids.is_empty() {
            listed
                .locations
                .into_iter()
                .filter(|l| l.status.as_deref() != Some("INACTIVE"))
                .collect()
        } else {
            let missing: Vec<&String> = self
                .config
                .location_ids
                .iter()
                .filter(|id| !listed.locations.iter().any(|l| &l.id == *id))
                .collect();
            if !missing.is_empty() {
                return Err(CallError::new(
                    FindingCode::UnclassifiedError,
                    format!(
                        "Square has no location {} in this account",
                        missing
                            .iter()
                            .map(|m| m.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    format!(
                        "locations Square listed: {}",
                        listed
                            .locations
                            .iter()
                            .map(|l| l.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            listed
                .locations
                .into_iter()
                .filter(|l| self.config.location_ids.contains(&l.id))
                .collect()
        };
        *cached = Some(chosen.clone());
        Ok(chosen)
    }

    fn search_body(
        &self,
        locations: &[wire::Location],
        query: &OrderQuery,
        cursor: &Cursor,
    ) -> Value {
        let mut filter = json!({ "state_filter": { "states": self.config.states } });
        if let Some(since) = query.updated_since {
            // Inclusive (SearchOrdersDateTimeFilter): the order at the cursor is read again,
            // and stored again as the same order.
            filter["date_time_filter"] = json!({
                "updated_at": { "start_at": since.to_rfc3339_opts(SecondsFormat::Millis, true) }
            });
        }
        let mut body = json!({
            "location_ids": locations.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(),
            "limit": query.page_size.clamp(1, MAX_LIMIT),
            // With a date filter, the sort field must be the filtered field (SearchOrdersSort).
            "query": { "filter": filter, "sort": { "sort_field": "UPDATED_AT", "sort_order": "ASC" } },
        });
        if let Some(square) = &cursor.square {
            body["cursor"] = json!(square);
        }
        body
    }

    /// One call of `path` per body, `LOOKUPS_AT_ONCE` at a time; the answers in order.
    async fn bulk<T: DeserializeOwned>(
        &self,
        path: &str,
        bodies: &[Value],
    ) -> Result<Vec<T>, CallError> {
        let mut answers = Vec::with_capacity(bodies.len());
        for group in bodies.chunks(LOOKUPS_AT_ONCE) {
            // A loop, not a closure: closures here make the future's `Send` unprovable.
            let mut calls = Vec::with_capacity(group.len());
            for body in group {
                calls.push(self.call::<T>(path, Some(body)));
            }
            answers.extend(futures_util::future::try_join_all(calls).await?);
        }
        Ok(answers)
    }

    /// The SKUs of these catalog item variations and these customers, in bulk.
    async fn lookups(
        &self,
        orders: &[Value],
        locations: &[wire::Location],
    ) -> Result<Lookups, CallError> {
        let mut variations = BTreeSet::new();
        let mut customers = BTreeSet::new();
        for order in orders {
            if let Some(lines) = order.get("line_items").and_then(Value::as_array) {
                variations.extend(
                    lines
                        .iter()
                        .filter_map(|l| l.get("catalog_object_id")?.as_str().map(String::from)),
                );
            }
            if let Some(id) = order.get("customer_id").and_then(Value::as_str) {
                customers.insert(id.to_string());
            }
        }
        let mut found = Lookups {
            locations: locations
                .iter()
                .map(|l| (l.id.clone(), l.clone()))
                .collect(),
            ..Lookups::default()
        };
        let variations: Vec<String> = variations.into_iter().collect();
        let customers: Vec<String> = customers.into_iter().collect();
        // Each lookup needs nothing from another: a few at once instead of a round trip each
        // (a page of 1,000 orders can name a thousand customers, ten lookups).
        let variation_asks: Vec<Value> = variations
            .chunks(IDS_PER_LOOKUP)
            .map(|ids| json!({ "object_ids": ids }))
            .collect();
        let customer_asks: Vec<Value> = customers
            .chunks(IDS_PER_LOOKUP)
            .map(|ids| json!({ "customer_ids": ids }))
            .collect();
        let (catalog, people) = tokio::try_join!(
            self.bulk::<wire::BatchRetrieveCatalogObjectsResponse>(
                "v2/catalog/batch-retrieve",
                &variation_asks,
            ),
            self.bulk::<wire::BulkRetrieveCustomersResponse>(
                "v2/customers/bulk-retrieve",
                &customer_asks,
            ),
        )?;
        for object in catalog.into_iter().flat_map(|listed| listed.objects) {
            let sku = object.item_variation_data.and_then(|v| v.sku);
            found.skus.insert(object.id, sku);
        }
        for (id, response) in people.into_iter().flat_map(|listed| listed.responses) {
            if let Some(customer) = response.customer {
                found.customers.insert(id, customer);
            }
        }
        Ok(found)
    }
}

/// A success read as the operation's response type, anything else classified.
fn read<T: DeserializeOwned>(answer: &Answer) -> Result<T, CallError> {
    if !answer.is_success() {
        return Err(errors::classify(answer));
    }
    serde_json::from_str(&answer.body).map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))
}

fn updated_at(order: &Value) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(order.get("updated_at")?.as_str()?)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[async_trait]
impl StoreSource for SquareClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        let locations = self.locations().await?;
        // The orders permission is separate from the locations one: ask for one order.
        let first = Cursor {
            group: 0,
            square: None,
        };
        if let Some(group) = locations.chunks(LOCATIONS_PER_SEARCH).next() {
            let query = OrderQuery {
                page_size: 1,
                ..OrderQuery::default()
            };
            self.call::<wire::SearchOrdersResponse>(
                "v2/orders/search",
                Some(&self.search_body(group, &query, &first)),
            )
            .await?;
        }
        let names: Vec<String> = locations
            .iter()
            .map(|l| l.name.clone().unwrap_or_else(|| l.id.clone()))
            .collect();
        Ok(ConnectionReport {
            detail: format!(
                "Connected to Square: {} location(s) ({})",
                names.len(),
                names.join(", ")
            ),
            credential_expires: match &self.config.auth {
                SquareAuth::Token { expires, .. } => *expires,
                // Renewed as it is used: nothing for the manager to watch.
                SquareAuth::SignedIn(_) => None,
            },
        })
    }

    async fn list_orders(&self, query: &OrderQuery) -> Result<OrderPage, CallError> {
        let locations = self.locations().await?;
        let groups: Vec<&[wire::Location]> = locations.chunks(LOCATIONS_PER_SEARCH).collect();
        let cursor = match query.after.as_deref() {
            Some(text) => Cursor::parse(text).ok_or_else(|| {
                CallError::new(
                    FindingCode::UnclassifiedError,
                    "The place to go on reading Square's orders was lost; the next check starts over",
                    text,
                )
            })?,
            None => Cursor { group: 0, square: None },
        };
        let Some(group) = groups.get(cursor.group) else {
            return Ok(OrderPage::default());
        };
        let found: wire::SearchOrdersResponse = self
            .call(
                "v2/orders/search",
                Some(&self.search_body(group, query, &cursor)),
            )
            .await?;
        let next = match found.cursor.filter(|c| !c.is_empty()) {
            Some(square) => Some(Cursor {
                group: cursor.group,
                square: Some(square),
            }),
            None if cursor.group + 1 < groups.len() => Some(Cursor {
                group: cursor.group + 1,
                square: None,
            }),
            None => None,
        };
        let lookups = self.lookups(&found.orders, &locations).await?;
        let mut page = OrderPage {
            next: next.map(|c| c.to_text()),
            high_water: found.orders.iter().filter_map(updated_at).max(),
            ..OrderPage::default()
        };
        for order in &found.orders {
            match convert::order(order, &lookups) {
                Ok(Some(order)) => page.orders.push(order),
                Ok(None) => {}
                Err(reason) => page.rejected.push(RejectedRecord {
                    reference: order
                        .get("id")
                        .and_then(Value::as_str)
                        .map(|id| format!("#{id}"))
                        .unwrap_or_else(|| "an order without an id".into()),
                    reason,
                }),
            }
        }
        Ok(page)
    }

    fn paid_statuses(&self) -> &'static [&'static str] {
        &["COMPLETED"]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_names_the_location_group_and_squares_own() {
        for cursor in [
            Cursor {
                group: 0,
                square: None,
            },
            Cursor {
                group: 2,
                square: Some("abc:def".into()),
            },
        ] {
            assert_eq!(Cursor::parse(&cursor.to_text()), Some(cursor));
        }
        assert_eq!(Cursor::parse("x:y"), None);
    }
}
