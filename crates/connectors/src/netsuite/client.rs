use std::time::{Duration, Instant};

use async_trait::async_trait;
use chrono::NaiveDate;
use osd_model::{
    AccountingPeriod, Address, ErpCurrency, ErpCustomer, ErpItem, ErpRules, ErpTaxCode,
    FindingCode, MasterData,
};
use reqwest::Method;
use serde_json::{json, Map, Value};
use tokio::sync::{Mutex, Semaphore};

use super::auth::{CachedToken, NetSuiteAuth};
use super::wire::{Collection, SalesOrderRecord};
use super::{errors, limits};
use crate::http::{self, Answer, Side};
use crate::odata::{quoted, text};
use crate::wire_decimal;
use crate::{
    CallError, ConnectionReport, Erp, ErpOrder, ErpOrderDraft, ErpOrderState, NewCustomer, NewItem,
    Pace, Ref,
};

const SYSTEM: &str = "NetSuite";
/// SuiteQL pages hold at most 1,000 rows.
const PAGE: usize = 1000;
/// External ids per existence query; keeps the SuiteQL text well under NetSuite's limits.
const IDS_PER_QUERY: usize = 500;

#[derive(Debug, Clone)]
pub struct NetSuiteConfig {
    /// `https://{account}.suitetalk.api.netsuite.com`, or a simulator's address.
    pub base_url: url::Url,
    /// The account id as NetSuite writes it in the OAuth realm, e.g. `1234567_SB1`.
    pub account_id: String,
    pub auth: NetSuiteAuth,
    pub timeout: Duration,
    /// NetSuite governs concurrency per account (5 on the smallest tier).
    pub max_concurrency: usize,
}

pub struct NetSuiteClient {
    config: NetSuiteConfig,
    http: reqwest::Client,
    token: Mutex<Option<CachedToken>>,
    slots: Semaphore,
}

impl NetSuiteClient {
    pub fn new(config: NetSuiteConfig) -> Result<Self, CallError> {
        Ok(Self {
            http: http::client(config.timeout)?,
            slots: Semaphore::new(config.max_concurrency.max(1)),
            config,
            token: Mutex::new(None),
        })
    }

    fn url(&self, path: &str) -> Result<url::Url, CallError> {
        self.config.base_url.join(path).map_err(|e| {
            CallError::new(
                FindingCode::ErpUnreachable,
                "The NetSuite address is not valid",
                e.to_string(),
            )
        })
    }

    async fn bearer(&self, renew: bool) -> Result<String, CallError> {
        let mut cached = self.token.lock().await;
        if let Some(token) = cached
            .as_ref()
            .filter(|t| !renew && t.valid_until > Instant::now())
        {
            return Ok(token.token.expose().clone());
        }
        let token_url = self.url("services/rest/auth/oauth2/v1/token")?;
        let fresh = self.config.auth.fetch_token(&self.http, &token_url).await?;
        let value = fresh.token.expose().clone();
        *cached = Some(fresh);
        Ok(value)
    }

    /// One authenticated call. With client credentials, a 401 on a cached token gets one
    /// retry with a fresh token: access tokens expire after an hour.
    async fn call(
        &self,
        method: Method,
        url: url::Url,
        body: Option<&Value>,
        prefer_transient: bool,
    ) -> Result<Answer, CallError> {
        let _slot = self.slots.acquire().await.map_err(|e| {
            CallError::new(
                FindingCode::UnclassifiedError,
                "NetSuite client closed",
                e.to_string(),
            )
        })?;
        let mut renew = false;
        loop {
            let mut request = self.http.request(method.clone(), url.clone());
            request = match &self.config.auth {
                NetSuiteAuth::ClientCredentials { .. } => {
                    request.bearer_auth(self.bearer(renew).await?)
                }
                auth @ NetSuiteAuth::TokenBased { .. } => {
                    let header = auth
                        .tba_header(method.as_str(), &url, &self.config.account_id)
                        .unwrap_or_default();
                    request.header("Authorization", header)
                }
            };
            if prefer_transient {
                request = request.header("Prefer", "transient");
            }
            if let Some(body) = body {
                request = request.json(body);
            }
            let answer = http::exchange(request, Side::Erp, SYSTEM).await?;
            let can_renew = matches!(self.config.auth, NetSuiteAuth::ClientCredentials { .. });
            if answer.status == 401 && can_renew && !renew {
                renew = true;
                continue;
            }
            return Ok(answer);
        }
    }

    /// Run a SuiteQL query and follow its pages.
    pub async fn suiteql(&self, query: &str) -> Result<Vec<Map<String, Value>>, CallError> {
        let mut rows = Vec::new();
        let mut offset = 0usize;
        loop {
            let mut url = self.url("services/rest/query/v1/suiteql")?;
            url.query_pairs_mut()
                .append_pair("limit", &PAGE.to_string())
                .append_pair("offset", &offset.to_string());
            let answer = self
                .call(Method::POST, url, Some(&json!({ "q": query })), true)
                .await?;
            if !answer.is_success() {
                return Err(errors::classify(&answer));
            }
            let page: Collection = serde_json::from_str(&answer.body)
                .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))?;
            let count = page.items.len();
            rows.extend(page.items);
            if !page.has_more || count == 0 {
                return Ok(rows);
            }
            offset += count;
        }
    }

    /// Upsert any record by external id (`PUT …/<type>/eid:<id>`): a repeat updates the
    /// record the first try created instead of adding another.
    async fn upsert_record(
        &self,
        record: &str,
        external_id: &str,
        body: &Value,
    ) -> Result<String, CallError> {
        let url = self.url(&format!(
            "services/rest/record/v1/{record}/eid:{external_id}"
        ))?;
        let answer = self.call(Method::PUT, url, Some(body), false).await?;
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        answer
            .header("location")
            .unwrap_or_default()
            .rsplit('/')
            .next()
            .filter(|id| !id.is_empty() && !id.starts_with("eid:"))
            .map(str::to_string)
            .ok_or_else(|| CallError::unreadable(SYSTEM, "no Location header", &answer.body))
    }

    /// New records belong to a subsidiary in OneWorld accounts; the first one is the
    /// company the integration works for.
    async fn first_subsidiary(&self) -> Result<String, CallError> {
        let rows = self
            .suiteql("SELECT id, name FROM subsidiary WHERE ROWNUM <= 1")
            .await?;
        Ok(rows
            .first()
            .map(|r| text(r, "id"))
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| "1".into()))
    }

    fn sales_order_url(&self, key: &str) -> Result<url::Url, CallError> {
        self.url(&format!("services/rest/record/v1/salesOrder/{key}"))
    }

    async fn read_sales_order(&self, key: &str) -> Result<Option<ErpOrder>, CallError> {
        let answer = self
            .call(Method::GET, self.sales_order_url(key)?, None, false)
            .await?;
        if answer.status == 404 {
            return Ok(None);
        }
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        let record: SalesOrderRecord = serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))?;
        let (status_id, status_text) = record
            .status
            .map(|s| (s.id.unwrap_or_default(), s.ref_name.unwrap_or_default()))
            .unwrap_or_default();
        Ok(Some(erp_order(
            record.id,
            record.external_id.unwrap_or_default(),
            &status_id,
            Some(status_text),
        )))
    }
}

/// Sales order statuses: A Pending Approval, B Pending Fulfillment, C Cancelled,
/// D Partially Fulfilled, E Pending Billing/Partially Fulfilled, F Pending Billing,
/// G Billed, H Closed.
fn erp_order(id: String, external_id: String, status_id: &str, text: Option<String>) -> ErpOrder {
    let (state, default_text) = match status_id {
        "A" | "SalesOrd:A" => (ErpOrderState::Open, "Pending Approval"),
        "B" | "SalesOrd:B" => (ErpOrderState::Open, "Pending Fulfillment"),
        "D" | "SalesOrd:D" => (ErpOrderState::Processing, "Partially Fulfilled"),
        "E" | "SalesOrd:E" => (
            ErpOrderState::Processing,
            "Pending Billing/Partially Fulfilled",
        ),
        "F" | "SalesOrd:F" => (ErpOrderState::Processing, "Pending Billing"),
        "C" | "SalesOrd:C" => (ErpOrderState::Other, "Cancelled"),
        "G" | "SalesOrd:G" => (ErpOrderState::Other, "Billed"),
        "H" | "SalesOrd:H" => (ErpOrderState::Other, "Closed"),
        _ => (ErpOrderState::Other, "Unknown"),
    };
    ErpOrder {
        erp_id: id,
        external_id,
        status: text
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| default_text.to_string()),
        state,
    }
}

fn flag(row: &Map<String, Value>, key: &str) -> bool {
    matches!(text(row, key).as_str(), "T" | "true" | "Yes")
}

/// SuiteQL prints dates in the user's date format; accept the common ones.
fn date(row: &Map<String, Value>, key: &str) -> Option<NaiveDate> {
    let value = text(row, key);
    ["%m/%d/%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(&value, f).ok())
}

/// "7.25%" or "7.25" → 0.0725.
fn percent(value: &str) -> Option<rust_decimal::Decimal> {
    wire_decimal::parse(value.trim().trim_end_matches('%'))
        .map(|p| p / rust_decimal::Decimal::ONE_HUNDRED)
}

fn reference(r: &Ref) -> Value {
    match r {
        Ref::Id(id) => json!({ "id": id }),
        Ref::Unresolved(text) => json!({ "externalId": text }),
    }
}

fn address(a: &Address) -> Value {
    let mut body = json!({
        "addressee": a.name,
        "addr1": a.line1,
        "city": a.city,
        // NetSuite's country field is an enum of ISO codes; a name goes through as written.
        "country": { "id": a.country_code.clone().or_else(|| a.country.clone()).unwrap_or_default() },
    });
    let fields = [
        ("addr2", &a.line2),
        (
            "state",
            &a.province_code.clone().or_else(|| a.province.clone()),
        ),
        ("zip", &a.postcode),
        ("addrPhone", &a.phone),
    ];
    for (name, value) in fields {
        if let Some(value) = value {
            body[name] = json!(value);
        }
    }
    body
}

pub fn sales_order_body(draft: &ErpOrderDraft) -> Value {
    let mut body = json!({
        "externalId": draft.external_id,
        "entity": reference(&draft.customer),
        "currency": reference(&draft.currency),
        "tranDate": draft.tran_date.format("%Y-%m-%d").to_string(),
        "otherRefNum": draft.order_name,
        "memo": draft.memo,
        "orderStatus": { "id": "B" },
        "shippingCost": draft.shipping_cost,
        "item": { "items": draft.lines.iter().map(|l| {
            let mut line = json!({
                "item": reference(&l.item),
                "quantity": l.quantity,
                "rate": l.unit_price,
                // Price level "Custom" (-1): keep the store's price, not the ERP's list price.
                "price": { "id": "-1" },
                "description": l.description,
            });
            if let Some(tax) = &draft.tax_code {
                line["taxCode"] = reference(tax);
            }
            line
        }).collect::<Vec<_>>() },
    });
    if let Some(a) = &draft.billing {
        body["billingAddress"] = address(a);
    }
    if let Some(a) = &draft.shipping {
        body["shippingAddress"] = address(a);
    }
    body
}

#[async_trait]
impl Erp for NetSuiteClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    fn rules(&self) -> ErpRules {
        limits::rules()
    }

    fn payload(&self, draft: &ErpOrderDraft) -> Value {
        sales_order_body(draft)
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        let rows = self
            .suiteql("SELECT id, name FROM subsidiary WHERE ROWNUM <= 1")
            .await?;
        let name = rows.first().map(|r| text(r, "name")).unwrap_or_default();
        Ok(ConnectionReport {
            detail: if name.is_empty() {
                format!("Connected to NetSuite account {}", self.config.account_id)
            } else {
                format!(
                    "Connected to NetSuite account {} ({name})",
                    self.config.account_id
                )
            },
            credential_expires: self.config.auth.credential_expires(),
        })
    }

    async fn load_master_data(&self) -> Result<MasterData, CallError> {
        let items = self
            .suiteql("SELECT id, itemid, isinactive FROM item")
            .await?;
        let customers = self
            .suiteql("SELECT id, entityid, email, companyname FROM customer")
            .await?;
        let currencies = self
            .suiteql("SELECT id, symbol, isinactive FROM currency")
            .await?;
        let taxes = self
            .suiteql("SELECT id, itemid, rate FROM salestaxitem")
            .await?;
        let periods = self
            .suiteql("SELECT id, periodname, startdate, enddate, closed, isquarter, isyear FROM accountingperiod")
            .await?;
        Ok(MasterData {
            items: items
                .iter()
                .map(|r| ErpItem {
                    id: text(r, "id"),
                    sku: text(r, "itemid"),
                    active: !flag(r, "isinactive"),
                })
                .collect(),
            customers: customers
                .iter()
                .map(|r| ErpCustomer {
                    id: text(r, "id"),
                    email: Some(text(r, "email")).filter(|e| !e.is_empty()),
                    name: Some(text(r, "companyname"))
                        .filter(|n| !n.is_empty())
                        .unwrap_or_else(|| text(r, "entityid")),
                })
                .collect(),
            currencies: currencies
                .iter()
                .map(|r| ErpCurrency {
                    id: text(r, "id"),
                    code: text(r, "symbol"),
                    active: !flag(r, "isinactive"),
                })
                .collect(),
            tax_codes: taxes
                .iter()
                .filter_map(|r| {
                    Some(ErpTaxCode {
                        id: text(r, "id"),
                        name: text(r, "itemid"),
                        rate: percent(&text(r, "rate"))?,
                    })
                })
                .collect(),
            periods: periods
                .iter()
                .filter(|r| !flag(r, "isquarter") && !flag(r, "isyear"))
                .filter_map(|r| {
                    Some(AccountingPeriod {
                        name: text(r, "periodname"),
                        start: date(r, "startdate")?,
                        end: date(r, "enddate")?,
                        closed: flag(r, "closed"),
                    })
                })
                .collect(),
            countries: Vec::new(),
            rules: limits::rules(),
        })
    }

    async fn find_orders(&self, external_ids: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        let mut found = Vec::new();
        for chunk in external_ids.chunks(IDS_PER_QUERY) {
            // External ids are `[A-Za-z0-9_-]` by construction; quote-doubling keeps any
            // other text from breaking out of the literal.
            let list = chunk
                .iter()
                .map(|id| quoted(id))
                .collect::<Vec<_>>()
                .join(", ");
            let rows = self
                .suiteql(&format!(
                    "SELECT id, externalid, status FROM transaction WHERE type = 'SalesOrd' AND externalid IN ({list})"
                ))
                .await?;
            found.extend(rows.iter().map(|r| {
                erp_order(
                    text(r, "id"),
                    text(r, "externalid"),
                    &text(r, "status"),
                    None,
                )
            }));
        }
        Ok(found)
    }

    async fn find_order(&self, external_id: &str) -> Result<Option<ErpOrder>, CallError> {
        self.read_sales_order(&format!("eid:{external_id}")).await
    }

    /// `PUT …/salesOrder/eid:{externalId}` is NetSuite's upsert: sending the same order twice
    /// updates the first one instead of creating a second.
    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String, CallError> {
        self.upsert_record("salesOrder", &draft.external_id, &sales_order_body(draft))
            .await
    }

    /// NetSuite meters concurrent requests per account (15 plus 10 per SuiteCloud Plus
    /// license), not a rate; the profile's max_concurrency is this integration's share.
    fn pace(&self) -> Pace {
        Pace {
            per_second: None,
            concurrency: self.config.max_concurrency.max(1),
        }
    }

    fn creates_records(&self) -> bool {
        true
    }

    async fn create_item(&self, item: &NewItem) -> Result<String, CallError> {
        let external_id = record_external_id("item", &item.sku);
        let body = json!({
            "externalId": external_id,
            "itemId": item.sku,
            "displayName": item.name,
            "subsidiary": { "items": [{ "id": self.first_subsidiary().await? }] },
        });
        self.upsert_record("noninventorysaleitem", &external_id, &body)
            .await
    }

    async fn create_customer(&self, customer: &NewCustomer) -> Result<String, CallError> {
        let external_id = record_external_id("customer", &customer.key);
        let body = json!({
            "externalId": external_id,
            "companyName": customer.name,
            "email": customer.email,
            "isPerson": false,
            "subsidiary": { "id": self.first_subsidiary().await? },
        });
        self.upsert_record("customer", &external_id, &body).await
    }

    async fn order_status(&self, erp_id: &str) -> Result<ErpOrder, CallError> {
        self.read_sales_order(erp_id).await?.ok_or_else(|| {
            CallError::new(
                FindingCode::OrderNotSynced,
                format!("NetSuite has no sales order {erp_id}"),
                String::new(),
            )
        })
    }
}

/// External ids allow letters, digits, `-` and `_`; anything else is spelled as `_XX` hex so
/// two different SKUs never share one.
fn record_external_id(kind: &str, key: &str) -> String {
    let mut id = format!("osd-{kind}-");
    for byte in key.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' {
            id.push(char::from(byte));
        } else {
            id.push_str(&format!("_{byte:02X}"));
        }
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_and_dates_parse_like_suiteql_prints_them() {
        assert_eq!(percent("7.25%"), Some(rust_decimal_macros::dec!(0.0725)));
        assert_eq!(percent("19"), Some(rust_decimal_macros::dec!(0.19)));
        let mut row = Map::new();
        row.insert("d".into(), json!("10/1/2026"));
        assert_eq!(date(&row, "d"), NaiveDate::from_ymd_opt(2026, 10, 1));
    }

    #[test]
    fn status_letters_map_to_open_and_processing() {
        assert_eq!(
            erp_order("1".into(), "x".into(), "B", None).state,
            ErpOrderState::Open
        );
        assert_eq!(
            erp_order("1".into(), "x".into(), "F", None).state,
            ErpOrderState::Processing
        );
        assert_eq!(
            erp_order("1".into(), "x".into(), "B", None).status,
            "Pending Fulfillment"
        );
    }
}
