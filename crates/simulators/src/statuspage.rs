//! A vendor status page in the Statuspage JSON format (`/api/v2/status.json` and
//! `/api/v2/summary.json`), with an incident and a maintenance window to switch on.

use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::server::{serve, Running};

#[derive(Debug, Default, Clone)]
pub struct PageState {
    pub name: String,
    /// An unresolved incident: (name, impact).
    pub incident: Option<(String, String)>,
    /// A maintenance window in progress.
    pub maintenance: Option<String>,
}

pub struct StatusPageSimulator {
    pub state: Arc<Mutex<PageState>>,
    pub running: Running,
}

impl StatusPageSimulator {
    pub async fn start(name: &str, port: u16) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(PageState {
            name: name.into(),
            ..PageState::default()
        }));
        let router = Router::new()
            .route("/api/v2/summary.json", get(summary))
            .route("/api/v2/status.json", get(status))
            .with_state(state.clone());
        Ok(Self {
            state,
            running: serve(router, port).await?,
        })
    }

    pub fn base_url(&self) -> url::Url {
        self.running.base_url()
    }

    pub fn set(&self, change: impl FnOnce(&mut PageState)) {
        if let Ok(mut s) = self.state.lock() {
            change(&mut s);
        }
    }
}

fn indicator(s: &PageState) -> Value {
    match (&s.incident, &s.maintenance) {
        (Some((_, impact)), _) => {
            json!({ "indicator": impact, "description": "Partial System Outage" })
        }
        (None, Some(_)) => {
            json!({ "indicator": "maintenance", "description": "Service Under Maintenance" })
        }
        (None, None) => json!({ "indicator": "none", "description": "All Systems Operational" }),
    }
}

fn page(s: &PageState) -> Value {
    json!({ "id": "sim", "name": s.name, "url": "", "time_zone": "Etc/UTC", "updated_at": chrono::Utc::now().to_rfc3339() })
}

async fn status(State(state): State<Arc<Mutex<PageState>>>) -> Response {
    let s = state.lock().map(|s| s.clone()).unwrap_or_default();
    Json(json!({ "page": page(&s), "status": indicator(&s) })).into_response()
}

async fn summary(State(state): State<Arc<Mutex<PageState>>>) -> Response {
    let s = state.lock().map(|s| s.clone()).unwrap_or_default();
    let api_status = if s.incident.is_some() {
        "partial_outage"
    } else if s.maintenance.is_some() {
        "under_maintenance"
    } else {
        "operational"
    };
    Json(json!({
        "page": page(&s),
        "status": indicator(&s),
        "components": [{ "id": "api", "name": "Admin API", "status": api_status }],
        "incidents": s.incident.iter().map(|(name, impact)| json!({ "id": "inc1", "name": name, "status": "investigating", "impact": impact, "components": [{"name": "Admin API"}] })).collect::<Vec<_>>(),
        "scheduled_maintenances": s.maintenance.iter().map(|name| json!({ "id": "mnt1", "name": name, "status": "in_progress", "impact": "maintenance" })).collect::<Vec<_>>(),
    }))
    .into_response()
}
