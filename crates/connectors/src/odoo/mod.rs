//! Odoo's external API: JSON-RPC `/jsonrpc` (`common.authenticate` with an API key, then
//! `object.execute_kw`) and, from Odoo 19, the JSON-2 API (`/json/2/<model>/<method>` with a
//! bearer key). Odoo answers JSON-RPC errors with HTTP 200 and an `error` object.

mod client;
pub mod errors;

pub use client::{OdooClient, OdooConfig, OdooProtocol};
