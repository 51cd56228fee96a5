//! What the monitor has told the user, so an incident is told once.

use chrono::{DateTime, Utc};

use crate::{now, Db, Result, StoreError};

impl Db {
    /// Which of these incident keys were already told (one query, however many keys).
    pub async fn alerted(&self, keys: &[String]) -> Result<std::collections::HashSet<String>> {
        let keys = serde_json::to_string(keys).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let told: Vec<String> = sqlx::query_scalar(
            "SELECT key FROM alerts_sent WHERE key IN (SELECT value FROM json_each(?))",
        )
        .bind(keys)
        .fetch_all(self.pool())
        .await?;
        Ok(told.into_iter().collect())
    }

    /// Record that these keys were told, in one transaction.
    pub async fn record_alert(&self, keys: &[String], title: &str, channels: &str) -> Result<()> {
        let mut tx = self.write().await?;
        let at = now();
        for key in keys {
            sqlx::query(
                "INSERT INTO alerts_sent (key, sent_at, title, channels) VALUES (?, ?, ?, ?)
                 ON CONFLICT (key) DO NOTHING",
            )
            .bind(key)
            .bind(&at)
            .bind(title)
            .bind(channels)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn forget_cursor(&self, name: &str) -> Result<()> {
        sqlx::query("DELETE FROM sync_state WHERE name = ?")
            .bind(name)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// When the newest order the store sent was placed.
    pub async fn newest_order_at(&self) -> Result<Option<DateTime<Utc>>> {
        let value: Option<String> = sqlx::query_scalar("SELECT MAX(created_at) FROM orders")
            .fetch_one(self.pool())
            .await?;
        Ok(value
            .and_then(|v| DateTime::parse_from_rfc3339(&v).ok())
            .map(|d| d.with_timezone(&Utc)))
    }
}
