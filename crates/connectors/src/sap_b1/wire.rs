//! Every Service Layer name this connector uses, in one place: entity sets, actions, the
//! properties it selects, filters and orders by, the keys of the bodies it posts and the enum
//! members it writes or reads. `tests/sap_b1_conformance` checks each of them against SAP's
//! own `$metadata` (shared/vendor-specs/sap_b1), by calling these builders and by reading
//! back every request the connector sent to the simulator, so a name SAP does not have fails
//! a test. docs/vendors/sap-business-one.md lists the facts with their sources.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

use crate::odata::{any_of, quoted};
use crate::{oauth1, ErpOrderDraft, NewCustomer, NewItem, Ref};
use osd_model::Address;

// Entity sets (EntityContainer `EntitySet` names).
pub const ORDERS: &str = "Orders";
pub const DELIVERY_NOTES: &str = "DeliveryNotes";
pub const INVOICES: &str = "Invoices";
pub const ITEMS: &str = "Items";
pub const BUSINESS_PARTNERS: &str = "BusinessPartners";
pub const CURRENCIES: &str = "Currencies";
pub const SALES_TAX_CODES: &str = "SalesTaxCodes";
pub const VAT_GROUPS: &str = "VatGroups";
/// Entity type `UnitOfMeasurement` (key `AbsEntry`; `Code`, `Name`, `InternationalSymbol`),
/// the units of measure (`OUOM`), in v1 and v2 alike.
pub const UNIT_OF_MEASUREMENTS: &str = "UnitOfMeasurements";

// Actions (v1: `FunctionImport` with `m:HttpMethod="POST"`; v2: `ActionImport`).
pub const LOGIN: &str = "Login";
pub const LOGOUT: &str = "Logout";
/// Returns `Collection(PeriodCategoryParams)`: one `AbsoluteEntry` per period category.
pub const GET_PERIODS: &str = "CompanyService_GetPeriods";
/// Takes `PeriodCategoryParams`, returns `Collection(FinancePeriod)`.
pub const GET_FINANCE_PERIODS: &str = "CompanyService_GetFinancePeriods";

// Enum members, by enum type.
/// `BoYesNoEnum`
pub const YES: &str = "tYES";
pub const NO: &str = "tNO";
/// `BoCardTypes`: a customer.
pub const CUSTOMER: &str = "cCustomer";
/// `BoVatCategoryEnum`: a tax group for sales documents.
pub const OUTPUT_TAX: &str = "bovcOutputTax";
/// `BoStatus`, a document's and a line's `DocumentStatus` / `LineStatus`.
pub const OPEN: &str = "bost_Open";
pub const CLOSED: &str = "bost_Close";
pub const PAID: &str = "bost_Paid";
pub const DELIVERED: &str = "bost_Delivered";

/// `CancelStatusEnum`: the document SAP writes when it cancels an A/R invoice or a delivery.
pub const CANCELLATION: &str = "csCancellation";

/// Every enum member the connector writes or reads, by its `$metadata` enum type.
pub const ENUM_MEMBERS: &[(&str, &[&str])] = &[
    ("BoYesNoEnum", &[YES, NO]),
    ("BoCardTypes", &[CUSTOMER]),
    ("BoVatCategoryEnum", &[OUTPUT_TAX]),
    ("BoStatus", &[OPEN, CLOSED, PAID, DELIVERED]),
    ("CancelStatusEnum", &[CANCELLATION]),
    ("PeriodStatusEnum", super::periods::MEMBERS),
];

/// A `$filter`, built from property names so a test can read which ones it uses. Every
/// literal is quoted (dates and enum members too), as Service Layer clients write them.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    Eq(&'static str, String),
    /// `field eq 'a' or field eq 'b'`
    AnyOf(&'static str, Vec<String>),
    /// `field ge 'from' and field le 'to'`
    Between(&'static str, NaiveDate, NaiveDate),
}

impl Filter {
    pub fn to_odata(&self) -> String {
        match self {
            Self::Eq(field, value) => format!("{field} eq {}", quoted(value)),
            Self::AnyOf(field, values) => any_of(field, values),
            Self::Between(field, from, to) => {
                format!("{field} ge '{from}' and {field} le '{to}'")
            }
        }
    }

    /// The properties it names.
    pub fn fields(&self) -> Vec<&'static str> {
        match self {
            Self::Eq(field, _) | Self::AnyOf(field, _) | Self::Between(field, _, _) => {
                vec![field]
            }
        }
    }
}

/// One read of an entity set (or of one entity by its key), with the options it sends.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    pub entity_set: &'static str,
    /// `Orders(101)` or `Items('SKU')`, already written as the path wants it.
    pub key: Option<String>,
    pub select: &'static [&'static str],
    pub filter: Option<Filter>,
    pub order_by: &'static [&'static str],
}

impl Read {
    fn of(entity_set: &'static str, select: &'static [&'static str]) -> Self {
        Self {
            entity_set,
            key: None,
            select,
            filter: None,
            order_by: &[],
        }
    }

    fn filtered(mut self, filter: Filter) -> Self {
        self.filter = Some(filter);
        self
    }

    /// The path under the service root.
    pub fn path(&self) -> String {
        match &self.key {
            Some(key) => format!("{}({key})", self.entity_set),
            None => self.entity_set.to_string(),
        }
    }

    /// The query string. The Service Layer wants `%20`, not `+`, in `$filter`.
    pub fn query(&self) -> String {
        let mut params = vec![("$select", self.select.join(","))];
        if let Some(filter) = &self.filter {
            params.push(("$filter", filter.to_odata()));
        }
        if !self.order_by.is_empty() {
            params.push(("$orderby", self.order_by.join(",")));
        }
        params
            .iter()
            .map(|(k, v)| format!("{k}={}", oauth1::encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

const ITEM_FIELDS: &[&str] = &["ItemCode", "Valid", "Frozen", "SalesItem"];
const PARTNER_FIELDS: &[&str] = &["CardCode", "CardName", "EmailAddress"];
const CURRENCY_FIELDS: &[&str] = &["Code", "Name"];
const SALES_TAX_CODE_FIELDS: &[&str] = &["Code", "Name", "Rate", "Inactive", "ValidForAR"];
const VAT_GROUP_FIELDS: &[&str] = &["Code", "Name", "Category", "Inactive", "VatGroups_Lines"];
/// A unit by every name it has: its code, its name and its international symbol (the UN/ECE
/// Recommendation 20 code e-invoices carry, where the company keeps one).
pub const UNIT_FIELDS: &[&str] = &["AbsEntry", "Code", "Name", "InternationalSymbol"];
const BY_ABS_ENTRY: &[&str] = &["AbsEntry"];
/// What tells an order's state: closed with every line fully copied on (delivered or
/// invoiced) is done; closed with quantity left open was closed by hand.
pub const ORDER_FIELDS: &[&str] = &[
    "DocEntry",
    "DocNum",
    "NumAtCard",
    "DocumentStatus",
    "Cancelled",
    "DocumentLines",
];
/// What reconciliation compares; `DocumentLines` carries each line's `ItemCode`, `Quantity`
/// and `BaseType` (what it was copied from) in the same call.
pub const DOCUMENT_FIELDS: &[&str] = &[
    "DocEntry",
    "DocNum",
    "NumAtCard",
    "DocDate",
    "CardCode",
    "DocTotal",
    "DocCurrency",
    "DocumentStatus",
    "Cancelled",
    "CancelStatus",
    "DocumentLines",
];
/// DocEntry only grows and SAP deletes no marketing document, so pages in DocEntry order
/// neither skip nor repeat a row while documents are added.
const BY_ENTRY: &[&str] = &["DocEntry"];
const CODE_ONLY: &[&str] = &["ItemCode"];
const CARD_CODE_ONLY: &[&str] = &["CardCode"];

pub fn items() -> Read {
    Read::of(ITEMS, ITEM_FIELDS)
}

pub fn customers() -> Read {
    Read::of(BUSINESS_PARTNERS, PARTNER_FIELDS).filtered(Filter::Eq("CardType", CUSTOMER.into()))
}

pub fn currencies() -> Read {
    Read::of(CURRENCIES, CURRENCY_FIELDS)
}

pub fn sales_tax_codes() -> Read {
    Read::of(SALES_TAX_CODES, SALES_TAX_CODE_FIELDS)
}

pub fn vat_groups() -> Read {
    Read::of(VAT_GROUPS, VAT_GROUP_FIELDS)
}

/// Every unit of measure, in key order so server-driven pages neither skip nor repeat one.
pub fn units_of_measurement() -> Read {
    Read {
        order_by: BY_ABS_ENTRY,
        ..Read::of(UNIT_OF_MEASUREMENTS, UNIT_FIELDS)
    }
}

pub fn orders_by_reference(references: &[String]) -> Read {
    Read::of(ORDERS, ORDER_FIELDS).filtered(Filter::AnyOf("NumAtCard", references.to_vec()))
}

/// One order by its DocEntry; `None` when the id is not a DocEntry (a number).
pub fn order(doc_entry: &str) -> Option<Read> {
    let entry: u64 = doc_entry.trim().parse().ok()?;
    Some(Read {
        key: Some(entry.to_string()),
        ..Read::of(ORDERS, ORDER_FIELDS)
    })
}

/// Where SAP keeps sales documents. An order stays in `Orders` however far it goes (closed
/// once copied on in full); deliveries and A/R invoices hold documents made without an order
/// (by people or another integration) as well as the copies of orders.
pub const SALES_DOCUMENT_SETS: &[&str] = &[ORDERS, DELIVERY_NOTES, INVOICES];

/// The documents of one set posted `from..=to`, in DocEntry order.
pub fn documents_dated(entity_set: &'static str, from: NaiveDate, to: NaiveDate) -> Read {
    Read {
        order_by: BY_ENTRY,
        ..Read::of(entity_set, DOCUMENT_FIELDS).filtered(Filter::Between("DocDate", from, to))
    }
}

pub fn item_by_code(code: &str) -> Read {
    Read::of(ITEMS, CODE_ONLY).filtered(Filter::Eq("ItemCode", code.into()))
}

/// A customer found again by e-mail, or by name when the key has no e-mail.
pub fn partner_for(customer: &NewCustomer) -> Read {
    let filter = match &customer.email {
        Some(email) => Filter::Eq("EmailAddress", email.clone()),
        None => Filter::Eq("CardName", customer.name.clone()),
    };
    Read::of(BUSINESS_PARTNERS, CARD_CODE_ONLY).filtered(filter)
}

pub fn login_body(company_db: &str, username: &str, password: &str) -> Value {
    json!({ "CompanyDB": company_db, "UserName": username, "Password": password })
}

pub fn finance_periods_body(category: i64) -> Value {
    json!({ "PeriodCategoryParams": { "AbsoluteEntry": category } })
}

/// Which line property carries the tax: `TaxCode` (a sales tax code, US, Canada and Latin
/// America) or `VatGroup` (a tax group, the VAT localisations). SDK help, Document_Lines:
/// `TaxCode` "Country-specific property for USA", `VatGroup` "Country-specific property for EU".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxField {
    TaxCode,
    VatGroup,
}

impl TaxField {
    pub fn property(self) -> &'static str {
        match self {
            Self::TaxCode => "TaxCode",
            Self::VatGroup => "VatGroup",
        }
    }
}

fn address(prefix: &str, a: &Address, out: &mut Map<String, Value>) {
    let fields = [
        ("Street", Some(a.line1.clone())),
        ("Block", a.line2.clone()),
        ("City", Some(a.city.clone())),
        ("ZipCode", a.postcode.clone()),
        (
            "State",
            a.province_code.clone().or_else(|| a.province.clone()),
        ),
        (
            "Country",
            a.country_code.clone().or_else(|| a.country.clone()),
        ),
    ];
    for (name, value) in fields {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            out.insert(format!("{prefix}{name}"), json!(value));
        }
    }
}

/// `Quantity` and `UnitPrice` are `Edm.Double`: a JSON number, as the guide's examples send
/// them, not the decimal's string form.
fn number(value: Decimal) -> Value {
    serde_json::from_str(&value.normalize().to_string()).unwrap_or(Value::Null)
}

fn reference(r: &Ref) -> String {
    match r {
        Ref::Id(id) | Ref::Unresolved(id) => id.clone(),
    }
}

/// `POST Orders`: `NumAtCard` (the customer's reference) carries the shop's order id.
pub fn order_body(draft: &ErpOrderDraft, tax: TaxField) -> Value {
    let date = draft.tran_date.format("%Y-%m-%d").to_string();
    let mut extension = Map::new();
    if let Some(a) = &draft.shipping {
        address("ShipTo", a, &mut extension);
    }
    if let Some(a) = &draft.billing {
        address("BillTo", a, &mut extension);
    }
    let lines: Vec<Value> = draft
        .lines
        .iter()
        .map(|l| {
            let mut line = json!({
                "ItemCode": reference(&l.item),
                "Quantity": number(l.quantity),
                "UnitPrice": number(l.unit_price),
                "ItemDescription": l.description,
            });
            if let Some(code) = &draft.tax_code {
                line[tax.property()] = json!(reference(code));
            }
            line
        })
        .collect();
    json!({
        "CardCode": reference(&draft.customer),
        "DocDate": date,
        "DocDueDate": date,
        "TaxDate": date,
        "NumAtCard": draft.external_id,
        "DocCurrency": reference(&draft.currency),
        "Comments": draft.memo,
        "DocumentLines": lines,
        "AddressExtension": extension,
    })
}

/// `POST Items`: a sales item without stock keeping (nothing to count for a web-only product).
pub fn item_body(item: &NewItem) -> Value {
    json!({
        "ItemCode": item.sku,
        "ItemName": item.name,
        "SalesItem": YES,
        "InventoryItem": NO,
    })
}

/// `POST BusinessPartners` (guide §3.5.1: `CardCode`, `CardName`, `CardType`).
pub fn partner_body(customer: &NewCustomer, card_code: &str) -> Value {
    json!({
        "CardCode": card_code,
        "CardName": customer.name,
        "CardType": CUSTOMER,
        "EmailAddress": customer.email,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_write_the_query_the_service_layer_reads() {
        assert_eq!(
            customers().query(),
            "$select=CardCode%2CCardName%2CEmailAddress&$filter=CardType%20eq%20%27cCustomer%27"
        );
        assert_eq!(order("101").unwrap().path(), "Orders(101)");
        assert_eq!(order("101) or (1"), None, "a key is a number, never text");
        let any = Filter::AnyOf("NumAtCard", vec!["a".into(), "b'".into()]);
        let dates = Filter::Between(
            "DocDate",
            NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        );
        assert_eq!(any.to_odata(), "NumAtCard eq 'a' or NumAtCard eq 'b'''");
        assert_eq!(
            dates.to_odata(),
            "DocDate ge '2026-11-01' and DocDate le '2026-11-30'"
        );
        assert_eq!(
            [any.fields(), dates.fields()].concat(),
            ["NumAtCard", "DocDate"]
        );
    }
}
