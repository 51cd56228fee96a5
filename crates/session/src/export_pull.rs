//! A large pull through the store's export (Shopify's bulk operations) instead of pages: start
//! one export, follow it, keep its file's lines in the order database as they arrive, then read
//! them into orders. Every step leaves a checkpoint, so a pull stopped anywhere (the app closed,
//! the machine off, the process killed) goes on where it stopped: the same export is polled
//! again, the download resumes from the byte after the last line kept, and a line read twice
//! is kept once, under its id.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use osd_connectors::store_export::{ExportLine, ExportStart, ExportStatus, StoreExport};
use osd_model::{Order, Sensitive};
use osd_store::{ExportCheckpoint, ExportObject};
use serde::Serialize;
use ts_rs::TS;

use crate::session::{RefreshSummary, Session};
use crate::Result;

/// Lines kept per transaction while downloading: the most a crash can make the pull read again.
const LINES_PER_BATCH: usize = 1_000;

/// Orders written per transaction once the file is in.
const ORDERS_PER_BATCH: usize = 250;

/// Polls of an export in progress start quick (a small shop's export is done in a second) and
/// slow down to this.
const SLOWEST_POLL: Duration = Duration::from_secs(5);

/// How far a pull through an export has come, for a progress line.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(tag = "phase", rename_all = "snake_case")]
#[ts(export_to = "app.ts")]
pub enum PullProgress {
    /// The store is writing the file: objects (orders and their lines) so far.
    Exporting {
        #[ts(type = "number")]
        objects: u64,
    },
    /// The file is arriving.
    Downloading {
        #[ts(type = "number")]
        bytes: u64,
        #[ts(type = "number | null")]
        of: Option<u64>,
    },
    /// The file is in; its orders are being read into the database.
    Reading {
        #[ts(type = "number")]
        orders: u64,
        #[ts(type = "number")]
        of: u64,
    },
}

/// Told each step of a pull's progress.
pub type PullProgressSink = Arc<dyn Fn(PullProgress) + Send + Sync>;

/// How an export pull ended.
pub(crate) enum Exported {
    /// Pull in pages instead: the store cannot export, the pull is small, or the export was
    /// refused or failed (said in the log).
    NotUsed,
    /// Done; the latest change seen, for the next pull's cursor.
    Done(Option<DateTime<Utc>>),
    /// Stopped by an error the summary holds; the checkpoint stays for the next pull.
    Stopped,
}

impl Session {
    fn progress(&self, step: PullProgress) {
        if let Some(sink) = &self.pull_progress {
            sink(step);
        }
    }

    /// Pull what changed since `since` through the store's export, when it has one and the
    /// pull is large, or an earlier export waits to be finished.
    pub(crate) async fn pull_by_export(
        &self,
        since: Option<DateTime<Utc>>,
        summary: &mut RefreshSummary,
    ) -> Result<Exported> {
        let Some(export) = self.store.export() else {
            return Ok(Exported::NotUsed);
        };
        let store = self.store.system();
        // An export that is gone (cancelled, expired, its file no longer there) is started
        // again once.
        for _ in 0..2 {
            let checkpoint = match self.db.export_checkpoint(store).await? {
                Some(checkpoint) => checkpoint,
                None => match self.start_export(export, since).await? {
                    Some(checkpoint) => checkpoint,
                    None => return Ok(Exported::NotUsed),
                },
            };
            if !checkpoint.downloaded {
                match self.follow_export(export, &checkpoint, summary).await? {
                    Followed::Downloaded => {}
                    Followed::Gone => {
                        self.db.end_export(store).await?;
                        continue;
                    }
                    Followed::Failed => {
                        self.db.end_export(store).await?;
                        return Ok(Exported::NotUsed);
                    }
                    Followed::Stopped => return Ok(Exported::Stopped),
                }
            }
            let high_water = self.read_export(export, summary).await?;
            self.db.end_export(store).await?;
            return Ok(Exported::Done(high_water));
        }
        Ok(Exported::NotUsed)
    }

    async fn start_export(
        &self,
        export: &dyn StoreExport,
        since: Option<DateTime<Utc>>,
    ) -> Result<Option<ExportCheckpoint>> {
        let store = self.store.system();
        match export.worth_exporting(since).await {
            Ok(true) => {}
            Ok(false) => return Ok(None),
            Err(error) => {
                // The pages will meet the same problem and report it.
                tracing::info!(error = %error.summary, "could not size the pull; reading pages");
                return Ok(None);
            }
        }
        match export.start_export(since).await {
            Ok(ExportStart::Started { operation }) => {
                self.db.begin_export(store, &operation, since).await?;
                Ok(Some(ExportCheckpoint {
                    operation,
                    since,
                    bytes_read: 0,
                    lines_read: 0,
                    downloaded: false,
                }))
            }
            Ok(ExportStart::Busy { detail }) => {
                tracing::info!(%detail, "the store runs another export; reading pages");
                Ok(None)
            }
            Err(error) => {
                tracing::warn!(error = %error.summary, raw = %error.raw, "export refused; reading pages");
                Ok(None)
            }
        }
    }

    /// Wait for the export's file and keep its lines.
    async fn follow_export(
        &self,
        export: &dyn StoreExport,
        checkpoint: &ExportCheckpoint,
        summary: &mut RefreshSummary,
    ) -> Result<Followed> {
        let mut poll = Duration::from_millis(250);
        let (url, size) = loop {
            match export.export_status(&checkpoint.operation).await {
                Ok(ExportStatus::Running { objects }) => {
                    self.progress(PullProgress::Exporting { objects });
                    tokio::time::sleep(poll).await;
                    poll = (poll * 2).min(SLOWEST_POLL);
                }
                Ok(ExportStatus::Completed { url, bytes, .. }) => break (url, bytes),
                Ok(ExportStatus::Failed(error)) => {
                    tracing::warn!(error = %error.summary, raw = %error.raw, "export failed; reading pages");
                    return Ok(Followed::Failed);
                }
                Ok(ExportStatus::Gone) => return Ok(Followed::Gone),
                Err(error) => {
                    summary.store_error = Some(error.summary);
                    return Ok(Followed::Stopped);
                }
            }
        };
        let Some(url) = url else {
            // Nothing matched: an empty export has no file.
            self.db
                .keep_export_lines(self.store.system(), &[], 0, true)
                .await?;
            return Ok(Followed::Downloaded);
        };
        self.download_export(export, &url, size, checkpoint, summary)
            .await
    }

    async fn download_export(
        &self,
        export: &dyn StoreExport,
        url: &Sensitive<String>,
        size: Option<u64>,
        checkpoint: &ExportCheckpoint,
        summary: &mut RefreshSummary,
    ) -> Result<Followed> {
        let store = self.store.system();
        let mut download = match export.download(url, checkpoint.bytes_read).await {
            Ok(download) => download,
            Err(error) if error.key.as_deref() == Some("export file gone") => {
                return Ok(Followed::Gone)
            }
            Err(error) => {
                summary.store_error = Some(error.summary);
                return Ok(Followed::Stopped);
            }
        };
        // A host that ignores `Range` sends the whole file: skip what is already kept.
        let mut skip = checkpoint.bytes_read.saturating_sub(download.starts_at);
        let mut kept = checkpoint.bytes_read;
        let mut pending: Vec<u8> = Vec::new();
        let mut batch: Vec<ExportObject> = Vec::new();
        loop {
            let chunk = match download.chunk().await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break,
                Err(error) => {
                    // What is kept stays kept; the next pull resumes from there.
                    self.db
                        .keep_export_lines(store, &batch, kept, false)
                        .await?;
                    summary.store_error = Some(error.summary);
                    return Ok(Followed::Stopped);
                }
            };
            let mut bytes = chunk.as_slice();
            if skip > 0 {
                let dropped = usize::try_from(skip).unwrap_or(usize::MAX).min(bytes.len());
                bytes = &bytes[dropped..];
                skip -= dropped as u64;
            }
            pending.extend_from_slice(bytes);
            let mut start = 0;
            while let Some(end) = pending[start..].iter().position(|b| *b == b'\n') {
                let line = &pending[start..start + end];
                kept += end as u64 + 1;
                self.keep_line(export, line, &mut batch, summary);
                start += end + 1;
            }
            pending.drain(..start);
            if batch.len() >= LINES_PER_BATCH {
                self.db
                    .keep_export_lines(store, &batch, kept, false)
                    .await?;
                batch.clear();
                self.progress(PullProgress::Downloading {
                    bytes: kept,
                    of: size,
                });
            }
        }
        if !pending.is_empty() {
            kept += pending.len() as u64;
            let line = std::mem::take(&mut pending);
            self.keep_line(export, &line, &mut batch, summary);
        }
        self.db.keep_export_lines(store, &batch, kept, true).await?;
        self.progress(PullProgress::Downloading {
            bytes: kept,
            of: size,
        });
        Ok(Followed::Downloaded)
    }

    fn keep_line(
        &self,
        export: &dyn StoreExport,
        line: &[u8],
        batch: &mut Vec<ExportObject>,
        summary: &mut RefreshSummary,
    ) {
        if line.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        match export.read_line(line) {
            Ok(ExportLine { id, parent, json }) => batch.push(ExportObject { id, parent, json }),
            Err(reason) => summary.unknown.push((
                format!("a line of {}'s export", self.store.system()),
                format!(
                    "{reason}\n    {}",
                    osd_connectors::call_error::bounded_raw(&String::from_utf8_lossy(line))
                ),
            )),
        }
    }

    /// Every kept order with its lines, into the order database, a batch at a time (a large
    /// shop's file need not fit in memory).
    async fn read_export(
        &self,
        export: &dyn StoreExport,
        summary: &mut RefreshSummary,
    ) -> Result<Option<DateTime<Utc>>> {
        let store = self.store.system();
        let (of, orphans) = self.db.export_counts(store).await?;
        if orphans > 0 {
            tracing::warn!(orphans, "export lines whose order was not in the file");
        }
        let mut high_water: Option<DateTime<Utc>> = None;
        let (mut after, mut read) = (-1, 0u64);
        loop {
            let roots = self
                .db
                .export_roots(store, after, ORDERS_PER_BATCH as u32)
                .await?;
            let Some((last, _)) = roots.last() else { break };
            after = *last;
            let ids: Vec<String> = roots.iter().map(|(_, o)| o.id.clone()).collect();
            let mut children: HashMap<String, Vec<String>> = HashMap::new();
            for child in self.db.export_children(store, &ids).await? {
                if let Some(parent) = child.parent {
                    children.entry(parent).or_default().push(child.json);
                }
            }
            let mut orders: Vec<Order> = Vec::with_capacity(roots.len());
            for (_, root) in &roots {
                let lines = children.remove(&root.id).unwrap_or_default();
                match export.assemble(&root.json, &lines) {
                    Ok(assembled) => {
                        high_water = high_water.max(Some(assembled.changed));
                        orders.extend(assembled.order);
                    }
                    Err(unknown) => summary.unknown.push((
                        unknown.reference,
                        format!("{}\n    {}", unknown.reason, unknown.raw),
                    )),
                }
            }
            self.db.upsert_orders(&orders).await?;
            summary.pulled += orders.len();
            read += roots.len() as u64;
            self.progress(PullProgress::Reading { orders: read, of });
        }
        Ok(high_water)
    }
}

enum Followed {
    Downloaded,
    Gone,
    Failed,
    Stopped,
}
