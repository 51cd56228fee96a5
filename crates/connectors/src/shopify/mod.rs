//! Shopify Admin GraphQL API: orders with cursor pagination, `X-Shopify-Access-Token`,
//! and cost-based throttling read from `extensions.cost`.

mod client;
pub mod errors;
pub mod status;
pub mod wire;

pub use client::{
    order_from_json, RefreshKeeper, ShopifyAuth, ShopifyClient, ShopifyConfig, ORDERS_QUERY,
    SHOP_QUERY,
};
