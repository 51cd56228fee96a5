//! NetSuite SuiteTalk REST: record API (`salesOrder` upsert by `eid:`), SuiteQL for bulk
//! master data, OAuth 2.0 client credentials (JWT assertion) or token-based auth (OAuth 1.0a).

mod auth;
mod client;
pub mod errors;
pub mod limits;
pub mod wire;

pub use auth::{JwtAlgorithm, NetSuiteAuth};
pub use client::{NetSuiteClient, NetSuiteConfig};
