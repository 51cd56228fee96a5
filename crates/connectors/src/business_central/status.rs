//! A sales document's status as the API writes it, and what it means for the person who sends
//! the orders, in the words of Business Central's own screens.
//!
//! Sales orders. Source: the `status` field of `APIV2SalesOrders.Page.al` (`Editable = false`)
//! shows the enum of table "Sales Order Entity Buffer", documented as `Draft`, `In Review`,
//! `Open` (vendor-specs `business_central/api_v2_pages.json`, `enums."salesOrder.status"`); on
//! the wire the space is OData-encoded, `In_x0020_Review`. The API's `Open` is what Business
//! Central's order screen calls *Released*; an order that screen calls *Open* reads `Draft`.
//! `Released` and `Pending Approval` never appear on this API.
//!
//! Sales invoices. The `status` field of `APIV2SalesInvoices.Page.al` shows the enum of
//! "Sales Invoice Entity Aggregate": `Draft`, `In Review` (an invoice not posted yet), `Open`
//! (posted, not paid), `Paid`, `Canceled` (reversed by a credit memo), `Corrective`. The enum
//! lives in the base application, not in the pages' repository: these values are from field
//! evidence (public client code), not from the vendor's source.

use crate::ErpOrderState;

/// `In_x0020_Review` → `In Review`: OData writes a space in an enum member as `_x0020_`.
fn decoded(wire: &str) -> String {
    wire.replace("_x0020_", " ")
}

/// A sales order's status: the text shown to the manager and what it means for the sync.
pub fn sales_order(wire: &str) -> (String, ErpOrderState) {
    match decoded(wire).as_str() {
        "Draft" => (
            "Open in Business Central, not released yet".into(),
            ErpOrderState::Open,
        ),
        "In Review" => (
            "Pending approval in Business Central".into(),
            ErpOrderState::Processing,
        ),
        "Open" => (
            "Released: ready to ship and invoice".into(),
            ErpOrderState::Processing,
        ),
        other => (other.to_string(), ErpOrderState::Other),
    }
}

/// A sales invoice that carries the order's reference.
pub fn sales_invoice(wire: &str, number: &str) -> (String, ErpOrderState) {
    match decoded(wire).as_str() {
        "Draft" => (
            format!("Invoice {number}, not posted yet"),
            ErpOrderState::Open,
        ),
        "In Review" => (
            format!("Invoice {number}, pending approval"),
            ErpOrderState::Processing,
        ),
        "Open" => (
            format!("Invoiced: posted invoice {number}, not paid yet"),
            ErpOrderState::Completed,
        ),
        "Paid" => (
            format!("Invoiced and paid: posted invoice {number}"),
            ErpOrderState::Completed,
        ),
        "Canceled" => (
            format!("Posted invoice {number} was cancelled with a credit memo"),
            ErpOrderState::Other,
        ),
        "Corrective" => (
            format!("Posted invoice {number} was corrected with a credit memo"),
            ErpOrderState::Other,
        ),
        other => (format!("Invoice {number}: {other}"), ErpOrderState::Other),
    }
}

/// A posted shipment carrying the order's reference whose order is gone and whose invoice
/// was not found: the order was shipped, and invoiced separately or not at all.
pub fn sales_shipment(number: &str) -> (String, ErpOrderState) {
    (
        format!("Shipped: posted shipment {number}"),
        ErpOrderState::Completed,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_order_status_is_live_and_said_in_the_screens_words() {
        assert_eq!(sales_order("Draft").1, ErpOrderState::Open);
        assert_eq!(sales_order("In_x0020_Review").1, ErpOrderState::Processing);
        assert_eq!(sales_order("In Review").1, ErpOrderState::Processing);
        let (text, state) = sales_order("Open");
        assert_eq!(state, ErpOrderState::Processing);
        assert!(text.starts_with("Released"), "{text}");
        assert_eq!(sales_order("Released").1, ErpOrderState::Other);
        assert_eq!(sales_invoice("Paid", "103001").1, ErpOrderState::Completed);
        assert_eq!(sales_invoice("Canceled", "103001").1, ErpOrderState::Other);
    }
}
