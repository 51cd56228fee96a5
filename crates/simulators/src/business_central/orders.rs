//! Sales orders: the deep insert `APIV2 - Sales Orders` and `APIV2 - Sales Order Lines` take,
//! the rows they serve, and deleting an open order.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

use super::odata::{correlation, error, unknown_property, Refusal, Row};
use super::pages::{self, Page, Stored};
use super::{guid, BcSalesOrder, BcState};
use crate::faults::cut_off;

/// Source: `APIV2SalesOrders.Page.al`, `SellToCustomerNotProvidedErr`, checked on insert.
const CUSTOMER_NOT_PROVIDED: &str = "A \"customerNumber\" or a \"customerId\" must be provided.";
/// Source: `APIV2SalesOrders.Page.al`, `CouldNotFindSellToCustomerErr`.
const SELL_TO_CUSTOMER_NOT_FOUND: &str = "The sell-to customer cannot be found.";
/// Source: `APIV2SalesOrders.Page.al`, `CurrencyCodeDoesNotMatchACurrencyErr`.
const CURRENCY_NOT_FOUND: &str = "The \"currencyCode\" does not match to a Currency.";
/// Source: `APIV2SalesOrderLines.Page.al`, `ItemDoesNotExistErr` (`lineObjectNumber`
/// validated with `Item.Get`).
const ITEM_DOES_NOT_EXIST: &str = "Item does not exist.";

/// An AL `Error(…)` as the API answers it: 400 `Application_DialogException` (Microsoft's
/// error table, `NavNCLDialogException`).
fn dialog(message: &str) -> Response {
    error(
        StatusCode::BAD_REQUEST,
        "Application_DialogException",
        &format!("{message}{}", correlation()),
    )
}

/// Source: Microsoft's error table, `NavNCLStringLengthExceededException` →
/// `Application_StringExceededLength`, "The length of the string is 57, but it must be less
/// than or equal to 50 characters. Value: …".
pub fn too_long(value: &str, max: usize) -> Refusal {
    Refusal::new(
        StatusCode::BAD_REQUEST,
        "Application_StringExceededLength",
        &format!(
            "The length of the string is {}, but it must be less than or equal to {max} characters. Value: {value}",
            value.chars().count()
        ),
    )
}

/// Source: Microsoft's error table, `ODataInvalidOperationException` →
/// `BadRequest_InvalidOperation`, "Control 'Last Date Modified' is read-only"; a real answer
/// to a POST naming an `Editable = false` field is 400 "Control 'taxAreaDisplayName' is
/// read-only." (MicrosoftDocs/dynamics365smb-devitpro-pb issue 618). Whether a correlation
/// id follows is not known; none is added.
fn read_only(field: &str) -> Refusal {
    Refusal::new(
        StatusCode::BAD_REQUEST,
        "BadRequest_InvalidOperation",
        &format!("Control '{field}' is read-only."),
    )
}

/// An `Edm.Decimal` sent as a JSON string. OData's JSON format writes decimals as numbers
/// unless the request says `IEEE754Compatible=true`, and Microsoft's examples send numbers;
/// the exact text Business Central answers with was not confirmed.
fn not_a_decimal(field: &str, value: &str) -> Refusal {
    Refusal::new(
        StatusCode::BAD_REQUEST,
        "BadRequest",
        &format!("Cannot convert the literal '{value}' to the expected type 'Edm.Decimal' (property '{field}')."),
    )
}

/// A Code field's value: no leading or trailing spaces, upper case, letter for letter (as
/// .NET upper-cases). Source: Microsoft's "Code Data Type" reference.
pub fn code(value: &str) -> String {
    value
        .trim()
        .chars()
        .map(|c| {
            let mut upper = c.to_uppercase();
            match (upper.next(), upper.next()) {
                (Some(u), None) => u,
                _ => c,
            }
        })
        .collect()
}

/// The fields of a body as the page stores them, or Business Central's answer to it: a
/// field the page lacks, then one it marks read-only, then each value against its field.
/// Parts (`salesOrderLines`) are left to the caller.
pub fn stored_fields(
    page: &Page,
    body: &Map<String, Value>,
) -> Result<Map<String, Value>, Refusal> {
    let fields = body
        .iter()
        .filter(|(k, _)| !page.parts.contains(&k.as_str()));
    if let Some((name, _)) = fields.clone().find(|(k, _)| page.field(k).is_none()) {
        return Err(unknown_property(page, name));
    }
    if let Some((name, _)) = fields
        .clone()
        .find(|(k, _)| page.field(k).is_some_and(|f| !f.editable))
    {
        return Err(read_only(name));
    }
    let mut stored = Map::new();
    for (name, value) in fields {
        let Some(field) = page.field(name) else {
            continue;
        };
        let value = match (field.stored, value) {
            (Stored::Code(max), Value::String(text)) => {
                let kept = code(text);
                if kept.chars().count() > max {
                    return Err(too_long(&kept, max));
                }
                Value::String(kept)
            }
            (Stored::Text(max), Value::String(text)) => {
                if text.chars().count() > max {
                    return Err(too_long(text, max));
                }
                value.clone()
            }
            (Stored::Decimal, Value::String(text)) => return Err(not_a_decimal(name, text)),
            _ => value.clone(),
        };
        stored.insert(name.clone(), value);
    }
    Ok(stored)
}

fn decimal(value: Option<&Value>) -> Decimal {
    match value {
        Some(Value::Number(n)) => n.to_string().parse().unwrap_or_default(),
        _ => Decimal::ZERO,
    }
}

fn number(value: Decimal) -> Value {
    value
        .normalize()
        .to_string()
        .parse::<serde_json::Number>()
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

fn field<'a>(row: &'a Map<String, Value>, name: &str) -> &'a str {
    row.get(name).and_then(Value::as_str).unwrap_or_default()
}

/// The page's own checks of an insert, in the order its triggers run them.
fn refusal(
    s: &BcState,
    header: &Map<String, Value>,
    lines: &[Map<String, Value>],
) -> Option<Response> {
    let customer = field(header, "customerNumber");
    if !customer.is_empty()
        && !s
            .customers
            .iter()
            .any(|(number, _, _)| code(number) == customer)
    {
        return Some(dialog(SELL_TO_CUSTOMER_NOT_FOUND));
    }
    let currency = field(header, "currencyCode");
    if !currency.is_empty()
        && currency != s.local_currency
        && !s.currencies.iter().any(|c| c == currency)
    {
        return Some(dialog(CURRENCY_NOT_FOUND));
    }
    for prefix in ["sellTo", "shipTo"] {
        let country = field(header, &format!("{prefix}Country"));
        if !country.is_empty() && !s.countries.iter().any(|c| c == country) {
            // Source: Microsoft's error table, `NavCSideValidateTableRelationException` →
            // `Internal_InvalidTableRelation`, "The field … of table … contains a value (…)
            // that cannot be found in the related table (…)."
            let table_field = if prefix == "shipTo" {
                "Ship-to Country/Region Code"
            } else {
                "Sell-to Country/Region Code"
            };
            return Some(error(StatusCode::BAD_REQUEST, "Internal_InvalidTableRelation", &format!("The field {table_field} of table Sales Header contains a value ({country}) that cannot be found in the related table (Country/Region).")));
        }
    }
    if customer.is_empty() && field(header, "customerId").is_empty() {
        return Some(dialog(CUSTOMER_NOT_PROVIDED));
    }
    // Whether Business Central checks the allowed posting dates when an order is created, or
    // only when it is posted (where the text comes from: codeunit 11 "Gen. Jnl.-Check Line",
    // codeunit 80 "Sales-Post"), was not confirmed: the simulator refuses at creation.
    let posting = NaiveDate::parse_from_str(field(header, "postingDate"), "%Y-%m-%d").ok();
    if let (Some(date), Some(from)) = (posting, s.allow_posting_from) {
        if date < from {
            return Some(dialog(
                "Posting Date is not within your range of allowed posting dates.",
            ));
        }
    }
    for line in lines {
        let number = field(line, "lineObjectNumber");
        if field(line, "lineType") != "Item" {
            continue;
        }
        match s.items.iter().find(|(n, _)| code(n) == number) {
            None => return Some(dialog(ITEM_DOES_NOT_EXIST)),
            // A TestField on the item, in the form of Microsoft's error table; the exact text
            // for a blocked item on a sales line was not confirmed.
            Some((_, true)) => {
                return Some(error(
                    StatusCode::BAD_REQUEST,
                    "Application_FieldValidationException",
                    &format!("Blocked must be equal to 'No'  in Item: No.={number}. Current value is 'Yes'.{}", correlation()),
                ))
            }
            Some(_) => {}
        }
    }
    None
}

/// Take the fault armed for an external id, whichever case it was armed in.
fn take_fault(set: &mut std::collections::HashSet<String>, external: &str) -> bool {
    let armed = set.iter().find(|id| code(id) == external).cloned();
    armed.is_some_and(|id| set.remove(&id))
}

/// What the insert fills in itself. Source: `APIV2SalesOrders.Page.al` (customer fields from
/// the customer card, status `Draft` for a new order, the totals computed) and the vendor
/// audit of 2026-12 ("on insert Business Central copies the sell-to address into bill-to";
/// the base application's Sales Header, not read here). The simulator computes no tax: its
/// totals including tax are the line amounts.
fn filled_in(s: &BcState, header: &mut Map<String, Value>, lines: &[Map<String, Value>]) {
    let customer = field(header, "customerNumber").to_string();
    let name = s
        .customers
        .iter()
        .find(|(number, _, _)| code(number) == customer)
        .map(|(_, name, _)| name.clone())
        .unwrap_or_default();
    for (key, value) in [
        ("customerName", json!(name)),
        ("billToName", json!(name)),
        ("billToCustomerNumber", json!(customer)),
    ] {
        header.insert(key.into(), value);
    }
    for part in [
        "AddressLine1",
        "AddressLine2",
        "City",
        "Country",
        "State",
        "PostCode",
    ] {
        if let Some(value) = header.get(&format!("sellTo{part}")).cloned() {
            header.insert(format!("billTo{part}"), value);
        }
    }
    let total: Decimal = lines
        .iter()
        .map(|l| decimal(l.get("quantity")) * decimal(l.get("unitPrice")))
        .sum();
    header.insert("totalAmountExcludingTax".into(), number(total));
    header.insert("totalTaxAmount".into(), number(Decimal::ZERO));
    header.insert("totalAmountIncludingTax".into(), number(total));
    header.insert(
        "lastModifiedDateTime".into(),
        json!(chrono::Utc::now().to_rfc3339()),
    );
}

fn lines_of(body: &Map<String, Value>) -> Result<Vec<Map<String, Value>>, Refusal> {
    let mut lines = Vec::new();
    for (i, line) in body
        .get("salesOrderLines")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let Some(line) = line.as_object() else {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                "Invalid Request Body",
            ));
        };
        let mut stored = stored_fields(&pages::SALES_ORDER_LINES, line)?;
        stored
            .entry("sequence")
            .or_insert(json!((i as u64 + 1) * 10_000));
        let amount = decimal(stored.get("quantity")) * decimal(stored.get("unitPrice"));
        stored.insert("amountIncludingTax".into(), number(amount));
        lines.push(stored);
    }
    Ok(lines)
}

/// `POST salesOrders` with its lines in `salesOrderLines`: all or nothing.
pub fn create(s: &mut BcState, body: &[u8]) -> Response {
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(body) else {
        return error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "Invalid Request Body",
        );
    };
    let mut header = match stored_fields(&pages::SALES_ORDERS, &body) {
        Ok(header) => header,
        Err(refused) => return refused.into_response(),
    };
    let lines = match lines_of(&body) {
        Ok(lines) => lines,
        Err(refused) => return refused.into_response(),
    };
    // The page copies currencyCode into the Code[10] "Currency Code" with COPYSTR: cut to
    // ten characters, upper case; the local currency's code means a blank one.
    if let Some(currency) = header.get("currencyCode").and_then(Value::as_str) {
        let kept: String = code(currency).chars().take(10).collect();
        let kept = if kept == s.local_currency {
            String::new()
        } else {
            kept
        };
        header.insert("currencyCode".into(), json!(kept));
    }
    let external = field(&header, "externalDocumentNumber").to_string();
    if take_fault(&mut s.faults.timeout_before_commit, &external) {
        return (StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout").into_response();
    }
    if take_fault(&mut s.faults.server_error_once, &external) {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal_ServerError",
            &format!("An unexpected error occurred.{}", correlation()),
        );
    }
    if take_fault(&mut s.faults.rate_limit_once, &external) {
        return error(
            StatusCode::TOO_MANY_REQUESTS,
            "Application_TooManyRequests",
            "Too many requests reached. Actual (101). Maximum (100).",
        );
    }
    if let Some(refused) = refusal(s, &header, &lines) {
        return refused;
    }
    filled_in(s, &mut header, &lines);
    let n = s.next();
    let order = BcSalesOrder {
        id: guid(n),
        number: (101_000 + n).to_string(),
        external_document_number: external.clone(),
        status: "Draft".into(),
        header,
        lines,
    };
    let created = Value::Object(row(&order));
    s.sales_orders.push(order);
    if take_fault(&mut s.faults.timeout_after_commit, &external) {
        return (StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout").into_response();
    }
    if take_fault(&mut s.faults.cut_off_after_commit, &external) {
        let body = created.to_string();
        return cut_off(StatusCode::CREATED, &body, body.len() / 2);
    }
    (StatusCode::CREATED, Json(created)).into_response()
}

/// The etag of an order's current version; opaque to clients.
fn etag(order: &BcSalesOrder) -> String {
    format!(
        "W/\"JzQ0O{}{}'\"",
        order.number,
        field(&order.header, "lastModifiedDateTime").len()
    )
}

/// An order as the page serves it; its lines go in `salesOrderLines` when expanded.
pub fn row(order: &BcSalesOrder) -> Row {
    let mut row = Map::new();
    row.insert("@odata.etag".into(), json!(etag(order)));
    row.insert("id".into(), json!(order.id));
    row.insert("number".into(), json!(order.number));
    for (k, v) in &order.header {
        row.insert(k.clone(), v.clone());
    }
    row.insert(
        "externalDocumentNumber".into(),
        json!(order.external_document_number),
    );
    row.insert("status".into(), json!(order.status));
    row
}

pub fn line_rows(order: &BcSalesOrder) -> Vec<Row> {
    order
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let mut row = line.clone();
            row.insert("id".into(), json!(format!("{}-{i:04}", order.id)));
            row.insert("documentId".into(), json!(order.id));
            row
        })
        .collect()
}

fn find(s: &BcState, key: &str) -> Option<usize> {
    let stored = code(key);
    s.sales_orders
        .iter()
        .position(|o| o.id == key || o.external_document_number == stored)
}

/// `DELETE salesOrders({id})`: a user may delete an order that is not posted. Source: the
/// page allows deletes (no `DeleteAllowed = false`) and propagates them to the Sales Header
/// (`OnDeleteRecord`, `GraphMgtSalesOrderBuffer.PropagateOnDelete`).
pub fn delete(s: &mut BcState, key: &str) -> bool {
    match find(s, key) {
        Some(i) => {
            s.sales_orders.remove(i);
            true
        }
        None => false,
    }
}

/// `DELETE` over HTTP: Business Central wants the row's etag (or `*`) in `If-Match`
/// (Microsoft's "Tips for working with the APIs"; a missing token is
/// `BadRequest_InvalidToken`, Microsoft's error table).
pub fn delete_request(s: &mut BcState, id: &str, if_match: Option<&str>) -> Response {
    let Some(i) = s.sales_orders.iter().position(|o| o.id == id) else {
        return not_found(id);
    };
    match if_match {
        Some(tag) if tag == "*" || tag == etag(&s.sales_orders[i]) => {
            s.sales_orders.remove(i);
            StatusCode::NO_CONTENT.into_response()
        }
        Some(_) => error(
            StatusCode::CONFLICT,
            "Request_EntityChanged",
            "Another user has already changed the record.",
        ),
        None => error(
            StatusCode::BAD_REQUEST,
            "BadRequest_InvalidToken",
            "Could not validate the client concurrency token required by the service. Please provide a valid token in the client request.",
        ),
    }
}

/// `GET salesOrders({id})` of an order that is gone. Source: the runtime's record-not-found
/// form (Microsoft's error table, `NavCSideRecordNotFoundException`).
pub fn not_found(id: &str) -> Response {
    error(
        StatusCode::NOT_FOUND,
        "Internal_RecordNotFound",
        &format!(
            "The Sales Header does not exist. Identification fields and values: Document Type='Order',No.='{id}'{}",
            correlation()
        ),
    )
}

/// An order entered and released long ago (or by someone else), with no lines.
pub fn insert_released(s: &mut BcState, external_document_number: &str) -> String {
    let n = s.next();
    let id = guid(n);
    s.sales_orders.push(BcSalesOrder {
        id: id.clone(),
        number: (101_000 + n).to_string(),
        external_document_number: code(external_document_number),
        status: "Open".into(),
        header: Map::new(),
        lines: Vec::new(),
    });
    id
}

/// A second order for the store order an open order (or posted invoice) already carries, as
/// another integration sending the same store order would enter it: same customer, dates and
/// lines, its own id and number. With nothing to copy, an order with the reference only.
pub fn insert_copy(s: &mut BcState, external_document_number: &str) -> String {
    let stored = code(external_document_number);
    let original = s
        .sales_orders
        .iter()
        .find(|o| o.external_document_number == stored)
        .map(|o| (o.header.clone(), o.lines.clone()))
        .or_else(|| {
            s.sales_invoices
                .iter()
                .find(|i| i.external_document_number == stored)
                .map(|i| {
                    let mut header = i.header.clone();
                    for key in ["invoiceDate", "status", "orderId"] {
                        header.remove(key);
                    }
                    if let Some(date) = i.header.get("invoiceDate") {
                        header.insert("orderDate".into(), date.clone());
                    }
                    (header, i.lines.clone())
                })
        });
    let Some((header, lines)) = original else {
        return insert_released(s, external_document_number);
    };
    let n = s.next();
    let id = guid(n);
    s.sales_orders.push(BcSalesOrder {
        id: id.clone(),
        number: (101_000 + n).to_string(),
        external_document_number: stored,
        status: "Draft".into(),
        header,
        lines,
    });
    id
}

/// (document number, external document number) of every open order and posted invoice.
pub fn documents(s: &BcState) -> Vec<(String, String)> {
    s.sales_orders
        .iter()
        .map(|o| (o.id.clone(), o.external_document_number.clone()))
        .chain(
            s.sales_invoices
                .iter()
                .map(|i| (i.id.clone(), i.external_document_number.clone())),
        )
        .collect()
}
