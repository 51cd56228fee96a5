//! WooCommerce REST API v3: consumer key and secret over HTTPS Basic auth (with the
//! query-string fallback for servers that drop the Authorization header) or one-legged
//! OAuth 1.0a over plain HTTP; key-set paging by change time (`paging`), every order with
//! its status (`status`). The wire facts and their sources: docs/vendors/woocommerce.md.

mod client;
pub mod errors;
pub mod limits;
pub mod paging;
pub mod status;
pub mod wire;

pub use client::{order_from_json, WooAuth, WooClient, WooConfig};
