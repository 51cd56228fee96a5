//! Bulk operations: `bulkOperationRunQuery` exports every order a query matches as one JSONL
//! file, polled with `bulkOperation(id:)` and downloaded from its `url`.
//!
//! Sources: shopify.dev/docs/api/usage/bulk-operations/queries and the 2026-07 schema
//! (`shared/vendor-specs/shopify/admin_2026-07.json.gz`): the mutation's `query: String!` and
//! `groupObjects: Boolean!` (default `false` in 2026-07, `true` in 2025-10), its payload
//! `{bulkOperation, userErrors {code field message}}` with `BulkOperationUserErrorCode`
//! `INVALID | LIMIT_REACHED | OPERATION_IN_PROGRESS`; `BulkOperation` with `status`
//! (`CREATED RUNNING COMPLETED FAILED CANCELING CANCELED EXPIRED`), `objectCount`,
//! `rootObjectCount`, `fileSize`, `url` and `partialDataUrl` (null until there is a file; a
//! query that matched nothing completes with a null `url`); one bulk query at a time for an
//! app and shop; the file holds one JSON object a line, a nested connection's nodes on lines of
//! their own with `__parentId`, the connection's `first` ignored (every node is exported);
//! ungrouped (`groupObjects: false`) a child need not follow its parent. The mutation is priced
//! as every mutation, 10 points (shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits).
//!
//! Not published, so chosen here: how fast Shopify runs an export (`objects_per_second`); the
//! download host (Shopify's is a signed Google Cloud Storage address that honours `Range`) and
//! its 404 text; the `field` of a user error (`["query"]` here); the operation ids' numbers.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use serde_json::{json, Value};

use super::orders::{self, LinePage};
use super::selection::{self, Field};
use super::{SharedShop, ShopOrder};

/// What `bulkOperationRunQuery` costs: the price of any mutation.
pub const MUTATION_COST: f64 = 10.0;

/// The simulated shop's exports and what the tests may tune or read about them.
#[derive(Debug)]
pub struct Exports {
    pub operations: Vec<Export>,
    /// How many objects an export writes a second.
    pub objects_per_second: f64,
    /// A slow download host, for tests that stop a download half-way (none: full speed).
    pub download_bytes_per_second: Option<u64>,
    /// Each download's first byte (the `Range` asked for, or 0).
    pub downloads: Vec<u64>,
    /// Where the simulator serves files: set once it listens.
    pub base_url: Option<url::Url>,
}

impl Default for Exports {
    fn default() -> Self {
        Self {
            operations: Vec::new(),
            objects_per_second: 50_000.0,
            download_bytes_per_second: None,
            downloads: Vec::new(),
            base_url: None,
        }
    }
}

#[derive(Debug)]
pub struct Export {
    pub number: u64,
    created: Instant,
    created_at: DateTime<Utc>,
    query: String,
    file: Arc<Vec<u8>>,
    objects: u64,
    roots: u64,
}

impl Export {
    fn id(&self) -> String {
        format!("gid://shopify/BulkOperation/{}", self.number)
    }

    /// Objects written so far, and whether the file is complete.
    fn progress(&self, objects_per_second: f64) -> (u64, bool) {
        let written = (self.created.elapsed().as_secs_f64() * objects_per_second) as u64;
        (written.min(self.objects), written >= self.objects)
    }

    /// When the last object was written: the same on every poll.
    fn completed_at(&self, objects_per_second: f64) -> DateTime<Utc> {
        let took = self.objects as f64 / objects_per_second.max(1.0);
        self.created_at + chrono::Duration::milliseconds((took * 1000.0) as i64)
    }

    fn to_value(&self, exports: &Exports) -> Value {
        let (count, done) = self.progress(exports.objects_per_second);
        let url = exports
            .base_url
            .as_ref()
            .and_then(|base| base.join(&format!("__sim/bulk/{}.jsonl", self.number)).ok());
        let roots = (self.roots * count).checked_div(self.objects).unwrap_or(0);
        json!({
            "__typename": "BulkOperation",
            "id": self.id(),
            "status": if done { "COMPLETED" } else if count == 0 { "CREATED" } else { "RUNNING" },
            "type": "QUERY",
            "errorCode": null,
            "createdAt": self.created_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            "completedAt": done.then(|| self.completed_at(exports.objects_per_second).to_rfc3339_opts(SecondsFormat::Secs, true)),
            "objectCount": count.to_string(),
            "rootObjectCount": roots.to_string(),
            "fileSize": (done && self.objects > 0).then(|| self.file.len().to_string()),
            "url": if done && self.objects > 0 { url.map(|u| u.to_string()) } else { None },
            "partialDataUrl": null,
            "query": self.query,
        })
    }
}

fn user_error(code: &str, message: String) -> Value {
    json!({
        "__typename": "BulkOperationRunQueryPayload",
        "bulkOperation": null,
        "userErrors": [{ "__typename": "BulkOperationUserError", "code": code, "field": ["query"], "message": message }],
    })
}

/// `bulkOperationRunQuery(query:, groupObjects:)`: the payload, with the new operation or why
/// none was started.
pub fn run_query(
    exports: &mut Exports,
    orders: &[ShopOrder],
    field: &Field,
    variables: &Value,
) -> Value {
    if let Some(running) = exports
        .operations
        .iter()
        .find(|e| !e.progress(exports.objects_per_second).1)
    {
        return user_error(
            "OPERATION_IN_PROGRESS",
            format!(
                "A bulk query operation for this app and shop is already in progress: {}.",
                running.id()
            ),
        );
    }
    let Some(query) = super::routes::argument(field, "query", variables)
        .and_then(|v| v.as_str().map(str::to_string))
    else {
        return user_error("INVALID", "Invalid bulk query: a query is required".into());
    };
    let grouped = super::routes::argument(field, "groupObjects", variables)
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let (file, objects, roots) = match export(orders, &query, grouped) {
        Ok(found) => found,
        Err(why) => return user_error("INVALID", format!("Invalid bulk query: {why}")),
    };
    let number = 4_100_000 + exports.operations.len() as u64 + 1;
    let operation = Export {
        number,
        created: Instant::now(),
        created_at: Utc::now(),
        query,
        file: Arc::new(file),
        objects,
        roots,
    };
    let value = operation.to_value(exports);
    exports.operations.push(operation);
    json!({ "__typename": "BulkOperationRunQueryPayload", "bulkOperation": value, "userErrors": [] })
}

/// `bulkOperation(id:)`: the operation, or null when the shop has none with that id.
pub fn operation(exports: &Exports, id: Option<&str>) -> Value {
    exports
        .operations
        .iter()
        .find(|e| Some(e.id().as_str()) == id)
        .map_or(Value::Null, |e| e.to_value(exports))
}

/// The JSONL file of a bulk query over the shop's orders: (bytes, objects, root objects).
fn export(orders: &[ShopOrder], query: &str, grouped: bool) -> Result<(Vec<u8>, u64, u64), String> {
    let fields = selection::parse(query)?;
    let [root] = fields.as_slice() else {
        return Err("the query must select exactly one top-level connection".into());
    };
    if root.name != "orders" {
        return Err(format!("this simulator exports orders, not {}", root.name));
    }
    let search = super::routes::argument(root, "query", &json!({}));
    let page = orders::page(
        orders,
        u64::MAX,
        None,
        search.as_ref().and_then(Value::as_str),
    );
    let node_fields: Vec<Field> = root
        .find("node")
        .map(|n| n.selections.clone())
        .ok_or("the connection selects no node")?;
    let lines_field = node_fields.iter().find(|f| f.name == "lineItems").cloned();
    let line_fields: Vec<Field> = lines_field
        .as_ref()
        .and_then(|f| f.find("node"))
        .map(|n| n.selections.clone())
        .unwrap_or_default();
    let order_fields: Vec<Field> = node_fields
        .into_iter()
        .filter(|f| f.name != "lineItems")
        .collect();
    let every_line = LinePage {
        first: usize::MAX,
        after: None,
    };
    let mut out = Vec::new();
    let (mut objects, mut roots) = (0u64, 0u64);
    // Ungrouped, an order's lines are written after the next order: a reader must not
    // expect a child beside its parent.
    let mut held_back: Vec<Value> = Vec::new();
    for shop_order in &page.orders {
        let full = orders::node(shop_order, &every_line);
        let order = selection::project(&full, &order_fields, &["orders".into()])
            .map_err(|e| e.to_error()["message"].to_string())?;
        let parent = full["id"].clone();
        let mut children = Vec::new();
        if lines_field.is_some() {
            for edge in full["lineItems"]["edges"].as_array().into_iter().flatten() {
                let mut line =
                    selection::project(&edge["node"], &line_fields, &["lineItems".into()])
                        .map_err(|e| e.to_error()["message"].to_string())?;
                line["__parentId"] = parent.clone();
                children.push(line);
            }
        }
        write_line(&mut out, &order);
        roots += 1;
        objects += 1 + children.len() as u64;
        if grouped {
            children.iter().for_each(|c| write_line(&mut out, c));
        } else {
            held_back.iter().for_each(|c| write_line(&mut out, c));
            held_back = children;
        }
    }
    held_back.iter().for_each(|c| write_line(&mut out, c));
    Ok((out, objects, roots))
}

fn write_line(out: &mut Vec<u8>, value: &Value) {
    out.extend_from_slice(value.to_string().as_bytes());
    out.push(b'\n');
}

/// `GET /__sim/bulk/{n}.jsonl`: the file, from the `Range` asked for, as a storage host serves
/// it (206 with `Content-Range`), slowly when the tests ask for it.
pub async fn download(
    State(state): State<SharedShop>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    let number: Option<u64> = name.strip_suffix(".jsonl").and_then(|n| n.parse().ok());
    let found = state.lock().ok().and_then(|mut s| {
        let exports = &mut s.exports;
        let rate = exports.download_bytes_per_second;
        let file = exports
            .operations
            .iter()
            .find(|e| Some(e.number) == number && e.progress(exports.objects_per_second).1)
            .map(|e| e.file.clone())?;
        let start = range_start(&headers).unwrap_or(0);
        exports.downloads.push(start);
        Some((file, start, rate))
    });
    let Some((file, start, rate)) = found else {
        return (
            StatusCode::NOT_FOUND,
            "NoSuchKey: The specified key does not exist.",
        )
            .into_response();
    };
    let total = file.len() as u64;
    if start >= total && total > 0 {
        return (
            StatusCode::RANGE_NOT_SATISFIABLE,
            [(header::CONTENT_RANGE, format!("bytes */{total}"))],
        )
            .into_response();
    }
    let partial = start > 0;
    let length = total - start;
    let chunk = rate.map_or(length.max(1), |r| (r / 20).max(1));
    let stream = futures_util::stream::unfold(start, move |at| {
        let file = file.clone();
        async move {
            if at >= total {
                return None;
            }
            if let Some(rate) = rate {
                tokio::time::sleep(Duration::from_secs_f64(chunk as f64 / rate as f64)).await;
            }
            let end = (at + chunk).min(total);
            let bytes = Bytes::copy_from_slice(&file[at as usize..end as usize]);
            Some((Ok::<_, std::io::Error>(bytes), end))
        }
    });
    let mut response = Response::new(Body::from_stream(stream));
    if partial {
        *response.status_mut() = StatusCode::PARTIAL_CONTENT;
    }
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/jsonl"),
    );
    headers.insert(header::CONTENT_LENGTH, length.into());
    headers.insert(
        header::ACCEPT_RANGES,
        header::HeaderValue::from_static("bytes"),
    );
    if partial {
        if let Ok(value) = format!("bytes {start}-{}/{total}", total - 1).parse() {
            headers.insert(header::CONTENT_RANGE, value);
        }
    }
    response
}

/// `Range: bytes=N-`, the only form a resumed download sends.
fn range_start(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::RANGE)?
        .to_str()
        .ok()?
        .strip_prefix("bytes=")?
        .strip_suffix('-')?
        .parse()
        .ok()
}

/// What the tests read: how many exports were started and where each download began.
#[derive(Debug, Serialize)]
pub struct Journal {
    pub started: usize,
    pub downloads: Vec<u64>,
}

pub async fn journal(State(state): State<SharedShop>) -> Response {
    match state.lock() {
        Ok(s) => Json(Journal {
            started: s.exports.operations.len(),
            downloads: s.exports.downloads.clone(),
        })
        .into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
