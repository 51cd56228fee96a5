//! Microsoft Dynamics 365 Business Central API v2.0: OAuth 2.0 client credentials against
//! Entra ID, company-scoped OData entities with `@odata.nextLink` paging, and sales orders
//! created in one deep insert guarded by `externalDocumentNumber`.

mod client;
pub mod errors;
pub mod limits;
mod pacing;

pub use client::{BcClient, BcConfig};
