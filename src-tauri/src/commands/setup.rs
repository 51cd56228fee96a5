//! Connections and Settings. Secrets only ever travel from the window into the keychain.

use osd_session::alerting::{channels_for, AlertSent};
use osd_session::app_config::{Settings, SettingsChange, APP_OWNER};
use osd_session::connections::{self, ConnectionDraft, ConnectionVerdict, Connections};
use tauri::{AppHandle, State};
use tauri_plugin_autostart::ManagerExt;

use crate::ipc_error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub fn connections(state: State<'_, AppState>) -> Result<Connections, IpcError> {
    let config = state.config()?;
    Ok(connections::connections(&config, state.secrets.as_ref()))
}

#[tauri::command]
pub async fn test_connection(
    state: State<'_, AppState>,
    draft: ConnectionDraft,
) -> Result<ConnectionVerdict, IpcError> {
    let config = state.config()?.clone();
    Ok(connections::test_connection(&draft, &config, &state.secrets).await?)
}

#[tauri::command]
pub async fn save_connection(
    state: State<'_, AppState>,
    draft: ConnectionDraft,
) -> Result<Connections, IpcError> {
    let secrets = state.secrets.clone();
    // Only a change to the systems in use needs a new session.
    let in_use = !state.config()?.use_demo;
    state
        .change_config(
            |config| connections::save_connection(config, &draft, &secrets),
            in_use,
        )
        .await?;
    connections(state)
}

/// Stop reading the integration tool; its secret leaves the keychain.
#[tauri::command]
pub async fn remove_middleware(state: State<'_, AppState>) -> Result<Connections, IpcError> {
    let secrets = state.secrets.clone();
    let in_use = !state.config()?.use_demo;
    state
        .change_config(
            |config| connections::remove_middleware(config, &secrets),
            in_use,
        )
        .await?;
    connections(state)
}

/// Switch between the demo and the saved systems.
#[tauri::command]
pub async fn use_demo(state: State<'_, AppState>, demo: bool) -> Result<Connections, IpcError> {
    state
        .change_config(
            |config| {
                if !demo && (config.store.is_none() || config.erp.is_none()) {
                    return Err(osd_session::SessionError::Profile(
                        "save a store and an ERP first".into(),
                    ));
                }
                config.use_demo = demo;
                Ok(())
            },
            true,
        )
        .await?;
    connections(state)
}

#[tauri::command]
pub fn settings(state: State<'_, AppState>) -> Result<Settings, IpcError> {
    Ok(state.config()?.settings(state.secrets.as_ref()))
}

#[tauri::command]
pub async fn save_settings(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    change: SettingsChange,
) -> Result<Settings, IpcError> {
    let secrets = state.secrets.clone();
    state
        .change_config(|config| config.change_settings(&change, &secrets), false)
        .await?;
    crate::tray::relabel(&app);
    // A new interval takes effect now, not after the old one ran out.
    state.wake_monitor.notify_one();
    settings(state)
}

/// Send a test alert through every channel the settings turn on.
#[tauri::command]
pub async fn send_test_alert(state: State<'_, AppState>) -> Result<Vec<AlertSent>, IpcError> {
    let alerts = state.config()?.alerts.clone();
    let language = state.speaking.get();
    let channels = channels_for(&alerts, APP_OWNER, &state.secrets, crate::open_command())?;
    let mut sent = Vec::new();
    for channel in &channels {
        let alert = osd_alerts::test_alert(channel.name(), language);
        sent.push(AlertSent {
            channel: channel.name().into(),
            error: channel.send(&alert).await.err().map(|e| e.to_string()),
        });
    }
    Ok(sent)
}

#[tauri::command]
pub fn start_at_login(app: AppHandle) -> Result<bool, IpcError> {
    app.autolaunch().is_enabled().map_err(IpcError::desktop)
}

#[tauri::command]
pub fn set_start_at_login(app: AppHandle, on: bool) -> Result<bool, IpcError> {
    let launcher = app.autolaunch();
    if on {
        launcher.enable().map_err(IpcError::desktop)?;
    } else {
        launcher.disable().map_err(IpcError::desktop)?;
    }
    launcher.is_enabled().map_err(IpcError::desktop)
}

/// Pause or resume the monitor (also in the tray).
#[tauri::command]
pub async fn pause_monitoring(
    app: AppHandle,
    state: State<'_, AppState>,
    paused: bool,
) -> Result<Settings, IpcError> {
    crate::monitor::set_paused(&app, paused).await?;
    settings(state)
}
