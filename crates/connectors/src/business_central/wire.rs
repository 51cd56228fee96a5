//! Business Central API v2.0 shapes: which fields of which API page the connector reads and
//! writes, and the sales order it sends. The field lists are public so the conformance tests
//! check every name against Microsoft's own AL pages (`shared/vendor-specs/business_central/
//! api_v2_pages.json`, parsed from microsoft/ALAppExtensions `Apps/W1/APIV2/app/src/pages/`):
//! a name the page lacks, or a write to a field the page marks `Editable = false`, fails them.

use osd_model::Address;
use rust_decimal::Decimal;
use serde_json::{json, Value};

use crate::{ErpOrderDraft, NewCustomer, NewItem, Ref};

/// How the connector uses one API page: the fields it asks for with `$select` and reads from
/// the answer, and the fields it names in `$filter`.
#[derive(Debug)]
pub struct PageUse {
    pub entity_set: &'static str,
    pub reads: &'static [&'static str],
    pub filters: &'static [&'static str],
    /// Lines read in the same request through `$expand` of the page's lines part.
    pub lines: Option<LinesUse>,
}

/// A lines part expanded inline (`salesOrderLines($select=…)`).
#[derive(Debug)]
pub struct LinesUse {
    /// The part's name on the header page, which is also the lines page's entity set.
    pub part: &'static str,
    pub reads: &'static [&'static str],
}

impl PageUse {
    pub fn select(&self) -> String {
        self.reads.join(",")
    }

    pub fn expand(&self) -> Option<String> {
        self.lines
            .as_ref()
            .map(|l| format!("{}($select={})", l.part, l.reads.join(",")))
    }
}

pub const ITEMS: PageUse = PageUse {
    entity_set: "items",
    reads: &["id", "number", "blocked"],
    filters: &["number"],
    lines: None,
};

pub const CUSTOMERS: PageUse = PageUse {
    entity_set: "customers",
    reads: &["id", "number", "displayName", "email"],
    filters: &["email", "displayName"],
    lines: None,
};

pub const CURRENCIES: PageUse = PageUse {
    entity_set: "currencies",
    reads: &["id", "code"],
    filters: &[],
    lines: None,
};

pub const COMPANY_INFORMATION: PageUse = PageUse {
    entity_set: "companyInformation",
    reads: &["id", "currencyCode"],
    filters: &[],
    lines: None,
};

/// `closed` is the fiscal year's close, the only flag read (see `periods.rs`).
pub const ACCOUNTING_PERIODS: PageUse = PageUse {
    entity_set: "accountingPeriods",
    reads: &["id", "name", "startingDate", "closed"],
    filters: &[],
    lines: None,
};

pub const COUNTRIES_REGIONS: PageUse = PageUse {
    entity_set: "countriesRegions",
    reads: &["code"],
    filters: &[],
    lines: None,
};

/// The units of measure and every name each answers to: its Code[10] (`PCS`, `KG`), its
/// description, its symbol and its UN/ECE Recommendation 20 code (`H87`, `KGM`, `LBR`). Page
/// `APIV2 - Units of Measure` (30030) is not among the pages of the vendor-specs file; its
/// fields were read in its AL source, microsoft/ALAppExtensions
/// `Apps/W1/APIV2/app/src/pages/APIV2UnitsofMeasure.Page.al`: id (SystemId), code,
/// displayName (Description), internationalStandardCode ("International Standard Code"),
/// symbol, lastModifiedDateTime.
pub const UNITS_OF_MEASURE: PageUse = PageUse {
    entity_set: "unitsOfMeasure",
    reads: &[
        "id",
        "code",
        "displayName",
        "internationalStandardCode",
        "symbol",
    ],
    filters: &[],
    lines: None,
};

/// Open sales orders by external document number.
pub const SALES_ORDERS: PageUse = PageUse {
    entity_set: "salesOrders",
    reads: &["id", "number", "externalDocumentNumber", "status"],
    filters: &["externalDocumentNumber"],
    lines: None,
};

/// Sales invoices by external document number: posting an order writes its External
/// Document No. and Order No. onto the posted invoice.
pub const SALES_INVOICES: PageUse = PageUse {
    entity_set: "salesInvoices",
    reads: &[
        "id",
        "number",
        "externalDocumentNumber",
        "status",
        "orderNumber",
    ],
    filters: &["externalDocumentNumber"],
    lines: None,
};

/// Posted shipments by external document number. Page `APIV2 - Sales Shipments` (30062) is
/// not among the pages of the vendor-specs file; its fields were read in its AL source,
/// `APIV2SalesShipments.Page.al`.
pub const SALES_SHIPMENTS: PageUse = PageUse {
    entity_set: "salesShipments",
    reads: &["id", "number", "externalDocumentNumber", "orderNumber"],
    filters: &["externalDocumentNumber"],
    lines: None,
};

/// Open sales orders dated in a range, with their item lines, for reconciliation.
pub const SALES_ORDER_LISTING: PageUse = PageUse {
    entity_set: "salesOrders",
    reads: &[
        "id",
        "number",
        "externalDocumentNumber",
        "status",
        "orderDate",
        "customerNumber",
        "totalAmountIncludingTax",
        "currencyCode",
    ],
    filters: &["orderDate"],
    lines: Some(LinesUse {
        part: "salesOrderLines",
        reads: &["lineType", "lineObjectNumber", "quantity"],
    }),
};

/// Sales invoices (posted and not) dated in a range. `invoiceDate` is the Document Date,
/// which posting copies from the order's `orderDate`.
pub const SALES_INVOICE_LISTING: PageUse = PageUse {
    entity_set: "salesInvoices",
    reads: &[
        "id",
        "number",
        "externalDocumentNumber",
        "status",
        "invoiceDate",
        "customerNumber",
        "totalAmountIncludingTax",
        "currencyCode",
        "orderNumber",
    ],
    filters: &["invoiceDate"],
    lines: Some(LinesUse {
        part: "salesInvoiceLines",
        reads: &["lineType", "lineObjectNumber", "quantity"],
    }),
};

/// Posted shipments dated in a range; on this page too `invoiceDate` is the Document Date.
pub const SALES_SHIPMENT_LISTING: PageUse = PageUse {
    entity_set: "salesShipments",
    reads: &[
        "id",
        "number",
        "externalDocumentNumber",
        "invoiceDate",
        "customerNumber",
        "currencyCode",
        "orderNumber",
    ],
    filters: &["invoiceDate"],
    lines: Some(LinesUse {
        part: "salesShipmentLines",
        reads: &["lineType", "lineObjectNumber", "quantity"],
    }),
};

/// Every page use, for the conformance tests.
pub const READS: &[&PageUse] = &[
    &ITEMS,
    &CUSTOMERS,
    &CURRENCIES,
    &COMPANY_INFORMATION,
    &ACCOUNTING_PERIODS,
    &COUNTRIES_REGIONS,
    &UNITS_OF_MEASURE,
    &SALES_ORDERS,
    &SALES_INVOICES,
    &SALES_SHIPMENTS,
    &SALES_ORDER_LISTING,
    &SALES_INVOICE_LISTING,
    &SALES_SHIPMENT_LISTING,
];

/// An id the way a Business Central `Code` field stores it: leading and trailing spaces
/// removed, letters upper case. Source: Microsoft's "Code Data Type" reference ("converted to
/// uppercase and removes any trailing or leading spaces"); `External Document No.`, item
/// and customer numbers are Code fields. Letters are upper-cased one for one, as .NET does:
/// "ß" has no single upper-case letter and stays "ß" (Rust's `to_uppercase` would make it
/// "SS", a different id).
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

/// A decimal as a JSON number, the way OData writes `Edm.Decimal` unless a request says
/// `IEEE754Compatible=true` (and the way Microsoft's examples send quantities and prices).
/// Money and quantities have far fewer than 15 significant digits, which a JSON number keeps.
fn number(value: Decimal) -> Value {
    value
        .normalize()
        .to_string()
        .parse::<serde_json::Number>()
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

fn reference(r: &Ref) -> String {
    match r {
        Ref::Id(id) | Ref::Unresolved(id) => id.clone(),
    }
}

/// An address in the page's `{prefix}AddressLine1` … `{prefix}PostCode` fields.
fn address(prefix: &str, a: &Address, body: &mut Value) {
    let fields = [
        ("AddressLine1", Some(a.line1.clone())),
        ("AddressLine2", a.line2.clone()),
        ("City", Some(a.city.clone())),
        (
            "State",
            a.province_code.clone().or_else(|| a.province.clone()),
        ),
        (
            "Country",
            a.country_code.clone().or_else(|| a.country.clone()),
        ),
        ("PostCode", a.postcode.clone()),
    ];
    for (name, value) in fields {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            body[format!("{prefix}{name}")] = json!(value);
        }
    }
}

/// A sales order and its lines in one deep insert: Business Central creates both or neither.
///
/// Only fields the page lets an app write are sent. The bill-to address (`billTo*`) is
/// `Editable = false` on `APIV2SalesOrders.Page.al`: Business Central fills it from the
/// customer card, so the store's billing address goes to the sell-to address instead, which
/// the page does take, and the shipping address to the ship-to address.
pub fn sales_order_body(draft: &ErpOrderDraft) -> Value {
    let date = draft.tran_date.format("%Y-%m-%d").to_string();
    let mut body = json!({
        "externalDocumentNumber": draft.external_id,
        "customerNumber": reference(&draft.customer),
        "orderDate": date,
        "postingDate": date,
        "salesOrderLines": draft.lines.iter().map(|l| json!({
            "lineType": "Item",
            "lineObjectNumber": reference(&l.item),
            "description": l.description,
            "quantity": number(l.quantity),
            "unitPrice": number(l.unit_price),
        })).collect::<Vec<_>>(),
    });
    // The local currency is a blank code on Business Central documents.
    let currency = reference(&draft.currency);
    if !currency.is_empty() {
        body["currencyCode"] = json!(currency);
    }
    if let Some(a) = &draft.billing {
        address("sellTo", a, &mut body);
    }
    if let Some(a) = &draft.shipping {
        body["shipToName"] = json!(a.name);
        address("shipTo", a, &mut body);
    }
    body
}

/// An item keyed by its number, which is the SKU. `Non_x002D_Inventory` is the wire form of
/// the item type "Non-Inventory" (an OData-encoded hyphen).
pub fn item_body(item: &NewItem) -> Value {
    json!({
        "number": item.sku,
        "displayName": item.name,
        "type": "Non_x002D_Inventory",
    })
}

/// A customer; Business Central numbers it from its series.
pub fn customer_body(customer: &NewCustomer) -> Value {
    json!({
        "displayName": customer.name,
        "email": customer.email.clone().unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_compare_the_way_a_code_field_stores_them() {
        assert_eq!(code(" shopify-450789469 "), "SHOPIFY-450789469");
        assert_eq!(code("woo-12ßé"), "WOO-12ßÉ");
    }
}
