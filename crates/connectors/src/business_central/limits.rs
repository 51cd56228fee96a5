//! Field lengths of the tables behind the sales order page, in characters (Business Central
//! stores Unicode, so emoji and other characters are accepted as they are).
//!
//! Source: the tables "Sales Order Entity Buffer" (header) and "Sales Invoice Line Aggregate"
//! (lines) behind `APIV2SalesOrders.Page.al` and `APIV2SalesOrderLines.Page.al`, which copy the
//! lengths of "Sales Header" and "Sales Line" in the base application (not in
//! microsoft/ALAppExtensions; lengths as the vendor audit of 2026-12 read them). The sell-to
//! and ship-to addresses have the same lengths. A value over a Text field's length is refused
//! with `Application_StringExceededLength`; a Code field also upper-cases what it stores.

use osd_model::{Charset, ErpRules, FieldLimit, LengthUnit, OrderField};

/// `Ship-to Name` Text[100] (the page has no sell-to name: the customer card names the buyer).
pub const NAME: usize = 100;
/// `Ship-to Address` / `Sell-to Address` Text[100].
pub const ADDRESS: usize = 100;
/// `… Address 2` Text[50].
pub const ADDRESS_2: usize = 50;
/// `… City` Text[30].
pub const CITY: usize = 30;
/// `… County` Text[30]: the page's `…State` fields.
pub const COUNTY: usize = 30;
/// `… Post Code` Code[20].
pub const POST_CODE: usize = 20;
/// `… Country/Region Code` Code[10].
pub const COUNTRY: usize = 10;
/// Sales line `Description` Text[100].
pub const DESCRIPTION: usize = 100;
/// Sales line `No.` Code[20]: the item number, `lineObjectNumber` on the page; also the
/// Item table's `No.`.
pub const ITEM_NUMBER: usize = 20;
/// `Sell-to Customer No.` Code[20]: `customerNumber` on the page.
pub const CUSTOMER_NUMBER: usize = 20;
/// External Document No. is Code[35]: the longest external id Business Central can hold.
pub const EXTERNAL_DOCUMENT_NUMBER: usize = 35;

pub fn rules() -> ErpRules {
    let limit = |field, erp_field, max| FieldLimit::new(field, erp_field, max, LengthUnit::Chars);
    ErpRules {
        field_limits: vec![
            limit(OrderField::AddressName, "Ship-to Name", NAME),
            limit(OrderField::AddressLine1, "Address", ADDRESS),
            limit(OrderField::AddressLine2, "Address 2", ADDRESS_2),
            limit(OrderField::City, "City", CITY),
            limit(OrderField::State, "County", COUNTY),
            limit(OrderField::Postcode, "Post Code", POST_CODE),
            limit(OrderField::Country, "Country/Region Code", COUNTRY),
            limit(OrderField::LineDescription, "Description", DESCRIPTION),
            limit(OrderField::ItemNumber, "No.", ITEM_NUMBER),
            limit(OrderField::Phone, "Phone No.", 30),
            limit(OrderField::Email, "E-Mail", 80),
        ],
        charset: Charset {
            rejects_astral: false,
            rejects_invisible: false,
            latin1_only: false,
        },
        tax_by_rate: false,
        period_blocks_orders: true,
    }
}
