fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&["painted"]);
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
