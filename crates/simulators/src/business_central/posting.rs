//! Posting a sales order, as a Business Central user does with Ship and Invoice (or an app
//! with the bound action `Microsoft.NAV.shipAndInvoice`).
//!
//! Source: `APIV2SalesOrders.Page.al`, procedure `ShipAndInvoice`: it posts the order with
//! Ship and Invoice through codeunit "Sales-Post", finds the posted invoice by the order's
//! number ("Order No."), and answers with result code `Deleted`: a fully shipped and
//! invoiced order's Sales Header is deleted, so it leaves `salesOrders`. The posted shipment
//! and invoice carry the order's External Document No. and its number as Order No.
//! (`orderNumber` on `APIV2SalesInvoices.Page.al` and `APIV2SalesShipments.Page.al`). A posted
//! invoice reads `Open` until it is paid.

use serde_json::{json, Map, Value};

use super::orders::code;
use super::{guid, BcPostedDocument, BcState};

/// Why an order could not be posted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostingRefused {
    NoSuchOrder,
    /// Business Central's own text. Source: codeunit 80 "Sales-Post",
    /// `PostingDateNotAllowedErr` ('%1 is not within your range of allowed posting dates.').
    PostingDate(String),
}

/// Header fields a posted document keeps from its order (those both pages show).
const KEPT: [&str; 20] = [
    "customerId",
    "customerNumber",
    "customerName",
    "billToName",
    "billToCustomerNumber",
    "shipToName",
    "shipToContact",
    "sellToAddressLine1",
    "sellToAddressLine2",
    "sellToCity",
    "sellToCountry",
    "sellToState",
    "sellToPostCode",
    "shipToAddressLine1",
    "shipToAddressLine2",
    "shipToCity",
    "shipToCountry",
    "shipToState",
    "shipToPostCode",
    "currencyCode",
];

fn kept(header: &Map<String, Value>) -> Map<String, Value> {
    KEPT.iter()
        .filter_map(|k| header.get(*k).map(|v| (k.to_string(), v.clone())))
        .collect()
}

/// Lines of a posted document: the item lines as they were ordered.
fn posted_lines(lines: &[Map<String, Value>], document_id: &str) -> Vec<Map<String, Value>> {
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let mut row = Map::new();
            row.insert("id".into(), json!(format!("{document_id}-{i:04}")));
            row.insert("documentId".into(), json!(document_id));
            for k in [
                "sequence",
                "lineType",
                "lineObjectNumber",
                "description",
                "quantity",
                "unitPrice",
            ] {
                if let Some(v) = line.get(k) {
                    row.insert(k.into(), v.clone());
                }
            }
            row
        })
        .collect()
}

/// Post the open order with this id or external document number; the posted invoice's
/// number.
pub fn ship_and_invoice(s: &mut BcState, key: &str) -> Result<String, PostingRefused> {
    let stored = code(key);
    let i = s
        .sales_orders
        .iter()
        .position(|o| o.id == key || o.external_document_number == stored)
        .ok_or(PostingRefused::NoSuchOrder)?;
    let order = &s.sales_orders[i];
    let posting_date = order
        .header
        .get("postingDate")
        .and_then(Value::as_str)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    if let (Some(date), Some(from)) = (posting_date, s.allow_posting_from) {
        if date < from {
            return Err(PostingRefused::PostingDate(
                "Posting Date is not within your range of allowed posting dates.".into(),
            ));
        }
    }
    let order = s.sales_orders.remove(i);
    let document_date = order
        .header
        .get("orderDate")
        .cloned()
        .unwrap_or(Value::Null);
    let posting = order
        .header
        .get("postingDate")
        .cloned()
        .unwrap_or(Value::Null);

    let n = s.next();
    let shipment_id = guid(n);
    let mut shipment = kept(&order.header);
    shipment.insert("invoiceDate".into(), document_date.clone());
    shipment.insert("postingDate".into(), posting.clone());
    s.sales_shipments.push(BcPostedDocument {
        id: shipment_id.clone(),
        number: (102_000 + n).to_string(),
        external_document_number: order.external_document_number.clone(),
        order_number: order.number.clone(),
        header: shipment,
        lines: posted_lines(&order.lines, &shipment_id),
    });

    let n = s.next();
    let invoice_id = guid(n);
    let number = (103_000 + n).to_string();
    let mut invoice = kept(&order.header);
    invoice.insert("invoiceDate".into(), document_date);
    invoice.insert("postingDate".into(), posting);
    invoice.insert("status".into(), json!("Open"));
    for total in [
        "totalAmountExcludingTax",
        "totalTaxAmount",
        "totalAmountIncludingTax",
    ] {
        if let Some(v) = order.header.get(total) {
            invoice.insert(total.into(), v.clone());
        }
    }
    invoice.insert("orderId".into(), json!(order.id));
    s.sales_invoices.push(BcPostedDocument {
        id: invoice_id.clone(),
        number: number.clone(),
        external_document_number: order.external_document_number,
        order_number: order.number,
        header: invoice,
        lines: posted_lines(&order.lines, &invoice_id),
    });
    Ok(number)
}

/// A posted document as `salesInvoices` / `salesShipments` serve it.
pub fn row(document: &BcPostedDocument) -> Map<String, Value> {
    let mut row = Map::new();
    row.insert("id".into(), json!(document.id));
    row.insert("number".into(), json!(document.number));
    row.insert(
        "externalDocumentNumber".into(),
        json!(document.external_document_number),
    );
    row.insert("orderNumber".into(), json!(document.order_number));
    for (k, v) in &document.header {
        row.insert(k.clone(), v.clone());
    }
    row
}
