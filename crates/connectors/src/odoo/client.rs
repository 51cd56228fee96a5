use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use chrono::NaiveDate;
use osd_model::{
    AccountingPeriod, ErpCurrency, ErpCustomer, ErpItem, ErpRules, ErpTaxCode, FindingCode,
    MasterData, Sensitive,
};
use serde_json::{json, Map, Value};
use tokio::sync::{Mutex, OnceCell};

use super::errors;
use crate::http::{self, Side};
use crate::odata::text;
use crate::wire_decimal;
use crate::{
    CallError, ConnectionReport, Erp, ErpOrder, ErpOrderDraft, ErpOrderState, NewCustomer, NewItem,
    Ref,
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
    /// Odoo's major version, read once.
    version: OnceCell<u32>,
    uid: Mutex<Option<i64>>,
    ids: AtomicU64,
}

/// Positional arguments of the methods this client calls, in JSON-RPC's order.
fn positional(method: &str) -> &'static [&'static str] {
    match method {
        "search_read" => &["domain"],
        "create" => &["vals_list"],
        "read" | "action_confirm" => &["ids"],
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
        Ok(value.get("result").cloned().unwrap_or(Value::Null))
    }

    pub async fn major_version(&self) -> Result<u32, CallError> {
        self.version
            .get_or_try_init(|| async {
                let info = self.jsonrpc("common", "version", json!([])).await?;
                let major = info
                    .pointer("/server_version_info/0")
                    .and_then(Value::as_u64)
                    .unwrap_or(0);
                Ok(u32::try_from(major).unwrap_or(0))
            })
            .await
            .copied()
    }

    async fn protocol(&self) -> Result<OdooProtocol, CallError> {
        Ok(match self.config.protocol {
            Some(p) => p,
            None if self.major_version().await? >= 19 => OdooProtocol::Json2,
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
    async fn call(
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

    async fn search_read(
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

    /// `sale.order.line` field names changed in Odoo 19 (saas~18.1).
    async fn line_fields(&self) -> Result<(&'static str, &'static str), CallError> {
        Ok(if self.major_version().await? >= 19 {
            ("tax_ids", "product_uom_id")
        } else {
            ("tax_id", "product_uom")
        })
    }
}

fn id_of(r: &Ref) -> Value {
    match r {
        Ref::Id(id) => id
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or(Value::Bool(false)),
        // An unknown reference goes as `false`: Odoo then says which field is missing.
        Ref::Unresolved(_) => Value::Bool(false),
    }
}

fn erp_order(row: &Map<String, Value>) -> ErpOrder {
    let state = text(row, "state");
    let (mapped, label) = match state.as_str() {
        "sale" => (ErpOrderState::Open, "Sales Order"),
        "done" => (ErpOrderState::Processing, "Locked"),
        "cancel" => (ErpOrderState::Other, "Cancelled"),
        _ => (ErpOrderState::Other, "Quotation"),
    };
    ErpOrder {
        erp_id: text(row, "id"),
        external_id: text(row, "client_order_ref"),
        status: label.to_string(),
        state: mapped,
    }
}

fn date(value: &Value) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.as_str()?, "%Y-%m-%d").ok()
}

#[async_trait]
impl Erp for OdooClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    fn api_version(&self) -> crate::ApiVersion {
        self.version
            .get()
            .map_or(crate::ApiVersion::Unknown, |v| crate::ApiVersion::Odoo(*v))
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
        let version = self.major_version().await?;
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
        let products = self
            .search_read(
                "product.product",
                json!([["default_code", "!=", false]]),
                &["id", "default_code", "active"],
                true,
            )
            .await?;
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
        let lock_fields: &[&str] = if self.major_version().await? >= 18 {
            &["fiscalyear_lock_date", "sale_lock_date"]
        } else {
            &["fiscalyear_lock_date", "period_lock_date"]
        };
        let company = self
            .search_read("res.company", json!([]), lock_fields, false)
            .await?;
        // Everything up to the latest lock date is closed.
        let lock = company.first().and_then(|c| {
            lock_fields
                .iter()
                .filter_map(|f| c.get(*f).and_then(date))
                .max()
        });
        let periods = lock
            .map(|lock| {
                let open_from = lock.succ_opt().unwrap_or(lock);
                vec![
                    AccountingPeriod {
                        name: format!("up to the lock date {lock}"),
                        start: NaiveDate::MIN,
                        end: lock,
                        closed: true,
                    },
                    AccountingPeriod {
                        name: format!("from {open_from}"),
                        start: open_from,
                        end: NaiveDate::MAX,
                        closed: false,
                    },
                ]
            })
            .unwrap_or_default();
        Ok(MasterData {
            items: products
                .iter()
                .map(|p| ErpItem {
                    id: text(p, "id"),
                    sku: text(p, "default_code"),
                    active: !matches!(p.get("active"), Some(Value::Bool(false))),
                })
                .collect(),
            customers: partners
                .iter()
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
            periods,
            countries: Vec::new(),
            rules: self.rules(),
        })
    }

    async fn find_orders(&self, external_ids: &[String]) -> Result<Vec<ErpOrder>, CallError> {
        let rows = self
            .search_read(
                "sale.order",
                json!([["client_order_ref", "in", external_ids]]),
                &["id", "name", "client_order_ref", "state"],
                false,
            )
            .await?;
        Ok(rows.iter().map(erp_order).collect())
    }

    fn payload(&self, draft: &ErpOrderDraft) -> Value {
        // The field names of the lines depend on the version; the body recorded uses Odoo 17's.
        order_vals(draft, ("tax_id", "product_uom"))
    }

    /// Create the quotation with `client_order_ref`, then confirm it into a sales order.
    async fn create_order(&self, draft: &ErpOrderDraft) -> Result<String, CallError> {
        let vals = order_vals(draft, self.line_fields().await?);
        let id = self.create_one("sale.order", vals).await?;
        let mut confirm = Map::new();
        confirm.insert("ids".into(), json!([id.parse::<i64>().unwrap_or_default()]));
        self.call("sale.order", "action_confirm", confirm).await?;
        Ok(id)
    }

    /// A quotation carrying the shop's reference was created by a write whose confirmation
    /// never happened: confirm it now (confirming twice is refused by Odoo, so only drafts).
    async fn finish_order(&self, found: ErpOrder) -> Result<ErpOrder, CallError> {
        if found.state != ErpOrderState::Other || found.status != "Quotation" {
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
            .search_read(
                "sale.order",
                json!([["id", "=", id]]),
                &["id", "name", "client_order_ref", "state"],
                false,
            )
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

pub fn order_vals(draft: &ErpOrderDraft, (tax_field, _uom_field): (&str, &str)) -> Value {
    json!({
        "partner_id": id_of(&draft.customer),
        "client_order_ref": draft.external_id,
        "date_order": format!("{} 12:00:00", draft.tran_date.format("%Y-%m-%d")),
        "note": draft.memo,
        "order_line": draft.lines.iter().map(|l| {
            let mut line = json!({ "product_id": id_of(&l.item), "product_uom_qty": l.quantity, "price_unit": l.unit_price, "name": l.description });
            if let Some(tax) = &draft.tax_code {
                line[tax_field] = json!([[6, 0, [id_of(tax)]]]);
            }
            json!([0, 0, line])
        }).collect::<Vec<_>>(),
    })
}
