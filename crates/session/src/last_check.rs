//! The last check, kept beside the order database so that the window can draw it the moment it
//! opens (marked with its time) while the new check runs: a manager who opens the app sees
//! where things stood at once, not a spinner.
//!
//! A file of its own rather than a table: the demo starts from a fresh database each time, and
//! the window must read it before any connection is made. It holds order numbers and what was
//! wrong with them, so it is private to the user like the database.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use osd_model::CheckReport;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A check and when it finished.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export_to = "app.ts")]
pub struct LastCheck {
    /// Milliseconds since 1970, as the window's clock counts.
    #[ts(type = "number")]
    pub checked_at_ms: i64,
    pub report: CheckReport,
}

/// Where the last check of the connection `owner` (a profile's name, or `demo`) is kept.
pub fn file(data_dir: &Path, owner: &str) -> PathBuf {
    data_dir.join(format!("last-check-{owner}.json"))
}

/// Keep `report` as the last check. Written aside and renamed into place, so a crash leaves
/// the previous one or this one, never half of either.
pub fn save(path: &Path, report: &CheckReport, at: DateTime<Utc>) -> std::io::Result<()> {
    let kept = LastCheck {
        checked_at_ms: at.timestamp_millis(),
        report: report.clone(),
    };
    let json = serde_json::to_vec(&kept).map_err(std::io::Error::other)?;
    let aside = path.with_extension("json.new");
    osd_store::private_files::write_private_file(&aside, json)?;
    std::fs::rename(&aside, path)
}

/// The last check kept at `path`; `None` when there is none or it cannot be read (the new
/// check is then awaited as before).
pub fn load(path: &Path) -> Option<LastCheck> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return None,
        Err(error) => {
            tracing::warn!(%error, "the last check could not be read");
            return None;
        }
    };
    match serde_json::from_slice(&bytes) {
        Ok(last) => Some(last),
        Err(error) => {
            // Written by an older version with another shape, or damaged: not worth a word.
            tracing::info!(%error, "the last check is not readable; waiting for a new one");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_kept_check_reads_back_and_a_damaged_one_is_none() {
        let dir = tempfile::tempdir().unwrap();
        let path = file(dir.path(), "demo");
        assert_eq!(load(&path), None);
        let report = CheckReport { steps: vec![] };
        let at = DateTime::parse_from_rfc3339("2026-12-07T10:42:00Z")
            .unwrap()
            .with_timezone(&Utc);
        save(&path, &report, at).unwrap();
        let kept = load(&path).unwrap();
        assert_eq!(kept.report, report);
        assert_eq!(kept.checked_at_ms, at.timestamp_millis());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "private to the user");
        }
        std::fs::write(&path, b"{\"checked_at_ms\": 1, \"report\": ").unwrap();
        assert_eq!(load(&path), None);
    }
}
