//! The vendors' own machine-readable artifacts (Shopify's introspection schemas, SAP's Service
//! Layer `$metadata`, Business Central's API page facts), for conformance tests. They live in
//! `shared/vendor-specs/` beside the checkout and are read where they are, never copied into the
//! project: a test that pins a wire fact against them fails when either side moves.

use std::io::Read;
use std::path::PathBuf;

/// `SYNC_DOCTOR_VENDOR_SPECS` when set, else `../shared/vendor-specs` next to the checkout.
pub fn folder() -> PathBuf {
    match std::env::var_os("SYNC_DOCTOR_VENDOR_SPECS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vendor-specs"),
    }
}

/// One artifact as text, gunzipped when its name ends in `.gz`.
pub fn read(relative: &str) -> std::io::Result<String> {
    let path = folder().join(relative);
    let bytes = std::fs::read(&path).map_err(|e| {
        std::io::Error::new(
            e.kind(),
            format!(
                "vendor artifact {} is not readable ({e}); set SYNC_DOCTOR_VENDOR_SPECS to the vendor-specs folder",
                path.display()
            ),
        )
    })?;
    if !relative.ends_with(".gz") {
        return String::from_utf8(bytes)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e));
    }
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes.as_slice()).read_to_string(&mut text)?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_listed_artifact_is_readable() {
        for name in [
            "business_central/api_v2_pages.json",
            "sap_b1/SAPB1-service-layer-v2.edmx.gz",
            "shopify/admin_2025-10.json.gz",
            "shopify/admin_2026-07.json.gz",
        ] {
            let text = super::read(name).unwrap_or_else(|e| panic!("{e}"));
            assert!(text.len() > 10_000, "{name} is only {} bytes", text.len());
        }
    }
}
