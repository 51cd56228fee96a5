//! The app's own updates, from Settings: where they stand, check now, install and restart.

use osd_session::software_update::{UpdateProgress, UpdateStatus};
use tauri::ipc::Channel;
use tauri::AppHandle;

use crate::ipc_error::IpcError;
use crate::update;

#[tauri::command]
pub fn update_status(app: AppHandle) -> UpdateStatus {
    update::status(&app)
}

#[tauri::command]
pub async fn check_for_update(app: AppHandle) -> Result<UpdateStatus, IpcError> {
    update::check(&app).await
}

/// Install the update on offer and restart on it; returns only when that did not happen.
#[tauri::command]
pub async fn install_update(
    app: AppHandle,
    on_progress: Channel<UpdateProgress>,
) -> Result<(), IpcError> {
    update::install(&app, |progress| {
        let _ = on_progress.send(progress);
    })
    .await
}
