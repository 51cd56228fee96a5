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

/// Orders of a fresh Business Central demo that wait on one item Business Central lacks and
/// on nothing else (so a flow can send them once the item exists), with that item's SKU.
#[allow(dead_code)] // Only the middleware tests use it.
pub async fn orders_waiting_on_one_item(
    session: &osd_session::Session,
    count: usize,
) -> (String, Vec<osd_store::StoredOrder>) {
    let report = session.check().await.unwrap();
    let own = report.steps[1]
        .findings
        .iter()
        .find(|f| {
            f.code == osd_model::FindingCode::SkuNotFound
                && f.remedies.iter().any(|r| r.id.starts_with("create-item:"))
        })
        .expect("the demo has an item the ERP lacks");
    let sku = own.key.clone().unwrap();
    let stored = session.db.find_orders(&own.orders).await.unwrap();
    let only_that: Vec<_> = stored
        .into_iter()
        .filter(|s| {
            report
                .findings()
                .filter(|f| f.severity == osd_model::Severity::Error)
                .filter(|f| f.orders.contains(&s.order.name))
                .count()
                == 1
        })
        .take(count)
        .collect();
    assert_eq!(only_that.len(), count, "{count} orders wait on {sku} alone");
    (sku, only_that)
}

/// An order as a store hands it to an integration tool.
#[allow(dead_code)]
pub fn order_record(stored: &osd_store::StoredOrder) -> serde_json::Value {
    demo::tool_record(&stored.order, &stored.external_id)
}

/// How many sales orders the demo's Business Central holds under this external reference.
#[allow(dead_code)]
pub fn copies_in_business_central(demo: &demo::Demo, external: &str) -> usize {
    let demo::ErpSimulator::BusinessCentral(bc) = &demo.erp else {
        panic!("the demo runs Business Central");
    };
    bc.sales_orders()
        .iter()
        .filter(|o| o.external_document_number.eq_ignore_ascii_case(external))
        .count()
}

/// The user's flow in a simulated Celigo or Make: each order written to the demo's Business
/// Central (`BcSimulator::order_flow_step`).
#[allow(dead_code)]
pub fn business_central_step(demo: &demo::Demo) -> osd_simulators::integration_flow::FlowStep {
    let demo::ErpSimulator::BusinessCentral(bc) = &demo.erp else {
        panic!("the demo runs Business Central");
    };
    bc.order_flow_step()
}
