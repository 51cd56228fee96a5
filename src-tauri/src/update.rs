//! The app updating itself through Tauri's updater. A build checks for updates only when it
//! carries the release's public key (`plugins.updater.pubkey`, set by the release workflow);
//! the updater downloads the package and checks its minisign signature against that key before
//! anything on disk changes. The manager chooses when to install: resends, fixes and the monitor
//! finish their work first and start nothing new, then the package is installed and the app
//! restarts on the new version (the monitor resumes with the settings it had).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};
use osd_i18n::Arg;
use osd_session::software_update::{UpdateOffer, UpdateProgress, UpdateStatus};
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_updater::{Update, UpdaterExt};

use crate::ipc_error::IpcError;
use crate::state::AppState;
use crate::tray;

/// The first check waits for the window and the first check of orders; then every few hours.
const FIRST_CHECK_AFTER: Duration = Duration::from_secs(30);
const CHECK_EVERY: Duration = Duration::from_secs(6 * 60 * 60);

/// What the app knows about its updates.
#[derive(Default)]
pub struct Updates {
    offered: Mutex<Option<Update>>,
    checked_at: Mutex<Option<DateTime<Utc>>>,
    installing: AtomicBool,
}

/// Whether this build carries a public key to check updates against.
pub fn is_set_up(app: &AppHandle) -> bool {
    app.config()
        .plugins
        .0
        .get("updater")
        .and_then(|updater| updater.get("pubkey"))
        .and_then(|key| key.as_str())
        .is_some_and(|key| !key.trim().is_empty())
}

/// Where updates stand, without asking the network.
pub fn status(app: &AppHandle) -> UpdateStatus {
    let state = app.state::<AppState>();
    let updates = &state.updates;
    let offered = updates.offered.lock().ok().and_then(|o| o.clone());
    UpdateStatus {
        current: app.package_info().version.to_string(),
        set_up: is_set_up(app),
        available: offered.map(|update| UpdateOffer {
            version: update.version,
            notes: update.body.filter(|notes| !notes.trim().is_empty()),
        }),
        checked_at: updates
            .checked_at
            .lock()
            .ok()
            .and_then(|at| at.map(|at| at.to_rfc3339())),
        installing: updates.installing.load(Ordering::SeqCst),
    }
}

/// The version on offer, when there is one.
pub fn offered_version(app: &AppHandle) -> Option<String> {
    let state = app.state::<AppState>();
    let offered = state.updates.offered.lock().ok()?;
    offered.as_ref().map(|update| update.version.clone())
}

/// Ask the release manifest whether a newer version exists; the tray and the window are told.
pub async fn check(app: &AppHandle) -> Result<UpdateStatus, IpcError> {
    if !is_set_up(app) {
        return Ok(status(app));
    }
    let state = app.state::<AppState>();
    let found = app
        .updater()
        .map_err(|error| failed(&state, &error))?
        .check()
        .await
        .map_err(|error| failed(&state, &error))?;
    let version = found.as_ref().map(|update| update.version.clone());
    if let Ok(mut offered) = state.updates.offered.lock() {
        *offered = found;
    }
    if let Ok(mut checked_at) = state.updates.checked_at.lock() {
        *checked_at = Some(Utc::now());
    }
    tray::show_update(app, version.as_deref());
    let _ = app.emit("update-changed", ());
    Ok(status(app))
}

/// Checks now and then in the background, quietly: a failed check is only logged (the manager
/// sees it when checking from Settings).
pub fn spawn_checks(app: AppHandle) {
    if !is_set_up(&app) {
        return;
    }
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(FIRST_CHECK_AFTER).await;
        loop {
            if let Err(error) = check(&app).await {
                tracing::info!(message = %error.message, "update check failed");
            }
            tokio::time::sleep(CHECK_EVERY).await;
        }
    });
}

/// Install the update on offer and restart on it. Returns only when it did not happen; the
/// version running keeps working then.
pub async fn install(app: &AppHandle, progress: impl Fn(UpdateProgress)) -> Result<(), IpcError> {
    let state = app.state::<AppState>();
    let Some(update) = state.updates.offered.lock().ok().and_then(|o| o.clone()) else {
        return Err(IpcError {
            code: "not_found".into(),
            message: state.speaking.words().get("update-none"),
        });
    };
    if state.updates.installing.swap(true, Ordering::SeqCst) {
        return Err(installing(&state));
    }
    let _ = app.emit("update-changed", ());
    let result = drain_and_install(app, &state, &update, &progress).await;
    // Only reached when the install did not restart the app.
    state.updates.installing.store(false, Ordering::SeqCst);
    let _ = app.emit("update-changed", ());
    result
}

async fn drain_and_install(
    app: &AppHandle,
    state: &AppState,
    update: &Update,
    progress: &impl Fn(UpdateProgress),
) -> Result<(), IpcError> {
    progress(UpdateProgress::WaitingForWork);
    // Held until the restart: resends and rounds under way finish, new ones are refused.
    let _drained = state.work.write().await;
    let mut received = 0u64;
    let bytes = update
        .download(
            |chunk, total| {
                received += chunk as u64;
                progress(UpdateProgress::Downloading { received, total });
            },
            || {},
        )
        .await
        .map_err(|error| refused_or_failed(state, update, &error))?;
    progress(UpdateProgress::Installing);
    update
        .install(bytes)
        .map_err(|error| refused_or_failed(state, update, &error))?;
    progress(UpdateProgress::Restarting);
    tracing::info!(from = %update.current_version, to = %update.version, "updated; restarting");
    // The lock of the single instance goes first, so the new version is not turned away as a
    // second copy of this one.
    tauri_plugin_single_instance::destroy(app);
    app.restart()
}

/// The refusal of anything asked while an update installs.
pub fn installing(state: &AppState) -> IpcError {
    IpcError {
        code: "update_installing".into(),
        message: state.speaking.words().get("update-installing"),
    }
}

fn failed(state: &AppState, error: &tauri_plugin_updater::Error) -> IpcError {
    IpcError {
        code: "update_failed".into(),
        message: state.speaking.words().with(
            "update-check-failed",
            &[("detail", Arg::Text(&error.to_string()))],
        ),
    }
}

/// A download whose signature does not hold, or that is not the package this install needs,
/// is refused; anything else (the network, the package manager) failed.
fn refused_or_failed(
    state: &AppState,
    update: &Update,
    error: &tauri_plugin_updater::Error,
) -> IpcError {
    use tauri_plugin_updater::Error as E;
    let words = state.speaking.words();
    let detail = error.to_string();
    let args = [
        ("version", Arg::Text(&update.version)),
        ("current", Arg::Text(&update.current_version)),
        ("detail", Arg::Text(&detail)),
    ];
    let refused = matches!(
        error,
        E::Minisign(_)
            | E::Base64(_)
            | E::SignatureUtf8(_)
            | E::SignedVersionMismatch { .. }
            | E::MissingSignedVersion
            | E::InvalidUpdaterFormat
    );
    tracing::warn!(%detail, refused, "update not installed");
    if refused {
        IpcError {
            code: "update_refused".into(),
            message: words.with("update-refused", &args),
        }
    } else {
        IpcError {
            code: "update_failed".into(),
            message: words.with("update-install-failed", &args),
        }
    }
}
