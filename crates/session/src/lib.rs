//! The app and the CLI are two faces of this crate: anything one can do, the other can.

pub mod alerting;
pub mod demo;
mod error;
pub mod monitor;
pub mod profile;
pub mod secrets;
mod session;

pub use error::{Code, SessionError};
pub use session::{data_dir, Clock, RefreshSummary, Remedied, Selection, Session};

pub type Result<T, E = SessionError> = std::result::Result<T, E>;
