//! Celigo integrator.io's REST API (`/v1`, `Authorization: Bearer <token>`) for one flow whose
//! import step runs the user's own flow (`integration_flow::FlowStep`): its open errors, their
//! retry data, retry as a job, and resolving.
//!
//! Sources (V: Celigo's own documentation or repositories; U: Celigo's web app as published;
//! G: not found published, chosen and said so):
//! - Bearer token, `GET /v1/tokenInfo` → `{_userId, scope}`; every error as
//!   `{"errors":[{code, message}]}` (V: developer.celigo.com "Authentication", "Errors";
//!   celigo/integrator-api-docs readme). The 401 body's `code` is G (`unauthorized`).
//! - `GET /v1/flows`: a bare array, 204 without a body when there is none; a flow's
//!   `pageGenerators[]._exportId`, `pageProcessors[]` with `type` and `_importId` (V: flow.md).
//! - `GET /v1/flows/{flow}/errors` → `{"flowErrors":[{_expOrImpId, numError}]}` (V endpoint,
//!   U shape).
//! - `GET /v1/flows/{flow}/{step}/errors` → `{"errors":[{occurredAt, source, code, message,
//!   traceKey, oIndex, retryDataKey, errorId, _flowJobId, reqAndResKey}], "nextPageURL"}`,
//!   `nextPageURL` only when more follow, as `/api/flows/…?startAtErrorId=…` (V: docs.celigo.com
//!   "Errors API endpoints" sample; U: its paging). `oIndex` is a string (V sample).
//! - `GET /v1/flows/{flow}/{step}/{retryDataKey}/data` → `{data}` (U).
//! - `POST /v1/flows/{flow}/{step}/retry` `{"retryDataKeys":[…]}` → `{"_jobId"}` (V body, U
//!   answer); `GET /v1/jobs/{id}` → `status` (queued, running, completed, failed, canceled),
//!   `numSuccess`, `numError`, `numIgnore`, `startedAt`, `endedAt` (V: job.md).
//! - A retried error leaves the open list; one whose retry succeeds is resolved automatically
//!   (by its trace key); one that fails again is a new error, new `errorId`, same `traceKey`
//!   (V: docs.celigo.com "Trace keys" auto-resolve; the new error is G).
//! - `PUT /v1/flows/{flow}/{step}/resolved` `{"errors":[errorId…]}` → 204 (V body; U/T 204).
//! - 429 with `Retry-After: 2` and `rate_limited` (V: developer.celigo.com "Rate limits").

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::integration_flow::{object_id, timestamp, FlowStep};
use crate::server::{serve, Running};

/// Errors per page of `…/errors`; Celigo does not publish its page size.
pub const PAGE: usize = 50;

#[derive(Debug, Clone)]
pub struct CeligoError {
    pub error_id: String,
    pub message: String,
    pub code: String,
    pub source: String,
    pub occurred_at: String,
    pub trace_key: String,
    pub retry_data_key: Option<String>,
    pub flow_job_id: String,
}

#[derive(Debug, Clone)]
pub struct CeligoJob {
    pub id: String,
    pub status: &'static str,
    pub num_success: u32,
    pub num_error: u32,
    pub started_at: String,
    pub ended_at: Option<String>,
}

pub struct CeligoState {
    token: String,
    pub flow_id: String,
    pub flow_name: String,
    pub export_id: String,
    pub import_id: String,
    pub open: Vec<CeligoError>,
    pub resolved: Vec<CeligoError>,
    retry_data: HashMap<String, Value>,
    pub jobs: HashMap<String, CeligoJob>,
    next: u64,
    /// Answer the next request with 429.
    pub rate_limit_once: bool,
    /// How many retries were started, by retry data key.
    pub retried: Vec<String>,
}

impl CeligoState {
    fn id(&mut self) -> String {
        self.next += 1;
        object_id(self.next)
    }

    fn record_error(&mut self, record: Value, message: String, job: &str) {
        let trace_key = crate::integration_flow::record_id(&record);
        let key = self.id();
        self.retry_data.insert(key.clone(), record);
        let error_id = self.id();
        self.open.push(CeligoError {
            error_id,
            message,
            code: "response_failure".into(),
            source: "application".into(),
            occurred_at: timestamp(),
            trace_key,
            retry_data_key: Some(key),
            flow_job_id: job.to_string(),
        });
    }
}

type Shared = Arc<Mutex<CeligoState>>;

pub struct CeligoSimulator {
    pub state: Shared,
    step: FlowStep,
    pub running: Running,
}

impl CeligoSimulator {
    /// One flow, `flow_name`, from a Shopify export to an import that runs `step`.
    pub async fn start(token: &str, flow_name: &str, step: FlowStep) -> std::io::Result<Self> {
        let mut state = CeligoState {
            token: token.into(),
            flow_id: String::new(),
            flow_name: flow_name.into(),
            export_id: String::new(),
            import_id: String::new(),
            open: vec![],
            resolved: vec![],
            retry_data: HashMap::new(),
            jobs: HashMap::new(),
            next: 0,
            rate_limit_once: false,
            retried: vec![],
        };
        state.flow_id = state.id();
        state.export_id = state.id();
        state.import_id = state.id();
        let state = Arc::new(Mutex::new(state));
        let router = Router::new()
            .route("/v1/tokenInfo", get(token_info))
            .route("/v1/flows", get(flows))
            .route("/v1/flows/{flow}/errors", get(flow_errors))
            .route("/v1/flows/{flow}/{step}/errors", get(step_errors))
            .route(
                "/v1/flows/{flow}/{step}/resolved",
                get(resolved_list).put(resolve),
            )
            .route("/v1/flows/{flow}/{step}/retry", post(retry))
            .route("/v1/flows/{flow}/{step}/{key}/data", get(retry_data))
            .route("/v1/jobs/{id}", get(job))
            .with_state((state.clone(), step.clone()));
        Ok(Self {
            state,
            step,
            running: serve(router, 0).await?,
        })
    }

    /// The API's base, `…/v1/` as `https://api.integrator.io/v1/`.
    pub fn api_url(&self) -> url::Url {
        self.running
            .base_url()
            .join("v1/")
            .unwrap_or_else(|_| self.running.base_url())
    }

    /// A record through the flow, as a scheduled run would take it: an error when it fails.
    pub async fn run(&self, record: Value) {
        let job = self.update(|s| s.id());
        if let Err(message) = (self.step)(record.clone()).await {
            self.update(|s| s.record_error(record, message, &job));
        }
    }

    /// An error as an earlier run left it (a timeout after the ERP had the order), without
    /// running the flow now.
    pub fn seed_error(&self, record: Value, message: &str) {
        self.update(|s| {
            let job = s.id();
            s.record_error(record, message.to_string(), &job);
        });
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut CeligoState) -> T) -> T {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        change(&mut s)
    }
}

type AppState = (Shared, FlowStep);

fn lock(state: &Shared) -> std::sync::MutexGuard<'_, CeligoState> {
    state.lock().unwrap_or_else(|p| p.into_inner())
}

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({ "errors": [{ "code": code, "message": message }] })),
    )
        .into_response()
}

/// The bearer check and the rate limit, before anything else.
fn refused(s: &mut CeligoState, headers: &HeaderMap) -> Option<Response> {
    if s.rate_limit_once {
        s.rate_limit_once = false;
        let mut response = error(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "Too many requests. Retry after 2 seconds.",
        );
        response
            .headers_mut()
            .insert("retry-after", axum::http::HeaderValue::from_static("2"));
        return Some(response);
    }
    let expected = format!("Bearer {}", s.token);
    let given = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    (given != expected).then(|| error(StatusCode::UNAUTHORIZED, "unauthorized", "Unauthorized"))
}

fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "not_found", "Resource not found.")
}

/// The token check, then the flow and step in the path, which must be this simulator's.
fn step_refused(
    s: &mut CeligoState,
    headers: &HeaderMap,
    flow: &str,
    step: &str,
) -> Option<Response> {
    refused(s, headers).or_else(|| (!known_step(s, flow, step)).then(not_found))
}

/// The flow and step named in the path, when they are this simulator's.
fn known_step(s: &CeligoState, flow: &str, step: &str) -> bool {
    flow == s.flow_id && (step == s.import_id || step == s.export_id)
}

async fn token_info(State((state, _)): State<AppState>, headers: HeaderMap) -> Response {
    let mut s = lock(&state);
    if let Some(refused) = refused(&mut s, &headers) {
        return refused;
    }
    Json(json!({ "_userId": object_id(1), "scope": "*" })).into_response()
}

async fn flows(State((state, _)): State<AppState>, headers: HeaderMap) -> Response {
    let mut s = lock(&state);
    if let Some(refused) = refused(&mut s, &headers) {
        return refused;
    }
    Json(json!([{
        "_id": s.flow_id,
        "name": s.flow_name,
        "disabled": false,
        "_integrationId": object_id(2),
        "pageGenerators": [{ "_exportId": s.export_id }],
        "pageProcessors": [{ "type": "import", "_importId": s.import_id, "responseMapping": { "fields": [], "lists": [] } }],
        "createdAt": "2026-01-05T09:00:00.000Z",
        "lastModified": "2026-11-20T09:00:00.000Z"
    }]))
    .into_response()
}

async fn flow_errors(
    State((state, _)): State<AppState>,
    headers: HeaderMap,
    Path(flow): Path<String>,
) -> Response {
    let mut s = lock(&state);
    if let Some(refused) = refused(&mut s, &headers) {
        return refused;
    }
    if flow != s.flow_id {
        return not_found();
    }
    let mut counts = vec![json!({ "_expOrImpId": s.export_id, "numError": 0 })];
    counts.push(json!({ "_expOrImpId": s.import_id, "numError": s.open.len() }));
    Json(json!({ "flowErrors": counts })).into_response()
}

fn error_json(e: &CeligoError, index: usize) -> Value {
    let mut value = json!({
        "occurredAt": e.occurred_at,
        "source": e.source,
        "code": e.code,
        "message": e.message,
        "traceKey": e.trace_key,
        "exportDataURI": e.trace_key,
        "oIndex": index.to_string(),
        "errorId": e.error_id,
        "_flowJobId": e.flow_job_id,
        "reqAndResKey": format!("{}-400-POST", e.error_id),
    });
    if let Some(key) = &e.retry_data_key {
        value["retryDataKey"] = json!(key);
    }
    value
}

async fn step_errors(
    State((state, _)): State<AppState>,
    headers: HeaderMap,
    Path((flow, step)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let mut s = lock(&state);
    if let Some(refused) = step_refused(&mut s, &headers, &flow, &step) {
        return refused;
    }
    let errors: &[CeligoError] = if step == s.import_id { &s.open } else { &[] };
    let start = query
        .get("startAtErrorId")
        .and_then(|id| errors.iter().position(|e| &e.error_id == id))
        .unwrap_or(0);
    let page: Vec<Value> = errors
        .iter()
        .enumerate()
        .skip(start)
        .take(PAGE)
        .map(|(i, e)| error_json(e, i))
        .collect();
    let mut body = json!({ "errors": page });
    if let Some(next) = errors.get(start + PAGE) {
        body["nextPageURL"] = json!(format!(
            "/api/flows/{flow}/{step}/errors?startAtErrorId={}",
            next.error_id
        ));
    }
    Json(body).into_response()
}

async fn resolved_list(
    State((state, _)): State<AppState>,
    headers: HeaderMap,
    Path((flow, step)): Path<(String, String)>,
) -> Response {
    let mut s = lock(&state);
    if let Some(refused) = step_refused(&mut s, &headers, &flow, &step) {
        return refused;
    }
    let list: Vec<Value> = s
        .resolved
        .iter()
        .enumerate()
        .map(|(i, e)| error_json(e, i))
        .collect();
    Json(json!({ "resolved": list })).into_response()
}

fn ids_in(body: &[u8], field: &str) -> Option<Vec<String>> {
    let value: Value = serde_json::from_slice(body).ok()?;
    value
        .get(field)?
        .as_array()?
        .iter()
        .map(|v| v.as_str().map(str::to_string))
        .collect()
}

async fn resolve(
    State((state, _)): State<AppState>,
    headers: HeaderMap,
    Path((flow, step)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let mut s = lock(&state);
    if let Some(refused) = step_refused(&mut s, &headers, &flow, &step) {
        return refused;
    }
    let Some(ids) = ids_in(&body, "errors") else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "errors must be an array of error ids.",
        );
    };
    let (done, open): (Vec<_>, Vec<_>) = std::mem::take(&mut s.open)
        .into_iter()
        .partition(|e| ids.contains(&e.error_id));
    s.open = open;
    s.resolved.extend(done);
    StatusCode::NO_CONTENT.into_response()
}

async fn retry_data(
    State((state, _)): State<AppState>,
    headers: HeaderMap,
    Path((flow, step, key)): Path<(String, String, String)>,
) -> Response {
    let mut s = lock(&state);
    if let Some(refused) = refused(&mut s, &headers) {
        return refused;
    }
    match s.retry_data.get(&key) {
        Some(data) if known_step(&s, &flow, &step) => {
            Json(json!({ "data": data, "stage": "import" })).into_response()
        }
        _ => not_found(),
    }
}

async fn retry(
    State((state, step_fn)): State<AppState>,
    headers: HeaderMap,
    Path((flow, step)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let (job_id, records) = {
        let mut s = lock(&state);
        if let Some(refused) = step_refused(&mut s, &headers, &flow, &step) {
            return refused;
        }
        let Some(keys) = ids_in(&body, "retryDataKeys") else {
            return error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "retryDataKeys must be an array.",
            );
        };
        // A retried error leaves the open list at once; its record goes through the flow.
        let mut records = Vec::new();
        for key in keys {
            if let Some(at) = s
                .open
                .iter()
                .position(|e| e.retry_data_key.as_deref() == Some(key.as_str()))
            {
                let error = s.open.remove(at);
                if let Some(record) = s.retry_data.get(&key).cloned() {
                    records.push((error, record));
                }
                s.retried.push(key);
            }
        }
        let job_id = s.id();
        s.jobs.insert(
            job_id.clone(),
            CeligoJob {
                id: job_id.clone(),
                status: "queued",
                num_success: 0,
                num_error: 0,
                started_at: timestamp(),
                ended_at: None,
            },
        );
        (job_id, records)
    };
    let job = job_id.clone();
    tokio::spawn(async move {
        set_job(&state, &job, |j| j.status = "running");
        for (error, record) in records {
            match step_fn(record.clone()).await {
                Ok(()) => {
                    let mut s = lock(&state);
                    s.resolved.push(error);
                    if let Some(j) = s.jobs.get_mut(&job) {
                        j.num_success += 1;
                    }
                }
                Err(message) => {
                    let mut s = lock(&state);
                    s.record_error(record, message, &job);
                    if let Some(j) = s.jobs.get_mut(&job) {
                        j.num_error += 1;
                    }
                }
            }
        }
        set_job(&state, &job, |j| {
            j.status = "completed";
            j.ended_at = Some(timestamp());
        });
    });
    Json(json!({ "_jobId": job_id })).into_response()
}

fn set_job(state: &Shared, id: &str, change: impl FnOnce(&mut CeligoJob)) {
    if let Some(job) = lock(state).jobs.get_mut(id) {
        change(job);
    }
}

async fn job(
    State((state, _)): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let mut s = lock(&state);
    if let Some(refused) = refused(&mut s, &headers) {
        return refused;
    }
    let flow = s.flow_id.clone();
    match s.jobs.get(&id) {
        Some(j) => Json(json!({
            "_id": j.id,
            "type": "retry",
            "_flowId": flow,
            "status": j.status,
            "numSuccess": j.num_success,
            "numError": j.num_error,
            "numIgnore": 0,
            "startedAt": j.started_at,
            "endedAt": j.ended_at,
        }))
        .into_response(),
        None => not_found(),
    }
}
