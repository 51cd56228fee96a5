//! What a simulated integration tool (Celigo, Make) does with a record: the user's own flow,
//! given by whoever starts the simulator (a test sends the order to a simulated ERP). The
//! tools' APIs are simulated; their flows are not theirs to define.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use serde_json::Value;

/// One record through the flow: `Err` carries the error text the failing step raised (the
/// ERP's words, when the ERP refused).
pub type FlowStep =
    Arc<dyn Fn(Value) -> Pin<Box<dyn Future<Output = Result<(), String>> + Send>> + Send + Sync>;

/// A step from an async closure.
pub fn flow_step<F, Fut>(step: F) -> FlowStep
where
    F: Fn(Value) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send + 'static,
{
    Arc::new(move |record| Box::pin(step(record)))
}

/// A time as both tools write it: RFC 3339 in UTC with milliseconds.
pub fn timestamp() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// A 24-hex-digit id in the form of the MongoDB object ids both tools use.
pub fn object_id(n: u64) -> String {
    format!("6570{:020x}", n)
}

/// The record's own id, as the source system gave it (a Shopify order's numeric `id`): what
/// Celigo uses as an error's trace key unless a flow sets another.
pub fn record_id(record: &Value) -> String {
    match record.get("id") {
        Some(Value::String(s)) => s.chars().take(128).collect(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}
