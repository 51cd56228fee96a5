//! Odoo's external API on loopback: `/jsonrpc` (`common.version`, `common.authenticate`,
//! `object.execute_kw`) answering errors inside HTTP 200, and Odoo 19's JSON-2 API
//! (`/json/2/<model>/<method>`, bearer key, real HTTP statuses). The version decides the
//! `sale.order.line` field names (`tax_id` up to 18, `tax_ids` from 19).

use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use chrono::NaiveDate;
use serde_json::{json, Map, Value};

use crate::faults::{pause, Faults, Trip, Window};
use crate::netsuite::Account;
use crate::server::{serve, Running};

#[derive(Debug, Clone)]
pub struct OdooOrder {
    pub id: i64,
    pub client_order_ref: String,
    pub state: String,
    pub vals: Value,
}

#[derive(Debug)]
pub struct OdooState {
    pub version: u32,
    pub database: String,
    pub login: String,
    pub api_key: String,
    /// (id, default_code, active)
    pub products: Vec<(i64, String, bool)>,
    /// (id, name, email)
    pub partners: Vec<(i64, String, String)>,
    /// (id, ISO code, active)
    pub currencies: Vec<(i64, String, bool)>,
    /// (id, name, percent)
    pub taxes: Vec<(i64, String, rust_decimal::Decimal)>,
    pub lock_date: Option<NaiveDate>,
    pub orders: Vec<OdooOrder>,
    pub faults: Faults,
    /// The next object call answers "Odoo Session Expired" (code 100).
    pub expire_next_call: bool,
    pub requests: u64,
    pub authentications: u64,
    pub window: Window,
}

pub type SharedOdoo = Arc<Mutex<OdooState>>;

pub struct OdooSimulator {
    pub state: SharedOdoo,
    pub running: Running,
}

/// The demo's account as an Odoo database holds it.
pub fn from_demo(
    account: &Account,
    version: u32,
    database: &str,
    login: &str,
    api_key: &str,
) -> OdooState {
    let lock_date = account
        .periods
        .iter()
        .filter(|p| p.closed)
        .map(|p| p.end)
        .max();
    OdooState {
        version,
        database: database.into(),
        login: login.into(),
        api_key: api_key.into(),
        products: account
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| (100 + i as i64, it.sku.clone(), !it.inactive))
            .collect(),
        partners: account
            .customers
            .iter()
            .enumerate()
            .map(|(i, c)| (1000 + i as i64, c.company.clone(), c.email.clone()))
            .collect(),
        currencies: account
            .currencies
            .iter()
            .enumerate()
            .map(|(i, c)| (1 + i as i64, c.symbol.clone(), !c.inactive))
            .collect(),
        taxes: account
            .tax_items
            .iter()
            .enumerate()
            .map(|(i, t)| (10 + i as i64, t.name.clone(), t.rate_percent))
            .collect(),
        lock_date,
        orders: Vec::new(),
        faults: Faults::default(),
        expire_next_call: false,
        requests: 0,
        authentications: 0,
        window: Window::default(),
    }
}

impl OdooSimulator {
    pub async fn start(state: OdooState, port: u16) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(state));
        let router = Router::new()
            .route("/jsonrpc", post(jsonrpc))
            .route("/json/2/{model}/{method}", post(json2))
            .with_state(state.clone());
        Ok(Self {
            state,
            running: serve(router, port).await?,
        })
    }

    pub fn base_url(&self) -> url::Url {
        self.running.base_url()
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut OdooState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }

    pub fn orders(&self) -> Vec<OdooOrder> {
        self.update(|s| s.orders.clone()).unwrap_or_default()
    }
}

/// An Odoo exception as `serialize_exception` writes it.
fn exception(name: &str, message: &str) -> Value {
    json!({ "name": name, "message": message, "arguments": [message], "context": {}, "debug": "" })
}

fn rpc_error(id: &Value, version: u32, code: i64, message: &str, data: Value) -> Response {
    // Odoo 19 sets the generic code to 0; earlier versions use 200.
    let code = if code == 200 && version >= 19 {
        0
    } else {
        code
    };
    Json(json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message, "data": data } })).into_response()
}

fn mandatory(model: &str, model_label: &str, field: &str, label: &str) -> Value {
    exception(
        "odoo.exceptions.ValidationError",
        &format!("The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Delete: another model requires the record being deleted. If possible, archive it instead.\n\nModel: {model_label} ({model})\nField: {label} ({field})\n"),
    )
}

fn matches(row: &Map<String, Value>, domain: &Value) -> bool {
    domain.as_array().into_iter().flatten().all(|term| {
        let (Some(field), Some(op), Some(value)) = (
            term.get(0).and_then(Value::as_str),
            term.get(1).and_then(Value::as_str),
            term.get(2),
        ) else {
            return true;
        };
        let actual = row.get(field).cloned().unwrap_or(Value::Null);
        match op {
            "=" => &actual == value,
            "!=" => &actual != value,
            "in" => value.as_array().is_some_and(|list| list.contains(&actual)),
            _ => true,
        }
    })
}

/// Run one model method. `Err` is an Odoo exception (name, message) as `serialize_exception`
/// would describe it.
fn execute(
    s: &mut OdooState,
    model: &str,
    method: &str,
    args: &[Value],
    kwargs: &Map<String, Value>,
) -> Result<Value, Value> {
    let arg = |i: usize, name: &str| {
        args.get(i)
            .cloned()
            .or_else(|| kwargs.get(name).cloned())
            .unwrap_or(Value::Null)
    };
    let all = kwargs.get("context").and_then(|c| c.get("active_test")) == Some(&Value::Bool(false));
    match (model, method) {
        (_, "search_read") => {
            let rows: Vec<Map<String, Value>> = match model {
                "product.product" => s.products.iter().filter(|p| all || p.2).map(|(id, code, active)| json!({"id": id, "default_code": code, "active": active})).collect::<Vec<_>>(),
                "res.partner" => s.partners.iter().map(|(id, name, email)| json!({"id": id, "name": name, "email": if email.is_empty() { Value::Bool(false) } else { json!(email) }})).collect(),
                "res.currency" => s.currencies.iter().filter(|c| all || c.2).map(|(id, code, active)| json!({"id": id, "name": code, "active": active})).collect(),
                "account.tax" => s.taxes.iter().map(|(id, name, rate)| json!({"id": id, "name": name, "amount": serde_json::from_str::<Value>(&rate.normalize().to_string()).unwrap_or(Value::Null), "amount_type": "percent", "type_tax_use": "sale"})).collect(),
                "res.company" => {
                    let lock = s.lock_date.map(|d| json!(d.format("%Y-%m-%d").to_string())).unwrap_or(Value::Bool(false));
                    let field = if s.version >= 18 { "sale_lock_date" } else { "period_lock_date" };
                    vec![json!({"id": 1, "name": "Juniper & Pine Goods", "fiscalyear_lock_date": lock, field: false})]
                }
                "sale.order" => s.orders.iter().map(|o| json!({"id": o.id, "name": format!("S{:05}", o.id), "client_order_ref": o.client_order_ref, "state": o.state})).collect(),
                _ => return Err(exception("builtins.KeyError", model)),
            }
            .into_iter()
            .filter_map(|v| v.as_object().cloned())
            .collect();
            let domain = arg(0, "domain");
            Ok(Value::Array(
                rows.into_iter()
                    .filter(|r| matches(r, &domain))
                    .map(Value::Object)
                    .collect(),
            ))
        }
        ("sale.order", "create") => {
            let vals_list = arg(0, "vals_list");
            let mut ids = Vec::new();
            for vals in vals_list.as_array().cloned().unwrap_or_default() {
                ids.push(create_order(s, vals)?);
            }
            Ok(json!(ids))
        }
        ("product.product" | "res.partner", "create") => {
            let vals_list = arg(0, "vals_list");
            let mut ids = Vec::new();
            for vals in vals_list.as_array().cloned().unwrap_or_default() {
                let field = |name: &str| vals.get(name).and_then(Value::as_str).map(str::to_string);
                let Some(name) = field("name").filter(|n| !n.trim().is_empty()) else {
                    return Err(if model == "res.partner" {
                        mandatory(model, "Contact", "name", "Name")
                    } else {
                        mandatory("product.template", "Product", "name", "Name")
                    });
                };
                let id = s
                    .products
                    .iter()
                    .map(|p| p.0)
                    .chain(s.partners.iter().map(|p| p.0))
                    .max()
                    .unwrap_or(0)
                    + 1;
                if model == "res.partner" {
                    s.partners
                        .push((id, name, field("email").unwrap_or_default()));
                } else {
                    s.products
                        .push((id, field("default_code").unwrap_or_default(), true));
                }
                ids.push(id);
            }
            Ok(json!(ids))
        }
        ("sale.order", "action_confirm") => {
            for id in arg(0, "ids")
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_i64)
            {
                if let Some(o) = s.orders.iter_mut().find(|o| o.id == id) {
                    o.state = "sale".into();
                }
            }
            Ok(Value::Bool(true))
        }
        _ => Err(exception(
            "builtins.AttributeError",
            &format!("The method '{method}' does not exist on the model '{model}'"),
        )),
    }
}

fn create_order(s: &mut OdooState, vals: Value) -> Result<i64, Value> {
    let partner = vals.get("partner_id").and_then(Value::as_i64);
    match partner {
        None => {
            return Err(mandatory(
                "sale.order",
                "Sales Order",
                "partner_id",
                "Customer",
            ))
        }
        Some(id) if !s.partners.iter().any(|p| p.0 == id) => {
            return Err(exception(
                "odoo.exceptions.MissingError",
                &format!(
                "Record does not exist or has been deleted.\n(Record: res.partner({id},), User: 2)"
            ),
            ))
        }
        Some(_) => {}
    }
    let tax_field = if s.version >= 19 { "tax_ids" } else { "tax_id" };
    let wrong_tax_field = if s.version >= 19 { "tax_id" } else { "tax_ids" };
    for command in vals
        .get("order_line")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let line = command.get(2).cloned().unwrap_or(Value::Null);
        if line.get(wrong_tax_field).is_some() {
            return Err(exception(
                "builtins.ValueError",
                &format!("Invalid field '{wrong_tax_field}' on model 'sale.order.line'"),
            ));
        }
        let product = line.get("product_id").and_then(Value::as_i64);
        if !product.is_some_and(|id| s.products.iter().any(|p| p.0 == id && p.2)) {
            return Err(mandatory(
                "sale.order.line",
                "Sales Order Line",
                "product_id",
                "Product",
            ));
        }
        let _ = line.get(tax_field);
    }
    let reference = vals
        .get("client_order_ref")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let id = 1 + s.orders.len() as i64;
    s.orders.push(OdooOrder {
        id,
        client_order_ref: reference,
        state: "draft".into(),
        vals,
    });
    Ok(id)
}

async fn delay(state: &SharedOdoo) {
    pause(state.lock().map(|s| s.faults.latency()).unwrap_or_default()).await;
}

/// Faults that meet every request, whatever the protocol; `Some` is the answer instead.
fn tripped(s: &mut OdooState) -> Option<Response> {
    s.requests += 1;
    let st = &mut *s;
    Some(match st.faults.trip(&mut st.window)? {
        Trip::Maintenance => (
            StatusCode::SERVICE_UNAVAILABLE,
            [("Retry-After", "300")],
            "<html><body><h1>503 Service Unavailable</h1></body></html>",
        )
            .into_response(),
        Trip::ServerError => (
            StatusCode::BAD_GATEWAY,
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
        )
            .into_response(),
        Trip::RateLimited { .. } => (
            StatusCode::TOO_MANY_REQUESTS,
            [("Retry-After", "1")],
            "<html><body><h1>429 Too Many Requests</h1></body></html>",
        )
            .into_response(),
    })
}

/// A write armed to time out, before or after it is committed.
fn timed_out(s: &mut OdooState, reference: Option<&str>, committed: bool) -> Option<Response> {
    let reference = reference?.to_string();
    let fired = if committed {
        s.faults.timeout_after_commit.remove(&reference)
    } else {
        s.faults.timeout_before_commit.remove(&reference)
    };
    fired.then(|| {
        (
            StatusCode::GATEWAY_TIMEOUT,
            "<html><body><h1>504 Gateway Time-out</h1></body></html>",
        )
            .into_response()
    })
}

fn reference_of(model: &str, method: &str, vals_list: &Value) -> Option<String> {
    (model == "sale.order" && method == "create")
        .then(|| {
            vals_list
                .pointer("/0/client_order_ref")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .flatten()
}

async fn jsonrpc(State(state): State<SharedOdoo>, Json(body): Json<Value>) -> Response {
    delay(&state).await;
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let id = body.get("id").cloned().unwrap_or(Value::Null);
    let service = body
        .pointer("/params/service")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let method = body
        .pointer("/params/method")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let args = body
        .pointer("/params/args")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let version = s.version;
    let object_call = service == "object" && method == "execute_kw";
    let (model, model_method) = (
        args.get(3)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        args.get(4)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
    );
    let call_args = args
        .get(5)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let reference = if object_call {
        reference_of(
            &model,
            &model_method,
            call_args.first().unwrap_or(&Value::Null),
        )
    } else {
        None
    };
    if let Some(response) =
        tripped(&mut s).or_else(|| timed_out(&mut s, reference.as_deref(), false))
    {
        return response;
    }
    match (service.as_str(), method.as_str()) {
        ("common", "version") => Json(json!({"jsonrpc": "2.0", "id": id, "result": {"server_version": format!("{version}.0"), "server_version_info": [version, 0, 0, "final", 0, ""], "server_serie": format!("{version}.0"), "protocol_version": 1}})).into_response(),
        ("common", "authenticate" | "login") => {
            let ok = args.first().and_then(Value::as_str) == Some(s.database.as_str()) && args.get(1).and_then(Value::as_str) == Some(s.login.as_str()) && args.get(2).and_then(Value::as_str) == Some(s.api_key.as_str()) && !s.faults.expired_token;
            s.authentications += 1;
            // A wrong login is `false`, not an error.
            Json(json!({"jsonrpc": "2.0", "id": id, "result": if ok { json!(2) } else { json!(false) }})).into_response()
        }
        ("object", "execute_kw") => {
            if s.expire_next_call {
                s.expire_next_call = false;
                return rpc_error(&id, version, 100, "Odoo Session Expired", exception("odoo.http.SessionExpiredException", "Session expired"));
            }
            if args.get(2).and_then(Value::as_str) != Some(s.api_key.as_str()) || s.faults.expired_token {
                return rpc_error(&id, version, 200, "Odoo Server Error", exception("odoo.exceptions.AccessDenied", "Access Denied"));
            }
            let kwargs = args.get(6).and_then(Value::as_object).cloned().unwrap_or_default();
            match execute(&mut s, &model, &model_method, &call_args, &kwargs) {
                Ok(result) => {
                    if let Some(response) = timed_out(&mut s, reference.as_deref(), true) {
                        return response;
                    }
                    Json(json!({"jsonrpc": "2.0", "id": id, "result": result})).into_response()
                }
                Err(data) => rpc_error(&id, version, 200, "Odoo Server Error", data),
            }
        }
        _ => rpc_error(&id, version, 404, "404: Not Found", exception("werkzeug.exceptions.NotFound", "404 Not Found")),
    }
}

async fn json2(
    State(state): State<SharedOdoo>,
    headers: HeaderMap,
    Path((model, method)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    delay(&state).await;
    let Ok(mut s) = state.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let named = body.as_object().cloned().unwrap_or_default();
    let reference = reference_of(
        &model,
        &method,
        named.get("vals_list").unwrap_or(&Value::Null),
    );
    if let Some(response) =
        tripped(&mut s).or_else(|| timed_out(&mut s, reference.as_deref(), false))
    {
        return response;
    }
    if s.version < 19 {
        return (
            StatusCode::NOT_FOUND,
            "<html><body><h1>404 Not Found</h1></body></html>",
        )
            .into_response();
    }
    let key = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("bearer ")
                .or_else(|| v.strip_prefix("Bearer "))
        })
        .unwrap_or_default();
    let database = headers
        .get("x-odoo-database")
        .and_then(|v| v.to_str().ok())
        .unwrap_or(s.database.as_str())
        .to_string();
    if key != s.api_key || database != s.database || s.faults.expired_token {
        return (StatusCode::UNAUTHORIZED, Json(json!({"name": "werkzeug.exceptions.Unauthorized", "message": "Invalid apikey", "arguments": ["Invalid apikey", 401], "context": {}, "debug": ""}))).into_response();
    }
    match execute(&mut s, &model, &method, &[], &named) {
        Ok(result) => {
            if let Some(response) = timed_out(&mut s, reference.as_deref(), true) {
                return response;
            }
            Json(result).into_response()
        }
        Err(error) => {
            let status = match error
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
            {
                n if n.ends_with("ValidationError") => StatusCode::UNPROCESSABLE_ENTITY,
                n if n.ends_with("MissingError") => StatusCode::NOT_FOUND,
                _ => StatusCode::INTERNAL_SERVER_ERROR,
            };
            (status, Json(error)).into_response()
        }
    }
}
