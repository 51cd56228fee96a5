//! How the window is drawn. WebKitGTK composites pages with OpenGL; without a usable GPU
//! (virtual machines, remote desktops, many office laptops' drivers) that is Mesa's software
//! rasteriser, which compiles its shaders with LLVM in both the app and the page's process.
//! A window of forms, cards and virtual tables draws as smoothly on the CPU, starts sooner and
//! uses less memory (BENCHMARKS.md, the desktop app's steps).

use tauri::WebviewWindow;

/// Set to `0`, WebKitGTK's own switch keeps its GPU compositing (for a machine where it helps).
const SWITCH: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Through the window's settings rather than WebKit's environment switch: set from `main`, the
/// switch reached the web process, yet start-up waited ~100 ms more (measured), as if the app
/// process had read it before `main` ran and expected the web process to composite.
pub fn draw_on_cpu(window: &WebviewWindow) {
    if std::env::var_os(SWITCH).is_some_and(|v| v == "0") {
        return;
    }
    #[cfg(target_os = "linux")]
    let applied = window.with_webview(|webview| {
        use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
        if let Some(settings) = WebViewExt::settings(&webview.inner()) {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    });
    // WebView2 and WKWebView choose their drawing themselves.
    #[cfg(not(target_os = "linux"))]
    let applied: tauri::Result<()> = {
        let _ = window;
        Ok(())
    };
    if let Err(error) = applied {
        tracing::warn!(%error, "the window keeps WebKit's default drawing");
    }
}
