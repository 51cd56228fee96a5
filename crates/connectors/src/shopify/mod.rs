//! Shopify Admin GraphQL API: orders with cursor pagination, `X-Shopify-Access-Token`,
//! and cost-based throttling read from `extensions.cost`. Every wire fact, its source and what
//! it was checked against: `docs/vendors/shopify.md`.

mod client;
pub mod documents;
pub mod errors;
pub mod export;
pub mod limits;
pub mod status;
pub mod wire;

pub use client::{order_from_json, RefreshKeeper, ShopifyAuth, ShopifyClient, ShopifyConfig};
pub use documents::{DOCUMENTS, ORDERS_QUERY, SHOP_QUERY};
pub use limits::API_VERSION;
