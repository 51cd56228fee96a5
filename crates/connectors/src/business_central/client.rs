use std::time::{Duration, Instant};

use async_trait::async_trait;
use chrono::{DateTime, Months, NaiveDate, Utc};
use osd_model::{
    AccountingPeriod, Address, ErpCurrency, ErpCustomer, ErpItem, ErpRules, FindingCode,
    MasterData, Sensitive,
};
use reqwest::Method;
use serde_json::{json, Map, Value};
use tokio::sync::{Mutex, OnceCell};

use super::pacing::Pacing;
use super::{errors, limits};
use crate::http::{self, Answer, Side};
use crate::odata::{any_of, quoted, text};
use crate::{
    CallError, ConnectionReport, Created, Erp, ErpOrder, ErpOrderDraft, ErpOrderState, NewCustomer,
    NewItem, Pace, Ref,
};

const SYSTEM: &str = "Business Central";
/// External document numbers per lookup; an OData `or` chain this long stays a short URL.
const IDS_PER_QUERY: usize = 15;

#[derive(Debug, Clone)]
pub struct BcConfig {
    /// `https://api.businesscentral.dynamics.com/v2.0/{tenant}/{environment}/api/v2.0/`
    pub api_url: url::Url,
    /// `https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token`
    pub token_url: url::Url,
    /// `https://api.businesscentral.dynamics.com/.default`
    pub scope: String,
    pub client_id: String,
    pub client_secret: Sensitive<String>,
    /// The company's name or id; the first company when `None`.
    pub company: Option<String>,
    /// The Entra client secret's end date, which no API reports.
    pub secret_expires: Option<DateTime<Utc>>,
    pub timeout: Duration,
}

struct Token {
    value: Sensitive<String>,
    renew_at: Instant,
}

pub struct BcClient {
    config: BcConfig,
    http: reqwest::Client,
    token: Mutex<Option<Token>>,
    company: OnceCell<(String, String)>,
    pacing: Pacing,
}

fn state(status: &str) -> ErpOrderState {
    match status {
        "Draft" | "Open" => ErpOrderState::Open,
        "In Review" | "Released" | "Pending Approval" => ErpOrderState::Processing,
        _ => ErpOrderState::Other,
    }
}

fn erp_order(row: &Map<String, Value>) -> ErpOrder {
    let status = text(row, "status");
    ErpOrder {
        erp_id: text(row, "id"),
        external_id: text(row, "externalDocumentNumber"),
        state: state(&status),
        status,
    }
}

impl BcClient {
    pub fn new(config: BcConfig) -> Result<Self, CallError> {
        Ok(Self {
            http: http::client(config.timeout)?,
            config,
            token: Mutex::new(None),
            company: OnceCell::new(),
            // 6,000 requests per five minutes and five at a time, per user.
            pacing: Pacing::new(6000, Duration::from_secs(300), 5),
        })
    }

    async fn bearer(&self, renew: bool) -> Result<String, CallError> {
        let mut cached = self.token.lock().await;
        if let Some(t) = cached
            .as_ref()
            .filter(|t| !renew && t.renew_at > Instant::now())
        {
            return Ok(t.value.expose().clone());
        }
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", self.config.client_id.as_str()),
            ("client_secret", self.config.client_secret.expose().as_str()),
            ("scope", self.config.scope.as_str()),
        ];
        let answer = http::exchange(
            self.http.post(self.config.token_url.clone()).form(&form),
            Side::Erp,
            SYSTEM,
        )
        .await?;
        if !answer.is_success() {
            let mut error = answer.generic_error(Side::Erp, "Microsoft Entra ID");
            if matches!(answer.status, 400 | 401) {
                error.code = FindingCode::ErpAuthFailed;
                error.summary = "Microsoft Entra ID refused the app's client id or secret".into();
            }
            return Err(error);
        }
        let body: Value = serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, "token answer withheld"))?;
        let value = body
            .get("access_token")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let lifetime = body
            .get("expires_in")
            .and_then(Value::as_u64)
            .unwrap_or(3599);
        *cached = Some(Token {
            value: Sensitive::new(value.clone()),
            renew_at: Instant::now() + Duration::from_secs(lifetime.saturating_sub(120)),
        });
        Ok(value)
    }

    /// One paced, authenticated call; a 401 gets one retry with a fresh token.
    async fn call(
        &self,
        method: Method,
        url: url::Url,
        body: Option<&Value>,
    ) -> Result<Answer, CallError> {
        let mut renew = false;
        loop {
            let token = self.bearer(renew).await?;
            let _slot = self.pacing.admit().await;
            let mut request = self
                .http
                .request(method.clone(), url.clone())
                .bearer_auth(token);
            if let Some(body) = body {
                request = request.json(body);
            }
            let answer = http::exchange(request, Side::Erp, SYSTEM).await?;
            if answer.status == 401 && !renew {
                renew = true;
                continue;
            }
            return Ok(answer);
        }
    }

    fn url(&self, path: &str) -> Result<url::Url, CallError> {
        self.config.api_url.join(path).map_err(|e| {
            CallError::new(
                FindingCode::ErpUnreachable,
                "The Business Central address is not valid",
                e.to_string(),
            )
        })
    }

    /// Every row of a collection, following `@odata.nextLink`.
    async fn rows(&self, mut url: url::Url) -> Result<Vec<Map<String, Value>>, CallError> {
        let mut rows = Vec::new();
        loop {
            let answer = self.call(Method::GET, url, None).await?;
            if !answer.is_success() {
                return Err(errors::classify(&answer));
            }
            let page: Value = serde_json::from_str(&answer.body)
                .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))?;
            rows.extend(
                page.get("value")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v.as_object().cloned()),
            );
            match page.get("@odata.nextLink").and_then(Value::as_str) {
                Some(next) => {
                    url =
                        url::Url::parse(next).map_err(|e| CallError::unreadable(SYSTEM, e, next))?
                }
                None => return Ok(rows),
            }
        }
    }

    /// The company's id and name, found once.
    async fn company(&self) -> Result<&(String, String), CallError> {
        self.company
            .get_or_try_init(|| async {
                let companies = self.rows(self.url("companies")?).await?;
                let wanted = self.config.company.as_deref();
                companies
                    .iter()
                    .find(|c| {
                        wanted.is_none_or(|w| {
                            text(c, "name") == w
                                || text(c, "id") == w
                                || text(c, "displayName") == w
                        })
                    })
                    .map(|c| (text(c, "id"), text(c, "displayName")))
                    .ok_or_else(|| {
                        CallError::new(
                            FindingCode::ErpAuthFailed,
                            format!(
                                "Business Central has no company \"{}\" this app may use",
                                wanted.unwrap_or("")
                            ),
                            String::new(),
                        )
                    })
            })
            .await
    }

    async fn entity_url(&self, entity: &str) -> Result<url::Url, CallError> {
        let (id, _) = self.company().await?;
        self.url(&format!("companies({id})/{entity}"))
    }

    async fn first_where(
        &self,
        entity: &str,
        filter: &str,
    ) -> Result<Option<Map<String, Value>>, CallError> {
        let mut url = self.entity_url(entity).await?;
        url.query_pairs_mut()
            .append_pair("$filter", filter)
            .append_pair("$top", "1");
        Ok(self.rows(url).await?.into_iter().next())
    }

    async fn post(&self, entity: &str, body: &Value) -> Result<Map<String, Value>, CallError> {
        let url = self.entity_url(entity).await?;
        let answer = self.call(Method::POST, url, Some(body)).await?;
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))
    }

    async fn entity(
        &self,
        entity: &str,
        select: &str,
    ) -> Result<Vec<Map<String, Value>>, CallError> {
        let mut url = self.entity_url(entity).await?;
        url.query_pairs_mut().append_pair("$select", select);
        self.rows(url).await
    }
}

fn address(prefix: &str, a: &Address, body: &mut Value) {
    let fields = [
        ("AddressLine1", Some(a.line1.clone())),
        ("AddressLine2", a.line2.clone()),
        ("City", Some(a.city.clone())),
        (
            "State",
            a.province_code.clone().or_else(|| a.province.clone()),
        ),
        (
            "Country",
            a.country_code.clone().or_else(|| a.country.clone()),
        ),
        ("PostCode", a.postcode.clone()),
    ];
    for (name, value) in fields {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            body[format!("{prefix}{name}")] = json!(value);
        }
    }
}

fn reference(r: &Ref) -> String {
    match r {
        Ref::Id(id) | Ref::Unresolved(id) => id.clone(),
    }
}

/// A sales order and its lines in one deep insert: Business Central creates both or neither.
pub fn sales_order_body(draft: &ErpOrderDraft) -> Value {
    let date = draft.tran_date.format("%Y-%m-%d").to_string();
    let mut body = json!({
        "externalDocumentNumber": draft.external_id,
        "customerNumber": reference(&draft.customer),
        "orderDate": date,
        "postingDate": date,
        "salesOrderLines": draft.lines.iter().map(|l| json!({
            "lineType": "Item",
            "lineObjectNumber": reference(&l.item),
            "description": l.description,
            "quantity": l.quantity,
            "unitPrice": l.unit_price,
        })).collect::<Vec<_>>(),
    });
    // The local currency is a blank code on Business Central documents.
    let currency = reference(&draft.currency);
    if !currency.is_empty() {
        body["currencyCode"] = json!(currency);
    }
    if let Some(a) = &draft.shipping {
        body["shipToName"] = json!(a.name);
        address("shipTo", a, &mut body);
    }
    if let Some(a) = &draft.billing {
        address("billTo", a, &mut body);
    }
    body
}

/// Accounting periods are starting dates; each ends the day before the next starts.
fn periods(rows: &[Map<String, Value>]) -> Vec<AccountingPeriod> {
    let mut starts: Vec<(NaiveDate, String, bool)> = rows
        .iter()
        .filter_map(|r| {
            let start = NaiveDate::parse_from_str(&text(r, "startingDate"), "%Y-%m-%d").ok()?;
            Some((
                start,
                text(r, "name"),
                matches!(r.get("closed"), Some(Value::Bool(true))),
            ))
        })
        .collect();
    starts.sort();
    starts
        .iter()
        .enumerate()
        .filter_map(|(i, (start, name, closed))| {
            let end = match starts.get(i + 1) {
                Some((next, _, _)) => next.pred_opt()?,
                None => start.checked_add_months(Months::new(1))?.pred_opt()?,
            };
            Some(AccountingPeriod {
                name: if name.is_empty() {
                    start.format("%b %Y").to_string()
                } else {
                    name.clone()
                },
                start: *start,
                end,
                closed: *closed,
            })
        })
        .collect()
}

#[async_trait]
impl Erp for BcClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    fn api_version(&self) -> crate::ApiVersion {
        crate::ApiVersion::BusinessCentral("v2.0".into())
    }

    fn rules(&self) -> ErpRules {
        limits::rules()
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        let (_, name) = self.company().await?;
        Ok(ConnectionReport {
            detail: format!("Connected to Business Central company \"{name}\""),
            credential_expires: self.config.secret_expires,
        })
    }

    async fn load_master_data(&self) -> Result<MasterData, CallError> {
        let items = self.entity("items", "id,number,blocked").await?;
        let customers = self
            .entity("customers", "id,number,displayName,email")
            .await?;
        let currencies = self.entity("currencies", "id,code").await?;
        let company = self.entity("companyInformation", "id,currencyCode").await?;
        let periods_rows = self
            .entity("accountingPeriods", "id,name,startingDate,closed")
            .await?;
        let countries = self.entity("countriesRegions", "code").await?;
        let mut currencies: Vec<ErpCurrency> = currencies
            .iter()
            .map(|c| ErpCurrency {
                id: text(c, "code"),
                code: text(c, "code"),
                active: true,
            })
            .collect();
        if let Some(local) = company
            .first()
            .map(|c| text(c, "currencyCode"))
            .filter(|c| !c.is_empty())
        {
            // The local currency is written as a blank code on documents.
            currencies.push(ErpCurrency {
                id: String::new(),
                code: local,
                active: true,
            });
        }
        Ok(MasterData {
            items: items
                .iter()
                .map(|i| ErpItem {
                    id: text(i, "number"),
                    sku: text(i, "number"),
                    active: !matches!(i.get("blocked"), Some(Value::Bool(true))),
                })
                .collect(),
            customers: customers
                .iter()
                .map(|c| ErpCustomer {
                    id: text(c, "number"),
                    email: Some(text(c, "email")).filter(|e| !e.is_empty()),
                    name: text(c, "displayName"),
                })
                .collect(),
            currencies,
            // Business Central computes tax from tax areas and groups; rates are not mapped.
            tax_codes: Vec::new(),
            periods: periods(&periods_rows),
            countries: countries
                .iter()
                .map(|c| text(c, "code"))
                .filter(|c| !c.is_empty())
                .collect(),
            rules: limits::rules(),
        })
    }

    async fn find_orders(&self, external_ids: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        let mut found = Vec::new();
        for chunk in external_ids.chunks(IDS_PER_QUERY) {
            let filter = any_of("externalDocumentNumber", chunk);
            let mut url = self.entity_url("salesOrders").await?;
            url.query_pairs_mut()
                .append_pair("$filter", &filter)
                .append_pair("$select", "id,number,externalDocumentNumber,status");
            found.extend(self.rows(url).await?.iter().map(erp_order));
        }
        Ok(found)
    }

    fn payload(&self, draft: &ErpOrderDraft) -> Value {
        sales_order_body(draft)
    }

    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String, CallError> {
        Ok(self.create_order_with_record(draft).await?.erp_id)
    }

    async fn create_order_with_record(&self, draft: &ErpOrderDraft) -> Result<Created, CallError> {
        if draft.external_id.chars().count() > limits::EXTERNAL_DOCUMENT_NUMBER {
            return Err(CallError::new(
                FindingCode::FieldTooLong,
                "The order reference is longer than Business Central's External Document No. (35)",
                draft.external_id.clone(),
            ));
        }
        let created = self.post("salesOrders", &sales_order_body(draft)).await?;
        let record = erp_order(&created);
        Ok(Created {
            erp_id: record.erp_id.clone(),
            // An answer without the fields (a proxy trimming it) is read back instead.
            record: (!record.status.is_empty() && record.external_id == draft.external_id)
                .then_some(record),
        })
    }

    /// 6,000 requests per 5 minutes per user and 5 at once (the operational limits).
    fn pace(&self) -> Pace {
        Pace {
            per_second: std::num::NonZeroU32::new(20),
            concurrency: 5,
        }
    }

    fn creates_records(&self) -> bool {
        true
    }

    /// Items are keyed by their number, which is the SKU: look it up, create it if absent.
    async fn create_item(&self, item: &NewItem) -> Result<String, CallError> {
        let found = self
            .first_where("items", &format!("number eq {}", quoted(&item.sku)))
            .await?;
        if let Some(row) = found {
            return Ok(text(&row, "number"));
        }
        let body = json!({
            "number": item.sku,
            "displayName": item.name,
            "type": "Non_x002D_Inventory",
        });
        let created = self.post("items", &body).await?;
        Ok(text(&created, "number"))
    }

    /// Customers get their number from a series, so the e-mail (or, for the guest-checkout
    /// customer, the name) is what a repeat finds.
    async fn create_customer(&self, customer: &NewCustomer) -> Result<String, CallError> {
        let filter = match &customer.email {
            Some(email) => format!("email eq {}", quoted(email)),
            None => format!("displayName eq {}", quoted(&customer.name)),
        };
        if let Some(row) = self.first_where("customers", &filter).await? {
            return Ok(text(&row, "number"));
        }
        let body = json!({
            "displayName": customer.name,
            "email": customer.email.clone().unwrap_or_default(),
        });
        let created = self.post("customers", &body).await?;
        Ok(text(&created, "number"))
    }

    async fn order_status(&self, erp_id: &str) -> Result<ErpOrder, CallError> {
        let url = self.entity_url(&format!("salesOrders({erp_id})")).await?;
        let answer = self.call(Method::GET, url, None).await?;
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        let row: Map<String, Value> = serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))?;
        Ok(erp_order(&row))
    }
}
