//! Celigo and Make, each through its simulator (`osd_simulators::celigo`, `::make`, which
//! follow the vendors' published APIs and name their sources), in the same flow as the real
//! n8n in `n8n.rs`: orders the tool could not write to Business Central are listed and
//! classified, one remedy and "Retry in Celigo/Make" get them in exactly once, and an order
//! Business Central already holds is not retried (and is marked resolved where the API can).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use osd_connectors::middleware::celigo::{CeligoClient, CeligoConfig};
use osd_connectors::middleware::make::{MakeClient, MakeConfig};
use osd_connectors::middleware::Middleware;
use osd_model::FindingCode;
use osd_session::demo::DemoErp;
use osd_session::middleware_retry::RetryInMiddleware;
use osd_simulators::celigo::CeligoSimulator;
use osd_simulators::integration_flow::flow_step;
use osd_simulators::make::{MakeSimulator, TEAM_ID};
use serde_json::{json, Value};

mod support;

const TOKEN: &str = "f0e1d2c3b4a5968778695a4b3c2d1e0f";

fn celigo(url: url::Url, token: &str) -> Box<dyn Middleware> {
    Box::new(
        CeligoClient::new(CeligoConfig {
            base_url: url,
            token: token.to_string().into(),
            timeout: Duration::from_secs(10),
        })
        .unwrap(),
    )
}

fn make(url: url::Url, token: &str) -> Box<dyn Middleware> {
    Box::new(
        MakeClient::new(MakeConfig {
            base_url: url,
            team_id: TEAM_ID.to_string(),
            token: token.to_string().into(),
            timeout: Duration::from_secs(10),
        })
        .unwrap(),
    )
}

/// A simulated tool: run a record through its flow, or leave a failure as an earlier run did.
trait Tool {
    async fn run(&self, record: Value);
    fn seed(&self, record: Value, error: &str);
    fn client(&self, token: &str) -> Box<dyn Middleware>;
    /// Records whose retry was started.
    fn retries(&self) -> usize;
}

impl Tool for CeligoSimulator {
    async fn run(&self, record: Value) {
        CeligoSimulator::run(self, record).await;
    }
    fn seed(&self, record: Value, error: &str) {
        self.seed_error(record, error);
    }
    fn client(&self, token: &str) -> Box<dyn Middleware> {
        celigo(self.api_url(), token)
    }
    fn retries(&self) -> usize {
        self.update(|s| s.retried.len())
    }
}

impl Tool for MakeSimulator {
    async fn run(&self, record: Value) {
        MakeSimulator::run(self, record).await;
    }
    fn seed(&self, record: Value, error: &str) {
        self.seed_incomplete(record, error);
    }
    fn client(&self, token: &str) -> Box<dyn Middleware> {
        make(self.api_url(), token)
    }
    fn retries(&self) -> usize {
        self.update(|s| s.retried.len())
    }
}

async fn the_issue_flow<T: Tool>(
    start: impl AsyncFnOnce(osd_simulators::integration_flow::FlowStep) -> T,
    system: &str,
    marks_resolved: bool,
) {
    let (_dir, demo, mut session) = support::start_with(DemoErp::BusinessCentral).await;
    let (sku, waiting) = support::orders_waiting_on_one_item(&session, 2).await;
    let mut held = None;
    for stored in session.db.all_orders().await.unwrap() {
        if session
            .erp
            .find_order(&stored.external_id)
            .await
            .unwrap()
            .is_some()
        {
            held = Some(stored);
            break;
        }
    }
    let held = held.expect("an order Business Central holds");

    let tool = start(support::business_central_step(&demo)).await;
    for order in &waiting {
        tool.run(support::order_record(order)).await;
    }
    // The held order's run timed out after Business Central had taken it.
    tool.seed(support::order_record(&held), "504 Gateway Time-out");
    session.middleware = Some(tool.client(TOKEN));

    let report = session.check().await.unwrap();
    let names: Vec<String> = waiting.iter().map(|o| o.order.name.clone()).collect();
    let finding = report.steps[1]
        .findings
        .iter()
        .find(|f| {
            f.message.starts_with(&format!("In {system}")) && f.key.as_deref() == Some(sku.as_str())
        })
        .unwrap_or_else(|| {
            panic!(
                "{system}'s failures in step 2: {:#?}",
                report.steps[1].findings
            )
        });
    assert_eq!(finding.code, FindingCode::SkuNotFound);
    let mut listed = finding.orders.clone();
    listed.sort();
    let mut expected = names.clone();
    expected.sort();
    assert_eq!(listed, expected, "named as the store names them");
    assert!(finding
        .remedies
        .iter()
        .any(|r| r.id == format!("create-item:{sku}")));
    let step5 = report.steps[4]
        .findings
        .iter()
        .find(|f| f.code == FindingCode::MiddlewareRetryable)
        .expect("step 5 offers the retry");
    assert_eq!(step5.orders.len(), 3, "{:?}", step5.orders);
    assert_eq!(
        step5.remedies[0].label,
        format!("Retry these 3 orders in {system}")
    );

    session
        .apply_remedy(&format!("create-item:{sku}"), |_| {})
        .await
        .unwrap();
    let done = session
        .apply_remedy("retry-in-middleware:all", |_| {})
        .await
        .unwrap();
    assert_eq!(done.retried.len(), 3, "{:?}", done.retried);
    for result in &done.retried {
        match result {
            RetryInMiddleware::Retried {
                order,
                succeeded,
                in_erp,
                ..
            } => {
                assert!(names.contains(order) && *succeeded && *in_erp, "{result:?}")
            }
            RetryInMiddleware::AlreadyInErp {
                order,
                marked_resolved,
                ..
            } => {
                assert_eq!(order, &held.order.name);
                assert_eq!(*marked_resolved, marks_resolved, "{result:?}");
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(tool.retries(), 2, "the held order was not retried");
    for order in waiting.iter().chain([&held]) {
        assert_eq!(
            support::copies_in_business_central(&demo, &order.external_id),
            1,
            "{} once",
            order.order.name
        );
    }

    // Again: nothing new is retried, nothing is created twice.
    let again = session
        .apply_remedy("retry-in-middleware:all", |_| {})
        .await
        .unwrap();
    assert!(
        again
            .retried
            .iter()
            .all(|r| matches!(r, RetryInMiddleware::AlreadyInErp { .. })),
        "{:?}",
        again.retried
    );
    assert_eq!(tool.retries(), 2);
    for order in waiting.iter().chain([&held]) {
        assert_eq!(
            support::copies_in_business_central(&demo, &order.external_id),
            1
        );
    }
}

#[tokio::test]
async fn celigo_errors_are_explained_and_retried_into_the_erp_exactly_once() {
    the_issue_flow(
        async |step| {
            CeligoSimulator::start(TOKEN, "Shopify orders to Business Central", step)
                .await
                .unwrap()
        },
        "Celigo",
        true,
    )
    .await;
}

#[tokio::test]
async fn make_incomplete_executions_are_explained_and_retried_into_the_erp_exactly_once() {
    the_issue_flow(
        async |step| {
            MakeSimulator::start(TOKEN, "Shopify orders to Business Central", step)
                .await
                .unwrap()
        },
        "Make",
        false,
    )
    .await;
}

fn refusing_step() -> osd_simulators::integration_flow::FlowStep {
    flow_step(|record: Value| async move {
        Err(format!(
            "Item does not exist.  CorrelationId:  {}.",
            record["id"]
        ))
    })
}

#[tokio::test]
async fn a_revoked_token_an_unreachable_tool_and_a_run_without_an_order_are_named() {
    let nowhere = url::Url::parse("http://127.0.0.1:9/").unwrap();
    for client in [celigo(nowhere.clone(), TOKEN), make(nowhere.clone(), TOKEN)] {
        let error = client.test_connection().await.unwrap_err();
        assert_eq!(error.code, FindingCode::MiddlewareUnreachable, "{error:?}");
    }
    let celigo_sim = CeligoSimulator::start(TOKEN, "Orders", refusing_step())
        .await
        .unwrap();
    let make_sim = MakeSimulator::start(TOKEN, "Orders", refusing_step())
        .await
        .unwrap();
    for tool in [&celigo_sim as &dyn ToolDyn, &make_sim] {
        let error = tool.client_dyn("revoked").failures().await.unwrap_err();
        assert_eq!(error.code, FindingCode::MiddlewareAuthFailed, "{error:?}");
        assert!(error.detail().contains("401") || !error.raw.is_empty());
    }
    // A record with no reference at all: listed, without an order, never guessed.
    celigo_sim.run(json!({ "note": "no reference" })).await;
    make_sim.run(json!({ "note": "no reference" })).await;
    for tool in [&celigo_sim as &dyn ToolDyn, &make_sim] {
        let failures = tool.client_dyn(TOKEN).failures().await.unwrap();
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].order, None);
        assert!(failures[0].error.starts_with("Item does not exist."));
    }
}

/// `Tool` as a trait object, for the checks that need no flow.
trait ToolDyn {
    fn client_dyn(&self, token: &str) -> Box<dyn Middleware>;
}
impl ToolDyn for CeligoSimulator {
    fn client_dyn(&self, token: &str) -> Box<dyn Middleware> {
        celigo(self.api_url(), token)
    }
}
impl ToolDyn for MakeSimulator {
    fn client_dyn(&self, token: &str) -> Box<dyn Middleware> {
        make(self.api_url(), token)
    }
}

#[tokio::test]
async fn a_huge_error_is_kept_short_and_still_classified() {
    let huge = flow_step(|_record: Value| async move {
        Err(format!(
            "The Item does not exist. Identification fields and values: No.='MUG-RED' {}",
            "x".repeat(1 << 20)
        ))
    });
    let celigo_sim = CeligoSimulator::start(TOKEN, "Orders", huge.clone())
        .await
        .unwrap();
    let make_sim = MakeSimulator::start(TOKEN, "Orders", huge).await.unwrap();
    celigo_sim.run(json!({ "id": 1, "name": "#1" })).await;
    make_sim.run(json!({ "id": 1, "name": "#1" })).await;
    for tool in [&celigo_sim as &dyn ToolDyn, &make_sim] {
        let failures = tool.client_dyn(TOKEN).failures().await.unwrap();
        assert!(failures[0].error.chars().count() <= 4_000);
        let verdict = osd_doctor::error_text::classify_text(&failures[0].error);
        assert_eq!(
            (verdict.code, verdict.key.as_deref()),
            (FindingCode::SkuNotFound, Some("MUG-RED"))
        );
    }
}

#[tokio::test]
async fn every_page_of_celigo_errors_is_read_and_a_slow_down_is_named() {
    let sim = CeligoSimulator::start(TOKEN, "Orders", refusing_step())
        .await
        .unwrap();
    let total = osd_simulators::celigo::PAGE * 2 + 7;
    for n in 0..total {
        sim.run(json!({ "id": 7_000 + n, "name": format!("#{}", 7_000 + n) }))
            .await;
    }
    let client = celigo(sim.api_url(), TOKEN);
    let failures = client.failures().await.unwrap();
    assert_eq!(failures.len(), total);
    let mut orders: Vec<_> = failures.iter().filter_map(|f| f.order.clone()).collect();
    orders.dedup();
    assert_eq!(orders.len(), total, "no page read twice or skipped");

    sim.update(|s| s.rate_limit_once = true);
    let error = client.failures().await.unwrap_err();
    assert_eq!(error.code, FindingCode::RateLimited, "{error:?}");
    assert_eq!(
        client.failures().await.unwrap().len(),
        total,
        "nothing lost"
    );
}
