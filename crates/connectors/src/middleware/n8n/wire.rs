//! Reading n8n's execution JSON defensively: every field may be missing or of another type,
//! and a run's data is whatever the workflow put in it.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::middleware::record::{self, text, text_up_to};
use crate::middleware::{MiddlewareFailure, RunOutcome};

/// Longest error text kept from a run; a workflow can throw anything.
const ERROR_LIMIT: usize = 4000;

/// An id as n8n writes it: a string, or a number in older answers.
pub fn id(value: Option<&Value>) -> Option<String> {
    text(value)
}

/// The first item the trigger step put out: the order the run was started with.
fn trigger_item(execution: &Value) -> Option<&Value> {
    let run_data = execution.pointer("/data/resultData/runData")?.as_object()?;
    // The trigger is the step no other step fed.
    run_data.values().find_map(|runs| {
        let first = runs.as_array()?.first()?;
        let fed = first
            .get("source")
            .and_then(Value::as_array)
            .is_some_and(|s| s.iter().any(|x| !x.is_null()));
        if fed {
            return None;
        }
        first.pointer("/data/main/0/0/json")
    })
}

/// The order reference in a run's input: a field of the item or of its `body` (a webhook's).
fn order_reference(execution: &Value) -> Option<String> {
    let item = trigger_item(execution)?;
    record::order_reference(item.get("body").unwrap_or(&Value::Null))
        .or_else(|| record::order_reference(item))
}

/// The error as the failing step raised it. n8n's Code step keeps only what follows the first
/// colon of a thrown message in `message` ("Item not found: X" becomes "X [line 2]"), so an
/// ERP text relayed there ("… for the following field: item") would lose its start; the
/// stack's first line has it whole.
fn error_text(execution: &Value) -> String {
    let error = execution.pointer("/data/resultData/error");
    let mut message =
        text_up_to(error.and_then(|e| e.get("message")), ERROR_LIMIT).unwrap_or_default();
    let thrown = text_up_to(error.and_then(|e| e.get("stack")), ERROR_LIMIT)
        .and_then(|stack| stack.lines().next().map(str::to_string))
        .map(|line| match line.split_once(": ") {
            Some((name, rest)) if name.ends_with("Error") => rest.to_string(),
            _ => line,
        });
    let shown = message
        .rsplit_once(" [line ")
        .map_or(message.as_str(), |(text, _)| text)
        .to_string();
    if let Some(thrown) = thrown.filter(|t| t.len() > shown.len() && t.ends_with(&shown)) {
        message = thrown;
    }
    let description = text_up_to(error.and_then(|e| e.get("description")), ERROR_LIMIT);
    let full = match description {
        Some(d) if !message.contains(&d) => format!("{message} — {d}"),
        _ => message,
    };
    full.chars().take(ERROR_LIMIT).collect()
}

fn time(value: Option<&Value>) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(value?.as_str()?)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A failed execution as a middleware failure; `None` when it is not one (no id).
pub fn failure(execution: &Value, flow_name: Option<&str>) -> Option<MiddlewareFailure> {
    let run = id(execution.get("id"))?;
    let workflow = id(execution.get("workflowId")).unwrap_or_default();
    Some(MiddlewareFailure {
        id: run,
        flow: flow_name.map_or(workflow, str::to_string),
        order: order_reference(execution),
        error: error_text(execution),
        step: text(execution.pointer("/data/resultData/lastNodeExecuted")),
        failed_at: time(execution.get("stoppedAt")),
        retry_of: id(execution.get("retryOf")),
    })
}

/// How an execution stands.
pub fn outcome(execution: &Value) -> RunOutcome {
    match execution.get("status").and_then(Value::as_str) {
        Some("success") => RunOutcome::Succeeded,
        Some("error" | "crashed" | "canceled") => RunOutcome::Failed {
            error: error_text(execution),
        },
        // `running`, `waiting`, `new`, or an older answer with only `finished`.
        _ if execution.get("finished") == Some(&Value::Bool(true)) => RunOutcome::Succeeded,
        _ => RunOutcome::Running,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn execution(body: Value) -> Value {
        json!({
            "id": "7", "workflowId": "wf", "status": "error", "retryOf": null,
            "stoppedAt": "2026-12-06T11:37:57.676Z",
            "data": { "resultData": {
                "error": { "message": "MUG-RED [line 2]", "stack": "Error: Item not found: MUG-RED\n    at Code:2:256" },
                "lastNodeExecuted": "Send to ERP",
                "runData": {
                    "Send to ERP": [{ "source": [{ "previousNode": "Order received" }], "data": { "main": [[{ "json": {} }]] } }],
                    "Order received": [{ "source": [], "data": { "main": [[{ "json": { "headers": {}, "body": body } }]] } }]
                }
            } }
        })
    }

    #[test]
    fn the_order_is_read_from_the_trigger_items_body_and_the_error_kept_as_written() {
        let f = failure(
            &execution(json!({ "order": "#1002", "sku": "MUG-RED" })),
            Some("Orders to ERP"),
        )
        .unwrap();
        assert_eq!(f.order.as_deref(), Some("#1002"));
        assert_eq!(
            f.error, "Item not found: MUG-RED",
            "the thrown text whole, from the stack"
        );
        assert_eq!(
            (f.flow.as_str(), f.step.as_deref()),
            ("Orders to ERP", Some("Send to ERP"))
        );
        assert_eq!(f.failed_at.map(|t| t.timestamp()), Some(1_796_557_077));
        let numbered = failure(&execution(json!({ "order_number": 1002 })), None).unwrap();
        assert_eq!(numbered.order.as_deref(), Some("1002"));
    }

    #[test]
    fn a_run_without_a_reference_or_of_an_odd_shape_is_kept_without_one() {
        assert_eq!(
            failure(&execution(json!({ "sku": "X" })), None)
                .unwrap()
                .order,
            None
        );
        let odd = json!({ "id": 9, "data": "not an object", "status": ["?"] });
        let f = failure(&odd, None).unwrap();
        assert_eq!(
            (f.id.as_str(), f.order.as_ref(), f.error.as_str()),
            ("9", None, "")
        );
        assert_eq!(outcome(&odd), RunOutcome::Running);
        assert!(failure(&json!({ "no": "id" }), None).is_none());
    }

    #[test]
    fn a_huge_error_is_cut_and_statuses_read() {
        let mut big = execution(json!({ "order": "#1" }));
        big["data"]["resultData"]["error"]["message"] = json!("x".repeat(1_000_000));
        assert_eq!(failure(&big, None).unwrap().error.len(), ERROR_LIMIT);
        assert_eq!(
            outcome(&json!({ "status": "success" })),
            RunOutcome::Succeeded
        );
        assert!(matches!(
            outcome(&json!({ "status": "crashed" })),
            RunOutcome::Failed { .. }
        ));
    }
}
