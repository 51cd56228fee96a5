//! A sales order's status, however NetSuite writes it, as one of our states.
//!
//! NetSuite writes it three ways: the record answer's `status` as `{id, refName}` where
//! recent accounts put the label in both (`{"id": "Pending Fulfillment", "refName": "Pending
//! Fulfillment"}`; field evidence, a REST record answer in seunsodimu/laguna_partner) while
//! the REST API Browser documents the letters A–H as `status.id`; `orderStatus` with the letter
//! (`{"id": "B", "refName": "B"}`); and SuiteQL's `transaction.status`, the bare letter (`B`),
//! or with its type in saved searches (`SalesOrd:B`). Letters and labels: Oracle's salesOrder
//! status enum with SOAP's SalesOrderOrderStatus names.

use crate::ErpOrderState;

/// (letter, label, state). Billed orders were taken and moved on; cancelled and closed ones
/// were not fulfilled as ordered.
const STATUSES: [(&str, &str, ErpOrderState); 8] = [
    ("A", "Pending Approval", ErpOrderState::Open),
    ("B", "Pending Fulfillment", ErpOrderState::Open),
    ("C", "Cancelled", ErpOrderState::Other),
    ("D", "Partially Fulfilled", ErpOrderState::Processing),
    (
        "E",
        "Pending Billing/Partially Fulfilled",
        ErpOrderState::Processing,
    ),
    ("F", "Pending Billing", ErpOrderState::Processing),
    ("G", "Billed", ErpOrderState::Completed),
    ("H", "Closed", ErpOrderState::Other),
];

/// A status as NetSuite wrote it, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The label people see, e.g. `Pending Fulfillment`; what NetSuite wrote when it is not
    /// one this app knows.
    pub text: String,
    pub state: ErpOrderState,
}

/// A letter (`B`, `SalesOrd:B`) or a label (`Pending Fulfillment`, any case). `None` when
/// it is neither: a status this app does not know.
fn known(value: &str) -> Option<(&'static str, ErpOrderState)> {
    let value = value.trim();
    let letter = value.strip_prefix("SalesOrd:").unwrap_or(value);
    STATUSES
        .iter()
        .find(|(l, label, _)| *l == letter || label.eq_ignore_ascii_case(value))
        .map(|(_, label, state)| (*label, *state))
}

/// The first of `candidates` that names a known status (the record's `status.refName`, then
/// `status.id`, then `orderStatus.id`); else the first non-empty one, as `Other`.
pub fn read(candidates: &[&str]) -> Status {
    candidates
        .iter()
        .find_map(|c| known(c))
        .map(|(label, state)| Status {
            text: label.to_string(),
            state,
        })
        .unwrap_or_else(|| Status {
            text: candidates
                .iter()
                .find(|c| !c.trim().is_empty())
                .map_or_else(|| "Unknown".to_string(), |c| c.trim().to_string()),
            state: ErpOrderState::Other,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_letters_and_typed_letters_read_alike() {
        for written in [
            "Pending Fulfillment",
            "B",
            "SalesOrd:B",
            "pending fulfillment",
        ] {
            let status = read(&[written]);
            assert_eq!(status.text, "Pending Fulfillment", "{written}");
            assert_eq!(status.state, ErpOrderState::Open, "{written}");
        }
        assert_eq!(read(&["Billed"]).state, ErpOrderState::Completed);
        assert_eq!(read(&["G"]).state, ErpOrderState::Completed);
        assert_eq!(read(&["Pending Billing"]).state, ErpOrderState::Processing);
        assert_eq!(read(&["Closed"]).state, ErpOrderState::Other);
        assert_eq!(read(&["Cancelled"]).state, ErpOrderState::Other);
        let odd = read(&["", "Awaiting Review"]);
        assert_eq!(
            (odd.text.as_str(), odd.state),
            ("Awaiting Review", ErpOrderState::Other)
        );
        assert_eq!(
            read(&["", "B"]).text,
            "Pending Fulfillment",
            "falls through to orderStatus"
        );
    }
}
