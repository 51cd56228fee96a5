use std::time::{Duration, Instant};

use async_trait::async_trait;
use osd_model::{Address, ErpRules, FindingCode, MasterData};
use reqwest::Method;
use serde_json::{json, Value};
use tokio::sync::{Mutex, Semaphore};

use super::auth::{self, CachedToken, NetSuiteAuth};
use super::wire::SalesOrderRecord;
use super::{documents, errors, limits, status};
use crate::http::{self, Answer, Side};
use crate::odata::{quoted, text};
use crate::{
    CallError, ConnectionReport, Erp, ErpOrder, ErpOrderDraft, NewCustomer, NewItem, Pace, Ref,
};

pub(super) const SYSTEM: &str = "NetSuite";

#[derive(Debug, Clone)]
pub struct NetSuiteConfig {
    /// `https://{account}.suitetalk.api.netsuite.com`, or a simulator's address.
    pub base_url: url::Url,
    /// The account id, as NetSuite writes it in the realm (`1234567_SB1`) or in its host
    /// names (`1234567-sb1`): either form works.
    pub account_id: String,
    pub auth: NetSuiteAuth,
    pub timeout: Duration,
    /// NetSuite governs concurrency per account (5 on the smallest tier).
    pub max_concurrency: usize,
}

pub struct NetSuiteClient {
    config: NetSuiteConfig,
    /// The OAuth 1.0a realm: the account id upper case with `_`.
    realm: String,
    http: reqwest::Client,
    token: Mutex<Option<CachedToken>>,
    slots: Semaphore,
}

impl NetSuiteClient {
    pub fn new(config: NetSuiteConfig) -> Result<Self, CallError> {
        Ok(Self {
            http: http::client(config.timeout)?,
            slots: Semaphore::new(config.max_concurrency.max(1)),
            realm: auth::realm(&config.account_id),
            config,
            token: Mutex::new(None),
        })
    }

    pub(super) fn url(&self, path: &str) -> Result<url::Url, CallError> {
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

    /// One authenticated call. With OAuth 2.0, a 401 on a cached token gets one retry with a
    /// fresh token: access tokens expire after an hour.
    pub(super) async fn call(
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
                NetSuiteAuth::SignedIn(signed_in) => {
                    request.bearer_auth(signed_in.bearer(&self.http, SYSTEM, renew).await?)
                }
                auth @ NetSuiteAuth::TokenBased { .. } => {
                    let header = auth
                        .tba_header(method.as_str(), &url, &self.realm)
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
            let can_renew = !matches!(self.config.auth, NetSuiteAuth::TokenBased { .. });
            if answer.status == 401 && can_renew && !renew {
                renew = true;
                continue;
            }
            return Ok(answer);
        }
    }

    /// Upsert any record by external id (`PUT …/<type>/eid:<id>`): a repeat updates the
    /// record the first try created instead of adding another. `replace` names the sublists
    /// whose lines the body replaces: an update otherwise adds the body's lines to the ones
    /// the record has (Oracle: the `replace` parameter of PUT and PATCH).
    async fn upsert_record(
        &self,
        record: &str,
        external_id: &str,
        replace: Option<&str>,
        body: &Value,
    ) -> Result<String, CallError> {
        let mut url = self.url(&format!(
            "services/rest/record/v1/{record}/eid:{external_id}"
        ))?;
        if let Some(sublists) = replace {
            url.query_pairs_mut().append_pair("replace", sublists);
        }
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

    /// The subsidiaries, lowest id first: new records belong to one in OneWorld accounts,
    /// and the first is the company the integration works for.
    async fn subsidiaries(&self) -> Result<Vec<(String, String)>, CallError> {
        let page = self
            .suiteql_page("SELECT id, name FROM subsidiary ORDER BY id", 0)
            .await?;
        Ok(page
            .items
            .iter()
            .map(|r| (text(r, "id"), text(r, "name")))
            .collect())
    }

    async fn first_subsidiary(&self) -> Result<String, CallError> {
        Ok(self
            .subsidiaries()
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .find(|id| !id.is_empty())
            .unwrap_or_else(|| "1".into()))
    }

    /// A sales order as the record service answers it. Its status is read from `status`
    /// (`refName`, then `id`) and `orderStatus`: status.rs says why both.
    async fn read_sales_order(&self, key: &str) -> Result<Option<ErpOrder>, CallError> {
        let url = self.url(&format!("services/rest/record/v1/salesOrder/{key}"))?;
        let answer = self.call(Method::GET, url, None, false).await?;
        if answer.status == 404 {
            return Ok(None);
        }
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        let record: SalesOrderRecord = serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))?;
        let (label, letter) = record
            .status
            .map(|s| (s.ref_name.unwrap_or_default(), s.id.unwrap_or_default()))
            .unwrap_or_default();
        let order_status = record.order_status.and_then(|s| s.id).unwrap_or_default();
        let status = status::read(&[&label, &letter, &order_status]);
        Ok(Some(ErpOrder {
            erp_id: record.id,
            external_id: record.external_id.unwrap_or_default(),
            status: status.text,
            state: status.state,
        }))
    }
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

fn sales_order_body(draft: &ErpOrderDraft) -> Value {
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
        let name = self
            .subsidiaries()
            .await?
            .into_iter()
            .map(|(_, name)| name)
            .next()
            .unwrap_or_default();
        Ok(ConnectionReport {
            detail: if name.is_empty() {
                format!("Connected to NetSuite account {}", self.realm)
            } else {
                format!("Connected to NetSuite account {} ({name})", self.realm)
            },
            credential_expires: self.config.auth.credential_expires(),
        })
    }

    async fn load_master_data(&self) -> Result<MasterData, CallError> {
        self.master_data().await
    }

    /// Sales orders carrying one of these ids, in SuiteQL: as their external id, or in
    /// PO/Check Number where another integration put the store reference (NetSuite keeps
    /// `externalId` unique per record type, so a second copy cannot carry it there). Every
    /// copy is returned; the status is SuiteQL's letter.
    async fn find_orders(&self, external_ids: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        let mut found = Vec::new();
        for chunk in external_ids.chunks(limits::IDS_PER_QUERY) {
            // External ids are `[A-Za-z0-9_-]` by construction; quote-doubling keeps any
            // other text from breaking out of the literal.
            let list = chunk
                .iter()
                .map(|id| quoted(id))
                .collect::<Vec<_>>()
                .join(", ");
            let rows = self
                .suiteql(&format!(
                    "SELECT id, externalid, otherrefnum, status FROM transaction \
                     WHERE type = 'SalesOrd' AND (externalid IN ({list}) OR otherrefnum IN ({list})) \
                     ORDER BY id"
                ))
                .await?;
            found.extend(rows.iter().map(|r| {
                let status = status::read(&[&text(r, "status")]);
                ErpOrder {
                    erp_id: text(r, "id"),
                    external_id: documents::reference(r, |external| {
                        chunk.iter().any(|id| id == external)
                    }),
                    status: status.text,
                    state: status.state,
                }
            }));
        }
        Ok(found)
    }

    async fn list_documents(
        &self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Result<Vec<crate::ErpDocument>, CallError> {
        self.documents(from, to).await
    }

    /// `PUT …/salesOrder/eid:{externalId}?replace=item` is NetSuite's upsert: sending the
    /// same order twice updates the first one instead of creating a second, and its lines
    /// are replaced rather than added to (without `replace=item` a repeat doubles them).
    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String, CallError> {
        self.upsert_record(
            "salesOrder",
            &draft.external_id,
            Some("item"),
            &sales_order_body(draft),
        )
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
        self.upsert_record("noninventorysaleitem", &external_id, None, &body)
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
        self.upsert_record("customer", &external_id, None, &body)
            .await
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
