//! Marketing documents: sales orders (`Orders`, table ORDR, object 17), deliveries
//! (`DeliveryNotes`, ODLN, 15) and A/R invoices (`Invoices`, OINV, 13), all of entity type
//! `Document` in the `$metadata`.
//!
//! Sources: the guide §3.5 (create: `POST /b1s/v1/Orders` with `CardCode`, `DocDate`,
//! `DocDueDate` and `DocumentLines` of `ItemCode`, `Quantity`, `UnitPrice`, `TaxCode` → 201
//! with `DocEntry`, `DocNum` and the lines' `LineNum`; §3.5.4: a sales order cannot be
//! deleted, answered -5006); the `$metadata` bound actions `Close` and `Cancel` on `Document`
//! (what SAP's own users do instead of deleting); `BoStatus` (`bost_Open`, `bost_Close`) for
//! `DocumentStatus` and `LineStatus`; `BoYesNoEnum` for `Cancelled`. The DI API's checks run in
//! the order the recorded refusals show (business partner, posting period, field lengths,
//! lines), first failure wins.
//!
//! Stock: SDK help, CompanyInfo `BlockStockNegativeQuantity`: "block documents that would
//! cause negative inventory level". A delivery, or an A/R invoice not based on a delivery,
//! takes the stock out; a sales order changes no stock level (it only commits), so SAP takes
//! an order whatever the stock.

use axum::http::StatusCode;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::answers::{
    document_not_open, invalid_bp_code, invalid_property, invalid_request, invalid_tax_code,
    item_missing, negative_inventory, value_too_long, Reply,
};
use super::master::number;
use super::{periods, SapDocument, SapState};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DocumentKind {
    Order,
    DeliveryNote,
    Invoice,
}

impl DocumentKind {
    pub const ALL: [Self; 3] = [Self::Order, Self::DeliveryNote, Self::Invoice];

    pub fn entity_set(self) -> &'static str {
        match self {
            Self::Order => "Orders",
            Self::DeliveryNote => "DeliveryNotes",
            Self::Invoice => "Invoices",
        }
    }

    /// The document's header table, as SAP's messages name it (`[ORDR.CardCode]`).
    fn table(self) -> &'static str {
        match self {
            Self::Order => "ORDR",
            Self::DeliveryNote => "ODLN",
            Self::Invoice => "OINV",
        }
    }

    /// The object type a copied line names in `BaseType`.
    fn object_type(self) -> i64 {
        match self {
            Self::Order => 17,
            Self::DeliveryNote => 15,
            Self::Invoice => 13,
        }
    }

    pub fn from_set(set: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.entity_set() == set)
    }
}

/// The header properties the simulator keeps, as the `$metadata` names them on `Document`.
pub const DOCUMENT_PROPERTIES: &[&str] = &[
    "DocEntry",
    "DocNum",
    "DocDate",
    "DocDueDate",
    "TaxDate",
    "NumAtCard",
    "CardCode",
    "DocCurrency",
    "Comments",
    "DocTotal",
    "DocumentStatus",
    "Cancelled",
    "CancelStatus",
    "DocumentLines",
    "AddressExtension",
];

/// The line properties it keeps (`DocumentLine`).
pub const LINE_PROPERTIES: &[&str] = &[
    "LineNum",
    "ItemCode",
    "ItemDescription",
    "Quantity",
    "UnitPrice",
    "TaxCode",
    "VatGroup",
    "LineTotal",
    "LineStatus",
    "RemainingOpenQuantity",
    "BaseType",
    "BaseEntry",
    "BaseLine",
];

/// `AddressExtension` parts, each as `ShipTo…` and `BillTo…`, with their lengths (CRD1:
/// Street, Block, City 100; ZipCode 20; State and Country hold codes of three characters).
const ADDRESS_PARTS: &[(&str, usize)] = &[
    ("Street", 100),
    ("StreetNo", 100),
    ("Block", 100),
    ("Building", 100),
    ("City", 100),
    ("ZipCode", 20),
    ("County", 100),
    ("State", 3),
    ("Country", 3),
];

/// Every `AddressExtension` property the simulator keeps.
pub fn address_properties() -> Vec<String> {
    ["ShipTo", "BillTo"]
        .iter()
        .flat_map(|side| {
            ADDRESS_PARTS
                .iter()
                .map(move |(part, _)| format!("{side}{part}"))
        })
        .collect()
}

fn object(value: &Value) -> Map<String, Value> {
    value.as_object().cloned().unwrap_or_default()
}

/// A document as the Service Layer shows it.
pub fn row(d: &SapDocument) -> Map<String, Value> {
    let mut row = object(&d.body);
    row.insert("DocEntry".into(), json!(d.doc_entry));
    row.insert("DocNum".into(), json!(d.doc_num));
    row.insert("NumAtCard".into(), json!(d.num_at_card));
    row.insert("DocDate".into(), json!(d.doc_date.to_string()));
    row.insert("CardCode".into(), json!(d.card_code));
    row.insert("DocumentStatus".into(), json!(d.status));
    row.insert(
        "Cancelled".into(),
        json!(if d.cancelled { "tYES" } else { "tNO" }),
    );
    row.insert(
        "CancelStatus".into(),
        json!(if d.cancelled { "csYes" } else { "csNo" }),
    );
    row.entry("DocumentLines").or_insert_with(|| json!([]));
    row.entry("DocTotal").or_insert_with(|| json!(0));
    row
}

pub fn rows(s: &SapState, kind: DocumentKind) -> Vec<Map<String, Value>> {
    s.documents
        .iter()
        .filter(|d| d.kind == kind)
        .map(row)
        .collect()
}

fn next_numbers(s: &SapState, kind: DocumentKind) -> (u64, u64) {
    let entry = s
        .documents
        .iter()
        .filter(|d| d.kind == kind)
        .map(|d| d.doc_entry)
        .max()
        .unwrap_or(99)
        + 1;
    (entry, entry - 90)
}

/// A document put straight into the company, as the old integration or a person left it.
pub fn insert(
    s: &mut SapState,
    kind: DocumentKind,
    num_at_card: &str,
    date: NaiveDate,
    customer: Option<String>,
) -> u64 {
    let (doc_entry, doc_num) = next_numbers(s, kind);
    s.documents.push(SapDocument {
        kind,
        doc_entry,
        doc_num,
        num_at_card: num_at_card.into(),
        doc_date: date,
        card_code: customer.unwrap_or_default(),
        status: "bost_Open".into(),
        cancelled: false,
        body: json!({}),
    });
    doc_entry
}

/// Names the simulator does not keep are refused, as the Service Layer refuses a property
/// its `Document` does not have.
fn unknown_property(body: &Map<String, Value>) -> Option<Reply> {
    if let Some(name) = body
        .keys()
        .find(|k| !DOCUMENT_PROPERTIES.contains(&k.as_str()))
    {
        return Some(invalid_property(name, "Document"));
    }
    for line in lines(body) {
        if let Some(name) = line.keys().find(|k| !LINE_PROPERTIES.contains(&k.as_str())) {
            return Some(invalid_property(name, "DocumentLine"));
        }
    }
    let address = body.get("AddressExtension").map(object).unwrap_or_default();
    let known = |k: &str| {
        ["ShipTo", "BillTo"].iter().any(|side| {
            k.strip_prefix(side)
                .is_some_and(|part| ADDRESS_PARTS.iter().any(|(p, _)| *p == part))
        })
    };
    address
        .keys()
        .find(|k| !known(k))
        .map(|name| invalid_property(name, "AddressExtension"))
}

fn lines(body: &Map<String, Value>) -> Vec<Map<String, Value>> {
    body.get("DocumentLines")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(object)
        .collect()
}

fn text<'a>(map: &'a Map<String, Value>, name: &str) -> &'a str {
    map.get(name).and_then(Value::as_str).unwrap_or_default()
}

/// An `Edm.Double` as sent: a JSON number (a string is not one).
fn decimal(map: &Map<String, Value>, name: &str) -> Decimal {
    map.get(name)
        .filter(|v| v.is_number())
        .and_then(|v| v.to_string().parse::<Decimal>().ok())
        .unwrap_or_default()
}

fn address_too_long(body: &Map<String, Value>) -> Option<Reply> {
    let address = body.get("AddressExtension").map(object).unwrap_or_default();
    address.iter().find_map(|(property, value)| {
        let part = property
            .strip_prefix("ShipTo")
            .or_else(|| property.strip_prefix("BillTo"))?;
        let (_, max) = ADDRESS_PARTS.iter().find(|(p, _)| *p == part)?;
        (value.as_str().unwrap_or_default().chars().count() > *max)
            .then(|| value_too_long(property, "AddressExtension"))
    })
}

/// The line's tax rate in percent, or its refusal: a US-style company takes `TaxCode` from its
/// sales tax codes valid for sales; a VAT company takes `VatGroup` from its output groups.
fn tax_rate(s: &SapState, line: &Map<String, Value>, date: NaiveDate) -> Result<Decimal, Reply> {
    let tax_code = text(line, "TaxCode");
    if !tax_code.is_empty() {
        return s
            .sales_tax_codes
            .iter()
            .find(|t| t.code == tax_code && t.valid_for_ar && !t.inactive)
            .map(|t| t.rate)
            .ok_or_else(|| invalid_tax_code("TaxCode", tax_code));
    }
    let group = text(line, "VatGroup");
    if !group.is_empty() {
        return s
            .vat_groups
            .iter()
            .find(|g| g.code == group && g.output && !g.inactive)
            .and_then(|g| {
                g.rates
                    .iter()
                    .filter(|(from, _)| *from <= date)
                    .max_by_key(|(from, _)| *from)
                    .map(|(_, rate)| *rate)
            })
            .ok_or_else(|| invalid_tax_code("VatGroup", group));
    }
    Ok(Decimal::ZERO)
}

/// Whether this document takes stock out of the warehouse.
fn issues_stock(kind: DocumentKind, line: &Map<String, Value>) -> bool {
    match kind {
        DocumentKind::Order => false,
        DocumentKind::DeliveryNote => true,
        // An invoice copied from a delivery was issued by the delivery.
        DocumentKind::Invoice => line.get("BaseType").and_then(Value::as_i64) != Some(15),
    }
}

/// A document that passed SAP's checks.
struct Checked {
    /// The lines as SAP completes them (`LineNum`, `LineTotal`, open quantity).
    lines: Vec<Value>,
    total: Decimal,
    /// (item, quantity) each line takes out of stock.
    stock_out: Vec<(String, Decimal)>,
}

/// The checks the DI API runs on a document, first failure wins.
fn checked(s: &SapState, kind: DocumentKind, body: &Map<String, Value>) -> Result<Checked, Reply> {
    if let Some(refusal) = unknown_property(body) {
        return Err(refusal);
    }
    let card = text(body, "CardCode");
    if !s.partners.iter().any(|p| p.code == card) {
        return Err(invalid_bp_code(kind.table(), card));
    }
    let date = NaiveDate::parse_from_str(text(body, "DocDate"), "%Y-%m-%d").ok();
    if let Some(refusal) = periods::refusal(s, date) {
        return Err(refusal);
    }
    let date = date.unwrap_or(s.today);
    if let Some(refusal) = address_too_long(body) {
        return Err(refusal);
    }
    let mut total = Decimal::ZERO;
    let mut taken: Vec<(String, Decimal)> = Vec::new();
    let mut out = Vec::new();
    for (index, mut line) in lines(body).into_iter().enumerate() {
        let line_number = index + 1;
        let code = text(&line, "ItemCode").to_string();
        let Some(item) = s
            .items
            .iter()
            .find(|i| i.code == code && i.valid && !i.frozen && i.sales_item)
        else {
            return Err(item_missing(line_number));
        };
        if let Some(name) = ["Quantity", "UnitPrice"]
            .into_iter()
            .find(|name| line.get(*name).is_some_and(|v| !v.is_number()))
        {
            // `Edm.Double` in the `$metadata`; the wording of SAP's refusal was not recorded.
            return Err(invalid_request(&format!(
                "Property '{name}' of 'DocumentLine' expects a number"
            )));
        }
        let rate = tax_rate(s, &line, date)?;
        let quantity = decimal(&line, "Quantity");
        if issues_stock(kind, &line) && item.inventory_item {
            let already: Decimal = taken
                .iter()
                .filter(|(c, _)| *c == code)
                .map(|(_, q)| *q)
                .sum();
            if s.block_negative_inventory && item.on_hand - already - quantity < Decimal::ZERO {
                return Err(negative_inventory(line_number));
            }
            taken.push((code.clone(), quantity));
        }
        let line_total = (quantity * decimal(&line, "UnitPrice")).round_dp(2);
        total += line_total + (line_total * rate / Decimal::ONE_HUNDRED).round_dp(2);
        line.insert("LineNum".into(), json!(index));
        line.insert("LineTotal".into(), number(line_total));
        line.insert("LineStatus".into(), json!("bost_Open"));
        line.insert("RemainingOpenQuantity".into(), number(quantity));
        out.push(Value::Object(line));
    }
    Ok(Checked {
        lines: out,
        total,
        stock_out: taken,
    })
}

/// `POST Orders` / `DeliveryNotes` / `Invoices`: the document as stored, or SAP's refusal.
pub fn create(s: &mut SapState, kind: DocumentKind, body: Map<String, Value>) -> Reply {
    let reference = text(&body, "NumAtCard").to_string();
    let Checked {
        lines,
        total,
        stock_out,
    } = match checked(s, kind, &body) {
        Ok(done) => done,
        Err(refusal) => return refusal,
    };
    for (code, quantity) in stock_out {
        if let Some(item) = s.items.iter_mut().find(|i| i.code == code) {
            item.on_hand -= quantity;
        }
    }
    for line in &lines {
        close_base_line(s, line);
    }
    let (doc_entry, doc_num) = next_numbers(s, kind);
    let mut stored = body;
    stored.insert("DocumentLines".into(), Value::Array(lines));
    stored.insert("DocTotal".into(), number(total));
    let document = SapDocument {
        kind,
        doc_entry,
        doc_num,
        num_at_card: reference,
        doc_date: NaiveDate::parse_from_str(text(&stored, "DocDate"), "%Y-%m-%d")
            .unwrap_or(s.today),
        card_code: text(&stored, "CardCode").to_string(),
        status: "bost_Open".into(),
        cancelled: false,
        body: Value::Object(stored),
    };
    let created = row(&document);
    s.documents.push(document);
    Reply::json(StatusCode::CREATED, Value::Object(created))
}

/// A line copied from an order ("Copy To"): the order line's open quantity goes down, the line
/// closes when nothing is left, and the order closes with its last line.
fn close_base_line(s: &mut SapState, line: &Value) {
    let (Some(base_type), Some(base_entry), Some(base_line)) = (
        line.get("BaseType").and_then(Value::as_i64),
        line.get("BaseEntry").and_then(Value::as_u64),
        line.get("BaseLine").and_then(Value::as_u64),
    ) else {
        return;
    };
    let quantity = line
        .get("Quantity")
        .and_then(|v| v.to_string().parse::<Decimal>().ok())
        .unwrap_or_default();
    let Some(base) = s
        .documents
        .iter_mut()
        .find(|d| d.kind.object_type() == base_type && d.doc_entry == base_entry && !d.cancelled)
    else {
        return;
    };
    let Some(lines) = base
        .body
        .get_mut("DocumentLines")
        .and_then(Value::as_array_mut)
    else {
        return;
    };
    if let Some(open) = lines
        .iter_mut()
        .find(|l| l.get("LineNum").and_then(Value::as_u64) == Some(base_line))
    {
        let left = (decimal(&object(open), "RemainingOpenQuantity") - quantity).max(Decimal::ZERO);
        open["RemainingOpenQuantity"] = number(left);
        if left.is_zero() {
            open["LineStatus"] = json!("bost_Close");
        }
    }
    if lines.iter().all(|l| l["LineStatus"] == "bost_Close") {
        base.status = "bost_Close".into();
    }
}

/// A delivery or invoice copied from every open line of an order, as SAP's "Copy To" makes it.
pub fn copy_body(s: &SapState, order_entry: u64) -> Option<Map<String, Value>> {
    let order = s
        .documents
        .iter()
        .find(|d| d.kind == DocumentKind::Order && d.doc_entry == order_entry)?;
    let lines: Vec<Value> = order
        .body
        .get("DocumentLines")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|l| l["LineStatus"] == "bost_Open")
        .map(|l| {
            json!({
                "ItemCode": l["ItemCode"],
                "Quantity": l["RemainingOpenQuantity"],
                "UnitPrice": l["UnitPrice"],
                "BaseType": DocumentKind::Order.object_type(),
                "BaseEntry": order.doc_entry,
                "BaseLine": l["LineNum"],
            })
        })
        .collect();
    let date = s.today.max(order.doc_date).to_string();
    Some(object(&json!({
        "CardCode": order.card_code,
        "DocDate": date,
        "DocDueDate": date,
        "NumAtCard": order.num_at_card,
        "DocumentLines": lines,
    })))
}

/// A new document of the same sale as the first order carrying `num_at_card`: its customer,
/// date and lines, written from scratch (no `BaseType`), as another integration sends it.
pub fn repeat_body(s: &SapState, num_at_card: &str) -> Option<Map<String, Value>> {
    let order = s
        .documents
        .iter()
        .find(|d| d.kind == DocumentKind::Order && d.num_at_card == num_at_card)?;
    let lines: Vec<Value> = lines(&object(&order.body))
        .into_iter()
        .map(|l| {
            let mut line = Map::new();
            for key in ["ItemCode", "Quantity", "UnitPrice", "TaxCode", "VatGroup"] {
                if let Some(value) = l.get(key) {
                    line.insert(key.into(), value.clone());
                }
            }
            Value::Object(line)
        })
        .collect();
    let date = order.doc_date.to_string();
    Some(object(&json!({
        "CardCode": order.card_code,
        "DocDate": date,
        "DocDueDate": date,
        "NumAtCard": num_at_card,
        "DocumentLines": lines,
    })))
}

/// `POST Orders(n)/Close` and `POST Orders(n)/Cancel`: an open order ends without being
/// delivered; `Cancel` also marks it `Cancelled`. Answered 204 with no body.
pub fn end(s: &mut SapState, kind: DocumentKind, doc_entry: u64, cancel: bool) -> Reply {
    let Some(document) = s
        .documents
        .iter_mut()
        .find(|d| d.kind == kind && d.doc_entry == doc_entry)
    else {
        return super::answers::no_matching_records();
    };
    if document.status != "bost_Open" || document.cancelled {
        return document_not_open();
    }
    document.status = "bost_Close".into();
    document.cancelled = cancel;
    if let Some(lines) = document
        .body
        .get_mut("DocumentLines")
        .and_then(Value::as_array_mut)
    {
        for line in lines {
            line["LineStatus"] = json!("bost_Close");
        }
    }
    Reply::empty(StatusCode::NO_CONTENT)
}

/// The body of a POST, as an object, or the refusal of anything else.
pub fn body_object(body: &[u8]) -> Result<Map<String, Value>, Reply> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(invalid_request("The request body is not a JSON object")),
    }
}
