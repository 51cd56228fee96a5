//! Master data: `Items`, `BusinessPartners`, `Currencies`, `SalesTaxCodes`, `VatGroups`,
//! `UnitOfMeasurements` (`AbsEntry`, `Code`, `Name`, `InternationalSymbol`), each
//! with the properties the simulator keeps (names and enum members as the `$metadata` has
//! them: `Item.Valid`/`Frozen`/`SalesItem`/`InventoryItem` of `BoYesNoEnum`,
//! `BusinessPartner.CardType` of `BoCardTypes`, `SalesTaxCode.Inactive`/`ValidForAR`,
//! `VatGroup.Category` of `BoVatCategoryEnum` and its `VatGroups_Lines` of `Effectivefrom` and
//! `Rate`), and the creation of items and business partners.
//!
//! Sources beyond the metadata: the SDK help for `SalesTaxCodes` (US, Canada and Latin
//! America localisations; "ValidForAP and/or ValidForAR must be tYES") and `VatGroups`
//! ("Country-specific for Europe"; `Category` says whether a group is for sales (output tax)
//! or purchasing (input tax)); the guide §3.5.1 for creating a business partner
//! (`{"CardCode","CardName","CardType":"cCustomer"}` → 201 with the record) and its verbatim
//! answer to a code already taken.

use axum::http::StatusCode;
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

use super::answers::{already_exists, invalid_request, partner_code_taken, value_too_long, Reply};
use super::query::Collection;
use super::{SapItem, SapPartner, SapState};

pub const ITEM_PROPERTIES: &[&str] = &[
    "ItemCode",
    "ItemName",
    "Valid",
    "Frozen",
    "SalesItem",
    "InventoryItem",
    "QuantityOnStock",
];
pub const PARTNER_PROPERTIES: &[&str] = &["CardCode", "CardName", "CardType", "EmailAddress"];
pub const CURRENCY_PROPERTIES: &[&str] = &["Code", "Name"];
pub const SALES_TAX_CODE_PROPERTIES: &[&str] = &[
    "Code",
    "Name",
    "Rate",
    "Inactive",
    "ValidForAR",
    "ValidForAP",
];
pub const VAT_GROUP_PROPERTIES: &[&str] =
    &["Code", "Name", "Category", "Inactive", "VatGroups_Lines"];

pub const UNIT_PROPERTIES: &[&str] = &["AbsEntry", "Code", "Name", "InternationalSymbol"];

/// Field lengths (SAP B1 10.0 tables: OITM.ItemCode nvarchar(50), OCRD.CardCode nvarchar(15)).
const ITEM_CODE_MAX: usize = 50;
const CARD_CODE_MAX: usize = 15;

pub fn yes_no(flag: bool) -> &'static str {
    if flag {
        "tYES"
    } else {
        "tNO"
    }
}

/// A decimal as a JSON number, as the Service Layer writes `Edm.Double`.
pub fn number(value: Decimal) -> Value {
    serde_json::from_str(&value.normalize().to_string()).unwrap_or(Value::Null)
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

fn item_row(i: &SapItem) -> Map<String, Value> {
    object(json!({
        "ItemCode": i.code,
        "ItemName": i.name,
        "Valid": yes_no(i.valid),
        "Frozen": yes_no(i.frozen),
        "SalesItem": yes_no(i.sales_item),
        "InventoryItem": yes_no(i.inventory_item),
        "QuantityOnStock": number(i.on_hand),
    }))
}

fn partner_row(p: &SapPartner) -> Map<String, Value> {
    object(json!({
        "CardCode": p.code,
        "CardName": p.name,
        "CardType": "cCustomer",
        "EmailAddress": p.email,
    }))
}

/// The rows of a master-data collection, with the properties it serves; `None` when the
/// simulator does not serve `set`.
pub fn rows(s: &SapState, set: &str) -> Option<Collection> {
    let (rows, properties) = match set {
        "Items" => (s.items.iter().map(item_row).collect(), ITEM_PROPERTIES),
        "BusinessPartners" => (
            s.partners.iter().map(partner_row).collect(),
            PARTNER_PROPERTIES,
        ),
        "Currencies" => (
            s.currencies
                .iter()
                .map(|c| object(json!({ "Code": c, "Name": c })))
                .collect(),
            CURRENCY_PROPERTIES,
        ),
        "SalesTaxCodes" => (
            s.sales_tax_codes
                .iter()
                .map(|t| {
                    object(json!({
                        "Code": t.code,
                        "Name": t.name,
                        "Rate": number(t.rate),
                        "Inactive": yes_no(t.inactive),
                        "ValidForAR": yes_no(t.valid_for_ar),
                        "ValidForAP": "tYES",
                    }))
                })
                .collect(),
            SALES_TAX_CODE_PROPERTIES,
        ),
        "VatGroups" => (
            s.vat_groups
                .iter()
                .map(|g| {
                    object(json!({
                        "Code": g.code,
                        "Name": g.name,
                        "Category": if g.output { "bovcOutputTax" } else { "bovcInputTax" },
                        "Inactive": yes_no(g.inactive),
                        "VatGroups_Lines": g.rates.iter().map(|(from, rate)| json!({
                            "Effectivefrom": from.to_string(),
                            "Rate": number(*rate),
                        })).collect::<Vec<_>>(),
                    }))
                })
                .collect(),
            VAT_GROUP_PROPERTIES,
        ),
        "UnitOfMeasurements" => (
            s.units
                .iter()
                .map(|u| {
                    object(json!({
                        "AbsEntry": u.abs_entry,
                        "Code": u.code,
                        "Name": u.name,
                        "InternationalSymbol": u.international_symbol,
                    }))
                })
                .collect(),
            UNIT_PROPERTIES,
        ),
        _ => return None,
    };
    Some(Collection { rows, properties })
}

/// `GET Items('code')` / `GET BusinessPartners('code')`.
pub fn by_key(s: &SapState, set: &str, key: &str) -> Option<Map<String, Value>> {
    match set {
        "Items" => s.items.iter().find(|i| i.code == key).map(item_row),
        "BusinessPartners" => s.partners.iter().find(|p| p.code == key).map(partner_row),
        _ => None,
    }
}

fn text(body: &Map<String, Value>, name: &str) -> String {
    body.get(name)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// `POST Items`: the item code is the key the caller chooses.
pub fn create_item(s: &mut SapState, body: &Map<String, Value>) -> Reply {
    let code = text(body, "ItemCode");
    if code.chars().count() > ITEM_CODE_MAX {
        return value_too_long("ItemCode", "Item");
    }
    if code.trim().is_empty() {
        return invalid_request("ItemCode is required");
    }
    if s.items.iter().any(|i| i.code == code) {
        return already_exists();
    }
    let flag = |name: &str, default: bool| {
        body.get(name)
            .and_then(Value::as_str)
            .map_or(default, |v| v == "tYES")
    };
    let item = SapItem {
        name: text(body, "ItemName"),
        sales_item: flag("SalesItem", true),
        inventory_item: flag("InventoryItem", true),
        on_hand: Decimal::ZERO,
        ..SapItem::stocked(&code)
    };
    let created = item_row(&item);
    s.items.push(item);
    Reply::json(StatusCode::CREATED, Value::Object(created))
}

/// `POST BusinessPartners`.
pub fn create_partner(s: &mut SapState, body: &Map<String, Value>) -> Reply {
    let code = text(body, "CardCode");
    if code.chars().count() > CARD_CODE_MAX {
        return value_too_long("CardCode", "BusinessPartner");
    }
    if code.trim().is_empty() {
        return invalid_request("CardCode is required");
    }
    if s.partners.iter().any(|p| p.code == code) {
        return partner_code_taken(&code);
    }
    let partner = SapPartner {
        code,
        name: text(body, "CardName"),
        email: text(body, "EmailAddress"),
    };
    let created = partner_row(&partner);
    s.partners.push(partner);
    Reply::json(StatusCode::CREATED, Value::Object(created))
}
