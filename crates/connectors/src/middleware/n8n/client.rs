use std::time::Duration;

use async_trait::async_trait;
use osd_model::{FindingCode, Sensitive};
use reqwest::Method;
use serde_json::{json, Value};

use super::wire;
use crate::http;
use crate::middleware::api::{segment, JsonApi};
use crate::middleware::{Middleware, MiddlewareFailure, RunOutcome};
use crate::{CallError, ConnectionReport};

const SYSTEM: &str = "n8n";
/// Executions per page; n8n's public API takes at most 250.
const PAGE: u32 = 100;
/// Pages read at most in one listing: 100,000 failed runs is a queue nobody works through.
const MAX_PAGES: usize = 1000;

#[derive(Debug, Clone)]
pub struct N8nConfig {
    /// The n8n instance, e.g. `https://n8n.example.com/`.
    pub base_url: url::Url,
    /// Settings → n8n API → Create an API key (scopes: execution read, list and retry;
    /// workflow read and list).
    pub api_key: Sensitive<String>,
    pub timeout: Duration,
}

pub struct N8nClient {
    api: JsonApi,
}

impl N8nClient {
    pub fn new(config: N8nConfig) -> Result<Self, CallError> {
        Ok(Self {
            api: JsonApi {
                system: SYSTEM,
                base_url: config.base_url,
                auth_header: "X-N8N-API-KEY",
                auth_prefix: "",
                key: config.api_key,
                http: http::client(config.timeout)?,
            },
        })
    }

    fn url(&self, path: &str) -> Result<url::Url, CallError> {
        self.api.url(path)
    }

    async fn call(
        &self,
        method: Method,
        url: url::Url,
        body: Option<Value>,
    ) -> Result<Value, CallError> {
        self.api.value(method, url, body).await
    }

    /// Workflow names by id, for the failures' wording.
    async fn workflow_names(&self) -> Result<std::collections::HashMap<String, String>, CallError> {
        let mut url = self.url("api/v1/workflows")?;
        url.query_pairs_mut().append_pair("limit", "250");
        let answer = self.call(Method::GET, url, None).await?;
        Ok(answer
            .get("data")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|w| Some((wire::id(w.get("id"))?, w.get("name")?.as_str()?.to_string())))
            .collect())
    }
}

#[async_trait]
impl Middleware for N8nClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        let names = self.workflow_names().await?;
        Ok(ConnectionReport {
            detail: format!(
                "Connected to n8n ({} workflow{})",
                names.len(),
                if names.len() == 1 { "" } else { "s" }
            ),
            credential_expires: None,
        })
    }

    async fn failures(&self) -> Result<Vec<MiddlewareFailure>, CallError> {
        let names = self.workflow_names().await?;
        let mut executions: Vec<Value> = Vec::new();
        let mut cursor: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let mut url = self.url("api/v1/executions")?;
            {
                let mut query = url.query_pairs_mut();
                query
                    .append_pair("status", "error")
                    .append_pair("includeData", "true")
                    .append_pair("limit", &PAGE.to_string());
                if let Some(c) = &cursor {
                    query.append_pair("cursor", c);
                }
            }
            let page = self.call(Method::GET, url, None).await?;
            executions.extend(
                page.get("data")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .cloned(),
            );
            cursor = page
                .get("nextCursor")
                .and_then(Value::as_str)
                .filter(|c| !c.is_empty())
                .map(str::to_string);
            if cursor.is_none() {
                break;
            }
        }
        // A run a later retry fixed is done; one a later failed retry stands for is that retry.
        let superseded: std::collections::HashSet<String> = executions
            .iter()
            .filter_map(|e| wire::id(e.get("retryOf")))
            .collect();
        let mut failures: Vec<MiddlewareFailure> = executions
            .iter()
            .filter(|e| wire::id(e.get("retrySuccessId")).is_none())
            .filter_map(|e| {
                let flow = wire::id(e.get("workflowId")).and_then(|w| names.get(&w).cloned());
                wire::failure(e, flow.as_deref())
            })
            .filter(|f| !superseded.contains(&f.id))
            .collect();
        failures.sort_by_key(|f| f.failed_at);
        Ok(failures)
    }

    async fn retry(&self, id: &str) -> Result<String, CallError> {
        let url = self.url(&format!("api/v1/executions/{}/retry", segment(id)))?;
        let started = self
            .call(Method::POST, url, Some(json!({ "loadWorkflow": true })))
            .await?;
        wire::id(started.get("id")).ok_or_else(|| {
            CallError::new(
                FindingCode::UnknownVendorAnswer,
                "n8n started the retry but did not say which run it is",
                started.to_string(),
            )
            .with_key(SYSTEM)
        })
    }

    async fn outcome(&self, id: &str) -> Result<RunOutcome, CallError> {
        let mut url = self.url(&format!("api/v1/executions/{}", segment(id)))?;
        url.query_pairs_mut().append_pair("includeData", "true");
        let execution = self.call(Method::GET, url, None).await?;
        Ok(wire::outcome(&execution))
    }

    /// n8n's public API (openapi.yml of 1.123.0: `/executions`, `/executions/{id}`,
    /// `/executions/{id}/retry`) has no "resolved" state for an execution; its only other verb,
    /// DELETE, would erase the run and its data, which is not this app's to do.
    async fn mark_resolved(&self, _id: &str) -> Result<bool, CallError> {
        Ok(false)
    }
}
