//! A large pull through Shopify's bulk operations: one `bulkOperationRunQuery`, polled with
//! `bulkOperation(id:)`, its JSONL file downloaded from `url`. No page of it is priced by the
//! cost bucket, which is what makes a first pull of 10,000 orders take minutes, not an hour.
//! Sources: shopify.dev/docs/api/usage/bulk-operations/queries and the 2026-07 schema; each
//! fact is listed in `docs/vendors/shopify.md`.

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use osd_model::{FindingCode, Sensitive};
use serde::Deserialize;
use serde_json::Value;

use super::client::{to_order, ShopifyClient, SYSTEM};
use super::documents::{
    bulk_orders_query, EXPORT_MUTATION, EXPORT_STATUS_QUERY, ORDERS_COUNT_QUERY,
};
use super::wire::OrderNode;
use crate::call_error::bounded_raw;
use crate::http::Side;
use crate::store_export::{
    self, Assembled, Download, ExportLine, ExportStart, ExportStatus, StoreExport,
};
use crate::{CallError, Result, UnknownRecord};

/// Above this many orders a pull goes through an export. Paged, 250 orders cost about 80
/// seconds of the standard plan's bucket; an export's mutation, a few polls and one download
/// take a few seconds whatever the count.
pub const EXPORT_FROM_ORDERS: u64 = 250;

/// The first API version whose schema has `bulkOperation(id:)` in the vendor specs.
pub const EXPORTS_SINCE: &str = "2026-07";

/// How long the download host may stay silent before the download counts as broken.
const DOWNLOAD_QUIET_FOR: Duration = Duration::from_secs(60);

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct OrdersCountData {
    orders_count: Option<CountNode>,
}

/// `Count`: `count: Int!`, `precision: CountPrecision!` (`EXACT` or `AT_LEAST`).
#[derive(Debug, Deserialize)]
struct CountNode {
    count: u64,
    precision: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RunData {
    bulk_operation_run_query: Option<RunPayload>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RunPayload {
    bulk_operation: Option<OperationNode>,
    #[serde(default)]
    user_errors: Vec<UserError>,
}

/// `BulkOperationUserError`: `code` (`INVALID`, `LIMIT_REACHED`, `OPERATION_IN_PROGRESS`).
#[derive(Debug, Deserialize)]
struct UserError {
    code: Option<String>,
    message: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StatusData {
    bulk_operation: Option<OperationNode>,
}

/// `BulkOperation`; its counts are `UnsignedInt64`, which Shopify writes as strings.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct OperationNode {
    id: String,
    status: String,
    error_code: Option<String>,
    object_count: Option<Value>,
    file_size: Option<Value>,
    url: Option<String>,
    partial_data_url: Option<String>,
}

fn unsigned(value: Option<&Value>) -> Option<u64> {
    match value? {
        Value::String(text) => text.parse().ok(),
        Value::Number(n) => n.as_u64(),
        _ => None,
    }
}

fn read<T: serde::de::DeserializeOwned>(data: Value) -> Result<T> {
    serde_json::from_value(data.clone())
        .map_err(|e| CallError::unreadable(SYSTEM, e, &data.to_string()))
}

impl ShopifyClient {
    /// Exports are offered from the version whose schema has `bulkOperation(id:)`.
    pub(super) fn can_export(&self) -> bool {
        self.api_version_text() >= EXPORTS_SINCE
    }
}

#[async_trait]
impl StoreExport for ShopifyClient {
    async fn worth_exporting(&self, since: Option<DateTime<Utc>>) -> Result<bool> {
        // Counted strictly after the last change seen: the orders of that very second were
        // pulled already, and a pull still reads them again (its bound is inclusive).
        let search = since.map(|t| {
            format!(
                "updated_at:>'{}'",
                t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            )
        });
        let data = self
            .graphql(
                ORDERS_COUNT_QUERY,
                serde_json::json!({ "query": search }),
                1.0,
            )
            .await?;
        let counted: OrdersCountData = read(data)?;
        Ok(counted
            .orders_count
            .is_some_and(|c| c.count > EXPORT_FROM_ORDERS || c.precision == "AT_LEAST"))
    }

    async fn start_export(&self, since: Option<DateTime<Utc>>) -> Result<ExportStart> {
        let data = self
            .graphql(
                EXPORT_MUTATION,
                serde_json::json!({ "query": bulk_orders_query(since) }),
                10.0,
            )
            .await?;
        let run: RunData = read(data.clone())?;
        let payload = run
            .bulk_operation_run_query
            .ok_or_else(|| CallError::unreadable(SYSTEM, "no payload", &data.to_string()))?;
        if let Some(operation) = payload.bulk_operation {
            return Ok(ExportStart::Started {
                operation: operation.id,
            });
        }
        let errors = payload
            .user_errors
            .iter()
            .map(|e| format!("{}: {}", e.code.as_deref().unwrap_or("?"), e.message))
            .collect::<Vec<_>>()
            .join("; ");
        if payload
            .user_errors
            .iter()
            .any(|e| e.code.as_deref() == Some("OPERATION_IN_PROGRESS"))
        {
            return Ok(ExportStart::Busy { detail: errors });
        }
        Err(CallError::new(
            FindingCode::UnknownVendorAnswer,
            "Shopify refused to export the orders",
            errors,
        ))
    }

    async fn export_status(&self, operation: &str) -> Result<ExportStatus> {
        let data = self
            .graphql(
                EXPORT_STATUS_QUERY,
                serde_json::json!({ "id": operation }),
                1.0,
            )
            .await?;
        let status: StatusData = read(data)?;
        let Some(node) = status.bulk_operation else {
            return Ok(ExportStatus::Gone);
        };
        let objects = unsigned(node.object_count.as_ref()).unwrap_or(0);
        Ok(match node.status.as_str() {
            "CREATED" | "RUNNING" => ExportStatus::Running { objects },
            "COMPLETED" => ExportStatus::Completed {
                url: node.url.map(Sensitive::new),
                objects,
                bytes: unsigned(node.file_size.as_ref()),
            },
            "FAILED" => ExportStatus::Failed(failure(&node)),
            // CANCELING, CANCELED, EXPIRED, or a status newer than this connector.
            _ => ExportStatus::Gone,
        })
    }

    async fn download(&self, url: &Sensitive<String>, from: u64) -> Result<Download> {
        store_export::download(url, from, DOWNLOAD_QUIET_FOR, SYSTEM).await
    }

    fn read_line(&self, line: &[u8]) -> std::result::Result<ExportLine, String> {
        let text = std::str::from_utf8(line).map_err(|e| format!("not UTF-8: {e}"))?;
        let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let id = value
            .get("id")
            .and_then(Value::as_str)
            .ok_or("a line without an id")?
            .to_string();
        let parent = value
            .get("__parentId")
            .and_then(Value::as_str)
            .map(str::to_string);
        Ok(ExportLine {
            id,
            parent,
            json: text.to_string(),
        })
    }

    fn assemble(
        &self,
        order: &str,
        children: &[String],
    ) -> std::result::Result<Assembled, UnknownRecord> {
        let unknown = |reason: String| UnknownRecord {
            reference: serde_json::from_str::<Value>(order)
                .ok()
                .and_then(|v| {
                    v.get("name")
                        .or_else(|| v.get("id"))
                        .and_then(Value::as_str)
                        .map(str::to_string)
                })
                .unwrap_or_else(|| "an order without an id".into()),
            reason,
            raw: bounded_raw(order),
        };
        let mut node: Value = serde_json::from_str(order)
            .map_err(|e| unknown(format!("Shopify order could not be read: {e}")))?;
        let edges: Vec<Value> = children
            .iter()
            .map(|c| serde_json::from_str::<Value>(c).map(|n| serde_json::json!({ "node": n })))
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| unknown(format!("a line item of it could not be read: {e}")))?;
        if let Value::Object(fields) = &mut node {
            fields.insert("lineItems".into(), serde_json::json!({ "edges": edges }));
        }
        let node = OrderNode::deserialize(&node)
            .map_err(|e| unknown(format!("Shopify order could not be read: {e}")))?;
        let changed = node.updated_at.unwrap_or(node.created_at);
        Ok(Assembled {
            order: (!node.test).then(|| to_order(node)),
            changed,
        })
    }
}

/// `FAILED` with its `BulkOperationErrorCode`: `ACCESS_DENIED`, `INTERNAL_SERVER_ERROR`, `TIMEOUT`.
fn failure(node: &OperationNode) -> CallError {
    let code = node.error_code.as_deref().unwrap_or("unknown");
    let raw = format!(
        "bulk operation {} FAILED: errorCode {code}{}",
        node.id,
        if node.partial_data_url.is_some() {
            " (partial data left)"
        } else {
            ""
        }
    );
    match code {
        "ACCESS_DENIED" => CallError::new(
            FindingCode::StoreAuthFailed,
            "Shopify refused to export the orders: the app may not read them all",
            raw,
        ),
        "TIMEOUT" => CallError::new(
            Side::Store.timeout(),
            "Shopify's export of the orders took too long and was stopped",
            raw,
        ),
        _ => CallError::new(
            Side::Store.unreachable(),
            "Shopify's export of the orders failed on Shopify's side",
            raw,
        ),
    }
}
