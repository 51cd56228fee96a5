//! NetSuite SuiteTalk REST: record API (`salesOrder` upsert by `eid:` with `replace=item`),
//! SuiteQL for bulk reads (key-set paging, ISO dates), OAuth 2.0 client credentials (JWT
//! assertion) or token-based auth (OAuth 1.0a). `docs/vendors/netsuite.md` lists every wire
//! fact this relies on, with its source and the test that pins it.

mod auth;
mod client;
mod documents;
pub mod errors;
pub mod limits;
mod master_data;
mod status;
mod suiteql;
pub mod wire;

pub use auth::{realm, JwtAlgorithm, NetSuiteAuth};
pub use client::{NetSuiteClient, NetSuiteConfig};
