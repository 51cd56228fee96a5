//! ERP traffic at scale, against the vendor simulators slowed to a real ERP's pace (50 ms per
//! answer, 20 requests a second, 429 beyond), each figure beside a per-order baseline measured
//! in the same run:
//!
//! 1. Diagnose 10,000 stuck orders (2,000 SKUs, 3,000 customers) on simulated NetSuite: the
//!    check's bulk reads (master data in pages, orders looked up 500 at a time) against the way
//!    per-order integrations look: each order by its external id, its customer by e-mail and
//!    each line's item by SKU. The baseline runs on a sample and is scaled, since at 20
//!    requests a second it would take over half an hour for all 10,000.
//! 2. Resend 1,000 orders to simulated Business Central (its limits: 20 a second, 5 at once):
//!    the resender (batch lookups, the write, the status from the write's answer) against
//!    look up, create, read back for each order, at the same pace and concurrency.
//!
//! 3. Reconcile 10,000 orders the ERP holds (simulated NetSuite), as every check does for the
//!    orders of the last 60 days: one listing of the ERP's documents in pages against asking
//!    about each order by its id, which is what a per-order status poll does. The baseline
//!    runs on a sample and is scaled.
//!
//! `cargo bench -p osd-session --bench erp_traffic` (release build; about four minutes);
//! `-- reconcile` runs only the third.

// A benchmark stops at its first failure, like a test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use chrono::Utc;
use futures_util::StreamExt;
use osd_connectors::netsuite::{JwtAlgorithm, NetSuiteAuth, NetSuiteClient, NetSuiteConfig};
use osd_connectors::{CallError, ConnectionReport, Erp, OrderPage, OrderQuery, StoreSource};
use osd_doctor::{preflight, MasterIndex};
use osd_model::{FindingCode, Order};
use osd_resend::{Options, Paced};
use osd_session::demo::{self, DemoErp, DemoStore, ErpSimulator, Ports};
use osd_session::{Clock, Selection, Session};
use osd_simulators::demo::{
    Scenario, NETSUITE_ACCOUNT, NETSUITE_CERTIFICATE_ID, NETSUITE_CLIENT_ID,
};
use osd_simulators::netsuite::{Customer, Item};
use osd_store::{Db, Mappings, Outcome};

const LATENCY_MS: u64 = 50;
const RATE: u32 = 20;
const DIAGNOSE_ORDERS: usize = 10_000;
const SKUS: usize = 2_000;
const CUSTOMERS: usize = 3_000;
/// SKUs the orders sell that the ERP does not have: the root cause the check must find.
const MISSING_SKUS: usize = 7;
const DIAGNOSE_BASELINE_SAMPLE: usize = 200;
const RESEND_ORDERS: usize = 1_000;
const RESEND_BASELINE_SAMPLE: usize = 250;
const RECONCILE_ORDERS: usize = 10_000;
const RECONCILE_BASELINE_SAMPLE: usize = 200;

/// The store side is not what is measured: the orders are in the database already.
struct NoNewOrders;

#[async_trait]
impl StoreSource for NoNewOrders {
    fn system(&self) -> &'static str {
        "Shopify"
    }
    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        Ok(ConnectionReport {
            detail: "benchmark".into(),
            credential_expires: None,
        })
    }
    async fn list_orders(&self, _: &OrderQuery) -> Result<OrderPage, CallError> {
        Ok(OrderPage::default())
    }
}

fn sku(n: usize) -> String {
    format!("BENCH-{n:05}")
}

fn email(n: usize) -> String {
    format!("buyer{n:05}@example.com")
}

/// `count` orders shaped like the demo's good ones, selling `SKUS` products to `CUSTOMERS`
/// customers; ids start at `first` so two sets never share an external id.
fn orders(template: &Order, first: usize, count: usize) -> Vec<Order> {
    (first..first + count)
        .map(|n| {
            let mut o = template.clone();
            o.store_id = format!("gid://shopify/Order/{}", 8_000_000_000u64 + n as u64);
            o.name = format!("#B{n}");
            o.customer.email = Some(email(n % CUSTOMERS));
            o.customer.name = format!("Buyer {}", n % CUSTOMERS);
            for (l, line) in o.lines.iter_mut().enumerate() {
                line.sku = Some(sku((n * 3 + l) % SKUS));
            }
            o
        })
        .collect()
}

fn per_order(requests: u64, orders: usize) -> f64 {
    requests as f64 / orders as f64
}

async fn demo_world(erp: DemoErp, backlog: usize) -> (demo::Demo, demo::DemoCredentials, Order) {
    let clock: Clock = Arc::new(Utc::now);
    let (demo, credentials) =
        demo::start_simulators(&clock, Ports::default(), DemoStore::Csv, erp, backlog)
            .await
            .unwrap();
    let template = demo
        .world
        .orders
        .iter()
        .find(|o| o.scenario == Scenario::NeverSent)
        .expect("a backlog order")
        .shop
        .order
        .clone();
    (demo, credentials, template)
}

/// A session over a fresh database holding `orders`, connected to the demo's ERP, which is
/// then slowed to a real ERP's pace.
async fn slowed_session(
    dir: &tempfile::TempDir,
    demo: &demo::Demo,
    credentials: &demo::DemoCredentials,
    orders: &[Order],
) -> Session {
    let db = Db::open(&dir.path().join("bench.db")).await.unwrap();
    for page in orders.chunks(250) {
        db.upsert_orders(page).await.unwrap();
    }
    let clock: Clock = Arc::new(Utc::now);
    let session = Session::new(
        db,
        Box::new(NoNewOrders),
        demo.erp_client(&credentials.erp_secret).unwrap(),
        clock,
    );
    demo.erp.arm(|f| {
        f.latency_ms = LATENCY_MS;
        f.rate_limit_per_sec = Some(RATE);
    });
    session
}

async fn diagnose() {
    let (demo, credentials, template) = demo_world(DemoErp::NetSuite, 1).await;
    let ErpSimulator::NetSuite(netsuite) = &demo.erp else {
        unreachable!("started NetSuite")
    };
    netsuite.update(|s| {
        s.account.items.extend((MISSING_SKUS..SKUS).map(|i| Item {
            id: (100_000 + i).to_string(),
            sku: sku(i),
            inactive: false,
        }));
        s.account.customers.extend((0..CUSTOMERS).map(|c| Customer {
            id: (200_000 + c).to_string(),
            entity_id: format!("BENCH{c:05}"),
            email: email(c),
            company: format!("Buyer {c}"),
        }));
    });
    let stuck = orders(&template, 0, DIAGNOSE_ORDERS);
    let dir = tempfile::tempdir().unwrap();
    let session = slowed_session(&dir, &demo, &credentials, &stuck).await;

    let before = demo.erp.requests();
    let started = Instant::now();
    let report = session.check().await.unwrap();
    let ours = started.elapsed();
    let ours_requests = demo.erp.requests() - before;
    let missing: usize = report
        .findings()
        .filter(|f| f.code == FindingCode::SkuNotFound)
        .map(|f| f.orders.len())
        .sum();
    assert!(
        missing > 0,
        "the check found the orders waiting on missing SKUs"
    );

    // The baseline: every order asks about itself.
    let client = NetSuiteClient::new(NetSuiteConfig {
        base_url: netsuite.base_url(),
        account_id: NETSUITE_ACCOUNT.into(),
        auth: NetSuiteAuth::ClientCredentials {
            client_id: NETSUITE_CLIENT_ID.into(),
            certificate_id: NETSUITE_CERTIFICATE_ID.into(),
            private_key_pem: credentials.erp_secret.clone(),
            algorithm: JwtAlgorithm::Es256,
            certificate_expires: None,
        },
        timeout: Duration::from_secs(30),
        max_concurrency: 5,
    })
    .unwrap();
    let sample = &stuck[..DIAGNOSE_BASELINE_SAMPLE];
    let before = demo.erp.requests();
    let started = Instant::now();
    let mut skus_found = 0;
    for order in sample {
        let external_id = order.external_id();
        retry_429(|| client.find_order(&external_id)).await;
        let email = order.customer.email.clone().unwrap_or_default();
        let query = format!(
            "SELECT id FROM customer WHERE email = '{}'",
            email.replace('\'', "''")
        );
        retry_429(|| client.suiteql(&query)).await;
        let skus: BTreeSet<String> = order.lines.iter().filter_map(|l| l.sku.clone()).collect();
        for sku in skus {
            let query = format!(
                "SELECT id, isinactive FROM item WHERE itemid = '{}'",
                sku.replace('\'', "''")
            );
            let rows = retry_429(|| client.suiteql(&query)).await;
            skus_found += rows.len();
        }
    }
    let baseline = started.elapsed();
    let baseline_requests = demo.erp.requests() - before;
    assert!(skus_found > 0, "the per-order lookups found items");
    let scale = DIAGNOSE_ORDERS as f64 / sample.len() as f64;
    let baseline_all = baseline.mul_f64(scale);

    println!("Diagnose {DIAGNOSE_ORDERS} stuck orders ({SKUS} SKUs, {CUSTOMERS} customers), simulated NetSuite at {LATENCY_MS} ms and {RATE} requests/s:");
    println!(
        "  bulk reads:       {ours_requests} ERP requests ({:.4} per order), {:.2} s; {missing} orders found waiting on missing SKUs",
        per_order(ours_requests, DIAGNOSE_ORDERS),
        ours.as_secs_f64()
    );
    println!(
        "  per-order lookup: {baseline_requests} requests for {} orders ({:.2} per order), {:.1} s; scaled to {DIAGNOSE_ORDERS}: {:.0} s",
        sample.len(),
        per_order(baseline_requests, sample.len()),
        baseline.as_secs_f64(),
        baseline_all.as_secs_f64()
    );
    println!(
        "  ratio: {:.0}x fewer requests per order, {:.0}x less time (targets: <= 0.01 requests per order, <= 10 s)",
        per_order(baseline_requests, sample.len()) / per_order(ours_requests, DIAGNOSE_ORDERS),
        baseline_all.as_secs_f64() / ours.as_secs_f64()
    );
}

/// A call made again after the ERP's 429, as any integration must.
async fn retry_429<T, F, Fut>(call: F) -> T
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<T, CallError>>,
{
    loop {
        match call().await {
            Ok(answer) => return answer,
            Err(e) if e.code == FindingCode::RateLimited => {
                tokio::time::sleep(e.retry_after.unwrap_or(Duration::from_secs(1))).await
            }
            Err(e) => panic!("{}: {}", e.summary, e.raw),
        }
    }
}

async fn resend() {
    let (demo, credentials, _) = demo_world(
        DemoErp::BusinessCentral,
        RESEND_ORDERS + RESEND_BASELINE_SAMPLE,
    )
    .await;
    // The backlog the demo appends to its world: good orders for its catalogue and customers.
    let world = &demo.world.orders;
    let backlog: Vec<Order> = world[world.len() - (RESEND_ORDERS + RESEND_BASELINE_SAMPLE)..]
        .iter()
        .map(|o| o.shop.order.clone())
        .collect();
    let (ours, theirs) = backlog.split_at(RESEND_ORDERS);
    let dir = tempfile::tempdir().unwrap();
    let session = slowed_session(&dir, &demo, &credentials, ours).await;
    // Let the limit's window start afresh.
    tokio::time::sleep(Duration::from_secs(1)).await;

    let before = (demo.erp.requests(), demo.erp.rate_limited());
    let started = Instant::now();
    let results = session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();
    let elapsed = started.elapsed();
    let requests = demo.erp.requests() - before.0;
    let refused = demo.erp.rate_limited() - before.1;
    let created = results
        .iter()
        .filter(|r| r.outcome == Outcome::Created && r.verified.is_some_and(|v| v.is_live()))
        .count();
    assert_eq!(created, RESEND_ORDERS, "every order created and verified");
    let held = demo.erp.orders();
    let distinct: BTreeSet<&str> = held.iter().map(|o| o.external_id.as_str()).collect();
    assert_eq!(distinct.len(), held.len(), "no duplicate in the ERP");

    // The baseline: look up, create, read back, each order on its own, same pace and
    // concurrency.
    let erp = demo.erp_client(&credentials.erp_secret).unwrap();
    let pace = erp.pace();
    let paced = Paced::new(erp.as_ref(), pace.per_second);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let base_before = (demo.erp.requests(), demo.erp.rate_limited());
    let started = Instant::now();
    let index = MasterIndex::new(paced.load_master_data().await.unwrap());
    let mappings = Mappings::default();
    let drafts: Vec<_> = theirs
        .iter()
        .map(|o| preflight(o, &index, &mappings).draft)
        .collect();
    let verified = futures_util::stream::iter(drafts.iter())
        .map(|draft| {
            let paced = &paced;
            async move {
                if paced
                    .find_order(&draft.external_id)
                    .await
                    .unwrap()
                    .is_some()
                {
                    return false;
                }
                let id = paced.create_order(draft).await.unwrap();
                paced.order_status(&id).await.unwrap().state.is_live()
            }
        })
        .buffer_unordered(pace.concurrency)
        .filter(|live| std::future::ready(*live))
        .count()
        .await;
    let base_elapsed = started.elapsed();
    let base_requests = demo.erp.requests() - base_before.0;
    let base_refused = demo.erp.rate_limited() - base_before.1;
    assert_eq!(verified, theirs.len());

    let rate = |requests: u64, orders: usize, elapsed: Duration| {
        let per_order = per_order(requests, orders);
        let orders_per_s = orders as f64 / elapsed.as_secs_f64();
        // What the limit allows at this many requests per order.
        let allowed = f64::from(RATE) / per_order;
        (per_order, orders_per_s, orders_per_s / allowed)
    };
    let (ours_per_order, ours_rate, ours_share) = rate(requests, RESEND_ORDERS, elapsed);
    let (base_per_order, base_rate, base_share) = rate(base_requests, theirs.len(), base_elapsed);
    println!("Resend {RESEND_ORDERS} orders, simulated Business Central at {LATENCY_MS} ms, {RATE} requests/s and {} at once:", pace.concurrency);
    println!(
        "  resender:  {:.1} s, {ours_rate:.1} orders/s = {:.0} % of what {RATE} requests/s allow at {ours_per_order:.2} requests per order; 429 answers: {refused} ({:.2} %)",
        elapsed.as_secs_f64(),
        ours_share * 100.0,
        refused as f64 * 100.0 / requests as f64
    );
    println!(
        "  per-order: {} orders in {:.1} s, {base_rate:.1} orders/s = {:.0} % of the limit at {base_per_order:.2} requests per order; 429 answers: {base_refused}",
        theirs.len(),
        base_elapsed.as_secs_f64(),
        base_share * 100.0
    );
    println!(
        "  ratio: {:.2}x the orders per second, {:.2}x fewer requests per order (targets: >= 90 %, <= 2 requests per order, <= 1 % answered 429)",
        ours_rate / base_rate,
        base_per_order / ours_per_order
    );
}

async fn reconcile() {
    let (demo, credentials, template) = demo_world(DemoErp::NetSuite, 1).await;
    let ErpSimulator::NetSuite(netsuite) = &demo.erp else {
        unreachable!("started NetSuite")
    };
    // Orders of two days ago, inside the window every check reconciles, each held in NetSuite
    // under its external id with its lines, as the resender writes it.
    let day = Utc::now() - chrono::Days::new(2);
    let mut held = orders(&template, 0, RECONCILE_ORDERS);
    for order in &mut held {
        order.created_at = day;
    }
    let (customer, currency, item) = netsuite
        .update(|s| {
            (
                s.account.customers[0].id.clone(),
                s.account.currencies[0].id.clone(),
                s.account.items[0].id.clone(),
            )
        })
        .unwrap();
    for order in &held {
        netsuite.insert_sales_order(
            &order.external_id(),
            serde_json::json!({
                "tranDate": day.format("%Y-%m-%d").to_string(),
                "entity": { "id": customer },
                "currency": { "id": currency },
                "item": { "items": [
                    { "item": { "id": item }, "quantity": 2, "rate": 24 },
                    { "item": { "id": item }, "quantity": 1, "rate": 12 },
                ] },
            }),
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let session = slowed_session(&dir, &demo, &credentials, &held).await;
    // The first refresh finds them in NetSuite; what is measured is every later check.
    session.refresh().await.unwrap();

    let before = demo.erp.requests();
    let started = Instant::now();
    let summary = session.refresh().await.unwrap();
    let ours = started.elapsed();
    let ours_requests = demo.erp.requests() - before;
    let reconciled = summary.reconciliation.expect("NetSuite listed its orders");
    use osd_doctor::reconcile::Standing;
    let standings = [
        Standing::InBoth,
        Standing::TotalsDiffer,
        Standing::Duplicated,
        Standing::StoreOnly,
        Standing::ErpOnly,
    ]
    .map(|s| (s, reconciled.count(s)));
    // Found in NetSuite: in both, with the same total or not (the bench's documents are not
    // priced like the store's orders).
    let in_both = reconciled.count(Standing::InBoth) + reconciled.count(Standing::TotalsDiffer);
    assert_eq!(
        in_both, RECONCILE_ORDERS,
        "every order is found in NetSuite: {standings:?}"
    );

    // The baseline: each order asked about by its id.
    let client = session.erp.as_ref();
    let sample = &held[..RECONCILE_BASELINE_SAMPLE];
    let before = demo.erp.requests();
    let started = Instant::now();
    for order in sample {
        let external_id = order.external_id();
        let found = retry_429(|| client.find_orders(std::slice::from_ref(&external_id))).await;
        assert_eq!(found.len(), 1);
    }
    let baseline = started.elapsed();
    let baseline_requests = demo.erp.requests() - before;
    let scale = RECONCILE_ORDERS as f64 / sample.len() as f64;

    println!("Reconcile {RECONCILE_ORDERS} orders NetSuite holds (2 lines each), simulated NetSuite at {LATENCY_MS} ms and {RATE} requests/s:");
    println!(
        "  one listing:      {ours_requests} ERP requests ({:.4} per order), {:.2} s; {in_both} found in both",
        per_order(ours_requests, RECONCILE_ORDERS),
        ours.as_secs_f64()
    );
    println!(
        "  per-order lookup: {baseline_requests} requests for {} orders ({:.2} per order), {:.1} s; scaled to {RECONCILE_ORDERS}: {:.0} s",
        sample.len(),
        per_order(baseline_requests, sample.len()),
        baseline.as_secs_f64(),
        baseline.mul_f64(scale).as_secs_f64()
    );
    println!(
        "  ratio: {:.0}x fewer requests per order, {:.0}x less time",
        per_order(baseline_requests, sample.len()) / per_order(ours_requests, RECONCILE_ORDERS),
        baseline.mul_f64(scale).as_secs_f64() / ours.as_secs_f64()
    );
}

/// `-- reconcile` (or `diagnose`, `resend`) runs one part; no name runs them all.
#[tokio::main]
async fn main() {
    let chosen: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let runs = |part: &str| chosen.is_empty() || chosen.iter().any(|c| c == part);
    if runs("diagnose") {
        diagnose().await;
    }
    if runs("resend") {
        resend().await;
    }
    if runs("reconcile") {
        reconcile().await;
    }
}
