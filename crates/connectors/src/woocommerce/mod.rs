//! WooCommerce REST API v3: consumer key and secret over HTTPS Basic auth (with the
//! query-string fallback for servers that drop the Authorization header) or one-legged
//! OAuth 1.0a over plain HTTP; `page`/`per_page` pagination driven by `X-WP-TotalPages`.

mod client;
pub mod errors;
pub mod wire;

pub use client::{order_from_json, WooAuth, WooClient, WooConfig};
