//! `sale.sale`: create with its lines, the workflow buttons (`quote`, `confirm`, `cancel`),
//! `delete`, and how a sale reads.
//!
//! Source: tryton/modules `sale/sale.py` and what trytond 8.0 answered
//! (../shared/research/tryton-jsonrpc.md): states `draft`, `quotation`, `confirmed`,
//! `processing`, `done`, `cancelled`; `number` is given at `quote`; `confirm` runs `process` in
//! the same request, so a confirmed sale reads `processing`; a sale is `done` once shipped and
//! paid; only draft and cancelled sales can be deleted, and `reference` is not unique. A line's
//! product must be `salable` (its domain); a discontinued product is taken without a word.

use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{json, Value};

use super::domain::{date, decimal, parse_date, Row};
use super::TrytonState;

#[derive(Debug, Clone)]
pub struct TrytonLine {
    pub product: i64,
    pub quantity: f64,
    pub unit_price: Decimal,
    pub tax_rate: Decimal,
}

#[derive(Debug, Clone)]
pub struct TrytonSale {
    pub id: i64,
    pub reference: String,
    pub state: String,
    /// Given at `quote`.
    pub number: Option<String>,
    pub party: i64,
    pub currency: i64,
    /// The sale date sent, or the day it was confirmed.
    pub sale_date: Option<NaiveDate>,
    pub created: NaiveDate,
    pub description: String,
    pub lines: Vec<TrytonLine>,
}

/// A Tryton `UserError` as the JSON-RPC answer carries it: `[message, description, domain]`.
pub fn user_error(message: &str) -> Value {
    json!(["UserError", [message, "", null]])
}

impl TrytonSale {
    fn rec_name(&self) -> String {
        match &self.number {
            Some(number) => format!("{number} [{}]", self.reference),
            None => format!("({})", self.id),
        }
    }

    pub fn total(&self) -> Decimal {
        self.lines
            .iter()
            .map(|l| {
                let untaxed = Decimal::try_from(l.quantity).unwrap_or_default() * l.unit_price;
                (untaxed * (Decimal::ONE + l.tax_rate))
                    .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
            })
            .sum()
    }
}

impl TrytonState {
    pub fn sale_row(&self, sale: &TrytonSale) -> Row {
        let lines: Vec<Value> = sale
            .lines
            .iter()
            .enumerate()
            .map(|(n, l)| {
                let code = self
                    .products
                    .iter()
                    .find(|p| p.id == l.product)
                    .map(|p| p.code.clone());
                json!({
                    "id": sale.id * 100 + n as i64,
                    "type": "line",
                    "quantity": l.quantity,
                    "unit_price": decimal(l.unit_price),
                    "product": { "id": l.product, "code": code },
                })
            })
            .collect();
        let created = sale.created;
        let row = json!({
            "id": sale.id,
            "number": sale.number,
            "reference": sale.reference,
            "state": sale.state,
            "description": sale.description,
            "sale_date": sale.sale_date.map(date),
            "create_date": { "__class__": "datetime", "year": created.year(), "month": created.month(),
                "day": created.day(), "hour": 9, "minute": 0, "second": 0, "microsecond": 0 },
            "party": { "id": sale.party, "name": "Ada Lovelace", "code": sale.party.to_string() },
            "currency": { "id": sale.currency, "code": "USD" },
            "total_amount": decimal(sale.total()),
            "lines": lines,
        });
        match row {
            Value::Object(map) => map,
            _ => Row::new(),
        }
    }

    /// `model.sale.sale.create` with one or more sales; `Err` is Tryton's error (nothing is
    /// stored then).
    pub fn create_sales(
        &mut self,
        vals_list: &[Value],
        today: NaiveDate,
    ) -> Result<Vec<i64>, Value> {
        let mut created = Vec::new();
        for vals in vals_list {
            let mut lines = Vec::new();
            for command in vals
                .get("lines")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                for line in command
                    .get(1)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    let product = line.get("product").and_then(Value::as_i64).unwrap_or(0);
                    let salable = self
                        .products
                        .iter()
                        .find(|p| p.id == product)
                        .and_then(|p| self.template(p.template))
                        .is_some_and(|t| t.salable);
                    if !salable {
                        let shown = self
                            .products
                            .iter()
                            .find(|p| p.id == product)
                            .map(|p| {
                                self.product_row(p)["rec_name"]
                                    .as_str()
                                    .unwrap_or_default()
                                    .to_string()
                            })
                            .unwrap_or_else(|| product.to_string());
                        return Err(user_error(&format!(
                            "The value \"{shown}\" for field \"Product\" in record \"{}\" of \"Sale Line\" is not valid according to its domain.",
                            self.sales.len() + 1
                        )));
                    }
                    lines.push(TrytonLine {
                        product,
                        quantity: line.get("quantity").and_then(Value::as_f64).unwrap_or(0.0),
                        unit_price: line
                            .pointer("/unit_price/decimal")
                            .and_then(Value::as_str)
                            .and_then(|d| d.parse().ok())
                            .unwrap_or_default(),
                        tax_rate: if line.get("taxes").is_some() {
                            Decimal::new(725, 4)
                        } else {
                            Decimal::ZERO
                        },
                    });
                }
            }
            let id = self.sales.iter().map(|s| s.id).max().unwrap_or(0) + 1 + created.len() as i64;
            created.push(TrytonSale {
                id,
                reference: vals
                    .get("reference")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .into(),
                state: "draft".into(),
                number: None,
                party: vals.get("party").and_then(Value::as_i64).unwrap_or(0),
                currency: vals.get("currency").and_then(Value::as_i64).unwrap_or(1),
                sale_date: vals.get("sale_date").and_then(parse_date),
                created: today,
                description: vals
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .into(),
                lines,
            });
        }
        let ids = created.iter().map(|s| s.id).collect();
        self.sales.extend(created);
        Ok(ids)
    }

    fn sale_mut(&mut self, id: i64) -> Result<&mut TrytonSale, Value> {
        self.sales.iter_mut().find(|s| s.id == id).ok_or_else(|| {
            user_error(&format!(
                "You are trying to read records \"{id}\" of \"Sale\" that don't exist."
            ))
        })
    }

    /// A workflow button: `quote` (draft), `confirm` (quotation; then processed at once),
    /// `cancel` (draft or quotation), `process` (no-op).
    pub fn press(&mut self, button: &str, id: i64, today: NaiveDate) -> Result<(), Value> {
        let sale = self.sale_mut(id)?;
        let allowed: &[&str] = match button {
            "quote" => &["draft"],
            "confirm" => &["quotation"],
            "cancel" => &["draft", "quotation"],
            "process" => &["confirmed", "processing", "done"],
            _ => &[],
        };
        if !allowed.contains(&sale.state.as_str()) {
            return Err(user_error(&format!(
                "You can not call \"{button}\" on \"{}\" of \"Sale\".",
                sale.rec_name()
            )));
        }
        match button {
            "quote" => {
                sale.state = "quotation".into();
                sale.number = Some(sale.id.to_string());
            }
            "confirm" => {
                sale.state = "processing".into();
                sale.sale_date.get_or_insert(today);
            }
            "cancel" => sale.state = "cancelled".into(),
            _ => {}
        }
        Ok(())
    }

    /// `delete`: only draft or cancelled sales ("To delete sale … you must cancel it.").
    pub fn delete_sale(&mut self, id: i64) -> Result<(), Value> {
        let sale = self.sale_mut(id)?;
        if !matches!(sale.state.as_str(), "draft" | "cancelled") {
            return Err(user_error(&format!(
                "To delete sale \"{}\" you must cancel it.",
                sale.rec_name()
            )));
        }
        self.sales.retain(|s| s.id != id);
        Ok(())
    }

    /// A processed sale that carries `reference` and is dated `date`, with one line of the
    /// first product: a sale that synced long ago.
    pub fn insert_sale(&mut self, reference: &str, date: NaiveDate) -> i64 {
        let id = self.sales.iter().map(|s| s.id).max().unwrap_or(0) + 1;
        self.sales.push(TrytonSale {
            id,
            reference: reference.into(),
            state: "processing".into(),
            number: Some(id.to_string()),
            party: 2,
            currency: 1,
            sale_date: Some(date),
            created: date,
            description: String::new(),
            lines: vec![TrytonLine {
                product: self.products.first().map(|p| p.id).unwrap_or(1),
                quantity: 1.0,
                unit_price: Decimal::TEN,
                tax_rate: Decimal::ZERO,
            }],
        });
        id
    }

    /// The sale shipped and paid: Tryton moves it to `done`.
    pub fn finish_sale(&mut self, id: i64) -> Result<(), Value> {
        self.sale_mut(id)?.state = "done".into();
        Ok(())
    }

    /// A second sale carrying the same reference, as another integration that sent the shop's
    /// order too would leave it (Tryton does not make `reference` unique): a processed copy of
    /// the first sale with that reference, with its own number. `None` when there is none.
    pub fn duplicate_sale(&mut self, reference: &str) -> Option<i64> {
        let mut copy = self
            .sales
            .iter()
            .find(|s| s.reference == reference)?
            .clone();
        copy.id = self.sales.iter().map(|s| s.id).max().unwrap_or(0) + 1;
        copy.number = Some(copy.id.to_string());
        copy.state = "processing".into();
        let id = copy.id;
        self.sales.push(copy);
        Some(id)
    }
}
