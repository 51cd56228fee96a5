//! n8n's public REST API (`/api/v1`, header `X-N8N-API-KEY`): executions and their retry.
//!
//! Sources: n8n's public API reference (docs.n8n.io/api/api-reference: `GET /executions` with
//! `status`, `includeData`, `limit`, `cursor` and `nextCursor`; `GET /executions/{id}`;
//! `POST /executions/{id}/retry` with `loadWorkflow`; `GET /workflows`), and what a real n8n
//! 1.123.0 answered in `crates/session/tests/n8n.rs` (an execution's `retryOf` and
//! `retrySuccessId`; its error in `data.resultData.error`; the trigger's items in
//! `data.resultData.runData`).

mod client;
mod wire;

pub use client::{N8nClient, N8nConfig};
