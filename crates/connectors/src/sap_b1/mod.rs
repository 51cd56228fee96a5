//! SAP Business One Service Layer: `Login` / `Logout` with the `B1SESSION` and `ROUTEID`
//! cookies and a new login when the session times out (error 301); master data with
//! `odata.nextLink` paging and `Prefer: odata.maxpagesize`, posting periods through
//! `CompanyService_GetFinancePeriods`, tax from sales tax codes or tax groups as the company's
//! localisation keeps them; sales orders created with `NumAtCard` as the shop's reference,
//! looked up before every create.
//!
//! - `client`: the calls, and the `Erp` implementation.
//! - `session`: login, cookie renewal, logout.
//! - `wire`: every Service Layer name used (checked against SAP's `$metadata` by
//!   `tests/sap_b1_conformance`) and the bodies.
//! - `periods`, `tax`, `documents`: what the answers mean.
//! - `errors`: SAP's texts → finding codes, each text with its source.
//! - `limits`: field lengths.

mod client;
pub mod documents;
pub mod errors;
pub mod limits;
pub mod periods;
mod session;
pub mod tax;
pub mod wire;

pub use client::{SapClient, SapConfig};

const SYSTEM: &str = "SAP Business One";
