//! NetSuite counts field lengths in bytes: a character outside ASCII takes up to four.

use osd_model::{Charset, ErpRules, FieldLimit, LengthUnit, OrderField};

pub fn rules() -> ErpRules {
    let limit = |field, erp_field, max| FieldLimit::new(field, erp_field, max, LengthUnit::Bytes);
    ErpRules {
        // Address subrecord limits as NetSuite's customer import template lists them.
        field_limits: vec![
            limit(OrderField::AddressName, "addressee", 83),
            limit(OrderField::AddressLine1, "addr1", 150),
            limit(OrderField::AddressLine2, "addr2", 150),
            limit(OrderField::City, "city", 50),
            limit(OrderField::Phone, "addrPhone", 21),
        ],
        // Four-byte characters (emoji) are refused by the address fields of the accounts we
        // target, and zero-width or control characters corrupt printed documents.
        charset: Charset {
            rejects_astral: true,
            rejects_invisible: true,
            latin1_only: false,
        },
        tax_by_rate: true,
        period_blocks_orders: true,
    }
}

/// The NetSuite field name in an `o:errorPath` or error text, as one of our fields.
pub fn field_for(erp_field: &str) -> Option<FieldLimit> {
    rules()
        .field_limits
        .into_iter()
        .find(|l| l.erp_field.eq_ignore_ascii_case(erp_field))
}
