//! NetSuite's limits: field lengths (counted in bytes: a character outside ASCII takes up to
//! four), SuiteQL's page and result caps, and how many ids one lookup query carries.

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

/// Rows a SuiteQL page holds at most. Source: Oracle, "Executing SuiteQL Queries Through REST
/// Web Services" (section_157909186990).
pub const SUITEQL_PAGE: usize = 1000;

/// Results one SuiteQL query reaches at most, however it is paged (same source).
pub const SUITEQL_RESULTS: usize = 100_000;

/// External ids per lookup query; keeps the SuiteQL text well under NetSuite's limits.
pub const IDS_PER_QUERY: usize = 500;
