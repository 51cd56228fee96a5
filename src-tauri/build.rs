fn main() {
    // The app's own commands go through Tauri's permission system like plugin commands do,
    // so a capability file must grant each one.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "run_check",
        "last_check",
        "preview_remedy",
        "apply_remedy",
        "undo_change",
        "fix_plan",
        "preview_plan",
        "apply_plan",
        "orders_page",
        "resend_orders",
        "activity",
        "reconcile",
        "export_reconciliation",
        "connections",
        "test_connection",
        "save_connection",
        "remove_middleware",
        "use_demo",
        "settings",
        "save_settings",
        "send_test_alert",
        "start_at_login",
        "set_start_at_login",
        "pause_monitoring",
        "start_sign_in",
        "finish_sign_in",
        "cancel_sign_in",
        "app_info",
        "export_report",
        "ui_rendered",
        "ui_interactive",
        "update_status",
        "check_for_update",
        "install_update",
    ]);
    if let Err(error) =
        tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
    {
        // Build scripts report failure by panicking; there is no other channel.
        #[allow(clippy::panic)]
        {
            panic!("tauri build failed: {error:#}");
        }
    }
}
