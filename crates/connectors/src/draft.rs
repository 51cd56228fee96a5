use chrono::NaiveDate;
use osd_model::{Address, Order};
use rust_decimal::Decimal;

/// A reference to an ERP record: resolved to the ERP's id, or the text we could not resolve.
/// Sending an unresolved reference lets the ERP say in its own words what is missing; the
/// resend engine only does that when the user asks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ref {
    Id(String),
    Unresolved(String),
}

impl Ref {
    pub fn is_resolved(&self) -> bool {
        matches!(self, Self::Id(_))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DraftLine {
    pub item: Ref,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub description: String,
}

/// An order translated into ERP references, ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct ErpOrderDraft {
    pub external_id: String,
    pub order_name: String,
    pub tran_date: NaiveDate,
    pub customer: Ref,
    pub currency: Ref,
    pub tax_code: Option<Ref>,
    pub lines: Vec<DraftLine>,
    pub billing: Option<Address>,
    pub shipping: Option<Address>,
    pub shipping_cost: Decimal,
    pub memo: String,
}

impl ErpOrderDraft {
    /// The draft with every reference left as the store wrote it. Resolution against master
    /// data and mappings happens in the doctor; this is the starting point.
    pub fn unresolved(order: &Order, tran_date: NaiveDate) -> Self {
        Self {
            external_id: order.external_id(),
            order_name: order.name.clone(),
            tran_date,
            customer: Ref::Unresolved(
                order
                    .customer
                    .email
                    .clone()
                    .unwrap_or_else(|| order.customer.name.clone()),
            ),
            currency: Ref::Unresolved(order.currency.clone()),
            tax_code: None,
            lines: order
                .lines
                .iter()
                .map(|l| DraftLine {
                    item: Ref::Unresolved(l.sku.clone().unwrap_or_default()),
                    quantity: l.quantity,
                    unit_price: l.unit_price,
                    description: l.title.clone(),
                })
                .collect(),
            billing: order.billing.clone(),
            shipping: order.shipping.clone(),
            shipping_cost: order.shipping_total,
            memo: format!("{} order {}", order.source, order.name),
        }
    }
}
