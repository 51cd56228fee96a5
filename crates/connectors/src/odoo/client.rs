use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use osd_model::{
    ErpCurrency, ErpCustomer, ErpRules, ErpTaxCode, FindingCode, MasterData, Sensitive,
};
use serde_json::{json, Map, Value};
use tokio::sync::{Mutex, OnceCell};

use super::errors;
use super::wire::{self, erp_order, order_vals, OdooVersion, ORDER_FIELDS, QUOTATION};
use crate::http::{self, Side};
use crate::odata::text;
use crate::wire_decimal;
use crate::{
    CallError, ConnectionReport, Erp, ErpDocument, ErpOrder, ErpOrderDraft, ErpOrderState,
    NewCustomer, NewItem,
};

const SYSTEM: &str = "Odoo";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OdooProtocol {
    /// `/jsonrpc` (Odoo up to 21; deprecated from 19).
    JsonRpc,
    /// `/json/2/<model>/<method>` (Odoo 19 and later).
    Json2,
}

#[derive(Debug, Clone)]
pub struct OdooConfig {
    pub base_url: url::Url,
    pub database: String,
    /// The user the API key belongs to (JSON-RPC needs it to authenticate).
    pub login: String,
    pub api_key: Sensitive<String>,
    /// `None`: JSON-2 from Odoo 19 on, JSON-RPC before.
    pub protocol: Option<OdooProtocol>,
    pub timeout: Duration,
}

pub struct OdooClient {
    config: OdooConfig,
    http: reqwest::Client,
    /// Odoo's release, read once.
    version: OnceCell<OdooVersion>,
    uid: Mutex<Option<i64>>,
    ids: AtomicU64,
}

/// Positional arguments of the methods this client calls, in JSON-RPC's order.
fn positional(method: &str) -> &'static [&'static str] {
    match method {
        "search_read" => &["domain"],
        "create" => &["vals_list"],
        "read" | "action_confirm" | "action_cancel" | "unlink" => &["ids"],
        _ => &[],
    }
}

impl OdooClient {
    pub fn new(config: OdooConfig) -> Result<Self, CallError> {
        Ok(Self {
            http: http::client(config.timeout)?,
            config,
            version: OnceCell::new(),
            uid: Mutex::new(None),
            ids: AtomicU64::new(1),
        })
    }

    fn url(&self, path: &str) -> Result<url::Url, CallError> {
        self.config.base_url.join(path).map_err(|e| {
            CallError::new(
                FindingCode::ErpUnreachable,
                "The Odoo address is not valid",
                e.to_string(),
            )
        })
    }

    /// One JSON-RPC call; Odoo answers errors inside an HTTP 200.
    async fn jsonrpc(&self, service: &str, method: &str, args: Value) -> Result<Value, CallError> {
        let id = self.ids.fetch_add(1, Ordering::Relaxed);
        let body = json!({ "jsonrpc": "2.0", "method": "call", "params": { "service": service, "method": method, "args": args }, "id": id });
        let answer = http::exchange(
            self.http.post(self.url("jsonrpc")?).json(&body),
            Side::Erp,
            SYSTEM,
        )
        .await?;
        let Ok(value) = serde_json::from_str::<Value>(&answer.body) else {
            return Err(errors::not_odoo(answer.status, &answer.body));
        };
        if let Some((name, message, code)) = value.get("error").and_then(|_| errors::parse(&value))
        {
            return Err(errors::classify(
                &name,
                &message,
                code,
                answer.status,
                &answer.body,
            ));
        }
        if !answer.is_success() {
            return Err(errors::not_odoo(answer.status, &answer.body));
        }
        // A JSON-RPC 2.0 answer holds `result` or `error` (the specification, "Response
        // object"); JSON with neither, or an `error` in no form Odoo uses, is not an empty
        // result: reading it as one would make every record look missing.
        match value.get("result") {
            Some(result) if value.get("error").is_none() => Ok(result.clone()),
            _ => Err(CallError::new(
                FindingCode::UnknownVendorAnswer,
                "Odoo answered in a form this version of the app does not know",
                &answer.body,
            )
            .with_status(answer.status)),
        }
    }

    /// The release `common.version` reports, read once.
    pub async fn version(&self) -> Result<OdooVersion, CallError> {
        self.version
            .get_or_try_init(|| async {
                let info = self.jsonrpc("common", "version", json!([])).await?;
                OdooVersion::from_answer(&info).ok_or_else(|| {
                    CallError::new(
                        FindingCode::UnknownVendorAnswer,
                        "Odoo did not say which version it is in a form this app knows",
                        info.to_string(),
                    )
                })
            })
            .await
            .copied()
    }

    /// The major version: 18 for `18.0` and for Odoo Online's `saas~18.1`.
    pub async fn major_version(&self) -> Result<u32, CallError> {
        Ok(self.version().await?.major)
    }

    async fn protocol(&self) -> Result<OdooProtocol, CallError> {
        Ok(match self.config.protocol {
            Some(p) => p,
            None if self.version().await?.at_least(19, 0) => OdooProtocol::Json2,
            None => OdooProtocol::JsonRpc,
        })
    }

    async fn uid(&self, fresh: bool) -> Result<i64, CallError> {
        let mut uid = self.uid.lock().await;
        if let Some(id) = uid.filter(|_| !fresh) {
            return Ok(id);
        }
        let args = json!([
            self.config.database,
            self.config.login,
            self.config.api_key.expose(),
            {}
        ]);
        match self.jsonrpc("common", "authenticate", args).await?.as_i64() {
            // `false` is Odoo's answer to a wrong login or key: no error object.
            None => Err(CallError::new(
                FindingCode::ErpAuthFailed,
                "Odoo refused the login or API key",
                "authenticate returned false",
            )),
            Some(id) => {
                *uid = Some(id);
                Ok(id)
            }
        }
    }

    /// `model.method(**named)`, over whichever protocol the server speaks.
    pub(super) async fn call(
        &self,
        model: &str,
        method: &str,
        named: Map<String, Value>,
    ) -> Result<Value, CallError> {
        match self.protocol().await? {
            OdooProtocol::Json2 => {
                let request = self
                    .http
                    .post(self.url(&format!("json/2/{model}/{method}"))?)
                    .header(
                        "Authorization",
                        format!("bearer {}", self.config.api_key.expose()),
                    )
                    .header("X-Odoo-Database", &self.config.database)
                    .json(&Value::Object(named));
                let answer = http::exchange(request, Side::Erp, SYSTEM).await?;
                let value = serde_json::from_str::<Value>(&answer.body).ok();
                if answer.is_success() {
                    return value
                        .ok_or_else(|| CallError::unreadable(SYSTEM, "not JSON", &answer.body));
                }
                match value.as_ref().and_then(errors::parse) {
                    Some((name, message, code)) => Err(errors::classify(
                        &name,
                        &message,
                        code,
                        answer.status,
                        &answer.body,
                    )),
                    None => Err(errors::not_odoo(answer.status, &answer.body)),
                }
            }
            OdooProtocol::JsonRpc => {
                let mut kwargs = named;
                let args: Vec<Value> = positional(method)
                    .iter()
                    .map(|k| kwargs.remove(*k).unwrap_or(Value::Null))
                    .collect();
                let mut fresh = false;
                loop {
                    let uid = self.uid(fresh).await?;
                    let params = json!([
                        self.config.database,
                        uid,
                        self.config.api_key.expose(),
                        model,
                        method,
                        args,
                        kwargs
                    ]);
                    match self.jsonrpc("object", "execute_kw", params).await {
                        // A session that expired (code 100) gets one new authentication.
                        Err(e)
                            if e.code == FindingCode::ErpAuthFailed
                                && e.raw.contains("\"code\":100")
                                && !fresh =>
                        {
                            fresh = true
                        }
                        other => return other,
                    }
                }
            }
        }
    }

    pub(super) async fn search_read(
        &self,
        model: &str,
        domain: Value,
        fields: &[&str],
        all: bool,
    ) -> Result<Vec<Map<String, Value>>, CallError> {
        let mut named = Map::new();
        named.insert("domain".into(), domain);
        named.insert("fields".into(), json!(fields));
        if all {
            // Archived products and inactive currencies are hidden unless asked for.
            named.insert("context".into(), json!({ "active_test": false }));
        }
        let rows = self.call(model, "search_read", named).await?;
        Ok(rows
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_object().cloned())
            .collect())
    }

    /// One page of `search_read`, ordered by id, for paging by `id > last`.
    pub(super) async fn search_page(
        &self,
        model: &str,
        domain: Value,
        fields: &[&str],
        limit: u64,
    ) -> Result<Vec<Map<String, Value>>, CallError> {
        let mut named = Map::new();
        named.insert("domain".into(), domain);
        named.insert("fields".into(), json!(fields));
        named.insert("order".into(), json!("id asc"));
        named.insert("limit".into(), json!(limit));
        let rows = self.call(model, "search_read", named).await?;
        Ok(rows
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_object().cloned())
            .collect())
    }

    /// `create` with one record; its id. (Odoo 17+ takes a list and answers a list; older
    /// versions answer the bare id.)
    async fn create_one(&self, model: &str, vals: Value) -> Result<String, CallError> {
        let mut named = Map::new();
        named.insert("vals_list".into(), json!([vals]));
        let created = self.call(model, "create", named).await?;
        created
            .as_array()
            .and_then(|a| a.first())
            .or(Some(&created))
            .and_then(Value::as_i64)
            .map(|id| id.to_string())
            .ok_or_else(|| CallError::unreadable(SYSTEM, "no id", &created.to_string()))
    }

    /// The lock dates this database's `res.company` has, with their labels: `fields_get`
    /// leaves out the names a release does not have (`period_lock_date` up to 17;
    /// `sale_lock_date` and `hard_lock_date` from 18), so no release is guessed from its number.
    pub(super) async fn lock_fields(&self) -> Result<Vec<(String, String)>, CallError> {
        let mut named = Map::new();
        named.insert("allfields".into(), json!(LOCK_FIELDS));
        named.insert("attributes".into(), json!(["string"]));
        let described = self.call("res.company", "fields_get", named).await?;
        Ok(LOCK_FIELDS
            .iter()
            .filter_map(|field| {
                let label = described.get(*field)?.get("string")?.as_str()?;
                Some((field.to_string(), label.to_string()))
            })
            .collect())
    }
}

/// The company lock dates that stop a sales invoice: the global one, the sales one (18+), the
/// hard one (18+) and, up to 17, the one for non-advisers. Source: odoo/odoo
/// `addons/account/models/company.py` (`_get_lock_date_violations` checks these for a sales
/// journal).
const LOCK_FIELDS: &[&str] = &[
    "fiscalyear_lock_date",
    "sale_lock_date",
    "hard_lock_date",
    "period_lock_date",
];

#[async_trait]
impl Erp for OdooClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    fn api_version(&self) -> crate::ApiVersion {
        // Only numbered releases (`17.0`, `18.0`) have a support end. A `saas~X.Y` release
        // with Y above 0 exists only on Odoo Online, which Odoo upgrades itself (odoo/odoo
        // `odoo/release.py`; Odoo's "Supported versions" page), so there is nothing to warn.
        match self.version.get() {
            Some(v) if v.minor == 0 => crate::ApiVersion::Odoo(v.major),
            _ => crate::ApiVersion::Unknown,
        }
    }

    fn rules(&self) -> ErpRules {
        // Odoo's text fields are unbounded; taxes are chosen per line by rate; lock dates stop
        // invoices, not sales orders.
        ErpRules {
            tax_by_rate: true,
            period_blocks_orders: false,
            ..ErpRules::default()
        }
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        let version = self.version().await?;
        let companies = self
            .search_read("res.company", json!([]), &["name"], false)
            .await?;
        let name = companies
            .first()
            .map(|c| text(c, "name"))
            .unwrap_or_default();
        Ok(ConnectionReport {
            detail: format!(
                "Connected to Odoo {version} ({name}, database {})",
                self.config.database
            ),
            credential_expires: None,
        })
    }

    async fn load_master_data(&self) -> Result<MasterData, CallError> {
        let items = self.items().await?;
        let partners = self
            .search_read(
                "res.partner",
                json!([["email", "!=", false]]),
                &["id", "name", "email"],
                false,
            )
            .await?;
        let currencies = self
            .search_read("res.currency", json!([]), &["id", "name", "active"], true)
            .await?;
        let taxes = self
            .search_read(
                "account.tax",
                json!([["type_tax_use", "=", "sale"]]),
                &["id", "name", "amount", "amount_type"],
                false,
            )
            .await?;
        Ok(MasterData {
            items,
            customers: partners
                .iter()
                .map(|p| ErpCustomer {
                    id: text(p, "id"),
                    email: Some(wire::char_field(p, "email")).filter(|e| !e.is_empty()),
                    name: text(p, "name"),
                })
                .collect(),
            currencies: currencies
                .iter()
                .map(|c| ErpCurrency {
                    id: text(c, "id"),
                    code: text(c, "name"),
                    active: !matches!(c.get("active"), Some(Value::Bool(false))),
                })
                .collect(),
            tax_codes: taxes
                .iter()
                .filter(|t| text(t, "amount_type") == "percent")
                .filter_map(|t| {
                    Some(ErpTaxCode {
                        id: text(t, "id"),
                        name: text(t, "name"),
                        rate: wire_decimal::from_value(t.get("amount")?)?
                            / rust_decimal::Decimal::ONE_HUNDRED,
                    })
                })
                .collect(),
            periods: self.locked_periods().await?,
            countries: Vec::new(),
            units: self.units().await,
            rules: self.rules(),
        })
    }

    async fn find_orders(&self, external_ids: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        let rows = self
            .search_read(
                "sale.order",
                json!([["client_order_ref", "in", external_ids]]),
                ORDER_FIELDS,
                false,
            )
            .await?;
        Ok(rows.iter().map(erp_order).collect())
    }

    async fn list_documents(
        &self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Result<Vec<ErpDocument>, CallError> {
        self.documents(from, to).await
    }

    fn payload(&self, draft: &ErpOrderDraft) -> Value {
        // The field names of the lines depend on the version; the body recorded uses Odoo 17's.
        order_vals(draft, "tax_id")
    }

    /// Create the quotation with `client_order_ref`, then confirm it into a sales order.
    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String, CallError> {
        let vals = order_vals(draft, wire::tax_field(self.version().await?));
        let id = self.create_one("sale.order", vals).await?;
        let mut confirm = Map::new();
        confirm.insert("ids".into(), json!([id.parse::<i64>().unwrap_or_default()]));
        self.call("sale.order", "action_confirm", confirm).await?;
        Ok(id)
    }

    /// A quotation carrying the shop's reference was created by a write whose confirmation
    /// never happened: confirm it now (confirming twice is refused by Odoo, so only drafts).
    async fn finish_order(&self, found: ErpOrder) -> Result<ErpOrder, CallError> {
        if found.state != ErpOrderState::Other || found.status != QUOTATION {
            return Ok(found);
        }
        let id: i64 = found.erp_id.parse().map_err(|_| {
            CallError::unreadable(
                SYSTEM,
                "a sale order id that is not a number",
                &found.erp_id,
            )
        })?;
        let mut confirm = Map::new();
        confirm.insert("ids".into(), json!([id]));
        self.call("sale.order", "action_confirm", confirm).await?;
        self.order_status(&found.erp_id).await
    }

    fn creates_records(&self) -> bool {
        true
    }

    /// The product's Internal Reference is the SKU: look it up (archived ones too), create
    /// it if absent.
    async fn create_item(&self, item: &NewItem) -> Result<String, CallError> {
        let found = self
            .search_read(
                "product.product",
                json!([["default_code", "=", item.sku]]),
                &["id"],
                true,
            )
            .await?;
        if let Some(row) = found.first() {
            return Ok(text(row, "id"));
        }
        let vals = json!({
            "default_code": item.sku,
            "name": item.name,
            "sale_ok": true,
            "type": "consu",
        });
        self.create_one("product.product", vals).await
    }

    /// Contacts are found by e-mail, the guest-checkout contact by its name.
    async fn create_customer(&self, customer: &NewCustomer) -> Result<String, CallError> {
        let domain = match &customer.email {
            Some(email) => json!([["email", "=", email]]),
            None => json!([["name", "=", customer.name]]),
        };
        let found = self
            .search_read("res.partner", domain, &["id"], false)
            .await?;
        if let Some(row) = found.first() {
            return Ok(text(row, "id"));
        }
        let mut vals = json!({ "name": customer.name });
        if let Some(email) = &customer.email {
            vals["email"] = json!(email);
        }
        self.create_one("res.partner", vals).await
    }

    async fn order_status(&self, erp_id: &str) -> Result<ErpOrder, CallError> {
        let id: i64 = erp_id.parse().map_err(|_| {
            CallError::new(FindingCode::UnclassifiedError, "Not an Odoo id", erp_id)
        })?;
        let rows = self
            .search_read("sale.order", json!([["id", "=", id]]), ORDER_FIELDS, false)
            .await?;
        rows.first().map(erp_order).ok_or_else(|| {
            CallError::new(
                FindingCode::OrderNotSynced,
                format!("Odoo has no sales order {erp_id}"),
                String::new(),
            )
        })
    }
}
