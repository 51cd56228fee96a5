//! Resend orders to the ERP exactly once. For every order: pre-flight against master data,
//! look it up by its external id, and only when the ERP does not have it, record the intent,
//! write it (as an upsert where the ERP has one), record the result and read the status back.
//! A timeout is never taken as a failure until a lookup says the order is not there.

mod pacing;
mod retry;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use osd_connectors::{CallError, Created, Erp, ErpOrder, ErpOrderDraft, ErpOrderState};
use osd_doctor::{preflight, MasterIndex};
use osd_model::{FindingCode, Severity};
use osd_store::{
    AfterFailure, AttemptResult, Db, Mappings, Outcome, StoreError, StoredOrder, SyncState,
};
use serde::Serialize;

pub use pacing::Paced;
pub use retry::RetryPolicy;

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
    /// Where the order stands in the queue afterwards.
    pub state: SyncState,
    /// When a transient failure is tried again.
    pub retry_at: Option<DateTime<Utc>>,
}

/// Orders looked up together before their writes. Small, so each answer is seconds old when
/// its order is written (a lookup is only as good as it is recent).
const LOOKUP_BATCH: usize = 100;

/// What the ERP said about an order before its write.
enum Lookup {
    /// Asked in a batch: the order as found, or not there.
    Answered(Option<ErpOrder>),
    /// Not asked yet: ask just before the write.
    Pending,
}

/// Whether a failed write may have been stored all the same: its answer was lost or broke
/// off, or the ERP failed on its side (a 5xx can come after the commit). A refusal (4xx, 429
/// included) or a data error read from a complete answer means nothing was stored.
fn may_have_been_stored(error: &CallError) -> bool {
    match error.status {
        Some(status) => status >= 500,
        None => matches!(
            error.code,
            FindingCode::ErpTimeout | FindingCode::ErpUnreachable | FindingCode::UnclassifiedError
        ),
    }
}

fn is_verified(state: Option<ErpOrderState>) -> bool {
    state.is_some_and(ErpOrderState::is_live)
}

/// Progress of a bulk resend, for a progress bar.
#[derive(Debug, Clone, Serialize)]
pub struct Progress<'a> {
    pub done: usize,
    pub total: usize,
    pub last: &'a ResendResult,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Send orders even when the pre-flight says the ERP will refuse them, to get the ERP's
    /// own words. Never needed for safety: writes are idempotent either way.
    pub send_blocked: bool,
    pub retry: RetryPolicy,
    /// Orders in flight at once (at least one).
    pub concurrency: usize,
    /// Once set, no further order is started; those in flight finish, the rest stay queued
    /// for the next run.
    pub cancel: Option<Arc<AtomicBool>>,
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
    /// Settle orders a previous run left in `sending` (it stopped between recording the
    /// intent and the answer): the ERP is asked whether it holds each one. Found: it is in
    /// the ERP. Not found: it goes back to the queue. Never resent blindly.
    pub async fn recover_in_flight(&self) -> Result<usize, ResendError> {
        let in_flight = self.db.orders_in(&[SyncState::Sending]).await?;
        for stored in &in_flight {
            match self.erp.find_order(&stored.external_id).await {
                Ok(Some(found)) => {
                    let found = self.erp.finish_order(found.clone()).await.unwrap_or(found);
                    self.db
                        .mark_in_erp(
                            &stored.external_id,
                            &found.erp_id,
                            &found.status,
                            found.state.is_live(),
                        )
                        .await?
                }
                Ok(None) => {
                    self.db
                        .set_state(&stored.external_id, SyncState::Checked, None)
                        .await?
                }
                // The ERP cannot say now; the lookup before the next write will.
                Err(_) => {}
            }
        }
        Ok(in_flight.len())
    }

    fn cancelled(&self) -> bool {
        self.options
            .cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::SeqCst))
    }

    /// Resend these orders, `concurrency` at a time, reporting each result as it comes.
    pub async fn resend_all(
        &self,
        orders: &[StoredOrder],
        mut progress: impl FnMut(Progress<'_>),
    ) -> Result<Vec<ResendResult>, ResendError> {
        self.recover_in_flight().await?;
        let mut results = Vec::with_capacity(orders.len());
        // A plain loop over a set of futures rather than stream combinators with closures:
        // those make the future's `Send` unprovable to rustc (higher-ranked lifetimes), and
        // the desktop app must run a resend on a multi-threaded runtime.
        let mut batches = orders.chunks(LOOKUP_BATCH);
        let mut waiting = Vec::new().into_iter();
        let mut running = futures_util::stream::FuturesUnordered::new();
        let limit = self.options.concurrency.max(1);
        loop {
            while running.len() < limit && !self.cancelled() {
                if let Some((stored, lookup)) = waiting.next() {
                    running.push(self.resend_after(stored, lookup));
                    continue;
                }
                // The next batch is looked up only when nothing is in flight: awaiting a
                // request here while writes sit unpolled could wait forever on the ERP's
                // concurrency slots those writes hold.
                if !running.is_empty() {
                    break;
                }
                match batches.next() {
                    Some(batch) => {
                        let looked = self.look_up(batch).await;
                        let (together, alone) = self.split_for_writes(looked);
                        for chunk in together.chunks(self.erp.orders_per_write().max(1)) {
                            if self.cancelled() {
                                break;
                            }
                            for result in self.create_together(chunk).await? {
                                progress(Progress {
                                    done: results.len() + 1,
                                    total: orders.len(),
                                    last: &result,
                                });
                                results.push(result);
                            }
                        }
                        waiting = alone.into_iter();
                    }
                    None => break,
                }
            }
            let Some(result) = running.next().await else {
                break;
            };
            let result = result?;
            progress(Progress {
                done: results.len() + 1,
                total: orders.len(),
                last: &result,
            });
            results.push(result);
        }
        Ok(results)
    }

    /// Ask the ERP about a batch of orders in one go (a few requests by its chunk size). When
    /// it cannot answer, each order is looked up on its own just before its write.
    async fn look_up<'o>(&self, batch: &'o [StoredOrder]) -> Vec<(&'o StoredOrder, Lookup)> {
        let ids: Vec<String> = batch.iter().map(|o| o.external_id.clone()).collect();
        match self.erp.find_orders(&ids).await {
            Ok(found) => {
                let mut found: HashMap<String, ErpOrder> = found
                    .into_iter()
                    .map(|o| (self.erp.external_id_key(&o.external_id), o))
                    .collect();
                batch
                    .iter()
                    .map(|o| {
                        let key = self.erp.external_id_key(&o.external_id);
                        (o, Lookup::Answered(found.remove(&key)))
                    })
                    .collect()
            }
            Err(_) => batch.iter().map(|o| (o, Lookup::Pending)).collect(),
        }
    }

    /// Where the ERP takes several orders in one write: the orders it does not hold and
    /// nothing holds back, with their drafts, to be written together; the rest go one by one.
    #[allow(clippy::type_complexity)] // Two lists, named at the call.
    fn split_for_writes<'o>(
        &self,
        looked: Vec<(&'o StoredOrder, Lookup)>,
    ) -> (
        Vec<(&'o StoredOrder, ErpOrderDraft)>,
        Vec<(&'o StoredOrder, Lookup)>,
    ) {
        if self.erp.orders_per_write() < 2 {
            return (Vec::new(), looked);
        }
        let mut together = Vec::new();
        let mut alone = Vec::new();
        for (stored, lookup) in looked {
            if let Lookup::Answered(None) = lookup {
                let resolution = preflight(&stored.order, self.index, self.mappings);
                let blocked = resolution
                    .problems
                    .iter()
                    .any(|p| p.severity == Severity::Error);
                if !blocked || self.options.send_blocked {
                    together.push((stored, resolution.draft));
                    continue;
                }
            }
            alone.push((stored, lookup));
        }
        (together, alone)
    }

    /// Write orders the ERP does not hold in one request. When that write fails, any of them
    /// may be stored: each is then looked up and finished, or sent, on its own, so each ends
    /// with its own answer.
    async fn create_together(
        &self,
        chunk: &[(&StoredOrder, ErpOrderDraft)],
    ) -> Result<Vec<ResendResult>, ResendError> {
        let mut attempts = Vec::with_capacity(chunk.len());
        for (stored, draft) in chunk {
            let payload = self.erp.payload(draft).to_string();
            attempts.push(self.db.begin_attempt(&stored.external_id, &payload).await?);
        }
        let drafts: Vec<ErpOrderDraft> = chunk.iter().map(|(_, draft)| draft.clone()).collect();
        let error = match self.erp.create_orders(&drafts).await {
            Ok(created) if created.len() == chunk.len() => {
                let mut results = Vec::with_capacity(chunk.len());
                for (((stored, _), attempt), created) in chunk.iter().zip(attempts).zip(created) {
                    results.push(self.record_created(stored, attempt, created).await?);
                }
                return Ok(results);
            }
            Ok(created) => CallError::new(
                FindingCode::UnclassifiedError,
                format!(
                    "{} answered {} orders for {} sent",
                    self.erp.system(),
                    created.len(),
                    chunk.len()
                ),
                String::new(),
            ),
            Err(error) => error,
        };
        let mut results = Vec::with_capacity(chunk.len());
        for ((stored, _), attempt) in chunk.iter().zip(attempts) {
            let mut recorded = attempt_result(&error);
            recorded.summary = Some(format!(
                "{} (written together with {} more; sent again on its own)",
                error.summary,
                chunk.len() - 1
            ));
            self.db
                .finish_attempt(attempt, Outcome::Failed, &recorded)
                .await?;
            results.push(self.resend_after(stored, Lookup::Pending).await?);
        }
        Ok(results)
    }

    /// A write the ERP took: kept with the order as the ERP stored it, from its answer or
    /// read back, and whether that is open or processing.
    async fn record_created(
        &self,
        stored: &StoredOrder,
        attempt: i64,
        created: Created,
    ) -> Result<ResendResult, ResendError> {
        let erp_id = created.erp_id;
        let read = match created.record {
            Some(record) => Ok(record),
            None => self.erp.order_status(&erp_id).await,
        };
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
                    verified: is_verified(verified),
                    ..AttemptResult::default()
                },
            )
            .await?;
        Ok(ResendResult {
            order: stored.order.name.clone(),
            outcome: Outcome::Created,
            erp_id: Some(erp_id),
            erp_status: status,
            state: SyncState::held(is_verified(verified)),
            verified,
            code: None,
            message: None,
            retry_at: None,
        })
    }

    /// The queue state after a failed write: transient errors are scheduled again (and
    /// given up after the last retry), data errors wait for a remedy.
    fn after_failure(&self, stored: &StoredOrder, error: &CallError) -> AfterFailure {
        if error.code.is_transient() {
            self.options.retry.after_transient(
                stored.retry_count,
                Utc::now(),
                error.retry_after,
                &mut rand::thread_rng(),
            )
        } else {
            AfterFailure::WaitForRemedy
        }
    }

    fn failure(&self, stored: &StoredOrder, error: &CallError) -> (AttemptResult, ResendResult) {
        let after = self.after_failure(stored, error);
        let (state, retry_at) = match after {
            AfterFailure::WaitForRemedy => (SyncState::Failed, None),
            AfterFailure::RetryAt(at) => (SyncState::RetryScheduled, Some(at)),
            AfterFailure::GiveUp => (SyncState::Dead, None),
        };
        let mut attempt = attempt_result(error);
        attempt.after_failure = after;
        let result = ResendResult {
            order: stored.order.name.clone(),
            outcome: Outcome::Failed,
            erp_id: None,
            erp_status: None,
            verified: None,
            code: Some(error.code),
            message: Some(error.summary.clone()),
            state,
            retry_at,
        };
        (attempt, result)
    }

    /// Resend one order, looking it up by its external id first.
    pub async fn resend_one(&self, stored: &StoredOrder) -> Result<ResendResult, ResendError> {
        self.resend_after(stored, Lookup::Pending).await
    }

    async fn resend_after(
        &self,
        stored: &StoredOrder,
        lookup: Lookup,
    ) -> Result<ResendResult, ResendError> {
        let order = &stored.order;
        let name = order.name.clone();
        let external_id = &stored.external_id;

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
            return Ok(ResendResult {
                order: name,
                outcome: Outcome::Failed,
                erp_id: None,
                erp_status: None,
                verified: None,
                code: Some(problem.code),
                message: Some(format!("Not sent: {}", problem.detail)),
                state: SyncState::Failed,
                retry_at: None,
            });
        }

        // Look before writing: the order may be there from an earlier attempt whose answer
        // was lost (timeout, crash, closed laptop).
        let found = match lookup {
            Lookup::Answered(found) => Ok(found),
            Lookup::Pending => self.erp.find_order(external_id).await,
        };
        match found {
            Ok(Some(found)) => {
                let found = self.erp.finish_order(found.clone()).await.unwrap_or(found);
                return self
                    .record_found(stored, found, Outcome::AlreadyInErp, "lookup")
                    .await;
            }
            Ok(None) => {}
            Err(e) => {
                // Kept as an attempt: the raw answer is what the error log shows.
                let lookup = serde_json::json!({ "lookup": external_id }).to_string();
                let attempt = self.db.begin_attempt(external_id, &lookup).await?;
                let (recorded, result) = self.failure(stored, &e);
                self.db
                    .finish_attempt(attempt, Outcome::Failed, &recorded)
                    .await?;
                return Ok(result);
            }
        }

        let payload = self.erp.payload(&resolution.draft);
        let attempt = self
            .db
            .begin_attempt(external_id, &payload.to_string())
            .await?;
        match self.erp.create_order_with_record(&resolution.draft).await {
            Ok(created) => self.record_created(stored, attempt, created).await,
            Err(error) if may_have_been_stored(&error) => {
                // The write may have been committed before the answer was lost: ask.
                match self.erp.find_order(external_id).await {
                    Ok(Some(found)) => {
                        // Half-done writes (a quotation not yet confirmed) are completed.
                        let found = self.erp.finish_order(found.clone()).await.unwrap_or(found);
                        let mut result = attempt_result(&error);
                        result.code = None;
                        result.summary = Some(format!(
                            "{}; the order was found in the ERP afterwards",
                            error.summary
                        ));
                        result.erp_id = Some(found.erp_id.clone());
                        result.erp_status = Some(found.status.clone());
                        result.verified = found.state.is_live();
                        self.db
                            .finish_attempt(attempt, Outcome::Created, &result)
                            .await?;
                        Ok(ResendResult {
                            order: name,
                            outcome: Outcome::Created,
                            erp_id: Some(found.erp_id),
                            erp_status: Some(found.status),
                            state: SyncState::held(result.verified),
                            verified: Some(found.state),
                            code: None,
                            message: Some(
                                "The ERP answered late, but it did create the order.".into(),
                            ),
                            retry_at: None,
                        })
                    }
                    _ => {
                        let (recorded, result) = self.failure(stored, &error);
                        self.db
                            .finish_attempt(attempt, Outcome::Failed, &recorded)
                            .await?;
                        Ok(result)
                    }
                }
            }
            Err(error) => {
                let (recorded, result) = self.failure(stored, &error);
                self.db
                    .finish_attempt(attempt, Outcome::Failed, &recorded)
                    .await?;
                Ok(result)
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
                    verified: found.state.is_live(),
                    ..AttemptResult::default()
                },
            )
            .await?;
        Ok(ResendResult {
            order: stored.order.name.clone(),
            outcome,
            erp_id: Some(found.erp_id),
            erp_status: Some(found.status),
            state: SyncState::held(found.state.is_live()),
            verified: Some(found.state),
            code: None,
            message: None,
            retry_at: None,
        })
    }
}
