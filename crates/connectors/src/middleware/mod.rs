//! The user's own integration tool between store and ERP (n8n today): the runs it gave up on,
//! each with the order it carried and the error it met, and asking it to run one again, so
//! that its own mappings and flows apply.

mod api;
pub mod celigo;
pub mod make;
pub mod n8n;
pub mod record;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::{ConnectionReport, Result};

/// One run the integration tool gave up on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MiddlewareFailure {
    /// The tool's own id of the run.
    pub id: String,
    /// The flow (n8n: workflow) it belongs to, by name when the tool says it.
    pub flow: String,
    /// The store order it carried, when the run's input names one.
    pub order: Option<String>,
    /// The error as the tool wrote it (the ERP's words, when the ERP refused).
    pub error: String,
    /// The step that failed.
    pub step: Option<String>,
    pub failed_at: Option<DateTime<Utc>>,
    /// The run this one retried, if it was a retry.
    pub retry_of: Option<String>,
}

/// How a run ended, or that it has not yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunOutcome {
    Succeeded,
    Failed { error: String },
    Running,
}

#[async_trait]
pub trait Middleware: Send + Sync {
    fn system(&self) -> &'static str;
    async fn test_connection(&self) -> Result<ConnectionReport>;
    /// Every failed run not yet put right: a run that a later retry fixed, or that a later
    /// failed retry stands for, is left out.
    async fn failures(&self) -> Result<Vec<MiddlewareFailure>>;
    /// Run a failed run again; the new run's id.
    async fn retry(&self, id: &str) -> Result<String>;
    async fn outcome(&self, id: &str) -> Result<RunOutcome>;
    /// Tell the tool a failed run needs nothing more (its order is in the ERP), where its API
    /// has a way to; `false` when it has none.
    async fn mark_resolved(&self, id: &str) -> Result<bool>;
}
