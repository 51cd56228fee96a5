use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::{now, Db, Result};

/// What a mapping translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MappingKind {
    Sku,
    Country,
    State,
    Tax,
    Currency,
    Customer,
}

impl MappingKind {
    pub const ALL: [MappingKind; 6] = [
        Self::Sku,
        Self::Country,
        Self::State,
        Self::Tax,
        Self::Currency,
        Self::Customer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sku => "sku",
            Self::Country => "country",
            Self::State => "state",
            Self::Tax => "tax",
            Self::Currency => "currency",
            Self::Customer => "customer",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// Every mapping, loaded once per check.
#[derive(Debug, Clone, Default)]
pub struct Mappings {
    entries: HashMap<(MappingKind, String), String>,
}

impl Mappings {
    pub fn get(&self, kind: MappingKind, from: &str) -> Option<&str> {
        self.entries
            .get(&(kind, from.to_string()))
            .map(String::as_str)
    }

    pub fn insert(&mut self, kind: MappingKind, from: &str, to: &str) {
        self.entries
            .insert((kind, from.to_string()), to.to_string());
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Db {
    pub async fn mappings(&self) -> Result<Mappings> {
        let rows = sqlx::query("SELECT kind, from_value, to_value FROM mappings")
            .fetch_all(self.pool())
            .await?;
        let mut mappings = Mappings::default();
        for row in rows {
            let kind: String = row.try_get("kind")?;
            if let Some(kind) = MappingKind::parse(&kind) {
                mappings.insert(
                    kind,
                    &row.try_get::<String, _>("from_value")?,
                    &row.try_get::<String, _>("to_value")?,
                );
            }
        }
        Ok(mappings)
    }

    /// Set a mapping and log it with the value it replaced; returns the audit entry's id,
    /// which undoes the change.
    pub async fn set_mapping(
        &self,
        kind: MappingKind,
        from: &str,
        to: &str,
        actor: &str,
    ) -> Result<i64> {
        let before: Option<String> =
            sqlx::query_scalar("SELECT to_value FROM mappings WHERE kind = ? AND from_value = ?")
                .bind(kind.as_str())
                .bind(from)
                .fetch_optional(self.pool())
                .await?;
        sqlx::query(
            "INSERT INTO mappings (kind, from_value, to_value, created_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (kind, from_value) DO UPDATE SET to_value = excluded.to_value",
        )
        .bind(kind.as_str())
        .bind(from)
        .bind(to)
        .bind(now())
        .execute(self.pool())
        .await?;
        let subject = format!("{} {from}", kind.as_str());
        self.audit(
            actor,
            "map",
            &subject,
            before.map(|b| serde_json::json!({ "to": b })).as_ref(),
            Some(&serde_json::json!({ "to": to })),
        )
        .await
    }
}
