//! The calculated-cost bucket of the GraphQL Admin API.
//!
//! Source: shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits. Each app and store pair
//! has a leaky bucket refilled continuously (Standard plan: 100 points a second); a query's
//! requested cost is computed before it runs (an object 1, a connection its `first` times its
//! node, plus 2) and must fit the single-query maximum; a query the bucket cannot pay is
//! answered HTTP 200 with `errors[].extensions.code = "THROTTLED"`; every answer reports
//! `extensions.cost` with `requestedQueryCost`, `actualQueryCost` and `throttleStatus`.

use std::time::Instant;

use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

#[derive(Debug)]
pub struct Bucket {
    pub maximum: f64,
    pub available: f64,
    pub restore_rate: f64,
    pub at: Instant,
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
    pub fn charge(&mut self, requested: f64, actual: f64, data: Value) -> Response {
        if requested > self.maximum {
            return Json(json!({
                "errors": [{ "message": format!("Query cost is {requested}, which exceeds the single query max cost limit ({}).", self.maximum), "extensions": { "code": "MAX_COST_EXCEEDED", "cost": requested, "maxCost": self.maximum } }]
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
        Json(json!({ "data": data, "extensions": self.status(requested, Some(actual)) }))
            .into_response()
    }
}
