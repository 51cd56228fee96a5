//! The one place connectors turn an HTTP exchange into text, so transport failures, timeouts
//! and wait hints are read the same way for every vendor.

use std::cell::Cell;
use std::future::Future;
use std::time::Duration;

use chrono::{DateTime, Utc};
use osd_model::FindingCode;
use reqwest::header::HeaderMap;

use crate::CallError;

/// Which side of the sync a connector is on; decides the finding codes of transport failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Store,
    Erp,
    /// The user's own integration tool between the two (n8n).
    Middleware,
}

impl Side {
    pub fn unreachable(self) -> FindingCode {
        match self {
            Self::Store => FindingCode::StoreUnreachable,
            Self::Erp => FindingCode::ErpUnreachable,
            Self::Middleware => FindingCode::MiddlewareUnreachable,
        }
    }

    pub fn maintenance(self) -> FindingCode {
        match self {
            Self::Store => FindingCode::StoreMaintenance,
            Self::Erp => FindingCode::ErpMaintenance,
            Self::Middleware => FindingCode::MiddlewareUnreachable,
        }
    }

    pub fn auth_failed(self) -> FindingCode {
        match self {
            Self::Store => FindingCode::StoreAuthFailed,
            Self::Erp => FindingCode::ErpAuthFailed,
            Self::Middleware => FindingCode::MiddlewareAuthFailed,
        }
    }

    pub fn timeout(self) -> FindingCode {
        match self {
            Self::Store => FindingCode::StoreUnreachable,
            Self::Erp => FindingCode::ErpTimeout,
            Self::Middleware => FindingCode::MiddlewareUnreachable,
        }
    }
}

/// An answer as a test writes it: a status and a body, no headers.
#[cfg(test)]
pub(crate) fn canned(status: u16, body: &str) -> Answer {
    Answer {
        status,
        headers: Default::default(),
        body: body.into(),
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
        let error = CallError::new(code, summary, &self.body)
            .with_status(self.status)
            .with_retry_after(self.retry_after());
        // Every vendor here answers errors in JSON; a refusal in anything else (an HTML page,
        // plain text, nothing) came in a shape no vendor module can read.
        if self.body_is_json() {
            error
        } else {
            error.of_unknown_shape(system)
        }
    }

    /// The body is a JSON object or array (the form of every vendor's error answer).
    pub fn body_is_json(&self) -> bool {
        let body = self.body.trim_start();
        (body.starts_with('{') || body.starts_with('['))
            && serde_json::from_str::<serde::de::IgnoredAny>(body).is_ok()
    }
}

tokio::task_local! {
    static CLOCK_READING: Cell<Option<ClockReading>>;
}

/// The server's clock (its `Date` header) against ours when its answer arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockReading {
    pub server: DateTime<Utc>,
    pub local: DateTime<Utc>,
}

impl ClockReading {
    /// How far the server's clock is ahead of ours (negative: behind), in whole seconds.
    /// `Date` has one-second resolution, so a second either way is noise.
    pub fn offset_seconds(&self) -> i64 {
        (self.server - self.local).num_seconds()
    }
}

fn note_server_clock(headers: &HeaderMap) {
    let Some(server) = headers
        .get(reqwest::header::DATE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| DateTime::parse_from_rfc2822(v).ok())
    else {
        return;
    };
    let reading = ClockReading {
        server: server.with_timezone(&Utc),
        local: Utc::now(),
    };
    // Outside `with_clock_reading` nobody is listening, which is fine.
    let _ = CLOCK_READING.try_with(|cell| cell.set(Some(reading)));
}

/// Run `call` and report the clock of the last server it heard from: signed requests
/// (OAuth 1.0a timestamps, JWT assertions) fail when the two clocks differ by minutes.
pub async fn with_clock_reading<F: Future>(call: F) -> (F::Output, Option<ClockReading>) {
    CLOCK_READING
        .scope(Cell::new(None), async {
            let output = call.await;
            (output, CLOCK_READING.with(Cell::get))
        })
        .await
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
    note_server_clock(&headers);
    let body = read_capped(response, ANSWER_LIMIT, side, system).await?;
    Ok(Answer {
        status,
        headers,
        body,
    })
}

/// The largest answer read. Every answer is held whole and then parsed, so a server that
/// never stops sending (a fault, a proxy's loop, a hostile host) would otherwise take all
/// the memory. The largest legitimate ones are a page of 20,000 Business Central items and
/// Odoo's or Tryton's unpaged product lists: tens of MB. Shopify's export file is streamed
/// line by line and does not pass here.
const ANSWER_LIMIT: usize = 128 * 1024 * 1024;

/// The body as text (UTF-8, invalid bytes replaced), refused past `limit` bytes: at once when
/// the announced length says so, otherwise as soon as that many have arrived.
async fn read_capped(
    mut response: reqwest::Response,
    limit: usize,
    side: Side,
    system: &str,
) -> Result<String, CallError> {
    let too_large = || {
        CallError::new(
            side.unreachable(),
            format!(
                "{system} sent an answer larger than {} MB, more than any answer it should send",
                limit / (1024 * 1024)
            ),
            format!("answer cut at {limit} bytes"),
        )
    };
    let announced = response.content_length().unwrap_or(0);
    if usize::try_from(announced).map_or(true, |n| n > limit) {
        return Err(too_large());
    }
    // The announced length is the server's word: reserve no more than a megabyte on it.
    let mut body = Vec::with_capacity(usize::try_from(announced).unwrap_or(0).min(1 << 20));
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| transport(e, side, system))?
    {
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(match String::from_utf8(body) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
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
    build(
        reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10))),
    )
}

/// A client for a large download: it gives up when the host stays silent for `quiet_for`,
/// not after a fixed time, since a large file takes as long as it takes.
pub fn download_client(quiet_for: Duration) -> Result<reqwest::Client, CallError> {
    build(
        reqwest::Client::builder()
            .connect_timeout(quiet_for.min(Duration::from_secs(10)))
            .read_timeout(quiet_for),
    )
}

fn build(builder: reqwest::ClientBuilder) -> Result<reqwest::Client, CallError> {
    builder
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

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    fn answer(status: u16, body: &str) -> Answer {
        Answer {
            status,
            headers: HeaderMap::new(),
            body: body.into(),
        }
    }

    #[test]
    fn a_refusal_in_json_is_unclassified_and_one_in_no_known_shape_is_an_unknown_answer() {
        let quoted = answer(400, r#"{"error":{"message":"Something new"}}"#);
        assert_eq!(
            quoted.generic_error(Side::Erp, "X").code,
            FindingCode::UnclassifiedError
        );
        for body in [
            "<html><body>Bad Request</body></html>",
            "",
            "not json",
            "{\"cut",
        ] {
            let error = answer(400, body).generic_error(Side::Erp, "X");
            assert_eq!(error.code, FindingCode::UnknownVendorAnswer, "{body}");
            assert_eq!(error.raw, body, "the raw answer is kept");
        }
        // The status alone says what happened: those codes stay.
        assert_eq!(
            answer(503, "<html>down</html>")
                .generic_error(Side::Erp, "X")
                .code,
            FindingCode::ErpMaintenance
        );
        assert_eq!(
            answer(401, "").generic_error(Side::Store, "X").code,
            FindingCode::StoreAuthFailed
        );
    }

    /// A server that answers `head` and then `body_bytes` bytes of `x`, once.
    async fn serving(head: String, body_bytes: usize) -> std::net::SocketAddr {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buffer = [0u8; 1024];
            let _ = socket.read(&mut buffer).await;
            socket.write_all(head.as_bytes()).await.unwrap();
            let chunk = vec![b'x'; 64 * 1024];
            let mut left = body_bytes;
            while left > 0 {
                let n = left.min(chunk.len());
                if socket.write_all(&chunk[..n]).await.is_err() {
                    return;
                }
                left -= n;
            }
        });
        address
    }

    #[tokio::test]
    async fn an_answer_past_the_limit_is_refused_whether_announced_or_not() {
        let limit = 256 * 1024;
        let http = client(Duration::from_secs(5)).unwrap();
        let announced = serving(
            format!("HTTP/1.1 200 OK\r\ncontent-length: {}\r\n\r\n", limit + 1),
            limit + 1,
        )
        .await;
        let streamed = serving(
            "HTTP/1.1 200 OK\r\nconnection: close\r\n\r\n".into(),
            4 * limit,
        )
        .await;
        let within = serving("HTTP/1.1 200 OK\r\nconnection: close\r\n\r\n".into(), limit).await;
        for (address, refused) in [(announced, true), (streamed, true), (within, false)] {
            let response = http.get(format!("http://{address}/")).send().await.unwrap();
            let read = read_capped(response, limit, Side::Erp, "Test").await;
            match read {
                Err(e) if refused => {
                    assert_eq!(e.code, FindingCode::ErpUnreachable);
                    assert!(e.summary.contains("larger than"), "{}", e.summary);
                }
                Ok(body) if !refused => assert_eq!(body.len(), limit),
                other => panic!("{address}: {:?}", other.map(|b| b.len())),
            }
        }
    }

    #[tokio::test]
    async fn the_servers_date_header_is_read_back_as_a_clock_reading() {
        let address = serving(
            "HTTP/1.1 200 OK\r\nDate: Mon, 01 Jan 2024 00:00:00 GMT\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok".into(),
            0,
        )
        .await;
        let http = client(Duration::from_secs(5)).unwrap();
        let request = http.get(format!("http://{address}/"));
        let (answer, reading) = with_clock_reading(exchange(request, Side::Erp, "Test")).await;
        assert_eq!(answer.unwrap().body, "ok");
        let reading = reading.unwrap();
        assert_eq!(reading.server.to_rfc3339(), "2024-01-01T00:00:00+00:00");
        assert!(
            reading.offset_seconds() < -86_400,
            "our clock is years ahead of it"
        );
    }
}
