//! The window itself: what it shows first, exporting the report, and the smoke test's signal.

use chrono::Utc;
use osd_session::app_config::AppInfo;
use osd_session::printed_report;
use osd_store::private_files::write_private_file;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::ipc_error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn app_info(app: AppHandle, state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    let connected = state.connected().await?;
    Ok(AppInfo {
        version: app.package_info().version.to_string(),
        updated_from: state.updated_from.clone(),
        demo: connected.is_demo,
        open: crate::requested_place(std::env::args()),
        language: state.speaking.get().tag().into(),
    })
}

/// Check again and save the report as one HTML file where the person chooses (a native save
/// dialog: the window itself gets no access to files). Returns the path, or `None` when the
/// dialog was cancelled.
#[tauri::command]
pub async fn export_report(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<String>, IpcError> {
    let connected = state.connected().await?;
    let report = connected.session.check().await?;
    let now = Utc::now();
    let session = &connected.session;
    let html = printed_report::render(
        &report,
        (session.store.system(), session.erp.system()),
        now,
        session.language.get(),
    );
    let name = format!("order-sync-report-{}.html", now.format("%Y-%m-%d"));
    save_private(&app, &name, ("Web page", "html"), html)
}

/// Ask the person where to save a file (the native save dialog: the window itself gets no
/// access to files) and write it there, private to the user: what the app exports lists
/// customers' names (to share it, the user copies or attaches it). `SYNC_DOCTOR_SAVE_REPORT_TO`
/// names a folder instead of a person, for scripted runs (the end-to-end tests). Returns the
/// path, or `None` when the person cancelled.
pub(crate) fn save_private<R: Runtime>(
    app: &AppHandle<R>,
    file_name: &str,
    (kind, extension): (&str, &str),
    contents: String,
) -> Result<Option<String>, IpcError> {
    if let Some(folder) = std::env::var_os("SYNC_DOCTOR_SAVE_REPORT_TO") {
        let path = std::path::PathBuf::from(folder).join(file_name);
        write_private_file(&path, contents).map_err(IpcError::desktop)?;
        return Ok(Some(path.display().to_string()));
    }
    let Some(chosen) = app
        .dialog()
        .file()
        .set_title("Save")
        .add_filter(kind, &[extension])
        .set_file_name(file_name)
        .blocking_save_file()
    else {
        return Ok(None);
    };
    let path = chosen.into_path().map_err(IpcError::desktop)?;
    write_private_file(&path, contents).map_err(IpcError::desktop)?;
    Ok(Some(path.display().to_string()))
}

/// The UI reports its first frame: the shell is drawn and takes input, while the check may
/// still be loading. `scripts/measure-app.sh` times start-up to this (with
/// `SYNC_DOCTOR_SMOKE=1` the app says so on stdout), as the empty window reports its own.
/// `since_navigation`: the page's own clock at that frame, which splits start-up into the
/// native part (process, plugins, webview) and the web part (loading and running the UI).
#[tauri::command]
pub fn ui_interactive(since_navigation: f64) {
    if std::env::var_os("SYNC_DOCTOR_SMOKE").is_some() {
        println!(
            "ready: window is interactive, {since_navigation:.0} ms after the page began loading"
        );
    }
}

/// The UI reports that it drew the report. With `SYNC_DOCTOR_SMOKE=1` the app then says so
/// on stdout and quits, which is how CI proves the window really opened and rendered.
#[tauri::command]
pub fn ui_rendered<R: Runtime>(app: AppHandle<R>, findings: usize, saved: bool) {
    if std::env::var_os("SYNC_DOCTOR_SMOKE").is_some() {
        let which = if saved { "the last check" } else { "the check" };
        println!("smoke: window rendered {which} with {findings} findings");
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
