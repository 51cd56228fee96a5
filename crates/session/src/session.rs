use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use std::time::Duration;

use osd_connectors::http::{with_clock_reading, Side};
use osd_connectors::statuspage::{self, VendorStatus};
use osd_connectors::{CallError, Erp, OrderQuery, StoreSource};
use osd_doctor::catalogue::Context;
use osd_doctor::remedy::{NewRecord, RemedyPreview};
use osd_doctor::{
    assemble, preflight, CheckInput, MasterIndex, OrderEvidence, RemedyAction, StatusEvidence,
};
use osd_model::{CheckReport, FindingCode, Readiness, ReadyStatuses};
use osd_resend::{Options, Paced, Progress, ResendResult, Resender};
use osd_store::{Attempt, Db, MappingKind, Mappings, StoredOrder, SyncState};
use serde::Serialize;

use crate::export_pull::Exported;
use crate::{Result, SessionError};

/// Where time comes from, so expiry checks test deterministically.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// Pages are as large as the store allows (Square's SearchOrders takes 1,000); WooCommerce's
/// connector lowers this to its 100, Shopify's to what its cost bucket can pay.
const PAGE_SIZE: u32 = 1000;

/// The app's data folder. `SYNC_DOCTOR_DATA_DIR` overrides it (tests, dev builds).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("SYNC_DOCTOR_DATA_DIR") {
        return PathBuf::from(dir);
    }
    dirs::data_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join("order-sync-doctor")
}

/// Which orders to resend.
#[derive(Debug, Clone)]
pub enum Selection {
    AllFailed,
    Orders(Vec<String>),
}

/// What applying a remedy did.
#[derive(Debug, Clone, Serialize)]
pub struct Remedied {
    pub remedy: String,
    /// The audit entry of a mapping or rule: `sync-doctor undo` takes it.
    pub change: Option<i64>,
    /// The orders a resend remedy sent.
    pub results: Vec<ResendResult>,
    /// The orders a retry in the integration tool took.
    pub retried: Vec<crate::middleware_retry::RetryInMiddleware>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct RefreshSummary {
    pub pulled: usize,
    pub known: usize,
    pub unreadable: Vec<(String, String)>,
    /// Records the store sent in a shape the connector does not know: (reference, why and raw).
    pub unknown: Vec<(String, String)>,
    pub store_error: Option<String>,
    /// What the ERP holds of the stored orders, compared with them; `None` when it could not
    /// answer.
    pub reconciliation: Option<osd_doctor::reconcile::Reconciliation>,
}

/// One store and one ERP, with the order database between them.
pub struct Session {
    pub db: Db,
    pub store: Box<dyn StoreSource>,
    pub erp: Box<dyn Erp>,
    pub clock: Clock,
    /// The vendors' Statuspage addresses, when known.
    pub store_status_page: Option<url::Url>,
    pub erp_status_page: Option<url::Url>,
    /// The folder with the app's data: every check keeps it private to the user and says in
    /// step 1 what could not be made so.
    pub data_folder: Option<PathBuf>,
    /// Which store statuses count as ready to book: the store's own "paid" unless the
    /// profile says otherwise. Orders in other statuses are held back, and listed.
    pub ready: ReadyStatuses,
    /// The user's integration tool (n8n), when the profile names one: its failed runs are
    /// part of every check.
    pub middleware: Option<Box<dyn osd_connectors::middleware::Middleware>>,
    /// The language findings, previews and reports are worded in (shared with the app's
    /// Settings, so a change reaches the next check).
    pub language: osd_i18n::Speaking,
    /// Told how a large pull through the store's export is coming along.
    pub pull_progress: Option<crate::export_pull::PullProgressSink>,
    /// One pull at a time: the monitor's and a check's would otherwise read the same export
    /// into the same checkpoint.
    pulling: tokio::sync::Mutex<()>,
}

/// A status page that cannot be read is no finding: the connection test speaks for itself.
async fn vendor_status(page: &Option<url::Url>, side: Side) -> Option<VendorStatus> {
    let page = page.as_ref()?;
    match statuspage::read(page, side, Duration::from_secs(10)).await {
        Ok(status) => Some(status),
        Err(error) => {
            tracing::info!(%error, "status page not read");
            None
        }
    }
}

fn last_error(attempt: &Attempt) -> Option<CallError> {
    let code = attempt.code?;
    let mut error = CallError::new(
        code,
        attempt.summary.clone().unwrap_or_default(),
        attempt.raw_answer.clone().unwrap_or_default(),
    );
    error.key = attempt.error_key.clone();
    error.status = attempt.http_status.and_then(|s| u16::try_from(s).ok());
    Some(error)
}

/// What is known of an order not in the ERP: its pre-flight under these mappings and master
/// data, and its last error.
pub(crate) fn evidence(
    stored: &StoredOrder,
    attempts: &HashMap<String, Attempt>,
    index: &MasterIndex,
    mappings: &Mappings,
) -> OrderEvidence {
    OrderEvidence {
        name: stored.order.name.clone(),
        problems: preflight(&stored.order, index, mappings).problems,
        last_error: attempts.get(&stored.external_id).and_then(last_error),
    }
}

impl Session {
    pub fn new(db: Db, store: Box<dyn StoreSource>, erp: Box<dyn Erp>, clock: Clock) -> Self {
        Self {
            ready: ReadyStatuses::new(store.paid_statuses()),
            db,
            store,
            erp,
            clock,
            store_status_page: None,
            erp_status_page: None,
            data_folder: None,
            middleware: None,
            language: osd_i18n::Speaking::default(),
            pull_progress: None,
            pulling: tokio::sync::Mutex::new(()),
        }
    }

    /// The integration tool's failed runs, when one is connected.
    async fn middleware_runs(&self) -> Option<osd_doctor::middleware_runs::MiddlewareEvidence> {
        let middleware = self.middleware.as_ref()?;
        Some(osd_doctor::middleware_runs::MiddlewareEvidence {
            system: middleware.system().to_string(),
            result: middleware.failures().await,
        })
    }

    pub(crate) fn context(&self) -> Context {
        Context {
            store: self.store.system().to_string(),
            erp: self.erp.system().to_string(),
            creates_records: self.erp.creates_records(),
            language: self.language.get(),
        }
    }

    fn cursor_name(&self) -> String {
        format!("{}:updated_since", self.store.system().to_lowercase())
    }

    /// Pull new and changed orders from the store, then ask the ERP in bulk which of the
    /// orders we do not know to be synced it already has.
    pub async fn refresh(&self) -> Result<RefreshSummary> {
        let mut summary = self.pull_orders().await?;
        summary.known = usize::try_from(self.db.count_orders().await?).unwrap_or(0);
        self.apply_readiness().await?;
        summary.reconciliation = self.reconcile().await?;
        Ok(summary)
    }

    /// Pull new and changed orders from the store into the order database: through the
    /// store's export when the pull is large, else page by page.
    pub async fn pull_orders(&self) -> Result<RefreshSummary> {
        let _one_at_a_time = self.pulling.lock().await;
        let mut summary = RefreshSummary::default();
        let since = self.db.cursor(&self.cursor_name()).await?;
        // A first pull, or one past thousands of orders, goes through the store's export.
        let high_water = match self.pull_by_export(since, &mut summary).await? {
            Exported::Done(high_water) => high_water.max(since),
            Exported::Stopped => None,
            Exported::NotUsed => self.pull_pages(since, &mut summary).await?,
        };
        // Only move the cursor after a complete pull, so a broken pull is redone, not skipped.
        if let (Some(at), None) = (high_water, &summary.store_error) {
            self.db.set_cursor(&self.cursor_name(), at).await?;
        }
        Ok(summary)
    }

    /// Pull what changed since `since` page by page; the latest change seen.
    async fn pull_pages(
        &self,
        since: Option<DateTime<Utc>>,
        summary: &mut RefreshSummary,
    ) -> Result<Option<DateTime<Utc>>> {
        let mut query = OrderQuery {
            updated_since: since,
            after: None,
            page_size: PAGE_SIZE,
        };
        let mut high_water = since;
        loop {
            let page = match self.store.list_orders(&query).await {
                Ok(page) => page,
                Err(e) => {
                    summary.store_error = Some(e.summary);
                    break;
                }
            };
            self.db.upsert_orders(&page.orders).await?;
            summary.pulled += page.orders.len();
            summary
                .unreadable
                .extend(page.rejected.into_iter().map(|r| (r.reference, r.reason)));
            summary.unknown.extend(
                page.unknown
                    .into_iter()
                    .map(|u| (u.reference, format!("{}\n    {}", u.reason, u.raw))),
            );
            high_water = match (high_water, page.high_water) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
            match page.next {
                // A store that hands back the cursor it was given would page forever.
                Some(next) if query.after.as_ref() == Some(&next) => {
                    summary.store_error = Some(format!(
                        "{} returned the same page twice",
                        self.store.system()
                    ));
                    break;
                }
                Some(next) => query.after = Some(next),
                None => break,
            }
        }
        Ok(high_water)
    }

    /// Hold back every order not in the ERP whose store status is not ready to book, and let
    /// go those the store has since marked ready (or the setting now counts): they are
    /// compared with the ERP again and flow from there. Every order is looked at, not only
    /// the ones just pulled, so a changed setting applies at once.
    async fn apply_readiness(&self) -> Result<()> {
        let mut states = SyncState::HOLDABLE.to_vec();
        states.push(SyncState::NotReady);
        let (mut hold, mut release) = (Vec::new(), Vec::new());
        for stored in self.db.orders_in(&states).await? {
            let ready = self.ready.of(&stored.order) == Readiness::Ready;
            match (stored.state == SyncState::NotReady, ready) {
                (false, false) => hold.push(stored.external_id),
                (true, true) => release.push(stored.external_id),
                _ => {}
            }
        }
        if !hold.is_empty() || !release.is_empty() {
            self.db.set_readiness(&hold, &release).await?;
        }
        Ok(())
    }

    /// Orders held back because the store does not count them as ready to book yet (not those
    /// it ended without a sale): each with its store status.
    pub async fn not_ready_orders(&self) -> Result<Vec<(StoredOrder, String)>> {
        Ok(self
            .db
            .orders_in(&[SyncState::NotReady])
            .await?
            .into_iter()
            .filter(|o| self.ready.of(&o.order) == Readiness::Waiting)
            .map(|o| {
                let status = o
                    .order
                    .store_status
                    .as_ref()
                    .map(|s| s.name.clone())
                    .unwrap_or_default();
                (o, status)
            })
            .collect())
    }

    /// The five steps.
    pub async fn check(&self) -> Result<CheckReport> {
        let (
            (store_status, store_clock),
            (erp_status, erp_clock),
            store_vendor,
            erp_vendor,
            middleware,
        ) = tokio::join!(
            with_clock_reading(self.store.test_connection()),
            with_clock_reading(self.erp.test_connection()),
            vendor_status(&self.store_status_page, Side::Store),
            vendor_status(&self.erp_status_page, Side::Erp),
            self.middleware_runs(),
        );
        let summary = self.refresh().await?;
        let mut middleware = middleware;
        if let Some(Ok(failures)) = middleware.as_mut().map(|m| m.result.as_mut()) {
            self.name_orders(failures).await?;
        }
        let erp_up = erp_status.is_ok();
        let master = if erp_up {
            self.erp.load_master_data().await.ok()
        } else {
            None
        };
        let orders = match master {
            Some(master) => Some(self.order_evidence(&MasterIndex::new(master)).await?),
            None => None,
        };
        let unverified = self
            .db
            .orders_in(&[SyncState::Sent])
            .await?
            .into_iter()
            .map(|o| {
                let status = o.erp_status.unwrap_or_else(|| "status unknown".into());
                (o.order.name, status)
            })
            .collect();
        let report = assemble(CheckInput {
            now: (self.clock)(),
            context: self.context(),
            store: StatusEvidence {
                system: self.store.system().into(),
                side: Side::Store,
                result: store_status,
                vendor: store_vendor,
                clock_offset: store_clock.map(|c| c.offset_seconds()),
                api_version: self.store.api_version(),
            },
            erp: StatusEvidence {
                system: self.erp.system().into(),
                side: Side::Erp,
                result: erp_status,
                vendor: erp_vendor,
                clock_offset: erp_clock.map(|c| c.offset_seconds()),
                api_version: self.erp.api_version(),
            },
            orders_read: summary.known,
            unreadable: summary.unreadable,
            unknown_answers: summary.unknown,
            orders,
            unverified,
            left_erp: self.left_erp().await?,
            reconciliation: summary.reconciliation.clone(),
            exposed_files: self
                .data_folder
                .as_deref()
                .map(osd_store::private_files::tighten)
                .unwrap_or_default()
                .iter()
                .map(|e| e.describe())
                .collect(),
            not_ready: self
                .not_ready_orders()
                .await?
                .into_iter()
                .map(|(o, status)| (o.order.name, status))
                .collect(),
            ready_statuses: self.ready.names().to_vec(),
            middleware,
        });
        self.db.save_findings(&report).await?;
        Ok(report)
    }

    /// Orders the ERP held and does not hold any more, with what each was and since when.
    async fn left_erp(&self) -> Result<Vec<(String, String)>> {
        let erp = self.erp.system();
        Ok(self
            .db
            .unsynced_orders()
            .await?
            .into_iter()
            .filter_map(|o| {
                let left = o.left_erp?;
                let seen = o
                    .erp_seen_at
                    .map(|at| format!(", last seen there {}", at.format("%-d %b %Y")))
                    .unwrap_or_default();
                Some((
                    o.order.name,
                    format!(
                        "was in {erp} as {}{seen}; not there on {}",
                        left.document,
                        left.noticed_at.format("%-d %b %Y")
                    ),
                ))
            })
            .collect())
    }

    /// Orders not in the ERP, after a refresh.
    pub async fn failed_orders(&self) -> Result<Vec<StoredOrder>> {
        self.refresh().await?;
        Ok(self.db.unsynced_orders().await?)
    }

    pub async fn reprocess(
        &self,
        selection: &Selection,
        mut options: Options,
        progress: impl FnMut(Progress<'_>),
    ) -> Result<Vec<ResendResult>> {
        self.refresh().await?;
        let orders = match selection {
            // Orders the ERP holds with a wrong status are included: a lookup finds each,
            // and a step a lost answer left undone (an unconfirmed quotation) is finished.
            Selection::AllFailed => {
                let mut orders = self.db.unsynced_orders().await?;
                orders.extend(self.db.orders_in(&[SyncState::Sent]).await?);
                orders
            }
            Selection::Orders(names) => {
                let found = self.db.find_orders(names).await?;
                if let Some(missing) = names.iter().find(|n| {
                    !found.iter().any(|o| {
                        o.order.name.trim_start_matches('#') == n.trim_start_matches('#')
                            || &o.external_id == *n
                    })
                }) {
                    return Err(SessionError::NotFound(missing.clone()));
                }
                // An order the store does not count as ready is never sent, whoever asks.
                if let Some(held) = found.iter().find(|o| o.state == SyncState::NotReady) {
                    return Err(SessionError::NotReady(self.not_ready_reason(held)));
                }
                found
            }
        };
        let index = self.master_index().await?;
        let mappings = self.db.mappings().await?;
        // Keep within the ERP's budget: its rate (every call waits for the limiter, and a
        // 429 makes every call wait out Retry-After) and its concurrency.
        let pace = self.erp.pace();
        if options.concurrency == 0 {
            options.concurrency = pace.concurrency;
        }
        let paced = Paced::new(self.erp.as_ref(), pace.per_second);
        let resender = Resender {
            db: &self.db,
            erp: &paced,
            index: &index,
            mappings: &mappings,
            options,
        };
        Ok(resender.resend_all(&orders, progress).await?)
    }

    fn not_ready_reason(&self, held: &StoredOrder) -> String {
        let status = held
            .order
            .store_status
            .as_ref()
            .map(|s| s.name.as_str())
            .unwrap_or("not ready");
        format!(
            "{} is not sent: {} marks it \"{status}\", which does not count as ready to book ({})",
            held.order.name,
            self.store.system(),
            self.ready.names().join(", ")
        )
    }

    /// Record a mapping decision (audited); returns the audit entry's id.
    pub async fn map(&self, kind: MappingKind, from: &str, to: &str) -> Result<i64> {
        Ok(self.db.set_mapping(kind, from, to, "user").await?)
    }

    /// Put a mapping or rule back as it was before change `id`; returns the undo's own id.
    pub async fn undo(&self, id: i64) -> Result<i64> {
        Ok(self.db.undo(id, "user").await?)
    }

    /// What the pre-flight finds on every order not yet in the ERP, with its last error.
    pub(crate) async fn order_evidence(&self, index: &MasterIndex) -> Result<Vec<OrderEvidence>> {
        let mappings = self.db.mappings().await?;
        let attempts = self.db.last_attempts().await?;
        let unsynced = self.db.unsynced_orders().await?;
        Ok(unsynced
            .iter()
            .map(|stored| evidence(stored, &attempts, index, &mappings))
            .collect())
    }

    pub(crate) async fn master_index(&self) -> Result<MasterIndex> {
        let master =
            self.erp.load_master_data().await.map_err(|e| {
                SessionError::Profile(format!("{}: {}", self.erp.system(), e.summary))
            })?;
        Ok(MasterIndex::new(master))
    }

    /// The orders a resend remedy would send: those that failed with `code`, or (no code)
    /// every order nothing blocks.
    pub(crate) async fn resend_targets(&self, code: Option<FindingCode>) -> Result<Vec<String>> {
        if code == Some(FindingCode::StatusUnverified) {
            let sent = self.db.orders_in(&[SyncState::Sent]).await?;
            return Ok(sent.into_iter().map(|o| o.order.name).collect());
        }
        let unsynced = self.db.unsynced_orders().await?;
        if code == Some(FindingCode::OrderLeftErp) {
            return Ok(unsynced
                .into_iter()
                .filter(|o| o.left_erp.is_some())
                .map(|o| o.order.name)
                .collect());
        }
        let attempts = self.db.last_attempts().await?;
        let index = self.master_index().await?;
        let mappings = self.db.mappings().await?;
        Ok(unsynced
            .iter()
            .filter(|stored| {
                let evidence = evidence(stored, &attempts, &index, &mappings);
                let failed_with = evidence.last_error.as_ref().map(|e| e.code);
                evidence.ready() && (code.is_none() || failed_with == code)
            })
            .map(|stored| stored.order.name.clone())
            .collect())
    }

    /// What applying a remedy would change, without changing anything.
    pub async fn preview_remedy(&self, id: &str) -> Result<RemedyPreview> {
        let action =
            RemedyAction::parse(id).ok_or_else(|| SessionError::UnknownRemedy(id.into()))?;
        self.refresh().await?;
        if let RemedyAction::RetryInMiddleware { cause } = &action {
            let orders = self.middleware_retry_targets(cause.as_ref()).await?;
            let system = self.middleware.as_ref().map_or("n8n", |m| m.system());
            let (change, erp_change) = osd_doctor::catalogue::middleware_retry_preview(
                system,
                orders.len(),
                self.erp.system(),
                self.language.get(),
            );
            return Ok(RemedyPreview {
                remedy: id.to_string(),
                change,
                erp_change,
                clears: orders,
                still_blocked: vec![],
                notes: vec![],
            });
        }
        if let RemedyAction::Resend { code } = action {
            let orders = self.resend_targets(code).await?;
            let language = self.language.get();
            let (change, erp_change) =
                osd_doctor::catalogue::resend_preview(orders.len(), self.erp.system(), language);
            return Ok(RemedyPreview {
                remedy: id.to_string(),
                change,
                erp_change,
                clears: orders,
                still_blocked: vec![],
                notes: osd_doctor::catalogue::resend_notes(self.erp.system(), language),
            });
        }
        let index = self.master_index().await?;
        let mappings = self.db.mappings().await?;
        let unsynced = self.db.unsynced_orders().await?;
        let orders: Vec<(&str, &osd_model::Order)> = unsynced
            .iter()
            .map(|s| (s.order.name.as_str(), &s.order))
            .collect();
        Ok(osd_doctor::remedy::preview(
            &action,
            &orders,
            &index,
            &mappings,
            &self.context(),
        ))
    }

    /// Create an item or customer in the ERP, record it in the audit log, and (for the
    /// guest-checkout customer) book guest checkouts to it. Returns the audit entry's id.
    async fn create_record(&self, action: &RemedyAction) -> Result<i64> {
        let unsynced = self.db.unsynced_orders().await?;
        let orders: Vec<(&str, &osd_model::Order)> = unsynced
            .iter()
            .map(|s| (s.order.name.as_str(), &s.order))
            .collect();
        let record = osd_doctor::remedy::new_record(action, &orders)
            .ok_or_else(|| SessionError::UnknownRemedy(action.id()))?;
        let failed = |e: CallError| {
            SessionError::ErpRefused(format!(
                "{} did not create it: {} — {}",
                self.erp.system(),
                e.summary,
                e.detail()
            ))
        };
        match record {
            NewRecord::Item(item) => {
                let id = self.erp.create_item(&item).await.map_err(failed)?;
                let after = serde_json::json!({ "erp_id": id, "name": item.name });
                let change = self
                    .db
                    .audit("user", "create-item", &item.sku, None, Some(&after))
                    .await?;
                // Lines with no product code are booked to the new item by their title.
                if let RemedyAction::CreateItem { sku: key } = action {
                    if osd_doctor::no_code_title(key).is_some() {
                        self.map(MappingKind::Sku, key, &item.sku).await?;
                    }
                }
                Ok(change)
            }
            NewRecord::Customer(customer) => {
                let id = self.erp.create_customer(&customer).await.map_err(failed)?;
                let after = serde_json::json!({ "erp_id": id, "name": customer.name });
                let change = self
                    .db
                    .audit("user", "create-customer", &customer.key, None, Some(&after))
                    .await?;
                if customer.email.is_none() {
                    self.map(MappingKind::Customer, &customer.key, &id).await?;
                }
                Ok(change)
            }
        }
    }

    /// Apply a remedy: record the mapping or rule (audited, undoable), create the record
    /// in the ERP, or resend its orders.
    pub async fn apply_remedy(
        &self,
        id: &str,
        progress: impl FnMut(Progress<'_>),
    ) -> Result<Remedied> {
        let action =
            RemedyAction::parse(id).ok_or_else(|| SessionError::UnknownRemedy(id.into()))?;
        let change = match &action {
            RemedyAction::Map { kind, from, to } => Some(self.map(*kind, from, to).await?),
            RemedyAction::Policy { policy, value } => {
                Some(self.db.set_policy(*policy, value, "user").await?)
            }
            RemedyAction::CreateItem { .. } | RemedyAction::CreateCustomer { .. } => {
                Some(self.create_record(&action).await?)
            }
            RemedyAction::Resend { code } => {
                self.refresh().await?;
                let orders = self.resend_targets(*code).await?;
                let results = if orders.is_empty() {
                    vec![]
                } else {
                    self.reprocess(&Selection::Orders(orders), Options::default(), progress)
                        .await?
                };
                return Ok(Remedied {
                    remedy: id.to_string(),
                    change: None,
                    results,
                    retried: vec![],
                });
            }
            RemedyAction::RetryInMiddleware { cause } => {
                let retried = self.retry_in_middleware_for(cause.as_ref()).await?;
                return Ok(Remedied {
                    remedy: id.to_string(),
                    change: None,
                    results: vec![],
                    retried,
                });
            }
        };
        Ok(Remedied {
            remedy: id.to_string(),
            change,
            results: vec![],
            retried: vec![],
        })
    }
}
