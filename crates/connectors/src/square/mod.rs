//! Square (point of sale): orders through the Orders API's `SearchOrders` over the seller's
//! locations, each line's SKU from its catalog item variation (`BatchRetrieveCatalogObjects`,
//! in bulk), the buyer from the Customers API (`BulkRetrieveCustomers`) or a guest. Money is
//! Square's integer amount in the currency's smallest unit, read into exact decimals.
//! Every wire fact and its place in Square's OpenAPI document: docs/vendors/square.md.

mod client;
pub mod convert;
pub mod errors;
pub mod money;
pub mod unit;
pub mod wire;

pub use client::{SquareAuth, SquareClient, SquareConfig, SQUARE_VERSION};
