//! The desktop shell: a window, IPC commands and app state. Every decision is made in the
//! core crates; commands here parse, call and map.

mod commands;
mod ipc_error;
mod state;

use state::AppState;

pub fn run() {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("SYNC_DOCTOR_LOG"))
        .with_writer(std::io::stderr)
        .init();
    let result = tauri::Builder::default()
        .manage(AppState::default())
        .invoke_handler(tauri::generate_handler![
            commands::run_check,
            commands::app_info,
            commands::ui_rendered
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Order Sync Doctor could not start: {error}");
        std::process::exit(1);
    }
}
