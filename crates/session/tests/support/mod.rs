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

/// An order as a store's webhook or export hands it to an integration tool: Shopify's REST
/// order fields (`id`, `name`, `line_items`), with the reference the ERP is asked by.
#[allow(dead_code)]
pub fn order_record(stored: &osd_store::StoredOrder) -> serde_json::Value {
    let id = stored
        .order
        .store_id
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .parse::<u64>()
        .unwrap_or_default();
    let lines: Vec<serde_json::Value> = stored
        .order
        .lines
        .iter()
        .map(|l| {
            serde_json::json!({
                "sku": l.sku,
                "quantity": l.quantity.to_string().parse::<f64>().unwrap(),
                "price": l.unit_price.to_string(),
            })
        })
        .collect();
    serde_json::json!({
        "id": id,
        "name": stored.order.name,
        "external_id": stored.external_id,
        "line_items": lines,
    })
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
/// Central as such a flow does it (Entra token, company, a customer, one `POST salesOrders`
/// with its lines), Business Central's refusal as the step's error.
#[allow(dead_code)]
pub fn business_central_step(demo: &demo::Demo) -> osd_simulators::integration_flow::FlowStep {
    let demo::ErpSimulator::BusinessCentral(bc) = &demo.erp else {
        panic!("the demo runs Business Central");
    };
    let (token_url, api) = (bc.token_url(), bc.api_url());
    osd_simulators::integration_flow::flow_step(move |record| {
        let (token_url, api) = (token_url.clone(), api.clone());
        async move {
            let http = reqwest::Client::new();
            let token: serde_json::Value = http
                .post(token_url)
                .form(&[
                    ("grant_type", "client_credentials"),
                    ("client_id", demo::BC_CLIENT_ID),
                    ("client_secret", demo::BC_CLIENT_SECRET),
                    ("scope", demo::BC_SCOPE),
                ])
                .send()
                .await
                .map_err(|e| e.to_string())?
                .json()
                .await
                .map_err(|e| e.to_string())?;
            let bearer = format!(
                "Bearer {}",
                token["access_token"].as_str().unwrap_or_default()
            );
            let get = |url: url::Url| {
                let request = http.get(url).header("authorization", &bearer);
                async move {
                    request
                        .send()
                        .await
                        .map_err(|e| e.to_string())?
                        .json::<serde_json::Value>()
                        .await
                        .map_err(|e| e.to_string())
                }
            };
            let companies = get(api.join("companies").unwrap()).await?;
            let company = api
                .join(&format!(
                    "companies({})/",
                    companies["value"][0]["id"].as_str().unwrap_or_default()
                ))
                .unwrap();
            let customers = get(company.join("customers").unwrap()).await?;
            let customer = customers["value"]
                .as_array()
                .and_then(|all| {
                    all.iter().find(|c| {
                        !["Ship", "Invoice", "All"].contains(&c["blocked"].as_str().unwrap_or(""))
                    })
                })
                .and_then(|c| c["number"].as_str())
                .unwrap_or_default()
                .to_string();
            let lines: Vec<serde_json::Value> = record["line_items"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|l| serde_json::json!({ "lineType": "Item", "lineObjectNumber": l["sku"], "quantity": l["quantity"], "unitPrice": l["price"].as_str().and_then(|p| p.parse::<f64>().ok()) }))
                .collect();
            let answer = http
                .post(company.join("salesOrders").unwrap())
                .header("authorization", &bearer)
                .json(&serde_json::json!({
                    "externalDocumentNumber": record["external_id"],
                    "customerNumber": customer,
                    "salesOrderLines": lines,
                }))
                .send()
                .await
                .map_err(|e| e.to_string())?;
            if answer.status().is_success() {
                return Ok(());
            }
            let body: serde_json::Value = answer.json().await.map_err(|e| e.to_string())?;
            Err(body["error"]["message"]
                .as_str()
                .unwrap_or("refused")
                .to_string())
        }
    })
}
