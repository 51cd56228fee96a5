//! The app's memory in SQLite (WAL mode): orders, every sync attempt with the raw answer,
//! the last check's findings, mappings and an audit log of every change the app makes.

use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use osd_model::{CheckReport, FindingCode, Order};
use serde::{Deserialize, Serialize};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

mod alerts;
mod browse;
mod exports;
mod mapping;
pub mod private_files;
pub use browse::{ActivityEntry, OrderFilter};
pub use exports::{ExportCheckpoint, ExportObject};
pub use mapping::{MappingKind, Mappings, Policies, Policy};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the order database could not be used: {0}")]
    Database(#[from] sqlx::Error),
    #[error("the order database could not be upgraded: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("a stored record could not be read: {0}")]
    Corrupt(String),
    #[error("change {0} does not exist")]
    NoSuchChange(i64),
    #[error("change {0} cannot be undone: {1}")]
    NotUndoable(i64, String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Where an order stands with the ERP, as far as the app knows: the durable queue.
/// `new → checked → sending → sent → verified`; a refusal is `failed` (a data error, waiting
/// for a remedy) or `retry_scheduled` (a transient one) until the retries are used up: `dead`.
/// An order the store does not count as ready to book (unpaid, cancelled) is `not_ready`
/// until the store moves it on: held out of the queue, never sent, never counted as failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export_to = "queue.ts")]
pub enum SyncState {
    /// Pulled from the store; not yet compared with the ERP.
    New,
    /// Compared with the ERP: not there, not yet sent by us.
    Checked,
    /// A write is under way (or was, when the app stopped): resolve by lookup, never resend blindly.
    Sending,
    /// The ERP holds it; its status was not (yet) read back as open or processing.
    Sent,
    /// The ERP holds it and its status reads open or processing.
    Verified,
    /// Refused for a reason that does not go away by itself; waits for a remedy.
    Failed,
    /// Refused for a reason that does (timeout, rate limit, outage); tried again at
    /// `next_attempt_at`.
    RetryScheduled,
    /// Every scheduled retry failed; waits for a person.
    Dead,
    /// Not in the ERP, and not to be sent: the store does not count it as ready to book (its
    /// status is not one of the profile's ready statuses, or the store ended it).
    NotReady,
}

impl SyncState {
    pub const ALL: [SyncState; 9] = [
        Self::New,
        Self::Checked,
        Self::Sending,
        Self::Sent,
        Self::Verified,
        Self::Failed,
        Self::RetryScheduled,
        Self::Dead,
        Self::NotReady,
    ];

    /// The states an order not yet in the ERP may be held back from, or released into, as its
    /// store status changes. An order being sent is left alone: its write decides.
    pub const HOLDABLE: [SyncState; 5] = [
        Self::New,
        Self::Checked,
        Self::Failed,
        Self::RetryScheduled,
        Self::Dead,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Checked => "checked",
            Self::Sending => "sending",
            Self::Sent => "sent",
            Self::Verified => "verified",
            Self::Failed => "failed",
            Self::RetryScheduled => "retry_scheduled",
            Self::Dead => "dead",
            Self::NotReady => "not_ready",
        }
    }

    fn parse(text: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .unwrap_or(Self::New)
    }

    /// The state of an order the ERP holds: verified when its status was read back as
    /// open or processing.
    pub fn held(verified: bool) -> Self {
        if verified {
            Self::Verified
        } else {
            Self::Sent
        }
    }

    /// The ERP holds the order.
    pub fn in_erp(self) -> bool {
        matches!(self, Self::Sent | Self::Verified)
    }

    /// The order belongs in the ERP and is not known to be there: failed, waiting or on its way.
    pub fn is_waiting(self) -> bool {
        !self.in_erp() && self != Self::NotReady
    }
}

/// What becomes of an order whose write failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AfterFailure {
    /// A data error: `failed`, until a remedy and a resend.
    #[default]
    WaitForRemedy,
    /// A transient error: `retry_scheduled` at this time.
    RetryAt(DateTime<Utc>),
    /// The last scheduled retry failed too: `dead`.
    GiveUp,
}

#[derive(Debug, Clone)]
pub struct StoredOrder {
    pub order: Order,
    pub external_id: String,
    pub state: SyncState,
    pub erp_id: Option<String>,
    pub erp_status: Option<String>,
    pub last_code: Option<FindingCode>,
    /// Transient failures since the last success.
    pub retry_count: u32,
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// When the ERP last confirmed it holds the order.
    pub erp_seen_at: Option<DateTime<Utc>>,
    /// The order was in the ERP and is not any more: it waits to be sent again.
    pub left_erp: Option<LeftErp>,
}

/// An order the ERP held and then did not (deleted there, or a backup restored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftErp {
    /// When a check found it gone.
    pub noticed_at: DateTime<Utc>,
    /// The document it was, as the ERP's screens name it.
    pub document: String,
}

fn instant(text: Option<String>) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text.as_deref()?)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// How one write attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export_to = "queue.ts")]
pub enum Outcome {
    Created,
    AlreadyInErp,
    Failed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::AlreadyInErp => "already_in_erp",
            Self::Failed => "failed",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct AttemptResult {
    pub http_status: Option<u16>,
    pub raw_answer: Option<String>,
    pub code: Option<FindingCode>,
    pub error_key: Option<String>,
    pub summary: Option<String>,
    pub erp_id: Option<String>,
    pub erp_status: Option<String>,
    /// After a success: the status read back is open or processing.
    pub verified: bool,
    /// After a failure: wait, retry, or give up.
    pub after_failure: AfterFailure,
}

#[derive(Debug, Clone, Serialize)]
pub struct Attempt {
    pub id: i64,
    pub external_id: String,
    pub started_at: String,
    pub outcome: String,
    pub http_status: Option<i64>,
    pub raw_answer: Option<String>,
    pub code: Option<FindingCode>,
    pub error_key: Option<String>,
    pub summary: Option<String>,
}

#[derive(Clone)]
pub struct Db {
    pool: SqlitePool,
}

fn now() -> String {
    Utc::now().to_rfc3339()
}

impl Db {
    /// Open (creating if needed) and bring the schema up to date. The folder and the files are
    /// private to the user: the database holds customers' names and addresses.
    pub async fn open(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            private_files::create_private_dir(dir)
                .map_err(|e| StoreError::Corrupt(format!("{}: {e}", dir.display())))?;
        }
        // SQLite creates `-wal` and `-shm` with the database file's permissions, so the file
        // is made (or narrowed) first; what an older version left is narrowed too.
        private_files::create_private_file(path)
            .map_err(|e| StoreError::Corrupt(format!("{}: {e}", path.display())))?;
        for suffix in ["", "-wal", "-shm"] {
            let mut file = path.as_os_str().to_owned();
            file.push(suffix);
            private_files::tighten(Path::new(&file));
        }
        let options = SqliteConnectOptions::from_str("sqlite:")?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // WAL + NORMAL survives a crash of the app; only a power cut can lose the last write.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self { pool })
    }

    /// A write transaction that takes the write lock up front (`BEGIN IMMEDIATE`): several
    /// orders are sent at once, and a transaction that reads first and then writes could find
    /// another writer has moved on, which SQLite answers with "database is locked" at once
    /// instead of waiting out the busy timeout.
    async fn write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Insert a pulled order, or refresh its content if the store changed it. The sync state
    /// is left alone: a refreshed order is not a new order.
    pub async fn upsert_order(&self, order: &Order) -> Result<()> {
        self.upsert_orders(std::slice::from_ref(order)).await
    }

    /// Many orders in one transaction: one fsync instead of one per order, and many rows per
    /// statement (a statement per row costs more than the row itself at 100,000 orders).
    pub async fn upsert_orders(&self, orders: &[Order]) -> Result<()> {
        const ROWS_PER_STATEMENT: usize = 100;
        let mut tx = self.write().await?;
        let at = now();
        for chunk in orders.chunks(ROWS_PER_STATEMENT) {
            let rows = vec!["(?, ?, ?, ?, ?, ?, ?, ?)"; chunk.len()].join(", ");
            let sql = format!(
                "INSERT INTO orders (external_id, store_id, name, source, created_at, order_json, ingested_at, updated_at)
                 VALUES {rows}
                 ON CONFLICT (external_id) DO UPDATE SET
                     name = excluded.name, order_json = excluded.order_json, updated_at = excluded.updated_at"
            );
            let mut query = sqlx::query(&sql);
            for order in chunk {
                let json =
                    serde_json::to_string(order).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                query = query
                    .bind(order.external_id())
                    .bind(&order.store_id)
                    .bind(&order.name)
                    .bind(&order.source)
                    .bind(order.created_at.to_rfc3339())
                    .bind(json)
                    .bind(&at)
                    .bind(&at);
            }
            query.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    fn stored(row: &sqlx::sqlite::SqliteRow) -> Result<StoredOrder> {
        let json: String = row.try_get("order_json")?;
        let order: Order =
            serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let state: String = row.try_get("sync_state")?;
        let code: Option<String> = row.try_get("last_code")?;
        let next: Option<String> = row.try_get("next_attempt_at")?;
        let retries: i64 = row.try_get("retry_count")?;
        let left_at = instant(row.try_get("left_erp_at")?);
        let left_from: Option<String> = row.try_get("left_erp_from")?;
        Ok(StoredOrder {
            order,
            external_id: row.try_get("external_id")?,
            state: SyncState::parse(&state),
            erp_id: row.try_get("erp_id")?,
            erp_status: row.try_get("erp_status")?,
            last_code: code.as_deref().and_then(FindingCode::parse),
            retry_count: u32::try_from(retries).unwrap_or(u32::MAX),
            next_attempt_at: instant(next),
            erp_seen_at: instant(row.try_get("erp_seen_at")?),
            left_erp: left_at.map(|noticed_at| LeftErp {
                noticed_at,
                document: left_from.unwrap_or_default(),
            }),
        })
    }

    /// Orders in any of these states, oldest first.
    pub async fn orders_in(&self, states: &[SyncState]) -> Result<Vec<StoredOrder>> {
        let rows = sqlx::query("SELECT * FROM orders ORDER BY created_at, external_id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(Self::stored)
            .filter(|o| o.as_ref().map_or(true, |o| states.contains(&o.state)))
            .collect()
    }

    pub async fn all_orders(&self) -> Result<Vec<StoredOrder>> {
        let rows = sqlx::query("SELECT * FROM orders ORDER BY created_at, external_id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(Self::stored).collect()
    }

    /// Orders that belong in the ERP and are not known to be there (orders the store does not
    /// count as ready are not among them).
    pub async fn unsynced_orders(&self) -> Result<Vec<StoredOrder>> {
        let waiting: Vec<SyncState> = SyncState::ALL
            .into_iter()
            .filter(|s| s.is_waiting())
            .collect();
        self.orders_in(&waiting).await
    }

    /// Hold these orders back (`not_ready`) and release those (`new`, to be compared with the
    /// ERP again), in one transaction. Only orders not in the ERP and not being sent move: a
    /// write under way decides its order's state itself.
    pub async fn set_readiness(&self, hold: &[String], release: &[String]) -> Result<()> {
        let holdable = SyncState::HOLDABLE
            .iter()
            .map(|s| format!("'{}'", s.as_str()))
            .collect::<Vec<_>>()
            .join(", ");
        let mut tx = self.write().await?;
        let at = now();
        for (ids, to, from) in [
            (hold, SyncState::NotReady, holdable.clone()),
            (
                release,
                SyncState::New,
                format!("'{}'", SyncState::NotReady.as_str()),
            ),
        ] {
            for chunk in ids.chunks(500) {
                let marks = vec!["?"; chunk.len()].join(", ");
                let sql = format!(
                    "UPDATE orders SET sync_state = ?, next_attempt_at = NULL, updated_at = ?
                     WHERE sync_state IN ({from}) AND external_id IN ({marks})"
                );
                let mut query = sqlx::query(&sql).bind(to.as_str()).bind(&at);
                for id in chunk {
                    query = query.bind(id);
                }
                query.execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Orders the queue should send now: checked ones, and scheduled retries whose time came.
    pub async fn due_orders(&self, now: DateTime<Utc>) -> Result<Vec<StoredOrder>> {
        Ok(self
            .orders_in(&[SyncState::Checked, SyncState::RetryScheduled])
            .await?
            .into_iter()
            .filter(|o| o.next_attempt_at.is_none_or(|at| at <= now))
            .collect())
    }

    /// Find orders by the name a person types (`#1042` or `1042`) or by external id.
    pub async fn find_orders(&self, references: &[String]) -> Result<Vec<StoredOrder>> {
        let all = self.all_orders().await?;
        Ok(all
            .into_iter()
            .filter(|o| {
                references.iter().any(|r| {
                    let r = r.trim();
                    o.order.name == r
                        || o.order.name.trim_start_matches('#') == r.trim_start_matches('#')
                        || o.external_id == r
                })
            })
            .collect())
    }

    pub async fn count_orders(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM orders")
            .fetch_one(&self.pool)
            .await?)
    }

    pub async fn set_state(
        &self,
        external_id: &str,
        state: SyncState,
        code: Option<FindingCode>,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE orders SET sync_state = ?, last_code = ?, next_attempt_at = NULL, updated_at = ?
             WHERE external_id = ?",
        )
        .bind(state.as_str())
        .bind(code.map(FindingCode::as_str))
        .bind(now())
        .bind(external_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The ERP holds the order (found by a lookup): `verified` when its status reads open or
    /// processing, `sent` otherwise.
    pub async fn mark_in_erp(
        &self,
        external_id: &str,
        erp_id: &str,
        erp_status: &str,
        verified: bool,
    ) -> Result<()> {
        let at = now();
        sqlx::query(
            "UPDATE orders SET sync_state = ?, erp_id = ?, erp_status = ?, last_code = NULL,
                 retry_count = 0, next_attempt_at = NULL, updated_at = ?, erp_seen_at = ?,
                 left_erp_at = NULL, left_erp_from = NULL
             WHERE external_id = ?",
        )
        .bind(SyncState::held(verified).as_str())
        .bind(erp_id)
        .bind(erp_status)
        .bind(&at)
        .bind(&at)
        .bind(external_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The ERP confirmed it still holds these orders, unchanged.
    pub async fn mark_seen_in_erp(&self, external_ids: &[String]) -> Result<()> {
        if external_ids.is_empty() {
            return Ok(());
        }
        let at = now();
        let mut tx = self.write().await?;
        // SQLite allows 32,766 bound values; stay far below it.
        for chunk in external_ids.chunks(500) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let sql = format!("UPDATE orders SET erp_seen_at = ? WHERE external_id IN ({marks})");
            let mut query = sqlx::query(&sql).bind(&at);
            for id in chunk {
                query = query.bind(id);
            }
            query.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The ERP no longer holds an order it held: it waits to be sent again (`checked`), the
    /// document it was is kept with the time this was noticed, and the audit log records the
    /// change with the state before it. The attempts that sent it stay as they were.
    pub async fn mark_left_erp(&self, external_id: &str, document: &str) -> Result<()> {
        let mut tx = self.write().await?;
        type Before = (
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let before: Option<Before> = sqlx::query_as(
            "SELECT name, sync_state, erp_id, erp_status, erp_seen_at FROM orders WHERE external_id = ?",
        )
        .bind(external_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((name, state, erp_id, erp_status, seen_at)) = before else {
            return Ok(());
        };
        let at = now();
        sqlx::query(
            "UPDATE orders SET sync_state = 'checked', last_code = ?, erp_id = NULL,
                 erp_status = NULL, retry_count = 0, next_attempt_at = NULL, updated_at = ?,
                 left_erp_at = ?, left_erp_from = ?
             WHERE external_id = ?",
        )
        .bind(FindingCode::OrderLeftErp.as_str())
        .bind(&at)
        .bind(&at)
        .bind(document)
        .bind(external_id)
        .execute(&mut *tx)
        .await?;
        let before = serde_json::json!({
            "state": state, "erp_id": erp_id, "erp_status": erp_status, "seen_at": seen_at,
        });
        let after = serde_json::json!({ "state": "checked", "to": document, "order": external_id });
        sqlx::query(
            "INSERT INTO audit_log (at, actor, action, subject, before_json, after_json)
             VALUES (?, 'check', 'left-erp', ?, ?, ?)",
        )
        .bind(&at)
        .bind(&name)
        .bind(before.to_string())
        .bind(after.to_string())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Record the intent before the ERP call. If the app dies after this line, the order stays
    /// in `sending` and the next run looks it up in the ERP instead of sending it again.
    pub async fn begin_attempt(&self, external_id: &str, request_json: &str) -> Result<i64> {
        let mut tx = self.write().await?;
        let id = sqlx::query(
            "INSERT INTO sync_attempts (external_id, started_at, request_json) VALUES (?, ?, ?)",
        )
        .bind(external_id)
        .bind(now())
        .bind(request_json)
        .execute(&mut *tx)
        .await?
        .last_insert_rowid();
        sqlx::query(
            "UPDATE orders SET sync_state = 'sending', updated_at = ? WHERE external_id = ?",
        )
        .bind(now())
        .bind(external_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Record the result and the order's new state together.
    pub async fn finish_attempt(
        &self,
        attempt_id: i64,
        outcome: Outcome,
        result: &AttemptResult,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let external_id: String =
            sqlx::query_scalar("SELECT external_id FROM sync_attempts WHERE id = ?")
                .bind(attempt_id)
                .fetch_one(&mut *tx)
                .await?;
        sqlx::query(
            "UPDATE sync_attempts SET finished_at = ?, outcome = ?, http_status = ?, raw_answer = ?, code = ?,
                 error_key = ?, summary = ?, erp_id = ?, erp_status = ? WHERE id = ?",
        )
        .bind(now())
        .bind(outcome.as_str())
        .bind(result.http_status.map(i64::from))
        .bind(&result.raw_answer)
        .bind(result.code.map(FindingCode::as_str))
        .bind(&result.error_key)
        .bind(&result.summary)
        .bind(&result.erp_id)
        .bind(&result.erp_status)
        .bind(attempt_id)
        .execute(&mut *tx)
        .await?;
        match outcome {
            Outcome::Created | Outcome::AlreadyInErp => {
                let at = now();
                sqlx::query(
                    "UPDATE orders SET sync_state = ?, erp_id = ?, erp_status = ?, last_code = NULL,
                         retry_count = 0, next_attempt_at = NULL, updated_at = ?, erp_seen_at = ?,
                         left_erp_at = NULL, left_erp_from = NULL
                     WHERE external_id = ?",
                )
                .bind(SyncState::held(result.verified).as_str())
                .bind(&result.erp_id)
                .bind(&result.erp_status)
                .bind(&at)
                .bind(&at)
                .bind(&external_id)
                .execute(&mut *tx)
                .await?;
            }
            Outcome::Failed => {
                let (state, next, counts) = match result.after_failure {
                    AfterFailure::WaitForRemedy => ("failed", None, 0),
                    AfterFailure::RetryAt(at) => ("retry_scheduled", Some(at.to_rfc3339()), 1),
                    AfterFailure::GiveUp => ("dead", None, 1),
                };
                sqlx::query(
                    "UPDATE orders SET sync_state = ?, last_code = ?, next_attempt_at = ?,
                         retry_count = retry_count + ?, updated_at = ?
                     WHERE external_id = ?",
                )
                .bind(state)
                .bind(result.code.map(FindingCode::as_str))
                .bind(next)
                .bind(counts)
                .bind(now())
                .bind(&external_id)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    fn attempt(row: &sqlx::sqlite::SqliteRow) -> Result<Attempt> {
        let code: Option<String> = row.try_get("code")?;
        Ok(Attempt {
            id: row.try_get("id")?,
            external_id: row.try_get("external_id")?,
            started_at: row.try_get("started_at")?,
            outcome: row.try_get("outcome")?,
            http_status: row.try_get("http_status")?,
            raw_answer: row.try_get("raw_answer")?,
            code: code.as_deref().and_then(FindingCode::parse),
            error_key: row.try_get("error_key")?,
            summary: row.try_get("summary")?,
        })
    }

    /// The latest finished attempt of each order that has one.
    pub async fn last_attempts(&self) -> Result<HashMap<String, Attempt>> {
        let rows = sqlx::query(
            "SELECT a.* FROM sync_attempts a
             JOIN (SELECT external_id, MAX(id) AS id FROM sync_attempts WHERE outcome != 'sending' GROUP BY external_id) last
               ON a.id = last.id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Self::attempt(r).map(|a| (a.external_id.clone(), a)))
            .collect()
    }

    pub async fn attempts_for(&self, external_id: &str) -> Result<Vec<Attempt>> {
        let rows = sqlx::query("SELECT * FROM sync_attempts WHERE external_id = ? ORDER BY id")
            .bind(external_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(Self::attempt).collect()
    }

    pub async fn count_attempts(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM sync_attempts")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Write an entry of the audit log.
    pub async fn audit(
        &self,
        actor: &str,
        action: &str,
        subject: &str,
        before: Option<&serde_json::Value>,
        after: Option<&serde_json::Value>,
    ) -> Result<i64> {
        Ok(sqlx::query(
            "INSERT INTO audit_log (at, actor, action, subject, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(now())
        .bind(actor)
        .bind(action)
        .bind(subject)
        .bind(before.map(|v| v.to_string()))
        .bind(after.map(|v| v.to_string()))
        .execute(&self.pool)
        .await?
        .last_insert_rowid())
    }

    pub async fn audit_entries(&self) -> Result<Vec<(String, String, String, String)>> {
        let rows = sqlx::query("SELECT at, actor, action, subject FROM audit_log ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("at")?,
                    r.try_get("actor")?,
                    r.try_get("action")?,
                    r.try_get("subject")?,
                ))
            })
            .collect()
    }

    /// Replace the stored findings with this check's.
    pub async fn save_findings(&self, report: &CheckReport) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM findings")
            .execute(&mut *tx)
            .await?;
        let at = now();
        for step in &report.steps {
            for finding in &step.findings {
                let json = serde_json::to_string(finding)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                sqlx::query(
                    "INSERT INTO findings (checked_at, step, code, severity, group_key, finding_json) VALUES (?, ?, ?, ?, ?, ?)",
                )
                .bind(&at)
                .bind(i64::from(step.step))
                .bind(finding.code.as_str())
                .bind(serde_json::to_value(finding.severity).ok().and_then(|v| v.as_str().map(str::to_string)))
                .bind(&finding.key)
                .bind(json)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn cursor(&self, name: &str) -> Result<Option<DateTime<Utc>>> {
        let value: Option<String> =
            sqlx::query_scalar("SELECT value FROM sync_state WHERE name = ?")
                .bind(name)
                .fetch_optional(&self.pool)
                .await?;
        Ok(value
            .and_then(|v| DateTime::parse_from_rfc3339(&v).ok())
            .map(|d| d.with_timezone(&Utc)))
    }

    pub async fn set_cursor(&self, name: &str, at: DateTime<Utc>) -> Result<()> {
        sqlx::query("INSERT INTO sync_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")
            .bind(name)
            .bind(at.to_rfc3339())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

#[cfg(test)]
mod tests;
