//! The doctor never talks HTTP: it sees master data, stored orders and classified errors, and
//! turns them into findings a store manager can act on.

pub mod catalogue;
mod check;
pub mod error_text;
pub mod fitting;
mod grouping;
pub mod middleware_log;
pub mod middleware_runs;
pub mod place;
pub mod plan;
mod preflight;
pub mod reconcile;
pub mod remedy;
mod resolve;
mod suggest;

pub use check::{assemble, CheckInput, OrderEvidence, StatusEvidence};
pub use grouping::group;
pub use preflight::{preflight, Problem};
pub use remedy::RemedyAction;
pub use resolve::{no_code_key, no_code_title, resolve, MasterIndex, Resolution};
pub use suggest::closest_sku;
