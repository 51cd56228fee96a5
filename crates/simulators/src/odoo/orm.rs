//! The model methods `execute_kw` and JSON-2 reach: `search_read`, `create`, `fields_get`,
//! `action_confirm`, `action_cancel`, `unlink`, on the models this simulator holds.
//!
//! Source: odoo/odoo `odoo/models.py` (`search_read(domain, fields, offset, limit, order)`,
//! `create(vals_list)`, `fields_get(allfields, attributes)`, `unlink()`), with the archived
//! records left out unless the context sets `active_test: False` or the domain names `active`.

use serde_json::{json, Map, Value};

use super::accounting::{company_fields, CURRENCY_FIELDS, PARTNER_FIELDS, TAX_FIELDS};
use super::domain::{self, Row};
use super::exceptions::{exception, invalid_field, mandatory};
use super::orders::{line_fields, ORDER_FIELDS};
use super::products::{PRODUCT_FIELDS, TEMPLATE_FIELDS};
use super::units::{access_error, UNIT_FIELDS};
use super::OdooState;

/// A call's arguments: positional first (JSON-RPC), then by name (JSON-RPC kwargs, JSON-2).
pub struct Arguments<'a> {
    pub positional: &'a [Value],
    pub named: &'a Map<String, Value>,
}

impl Arguments<'_> {
    fn get(&self, index: usize, name: &str) -> Value {
        self.positional
            .get(index)
            .cloned()
            .or_else(|| self.named.get(name).cloned())
            .unwrap_or(Value::Null)
    }

    fn ids(&self) -> Vec<i64> {
        self.get(0, "ids")
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_i64)
            .collect()
    }

    /// `create(vals_list)`: one record per values, their ids in order.
    fn create_each(
        &self,
        mut create: impl FnMut(Value) -> Result<i64, Value>,
    ) -> Result<Value, Value> {
        let mut ids = Vec::new();
        for vals in self
            .get(0, "vals_list")
            .as_array()
            .cloned()
            .unwrap_or_default()
        {
            ids.push(create(vals)?);
        }
        Ok(json!(ids))
    }

    fn strings(&self, index: usize, name: &str) -> Vec<String> {
        self.get(index, name)
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    }
}

/// Run one model method. `Err` is an Odoo exception as `serialize_exception` describes it.
pub fn execute(
    s: &mut OdooState,
    model: &str,
    method: &str,
    args: &Arguments,
) -> Result<Value, Value> {
    match (model, method) {
        (_, "search_read") => search_read(s, model, args),
        (_, "fields_get") if model == "res.company" => {
            Ok(s.company_fields_get(&args.strings(0, "allfields")))
        }
        ("sale.order", "create") => args.create_each(|vals| s.create_order(vals)),
        ("product.product" | "res.partner", "create") => {
            args.create_each(|vals| create_record(s, model, &vals))
        }
        ("sale.order", "action_confirm" | "action_cancel" | "unlink") => {
            for id in args.ids() {
                match method {
                    "action_confirm" => s.confirm_order(id)?,
                    "action_cancel" => s.cancel_order(id)?,
                    _ => s.unlink_order(id)?,
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

fn rows_of(s: &OdooState, model: &str) -> Option<(Vec<Row>, Vec<&'static str>, bool)> {
    // (rows, fields the model has, whether it is archivable)
    Some(match model {
        "product.product" => (s.product_rows(), PRODUCT_FIELDS.to_vec(), true),
        "product.template" => (s.template_rows(), TEMPLATE_FIELDS.to_vec(), true),
        "res.partner" => (s.partner_rows(), PARTNER_FIELDS.to_vec(), true),
        "res.currency" => (s.currency_rows(), CURRENCY_FIELDS.to_vec(), true),
        "account.tax" => (s.tax_rows(), TAX_FIELDS.to_vec(), false),
        "uom.uom" => (s.unit_rows(), UNIT_FIELDS.to_vec(), true),
        "res.company" => (s.company_rows(), company_fields(s), false),
        "sale.order" => (s.order_rows(), ORDER_FIELDS.to_vec(), false),
        "sale.order.line" => (s.line_rows(), line_fields(s), false),
        _ => return None,
    })
}

fn search_read(s: &OdooState, model: &str, args: &Arguments) -> Result<Value, Value> {
    if model == "uom.uom" && s.units_denied {
        return Err(access_error());
    }
    let Some((rows, known, archivable)) = rows_of(s, model) else {
        return Err(exception("builtins.KeyError", model));
    };
    let domain = args.get(0, "domain");
    let all =
        args.named.get("context").and_then(|c| c.get("active_test")) == Some(&Value::Bool(false));
    let active_only = archivable && !all && !domain::mentions(&domain, "active");
    let value_error = |message: String| exception("builtins.ValueError", &message);
    let mut found = Vec::new();
    for row in rows {
        if active_only && row.get("active") == Some(&Value::Bool(false)) {
            continue;
        }
        if domain::matches(&row, &domain).map_err(value_error)? {
            found.push(row);
        }
    }
    let order = args.get(4, "order");
    domain::sort(&mut found, order.as_str()).map_err(value_error)?;
    let found = domain::page(
        found,
        args.get(2, "offset").as_u64(),
        args.get(3, "limit").as_u64(),
    );
    let fields = args.strings(1, "fields");
    domain::project(found, &fields, &known)
        .map(|rows| Value::Array(rows.into_iter().map(Value::Object).collect()))
        .map_err(|unknown| invalid_field(model, &unknown))
}

fn create_record(s: &mut OdooState, model: &str, vals: &Value) -> Result<i64, Value> {
    let field = |name: &str| vals.get(name).and_then(Value::as_str).map(str::to_string);
    let Some(name) = field("name").filter(|n| !n.trim().is_empty()) else {
        return Err(if model == "res.partner" {
            mandatory(model, "Contact", "name", "Name")
        } else {
            mandatory("product.template", "Product", "name", "Name")
        });
    };
    if model == "res.partner" {
        let id = s.next_id();
        s.partners
            .push((id, name, field("email").unwrap_or_default()));
        Ok(id)
    } else {
        let sale_ok = vals.get("sale_ok").and_then(Value::as_bool).unwrap_or(true);
        Ok(s.create_product(name, field("default_code").unwrap_or_default(), sale_ok))
    }
}
