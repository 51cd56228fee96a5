//! Knobs that make a simulator misbehave the way real systems do.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
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
    /// External ids whose next write gets a 500 before anything is stored.
    pub server_error_once: HashSet<String>,
    /// External ids whose next write is committed, then its answer breaks off halfway.
    pub cut_off_after_commit: HashSet<String>,
    /// Every Nth request loses its connection before it is processed (0: never).
    pub break_every: u64,
}

/// A request-wide fault that fires, for the simulator to answer in its vendor's own words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Trip {
    Maintenance,
    ServerError,
    RateLimited { retry_after: f64 },
}

impl Faults {
    pub fn latency(&self) -> Duration {
        Duration::from_millis(self.latency_ms)
    }

    /// The fault this request meets, checked in a gateway's order: maintenance, a pending
    /// server error, then the per-second window. `None`: the request goes on.
    pub fn trip(&mut self, window: &mut Window) -> Option<Trip> {
        if self.maintenance {
            return Some(Trip::Maintenance);
        }
        if self.fail_next_5xx > 0 {
            self.fail_next_5xx -= 1;
            return Some(Trip::ServerError);
        }
        if !window.admit(self.rate_limit_per_sec) {
            return Some(Trip::RateLimited {
                retry_after: window.retry_after(),
            });
        }
        None
    }

    /// Whether request number `n` (counted from 1) is one whose connection breaks off.
    pub fn breaks_off(&self, n: u64) -> bool {
        self.break_every > 0 && n.is_multiple_of(self.break_every)
    }
}

/// An answer that breaks off after `sent` bytes of `body`: the status line, the headers and
/// the start of the body go out, then the connection is dropped, as a reset connection or a
/// proxy cutting the transfer leaves it. The client cannot know whether the request ran.
pub fn cut_off(status: StatusCode, body: &str, sent: usize) -> Response {
    let start = Bytes::copy_from_slice(&body.as_bytes()[..sent.min(body.len())]);
    let broken = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "connection dropped");
    let chunks: [Result<Bytes, std::io::Error>; 2] = [Ok(start), Err(broken)];
    let mut response = (
        status,
        Body::from_stream(futures_util::stream::iter(chunks)),
    )
        .into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// Sleep for a simulator's latency knob (read before, so no lock is held across the sleep).
pub async fn pause(latency: Duration) {
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
}

/// A one-second window counter for `rate_limit_per_sec`.
#[derive(Debug)]
pub struct Window {
    started: Instant,
    count: u32,
    /// Requests answered 429 by this window, for benchmarks to report.
    pub refused: u64,
}

impl Default for Window {
    fn default() -> Self {
        Self {
            started: Instant::now(),
            count: 0,
            refused: 0,
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
        let admitted = self.count <= limit;
        if !admitted {
            self.refused += 1;
        }
        admitted
    }

    /// Seconds until the window resets, as a `Retry-After` value.
    pub fn retry_after(&self) -> f64 {
        (1.0 - self.started.elapsed().as_secs_f64()).clamp(0.1, 1.0)
    }
}
