//! Make's API v2 (`https://{zone}.make.com/api/v2`, `Authorization: Token <token>`) for one
//! scenario whose failing module runs the user's own flow (`integration_flow::FlowStep`), with
//! "Allow storing of incomplete executions" on: its incomplete executions, their bundles,
//! retry, and the retry's log.
//!
//! Sources (V: Make's own documentation or repositories; G: not found published, chosen and
//! said so):
//! - `Authorization: Token …`; errors as `{detail, message, code}` (V: developers.make.com
//!   "HTTP status codes"; integromat/make-typescript-sdk `utils.ts`). The 401 and 404 texts
//!   and codes are G (`SC401`, `SC404`).
//! - `GET /scenarios?teamId=` → `{"scenarios":[{id, name, teamId, isActive, dlqCount, …}],
//!   "pg":{…}}` (V: the SDK's `mocks/scenarios/list.json`).
//! - `GET /dlqs?scenarioId=` → `{"dlqs":[{id, reason, created, size, resolved, retry,
//!   attempts}]}`, no paging (V: developers.make.com "Incomplete executions"; SDK mocks).
//! - `GET /dlqs/{id}` → `{"dlq":{id, scenarioId, scenarioName, resolved, deleted, index,
//!   created, executionId, retry, attempts, size, …}}` (V).
//! - `GET /dlqs/{id}/bundle` → `{"code":"OK","response":{<module id>: …}}`, the trigger's
//!   bundle under the first module, the failed module's `{"error":{type, message}}` (V shape;
//!   the trigger under "1" is T).
//! - `POST /dlqs/{id}/retry` → `{"dlq": id}`; the retry is queued and runs from the failed
//!   module with the stored bundles (V); `retry` is true while it waits or runs and `resolved`
//!   turns true when it succeeds (V/G); `attempts` counts the tries (V).
//! - `GET /dlqs/{id}/logs` → `{"dlqLogs":[{imtId, id, type:"manual", status (1 success,
//!   2 warning, 3 error), timestamp, duration, operations, transfer}], "pg":{…}}` (V).
//! - No call marks an incomplete execution resolved: only a successful retry or a delete
//!   (V: the reference lists none).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::integration_flow::{object_id, timestamp, FlowStep};
use crate::server::{serve, Running};

pub const TEAM_ID: u64 = 71;
pub const SCENARIO_ID: u64 = 4_512_338;

#[derive(Debug, Clone)]
pub struct Incomplete {
    pub id: String,
    pub reason: String,
    pub created: String,
    pub resolved: bool,
    pub retry: bool,
    pub attempts: u32,
    pub execution_id: String,
    pub record: Value,
    pub logs: Vec<Value>,
}

pub struct MakeState {
    token: String,
    pub scenario_name: String,
    pub incomplete: Vec<Incomplete>,
    next: u64,
    /// Retries started, by incomplete execution id.
    pub retried: Vec<String>,
}

impl MakeState {
    fn next(&mut self) -> u64 {
        self.next += 1;
        self.next
    }

    fn store(&mut self, record: Value, reason: String) {
        let n = self.next();
        self.incomplete.push(Incomplete {
            id: object_id(n),
            reason,
            created: timestamp(),
            resolved: false,
            retry: false,
            attempts: 0,
            execution_id: format!("{:032x}", n),
            record,
            logs: vec![],
        });
    }
}

type Shared = Arc<Mutex<MakeState>>;
type AppState = (Shared, FlowStep);

pub struct MakeSimulator {
    pub state: Shared,
    step: FlowStep,
    pub running: Running,
}

impl MakeSimulator {
    pub async fn start(token: &str, scenario_name: &str, step: FlowStep) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(MakeState {
            token: token.into(),
            scenario_name: scenario_name.into(),
            incomplete: vec![],
            next: 0,
            retried: vec![],
        }));
        let router = Router::new()
            .route("/api/v2/scenarios", get(scenarios))
            .route("/api/v2/dlqs", get(list))
            .route("/api/v2/dlqs/{id}", get(detail))
            .route("/api/v2/dlqs/{id}/bundle", get(bundle))
            .route("/api/v2/dlqs/{id}/retry", post(retry))
            .route("/api/v2/dlqs/{id}/logs", get(logs))
            .with_state((state.clone(), step.clone()));
        Ok(Self {
            state,
            step,
            running: serve(router, 0).await?,
        })
    }

    /// The API's base, as `https://eu1.make.com/api/v2/`.
    pub fn api_url(&self) -> url::Url {
        self.running
            .base_url()
            .join("api/v2/")
            .unwrap_or_else(|_| self.running.base_url())
    }

    /// A scenario run on `record`: stored as incomplete when its module fails.
    pub async fn run(&self, record: Value) {
        if let Err(reason) = (self.step)(record.clone()).await {
            self.update(|s| s.store(record, reason));
        }
    }

    /// An incomplete execution as an earlier run left it, without running the module now.
    pub fn seed_incomplete(&self, record: Value, reason: &str) {
        self.update(|s| s.store(record, reason.to_string()));
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut MakeState) -> T) -> T {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        change(&mut s)
    }
}

fn lock(state: &Shared) -> std::sync::MutexGuard<'_, MakeState> {
    state.lock().unwrap_or_else(|p| p.into_inner())
}

fn error(status: StatusCode, code: &str, message: &str, detail: &str) -> Response {
    (
        status,
        Json(json!({ "detail": detail, "message": message, "code": code })),
    )
        .into_response()
}

fn refused(s: &MakeState, headers: &HeaderMap) -> Option<Response> {
    let given = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    (given != format!("Token {}", s.token)).then(|| {
        error(
            StatusCode::UNAUTHORIZED,
            "SC401",
            "Unauthorized",
            "Invalid credentials.",
        )
    })
}

fn not_found() -> Response {
    error(
        StatusCode::NOT_FOUND,
        "SC404",
        "Not found",
        "Incomplete execution not found.",
    )
}

/// The incomplete execution `id`, after the token check.
fn found<'a>(
    s: &'a MakeState,
    headers: &HeaderMap,
    id: &str,
) -> Result<&'a Incomplete, Box<Response>> {
    if let Some(refused) = refused(s, headers) {
        return Err(Box::new(refused));
    }
    s.incomplete
        .iter()
        .find(|i| i.id == id)
        .ok_or_else(|| Box::new(not_found()))
}

fn summary(i: &Incomplete) -> Value {
    json!({
        "id": i.id,
        "reason": i.reason,
        "created": i.created,
        "size": i.record.to_string().len(),
        "resolved": i.resolved,
        "retry": i.retry,
        "attempts": i.attempts,
    })
}

async fn scenarios(
    State((state, _)): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let s = lock(&state);
    if let Some(refused) = refused(&s, &headers) {
        return refused;
    }
    if !query.contains_key("teamId") && !query.contains_key("organizationId") {
        return error(
            StatusCode::BAD_REQUEST,
            "IM005",
            "Invalid input",
            "Either teamId or organizationId must be given.",
        );
    }
    let mine = query
        .get("teamId")
        .is_none_or(|t| *t == TEAM_ID.to_string());
    let list = if mine {
        vec![json!({
            "id": SCENARIO_ID,
            "name": s.scenario_name,
            "teamId": TEAM_ID,
            "isActive": true,
            "isinvalid": false,
            "isPaused": false,
            "dlqCount": s.incomplete.iter().filter(|i| !i.resolved).count(),
            "scheduling": { "type": "immediately" },
            "lastEdit": "2026-11-20T09:00:00.000Z",
        })]
    } else {
        vec![]
    };
    Json(json!({
        "scenarios": list,
        "pg": { "sortBy": "name", "limit": 10000, "sortDir": "asc", "offset": 0 }
    }))
    .into_response()
}

async fn list(
    State((state, _)): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let s = lock(&state);
    if let Some(refused) = refused(&s, &headers) {
        return refused;
    }
    let Some(scenario) = query.get("scenarioId") else {
        return error(
            StatusCode::BAD_REQUEST,
            "IM005",
            "Invalid input",
            "scenarioId is required.",
        );
    };
    let dlqs: Vec<Value> = if *scenario == SCENARIO_ID.to_string() {
        s.incomplete.iter().map(summary).collect()
    } else {
        vec![]
    };
    Json(json!({ "dlqs": dlqs })).into_response()
}

async fn detail(
    State((state, _)): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let s = lock(&state);
    let i = match found(&s, &headers, &id) {
        Ok(i) => i,
        Err(refused) => return *refused,
    };
    let mut dlq = summary(i);
    dlq["scenarioId"] = json!(SCENARIO_ID);
    dlq["scenarioName"] = json!(s.scenario_name);
    dlq["deleted"] = json!(false);
    dlq["index"] = json!(0);
    dlq["executionId"] = json!(i.execution_id);
    Json(json!({ "dlq": dlq })).into_response()
}

async fn bundle(
    State((state, _)): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let s = lock(&state);
    let i = match found(&s, &headers, &id) {
        Ok(i) => i,
        Err(refused) => return *refused,
    };
    Json(json!({
        "code": "OK",
        "response": {
            "1": i.record,
            "2": { "error": { "type": "DataError", "message": i.reason } }
        }
    }))
    .into_response()
}

async fn retry(
    State((state, step)): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let record = {
        let mut s = lock(&state);
        if let Some(refused) = refused(&s, &headers) {
            return refused;
        }
        let Some(i) = s.incomplete.iter_mut().find(|i| i.id == id) else {
            return not_found();
        };
        if i.resolved {
            return error(
                StatusCode::BAD_REQUEST,
                "IM005",
                "Invalid input",
                "The incomplete execution is already resolved.",
            );
        }
        i.retry = true;
        let record = i.record.clone();
        s.retried.push(id.clone());
        record
    };
    let dlq = id.clone();
    tokio::spawn(async move {
        let started = std::time::Instant::now();
        let ended = step(record).await;
        let mut s = lock(&state);
        let n = s.next();
        let Some(i) = s.incomplete.iter_mut().find(|i| i.id == dlq) else {
            return;
        };
        i.retry = false;
        i.attempts += 1;
        let status = match ended {
            Ok(()) => {
                i.resolved = true;
                1
            }
            Err(reason) => {
                i.reason = reason;
                3
            }
        };
        let millis = chrono::Utc::now().timestamp_millis();
        i.logs.push(json!({
            "imtId": format!("{millis}_dlq.{dlq}.manual.{n:032x}"),
            "id": format!("{n:032x}"),
            "type": "manual",
            "status": status,
            "timestamp": timestamp(),
            "duration": started.elapsed().as_millis() as u64,
            "operations": 2,
            "transfer": 0,
            "teamId": TEAM_ID,
        }));
    });
    Json(json!({ "dlq": id })).into_response()
}

async fn logs(
    State((state, _)): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let s = lock(&state);
    let i = match found(&s, &headers, &id) {
        Ok(i) => i,
        Err(refused) => return *refused,
    };
    let newest_first: Vec<&Value> = i.logs.iter().rev().collect();
    Json(json!({
        "dlqLogs": newest_first,
        "pg": { "sortBy": "imtId", "sortDir": "desc", "limit": 50 }
    }))
    .into_response()
}
