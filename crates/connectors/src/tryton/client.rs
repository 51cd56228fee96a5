use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use base64::Engine;
use chrono::{Datelike, NaiveDate};
use osd_model::{
    AccountingPeriod, ErpCurrency, ErpCustomer, ErpItem, ErpRules, ErpTaxCode, ErpUnit,
    FindingCode, MasterData, Sensitive,
};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};
use tokio::sync::Mutex;

use super::errors;
use crate::http::{self, Side};
use crate::odata::text;
use crate::wire_decimal;
use crate::{
    CallError, ConnectionReport, Created, Erp, ErpDocument, ErpOrder, ErpOrderDraft, ErpOrderState,
    NewCustomer, NewItem, Ref,
};

const SYSTEM: &str = "Tryton";
/// Sales written together. Tryton's `confirm` costs about 0.3 s a request and little more per
/// sale (trytond 8.0 on SQLite: 10 sales one by one 4.0 s, in one write 0.73 s; 25: 9.2 s
/// and 1.2 s); more in one transaction would hold Tryton's locks longer for little gain.
const SALES_PER_WRITE: usize = 25;
/// What a sale is read for: the shop's id it carries and where it stands.
const SALE_FIELDS: [&str; 3] = ["reference", "state", "number"];
/// `product.uom.unece_code`, the UN/ECE Recommendation 20 code, which only the
/// `edocument_unece` module adds (tryton/modules `edocument_unece/product.py`, `Uom`).
const UNECE_CODE: &str = "unece_code";

#[derive(Debug, Clone)]
pub struct TrytonConfig {
    /// The server, e.g. `http://tryton.example:8000/`.
    pub base_url: url::Url,
    pub database: String,
    pub username: String,
    pub password: Sensitive<String>,
    pub timeout: Duration,
}

struct Session {
    header: Sensitive<String>,
    /// The user's preferences, sent as the last parameter of every call.
    context: Value,
}

/// What a sale needs beyond the master data: each product's unit and each party's address.
#[derive(Default)]
struct Known {
    units: HashMap<i64, i64>,
    addresses: HashMap<i64, i64>,
}

pub struct TrytonClient {
    config: TrytonConfig,
    http: reqwest::Client,
    session: Mutex<Option<Session>>,
    known: Mutex<Known>,
    ids: AtomicU64,
    logins: AtomicU64,
}

pub(super) fn decimal(value: &Value) -> Option<Decimal> {
    match value {
        Value::Object(o) if o.get("__class__").and_then(Value::as_str) == Some("Decimal") => {
            o.get("decimal").and_then(wire_decimal::from_value)
        }
        other => wire_decimal::from_value(other),
    }
}

fn date(value: &Value) -> Option<NaiveDate> {
    let get = |k: &str| value.get(k).and_then(Value::as_i64);
    NaiveDate::from_ymd_opt(
        i32::try_from(get("year")?).ok()?,
        u32::try_from(get("month")?).ok()?,
        u32::try_from(get("day")?).ok()?,
    )
}

pub(super) fn tryton_date(day: NaiveDate) -> Value {
    json!({ "__class__": "date", "year": day.year(), "month": day.month(), "day": day.day() })
}

fn encoded(value: Decimal) -> Value {
    json!({ "__class__": "Decimal", "decimal": value.to_string() })
}

fn id_of(r: &Ref) -> Value {
    match r {
        Ref::Id(id) => id.parse::<i64>().map(Value::from).unwrap_or(Value::Null),
        Ref::Unresolved(_) => Value::Null,
    }
}

/// Whether Tryton's screens offer the product on a sale: the variant and its template are
/// both active and the template is salable. A product is discontinued by deactivating its
/// template, and reading `active` on the variant gives only the variant's own flag, so the
/// template's comes with the read (`template.active`, a dotted field: `"template.": {…}`).
/// Sources: tryton/modules `product/product.py` (`TemplateDeactivatableMixin`: activity is
/// `product.active & template.active`), `sale/sale.py` (a line's product domain
/// `salable = True`); observed on trytond 8.0: the variant of a deactivated template reads
/// `active: 1`, and a sale with it is created, quoted and confirmed without an error.
fn sellable(product: &Map<String, Value>) -> bool {
    let template_active = product
        .get("template.")
        .is_none_or(|t| truthy(t.get("active")));
    truthy(product.get("active")) && template_active && truthy(product.get("salable"))
}

fn truthy(value: Option<&Value>) -> bool {
    // SQLite hands booleans back as 1/0.
    matches!(value, Some(Value::Bool(true))) || value.and_then(Value::as_i64) == Some(1)
}

impl TrytonClient {
    pub fn new(config: TrytonConfig) -> Result<Self, CallError> {
        Ok(Self {
            http: http::client(config.timeout)?,
            config,
            session: Mutex::new(None),
            known: Mutex::default(),
            ids: AtomicU64::new(1),
            logins: AtomicU64::new(0),
        })
    }

    pub fn logins(&self) -> u64 {
        self.logins.load(Ordering::Relaxed)
    }

    fn endpoint(&self) -> Result<url::Url, CallError> {
        self.config
            .base_url
            .join(&format!("{}/rpc/", self.config.database))
            .map_err(|e| {
                CallError::new(
                    FindingCode::ErpUnreachable,
                    "The Tryton address is not valid",
                    e.to_string(),
                )
            })
    }

    /// One request with exactly `id`, `method` and `params`: any other key switches Tryton to
    /// a different answer format.
    async fn post(
        &self,
        method: &str,
        params: Value,
        header: Option<&str>,
    ) -> Result<http::Answer, CallError> {
        let body = json!({ "id": self.ids.fetch_add(1, Ordering::Relaxed), "method": method, "params": params });
        let mut request = self.http.post(self.endpoint()?).json(&body);
        if let Some(header) = header {
            request = request.header("Authorization", header);
        }
        let started = std::time::Instant::now();
        let answer = http::exchange(request, Side::Erp, SYSTEM).await;
        // What each round trip costs, for scripts/tryton/profile-resend.sh (the method name
        // only: never the parameters, which hold customer data and the password).
        tracing::debug!(
            target: "tryton_calls",
            method,
            ms = started.elapsed().as_secs_f64() * 1000.0,
            "tryton call"
        );
        answer
    }

    async fn login(&self) -> Result<Session, CallError> {
        let params =
            json!([self.config.username, { "password": self.config.password.expose() }, "en"]);
        let answer = self.post("common.db.login", params, None).await?;
        if !answer.is_success() {
            let mut error = answer.generic_error(Side::Erp, SYSTEM);
            if answer.status == 401 {
                error.summary = "Tryton refused the user name or password".into();
            }
            return Err(error);
        }
        let value: Value = serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, "login answer withheld"))?;
        let (Some(user), Some(token)) = (
            value.pointer("/result/0").and_then(Value::as_i64),
            value.pointer("/result/1").and_then(Value::as_str),
        ) else {
            return Err(CallError::new(
                FindingCode::ErpAuthFailed,
                "Tryton refused the login",
                "login answer withheld",
            ));
        };
        let credential = base64::engine::general_purpose::STANDARD
            .encode(format!("{}:{user}:{token}", self.config.username));
        let header = format!("Session {credential}");
        self.logins.fetch_add(1, Ordering::Relaxed);
        // The full user context: company, language, and the rest the server expects.
        let answer = self
            .post(
                "model.res.user.get_preferences",
                json!([true, {}]),
                Some(&header),
            )
            .await?;
        let prefs: Value = serde_json::from_str(&answer.body)
            .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))?;
        let mut context = prefs.get("result").cloned().unwrap_or(json!({}));
        if let Some(map) = context.as_object_mut() {
            map.retain(|k, _| !k.starts_with('_'));
        }
        Ok(Session {
            header: Sensitive::new(header),
            context,
        })
    }

    /// `model.<model>.<method>(*params, context)`; an expired session gets one new login.
    async fn call(&self, method: &str, params: Vec<Value>) -> Result<Value, CallError> {
        let mut fresh = false;
        loop {
            let (header, context) = {
                let mut session = self.session.lock().await;
                if session.is_none() || fresh {
                    *session = Some(self.login().await?);
                }
                let s = session.as_ref().ok_or_else(|| {
                    CallError::new(
                        FindingCode::ErpAuthFailed,
                        "No Tryton session",
                        String::new(),
                    )
                })?;
                (s.header.expose().clone(), s.context.clone())
            };
            let mut all = params.clone();
            all.push(context);
            let answer = self.post(method, Value::Array(all), Some(&header)).await?;
            if answer.status == 401 && !fresh {
                fresh = true;
                continue;
            }
            if !answer.is_success() {
                return Err(answer.generic_error(Side::Erp, SYSTEM));
            }
            let value: Value = serde_json::from_str(&answer.body)
                .map_err(|e| CallError::unreadable(SYSTEM, e, &answer.body))?;
            if let Some(error) = value.get("error") {
                return Err(errors::classify(error, &answer.body));
            }
            return Ok(value.get("result").cloned().unwrap_or(Value::Null));
        }
    }

    async fn search_read(
        &self,
        model: &str,
        domain: Value,
        fields: &[&str],
    ) -> Result<Vec<Map<String, Value>>, CallError> {
        self.search(model, domain, fields, Value::Null, Value::Null)
            .await
    }

    /// The active units of measure (`product.uom`: `name`, `symbol`; tryton/modules
    /// `product/uom.py`), with `unece_code` where the database has it: `fields_get` names only
    /// the fields the model has (asking for one it lacks is no error, reading one is). Seen on
    /// trytond 8.0: `fields_get(["unece_code", "name"])` answers `name` alone without
    /// `edocument_unece`, and the stock units read `{"name": "Pound", "symbol": "lb"}`.
    async fn read_units(&self) -> Result<Vec<ErpUnit>, CallError> {
        let described = self
            .call("model.product.uom.fields_get", vec![json!([UNECE_CODE])])
            .await?;
        let mut fields = vec!["name", "symbol"];
        if described.get(UNECE_CODE).is_some() {
            fields.push(UNECE_CODE);
        }
        let rows = self.search_read("product.uom", json!([]), &fields).await?;
        Ok(rows.iter().filter_map(unit).collect())
    }

    /// The units, or none when they cannot be read (a user without access to units, any other
    /// failure of these calls): no line's unit is checked then, and the rest of the master
    /// data still loads, since units only refine a check.
    async fn units(&self) -> Vec<ErpUnit> {
        crate::unit_of_measure::or_unchecked(SYSTEM, self.read_units().await)
    }

    /// Create the sales (one transaction: all or none), then quote and confirm them all;
    /// their ids in the order of `vals`.
    async fn write_sales(&self, vals: Vec<Value>) -> Result<Vec<i64>, CallError> {
        let count = vals.len();
        let created = self
            .call("model.sale.sale.create", vec![Value::Array(vals)])
            .await?;
        let ids: Vec<i64> = created
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_i64)
            .collect();
        if ids.len() != count {
            return Err(CallError::unreadable(
                SYSTEM,
                "not one id per sale",
                &created.to_string(),
            ));
        }
        for step in ["quote", "confirm"] {
            self.call(&format!("model.sale.sale.{step}"), vec![json!(ids)])
                .await
                .map_err(stored_already)?;
        }
        Ok(ids)
    }

    /// One page of `search_read`, ordered by id, for paging by `id > last`.
    pub(super) async fn search_page(
        &self,
        model: &str,
        domain: Value,
        fields: &[&str],
        limit: u64,
    ) -> Result<Vec<Map<String, Value>>, CallError> {
        self.search(model, domain, fields, json!(limit), json!([["id", "ASC"]]))
            .await
    }

    async fn search(
        &self,
        model: &str,
        domain: Value,
        fields: &[&str],
        limit: Value,
        order: Value,
    ) -> Result<Vec<Map<String, Value>>, CallError> {
        let rows = self
            .call(
                &format!("model.{model}.search_read"),
                vec![domain, json!(0), limit, order, json!(fields)],
            )
            .await?;
        Ok(rows
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_object().cloned())
            .collect())
    }
}

/// A step after the sales were created failed. Tryton answers 429 only to a login (here, a
/// new login after the session expired): the call was not made, but the sales exist, so the
/// write must not be repeated as a refused one would be; it is looked up and finished instead.
fn stored_already(mut error: CallError) -> CallError {
    if error.code == FindingCode::RateLimited {
        error.code = FindingCode::ErpUnreachable;
        error.retry_after = None;
        error.summary = format!("{} after the sales were stored", error.summary);
    }
    error
}

/// A `product.uom` row as a unit known by its symbol ("lb"), its name ("Pound") and, with
/// `edocument_unece`, its UN/ECE code ("LBR").
fn unit(row: &Map<String, Value>) -> Option<ErpUnit> {
    let id = row.get("id").and_then(Value::as_i64)?;
    ErpUnit::named(
        id.to_string(),
        ["symbol", "name", UNECE_CODE].map(|field| text(row, field)),
    )
}

pub(super) fn erp_order(row: &Map<String, Value>) -> ErpOrder {
    let state = text(row, "state");
    let mapped = match state.as_str() {
        "confirmed" => ErpOrderState::Open,
        "processing" => ErpOrderState::Processing,
        // Shipped and paid: Tryton moved the sale on.
        "done" => ErpOrderState::Completed,
        _ => ErpOrderState::Other,
    };
    ErpOrder {
        erp_id: text(row, "id"),
        external_id: text(row, "reference"),
        status: state,
        state: mapped,
    }
}

#[async_trait]
impl Erp for TrytonClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    fn rules(&self) -> ErpRules {
        // Tryton's text fields are unbounded; a sale is confirmed whatever its date (only the
        // invoice is refused in a closed period).
        ErpRules {
            tax_by_rate: true,
            period_blocks_orders: false,
            ..ErpRules::default()
        }
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        let companies = self
            .search_read("company.company", json!([]), &["rec_name"])
            .await?;
        let name = companies
            .first()
            .map(|c| text(c, "rec_name"))
            .unwrap_or_default();
        Ok(ConnectionReport {
            detail: format!(
                "Connected to Tryton database {} ({name})",
                self.config.database
            ),
            credential_expires: None,
        })
    }

    async fn load_master_data(&self) -> Result<MasterData, CallError> {
        let any = json!(["active", "in", [true, false]]);
        // Discontinued products too: their template's `active` and `salable` decide, below.
        let products = self
            .search_read(
                "product.product",
                json!([["code", "!=", null], any]),
                &[
                    "code",
                    "active",
                    "template.active",
                    "salable",
                    "default_uom",
                ],
            )
            .await?;
        let parties = self
            .search_read("party.party", json!([]), &["name", "email", "addresses"])
            .await?;
        let currencies = self
            .search_read("currency.currency", json!([any]), &["code", "active"])
            .await?;
        let taxes = self
            .search_read(
                "account.tax",
                json!([["type", "=", "percentage"]]),
                &["name", "rate"],
            )
            .await?;
        let periods = self
            .search_read(
                "account.period",
                json!([["type", "=", "standard"]]),
                &["name", "state", "start_date", "end_date"],
            )
            .await?;
        let units = self.units().await;
        let mut known = self.known.lock().await;
        for p in &products {
            if let (Some(id), Some(unit)) = (
                p.get("id").and_then(Value::as_i64),
                p.get("default_uom").and_then(Value::as_i64),
            ) {
                known.units.insert(id, unit);
            }
        }
        for p in &parties {
            if let (Some(id), Some(address)) = (
                p.get("id").and_then(Value::as_i64),
                p.get("addresses")
                    .and_then(|a| a.get(0))
                    .and_then(Value::as_i64),
            ) {
                known.addresses.insert(id, address);
            }
        }
        Ok(MasterData {
            items: products
                .iter()
                .map(|p| ErpItem {
                    id: text(p, "id"),
                    sku: text(p, "code"),
                    active: sellable(p),
                })
                .collect(),
            customers: parties
                .iter()
                // A party without an address cannot take a quotation.
                .filter(|p| {
                    known
                        .addresses
                        .contains_key(&p.get("id").and_then(Value::as_i64).unwrap_or(-1))
                })
                .map(|p| ErpCustomer {
                    id: text(p, "id"),
                    email: Some(text(p, "email")).filter(|e| !e.is_empty()),
                    name: text(p, "name"),
                })
                .collect(),
            currencies: currencies
                .iter()
                .map(|c| ErpCurrency {
                    id: text(c, "id"),
                    code: text(c, "code"),
                    active: truthy(c.get("active")),
                })
                .collect(),
            tax_codes: taxes
                .iter()
                .filter_map(|t| {
                    Some(ErpTaxCode {
                        id: text(t, "id"),
                        name: text(t, "name"),
                        rate: decimal(t.get("rate")?)?,
                    })
                })
                .collect(),
            periods: periods
                .iter()
                .filter_map(|p| {
                    Some(AccountingPeriod {
                        name: text(p, "name"),
                        start: date(p.get("start_date")?)?,
                        end: date(p.get("end_date")?)?,
                        closed: text(p, "state") != "open",
                    })
                })
                .collect(),
            countries: Vec::new(),
            units,
            rules: self.rules(),
        })
    }

    async fn find_orders(&self, external_ids: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        let rows = self
            .search_read(
                "sale.sale",
                json!([["reference", "in", external_ids]]),
                &SALE_FIELDS,
            )
            .await?;
        Ok(rows.iter().map(erp_order).collect())
    }

    async fn list_documents(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ErpDocument>, CallError> {
        self.documents(from, to).await
    }

    fn payload(&self, draft: &ErpOrderDraft) -> Value {
        sale_vals(draft, &Known::default())
    }

    /// Create the sale with the shop's id as `reference`, then quote and confirm it.
    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String, CallError> {
        let vals = sale_vals(draft, &*self.known.lock().await);
        let ids = self.write_sales(vec![vals]).await?;
        ids.first()
            .map(i64::to_string)
            .ok_or_else(|| CallError::unreadable(SYSTEM, "no id", ""))
    }

    fn orders_per_write(&self) -> usize {
        SALES_PER_WRITE
    }

    /// The sales created in one `create`, quoted in one `quote` and confirmed in one
    /// `confirm`, then read in one `read`: what each became (`processing` once Tryton has
    /// processed it on confirming).
    async fn create_orders(&self, drafts: &[ErpOrderDraft]) -> Result<Vec<Created>, CallError> {
        let vals = {
            let known = self.known.lock().await;
            drafts.iter().map(|d| sale_vals(d, &known)).collect()
        };
        let ids = self.write_sales(vals).await?;
        // A sale whose read fails is read again on its own by the caller.
        let mut read: HashMap<String, ErpOrder> = self
            .call("model.sale.sale.read", vec![json!(ids), json!(SALE_FIELDS)])
            .await
            .ok()
            .and_then(|rows| rows.as_array().cloned())
            .into_iter()
            .flatten()
            .filter_map(|row| row.as_object().map(erp_order))
            .map(|order| (order.erp_id.clone(), order))
            .collect();
        Ok(ids
            .iter()
            .map(|id| {
                let erp_id = id.to_string();
                Created {
                    record: read.remove(&erp_id),
                    erp_id,
                }
            })
            .collect())
    }

    /// A sale left in `draft` or `quotation` by a write whose later steps were lost: take it
    /// through the remaining steps (quote, confirm), as `create_order` would have.
    async fn finish_order(&self, found: ErpOrder) -> Result<ErpOrder, CallError> {
        let steps: &[&str] = match found.status.as_str() {
            "draft" => &["quote", "confirm"],
            "quotation" => &["confirm"],
            _ => return Ok(found),
        };
        let id: i64 = found.erp_id.parse().map_err(|_| {
            CallError::unreadable(SYSTEM, "a sale id that is not a number", &found.erp_id)
        })?;
        for step in steps {
            self.call(&format!("model.sale.sale.{step}"), vec![json!([id])])
                .await?;
        }
        self.order_status(&found.erp_id).await
    }

    fn creates_records(&self) -> bool {
        true
    }

    /// A salable goods template whose code is the SKU, with exactly one variant, sold per
    /// "Unit" and in the accounting category the shop's other products use (so its sales
    /// can be invoiced). Looked up by code first, archived products included.
    async fn create_item(&self, item: &NewItem) -> Result<String, CallError> {
        let any = json!(["active", "in", [true, false]]);
        let found = self
            .search_read(
                "product.product",
                json!([["code", "=", item.sku], any]),
                &["id"],
            )
            .await?;
        if let Some(row) = found.first() {
            return Ok(text(row, "id"));
        }
        let unit = self
            .search_read("product.uom", json!([["name", "=", "Unit"]]), &["id"])
            .await?
            .first()
            .and_then(|r| r.get("id").cloned())
            .ok_or_else(|| CallError::unreadable(SYSTEM, "no unit of measure named Unit", ""))?;
        let category = self
            .search_read(
                "product.template",
                json!([["salable", "=", true], ["account_category", "!=", null]]),
                &["account_category"],
            )
            .await?
            .first()
            .and_then(|r| r.get("account_category").cloned())
            .unwrap_or(Value::Null);
        let vals = json!({
            "name": item.name,
            "code": item.sku,
            "type": "goods",
            "salable": true,
            "default_uom": unit,
            "sale_uom": unit,
            "list_price": encoded(Decimal::ZERO),
            "account_category": category,
            "products": [["create", [{}]]],
        });
        let created = self
            .call("model.product.template.create", vec![json!([vals])])
            .await?;
        let template = created.get(0).cloned().unwrap_or(Value::Null);
        self.search_read(
            "product.product",
            json!([["template", "=", template]]),
            &["id"],
        )
        .await?
        .first()
        .map(|row| text(row, "id"))
        .ok_or_else(|| CallError::unreadable(SYSTEM, "no variant", &created.to_string()))
    }

    /// A party with one address (a sale needs an invoice address) and the e-mail as a
    /// contact mechanism; found by that e-mail (or, without one, by name) on a repeat.
    async fn create_customer(&self, customer: &NewCustomer) -> Result<String, CallError> {
        let domain = match &customer.email {
            Some(email) => json!([["contact_mechanisms.value", "=", email]]),
            None => json!([["name", "=", customer.name]]),
        };
        if let Some(row) = self
            .search_read("party.party", domain, &["id"])
            .await?
            .first()
        {
            return Ok(text(row, "id"));
        }
        let mut vals = json!({
            "name": customer.name,
            "addresses": [["create", [{}]]],
        });
        if let Some(email) = &customer.email {
            vals["contact_mechanisms"] = json!([["create", [{ "type": "email", "value": email }]]]);
        }
        let created = self
            .call("model.party.party.create", vec![json!([vals])])
            .await?;
        created
            .get(0)
            .and_then(Value::as_i64)
            .map(|id| id.to_string())
            .ok_or_else(|| CallError::unreadable(SYSTEM, "no id", &created.to_string()))
    }

    async fn order_status(&self, erp_id: &str) -> Result<ErpOrder, CallError> {
        let id: i64 = erp_id.parse().map_err(|_| {
            CallError::new(FindingCode::UnclassifiedError, "Not a Tryton id", erp_id)
        })?;
        let rows = self
            .call(
                "model.sale.sale.read",
                vec![json!([id]), json!(SALE_FIELDS)],
            )
            .await?;
        rows.get(0)
            .and_then(Value::as_object)
            .map(erp_order)
            .ok_or_else(|| {
                CallError::new(
                    FindingCode::OrderNotSynced,
                    format!("Tryton has no sale {erp_id}"),
                    String::new(),
                )
            })
    }
}

fn sale_vals(draft: &ErpOrderDraft, known: &Known) -> Value {
    let party = id_of(&draft.customer);
    let address = party
        .as_i64()
        .and_then(|p| known.addresses.get(&p))
        .copied();
    json!({
        "party": party,
        "invoice_address": address,
        "shipment_address": address,
        "currency": id_of(&draft.currency),
        "reference": draft.external_id,
        "sale_date": tryton_date(draft.tran_date),
        "description": draft.memo,
        "lines": [["create", draft.lines.iter().map(|l| {
            let product = id_of(&l.item);
            let unit = product.as_i64().and_then(|p| known.units.get(&p)).copied();
            let mut line = json!({ "product": product, "quantity": l.quantity.to_string().parse::<f64>().unwrap_or(0.0), "unit": unit, "unit_price": encoded(l.unit_price), "description": l.description });
            if let Some(tax) = &draft.tax_code {
                line["taxes"] = json!([["add", [id_of(tax)]]]);
            }
            line
        }).collect::<Vec<_>>()]],
    })
}
