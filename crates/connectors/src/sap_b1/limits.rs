//! Field lengths of SAP Business One's tables (OCRD, ORDR, CRD1), in characters.

use osd_model::{Charset, ErpRules, FieldLimit, LengthUnit, OrderField};

pub fn rules() -> ErpRules {
    let limit = |field, erp_field, max| FieldLimit::new(field, erp_field, max, LengthUnit::Chars);
    ErpRules {
        field_limits: vec![
            limit(OrderField::AddressLine1, "Street", 100),
            limit(OrderField::AddressLine2, "Block", 100),
            limit(OrderField::City, "City", 100),
            limit(OrderField::Postcode, "ZipCode", 20),
            // State and Country hold codes of at most three characters.
            limit(OrderField::State, "State", 3),
            limit(OrderField::Email, "E_Mail", 100),
            limit(OrderField::Phone, "Phone1", 20),
        ],
        charset: Charset {
            rejects_astral: false,
            rejects_invisible: false,
            latin1_only: false,
        },
        tax_by_rate: true,
        period_blocks_orders: true,
    }
}

/// NumAtCard (the customer's reference, here the shop's order id) holds 100 characters.
pub const NUM_AT_CARD: usize = 100;
