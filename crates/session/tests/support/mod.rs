//! What the demo tests share: a fresh demo (Shopify and, unless asked otherwise, NetSuite)
//! in a folder of its own.

use std::sync::Arc;

use osd_session::demo;

pub async fn start() -> (tempfile::TempDir, demo::Demo, osd_session::Session) {
    start_with(demo::DemoErp::NetSuite).await
}

#[allow(dead_code)] // Not every test file uses every ERP.
pub async fn start_with(
    erp: demo::DemoErp,
) -> (tempfile::TempDir, demo::Demo, osd_session::Session) {
    let dir = tempfile::tempdir().unwrap();
    let (demo, session) = demo::start(
        &dir.path().join("demo.sqlite"),
        Arc::new(chrono::Utc::now),
        demo::DemoStore::Shopify,
        erp,
    )
    .await
    .unwrap();
    (dir, demo, session)
}
