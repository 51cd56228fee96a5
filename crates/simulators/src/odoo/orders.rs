//! `sale.order` and `sale.order.line`: create, confirm, cancel, delete, and what a read shows.
//!
//! Source: odoo/odoo `addons/sale/models/sale_order.py` and `sale_order_line.py`.

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{json, Value};

use super::domain::Row;
use super::exceptions::{constraint, invalid_field, mandatory, missing, user_error};
use super::products::row;
use super::OdooState;

#[derive(Debug, Clone)]
pub struct OdooLine {
    pub id: i64,
    pub product: i64,
    pub quantity: Decimal,
    pub price_unit: Decimal,
    pub tax_percent: Decimal,
}

#[derive(Debug, Clone)]
pub struct OdooOrder {
    pub id: i64,
    /// "Customer Reference"; empty reads as `false`.
    pub client_order_ref: String,
    /// `draft` (Quotation), `sent`, `sale` (Sales Order), `cancel`; `done` (Locked) up to 16.
    pub state: String,
    /// `no`, `to invoice`, `invoiced`, `upselling`.
    pub invoice_status: String,
    pub partner: i64,
    pub currency: i64,
    pub date_order: NaiveDateTime,
    pub lines: Vec<OdooLine>,
    /// The values the order was created with.
    pub vals: Value,
}

pub const ORDER_FIELDS: &[&str] = &[
    "id",
    "name",
    "display_name",
    "client_order_ref",
    "state",
    "invoice_status",
    "partner_id",
    "currency_id",
    "date_order",
    "amount_total",
    "origin",
    "note",
    "order_line",
];

/// Fields `create` takes on `sale.order` (a subset: the ones a sales order from a shop uses).
const ORDER_WRITABLE: &[&str] = &[
    "partner_id",
    "client_order_ref",
    "date_order",
    "origin",
    "note",
    "order_line",
    "pricelist_id",
    "partner_invoice_id",
    "partner_shipping_id",
];

/// The fields of `sale.order.line`, by release (`tax_ids`/`product_uom_id` from saas~18.1).
pub fn line_fields(s: &OdooState) -> Vec<&'static str> {
    let (tax, uom) = s.release.line_fields();
    vec![
        "id",
        "order_id",
        "product_id",
        "product_uom_qty",
        "price_unit",
        "name",
        "display_type",
        tax,
        uom,
    ]
}

/// `S00042`: the sequence `sale.order` numbers orders with.
pub fn order_name(id: i64) -> String {
    format!("S{id:05}")
}

fn decimal(value: Option<&Value>) -> Decimal {
    value
        .and_then(|v| match v {
            Value::Number(n) => n.to_string().parse().ok(),
            Value::String(s) => s.parse().ok(),
            _ => None,
        })
        .unwrap_or_default()
}

impl OdooOrder {
    pub fn amount_total(&self) -> Decimal {
        self.lines
            .iter()
            .map(|l| {
                (l.quantity * l.price_unit * (Decimal::ONE + l.tax_percent / Decimal::ONE_HUNDRED))
                    .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
            })
            .sum()
    }
}

/// The first key of `vals` that is not among `known`: Odoo refuses it ("Invalid field").
fn unknown_field(vals: &Value, known: &[&str]) -> Option<String> {
    vals.as_object()?
        .keys()
        .find(|k| !known.contains(&k.as_str()))
        .cloned()
}

impl OdooState {
    fn next_order_id(&self) -> i64 {
        self.orders.iter().map(|o| o.id).max().unwrap_or(0) + 1
    }

    fn next_line_id(&self) -> i64 {
        self.orders
            .iter()
            .flat_map(|o| o.lines.iter().map(|l| l.id))
            .max()
            .unwrap_or(0)
            + 1
    }

    pub fn order_rows(&self) -> Vec<Row> {
        self.orders
            .iter()
            .map(|o| {
                let partner = self
                    .partners
                    .iter()
                    .find(|p| p.0 == o.partner)
                    .map(|p| p.1.clone())
                    .unwrap_or_default();
                let currency = self
                    .currencies
                    .iter()
                    .find(|c| c.0 == o.currency)
                    .map(|c| c.1.clone())
                    .unwrap_or_default();
                let text = |key: &str| {
                    o.vals
                        .get(key)
                        .filter(|v| v.is_string())
                        .cloned()
                        .unwrap_or(Value::Bool(false))
                };
                row(json!({
                    "id": o.id,
                    "name": order_name(o.id),
                    "display_name": order_name(o.id),
                    "client_order_ref": if o.client_order_ref.is_empty() { Value::Bool(false) } else { json!(o.client_order_ref) },
                    "state": o.state,
                    "invoice_status": o.invoice_status,
                    "partner_id": [o.partner, partner],
                    "currency_id": [o.currency, currency],
                    "date_order": o.date_order.format("%Y-%m-%d %H:%M:%S").to_string(),
                    "amount_total": serde_json::from_str::<Value>(&o.amount_total().normalize().to_string()).unwrap_or(Value::Null),
                    "origin": text("origin"),
                    "note": text("note"),
                    "order_line": o.lines.iter().map(|l| l.id).collect::<Vec<_>>(),
                }))
            })
            .collect()
    }

    pub fn line_rows(&self) -> Vec<Row> {
        let (tax_field, uom_field) = self.release.line_fields();
        self.orders
            .iter()
            .flat_map(|o| o.lines.iter().map(move |l| (o, l)))
            .map(|(o, l)| {
                let display = self
                    .products
                    .iter()
                    .find(|p| p.id == l.product)
                    .map(|p| self.product_display_name(p))
                    .unwrap_or_default();
                let mut line = row(json!({
                    "id": l.id,
                    "order_id": [o.id, order_name(o.id)],
                    "product_id": [l.product, display],
                    "product_uom_qty": serde_json::from_str::<Value>(&l.quantity.normalize().to_string()).unwrap_or(Value::Null),
                    "price_unit": serde_json::from_str::<Value>(&l.price_unit.normalize().to_string()).unwrap_or(Value::Null),
                    "name": display,
                    "display_type": false,
                }));
                line.insert(tax_field.into(), json!([]));
                line.insert(uom_field.into(), json!([1, "Units"]));
                line
            })
            .collect()
    }

    /// `sale.order.create` with its `[0, 0, vals]` line commands. `Err` is the exception Odoo
    /// raises; nothing is stored then (the transaction rolls back).
    pub fn create_order(&mut self, vals: Value) -> Result<i64, Value> {
        if let Some(unknown) = unknown_field(&vals, ORDER_WRITABLE) {
            return Err(invalid_field("sale.order", &unknown));
        }
        let partner = match vals.get("partner_id").and_then(Value::as_i64) {
            None => {
                return Err(mandatory(
                    "sale.order",
                    "Sales Order",
                    "partner_id",
                    "Customer",
                ))
            }
            Some(id) if !self.partners.iter().any(|p| p.0 == id) => {
                return Err(missing("res.partner", id))
            }
            Some(id) => id,
        };
        let known_line_fields = line_fields(self);
        let (tax_field, _) = self.release.line_fields();
        let mut lines = Vec::new();
        let first_line_id = self.next_line_id();
        for command in vals
            .get("order_line")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let line = command.get(2).cloned().unwrap_or(Value::Null);
            if let Some(unknown) = unknown_field(&line, &known_line_fields) {
                return Err(invalid_field("sale.order.line", &unknown));
            }
            let is_section = line
                .get("display_type")
                .is_some_and(|d| d.as_str().is_some());
            let product = match line.get("product_id").and_then(Value::as_i64) {
                // Source: sale_order_line.py `_accountable_required_fields`: a line that is
                // not a section or note needs a product and a unit.
                None if !is_section => {
                    return Err(constraint(
                        "Missing required fields on accountable sale order line.",
                    ))
                }
                None => continue,
                Some(id) if !self.products.iter().any(|p| p.id == id) => {
                    return Err(missing("product.product", id))
                }
                Some(id) => id,
            };
            let tax_percent = line
                .get(tax_field)
                .and_then(|commands| commands.pointer("/0/2/0"))
                .and_then(Value::as_i64)
                .and_then(|tax| self.taxes.iter().find(|t| t.0 == tax))
                .map(|t| t.2)
                .unwrap_or_default();
            lines.push(OdooLine {
                id: first_line_id + lines.len() as i64,
                product,
                quantity: decimal(line.get("product_uom_qty")),
                price_unit: decimal(line.get("price_unit")),
                tax_percent,
            });
        }
        let date_order = vals
            .get("date_order")
            .and_then(Value::as_str)
            .and_then(|d| NaiveDateTime::parse_from_str(d, "%Y-%m-%d %H:%M:%S").ok())
            .unwrap_or_else(|| chrono::Utc::now().naive_utc());
        let reference = vals
            .get("client_order_ref")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let id = self.next_order_id();
        let (currency, _) = self.company_currency();
        self.orders.push(OdooOrder {
            id,
            client_order_ref: reference,
            state: "draft".into(),
            invoice_status: "no".into(),
            partner,
            currency,
            date_order,
            lines,
            vals,
        });
        Ok(id)
    }

    fn order_mut(&mut self, id: i64) -> Result<&mut OdooOrder, Value> {
        self.orders
            .iter_mut()
            .find(|o| o.id == id)
            .ok_or_else(|| missing("sale.order", id))
    }

    /// `action_confirm`: a quotation (sent or not) becomes a sales order; anything else is
    /// refused. Source: sale_order.py `action_confirm` / `_can_be_confirmed`.
    pub fn confirm_order(&mut self, id: i64) -> Result<(), Value> {
        let order = self.order_mut(id)?;
        if !matches!(order.state.as_str(), "draft" | "sent") {
            return Err(user_error(&format!(
                "The following orders are not in a state requiring confirmation: {}",
                order_name(id)
            )));
        }
        order.state = "sale".into();
        order.invoice_status = "to invoice".into();
        Ok(())
    }

    /// `action_cancel`, as a user cancels an order in Odoo.
    pub fn cancel_order(&mut self, id: i64) -> Result<(), Value> {
        let order = self.order_mut(id)?;
        if order.invoice_status == "invoiced" {
            return Err(user_error(
                "Cannot cancel a sales order with posted invoices.",
            ));
        }
        order.state = "cancel".into();
        Ok(())
    }

    /// `unlink`: only quotations and cancelled orders can be deleted. Source: sale_order.py
    /// `_unlink_except_draft_or_cancel`.
    pub fn unlink_order(&mut self, id: i64) -> Result<(), Value> {
        let order = self.order_mut(id)?;
        if !matches!(order.state.as_str(), "draft" | "cancel") {
            return Err(user_error(
                "You can not delete a sent quotation or a confirmed sales order. You must first cancel it.",
            ));
        }
        self.orders.retain(|o| o.id != id);
        Ok(())
    }

    /// The order fully invoiced, as after its invoice was created and posted in Odoo.
    pub fn invoice_order(&mut self, id: i64) -> Result<(), Value> {
        let order = self.order_mut(id)?;
        order.invoice_status = "invoiced".into();
        Ok(())
    }

    /// A confirmed order that carries `reference` and is dated `date`, with one line of the
    /// first product: an order that synced long ago.
    pub fn insert_order(&mut self, reference: &str, date: NaiveDate) -> i64 {
        let partner = self.partners.first().map(|p| p.0).unwrap_or(1);
        let product = self.products.first().map(|p| p.id).unwrap_or(1);
        let id = self.next_order_id();
        let line_id = self.next_line_id();
        let (currency, _) = self.company_currency();
        self.orders.push(OdooOrder {
            id,
            client_order_ref: reference.into(),
            state: "sale".into(),
            invoice_status: "to invoice".into(),
            partner,
            currency,
            date_order: date.and_hms_opt(12, 0, 0).unwrap_or_default(),
            lines: vec![OdooLine {
                id: line_id,
                product,
                quantity: Decimal::ONE,
                price_unit: Decimal::TEN,
                tax_percent: Decimal::ZERO,
            }],
            vals: json!({ "client_order_ref": reference }),
        });
        id
    }

    /// A second sales order carrying the same Customer Reference, as another integration that
    /// sent the shop's order too would leave it: Odoo does not make `client_order_ref` unique
    /// (sale_order.py: a plain `fields.Char`, `copy=False`). A copy of the first order that
    /// carries the reference; `None` when there is none.
    pub fn duplicate_order(&mut self, reference: &str) -> Option<i64> {
        let mut copy = self
            .orders
            .iter()
            .find(|o| o.client_order_ref == reference)?
            .clone();
        copy.id = self.next_order_id();
        let first_line_id = self.next_line_id();
        for (n, line) in copy.lines.iter_mut().enumerate() {
            line.id = first_line_id + n as i64;
        }
        copy.state = "sale".into();
        copy.invoice_status = "to invoice".into();
        let id = copy.id;
        self.orders.push(copy);
        Some(id)
    }
}
