//! Reading the database page by page for a window: a table of 100,000 orders asks for the
//! rows it shows, and the activity log for the latest entries.

use chrono::{DateTime, Utc};
use sqlx::Row;

use crate::{Db, Result, StoredOrder, SyncState};

/// Which orders a table shows.
#[derive(Debug, Clone, Default)]
pub struct OrderFilter {
    /// Matched anywhere in the order (number, customer, e-mail, SKU, address), case-insensitively.
    pub search: Option<String>,
    /// Only orders that belong in the ERP and are not known to be there.
    pub only_waiting: bool,
}

/// One thing that happened: a decision recorded in the audit log, or a write to the ERP.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityEntry {
    pub at: DateTime<Utc>,
    /// `user`, `monitor`, `resend`.
    pub actor: String,
    /// `map`, `policy`, `undo`, `create-item`, `create-customer`, or `send` for a write.
    pub action: String,
    /// What it was about: `sku TSHRT-BLK-M`, or the order's name for a write.
    pub subject: String,
    /// The value it now has, or how the write ended (`created`, `already_in_erp`, `failed`).
    pub outcome: Option<String>,
    /// The classified code of a failed write.
    pub code: Option<String>,
}

/// `%`, `_` and the escape character itself match literally.
fn like_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

fn parse_time(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

impl Db {
    /// One page of orders, newest first, and how many match in all.
    pub async fn orders_page(
        &self,
        filter: &OrderFilter,
        offset: u32,
        limit: u32,
    ) -> Result<(u64, Vec<StoredOrder>)> {
        let waiting: Vec<&str> = SyncState::ALL
            .into_iter()
            .filter(|s| s.is_waiting())
            .map(|s| s.as_str())
            .collect();
        let state_clause = if filter.only_waiting {
            format!(
                "sync_state IN ({})",
                waiting
                    .iter()
                    .map(|s| format!("'{s}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        } else {
            "1".to_string()
        };
        let search = filter
            .search
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(like_pattern);
        let search_clause = if search.is_some() {
            "(name LIKE ?1 ESCAPE '\\' OR order_json LIKE ?1 ESCAPE '\\')"
        } else {
            "1"
        };
        let predicate = format!("{state_clause} AND {search_clause}");
        let count_sql = format!("SELECT COUNT(*) FROM orders WHERE {predicate}");
        // Cut the page from the date index (it holds the tie-breaker and the state, so no
        // sort and no row is read to decide), then read only the page's rows.
        let page_sql = format!(
            "SELECT * FROM orders WHERE rowid IN (
                 SELECT rowid FROM orders INDEXED BY orders_by_date_and_id WHERE {predicate}
                 ORDER BY created_at DESC, external_id DESC LIMIT ?2 OFFSET ?3)
             ORDER BY created_at DESC, external_id DESC"
        );
        let pattern = search.unwrap_or_default();
        let total: i64 = sqlx::query_scalar(&count_sql)
            .bind(&pattern)
            .fetch_one(self.pool())
            .await?;
        let rows = sqlx::query(&page_sql)
            .bind(&pattern)
            .bind(i64::from(limit))
            .bind(i64::from(offset))
            .fetch_all(self.pool())
            .await?;
        let orders = rows.iter().map(Self::stored).collect::<Result<Vec<_>>>()?;
        Ok((u64::try_from(total).unwrap_or(0), orders))
    }

    /// The latest `limit` entries of the audit log and of the writes to the ERP, newest first.
    pub async fn activity(&self, limit: u32) -> Result<Vec<ActivityEntry>> {
        let rows = sqlx::query(
            "SELECT at, actor, action, subject, outcome, code FROM (
                 SELECT id, at, actor, action, subject,
                        json_extract(after_json, '$.to') AS outcome, NULL AS code, 0 AS kind
                   FROM audit_log
                 UNION ALL
                 SELECT a.id, COALESCE(a.finished_at, a.started_at), 'resend', 'send', o.name,
                        a.outcome, a.code, 1
                   FROM sync_attempts a JOIN orders o ON o.external_id = a.external_id
                  WHERE a.outcome != 'sending'
             ) ORDER BY at DESC, kind, id DESC LIMIT ?",
        )
        .bind(i64::from(limit))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let at: String = r.try_get("at")?;
                let outcome: Option<String> = r.try_get("outcome").ok().flatten();
                Ok(ActivityEntry {
                    at: parse_time(&at),
                    actor: r.try_get("actor")?,
                    action: r.try_get("action")?,
                    subject: r.try_get("subject")?,
                    outcome,
                    code: r.try_get("code")?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_wildcards_match_literally() {
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
    }
}
