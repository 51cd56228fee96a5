//! The one place connectors turn an HTTP exchange into text, so transport failures, timeouts
//! and wait hints are read the same way for every vendor.

use std::time::Duration;

use osd_model::FindingCode;
use reqwest::header::HeaderMap;

use crate::call_error::truncate;
use crate::CallError;

/// Which side of the sync a connector is on; decides the finding codes of transport failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Store,
    Erp,
}

impl Side {
    pub fn unreachable(self) -> FindingCode {
        match self {
            Self::Store => FindingCode::StoreUnreachable,
            Self::Erp => FindingCode::ErpUnreachable,
        }
    }

    pub fn maintenance(self) -> FindingCode {
        match self {
            Self::Store => FindingCode::StoreMaintenance,
            Self::Erp => FindingCode::ErpMaintenance,
        }
    }

    pub fn auth_failed(self) -> FindingCode {
        match self {
            Self::Store => FindingCode::StoreAuthFailed,
            Self::Erp => FindingCode::ErpAuthFailed,
        }
    }

    pub fn timeout(self) -> FindingCode {
        match self {
            Self::Store => FindingCode::StoreUnreachable,
            Self::Erp => FindingCode::ErpTimeout,
        }
    }
}

/// A complete answer: status, headers and the body as text.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn retry_after(&self) -> Option<Duration> {
        let text = self.header("retry-after")?;
        let seconds: f64 = text.trim().parse().ok()?;
        (seconds.is_finite() && seconds >= 0.0)
            .then(|| Duration::from_secs_f64(seconds.min(3600.0)))
    }

    /// Status-based classification shared by every vendor; vendor modules refine it from
    /// the body first and fall back to this.
    pub fn generic_error(&self, side: Side, system: &str) -> CallError {
        let (code, summary) = match self.status {
            401 | 403 => (
                side.auth_failed(),
                format!("{system} refused the credentials"),
            ),
            429 => (
                FindingCode::RateLimited,
                format!("{system} asked us to slow down"),
            ),
            503 => (
                side.maintenance(),
                format!("{system} is down for maintenance"),
            ),
            408 | 504 => (side.timeout(), format!("{system} took too long to answer")),
            500..=599 => (
                side.unreachable(),
                format!("{system} had an internal error"),
            ),
            _ => (
                FindingCode::UnclassifiedError,
                format!("{system} refused the request"),
            ),
        };
        CallError::new(code, summary, truncate(&self.body))
            .with_status(self.status)
            .with_retry_after(self.retry_after())
    }
}

/// Send and read the whole body. Only transport failures are errors here; any HTTP status is
/// an answer for the vendor module to classify.
pub async fn exchange(
    request: reqwest::RequestBuilder,
    side: Side,
    system: &str,
) -> Result<Answer, CallError> {
    let response = request
        .send()
        .await
        .map_err(|e| transport(e, side, system))?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response
        .text()
        .await
        .map_err(|e| transport(e, side, system))?;
    Ok(Answer {
        status,
        headers,
        body,
    })
}

fn transport(error: reqwest::Error, side: Side, system: &str) -> CallError {
    // The URL may carry credentials (WooCommerce's query-string auth), so it is dropped.
    let error = error.without_url();
    let raw = error_chain(&error);
    if error.is_timeout() {
        CallError::new(
            side.timeout(),
            format!("{system} did not answer in time"),
            raw,
        )
    } else if error.is_body() || error.is_decode() {
        CallError::new(
            side.unreachable(),
            format!("The connection to {system} broke off mid-answer"),
            raw,
        )
    } else {
        CallError::new(
            side.unreachable(),
            format!("{system} could not be reached"),
            raw,
        )
    }
}

fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

/// One client per connector: pooled connections, a hard timeout so nothing hangs forever.
pub fn client(timeout: Duration) -> Result<reqwest::Client, CallError> {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(10)))
        .user_agent(concat!("OrderSyncDoctor/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| {
            CallError::new(
                FindingCode::UnclassifiedError,
                "The HTTP client could not start",
                e.to_string(),
            )
        })
}
