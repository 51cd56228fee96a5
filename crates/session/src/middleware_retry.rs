//! "Retry in n8n": ask the integration tool to run an order's failed run again, so that its own
//! mappings and flows apply, but only for an order the ERP does not hold: each order is looked
//! up in the ERP first, as every resend of this app does, and one already there is never sent
//! again. After a retry the run's end is read back and the order looked up in the ERP again.

use std::time::Duration;

pub use osd_connectors::middleware::MiddlewareFailure;
use osd_connectors::middleware::{Middleware, RunOutcome};
use osd_doctor::middleware_runs::{self, same_order};
use osd_model::FindingCode;
use serde::Serialize;
use ts_rs::TS;

use crate::{Result, Session, SessionError};

/// How long a retried run is waited for before it is reported as still running.
const RUN_WAIT: Duration = Duration::from_secs(60);

/// What became of one order's retry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export_to = "app.ts")]
pub enum RetryInMiddleware {
    /// The ERP already holds it: not retried, so it is not created twice; `marked_resolved`
    /// when the tool was told so (where its API has a way to).
    AlreadyInErp {
        order: String,
        erp_id: String,
        marked_resolved: bool,
    },
    /// The ERP or the tool did not answer for this order: not retried, nothing changed.
    NotRetried { order: String, reason: String },
    /// The store order is not one this app has read, so the ERP cannot be asked about it:
    /// not retried.
    UnknownOrder { order: String },
    /// Retried; `in_erp` once the ERP holds it after the run.
    Retried {
        order: String,
        run: String,
        succeeded: bool,
        in_erp: bool,
        /// The run's error, when it failed again.
        error: Option<String>,
    },
}

impl Session {
    /// Retry in the integration tool the failed runs of `orders` (store order names).
    pub async fn retry_in_middleware(&self, orders: &[String]) -> Result<Vec<RetryInMiddleware>> {
        let failures = self.middleware_failures().await?;
        self.retry_runs(&failures, orders).await
    }

    /// Retry the failed runs of one root cause (`None`: every run naming an order), as the
    /// check classified them.
    pub async fn retry_in_middleware_for(
        &self,
        cause: Option<&(FindingCode, Option<String>)>,
    ) -> Result<Vec<RetryInMiddleware>> {
        let failures = self.middleware_failures().await?;
        let orders = self.orders_of(&failures, cause).await?;
        self.retry_runs(&failures, &orders).await
    }

    /// The orders a retry of `cause` would take, for its preview.
    pub async fn middleware_retry_targets(
        &self,
        cause: Option<&(FindingCode, Option<String>)>,
    ) -> Result<Vec<String>> {
        let failures = self.middleware_failures().await?;
        self.orders_of(&failures, cause).await
    }

    /// The orders named by the runs of `cause` (as the check groups them), in the tool's
    /// order, each once.
    async fn orders_of(
        &self,
        failures: &[MiddlewareFailure],
        cause: Option<&(FindingCode, Option<String>)>,
    ) -> Result<Vec<String>> {
        let evidence = match cause {
            Some(_) => self.order_evidence(&self.master_index().await?).await?,
            None => vec![],
        };
        let of_cause = failures.iter().filter(|failure| {
            let Some((code, _)) = cause else {
                return true;
            };
            let found = middleware_runs::cause(failure, &evidence);
            // A run whose error named no value was grouped by the app's reading of its order;
            // once the fix is made that reading finds nothing, and the run still belongs to
            // the cause it was shown under.
            Some(&found) == cause || found == (*code, None)
        });
        let orders = middleware_runs::named_orders(of_cause);
        Ok(orders)
    }

    /// The failed runs the integration tool holds, each order named as the store names it.
    pub async fn middleware_failures(&self) -> Result<Vec<MiddlewareFailure>> {
        let middleware = self.middleware.as_ref().ok_or_else(|| {
            SessionError::Profile(
                "no integration tool is connected (a [middleware] section)".into(),
            )
        })?;
        let mut failures = middleware
            .failures()
            .await
            .map_err(|e| SessionError::Middleware(e.to_string()))?;
        self.name_orders(&mut failures).await?;
        Ok(failures)
    }

    /// Name each run's order as the store does: a tool may carry the store's own id (Celigo's
    /// trace key is Shopify's order id) rather than the number people see.
    pub(crate) async fn name_orders(&self, failures: &mut [MiddlewareFailure]) -> Result<()> {
        if failures.iter().all(|f| f.order.is_none()) {
            return Ok(());
        }
        let stored = self.db.all_orders().await?;
        for failure in failures.iter_mut() {
            let Some(reference) = failure.order.as_deref().map(str::trim) else {
                continue;
            };
            let found = stored.iter().find(|s| {
                same_order(&s.order.name, reference)
                    || s.external_id == reference
                    || s.order.store_id == reference
                    || s.order
                        .store_id
                        .rsplit_once('/')
                        .is_some_and(|(_, id)| id == reference)
            });
            if let Some(found) = found {
                failure.order = Some(found.order.name.clone());
            }
        }
        Ok(())
    }

    async fn retry_runs(
        &self,
        failures: &[MiddlewareFailure],
        orders: &[String],
    ) -> Result<Vec<RetryInMiddleware>> {
        let Some(middleware) = self.middleware.as_ref() else {
            return Ok(vec![]);
        };
        let stored = self.db.find_orders(orders).await?;
        let mut results = Vec::new();
        for name in orders {
            let Some(run) = failures
                .iter()
                .rev()
                .find(|f| f.order.as_deref().is_some_and(|o| same_order(o, name)))
            else {
                continue;
            };
            let Some(order) = stored.iter().find(|s| same_order(&s.order.name, name)) else {
                results.push(RetryInMiddleware::UnknownOrder {
                    order: name.clone(),
                });
                continue;
            };
            // One order's trouble (the ERP or the tool not answering) is told with that order
            // and the others still go: a retry already made is never lost from the answer.
            let result = self
                .retry_one(middleware.as_ref(), name, &order.external_id, &run.id)
                .await
                .unwrap_or_else(|e| RetryInMiddleware::NotRetried {
                    order: name.clone(),
                    reason: e.to_string(),
                });
            results.push(result);
        }
        Ok(results)
    }

    async fn retry_one(
        &self,
        middleware: &dyn Middleware,
        name: &str,
        external_id: &str,
        run: &str,
    ) -> Result<RetryInMiddleware> {
        // An ERP that cannot say is not a "no": nothing is retried without its answer.
        let held = self
            .erp
            .find_order(external_id)
            .await
            .map_err(|e| SessionError::ErpRefused(e.to_string()))?;
        if let Some(held) = held {
            let marked_resolved = middleware
                .mark_resolved(run)
                .await
                .map_err(|e| SessionError::Middleware(e.to_string()))?;
            return Ok(RetryInMiddleware::AlreadyInErp {
                order: name.to_string(),
                erp_id: held.erp_id,
                marked_resolved,
            });
        }
        let retried = middleware
            .retry(run)
            .await
            .map_err(|e| SessionError::Middleware(e.to_string()))?;
        let outcome = self.run_end(middleware, &retried).await?;
        let in_erp = self
            .erp
            .find_order(external_id)
            .await
            .map_err(|e| SessionError::ErpRefused(e.to_string()))?
            .is_some();
        Ok(RetryInMiddleware::Retried {
            order: name.to_string(),
            run: retried,
            succeeded: outcome == RunOutcome::Succeeded,
            in_erp,
            error: match outcome {
                RunOutcome::Failed { error } => Some(error),
                _ => None,
            },
        })
    }

    /// The end of a run, or `Running` when it has not ended within `RUN_WAIT`.
    async fn run_end(&self, middleware: &dyn Middleware, run: &str) -> Result<RunOutcome> {
        let until = tokio::time::Instant::now() + RUN_WAIT;
        loop {
            let outcome = middleware
                .outcome(run)
                .await
                .map_err(|e| SessionError::Middleware(e.to_string()))?;
            if outcome != RunOutcome::Running || tokio::time::Instant::now() >= until {
                return Ok(outcome);
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    }
}
