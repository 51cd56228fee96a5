//! Sales documents as the connector reads them back: an order's state from `DocumentStatus`
//! (`BoStatus`), `Cancelled` and its lines' `RemainingOpenQuantity`.
//!
//! A sales order stays in `Orders` when SAP's users move it on: "Copy To" a delivery or an A/R
//! invoice lowers each line's open quantity and closes the order with its last open line; a
//! person can also close an order by hand (`Close`), or cancel it (`Cancel`, which sets
//! `Cancelled`). SAP cannot delete a sales order (guide §3.5.4). Told apart here: closed with
//! nothing left open means delivered or invoiced; closed with quantity left open means closed
//! by hand. (Inferred from the document flow; not checked against a real company.)
//!
//! For reconciliation, deliveries and A/R invoices count only when made without an order: a
//! line copied from another document names it in `BaseType` (SAP writes -1 when there is
//! none), and a copy of an order is that order, already listed. A cancelled invoice or
//! delivery leaves a cancellation document (`CancelStatus` `csCancellation`), which is no sale.

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::wire::{
    CANCELLATION, CLOSED, DELIVERED, DELIVERY_NOTES, INVOICES, OPEN, ORDERS, PAID, YES,
};
use crate::odata::text;
use crate::{wire_decimal, ErpDocument, ErpDocumentLine, ErpOrder, ErpOrderState};

fn lines(row: &Map<String, Value>) -> &[Value] {
    row.get("DocumentLines")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Every line copied on in full.
fn nothing_left_open(row: &Map<String, Value>) -> bool {
    let lines = lines(row);
    !lines.is_empty()
        && lines.iter().all(|line| {
            line.get("RemainingOpenQuantity")
                .and_then(wire_decimal::from_value)
                .is_some_and(|open| open.is_zero())
        })
}

/// The status as SAP's screens would put it, and what it means here.
pub fn state(row: &Map<String, Value>) -> (&'static str, ErpOrderState) {
    if text(row, "Cancelled") == YES {
        return ("Cancelled", ErpOrderState::Other);
    }
    match text(row, "DocumentStatus").as_str() {
        OPEN => ("Open", ErpOrderState::Open),
        CLOSED if nothing_left_open(row) => {
            ("Closed (delivered or invoiced)", ErpOrderState::Completed)
        }
        CLOSED => ("Closed", ErpOrderState::Other),
        DELIVERED => ("Delivered", ErpOrderState::Completed),
        PAID => ("Paid", ErpOrderState::Completed),
        _ => ("Unknown status", ErpOrderState::Other),
    }
}

pub fn erp_order(row: &Map<String, Value>) -> ErpOrder {
    let (status, state) = state(row);
    ErpOrder {
        erp_id: text(row, "DocEntry"),
        external_id: text(row, "NumAtCard"),
        status: status.to_string(),
        state,
    }
}

/// A line copied from another document.
fn copied(line: &Value) -> bool {
    line.get("BaseType")
        .and_then(Value::as_i64)
        .is_some_and(|base| base != -1)
}

/// A delivery's or an A/R invoice's status, as SAP's screens put it.
fn posted_state(entity_set: &str, row: &Map<String, Value>) -> (String, ErpOrderState) {
    let what = if entity_set == INVOICES {
        "A/R invoice"
    } else {
        "Delivery"
    };
    if text(row, "Cancelled") == YES {
        return (format!("{what} (cancelled)"), ErpOrderState::Other);
    }
    let status = match (entity_set, text(row, "DocumentStatus").as_str()) {
        (INVOICES, OPEN) => format!("{what} (unpaid)"),
        (INVOICES, CLOSED | PAID) => format!("{what} (paid)"),
        _ => what.to_string(),
    };
    (status, ErpOrderState::Completed)
}

/// One row of `entity_set` as a sales document to reconcile; `None` for a copy of another
/// document and for a cancellation document.
pub fn sales_document(entity_set: &str, row: &Map<String, Value>) -> Option<ErpDocument> {
    if entity_set != ORDERS
        && (text(row, "CancelStatus") == CANCELLATION || lines(row).iter().any(copied))
    {
        return None;
    }
    let (status, state) = match entity_set {
        ORDERS => {
            let (status, state) = state(row);
            (status.to_string(), state)
        }
        DELIVERY_NOTES | INVOICES => posted_state(entity_set, row),
        _ => return None,
    };
    let entry = text(row, "DocEntry");
    Some(ErpDocument {
        // DocEntry counts per kind of document: an order keeps the id `order_status` takes.
        erp_id: if entity_set == ORDERS {
            entry
        } else {
            format!("{entity_set}({entry})")
        },
        number: text(row, "DocNum"),
        external_id: text(row, "NumAtCard"),
        status,
        state,
        date: text(row, "DocDate")
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
        customer: text(row, "CardCode"),
        total: row.get("DocTotal").and_then(wire_decimal::from_value),
        currency: text(row, "DocCurrency"),
        lines: Some(
            lines(row)
                .iter()
                .filter_map(|line| {
                    Some(ErpDocumentLine {
                        item: line.get("ItemCode")?.as_str()?.to_string(),
                        quantity: wire_decimal::from_value(line.get("Quantity")?)?,
                    })
                })
                .collect(),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn order(value: Value) -> ErpOrder {
        erp_order(value.as_object().unwrap())
    }

    #[test]
    fn a_closed_order_is_done_only_when_nothing_is_left_open() {
        let line =
            |open: f64| json!({"ItemCode": "A", "Quantity": 2, "RemainingOpenQuantity": open});
        let invoiced = order(
            json!({"DocEntry": 101, "NumAtCard": "s-1", "DocumentStatus": "bost_Close", "Cancelled": "tNO", "DocumentLines": [line(0.0)]}),
        );
        assert_eq!(
            (invoiced.status.as_str(), invoiced.state),
            ("Closed (delivered or invoiced)", ErpOrderState::Completed)
        );
        assert_eq!(invoiced.erp_id, "101");
        let by_hand = order(
            json!({"DocumentStatus": "bost_Close", "Cancelled": "tNO", "DocumentLines": [line(0.0), line(2.0)]}),
        );
        assert_eq!(by_hand.state, ErpOrderState::Other);
        let cancelled = order(
            json!({"DocumentStatus": "bost_Close", "Cancelled": "tYES", "DocumentLines": [line(0.0)]}),
        );
        assert_eq!(
            (cancelled.status.as_str(), cancelled.state),
            ("Cancelled", ErpOrderState::Other)
        );
        let open = order(json!({"DocumentStatus": "bost_Open", "Cancelled": "tNO"}));
        assert_eq!(open.state, ErpOrderState::Open);
    }

    #[test]
    fn copies_and_cancellations_are_not_sales_of_their_own() {
        let row = |value: Value| value.as_object().unwrap().clone();
        let direct = row(
            json!({"DocEntry": 7, "DocNum": 3, "NumAtCard": "s-9", "DocDate": "2026-11-20", "CardCode": "C1",
            "DocTotal": 53.48, "DocCurrency": "USD", "DocumentStatus": "bost_Open", "Cancelled": "tNO", "CancelStatus": "csNo",
            "DocumentLines": [{"ItemCode": "MUG", "Quantity": 2, "BaseType": -1}]}),
        );
        let invoice = sales_document(INVOICES, &direct).unwrap();
        assert_eq!(invoice.erp_id, "Invoices(7)");
        assert_eq!(
            (invoice.status.as_str(), invoice.state),
            ("A/R invoice (unpaid)", ErpOrderState::Completed)
        );
        assert_eq!(invoice.total, Some(rust_decimal::Decimal::new(5348, 2)));
        assert_eq!(invoice.lines.unwrap()[0].item, "MUG");
        let copy = row(
            json!({"DocEntry": 8, "DocumentLines": [{"ItemCode": "MUG", "Quantity": 2, "BaseType": 17, "BaseEntry": 101}]}),
        );
        assert!(sales_document(INVOICES, &copy).is_none());
        let cancellation =
            row(json!({"DocEntry": 9, "CancelStatus": "csCancellation", "DocumentLines": []}));
        assert!(sales_document(INVOICES, &cancellation).is_none());
        let order = sales_document(
            ORDERS,
            &row(json!({"DocEntry": 101, "DocumentStatus": "bost_Open", "Cancelled": "tNO"})),
        )
        .unwrap();
        assert_eq!(
            (
                order.erp_id.as_str(),
                order.external_id.as_str(),
                order.state
            ),
            ("101", "", ErpOrderState::Open)
        );
    }
}
