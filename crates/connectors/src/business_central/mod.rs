//! Microsoft Dynamics 365 Business Central API v2.0: OAuth 2.0 client credentials against
//! Entra ID, company-scoped OData entities with `@odata.nextLink` paging, and sales orders
//! created in one deep insert guarded by a lookup of `externalDocumentNumber` among open
//! orders, posted invoices and posted shipments. Every wire fact and its source:
//! `docs/vendors/business-central.md`.

mod client;
mod documents;
pub mod errors;
pub mod limits;
mod pacing;
mod periods;
mod status;
pub mod wire;

pub use client::{BcClient, BcConfig};
