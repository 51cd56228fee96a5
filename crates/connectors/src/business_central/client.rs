use std::time::{Duration, Instant};

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use osd_model::{
    ErpCurrency, ErpCustomer, ErpItem, ErpRules, ErpUnit, FindingCode, MasterData, Sensitive,
};
use reqwest::Method;
use serde_json::{Map, Value};
use tokio::sync::{Mutex, OnceCell};

use super::documents::{self, Place};
use super::pacing::Pacing;
use super::wire::{self, PageUse};
use super::{errors, limits, periods};
use crate::http::{self, Answer, Side};
use crate::odata::{any_of, quoted, text};
use crate::{
    CallError, ConnectionReport, Created, Erp, ErpDocument, ErpOrder, ErpOrderDraft, NewCustomer,
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
    /// A person signed in with the browser: tokens come from their refresh token, and the
    /// client id, secret and token URL above are not used.
    pub signed_in: Option<std::sync::Arc<crate::sign_in::SignedIn>>,
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

type Row = Map<String, Value>;

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
        if let Some(signed_in) = &self.config.signed_in {
            return signed_in.bearer(&self.http, SYSTEM, renew).await;
        }
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

    /// Every row of a collection, following `@odata.nextLink`. Without a page-size preference
    /// Business Central sends its largest page (20,000 rows online), and its next link
    /// continues after the last row sent, so rows are neither skipped nor repeated.
    async fn rows(&self, mut url: url::Url) -> Result<Vec<Row>, CallError> {
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

    /// The rows of a page the connector uses, with its `$select` (and `$expand` of its lines),
    /// filtered when a filter is given.
    async fn read(&self, page: &PageUse, filter: Option<&str>) -> Result<Vec<Row>, CallError> {
        let mut url = self.entity_url(page.entity_set).await?;
        {
            let mut query = url.query_pairs_mut();
            if let Some(filter) = filter {
                query.append_pair("$filter", filter);
            }
            query.append_pair("$select", &page.select());
            if let Some(expand) = page.expand() {
                query.append_pair("$expand", &expand);
            }
        }
        self.rows(url).await
    }

    async fn first_where(&self, page: &PageUse, filter: &str) -> Result<Option<Row>, CallError> {
        let mut url = self.entity_url(page.entity_set).await?;
        url.query_pairs_mut()
            .append_pair("$filter", filter)
            .append_pair("$select", &page.select())
            .append_pair("$top", "1");
        Ok(self.rows(url).await?.into_iter().next())
    }

    async fn post(&self, entity: &str, body: &Value) -> Result<Row, CallError> {
        let url = self.entity_url(entity).await?;
        let answer = self.call(Method::POST, url, Some(body)).await?;
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))
    }

    /// The company's units of measure, each by its code, description, symbol and UN/ECE code.
    /// A user whose permission sets leave out the Unit of Measure table, or any other failure
    /// of this one read, leaves the list empty (no line's unit is checked) rather than failing
    /// the master data: units only refine a check.
    async fn units(&self) -> Vec<ErpUnit> {
        crate::unit_of_measure::or_unchecked(
            SYSTEM,
            self.read(&wire::UNITS_OF_MEASURE, None)
                .await
                .map(|rows| rows.iter().filter_map(unit).collect()),
        )
    }

    /// Every document carrying one of these external document numbers (as stored, upper
    /// case), in the three places an order lives: open orders and posted invoices always (a
    /// second copy may be in either), posted shipments only for the numbers found in neither.
    async fn documents_carrying(&self, stored: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        let filter = any_of("externalDocumentNumber", stored);
        let orders = self.read(&wire::SALES_ORDERS, Some(&filter)).await?;
        let invoices = self.read(&wire::SALES_INVOICES, Some(&filter)).await?;
        let found: std::collections::HashSet<String> = orders
            .iter()
            .chain(&invoices)
            .map(|r| text(r, "externalDocumentNumber"))
            .collect();
        let unfound: Vec<String> = stored
            .iter()
            .filter(|id| !found.contains(*id))
            .cloned()
            .collect();
        let shipments = if unfound.is_empty() {
            Vec::new()
        } else {
            let filter = any_of("externalDocumentNumber", &unfound);
            self.read(&wire::SALES_SHIPMENTS, Some(&filter)).await?
        };
        Ok(documents::distinct(orders, invoices, shipments)
            .iter()
            .map(|(place, row)| documents::found_order(*place, row))
            .collect())
    }

    /// References that cannot be what they name, refused before anything is sent: a number
    /// longer than the Code field that would hold it is no customer's or item's number, and
    /// an external id longer than External Document No. cannot be kept at all.
    fn unsendable(draft: &ErpOrderDraft) -> Option<CallError> {
        if draft.external_id.chars().count() > limits::EXTERNAL_DOCUMENT_NUMBER {
            return Some(CallError::new(
                FindingCode::FieldTooLong,
                "The order reference is longer than Business Central's External Document No. (35)",
                draft.external_id.clone(),
            ));
        }
        let too_long = |r: &Ref, max: usize| match r {
            Ref::Unresolved(text) if text.chars().count() > max => Some(text.clone()),
            _ => None,
        };
        if let Some(customer) = too_long(&draft.customer, limits::CUSTOMER_NUMBER) {
            return Some(
                CallError::new(
                    FindingCode::CustomerNotFound,
                    format!("Business Central has no customer \"{customer}\": a customer number holds at most {} characters", limits::CUSTOMER_NUMBER),
                    format!("not sent: customerNumber \"{customer}\" is longer than Sell-to Customer No. (Code[{}])", limits::CUSTOMER_NUMBER),
                )
                .with_key(customer),
            );
        }
        let item = draft
            .lines
            .iter()
            .find_map(|l| too_long(&l.item, limits::ITEM_NUMBER))?;
        Some(
            CallError::new(
                FindingCode::SkuNotFound,
                format!("Business Central has no item \"{item}\": an item number holds at most {} characters", limits::ITEM_NUMBER),
                format!("not sent: lineObjectNumber \"{item}\" is longer than No. (Code[{}])", limits::ITEM_NUMBER),
            )
            .with_key(item),
        )
    }
}

/// A row of `unitsOfMeasure` as a unit known by every non-empty name it has: the code is its
/// key (what a sales line's `unitOfMeasureCode` holds).
fn unit(row: &Row) -> Option<ErpUnit> {
    ErpUnit::named(
        text(row, "code"),
        ["code", "symbol", "displayName", "internationalStandardCode"]
            .map(|field| text(row, field)),
    )
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
        // The lists need nothing from each other: read together, five at a time at most
        // (`pacing`), instead of each waiting for the one before.
        let (lists, units) = tokio::join!(
            async {
                tokio::try_join!(
                    self.read(&wire::ITEMS, None),
                    self.read(&wire::CUSTOMERS, None),
                    self.read(&wire::CURRENCIES, None),
                    self.read(&wire::COMPANY_INFORMATION, None),
                    self.read(&wire::ACCOUNTING_PERIODS, None),
                    self.read(&wire::COUNTRIES_REGIONS, None),
                )
            },
            self.units()
        );
        let (items, customers, currencies, company, periods_rows, countries) = lists?;
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
            periods: periods::periods(&periods_rows),
            countries: countries
                .iter()
                .map(|c| text(c, "code"))
                .filter(|c| !c.is_empty())
                .collect(),
            units,
            rules: limits::rules(),
        })
    }

    /// Asks for the ids in the form Business Central stores them (upper case): whether its
    /// `$filter eq` on a Code field ignores case is not documented, so nothing relies on it.
    async fn find_orders(&self, external_ids: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        let mut stored: Vec<String> = external_ids.iter().map(|id| wire::code(id)).collect();
        stored.sort();
        stored.dedup();
        let mut found = Vec::new();
        for chunk in stored.chunks(IDS_PER_QUERY) {
            found.extend(self.documents_carrying(chunk).await?);
        }
        Ok(found)
    }

    /// External Document No. is a Code field: Business Central keeps `shopify-1` as
    /// `SHOPIFY-1`.
    fn external_id_key(&self, external_id: &str) -> String {
        wire::code(external_id)
    }

    async fn list_documents(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ErpDocument>, CallError> {
        let range = |field: &str| {
            format!(
                "{field} ge {} and {field} le {}",
                from.format("%Y-%m-%d"),
                to.format("%Y-%m-%d")
            )
        };
        let orders = self
            .read(&wire::SALES_ORDER_LISTING, Some(&range("orderDate")))
            .await?;
        let invoices = self
            .read(&wire::SALES_INVOICE_LISTING, Some(&range("invoiceDate")))
            .await?;
        let shipments = self
            .read(&wire::SALES_SHIPMENT_LISTING, Some(&range("invoiceDate")))
            .await?;
        Ok(documents::distinct(orders, invoices, shipments)
            .iter()
            .map(|(place, row)| documents::document(*place, row))
            .collect())
    }

    fn payload(&self, draft: &ErpOrderDraft) -> Value {
        wire::sales_order_body(draft)
    }

    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String, CallError> {
        Ok(self.create_order_with_record(draft).await?.erp_id)
    }

    async fn create_order_with_record(&self, draft: &ErpOrderDraft) -> Result<Created, CallError> {
        if let Some(refused) = Self::unsendable(draft) {
            return Err(refused);
        }
        let created = self
            .post("salesOrders", &wire::sales_order_body(draft))
            .await
            .map_err(|e| errors::keyed_by_draft(e, draft))?;
        let record = documents::found_order(Place::Order, &created);
        let same =
            self.external_id_key(&record.external_id) == self.external_id_key(&draft.external_id);
        Ok(Created {
            erp_id: record.erp_id.clone(),
            // An answer without the fields (a proxy trimming it) is read back instead.
            record: (!text(&created, "status").is_empty() && same).then_some(record),
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

    /// Items are keyed by their number, which is the SKU: look it up (in the form the Code
    /// field stores it), create it if absent.
    async fn create_item(&self, item: &NewItem) -> Result<String, CallError> {
        let filter = format!("number eq {}", quoted(&wire::code(&item.sku)));
        if let Some(row) = self.first_where(&wire::ITEMS, &filter).await? {
            return Ok(text(&row, "number"));
        }
        let created = self.post("items", &wire::item_body(item)).await?;
        Ok(text(&created, "number"))
    }

    /// Customers get their number from a series, so the e-mail (or, for the guest-checkout
    /// customer, the name) is what a repeat finds.
    async fn create_customer(&self, customer: &NewCustomer) -> Result<String, CallError> {
        let filter = match &customer.email {
            Some(email) => format!("email eq {}", quoted(email)),
            None => format!("displayName eq {}", quoted(&customer.name)),
        };
        if let Some(row) = self.first_where(&wire::CUSTOMERS, &filter).await? {
            return Ok(text(&row, "number"));
        }
        let created = self
            .post("customers", &wire::customer_body(customer))
            .await?;
        Ok(text(&created, "number"))
    }

    async fn order_status(&self, erp_id: &str) -> Result<ErpOrder, CallError> {
        let mut url = self.entity_url(&format!("salesOrders({erp_id})")).await?;
        url.query_pairs_mut()
            .append_pair("$select", &wire::SALES_ORDERS.select());
        let answer = self.call(Method::GET, url, None).await?;
        if !answer.is_success() {
            return Err(errors::classify(&answer));
        }
        let row: Row = serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))?;
        Ok(documents::found_order(Place::Order, &row))
    }
}
