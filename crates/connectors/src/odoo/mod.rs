//! Odoo's external API: JSON-RPC `/jsonrpc` (`common.authenticate` with an API key, then
//! `object.execute_kw`) and, from Odoo 19, the JSON-2 API (`/json/2/<model>/<method>` with a
//! bearer key). Odoo answers JSON-RPC errors with HTTP 200 and an `error` object. Every wire
//! fact with its source: docs/vendors/odoo.md.

mod client;
mod documents;
pub mod errors;
mod limits;
mod master_data;
pub mod wire;

pub use client::{OdooClient, OdooConfig, OdooProtocol};
pub use wire::OdooVersion;
