//! The monitor inside the app: the same round as `sync-doctor watch`, every few minutes
//! (the Settings' interval), at once on "Check now", never while paused. After each round the
//! check runs, the tray shows its verdict and the window is told to refresh.

use std::time::Duration;

use osd_session::alerting::channels_for;
use osd_session::app_config::APP_OWNER;
use osd_session::SessionError;
use tauri::{AppHandle, Emitter, Manager};

use crate::state::{AppState, Health};
use crate::{memory, tray};

/// The window comes up and shows its own check first; the monitor's first round waits.
const FIRST_ROUND_AFTER: Duration = Duration::from_secs(60);

pub fn spawn(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        let state = app.state::<AppState>();
        let mut wait = FIRST_ROUND_AFTER;
        loop {
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = state.wake_monitor.notified() => {}
            }
            let (interval, paused) = match state.config() {
                Ok(config) => (
                    Duration::from_secs(config.monitor.interval_minutes.max(1) * 60),
                    config.monitor_paused,
                ),
                Err(_) => (Duration::from_secs(300), true),
            };
            wait = interval;
            if paused {
                continue;
            }
            // A round may resend (auto-send); none starts while an update installs.
            let Ok(_working) = state.work.try_read() else {
                continue;
            };
            if let Err(error) = round(&app).await {
                tracing::warn!(%error, "monitor round failed");
            }
        }
    });
}

async fn round(app: &AppHandle) -> Result<(), SessionError> {
    let state = app.state::<AppState>();
    let (settings, alerts) = {
        let config = state.config()?;
        (config.monitor.settings()?, config.alerts.clone())
    };
    let channels = channels_for(&alerts, APP_OWNER, &state.secrets, crate::open_command())?;
    let connected = state.connected().await?;
    connected
        .session
        .monitor_round(&settings, &channels, chrono::Utc::now())
        .await?;
    let report = connected.session.check().await?;
    tray::show_health(app, Health::of(&report));
    let _ = app.emit("report-changed", ());
    memory::give_back();
    Ok(())
}

pub async fn set_paused(app: &AppHandle, paused: bool) -> Result<(), SessionError> {
    let state = app.state::<AppState>();
    state
        .change_config(
            |config| {
                config.monitor_paused = paused;
                Ok(())
            },
            false,
        )
        .await?;
    tray::show_paused(app, paused);
    let _ = app.emit("settings-changed", ());
    Ok(())
}
