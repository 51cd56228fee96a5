//! Shopify's order export (Admin → Orders → Export) as a store: one row per line item, the
//! order's own fields on its first row. Any column order, missing optional columns, a UTF-8
//! BOM, CRLF and multi-line quoted notes are accepted; a malformed order is reported with its
//! row numbers and the reason, and the rest of the file still loads.

mod parse;
mod source;

pub use parse::{parse, CsvImport};
pub use source::CsvSource;
