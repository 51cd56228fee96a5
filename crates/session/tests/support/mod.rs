//! What the demo tests share: a fresh Shopify + NetSuite demo in a folder of its own.

use std::sync::Arc;

use osd_session::demo;

pub async fn start() -> (tempfile::TempDir, demo::Demo, osd_session::Session) {
    let dir = tempfile::tempdir().unwrap();
    let (demo, session) = demo::start(
        &dir.path().join("demo.sqlite"),
        Arc::new(chrono::Utc::now),
        demo::DemoStore::Shopify,
        demo::DemoErp::NetSuite,
    )
    .await
    .unwrap();
    (dir, demo, session)
}
