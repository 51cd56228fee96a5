//! "Retry in n8n": ask the integration tool to run an order's failed run again, so that its own
//! mappings and flows apply, but only for an order the ERP does not hold: each order is looked
//! up in the ERP first, as every resend of this app does, and one already there is never sent
//! again. After a retry the run's end is read back and the order looked up in the ERP again.

use std::time::Duration;

use osd_connectors::middleware::RunOutcome;
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
    /// The ERP already holds it: not retried, so it is not created twice.
    AlreadyInErp { order: String, erp_id: String },
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
        let middleware = self.middleware.as_ref().ok_or_else(|| {
            SessionError::Profile(
                "no integration tool is connected (a [middleware] section)".into(),
            )
        })?;
        let failures = middleware
            .failures()
            .await
            .map_err(|e| SessionError::Middleware(e.to_string()))?;
        let stored = self.db.find_orders(orders).await?;
        let mut results = Vec::new();
        for name in orders {
            let Some(run) = failures
                .iter()
                .rev()
                .find(|f| f.order.as_deref().is_some_and(|o| same_name(o, name)))
            else {
                continue;
            };
            let Some(order) = stored.iter().find(|s| same_name(&s.order.name, name)) else {
                results.push(RetryInMiddleware::UnknownOrder {
                    order: name.clone(),
                });
                continue;
            };
            // An ERP that cannot say is not a "no": nothing is retried without its answer.
            let held = self
                .erp
                .find_order(&order.external_id)
                .await
                .map_err(|e| SessionError::ErpRefused(e.to_string()))?;
            if let Some(held) = held {
                results.push(RetryInMiddleware::AlreadyInErp {
                    order: name.clone(),
                    erp_id: held.erp_id,
                });
                continue;
            }
            let retried = middleware
                .retry(&run.id)
                .await
                .map_err(|e| SessionError::Middleware(e.to_string()))?;
            let outcome = self.run_end(&retried).await?;
            let in_erp = self
                .erp
                .find_order(&order.external_id)
                .await
                .map_err(|e| SessionError::ErpRefused(e.to_string()))?
                .is_some();
            results.push(RetryInMiddleware::Retried {
                order: name.clone(),
                run: retried,
                succeeded: outcome == RunOutcome::Succeeded,
                in_erp,
                error: match outcome {
                    RunOutcome::Failed { error } => Some(error),
                    _ => None,
                },
            });
        }
        Ok(results)
    }

    /// The end of a run, or `Running` when it has not ended within `RUN_WAIT`.
    async fn run_end(&self, run: &str) -> Result<RunOutcome> {
        let Some(middleware) = self.middleware.as_ref() else {
            return Ok(RunOutcome::Running);
        };
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

fn same_name(a: &str, b: &str) -> bool {
    a.trim().trim_start_matches('#') == b.trim().trim_start_matches('#')
}
