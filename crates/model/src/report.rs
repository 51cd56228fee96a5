use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Finding;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export_to = "bindings.ts")]
pub enum StepStatus {
    Ok,
    Warning,
    Failed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export_to = "bindings.ts")]
pub struct StepReport {
    pub step: u8,
    pub title: String,
    pub status: StepStatus,
    /// One line on what was checked and what was found.
    pub summary: String,
    pub findings: Vec<Finding>,
}

/// The five steps, in order. This is the JSON that `sync-doctor check --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export_to = "bindings.ts")]
pub struct CheckReport {
    pub steps: Vec<StepReport>,
}

impl CheckReport {
    pub fn all_ok(&self) -> bool {
        self.steps.iter().all(|s| s.status == StepStatus::Ok)
    }

    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.steps.iter().flat_map(|s| s.findings.iter())
    }
}
