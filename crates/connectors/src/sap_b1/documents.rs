//! Sales documents as the connector reads them back: an order's state from `DocumentStatus`
//! (`BoStatus`), `Cancelled` and its lines' `RemainingOpenQuantity`.
//!
//! A sales order stays in `Orders` when SAP's users move it on: "Copy To" a delivery or an A/R
//! invoice lowers each line's open quantity and closes the order with its last open line; a
//! person can also close an order by hand (`Close`), or cancel it (`Cancel`, which sets
//! `Cancelled`). SAP cannot delete a sales order (guide §3.5.4). Told apart here: closed with
//! nothing left open means delivered or invoiced; closed with quantity left open means closed
//! by hand. (Inferred from the document flow; not checked against a real company.)

use serde_json::{Map, Value};

use super::wire::{CLOSED, DELIVERED, OPEN, PAID, YES};
use crate::odata::text;
use crate::{wire_decimal, ErpOrder, ErpOrderState};

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
}
