//! A large pull as one exported file instead of pages (Shopify's bulk operations): what the
//! session needs to start an export, follow it, download its file from any byte and read each
//! line. The session keeps the file's lines in the order database as they arrive, so a pull
//! stopped at any point goes on where it stopped.

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use osd_model::{Order, Sensitive};

use crate::http::{self, Side};
use crate::{CallError, Result, UnknownRecord};

/// How an export request ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportStart {
    /// The store is exporting; poll this operation.
    Started { operation: String },
    /// The store runs another export for this app and allows one at a time: pull in pages.
    Busy { detail: String },
}

/// Where an export stands.
#[derive(Debug, Clone)]
pub enum ExportStatus {
    Running {
        objects: u64,
    },
    /// Done; `url` is `None` when nothing matched. The address is a bearer link to the
    /// shop's data for days, so it is kept out of logs and never stored.
    Completed {
        url: Option<Sensitive<String>>,
        objects: u64,
        bytes: Option<u64>,
    },
    /// The store gave up; the error says why in the store's words.
    Failed(CallError),
    /// Cancelled, expired or unknown to the store: start a new one.
    Gone,
}

/// One line of the file: an object to keep until every line is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportLine {
    pub id: String,
    /// The object this one belongs to (a line item's order); `None` for an order.
    pub parent: Option<String>,
    pub json: String,
}

/// A store that can export its orders as one file.
#[async_trait]
pub trait StoreExport: Send + Sync {
    /// Whether a pull of what changed since `since` (everything when `None`) is large enough to
    /// be worth an export rather than pages.
    async fn worth_exporting(&self, since: Option<DateTime<Utc>>) -> Result<bool>;
    async fn start_export(&self, since: Option<DateTime<Utc>>) -> Result<ExportStart>;
    async fn export_status(&self, operation: &str) -> Result<ExportStatus>;
    /// The file from byte `from` on.
    async fn download(&self, url: &Sensitive<String>, from: u64) -> Result<Download>;
    /// One line of the file (without its newline).
    fn read_line(&self, line: &[u8]) -> std::result::Result<ExportLine, String>;
    /// An order from its object and its children's, in file order.
    fn assemble(
        &self,
        order: &str,
        children: &[String],
    ) -> std::result::Result<Assembled, UnknownRecord>;
}

/// An exported order, read.
#[derive(Debug, Clone)]
pub struct Assembled {
    /// `None` for a record that is no sale (a test order).
    pub order: Option<Order>,
    /// When the store last changed it: the next pull starts from the latest.
    pub changed: DateTime<Utc>,
}

/// A file being downloaded.
pub struct Download {
    /// The byte the body starts at: the one asked for, or 0 when the host sent the whole file.
    pub starts_at: u64,
    response: reqwest::Response,
    system: &'static str,
}

impl Download {
    /// The next piece of the body; `None` at its end.
    pub async fn chunk(&mut self) -> Result<Option<Vec<u8>>> {
        self.response
            .chunk()
            .await
            .map(|c| c.map(|bytes| bytes.to_vec()))
            .map_err(|e| {
                CallError::new(
                    Side::Store.unreachable(),
                    format!("The download from {} broke off", self.system),
                    e.without_url().to_string(),
                )
            })
    }
}

/// `GET url` with `Range: bytes=from-`, on a client that gives up when the host goes quiet
/// rather than after a fixed time. The address is a signed link that carries its own authority, so no credential of the store is sent with it.
pub async fn download(
    url: &Sensitive<String>,
    from: u64,
    quiet_for: Duration,
    system: &'static str,
) -> Result<Download> {
    let client = http::download_client(quiet_for)?;
    let mut request = client.get(url.expose().as_str());
    if from > 0 {
        request = request.header(reqwest::header::RANGE, format!("bytes={from}-"));
    }
    let response = request.send().await.map_err(|e| {
        CallError::new(
            Side::Store.unreachable(),
            format!("The export file of {system} could not be downloaded"),
            e.without_url().to_string(),
        )
    })?;
    let status = response.status().as_u16();
    let starts_at = match status {
        206 => from,
        200 => 0,
        _ => {
            let body = response.text().await.unwrap_or_default();
            let mut error = CallError::new(
                Side::Store.unreachable(),
                format!("{system}'s export file could not be downloaded (HTTP {status})"),
                body,
            )
            .with_status(status);
            // A link past its seven days, or a file that is gone, means a new export.
            if matches!(status, 403 | 404 | 410 | 416) {
                error.key = Some("export file gone".into());
            }
            return Err(error);
        }
    };
    Ok(Download {
        starts_at,
        response,
        system,
    })
}
