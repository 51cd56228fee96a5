use std::sync::Mutex;
use std::time::Duration;

use async_trait::async_trait;
use chrono::NaiveDate;
use osd_model::{
    AccountingPeriod, ErpCurrency, ErpCustomer, ErpItem, ErpRules, ErpTaxCode, ErpUnit,
    FindingCode, MasterData, Sensitive,
};
use reqwest::Method;
use serde_json::{Map, Value};

use super::session::{self, Login, ServiceSession};
use super::wire::{self, Read, TaxField, NO, YES};
use super::{documents, errors, limits, periods, tax, SYSTEM};
use crate::http::{self, Answer, Side};
use crate::odata::text;
use crate::{
    CallError, ConnectionReport, Erp, ErpDocument, ErpOrder, ErpOrderDraft, NewCustomer, NewItem,
};

/// Rows per page asked with `Prefer: odata.maxpagesize` (the Service Layer's default is 20;
/// SAP documents no maximum).
const PAGE_SIZE: usize = 200;
/// References per lookup; an `or` chain this long keeps the URL short.
const IDS_PER_QUERY: usize = 15;

#[derive(Debug, Clone)]
pub struct SapConfig {
    /// `https://host:50000/b1s/v1/`
    pub base_url: url::Url,
    pub company_db: String,
    pub username: String,
    pub password: Sensitive<String>,
    pub timeout: Duration,
}

pub struct SapClient {
    base_url: url::Url,
    company_db: String,
    http: reqwest::Client,
    session: ServiceSession,
    /// The line property the company's tax codes go in, once its tax setup has been read.
    tax_field: Mutex<Option<TaxField>>,
}

/// A `UnitOfMeasurement` as a unit known by every non-empty name it has; `AbsEntry` is its
/// key (a document line's `UoMEntry`).
fn unit(row: &Map<String, Value>) -> Option<ErpUnit> {
    let id = row.get("AbsEntry").and_then(Value::as_i64)?;
    ErpUnit::named(
        id.to_string(),
        ["Code", "Name", "InternationalSymbol"].map(|field| text(row, field)),
    )
}

fn yes(row: &Map<String, Value>, key: &str) -> bool {
    text(row, key) == YES
}

impl SapClient {
    pub fn new(config: SapConfig) -> Result<Self, CallError> {
        Ok(Self {
            http: http::client(config.timeout)?,
            base_url: config.base_url,
            company_db: config.company_db.clone(),
            session: ServiceSession::new(Login {
                company_db: config.company_db,
                username: config.username,
                password: config.password,
            }),
            tax_field: Mutex::new(None),
        })
    }

    fn url(&self, path: &str) -> Result<url::Url, CallError> {
        self.base_url.join(path).map_err(|e| {
            CallError::new(
                FindingCode::ErpUnreachable,
                "The Service Layer address is not valid",
                e.to_string(),
            )
        })
    }

    async fn cookie(&self, fresh: bool) -> Result<String, CallError> {
        self.session
            .cookie(&self.http, self.url(wire::LOGIN)?, fresh)
            .await
    }

    /// One call in the session; a timed-out session (401, code 301) logs in again once.
    async fn call(
        &self,
        method: Method,
        url: url::Url,
        body: Option<&Value>,
    ) -> Result<Answer, CallError> {
        let mut fresh = false;
        loop {
            let mut request = self
                .http
                .request(method.clone(), url.clone())
                .header("Cookie", self.cookie(fresh).await?)
                .header("Prefer", format!("odata.maxpagesize={PAGE_SIZE}"));
            if let Some(body) = body {
                request = request.json(body);
            }
            let answer = http::exchange(request, Side::Erp, SYSTEM).await?;
            if session::ended(&answer) && !fresh {
                fresh = true;
                continue;
            }
            return Ok(answer);
        }
    }

    fn json(answer: &Answer) -> Result<Value, CallError> {
        if !answer.is_success() {
            return Err(errors::classify(answer));
        }
        serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))
    }

    fn objects(value: &Value) -> Vec<Map<String, Value>> {
        value
            .get("value")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_object().cloned())
            .collect()
    }

    /// Every row of a read, following `odata.nextLink` (v1) or `@odata.nextLink` (v2).
    pub(super) async fn rows(&self, read: &Read) -> Result<Vec<Map<String, Value>>, CallError> {
        let mut url = self.url(&read.path())?;
        url.set_query(Some(&read.query()));
        let mut rows = Vec::new();
        loop {
            let page = Self::json(&self.call(Method::GET, url.clone(), None).await?)?;
            rows.extend(Self::objects(&page));
            let next = page
                .get("odata.nextLink")
                .or_else(|| page.get("@odata.nextLink"))
                .and_then(Value::as_str);
            match next {
                // "/b1s/v1/Orders?$skip=20" (from the server root) or "Orders?$skip=20".
                Some(next) => {
                    url = url
                        .join(next)
                        .map_err(|e| CallError::unreadable(SYSTEM, e, next))?
                }
                None => return Ok(rows),
            }
        }
    }

    /// One entity by its key.
    async fn entity(&self, read: &Read) -> Result<Map<String, Value>, CallError> {
        let mut url = self.url(&read.path())?;
        url.set_query(Some(&read.query()));
        match Self::json(&self.call(Method::GET, url, None).await?)? {
            Value::Object(row) => Ok(row),
            other => Err(CallError::unreadable(
                SYSTEM,
                "not an object",
                &other.to_string(),
            )),
        }
    }

    async fn post(&self, path: &str, body: &Value) -> Result<Map<String, Value>, CallError> {
        let answer = self.call(Method::POST, self.url(path)?, Some(body)).await?;
        match Self::json(&answer)? {
            Value::Object(row) => Ok(row),
            _ => Err(CallError::unreadable(SYSTEM, "not an object", &answer.body)),
        }
    }

    /// An action returning a collection: its `value` rows.
    async fn action(
        &self,
        name: &str,
        body: Option<&Value>,
    ) -> Result<Vec<Map<String, Value>>, CallError> {
        let answer = self.call(Method::POST, self.url(name)?, body).await?;
        let value = Self::json(&answer)?;
        Ok(match &value {
            Value::Array(rows) => rows.iter().filter_map(|v| v.as_object().cloned()).collect(),
            _ => Self::objects(&value),
        })
    }

    /// A tax read a localisation may not serve: a 400 or 404 from SAP means it keeps none.
    async fn tax_rows(&self, read: &Read) -> Result<Vec<Map<String, Value>>, CallError> {
        match self.rows(read).await {
            Err(e) if matches!(e.status, Some(400 | 404)) => Ok(Vec::new()),
            other => other,
        }
    }

    /// The company's usable tax codes, and the line property they go in.
    async fn tax_codes(&self) -> Result<(Vec<ErpTaxCode>, TaxField), CallError> {
        let sales = tax::sales_tax_codes(&self.tax_rows(&wire::sales_tax_codes()).await?);
        let today = chrono::Local::now().date_naive();
        let vat = tax::vat_groups(&self.tax_rows(&wire::vat_groups()).await?, today);
        let field = tax::field_for(&sales, &vat);
        if let Ok(mut known) = self.tax_field.lock() {
            *known = Some(field);
        }
        Ok((
            if field == TaxField::VatGroup {
                vat
            } else {
                sales
            },
            field,
        ))
    }

    async fn tax_field(&self) -> Result<TaxField, CallError> {
        if let Some(field) = self.tax_field.lock().ok().and_then(|f| *f) {
            return Ok(field);
        }
        Ok(self.tax_codes().await?.1)
    }

    /// Every posting period of every period category (fiscal year).
    async fn periods(&self) -> Result<Vec<AccountingPeriod>, CallError> {
        let categories = self.action(wire::GET_PERIODS, None).await?;
        let mut out = Vec::new();
        for category in periods::category_keys(&categories) {
            let body = wire::finance_periods_body(category);
            let rows = self.action(wire::GET_FINANCE_PERIODS, Some(&body)).await?;
            out.extend(rows.iter().filter_map(periods::accounting_period));
        }
        Ok(out)
    }

    /// The company's units of measure (`UnitOfMeasurements`), each by its code, name and
    /// international symbol. A user whose authorizations leave out units of measure, or any
    /// other failure of this one read, leaves the list empty (no line's unit is checked)
    /// instead of failing the master data: units only refine a check.
    async fn units(&self) -> Vec<ErpUnit> {
        crate::unit_of_measure::or_unchecked(
            SYSTEM,
            self.rows(&wire::units_of_measurement())
                .await
                .map(|rows| rows.iter().filter_map(unit).collect()),
        )
    }

    /// How many times this client has logged in (a new session after a timeout counts).
    pub fn logins(&self) -> u64 {
        self.session.logins()
    }

    /// End the session on the server, so it does not linger until it times out.
    pub async fn logout(&self) {
        if let Ok(url) = self.url(wire::LOGOUT) {
            self.session.log_out(&self.http, url).await;
        }
    }
}

#[async_trait]
impl Erp for SapClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    fn rules(&self) -> ErpRules {
        limits::rules()
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        self.cookie(false).await?;
        let idle_minutes = self.session.idle_minutes().await.unwrap_or(30);
        // A Service Layer session ends after this much idle time; the connector logs in
        // again by itself, so the person only needs to know the password still works.
        Ok(ConnectionReport {
            detail: format!(
                "Connected to SAP Business One company database {} (a session lasts {idle_minutes} idle minutes and is renewed automatically)",
                self.company_db
            ),
            credential_expires: None,
        })
    }

    async fn load_master_data(&self) -> Result<MasterData, CallError> {
        let items = self.rows(&wire::items()).await?;
        let partners = self.rows(&wire::customers()).await?;
        let currencies = self.rows(&wire::currencies()).await?;
        let (tax_codes, _) = self.tax_codes().await?;
        let periods = self.periods().await?;
        Ok(MasterData {
            items: items
                .iter()
                .map(|i| ErpItem {
                    id: text(i, "ItemCode"),
                    sku: text(i, "ItemCode"),
                    // SAP refuses an inactive, frozen or non-sales item on a sales order.
                    active: !yes(i, "Frozen")
                        && text(i, "Valid") != NO
                        && text(i, "SalesItem") != NO,
                })
                .collect(),
            customers: partners
                .iter()
                .map(|p| ErpCustomer {
                    id: text(p, "CardCode"),
                    email: Some(text(p, "EmailAddress")).filter(|e| !e.is_empty()),
                    name: text(p, "CardName"),
                })
                .collect(),
            currencies: currencies
                .iter()
                .map(|c| ErpCurrency {
                    id: text(c, "Code"),
                    code: text(c, "Code"),
                    active: true,
                })
                .collect(),
            tax_codes,
            periods,
            countries: Vec::new(),
            units: self.units().await,
            rules: limits::rules(),
        })
    }

    async fn find_orders(&self, external_ids: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        let mut found = Vec::new();
        for chunk in external_ids.chunks(IDS_PER_QUERY) {
            let rows = self.rows(&wire::orders_by_reference(chunk)).await?;
            found.extend(rows.iter().map(documents::erp_order));
        }
        Ok(found)
    }

    /// Orders, and the deliveries and A/R invoices made without an order, posted
    /// `from..=to`: one date-filtered, DocEntry-ordered read per set, lines included.
    async fn list_documents(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ErpDocument>, CallError> {
        let mut found = Vec::new();
        for set in wire::SALES_DOCUMENT_SETS {
            let rows = self.rows(&wire::documents_dated(set, from, to)).await?;
            found.extend(
                rows.iter()
                    .filter_map(|row| documents::sales_document(set, row)),
            );
        }
        Ok(found)
    }

    fn payload(&self, draft: &ErpOrderDraft) -> Value {
        let field = self
            .tax_field
            .lock()
            .ok()
            .and_then(|f| *f)
            .unwrap_or(TaxField::TaxCode);
        wire::order_body(draft, field)
    }

    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String, CallError> {
        if draft.external_id.chars().count() > limits::NUM_AT_CARD {
            return Err(CallError::new(
                FindingCode::FieldTooLong,
                "The order reference is longer than SAP's NumAtCard (100)",
                draft.external_id.clone(),
            ));
        }
        let field = match draft.tax_code {
            Some(_) => self.tax_field().await?,
            None => TaxField::TaxCode,
        };
        let created = self
            .post(wire::ORDERS, &wire::order_body(draft, field))
            .await
            .map_err(|e| item_of_line(e, draft))?;
        Ok(text(&created, "DocEntry"))
    }

    fn creates_records(&self) -> bool {
        true
    }

    /// The item code is the SKU: look it up, create it if absent.
    async fn create_item(&self, item: &NewItem) -> Result<String, CallError> {
        if let Some(row) = self.rows(&wire::item_by_code(&item.sku)).await?.first() {
            return Ok(text(row, "ItemCode"));
        }
        let created = self.post(wire::ITEMS, &wire::item_body(item)).await?;
        Ok(text(&created, "ItemCode"))
    }

    /// Business partners need a code chosen by the caller: a stable one derived from the
    /// key, found by e-mail (or name, for the guest-checkout customer) on a repeat.
    async fn create_customer(&self, customer: &NewCustomer) -> Result<String, CallError> {
        if let Some(row) = self.rows(&wire::partner_for(customer)).await?.first() {
            return Ok(text(row, "CardCode"));
        }
        let body = wire::partner_body(customer, &card_code(&customer.key));
        let created = self.post(wire::BUSINESS_PARTNERS, &body).await?;
        Ok(text(&created, "CardCode"))
    }

    async fn order_status(&self, erp_id: &str) -> Result<ErpOrder, CallError> {
        let read = wire::order(erp_id).ok_or_else(|| {
            CallError::new(
                FindingCode::UnclassifiedError,
                "An SAP Business One order id is a number (its DocEntry)",
                erp_id,
            )
        })?;
        Ok(documents::erp_order(&self.entity(&read).await?))
    }
}

/// SAP names a short item by the line it is on (`[line: 2]`); the finding is keyed by the
/// item, so orders short of the same item group together.
fn item_of_line(error: CallError, draft: &ErpOrderDraft) -> CallError {
    if error.code != FindingCode::NegativeInventory || error.key.is_some() {
        return error;
    }
    let item = errors::parse(&error.raw)
        .and_then(|(_, message)| errors::line_number(&message))
        .and_then(|line| draft.lines.get(line.checked_sub(1)?))
        .map(|line| match &line.item {
            crate::Ref::Id(id) | crate::Ref::Unresolved(id) => id.clone(),
        });
    match item {
        Some(item) => error.with_key(item),
        None => error,
    }
}

/// A CardCode (15 characters at most) that the same customer key always gets: "WEB" and the
/// start of the key's SHA-256.
fn card_code(key: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(key.as_bytes());
    let hex: String = digest.iter().take(6).map(|b| format!("{b:02X}")).collect();
    format!("WEB{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DraftLine, Ref};
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    #[test]
    fn a_short_line_is_keyed_by_its_item() {
        let line = |sku: &str| DraftLine {
            item: Ref::Id(sku.into()),
            quantity: Decimal::ONE,
            unit_price: Decimal::TEN,
            description: sku.into(),
        };
        let draft = ErpOrderDraft {
            external_id: "s-1".into(),
            order_name: "#1".into(),
            tran_date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            customer: Ref::Id("C1".into()),
            currency: Ref::Id("USD".into()),
            tax_code: None,
            lines: vec![line("MUG"), line("CANDLE")],
            billing: None,
            shipping: None,
            shipping_cost: Decimal::ZERO,
            memo: String::new(),
        };
        let answer = Answer {
            status: 400,
            headers: Default::default(),
            body: r#"{"error":{"code":-10,"message":{"lang":"en-us","value":"Quantity falls into negative inventory  [DocumentLines.ItemCode][line: 2]"}}}"#.into(),
        };
        let error = item_of_line(errors::classify(&answer), &draft);
        assert_eq!(error.code, FindingCode::NegativeInventory);
        assert_eq!(error.key.as_deref(), Some("CANDLE"));
    }
}
