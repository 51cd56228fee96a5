//! Servers that speak the vendors' documented wire formats and answer with their real error
//! bodies, so connectors, tests, benchmarks and the demo run without any account.

pub mod authorization_code;
pub mod business_central;
pub mod celigo;
pub mod demo;
pub mod faults;
pub mod integration_flow;
pub mod keys;
pub mod make;
pub mod netsuite;
pub mod odoo;
pub mod openapi;
pub mod sap_b1;
mod server;
pub mod shopify;
pub mod shopify_export;
pub mod square;
pub mod statuspage;
pub mod tryton;
pub mod vendor_specs;
pub mod woocommerce;

pub use faults::Faults;
pub use server::Running;
