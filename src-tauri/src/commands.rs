//! IPC commands: a few lines each.

use osd_model::CheckReport;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use crate::ipc_error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn run_check(state: State<'_, AppState>) -> Result<CheckReport, IpcError> {
    let connected = state.connected().await?;
    Ok(connected.session.check().await?)
}

#[derive(Serialize)]
pub struct AppInfo {
    version: &'static str,
    demo: bool,
    /// `--open PLACE` on the command line (a notification's "Open" action): where to look.
    open: Option<String>,
}

fn requested_place() -> Option<String> {
    let mut args = std::env::args().skip_while(|a| a != "--open").skip(1);
    args.next()
        .filter(|p| ["error-log", "status", "settings"].contains(&p.as_str()))
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    let connected = state.connected().await?;
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        demo: connected.is_demo,
        open: requested_place(),
    })
}

/// The UI reports that it drew the report. With `SYNC_DOCTOR_SMOKE=1` the app then says so
/// on stdout and quits, which is how CI proves the window really opened and rendered.
#[tauri::command]
pub fn ui_rendered<R: Runtime>(app: AppHandle<R>, findings: usize) {
    if std::env::var_os("SYNC_DOCTOR_SMOKE").is_some() {
        println!("smoke: window rendered the check with {findings} findings");
        let delay = std::env::var("SYNC_DOCTOR_SMOKE_LINGER_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(500);
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(delay));
            app.exit(0);
        });
    }
}
