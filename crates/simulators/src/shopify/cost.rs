//! The calculated-cost bucket of the GraphQL Admin API, and what a document costs.
//!
//! Source: shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits. Each app and store pair
//! has a leaky bucket refilled continuously (Standard plan: 100 points a second); a query's
//! requested cost is computed from its document before it runs ("Cost calculation": a scalar
//! or enum 0, an object 1, a connection 2 plus its `first` times the cost of one node) and may
//! not exceed 1,000 ("A single query to the API cannot exceed a cost of 1000", enforced on the
//! requested cost: help.shopify.com/en/api/graphql-admin-api/call-limit); the actual cost counts
//! what came back, and the difference is refunded; a query the bucket cannot pay is answered
//! HTTP 200 with `errors[].extensions.code = "THROTTLED"`; every answer reports
//! `extensions.cost` with `requestedQueryCost`, `actualQueryCost` and `throttleStatus`.
//!
//! Not confirmed: how a plain list of objects (`taxLines`) is priced; it is priced here as one
//! object, for the requested and the actual cost alike.

use std::time::Instant;

use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::selection::Field;

/// The most one query may be priced at.
pub const SINGLE_QUERY_MAX: f64 = 1000.0;

/// A connection's page size: `first` or `last`, literal or a variable.
fn page_size(field: &Field, variables: &Value) -> Option<f64> {
    ["first", "last"].iter().find_map(|name| {
        let written = field.argument(name)?;
        let value = match written.strip_prefix('$') {
            Some(variable) => variables.get(variable)?.as_f64(),
            None => written.parse().ok(),
        };
        value
    })
}

/// The node selection of a connection: `edges { node { … } }` or `nodes { … }`.
fn node_selection(connection: &Field) -> Vec<&Field> {
    connection
        .selections
        .iter()
        .flat_map(|f| match f.name.as_str() {
            "edges" => f
                .selections
                .iter()
                .filter(|e| e.name == "node")
                .flat_map(|n| n.selections.iter())
                .collect::<Vec<_>>(),
            "nodes" => f.selections.iter().collect(),
            _ => vec![],
        })
        .collect()
}

/// What `field` is priced at before it runs.
pub fn requested(field: &Field, variables: &Value) -> f64 {
    if field.selections.is_empty() {
        return 0.0;
    }
    match page_size(field, variables) {
        Some(first) => {
            let node: f64 = node_selection(field)
                .iter()
                .map(|f| requested(f, variables))
                .sum();
            2.0 + first * (1.0 + node)
        }
        None => {
            1.0 + field
                .selections
                .iter()
                .map(|f| requested(f, variables))
                .sum::<f64>()
        }
    }
}

/// What `field` cost once run, from `value`, the answer it gave.
pub fn actual(field: &Field, value: &Value, variables: &Value) -> f64 {
    if field.selections.is_empty() || value.is_null() {
        return 0.0;
    }
    let child = |f: &Field, v: &Value| {
        let key = f.alias.as_deref().unwrap_or(&f.name);
        actual(f, v.get(key).unwrap_or(&Value::Null), variables)
    };
    if page_size(field, variables).is_some() {
        let nodes: Vec<&Value> = match value.get("edges").and_then(Value::as_array) {
            Some(edges) => edges.iter().filter_map(|e| e.get("node")).collect(),
            None => value
                .get("nodes")
                .and_then(Value::as_array)
                .map(|n| n.iter().collect())
                .unwrap_or_default(),
        };
        let selection = node_selection(field);
        return 2.0
            + nodes
                .iter()
                .map(|n| 1.0 + selection.iter().map(|f| child(f, n)).sum::<f64>())
                .sum::<f64>();
    }
    let one = match value {
        Value::Array(items) => items.first().unwrap_or(&Value::Null),
        other => other,
    };
    if one.is_null() {
        return 0.0;
    }
    1.0 + field.selections.iter().map(|f| child(f, one)).sum::<f64>()
}

#[derive(Debug)]
pub struct Bucket {
    pub maximum: f64,
    pub available: f64,
    pub restore_rate: f64,
    pub at: Instant,
    /// Every point charged so far (actual costs): what a benchmark divides by its time.
    pub spent: f64,
}

impl Bucket {
    /// The Standard plan's bucket, full. The size (2,000) is what the simulator was built with;
    /// the rate is Shopify's published Standard figure.
    pub fn standard() -> Self {
        Self {
            maximum: 2000.0,
            available: 2000.0,
            restore_rate: 100.0,
            at: Instant::now(),
            spent: 0.0,
        }
    }

    /// A Shopify Plus shop's bucket: Shopify's published Plus rate (1,000 points a second),
    /// and, like `standard`, twenty seconds of it (the size is not published).
    pub fn plus() -> Self {
        Self {
            maximum: 20_000.0,
            available: 20_000.0,
            restore_rate: 1000.0,
            at: Instant::now(),
            spent: 0.0,
        }
    }

    fn refill(&mut self) {
        let now = Instant::now();
        self.available = (self.available
            + now.duration_since(self.at).as_secs_f64() * self.restore_rate)
            .min(self.maximum);
        self.at = now;
    }

    fn status(&self, requested: f64, actual: Option<f64>) -> Value {
        json!({ "cost": {
            "requestedQueryCost": requested, "actualQueryCost": actual,
            "throttleStatus": { "maximumAvailable": self.maximum, "currentlyAvailable": self.available.floor(), "restoreRate": self.restore_rate }
        } })
    }

    /// Deduct the cost and answer `data`, or answer THROTTLED / MAX_COST_EXCEEDED.
    /// Whether a query priced at `requested` would run now.
    pub fn can_pay(&mut self, requested: f64) -> bool {
        self.refill();
        requested <= SINGLE_QUERY_MAX && self.available >= requested
    }

    pub fn charge(&mut self, requested: f64, actual: f64, data: Value) -> Response {
        if requested > SINGLE_QUERY_MAX {
            return Json(json!({
                "errors": [{ "message": format!("Query cost is {requested}, which exceeds the single query max cost limit ({SINGLE_QUERY_MAX}).\n\nSee https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\ncost of a query is calculated.\n\nTo query larger amounts of data with fewer limits, bulk operations should be used instead.\nSee https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage details.\n"), "extensions": { "code": "MAX_COST_EXCEEDED", "cost": requested, "maxCost": SINGLE_QUERY_MAX, "documentation": "https://shopify.dev/api/usage/rate-limits" } }]
            }))
            .into_response();
        }
        self.refill();
        if self.available < requested {
            return Json(json!({
                "errors": [{ "message": "Throttled", "extensions": { "code": "THROTTLED", "documentation": "https://shopify.dev/api/usage/rate-limits" } }],
                "extensions": self.status(requested, None),
            }))
            .into_response();
        }
        self.available -= actual;
        self.spent += actual;
        Json(json!({ "data": data, "extensions": self.status(requested, Some(actual)) }))
            .into_response()
    }
}
