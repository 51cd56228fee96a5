//! Resend orders to the ERP exactly once. For every order: pre-flight against master data,
//! look it up by its external id, and only when the ERP does not have it, record the intent,
//! write it (as an upsert where the ERP has one), record the result and read the status back.
//! A timeout is never taken as a failure until a lookup says the order is not there.

use osd_connectors::{CallError, Erp, ErpOrder, ErpOrderState};
use osd_doctor::{preflight, MasterIndex};
use osd_model::{FindingCode, Severity};
use osd_store::{AttemptResult, Db, Mappings, Outcome, StoreError, StoredOrder, SyncState};
use serde::Serialize;

/// Only broken infrastructure is an error; an order the ERP refuses is a result.
#[derive(Debug, thiserror::Error)]
pub enum ResendError {
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What happened to one order. This is the JSON of `sync-doctor reprocess --json`.
#[derive(Debug, Clone, Serialize)]
pub struct ResendResult {
    pub order: String,
    pub outcome: Outcome,
    pub erp_id: Option<String>,
    pub erp_status: Option<String>,
    /// Open / Processing / Other, read back after the write.
    pub verified: Option<ErpOrderState>,
    pub code: Option<FindingCode>,
    pub message: Option<String>,
}

/// Progress of a bulk resend, for a progress bar.
#[derive(Debug, Clone, Serialize)]
pub struct Progress<'a> {
    pub done: usize,
    pub total: usize,
    pub last: &'a ResendResult,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Send orders even when the pre-flight says the ERP will refuse them, to get the ERP's
    /// own words. Never needed for safety: writes are idempotent either way.
    pub send_blocked: bool,
}

pub struct Resender<'a> {
    pub db: &'a Db,
    pub erp: &'a dyn Erp,
    pub index: &'a MasterIndex,
    pub mappings: &'a Mappings,
    pub options: Options,
}

fn attempt_result(error: &CallError) -> AttemptResult {
    AttemptResult {
        http_status: error.status,
        raw_answer: Some(error.raw.clone()),
        code: Some(error.code),
        error_key: error.key.clone(),
        summary: Some(error.summary.clone()),
        ..AttemptResult::default()
    }
}

impl Resender<'_> {
    pub async fn resend_all(
        &self,
        orders: &[StoredOrder],
        mut progress: impl FnMut(Progress<'_>),
    ) -> Result<Vec<ResendResult>, ResendError> {
        let mut results = Vec::with_capacity(orders.len());
        for (done, stored) in orders.iter().enumerate() {
            let result = self.resend_one(stored).await?;
            progress(Progress {
                done: done + 1,
                total: orders.len(),
                last: &result,
            });
            results.push(result);
        }
        Ok(results)
    }

    pub async fn resend_one(&self, stored: &StoredOrder) -> Result<ResendResult, ResendError> {
        let order = &stored.order;
        let name = order.name.clone();
        let external_id = &stored.external_id;
        let failed = |code: FindingCode, message: String| ResendResult {
            order: name.clone(),
            outcome: Outcome::Failed,
            erp_id: None,
            erp_status: None,
            verified: None,
            code: Some(code),
            message: Some(message),
        };

        let resolution = preflight(order, self.index, self.mappings);
        let blocking = resolution
            .problems
            .iter()
            .find(|p| p.severity == Severity::Error);
        if let (Some(problem), false) = (blocking, self.options.send_blocked) {
            // Not sent: the ERP would refuse it. The order waits for a remedy.
            self.db
                .set_state(external_id, SyncState::Failed, Some(problem.code))
                .await?;
            return Ok(failed(
                problem.code,
                format!("Not sent: {}", problem.detail),
            ));
        }

        // Look before writing: the order may be there from an earlier attempt whose answer
        // was lost (timeout, crash, closed laptop).
        match self.erp.find_order(external_id).await {
            Ok(Some(found)) => {
                return self
                    .record_found(stored, found, Outcome::AlreadyInErp, "lookup")
                    .await
            }
            Ok(None) => {}
            Err(e) => {
                // Kept as an attempt: the raw answer is what the error log shows.
                let lookup = serde_json::json!({ "lookup": external_id }).to_string();
                let attempt = self.db.begin_attempt(external_id, &lookup).await?;
                self.db
                    .finish_attempt(attempt, Outcome::Failed, &attempt_result(&e))
                    .await?;
                return Ok(failed(e.code, e.summary));
            }
        }

        let payload = self.erp.payload(&resolution.draft);
        let attempt = self
            .db
            .begin_attempt(external_id, &payload.to_string())
            .await?;
        match self.erp.create_order(&resolution.draft).await {
            Ok(erp_id) => {
                let read = self.erp.order_status(&erp_id).await;
                let (status, verified) = match read {
                    Ok(o) => (Some(o.status), Some(o.state)),
                    Err(_) => (None, None),
                };
                self.db
                    .finish_attempt(
                        attempt,
                        Outcome::Created,
                        &AttemptResult {
                            erp_id: Some(erp_id.clone()),
                            erp_status: status.clone(),
                            http_status: Some(204),
                            ..AttemptResult::default()
                        },
                    )
                    .await?;
                Ok(ResendResult {
                    order: name,
                    outcome: Outcome::Created,
                    erp_id: Some(erp_id),
                    erp_status: status,
                    verified,
                    code: None,
                    message: None,
                })
            }
            Err(error)
                if matches!(
                    error.code,
                    FindingCode::ErpTimeout | FindingCode::ErpUnreachable
                ) =>
            {
                // The write may have been committed before the answer was lost: ask.
                match self.erp.find_order(external_id).await {
                    Ok(Some(found)) => {
                        let mut result = attempt_result(&error);
                        result.code = None;
                        result.summary = Some(format!(
                            "{}; the order was found in the ERP afterwards",
                            error.summary
                        ));
                        result.erp_id = Some(found.erp_id.clone());
                        result.erp_status = Some(found.status.clone());
                        self.db
                            .finish_attempt(attempt, Outcome::Created, &result)
                            .await?;
                        Ok(ResendResult {
                            order: name,
                            outcome: Outcome::Created,
                            erp_id: Some(found.erp_id),
                            erp_status: Some(found.status),
                            verified: Some(found.state),
                            code: None,
                            message: Some(
                                "The ERP answered late, but it did create the order.".into(),
                            ),
                        })
                    }
                    _ => {
                        self.db
                            .finish_attempt(attempt, Outcome::Failed, &attempt_result(&error))
                            .await?;
                        Ok(failed(error.code, error.summary))
                    }
                }
            }
            Err(error) => {
                self.db
                    .finish_attempt(attempt, Outcome::Failed, &attempt_result(&error))
                    .await?;
                Ok(failed(error.code, error.summary))
            }
        }
    }

    async fn record_found(
        &self,
        stored: &StoredOrder,
        found: ErpOrder,
        outcome: Outcome,
        how: &str,
    ) -> Result<ResendResult, ResendError> {
        let attempt = self
            .db
            .begin_attempt(
                &stored.external_id,
                &serde_json::json!({ "found_by": how }).to_string(),
            )
            .await?;
        self.db
            .finish_attempt(
                attempt,
                outcome,
                &AttemptResult {
                    erp_id: Some(found.erp_id.clone()),
                    erp_status: Some(found.status.clone()),
                    ..AttemptResult::default()
                },
            )
            .await?;
        Ok(ResendResult {
            order: stored.order.name.clone(),
            outcome,
            erp_id: Some(found.erp_id),
            erp_status: Some(found.status),
            verified: Some(found.state),
            code: None,
            message: None,
        })
    }
}
