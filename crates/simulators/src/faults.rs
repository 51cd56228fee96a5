//! Knobs that make a simulator misbehave the way real systems do.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Faults {
    /// Added to every answer.
    pub latency_ms: u64,
    /// Requests per second before answering 429 (none: unlimited).
    pub rate_limit_per_sec: Option<u32>,
    /// Answer 503 to everything, as during a maintenance window.
    pub maintenance: bool,
    /// The next N requests get a 500.
    pub fail_next_5xx: u32,
    /// Every access token and signature is refused as expired.
    pub expired_token: bool,
    /// External ids whose next write is committed, then answered with a 504.
    pub timeout_after_commit: HashSet<String>,
    /// External ids whose next write is answered with a 504 before anything is stored.
    pub timeout_before_commit: HashSet<String>,
    /// External ids whose next write gets a 429.
    pub rate_limit_once: HashSet<String>,
}

/// A one-second window counter for `rate_limit_per_sec`.
#[derive(Debug)]
pub struct Window {
    started: Instant,
    count: u32,
}

impl Default for Window {
    fn default() -> Self {
        Self {
            started: Instant::now(),
            count: 0,
        }
    }
}

impl Window {
    /// Count a request; false when it is over the limit.
    pub fn admit(&mut self, limit: Option<u32>) -> bool {
        let Some(limit) = limit else { return true };
        if self.started.elapsed() >= Duration::from_secs(1) {
            self.started = Instant::now();
            self.count = 0;
        }
        self.count += 1;
        self.count <= limit
    }

    /// Seconds until the window resets, as a `Retry-After` value.
    pub fn retry_after(&self) -> f64 {
        (1.0 - self.started.elapsed().as_secs_f64()).clamp(0.1, 1.0)
    }
}
