//! What the demo tests share: a fresh demo (Shopify and, unless asked otherwise, NetSuite)
//! in a folder of its own.

use std::sync::{Arc, Mutex};

use osd_alerts::{Alert, AlertError, Channel};

use osd_session::demo;

#[allow(dead_code)] // Not every test file starts the plain demo.
pub async fn start() -> (tempfile::TempDir, demo::Demo, osd_session::Session) {
    start_with(demo::DemoErp::NetSuite).await
}

#[allow(dead_code)] // Not every test file uses every ERP.
pub async fn start_with(
    erp: demo::DemoErp,
) -> (tempfile::TempDir, demo::Demo, osd_session::Session) {
    start_demo(demo::DemoStore::Shopify, erp).await
}

/// A fresh demo with this store (and NetSuite).
#[allow(dead_code)] // Not every test file picks its store.
pub async fn start_store(
    store: demo::DemoStore,
) -> (tempfile::TempDir, demo::Demo, osd_session::Session) {
    start_demo(store, demo::DemoErp::NetSuite).await
}

async fn start_demo(
    store: demo::DemoStore,
    erp: demo::DemoErp,
) -> (tempfile::TempDir, demo::Demo, osd_session::Session) {
    let dir = tempfile::tempdir().unwrap();
    let (demo, session) = demo::start(
        &dir.path().join("demo.sqlite"),
        Arc::new(chrono::Utc::now),
        store,
        erp,
    )
    .await
    .unwrap();
    (dir, demo, session)
}

/// A channel that keeps what it was given.
#[allow(dead_code)] // Not every test file records alerts.
#[derive(Clone, Default)]
pub struct Recorder(pub Arc<Mutex<Vec<Alert>>>);

#[async_trait::async_trait]
impl Channel for Recorder {
    fn name(&self) -> &'static str {
        "Recorder"
    }
    async fn send(&self, alert: &Alert) -> Result<(), AlertError> {
        self.0.lock().unwrap().push(alert.clone());
        Ok(())
    }
}

impl Recorder {
    #[allow(dead_code)] // Not every test file reads titles.
    pub fn titles(&self) -> Vec<String> {
        self.0
            .lock()
            .unwrap()
            .iter()
            .map(|a| a.title.clone())
            .collect()
    }
}
