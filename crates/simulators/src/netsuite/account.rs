//! The simulated account's records, as a test or the demo loads them. The other ERP
//! simulators build their own data from this same account, so these types stay plain.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub id: String,
    pub sku: String,
    pub inactive: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Customer {
    pub id: String,
    pub entity_id: String,
    pub email: String,
    pub company: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Currency {
    pub id: String,
    pub symbol: String,
    pub inactive: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TaxItem {
    pub id: String,
    pub name: String,
    /// Percent, as NetSuite shows it ("7.25%").
    pub rate_percent: Decimal,
}

#[derive(Debug, Clone, Serialize)]
pub struct Period {
    pub id: String,
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub closed: bool,
}

/// A sales order as the account holds it.
#[derive(Debug, Clone, Serialize)]
pub struct SalesOrder {
    pub id: String,
    /// Empty when the order carries none (entered by hand, or by an integration that keeps
    /// its reference elsewhere).
    pub external_id: String,
    /// The status letter of Oracle's salesOrder `status` enum: A Pending Approval, B Pending
    /// Fulfillment, C Cancelled, D Partially Fulfilled, E Pending Billing/Partially
    /// Fulfilled, F Pending Billing, G Billed, H Closed.
    pub status: String,
    /// Body fields as written (`entity`, `tranDate`, `otherRefNum`, …), without the item
    /// sublist.
    pub body: Value,
    /// The item sublist, each line with the `line` number NetSuite gave it.
    pub lines: Vec<Value>,
    /// How many writes reached this record (1 = created once, never updated).
    pub writes: u32,
}

impl SalesOrder {
    /// The document number users see ("Order #"), from the account's numbering.
    pub fn tran_id(&self) -> String {
        format!("SO{}", self.id)
    }

    /// `tranDate`, when the body carries a valid one.
    pub fn tran_date(&self) -> Option<NaiveDate> {
        self.body
            .get("tranDate")
            .and_then(Value::as_str)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    }

    /// A body field that is a plain string ("otherRefNum", "memo").
    pub fn text(&self, field: &str) -> String {
        self.body
            .get(field)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    }

    /// A reference field's internal id (`entity`, `currency`).
    pub fn reference(&self, field: &str) -> String {
        match self.body.pointer(&format!("/{field}/id")) {
            Some(Value::String(id)) => id.clone(),
            Some(Value::Number(id)) => id.to_string(),
            _ => String::new(),
        }
    }
}

/// The account's records, loaded by a test or the demo.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Account {
    pub company: String,
    pub items: Vec<Item>,
    pub customers: Vec<Customer>,
    pub currencies: Vec<Currency>,
    pub tax_items: Vec<TaxItem>,
    pub periods: Vec<Period>,
    pub sales_orders: Vec<SalesOrder>,
}
