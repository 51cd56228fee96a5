//! Make's API v2 (`https://{zone}.make.com/api/v2/`, `Authorization: Token <token>`): the
//! incomplete executions of a team's scenarios (stored when "Allow storing of incomplete
//! executions" is on), the order in each one's bundle, and retry. Make has no call that marks
//! one resolved. The sources of each call are in `osd_simulators::make` and
//! docs/vendors/make.md.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use osd_model::{FindingCode, Sensitive};
use reqwest::Method;
use serde_json::Value;

use super::api::{segment, JsonApi};
use super::record::{order_reference, text, text_up_to};
use super::{Middleware, MiddlewareFailure, RunOutcome};
use crate::{http, CallError, ConnectionReport};

const SYSTEM: &str = "Make";
const ERROR_LIMIT: usize = 4000;

#[derive(Debug, Clone)]
pub struct MakeConfig {
    /// The zone's API, e.g. `https://eu1.make.com/api/v2/`.
    pub base_url: url::Url,
    /// The team whose scenarios are read (in Make's address bar: `/team/<id>/`).
    pub team_id: String,
    /// Profile → API access: a token with the scopes `scenarios:read`, `dlqs:read` and
    /// `dlqs:write`.
    pub token: Sensitive<String>,
    pub timeout: Duration,
}

pub struct MakeClient {
    api: JsonApi,
    team_id: String,
    /// The order each incomplete execution carries: a bundle never changes, and Make counts
    /// every call against a per-minute limit (60 on its Core plan).
    references: Mutex<HashMap<String, Option<String>>>,
}

/// A retry: the incomplete execution and how many tries it had before, so its end is the
/// first try after that.
const ATTEMPTS_MARK: char = '@';

impl MakeClient {
    pub fn new(config: MakeConfig) -> Result<Self, CallError> {
        Ok(Self {
            api: JsonApi {
                system: SYSTEM,
                base_url: config.base_url,
                auth_header: "Authorization",
                auth_prefix: "Token ",
                key: config.token,
                http: http::client(config.timeout)?,
            },
            team_id: config.team_id,
            references: Mutex::new(HashMap::new()),
        })
    }

    fn unknown(&self, answer: &Value) -> CallError {
        CallError::new(
            FindingCode::UnknownVendorAnswer,
            "Make answered in a form this version of the app does not know",
            answer.to_string(),
        )
        .with_key(SYSTEM)
    }

    /// The team's scenarios: (id, name, incomplete executions waiting).
    async fn scenarios(&self) -> Result<Vec<(String, String, u64)>, CallError> {
        let mut url = self.api.url("scenarios")?;
        url.query_pairs_mut()
            .append_pair("teamId", &self.team_id)
            .append_pair("pg[limit]", "10000");
        let answer = self.api.value(Method::GET, url, None).await?;
        let list = answer
            .get("scenarios")
            .and_then(Value::as_array)
            .ok_or_else(|| self.unknown(&answer))?;
        Ok(list
            .iter()
            .filter_map(|s| {
                let id = text(s.get("id"))?;
                let name = text(s.get("name")).unwrap_or_else(|| id.clone());
                // Without the count, the scenario is read rather than skipped.
                let waiting = s.get("dlqCount").and_then(Value::as_u64).unwrap_or(1);
                Some((id, name, waiting))
            })
            .collect())
    }

    async fn incomplete(&self, scenario: &str) -> Result<Vec<Value>, CallError> {
        let mut url = self.api.url("dlqs")?;
        url.query_pairs_mut().append_pair("scenarioId", scenario);
        let answer = self.api.value(Method::GET, url, None).await?;
        let list = answer
            .get("dlqs")
            .and_then(Value::as_array)
            .ok_or_else(|| self.unknown(&answer))?;
        Ok(list
            .iter()
            .filter(|d| d.get("resolved").and_then(Value::as_bool) != Some(true))
            .cloned()
            .collect())
    }

    /// The order in an incomplete execution's bundle: the trigger's (the first module's)
    /// record, else the first module whose record names one.
    async fn order_of(&self, dlq: &str) -> Result<Option<String>, CallError> {
        if let Some(known) = self.known_reference(dlq) {
            return Ok(known);
        }
        let url = self.api.url(&format!("dlqs/{}/bundle", segment(dlq)))?;
        let answer = self.api.value(Method::GET, url, None).await?;
        let modules = answer.get("response").and_then(Value::as_object);
        let mut ids: Vec<(&String, &Value)> = modules.into_iter().flatten().collect();
        ids.sort_by_key(|(id, _)| id.parse::<u64>().unwrap_or(u64::MAX));
        let found = ids
            .into_iter()
            .filter(|(_, record)| record.get("error").is_none())
            .find_map(|(_, record)| order_reference(record));
        if let Ok(mut known) = self.references.lock() {
            known.insert(dlq.to_string(), found.clone());
        }
        Ok(found)
    }

    fn known_reference(&self, dlq: &str) -> Option<Option<String>> {
        self.references.lock().ok()?.get(dlq).cloned()
    }

    async fn detail(&self, dlq: &str) -> Result<Value, CallError> {
        let url = self.api.url(&format!("dlqs/{}", segment(dlq)))?;
        let answer = self.api.value(Method::GET, url, None).await?;
        answer
            .get("dlq")
            .cloned()
            .ok_or_else(|| self.unknown(&answer))
    }
}

fn time(value: Option<&Value>) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(value?.as_str()?)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[async_trait]
impl Middleware for MakeClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        let scenarios = self.scenarios().await?;
        Ok(ConnectionReport {
            detail: format!(
                "Connected to Make ({} scenario{} in team {})",
                scenarios.len(),
                if scenarios.len() == 1 { "" } else { "s" },
                self.team_id
            ),
            credential_expires: None,
        })
    }

    async fn failures(&self) -> Result<Vec<MiddlewareFailure>, CallError> {
        let mut failures = Vec::new();
        for (scenario, name, waiting) in self.scenarios().await? {
            if waiting == 0 {
                continue;
            }
            for dlq in self.incomplete(&scenario).await? {
                let Some(id) = text(dlq.get("id")) else {
                    continue;
                };
                failures.push(MiddlewareFailure {
                    order: self.order_of(&id).await?,
                    error: text_up_to(dlq.get("reason"), ERROR_LIMIT).unwrap_or_default(),
                    flow: name.clone(),
                    step: None,
                    failed_at: time(dlq.get("created")),
                    retry_of: None,
                    id,
                });
            }
        }
        failures.sort_by_key(|f| f.failed_at);
        Ok(failures)
    }

    /// `POST /dlqs/{id}/retry`: Make queues it and runs the scenario again from the module
    /// that failed, with the stored bundles.
    async fn retry(&self, id: &str) -> Result<String, CallError> {
        let before = self
            .detail(id)
            .await?
            .get("attempts")
            .and_then(Value::as_u64)
            .unwrap_or(0);
        let url = self.api.url(&format!("dlqs/{}/retry", segment(id)))?;
        self.api.call(Method::POST, url, None).await?;
        Ok(format!("{id}{ATTEMPTS_MARK}{before}"))
    }

    async fn outcome(&self, run: &str) -> Result<RunOutcome, CallError> {
        let (id, before) = run
            .rsplit_once(ATTEMPTS_MARK)
            .and_then(|(id, n)| Some((id, n.parse::<u64>().ok()?)))
            .ok_or_else(|| {
                CallError::new(
                    FindingCode::UnclassifiedError,
                    "This is not a Make retry this app started",
                    run,
                )
                .with_key(SYSTEM)
            })?;
        let dlq = self.detail(id).await?;
        if dlq.get("resolved").and_then(Value::as_bool) == Some(true) {
            return Ok(RunOutcome::Succeeded);
        }
        let attempts = dlq.get("attempts").and_then(Value::as_u64).unwrap_or(0);
        let waiting = dlq.get("retry").and_then(Value::as_bool) == Some(true);
        if attempts > before && !waiting {
            return Ok(RunOutcome::Failed {
                error: text_up_to(dlq.get("reason"), ERROR_LIMIT).unwrap_or_default(),
            });
        }
        Ok(RunOutcome::Running)
    }

    /// Make's API has no call that marks an incomplete execution resolved: only a successful
    /// retry or a delete ends one, and deleting is not this app's to do.
    async fn mark_resolved(&self, _id: &str) -> Result<bool, CallError> {
        Ok(false)
    }
}
