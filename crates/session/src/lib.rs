//! The app and the CLI are two faces of this crate: anything one can do, the other can.

pub mod alerting;
pub mod app_config;
mod bindings;
mod browse;
pub mod browser_sign_in;
pub mod connections;
pub mod demo;
mod error;
pub mod export_pull;
mod fix_plan;
pub mod last_check;
pub mod middleware_retry;
pub mod monitor;
pub mod printed_report;
pub mod profile;
mod reconciliation;
pub mod secrets;
mod session;
pub mod software_update;

pub use browse::{
    ActivityItem, OrderRow, OrdersPage, OrdersQuery, RemedyOutcome, ResendProgress, ResendRow,
};
pub use error::{Code, SessionError};
pub use fix_plan::{AppliedFix, PlanOutcome, PlanPreview, PlanProgress, PlannedWrite};
pub use session::{data_dir, Clock, RefreshSummary, Remedied, Selection, Session};

pub type Result<T, E = SessionError> = std::result::Result<T, E>;
