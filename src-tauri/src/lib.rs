//! The desktop shell: a window, a tray, IPC commands, the monitor's timer and app state.
//! Every decision is made in the core crates; commands here parse, call and map.

mod browser;
mod commands;
mod ipc_error;
mod memory;
mod monitor;
mod rendering;
mod state;
mod tray;
mod update;

use std::path::Path;
use std::sync::Arc;

use osd_session::secrets::Keychain;
use osd_store::private_files;
use tauri::{Emitter, Manager, WindowEvent};

use commands::{orders, reconcile, setup, sign_in, updates, window, wizard};
use state::AppState;

/// Places `--open` may name (a notification's "Open", or a second launch).
const PLACES: [&str; 3] = ["error-log", "status", "settings"];

/// `--open PLACE` among the arguments.
pub(crate) fn requested_place(args: impl Iterator<Item = String>) -> Option<String> {
    let mut args = args.skip_while(|a| a != "--open").skip(1);
    args.next().filter(|p| PLACES.contains(&p.as_str()))
}

/// How a notification's "Open" starts this app (the single instance then shows the window).
pub(crate) fn open_command() -> Option<Vec<String>> {
    let exe = std::env::current_exe().ok()?;
    Some(vec![exe.display().to_string(), "--open".into()])
}

pub use memory::limit_arenas;

/// The app's data folder and the folders Tauri and WebKit keep for it (settings, window
/// state, caches, web storage): created private, and narrowed where an older version left them
/// open to other accounts. What cannot be narrowed is reported by every check in step 1.
fn keep_folders_private<R: tauri::Runtime>(paths: &tauri::path::PathResolver<R>, data: &Path) {
    if let Err(error) = private_files::create_private_dir(data) {
        tracing::warn!(%error, "data folder not created");
    }
    let app_folders = [
        paths.app_config_dir(),
        paths.app_data_dir(),
        paths.app_local_data_dir(),
        paths.app_cache_dir(),
        paths.app_log_dir(),
    ];
    for folder in std::iter::once(data.to_path_buf()).chain(app_folders.into_iter().flatten()) {
        for exposed in private_files::tighten(&folder) {
            tracing::warn!(path = %exposed.describe(), "not private");
        }
    }
}

/// The main window, made here rather than by Tauri from the config so it knows the language
/// before its first script runs: the first frame is drawn in the language the app speaks.
fn open_main_window(app: &tauri::AppHandle, language: osd_i18n::Language) -> tauri::Result<()> {
    let Some(config) = app.config().app.windows.iter().find(|w| w.label == "main") else {
        return Ok(());
    };
    let tag = serde_json::to_string(language.tag()).unwrap_or_else(|_| "\"en\"".into());
    tauri::WebviewWindowBuilder::from_config(app, config)?
        .initialization_script(format!("window.__ORDER_SYNC_DOCTOR_LANGUAGE__ = {tag};"))
        .build()?;
    Ok(())
}

pub fn run() {
    // Before any thread or file, and inherited by the web engine's processes: what the app
    // writes (its data, WebKit's caches, an exported report) is readable by its user only.
    private_files::keep_new_files_private();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("SYNC_DOCTOR_LOG"))
        .with_writer(std::io::stderr)
        .init();
    let mut context = tauri::generate_context!();
    // Dev and test builds have an identifier of their own: their own data folder, keychain
    // entries, single-instance lock and autostart entry, never those of a real install.
    if cfg!(debug_assertions) {
        let identifier = format!("{}.dev", context.config().identifier);
        context.config_mut().identifier = identifier;
    }
    let background = std::env::args().any(|a| a == "--background");
    let result = tauri::Builder::default()
        // First, so a second launch hands over its arguments before anything else starts.
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| {
            tray::show_window(app);
            if let Some(place) = requested_place(args.iter().cloned()) {
                let _ = app.emit("open-place", place);
            }
            // A sign-in's `order-sync-doctor://` link, which the OS gave a second launch.
            browser::deliver_links(app, args);
        }))
        .plugin(tauri_plugin_deep_link::init())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec!["--background"]),
        ))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_updater::Builder::new().build())
        .setup(move |app| {
            let data_dir = match std::env::var_os("SYNC_DOCTOR_DATA_DIR") {
                Some(dir) => dir.into(),
                None => app.path().app_data_dir()?,
            };
            keep_folders_private(app.path(), &data_dir);
            let keychain = Arc::new(Keychain::new(&app.config().identifier));
            let running = app.package_info().version.to_string();
            let state = AppState::new(data_dir, keychain, &running)?;
            // A large first pull says how far it is; the window shows it under the spinner.
            let window = app.handle().clone();
            let _ = state.pull_progress.set(Arc::new(move |step| {
                let _ = window.emit("pull-progress", step);
            }));
            let (paused, language) = {
                let config = state.config()?;
                (config.monitor_paused, config.language())
            };
            app.manage(state);
            open_main_window(app.handle(), language)?;
            // A desktop without a tray still gets the window and the monitor.
            if let Err(error) = tray::create(app.handle(), paused) {
                tracing::warn!(%error, "no tray icon");
            }
            if let Some(window) = app.get_webview_window("main") {
                rendering::draw_on_cpu(&window);
                if background {
                    window.hide()?;
                }
            }
            monitor::spawn(app.handle().clone());
            update::spawn_checks(app.handle().clone());
            Ok(())
        })
        .on_window_event(|window, event| {
            // Closing the window keeps the monitor running; Quit is in the tray.
            if let WindowEvent::CloseRequested { api, .. } = event {
                if tray::is_shown(window.app_handle()) {
                    api.prevent_close();
                    let _ = window.hide();
                }
            }
        })
        .invoke_handler(tauri::generate_handler![
            wizard::run_check,
            wizard::last_check,
            wizard::preview_remedy,
            wizard::apply_remedy,
            wizard::undo_change,
            wizard::fix_plan,
            wizard::preview_plan,
            wizard::apply_plan,
            orders::orders_page,
            orders::resend_orders,
            orders::activity,
            reconcile::reconcile,
            reconcile::export_reconciliation,
            setup::connections,
            setup::test_connection,
            setup::save_connection,
            setup::remove_middleware,
            setup::use_demo,
            setup::settings,
            setup::save_settings,
            setup::send_test_alert,
            setup::start_at_login,
            setup::set_start_at_login,
            setup::pause_monitoring,
            sign_in::start_sign_in,
            sign_in::finish_sign_in,
            sign_in::cancel_sign_in,
            window::app_info,
            window::export_report,
            window::ui_rendered,
            window::ui_interactive,
            updates::update_status,
            updates::check_for_update,
            updates::install_update,
        ])
        .run(context);
    if let Err(error) = result {
        eprintln!("Order Sync Doctor could not start: {error}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The window and the updater read the version from tauri.conf.json, the CLI and the crates
    /// from Cargo.toml: a release bumps both.
    #[test]
    fn one_version_everywhere() {
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
        assert_eq!(config["version"], env!("CARGO_PKG_VERSION"));
    }

    #[test]
    fn only_known_places_open() {
        let args = |v: &[&str]| {
            v.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .into_iter()
        };
        assert_eq!(
            requested_place(args(&["app", "--open", "error-log"])).as_deref(),
            Some("error-log")
        );
        assert_eq!(
            requested_place(args(&["app", "--open", "/etc/passwd"])),
            None
        );
        assert_eq!(requested_place(args(&["app"])), None);
    }
}
