//! Celigo integrator.io's REST API (`https://api.integrator.io/v1/`, EU
//! `https://api.eu.integrator.io/v1/`; `Authorization: Bearer <token>`): the open errors of
//! every flow step, retried by their retry data and resolved when the ERP already holds the
//! order. The sources of each call are in `osd_simulators::celigo` and
//! docs/vendors/celigo.md.

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use osd_model::{FindingCode, Sensitive};
use reqwest::Method;
use serde_json::{json, Value};

use super::api::{segment, JsonApi};
use super::record::{text, text_up_to};
use super::{Middleware, MiddlewareFailure, RunOutcome};
use crate::{http, CallError, ConnectionReport};

const SYSTEM: &str = "Celigo";
/// Longest error text kept; a step's error can hold a whole response.
const ERROR_LIMIT: usize = 4000;
/// Pages of one step's errors read at most: Celigo keeps retry data for the latest 20,000.
const MAX_PAGES: usize = 500;

#[derive(Debug, Clone)]
pub struct CeligoConfig {
    /// `https://api.integrator.io/v1/` (or the EU, AU or CA one).
    pub base_url: url::Url,
    /// Profile → API tokens: a token with access to the flows.
    pub token: Sensitive<String>,
    pub timeout: Duration,
}

pub struct CeligoClient {
    api: JsonApi,
}

/// Where an error lives, the retry data that runs it again and the record's trace key (which
/// a failed retry's new error keeps): the failure's id is these, joined, so a retry and a
/// resolve need no second listing.
struct ErrorRef {
    flow: String,
    step: String,
    error: String,
    retry_data: String,
    trace_key: String,
}

const SEPARATOR: char = '/';

/// Parts joined into one id, each escaped so the separator inside one cannot split it.
fn join_parts(parts: &[&String]) -> String {
    parts
        .iter()
        .map(|part| segment(part))
        .collect::<Vec<_>>()
        .join(&SEPARATOR.to_string())
}

/// The parts of an id `join_parts` made; `None` when one is not valid text.
fn split_parts(id: &str) -> Option<Vec<String>> {
    id.split(SEPARATOR)
        .map(|p| {
            percent_encoding::percent_decode_str(p)
                .decode_utf8()
                .ok()
                .map(|d| d.to_string())
        })
        .collect()
}

impl ErrorRef {
    fn id(&self) -> String {
        join_parts(&[
            &self.flow,
            &self.step,
            &self.error,
            &self.retry_data,
            &self.trace_key,
        ])
    }

    fn parse(id: &str) -> Option<Self> {
        let [flow, step, error, retry_data, trace_key]: [String; 5] =
            split_parts(id)?.try_into().ok()?;
        (!flow.is_empty() && !step.is_empty() && !error.is_empty()).then_some(Self {
            flow,
            step,
            error,
            retry_data,
            trace_key,
        })
    }
}

/// A retry job, with the error it stands for, so its end can be told in the step's words.
struct RetryRef {
    job: String,
    flow: String,
    step: String,
    trace_key: String,
}

impl RetryRef {
    fn id(&self) -> String {
        join_parts(&[&self.job, &self.flow, &self.step, &self.trace_key])
    }

    fn parse(id: &str) -> Option<Self> {
        let [job, flow, step, trace_key]: [String; 4] = split_parts(id)?.try_into().ok()?;
        (!job.is_empty()).then_some(Self {
            job,
            flow,
            step,
            trace_key,
        })
    }
}

impl CeligoClient {
    pub fn new(config: CeligoConfig) -> Result<Self, CallError> {
        Ok(Self {
            api: JsonApi {
                system: SYSTEM,
                base_url: config.base_url,
                auth_header: "Authorization",
                auth_prefix: "Bearer ",
                key: config.token,
                http: http::client(config.timeout)?,
            },
        })
    }

    /// Every flow with its name and the ids of its steps (exports and imports, routers' too).
    async fn flows(&self) -> Result<Vec<(String, String, Vec<String>)>, CallError> {
        let answer = self
            .api
            .call(Method::GET, self.api.url("flows")?, None)
            .await?;
        let Some(answer) = answer else {
            return Ok(vec![]);
        };
        let flows = answer.as_array().ok_or_else(|| self.unknown(&answer))?;
        Ok(flows
            .iter()
            .filter_map(|flow| {
                let id = text(flow.get("_id"))?;
                let name = text(flow.get("name")).unwrap_or_else(|| id.clone());
                let mut steps = Vec::new();
                collect_steps(flow, &mut steps);
                Some((id, name, steps))
            })
            .collect())
    }

    fn unknown(&self, answer: &Value) -> CallError {
        CallError::new(
            FindingCode::UnknownVendorAnswer,
            "Celigo answered in a form this version of the app does not know",
            answer.to_string(),
        )
        .with_key(SYSTEM)
    }

    /// The steps of a flow that hold errors now (`numError` above zero).
    async fn steps_with_errors(&self, flow: &str) -> Result<Vec<String>, CallError> {
        let url = self.api.url(&format!("flows/{}/errors", segment(flow)))?;
        let answer = self.api.call(Method::GET, url, None).await?;
        Ok(answer
            .as_ref()
            .and_then(|a| a.get("flowErrors"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|e| e.get("numError").and_then(Value::as_u64).unwrap_or(1) > 0)
            .filter_map(|e| text(e.get("_expOrImpId")))
            .collect())
    }

    /// One step's open errors, page by page (`nextPageURL`).
    async fn step_errors(&self, flow: &str, step: &str) -> Result<Vec<Value>, CallError> {
        let mut url = self
            .api
            .url(&format!("flows/{}/{}/errors", segment(flow), segment(step)))?;
        let mut errors = Vec::new();
        for _ in 0..MAX_PAGES {
            let answer = self.api.call(Method::GET, url.clone(), None).await?;
            let Some(answer) = answer else { break };
            errors.extend(
                answer
                    .get("errors")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .cloned(),
            );
            match answer
                .get("nextPageURL")
                .and_then(Value::as_str)
                .and_then(|next| self.next_page(next))
            {
                Some(next) => url = next,
                None => break,
            }
        }
        Ok(errors)
    }

    /// `nextPageURL` as Celigo writes it (`/api/flows/…` in its own sample, `/v1/…` seen too):
    /// the same path under this API's base; never another host.
    fn next_page(&self, next: &str) -> Option<url::Url> {
        let path = next
            .strip_prefix("/api/v1/")
            .or_else(|| next.strip_prefix("/api/"))
            .or_else(|| next.strip_prefix("/v1/"))?;
        self.api.url(path).ok()
    }
}

/// Step ids anywhere in a flow: page generators, page processors, routers' branches.
fn collect_steps(value: &Value, steps: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for key in ["_exportId", "_importId"] {
                if let Some(id) = text(map.get(key)) {
                    if !steps.contains(&id) {
                        steps.push(id);
                    }
                }
            }
            for (key, inner) in map {
                if matches!(
                    key.as_str(),
                    "pageGenerators" | "pageProcessors" | "routers" | "branches"
                ) {
                    collect_steps(inner, steps);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_steps(i, steps)),
        _ => {}
    }
}

fn time(value: Option<&Value>) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(value?.as_str()?)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn failure(flow: &str, name: &str, step: &str, error: &Value) -> Option<MiddlewareFailure> {
    let error_id = text(error.get("errorId"))?;
    let reference = ErrorRef {
        flow: flow.into(),
        step: step.into(),
        error: error_id,
        retry_data: text(error.get("retryDataKey")).unwrap_or_default(),
        trace_key: text(error.get("traceKey")).unwrap_or_default(),
    };
    let message = text_up_to(error.get("message"), ERROR_LIMIT).unwrap_or_default();
    let code = text(error.get("code"));
    Some(MiddlewareFailure {
        id: reference.id(),
        flow: name.to_string(),
        order: text(error.get("traceKey")),
        error: match code {
            Some(code) if !message.contains(&code) => format!("{message} ({code})"),
            _ => message,
        }
        .chars()
        .take(ERROR_LIMIT)
        .collect(),
        // The step's own name would cost a call per step; the flow's name says enough.
        step: None,
        failed_at: time(error.get("occurredAt")),
        retry_of: None,
    })
}

#[async_trait]
impl Middleware for CeligoClient {
    fn system(&self) -> &'static str {
        SYSTEM
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        self.api
            .value(Method::GET, self.api.url("tokenInfo")?, None)
            .await?;
        let flows = self.flows().await?;
        Ok(ConnectionReport {
            detail: format!(
                "Connected to Celigo ({} flow{})",
                flows.len(),
                if flows.len() == 1 { "" } else { "s" }
            ),
            credential_expires: None,
        })
    }

    async fn failures(&self) -> Result<Vec<MiddlewareFailure>, CallError> {
        let mut failures = Vec::new();
        for (flow, name, steps) in self.flows().await? {
            let with_errors = self.steps_with_errors(&flow).await?;
            for step in steps.iter().filter(|s| with_errors.contains(s)) {
                for error in self.step_errors(&flow, step).await? {
                    failures.extend(failure(&flow, &name, step, &error));
                }
            }
        }
        failures.sort_by_key(|f| f.failed_at);
        Ok(failures)
    }

    async fn retry(&self, id: &str) -> Result<String, CallError> {
        let reference = ErrorRef::parse(id).ok_or_else(|| not_ours(id))?;
        if reference.retry_data.is_empty() {
            return Err(CallError::new(
                FindingCode::UnclassifiedError,
                "Celigo keeps no retry data for this error, so it cannot be run again from here",
                id,
            )
            .with_key(SYSTEM));
        }
        let url = self.api.url(&format!(
            "flows/{}/{}/retry",
            segment(&reference.flow),
            segment(&reference.step)
        ))?;
        let started = self
            .api
            .call(
                Method::POST,
                url,
                Some(json!({ "retryDataKeys": [reference.retry_data] })),
            )
            .await?;
        // Celigo's app reads `_jobId`; other clients have seen `_id`.
        let job = started
            .as_ref()
            .and_then(|s| text(s.get("_jobId")).or_else(|| text(s.get("_id"))))
            .ok_or_else(|| {
                CallError::new(
                    FindingCode::UnknownVendorAnswer,
                    "Celigo did not say which job runs the retry",
                    started.map(|s| s.to_string()).unwrap_or_default(),
                )
                .with_key(SYSTEM)
            })?;
        Ok(RetryRef {
            job,
            flow: reference.flow,
            step: reference.step,
            trace_key: reference.trace_key,
        }
        .id())
    }

    async fn outcome(&self, id: &str) -> Result<RunOutcome, CallError> {
        let retry = RetryRef::parse(id).ok_or_else(|| not_ours(id))?;
        let job = self
            .api
            .value(
                Method::GET,
                self.api.url(&format!("jobs/{}", segment(&retry.job)))?,
                None,
            )
            .await?;
        let status = text(job.get("status")).unwrap_or_default();
        let errors = job.get("numError").and_then(Value::as_u64).unwrap_or(0);
        match status.as_str() {
            "completed" if errors == 0 => Ok(RunOutcome::Succeeded),
            "completed" | "failed" | "canceled" => {
                let again = self
                    .step_errors(&retry.flow, &retry.step)
                    .await?
                    .into_iter()
                    .filter(|e| {
                        !retry.trace_key.is_empty()
                            && text(e.get("traceKey")).as_deref() == Some(retry.trace_key.as_str())
                    })
                    .filter_map(|e| text_up_to(e.get("message"), ERROR_LIMIT))
                    .next_back();
                Ok(RunOutcome::Failed {
                    error: again.unwrap_or_else(|| format!("the retry job ended {status}")),
                })
            }
            _ => Ok(RunOutcome::Running),
        }
    }

    /// `PUT …/resolved` with the error's id: Celigo moves it to the resolved list.
    async fn mark_resolved(&self, id: &str) -> Result<bool, CallError> {
        let reference = ErrorRef::parse(id).ok_or_else(|| not_ours(id))?;
        let url = self.api.url(&format!(
            "flows/{}/{}/resolved",
            segment(&reference.flow),
            segment(&reference.step)
        ))?;
        self.api
            .call(
                Method::PUT,
                url,
                Some(json!({ "errors": [reference.error] })),
            )
            .await?;
        Ok(true)
    }
}

fn not_ours(id: &str) -> CallError {
    CallError::new(
        FindingCode::UnclassifiedError,
        "This is not a Celigo error this app listed",
        id,
    )
    .with_key(SYSTEM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_and_retry_references_survive_odd_characters() {
        let error = ErrorRef {
            flow: "65a/1".into(),
            step: "66b".into(),
            error: "e 1".into(),
            retry_data: String::new(),
            trace_key: "#1158/x".into(),
        };
        let back = ErrorRef::parse(&error.id()).unwrap();
        assert_eq!(
            (
                back.flow,
                back.step,
                back.error,
                back.retry_data,
                back.trace_key
            ),
            (
                "65a/1".into(),
                "66b".into(),
                "e 1".into(),
                String::new(),
                "#1158/x".into()
            )
        );
        let retry = RetryRef {
            job: "j".into(),
            flow: "f".into(),
            step: "s".into(),
            trace_key: "#1158/x".into(),
        };
        assert_eq!(RetryRef::parse(&retry.id()).unwrap().trace_key, "#1158/x");
        assert!(ErrorRef::parse("").is_none());
        assert!(RetryRef::parse("").is_none());
    }

    #[test]
    fn steps_are_found_in_generators_processors_and_routers() {
        let flow = json!({
            "_id": "f",
            "pageGenerators": [{ "_exportId": "e1" }],
            "pageProcessors": [{ "type": "import", "_importId": "i1" }],
            "routers": [{ "branches": [{ "pageProcessors": [{ "_importId": "i2" }, { "_exportId": "e1" }] }] }]
        });
        let mut steps = Vec::new();
        collect_steps(&flow, &mut steps);
        assert_eq!(steps, ["e1", "i1", "i2"]);
    }
}
