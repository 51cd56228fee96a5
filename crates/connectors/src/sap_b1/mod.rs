//! SAP Business One Service Layer: `Login` / `Logout` with the `B1SESSION` and `ROUTEID`
//! cookies, a new login when the session times out (error 301), master data with
//! `odata.nextLink` paging and `Prefer: odata.maxpagesize`, and sales orders created with
//! `NumAtCard` as the shop's reference, looked up before every create.

mod client;
pub mod errors;
pub mod limits;

pub use client::{SapClient, SapConfig};
