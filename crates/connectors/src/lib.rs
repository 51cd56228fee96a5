//! Connectors speak each vendor's real wire protocol. Every connector takes a base URL so tests
//! and the demo can point it at a local simulator. Each one has the same small shape:
//! `client` (wire calls), `wire` (vendor payload types), `errors` (vendor error → finding code).

pub mod business_central;
pub mod call_error;
pub mod draft;
pub mod http;
pub mod lifecycle;
pub mod middleware;
pub mod netsuite;
pub mod oauth1;
pub mod odata;
pub mod odoo;
pub mod sap_b1;
pub mod shopify;
pub mod shopify_csv;
pub mod sign_in;
pub mod square;
pub mod statuspage;
pub mod store_export;
mod traits;
pub mod tryton;
mod unit_of_measure;
pub mod wire_decimal;
pub mod woocommerce;

pub use call_error::CallError;
pub use draft::{DraftLine, ErpOrderDraft, Ref};
pub use lifecycle::ApiVersion;
pub use traits::{
    ConnectionReport, Created, Erp, ErpDocument, ErpDocumentLine, ErpOrder, ErpOrderState,
    NewCustomer, NewItem, OrderPage, OrderQuery, Pace, RejectedRecord, StoreSource, UnknownRecord,
};

pub type Result<T, E = CallError> = std::result::Result<T, E>;
