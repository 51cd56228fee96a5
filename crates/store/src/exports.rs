//! A store export in progress and the objects its file has given so far (migration 0009).

use chrono::{DateTime, Utc};
use sqlx::Row;

use crate::{now, Db, Result};

/// Where an export stands in the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportCheckpoint {
    pub operation: String,
    pub since: Option<DateTime<Utc>>,
    /// The byte after the last line kept: where a resumed download starts.
    pub bytes_read: u64,
    pub lines_read: u64,
    /// Every line of the file is kept; what is left is reading them into orders.
    pub downloaded: bool,
}

/// One line of an export's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportObject {
    pub id: String,
    pub parent: Option<String>,
    pub json: String,
}

fn as_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Db {
    pub async fn export_checkpoint(&self, store: &str) -> Result<Option<ExportCheckpoint>> {
        let row = sqlx::query(
            "SELECT operation, since, bytes_read, lines_read, downloaded FROM store_exports WHERE store = ?",
        )
        .bind(store)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|row| ExportCheckpoint {
            operation: row.get("operation"),
            since: row
                .get::<Option<String>, _>("since")
                .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
                .map(|d| d.with_timezone(&Utc)),
            bytes_read: u64::try_from(row.get::<i64, _>("bytes_read")).unwrap_or(0),
            lines_read: u64::try_from(row.get::<i64, _>("lines_read")).unwrap_or(0),
            downloaded: row.get::<i64, _>("downloaded") == 1,
        }))
    }

    /// Record an export just started, replacing any earlier one and what it had read.
    pub async fn begin_export(
        &self,
        store: &str,
        operation: &str,
        since: Option<DateTime<Utc>>,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM store_exports WHERE store = ?")
            .bind(store)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO store_exports (store, operation, since, started_at) VALUES (?, ?, ?, ?)",
        )
        .bind(store)
        .bind(operation)
        .bind(since.map(|s| s.to_rfc3339()))
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Keep a batch of lines and move the checkpoint past them, in one transaction.
    pub async fn keep_export_lines(
        &self,
        store: &str,
        objects: &[ExportObject],
        bytes_read: u64,
        downloaded: bool,
    ) -> Result<()> {
        const ROWS_PER_STATEMENT: usize = 200;
        let mut tx = self.write().await?;
        let first_line: i64 =
            sqlx::query_scalar("SELECT lines_read FROM store_exports WHERE store = ?")
                .bind(store)
                .fetch_one(&mut *tx)
                .await?;
        for (chunk_no, chunk) in objects.chunks(ROWS_PER_STATEMENT).enumerate() {
            let rows = vec!["(?, ?, ?, ?, ?)"; chunk.len()].join(", ");
            let sql = format!(
                "INSERT INTO store_export_objects (store, object_id, parent_id, line_no, json) VALUES {rows}
                 ON CONFLICT (store, object_id) DO UPDATE SET
                     parent_id = excluded.parent_id, line_no = excluded.line_no, json = excluded.json"
            );
            let mut query = sqlx::query(&sql);
            for (i, object) in chunk.iter().enumerate() {
                let line = first_line + as_i64((chunk_no * ROWS_PER_STATEMENT + i) as u64);
                query = query
                    .bind(store)
                    .bind(&object.id)
                    .bind(&object.parent)
                    .bind(line)
                    .bind(&object.json);
            }
            query.execute(&mut *tx).await?;
        }
        sqlx::query(
            "UPDATE store_exports SET bytes_read = ?, lines_read = lines_read + ?, downloaded = ? WHERE store = ?",
        )
        .bind(as_i64(bytes_read))
        .bind(as_i64(objects.len() as u64))
        .bind(i64::from(downloaded))
        .bind(store)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Up to `limit` kept objects without a parent (orders), in file order, after the line
    /// `after` (`-1` for the first batch); each with its line number, to ask for the next.
    pub async fn export_roots(
        &self,
        store: &str,
        after: i64,
        limit: u32,
    ) -> Result<Vec<(i64, ExportObject)>> {
        let rows = sqlx::query(
            "SELECT line_no, object_id, json FROM store_export_objects
             WHERE store = ? AND parent_id IS NULL AND line_no > ? ORDER BY line_no LIMIT ?",
        )
        .bind(store)
        .bind(after)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                (
                    row.get("line_no"),
                    ExportObject {
                        id: row.get("object_id"),
                        parent: None,
                        json: row.get("json"),
                    },
                )
            })
            .collect())
    }

    /// The kept objects whose parent is one of `parents`, in file order.
    pub async fn export_children(
        &self,
        store: &str,
        parents: &[String],
    ) -> Result<Vec<ExportObject>> {
        let mut children = Vec::new();
        // SQLite binds at most 32,766 values a statement; 500 parents is far below.
        for chunk in parents.chunks(500) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let sql = format!(
                "SELECT object_id, parent_id, json FROM store_export_objects
                 WHERE store = ? AND parent_id IN ({marks}) ORDER BY line_no"
            );
            let mut query = sqlx::query(&sql).bind(store);
            for parent in chunk {
                query = query.bind(parent);
            }
            children.extend(query.fetch_all(self.pool()).await?.into_iter().map(|row| {
                ExportObject {
                    id: row.get("object_id"),
                    parent: row.get("parent_id"),
                    json: row.get("json"),
                }
            }));
        }
        Ok(children)
    }

    /// How many orders and lines without an order the kept file holds.
    pub async fn export_counts(&self, store: &str) -> Result<(u64, u64)> {
        let roots: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM store_export_objects WHERE store = ? AND parent_id IS NULL",
        )
        .bind(store)
        .fetch_one(self.pool())
        .await?;
        let orphans: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM store_export_objects AS child
             WHERE child.store = ? AND child.parent_id IS NOT NULL AND NOT EXISTS (
                 SELECT 1 FROM store_export_objects AS parent
                 WHERE parent.store = child.store AND parent.object_id = child.parent_id)",
        )
        .bind(store)
        .fetch_one(self.pool())
        .await?;
        Ok((
            u64::try_from(roots).unwrap_or(0),
            u64::try_from(orphans).unwrap_or(0),
        ))
    }

    /// The export is read (or given up): forget it and its objects.
    pub async fn end_export(&self, store: &str) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM store_export_objects WHERE store = ?")
            .bind(store)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM store_exports WHERE store = ?")
            .bind(store)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
