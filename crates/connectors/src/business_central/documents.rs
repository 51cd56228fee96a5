//! Where Business Central keeps a sales order once people work on it, and how the rows of
//! those places are told apart as one order or several.
//!
//! An open order is a row of `salesOrders`. Posting it (Ship and Invoice) writes a posted
//! shipment and a posted invoice that both carry the order's External Document No. and its
//! number as Order No., and once the order is fully shipped and invoiced the Sales Header is
//! deleted, so the row leaves `salesOrders` (Source: `APIV2SalesOrders.Page.al`, action
//! `ShipAndInvoice`: it posts, finds the invoice by Order No., and answers `Deleted`). The
//! order is then found among `salesInvoices` (and `salesShipments`, when it was shipped but
//! invoiced on a separate invoice that does not carry its reference).
//!
//! So a posted invoice or shipment whose Order No. is an order already found is that same
//! order (a partial posting), and several invoices or shipments of one Order No. are one
//! order; a document without an Order No. is a document of its own (another integration's
//! invoice carrying the same reference is a second copy).

use std::collections::HashSet;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::status;
use crate::odata::text;
use crate::{wire_decimal, ErpDocument, ErpDocumentLine, ErpOrder, ErpOrderState};

type Row = Map<String, Value>;

/// Which place a row comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Order,
    Invoice,
    Shipment,
}

/// The status text and state of a row from `place`.
fn state(place: Place, row: &Row) -> (String, ErpOrderState) {
    let number = text(row, "number");
    match place {
        Place::Order => status::sales_order(&text(row, "status")),
        Place::Invoice => status::sales_invoice(&text(row, "status"), &number),
        Place::Shipment => status::sales_shipment(&number),
    }
}

/// Rows from the three places, each order once: open orders first, then the posted
/// documents of orders that are no longer open, then documents of no order.
pub fn distinct(orders: Vec<Row>, invoices: Vec<Row>, shipments: Vec<Row>) -> Vec<(Place, Row)> {
    let mut seen_orders: HashSet<String> = orders.iter().map(|r| text(r, "number")).collect();
    let mut kept: Vec<(Place, Row)> = orders.into_iter().map(|r| (Place::Order, r)).collect();
    for (place, rows) in [(Place::Invoice, invoices), (Place::Shipment, shipments)] {
        let mut seen_here = HashSet::new();
        for row in rows {
            let order = text(&row, "orderNumber");
            if !order.is_empty() && (seen_orders.contains(&order) || !seen_here.insert(order)) {
                continue;
            }
            kept.push((place, row));
        }
        seen_orders.extend(seen_here);
    }
    kept
}

/// A row as an order found by its external id.
pub fn found_order(place: Place, row: &Row) -> ErpOrder {
    let (status, state) = state(place, row);
    ErpOrder {
        erp_id: text(row, "id"),
        external_id: text(row, "externalDocumentNumber"),
        status,
        state,
    }
}

fn date(row: &Row, field: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&text(row, field), "%Y-%m-%d").ok()
}

/// Item lines of an expanded lines part; `None` when the answer carries no lines part.
fn lines(row: &Row, part: &str) -> Option<Vec<ErpDocumentLine>> {
    let lines = row.get(part)?.as_array()?;
    Some(
        lines
            .iter()
            .filter_map(Value::as_object)
            .filter(|l| text(l, "lineType") == "Item")
            .map(|l| ErpDocumentLine {
                item: text(l, "lineObjectNumber"),
                quantity: l
                    .get("quantity")
                    .and_then(wire_decimal::from_value)
                    .unwrap_or_default(),
            })
            .collect(),
    )
}

/// A row of the listings as a document for reconciliation.
pub fn document(place: Place, row: &Row) -> ErpDocument {
    let (status, state) = state(place, row);
    let (date_field, part) = match place {
        Place::Order => ("orderDate", "salesOrderLines"),
        Place::Invoice => ("invoiceDate", "salesInvoiceLines"),
        Place::Shipment => ("invoiceDate", "salesShipmentLines"),
    };
    ErpDocument {
        erp_id: text(row, "id"),
        number: text(row, "number"),
        external_id: text(row, "externalDocumentNumber"),
        status,
        state,
        date: date(row, date_field),
        customer: text(row, "customerNumber"),
        // Shipments carry no amounts.
        total: row
            .get("totalAmountIncludingTax")
            .and_then(wire_decimal::from_value),
        currency: text(row, "currencyCode"),
        lines: lines(row, part),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rows(values: Vec<Value>) -> Vec<Row> {
        values
            .into_iter()
            .filter_map(|v| v.as_object().cloned())
            .collect()
    }

    #[test]
    fn a_posted_order_counts_once_and_a_foreign_invoice_counts_as_its_own() {
        let orders = rows(vec![
            json!({"id": "o1", "number": "101001", "externalDocumentNumber": "SHOP-1", "status": "Open"}),
        ]);
        let invoices = rows(vec![
            // A partial invoice of the open order: the same order.
            json!({"id": "i1", "number": "103001", "externalDocumentNumber": "SHOP-1", "status": "Open", "orderNumber": "101001"}),
            // Two invoices of an order that is gone: one order.
            json!({"id": "i2", "number": "103002", "externalDocumentNumber": "SHOP-2", "status": "Paid", "orderNumber": "101002"}),
            json!({"id": "i3", "number": "103003", "externalDocumentNumber": "SHOP-2", "status": "Open", "orderNumber": "101002"}),
            // Another integration's invoice carrying the same reference: a second copy.
            json!({"id": "i4", "number": "103004", "externalDocumentNumber": "SHOP-1", "status": "Draft", "orderNumber": ""}),
        ]);
        let shipments = rows(vec![
            json!({"id": "s1", "number": "102001", "externalDocumentNumber": "SHOP-2", "orderNumber": "101002"}),
            json!({"id": "s2", "number": "102002", "externalDocumentNumber": "SHOP-3", "orderNumber": "101003"}),
        ]);
        let kept: Vec<ErpOrder> = distinct(orders, invoices, shipments)
            .iter()
            .map(|(place, row)| found_order(*place, row))
            .collect();
        let ids: Vec<&str> = kept.iter().map(|o| o.erp_id.as_str()).collect();
        assert_eq!(ids, ["o1", "i2", "i4", "s2"]);
        assert_eq!(kept[1].state, ErpOrderState::Completed);
        assert_eq!(kept[2].state, ErpOrderState::Open);
        assert_eq!(kept[3].state, ErpOrderState::Completed);
    }
}
