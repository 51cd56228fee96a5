//! What a window shows of the order database: pages of orders, the activity log and the
//! results of a resend, shaped for the UI (whose TypeScript types are generated from these).

use osd_model::FindingCode;
use osd_resend::ResendResult;
use osd_store::{ActivityEntry, OrderFilter, Outcome, StoredOrder, SyncState};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Result, Session};

/// The most rows one page may ask for; a virtualised table asks for what it shows.
const MAX_PAGE: u32 = 500;

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[ts(export_to = "app.ts")]
pub struct OrdersQuery {
    /// Matched anywhere in the order: number, customer, e-mail, SKU, address.
    pub search: Option<String>,
    /// Only orders that are not (known to be) in the ERP.
    pub only_waiting: bool,
    pub offset: u32,
    pub limit: u32,
}

/// One line of the orders table. Customer text is data: the UI shows it as text only.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct OrderRow {
    pub name: String,
    pub external_id: String,
    /// RFC 3339.
    pub created_at: String,
    pub customer: String,
    pub email: Option<String>,
    /// Decimal as text: money never goes through floating point.
    pub total: String,
    pub currency: String,
    pub state: SyncState,
    /// Why its last write failed, when it did.
    pub problem: Option<FindingCode>,
    pub erp_id: Option<String>,
    pub erp_status: Option<String>,
    /// When a scheduled retry is due (RFC 3339).
    pub retry_at: Option<String>,
    /// The store's own status (`on-hold`, `PENDING`): why a held-back order waits.
    pub store_status: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct OrdersPage {
    /// How many orders match in all.
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<OrderRow>,
}

/// One entry of the activity log: a fix, an undo, a record created, or a write to the ERP.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct ActivityItem {
    pub at: String,
    /// `user`, `monitor` or `resend`.
    pub actor: String,
    /// `map`, `policy`, `undo`, `create-item`, `create-customer` or `send`.
    pub action: String,
    pub subject: String,
    /// The value set, or how a write ended.
    pub outcome: Option<String>,
    pub code: Option<FindingCode>,
}

/// What happened to one order of a resend.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct ResendRow {
    pub order: String,
    pub outcome: Outcome,
    pub erp_id: Option<String>,
    pub erp_status: Option<String>,
    /// Its status was read back from the ERP as open or processing.
    pub verified: bool,
    pub code: Option<FindingCode>,
    pub message: Option<String>,
    pub state: SyncState,
    pub retry_at: Option<String>,
}

/// A resend under way: sent after every order.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct ResendProgress {
    pub done: u32,
    pub total: u32,
    pub last: ResendRow,
}

pub(crate) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl From<&StoredOrder> for OrderRow {
    fn from(stored: &StoredOrder) -> Self {
        let order = &stored.order;
        Self {
            name: order.name.clone(),
            external_id: stored.external_id.clone(),
            created_at: order.created_at.to_rfc3339(),
            customer: order.customer.name.clone(),
            email: order.customer.email.clone(),
            total: order.total.to_string(),
            currency: order.currency.clone(),
            state: stored.state,
            problem: stored.last_code,
            erp_id: stored.erp_id.clone(),
            erp_status: stored.erp_status.clone(),
            retry_at: stored.next_attempt_at.map(|t| t.to_rfc3339()),
            store_status: order.store_status.as_ref().map(|s| s.name.clone()),
        }
    }
}

impl From<&ResendResult> for ResendRow {
    fn from(result: &ResendResult) -> Self {
        Self {
            order: result.order.clone(),
            outcome: result.outcome,
            erp_id: result.erp_id.clone(),
            erp_status: result.erp_status.clone(),
            verified: result.verified.is_some_and(|s| s.is_live()),
            code: result.code,
            message: result.message.clone(),
            state: result.state,
            retry_at: result.retry_at.map(|t| t.to_rfc3339()),
        }
    }
}

impl From<ActivityEntry> for ActivityItem {
    fn from(entry: ActivityEntry) -> Self {
        Self {
            at: entry.at.to_rfc3339(),
            actor: entry.actor,
            action: entry.action,
            subject: entry.subject,
            outcome: entry.outcome,
            code: entry.code.as_deref().and_then(FindingCode::parse),
        }
    }
}

impl ResendProgress {
    pub fn new(done: usize, total: usize, last: &ResendResult) -> Self {
        Self {
            done: count(done),
            total: count(total),
            last: last.into(),
        }
    }
}

impl Session {
    /// One page of the orders table, newest first.
    pub async fn orders_page(&self, query: &OrdersQuery) -> Result<OrdersPage> {
        let filter = OrderFilter {
            search: query.search.clone(),
            only_waiting: query.only_waiting,
        };
        let limit = query.limit.clamp(1, MAX_PAGE);
        let (total, orders) = self.db.orders_page(&filter, query.offset, limit).await?;
        Ok(OrdersPage {
            total: u32::try_from(total).unwrap_or(u32::MAX),
            offset: query.offset,
            rows: orders.iter().map(OrderRow::from).collect(),
        })
    }

    /// The latest fixes, undos and writes, newest first.
    pub async fn activity(&self, limit: u32) -> Result<Vec<ActivityItem>> {
        let entries = self.db.activity(limit.clamp(1, 5_000)).await?;
        Ok(entries.into_iter().map(ActivityItem::from).collect())
    }
}

/// What applying a remedy did, for the window.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct RemedyOutcome {
    pub remedy: String,
    /// The audit entry of a mapping, rule or created record; "Undo" takes it.
    #[ts(type = "number | null")]
    pub change: Option<i64>,
    /// The orders a resend remedy sent.
    pub results: Vec<ResendRow>,
    /// The orders a retry in the integration tool took.
    pub retried: Vec<crate::middleware_retry::RetryInMiddleware>,
}

impl From<&crate::Remedied> for RemedyOutcome {
    fn from(remedied: &crate::Remedied) -> Self {
        Self {
            remedy: remedied.remedy.clone(),
            change: remedied.change,
            results: remedied.results.iter().map(ResendRow::from).collect(),
            retried: remedied.retried.clone(),
        }
    }
}
