//! The doctor never talks HTTP: it sees master data, stored orders and classified errors, and
//! turns them into findings a store manager can act on.

pub mod catalogue;
mod check;
mod grouping;
mod preflight;
mod resolve;
mod suggest;

pub use check::{assemble, CheckInput, OrderEvidence, StatusEvidence};
pub use grouping::group;
pub use preflight::{preflight, Problem};
pub use resolve::{resolve, MasterIndex, Resolution};
pub use suggest::closest_sku;
