//! The fix plan carried out: its one preview (every change, every write to the ERP), then its
//! fixes one after the other and one resend of the orders they cleared.

use std::collections::HashSet;

use osd_doctor::plan::FixPlan;
use osd_doctor::remedy::{preview_in_turn, RemedyPreview};
use osd_doctor::RemedyAction;
use osd_model::CheckReport;
use osd_resend::Options;
use osd_store::SyncState;
use serde::Serialize;
use ts_rs::TS;

use crate::browse::count;
use crate::session::evidence;
use crate::{ResendProgress, ResendRow, Result, Selection, Session, SessionError};

/// One order the plan writes to the ERP. Customer text is data: shown as text only.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "plan.ts")]
pub struct PlannedWrite {
    pub order: String,
    /// The store's id of the order, which the ERP document carries as its reference.
    pub external_id: String,
    pub customer: String,
    /// Decimal as text.
    pub total: String,
    pub currency: String,
}

/// Everything the plan would do, before it does any of it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "plan.ts")]
pub struct PlanPreview {
    /// Each fix, previewed after the ones before it.
    pub fixes: Vec<RemedyPreview>,
    /// Every order the resend writes to the ERP, once.
    pub writes: Vec<PlannedWrite>,
    /// Why no order is written twice.
    pub safety: String,
    /// What the ERP does with every order on its own.
    pub notes: Vec<String>,
    /// Orders of the plan the fixes would not clear after all: not sent.
    pub not_sent: Vec<String>,
}

/// What became of one fix of the plan.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "plan.ts")]
pub struct AppliedFix {
    pub remedy: String,
    /// Its change number, for Undo.
    #[ts(type = "number | null")]
    pub change: Option<i64>,
    /// Why it was not made (the ERP refused to create a record, say).
    pub error: Option<String>,
}

/// The plan under way: fixes first, then the resend order by order.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "plan.ts")]
pub struct PlanProgress {
    pub fixes_done: u32,
    pub fixes_total: u32,
    /// The resend, once it has started.
    pub sending: Option<ResendProgress>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "plan.ts")]
pub struct PlanOutcome {
    pub fixes: Vec<AppliedFix>,
    pub results: Vec<ResendRow>,
    /// Orders of the preview that were not sent: a fix they needed was not made.
    pub not_sent: Vec<String>,
}

/// The remedies of a plan, each a change (never a resend: the plan resends once, at its end).
fn changes(remedies: &[String]) -> Result<Vec<RemedyAction>> {
    remedies
        .iter()
        .map(|id| match RemedyAction::parse(id) {
            Some(RemedyAction::Resend { .. } | RemedyAction::RetryInMiddleware { .. }) | None => {
                Err(SessionError::UnknownRemedy(id.clone()))
            }
            Some(action) => Ok(action),
        })
        .collect()
}

fn same_order(a: &str, b: &str) -> bool {
    a.trim_start_matches('#') == b.trim_start_matches('#')
}

impl Session {
    /// The plan for the check the window shows.
    pub fn fix_plan(&self, report: &CheckReport) -> FixPlan {
        osd_doctor::plan::plan(report, self.erp.system(), self.language.get())
    }

    /// Every change the plan's `remedies` make and every order of `orders` written to the ERP
    /// afterwards, without changing or writing anything.
    pub async fn preview_plan(
        &self,
        remedies: &[String],
        orders: &[String],
    ) -> Result<PlanPreview> {
        let actions = changes(remedies)?;
        self.refresh().await?;
        let index = self.master_index().await?;
        let mappings = self.db.mappings().await?;
        let attempts = self.db.last_attempts().await?;
        let unsynced = self.db.unsynced_orders().await?;
        let named: Vec<(&str, &osd_model::Order)> = unsynced
            .iter()
            .map(|s| (s.order.name.as_str(), &s.order))
            .collect();
        let (fixes, mappings, index) =
            preview_in_turn(&actions, &named, &index, &mappings, &self.context());
        let ready: Vec<&osd_store::StoredOrder> = unsynced
            .iter()
            .filter(|stored| evidence(stored, &attempts, &index, &mappings).ready())
            .collect();
        let unverified = self.db.orders_in(&[SyncState::Sent]).await?;
        let mut writes = Vec::new();
        let mut not_sent = Vec::new();
        for name in orders {
            let found = ready
                .iter()
                .copied()
                .chain(unverified.iter())
                .find(|s| same_order(&s.order.name, name));
            match found {
                Some(stored) => writes.push(PlannedWrite {
                    order: stored.order.name.clone(),
                    external_id: stored.external_id.clone(),
                    customer: stored.order.customer.name.clone(),
                    total: stored.order.total.to_string(),
                    currency: stored.order.currency.clone(),
                }),
                None => not_sent.push(name.clone()),
            }
        }
        let language = self.language.get();
        let (_, safety) =
            osd_doctor::catalogue::resend_preview(writes.len(), self.erp.system(), language);
        Ok(PlanPreview {
            fixes,
            writes,
            safety,
            notes: osd_doctor::catalogue::resend_notes(self.erp.system(), language),
            not_sent,
        })
    }

    /// Make the plan's fixes one after the other, then send those of `orders` they cleared,
    /// each exactly once. A fix that fails does not stop the others; the orders that needed
    /// it stay waiting and are named.
    pub async fn apply_plan(
        &self,
        remedies: &[String],
        orders: &[String],
        mut progress: impl FnMut(PlanProgress),
    ) -> Result<PlanOutcome> {
        changes(remedies)?;
        let fixes_total = count(remedies.len());
        let mut fixes = Vec::with_capacity(remedies.len());
        for (done, id) in remedies.iter().enumerate() {
            progress(PlanProgress {
                fixes_done: count(done),
                fixes_total,
                sending: None,
            });
            let applied = self.apply_remedy(id, |_| {}).await;
            fixes.push(match applied {
                Ok(remedied) => AppliedFix {
                    remedy: id.clone(),
                    change: remedied.change,
                    error: None,
                },
                Err(error) => AppliedFix {
                    remedy: id.clone(),
                    change: None,
                    error: Some(error.to_string()),
                },
            });
        }
        progress(PlanProgress {
            fixes_done: fixes_total,
            fixes_total,
            sending: None,
        });
        self.refresh().await?;
        let mut ready: HashSet<String> = self.resend_targets(None).await?.into_iter().collect();
        let unverified = self.db.orders_in(&[SyncState::Sent]).await?;
        ready.extend(unverified.into_iter().map(|o| o.order.name));
        let (targets, not_sent): (Vec<String>, Vec<String>) = orders
            .iter()
            .cloned()
            .partition(|name| ready.iter().any(|r| same_order(r, name)));
        let results = if targets.is_empty() {
            vec![]
        } else {
            self.reprocess(&Selection::Orders(targets), Options::default(), |p| {
                progress(PlanProgress {
                    fixes_done: fixes_total,
                    fixes_total,
                    sending: Some(ResendProgress::new(p.done, p.total, p.last)),
                })
            })
            .await?
        };
        Ok(PlanOutcome {
            fixes,
            results: results.iter().map(ResendRow::from).collect(),
            not_sent,
        })
    }
}
