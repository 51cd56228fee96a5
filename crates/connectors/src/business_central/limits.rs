//! Field lengths from Business Central's own tables (Customer, Sales Header): characters, not
//! bytes; BC stores Unicode, so emoji and other characters are accepted as they are.

use osd_model::{Charset, ErpRules, FieldLimit, LengthUnit, OrderField};

pub fn rules() -> ErpRules {
    let limit = |field, erp_field, max| FieldLimit::new(field, erp_field, max, LengthUnit::Chars);
    ErpRules {
        field_limits: vec![
            limit(OrderField::AddressName, "Name", 100),
            limit(OrderField::AddressLine1, "Address", 100),
            limit(OrderField::AddressLine2, "Address 2", 50),
            limit(OrderField::City, "City", 30),
            limit(OrderField::State, "County", 30),
            limit(OrderField::Postcode, "Post Code", 20),
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

/// External Document No. is Code[35]: the longest external id BC can hold.
pub const EXTERNAL_DOCUMENT_NUMBER: usize = 35;
