use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::{now, Db, Result, StoreError};

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

/// The user's decisions, loaded once per check: value mappings and remembered policies.
#[derive(Debug, Clone, Default)]
pub struct Mappings {
    entries: HashMap<(MappingKind, String), String>,
    pub policies: Policies,
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
        let rows = sqlx::query("SELECT name, value FROM policies")
            .fetch_all(self.pool())
            .await?;
        for row in rows {
            let name: String = row.try_get("name")?;
            if let Some(policy) = Policy::parse(&name) {
                mappings
                    .policies
                    .set(policy, &row.try_get::<String, _>("value")?);
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

/// A rule the user chose once for every order it applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Policy {
    /// `first-open`: an order dated in a closed period is posted on the first day of the
    /// next open period (and says so); otherwise it waits for the period to be reopened.
    ClosedPeriod,
    /// `on`: text the ERP would refuse is sent cleaned (hidden characters and emoji
    /// removed) and shortened to the field's limit, each change shown on the order.
    FitText,
}

impl Policy {
    pub const ALL: [Policy; 2] = [Self::ClosedPeriod, Self::FitText];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ClosedPeriod => "closed-period",
            Self::FitText => "fit-text",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text)
    }

    /// The values each policy takes; the first is the default.
    pub fn values(self) -> &'static [&'static str] {
        match self {
            Self::ClosedPeriod => &["wait", "first-open"],
            Self::FitText => &["off", "on"],
        }
    }
}

/// The policies in force; absent ones have their default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policies {
    values: HashMap<Policy, String>,
}

impl Policies {
    pub fn get(&self, policy: Policy) -> &str {
        self.values
            .get(&policy)
            .map(String::as_str)
            .unwrap_or(policy.values()[0])
    }

    pub fn set(&mut self, policy: Policy, value: &str) {
        self.values.insert(policy, value.to_string());
    }

    pub fn post_into_open_period(&self) -> bool {
        self.get(Policy::ClosedPeriod) == "first-open"
    }

    pub fn fit_text(&self) -> bool {
        self.get(Policy::FitText) == "on"
    }
}

impl Db {
    /// Set a policy and log it with the value it replaced; returns the audit entry's id.
    pub async fn set_policy(&self, policy: Policy, value: &str, actor: &str) -> Result<i64> {
        let before: Option<String> =
            sqlx::query_scalar("SELECT value FROM policies WHERE name = ?")
                .bind(policy.as_str())
                .fetch_optional(self.pool())
                .await?;
        sqlx::query(
            "INSERT INTO policies (name, value, created_at) VALUES (?, ?, ?)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        )
        .bind(policy.as_str())
        .bind(value)
        .bind(now())
        .execute(self.pool())
        .await?;
        self.audit(
            actor,
            "policy",
            policy.as_str(),
            before.map(|b| serde_json::json!({ "to": b })).as_ref(),
            Some(&serde_json::json!({ "to": value })),
        )
        .await
    }

    /// Put a mapping or policy back the way it was before change `id`; returns the id of the
    /// audit entry that records the undo. Changes made in the ERP (a created item) and
    /// resends are not undone here: the ERP keeps what it was sent.
    pub async fn undo(&self, id: i64, actor: &str) -> Result<i64> {
        let row = sqlx::query("SELECT action, subject, before_json FROM audit_log WHERE id = ?")
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NoSuchChange(id))?;
        let action: String = row.try_get("action")?;
        let subject: String = row.try_get("subject")?;
        let before: Option<String> = row.try_get("before_json")?;
        let undone: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM audit_log WHERE action = 'undo' AND json_extract(after_json, '$.undoes') = ?",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        if let Some(by) = undone {
            return Err(StoreError::NotUndoable(
                id,
                format!("change {by} already undid it"),
            ));
        }
        let previous = before
            .as_deref()
            .and_then(|b| serde_json::from_str::<serde_json::Value>(b).ok())
            .and_then(|b| b.get("to").and_then(|t| t.as_str()).map(str::to_string));
        match action.as_str() {
            "map" => {
                let (kind, from) = subject
                    .split_once(' ')
                    .and_then(|(k, f)| MappingKind::parse(k).map(|k| (k, f)))
                    .ok_or_else(|| StoreError::Corrupt(format!("audit subject {subject}")))?;
                match &previous {
                    Some(to) => {
                        sqlx::query(
                            "UPDATE mappings SET to_value = ? WHERE kind = ? AND from_value = ?",
                        )
                        .bind(to)
                        .bind(kind.as_str())
                        .bind(from)
                        .execute(self.pool())
                        .await?;
                    }
                    None => {
                        sqlx::query("DELETE FROM mappings WHERE kind = ? AND from_value = ?")
                            .bind(kind.as_str())
                            .bind(from)
                            .execute(self.pool())
                            .await?;
                    }
                }
            }
            "policy" => {
                let policy = Policy::parse(&subject)
                    .ok_or_else(|| StoreError::Corrupt(format!("audit subject {subject}")))?;
                match &previous {
                    Some(value) => {
                        sqlx::query("UPDATE policies SET value = ? WHERE name = ?")
                            .bind(value)
                            .bind(policy.as_str())
                            .execute(self.pool())
                            .await?;
                    }
                    None => {
                        sqlx::query("DELETE FROM policies WHERE name = ?")
                            .bind(policy.as_str())
                            .execute(self.pool())
                            .await?;
                    }
                }
            }
            other => {
                return Err(StoreError::NotUndoable(
                    id,
                    format!("a \"{other}\" is not a mapping or a rule; undo it in the ERP"),
                ))
            }
        }
        self.audit(
            actor,
            "undo",
            &subject,
            None,
            Some(&serde_json::json!({ "undoes": id, "to": previous })),
        )
        .await
    }
}
