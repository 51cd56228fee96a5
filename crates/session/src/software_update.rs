//! The app's own updates as the window sees them, and the version bookkeeping behind
//! Settings' "updated from 0.1.0". Fetching, verifying and installing is the
//! desktop shell's (Tauri's updater); nothing here touches the network.

use serde::Serialize;
use ts_rs::TS;

use crate::app_config::AppConfig;

/// Where the app's updates stand, for Settings and the tray.
#[derive(Debug, Clone, Default, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct UpdateStatus {
    /// The version running now.
    pub current: String,
    /// Whether this build checks for updates: only builds that carry the release's public key
    /// do (development builds do not, so they never replace themselves with a release).
    pub set_up: bool,
    /// A newer version the release manifest offers, not installed yet.
    pub available: Option<UpdateOffer>,
    /// When the manifest was last asked (RFC 3339), `None` before the first check.
    pub checked_at: Option<String>,
    /// An install is under way: the app restarts when it is done.
    pub installing: bool,
}

/// A newer version on offer.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct UpdateOffer {
    pub version: String,
    /// The release's notes as published (plain text, shown as text, never as HTML).
    pub notes: Option<String>,
}

/// How an install is going, for the window's progress line.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum UpdateProgress {
    /// Orders being resent (or a monitor round) finish first; nothing new starts.
    WaitingForWork,
    Downloading {
        #[ts(type = "number")]
        received: u64,
        #[ts(type = "number | null")]
        total: Option<u64>,
    },
    /// The download's signature held; the package is being installed.
    Installing,
    Restarting,
}

/// Records the version now running in the configuration; when a different version ran before
/// (the app was updated), that one is kept as `previous_version` until the next update, for
/// Settings' "updated from". Returns whether the configuration changed (and needs saving).
pub fn note_running_version(config: &mut AppConfig, running: &str) -> bool {
    match config.last_version.replace(running.to_string()) {
        Some(before) if before == running => false,
        Some(before) => {
            config.previous_version = Some(before);
            true
        }
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_before_an_update_is_kept_until_the_next() {
        let mut config = AppConfig::default();
        assert!(note_running_version(&mut config, "0.1.0"), "first start");
        assert_eq!(config.previous_version, None);
        assert!(!note_running_version(&mut config, "0.1.0"), "same version");
        assert!(
            note_running_version(&mut config, "0.2.0"),
            "after an update"
        );
        assert_eq!(config.previous_version.as_deref(), Some("0.1.0"));
        assert!(!note_running_version(&mut config, "0.2.0"));
        assert_eq!(config.previous_version.as_deref(), Some("0.1.0"), "kept");
        assert!(note_running_version(&mut config, "0.3.0"));
        assert_eq!(config.previous_version.as_deref(), Some("0.2.0"));
        assert_eq!(config.last_version.as_deref(), Some("0.3.0"));
    }

    #[test]
    fn progress_crosses_ipc_tagged_by_stage() {
        let json = serde_json::to_value(UpdateProgress::Downloading {
            received: 10,
            total: Some(20),
        })
        .unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "stage": "downloading", "received": 10, "total": 20 })
        );
    }
}
