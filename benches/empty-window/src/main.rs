//! An empty Tauri 2 window that says when it first painted, then quits — the same signal the
//! app gives (`smoke:` on stdout), so `scripts/measure-app.sh` times both the same way.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

#[tauri::command]
fn painted(app: tauri::AppHandle, since_navigation: f64) {
    println!("smoke: empty window painted, {since_navigation:.0} ms after the page began loading");
    let linger = std::env::var("SYNC_DOCTOR_SMOKE_LINGER_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(linger));
        app.exit(0);
    });
}

fn main() {
    let result = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![painted])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("empty window: {error}");
        std::process::exit(1);
    }
}
