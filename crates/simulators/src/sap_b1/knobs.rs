//! What SAP's own users, and other integrations, do to a company, for tests to do the same
//! through the state handle (`sim.update(|s| s.cancel_order(entry))`). Each goes through the
//! same code as the Service Layer request it stands for.
//!
//! SAP Business One deletes no sales order (guide §3.5.4: -5006); its users `Close` one
//! (it ends without being delivered) or `Cancel` it (bound actions on `Document` in the
//! `$metadata`), and move one on with "Copy To" a delivery or an A/R invoice. `NumAtCard` is
//! the customer's reference and SAP keeps it unique nowhere, so another integration can post a
//! second document carrying the same store reference.

use serde_json::{json, Value};

use super::documents::{self, DocumentKind};
use super::SapState;

fn outcome(reply: super::answers::Reply) -> Result<(), Value> {
    if reply.status.is_success() {
        Ok(())
    } else {
        Err(reply.body.unwrap_or_default())
    }
}

fn created(reply: super::answers::Reply) -> Result<u64, Value> {
    match (reply.status.is_success(), reply.body) {
        (true, Some(created)) => Ok(created["DocEntry"].as_u64().unwrap_or_default()),
        (_, body) => Err(body.unwrap_or_default()),
    }
}

impl SapState {
    /// `POST Orders(n)/Close`: SAP's answer when it refuses.
    pub fn close_order(&mut self, doc_entry: u64) -> Result<(), Value> {
        outcome(documents::end(self, DocumentKind::Order, doc_entry, false))
    }

    /// `POST Orders(n)/Cancel`.
    pub fn cancel_order(&mut self, doc_entry: u64) -> Result<(), Value> {
        outcome(documents::end(self, DocumentKind::Order, doc_entry, true))
    }

    /// "Copy To" a delivery or an A/R invoice from every open line of an order, through the
    /// checks of `POST DeliveryNotes` / `POST Invoices`: the order's lines close and the stock
    /// goes out, or SAP refuses (a negative-inventory refusal among them). Returns the new
    /// document's DocEntry, or SAP's error body.
    pub fn copy_order(&mut self, order_entry: u64, into: DocumentKind) -> Result<u64, Value> {
        let body = documents::copy_body(self, order_entry)
            .ok_or_else(|| json!({ "error": "no such order" }))?;
        created(documents::create(self, into, body))
    }

    /// Another integration posts the sale of the first order carrying `num_at_card` again, as
    /// a new document of `kind` with the same reference (`POST Orders` / `POST Invoices`).
    pub fn post_again(&mut self, num_at_card: &str, kind: DocumentKind) -> Result<u64, Value> {
        let body = documents::repeat_body(self, num_at_card)
            .ok_or_else(|| json!({ "error": "no order carries this reference" }))?;
        created(documents::create(self, kind, body))
    }
}
