//! A first pull of 10,000 Shopify orders under the standard plan's cost bucket (2,000 points,
//! 100 restored a second; the simulator enforces requested and actual cost and answers
//! `THROTTLED`): through a bulk export, against the same pull page by page, measured in the
//! same run. The paged pull costs about four seconds of the bucket a page of 12 orders, so it
//! runs on a sample and is scaled (its cost is linear: every page asks the same).
//!
//! `cargo bench -p osd-session --bench store_pull` (release build; about three minutes).

// A benchmark stops at its first failure, like a test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Instant;

use async_trait::async_trait;
use chrono::Utc;
use osd_connectors::{CallError, ConnectionReport, OrderPage, OrderQuery, StoreSource};
use osd_session::demo::{self, DemoErp, DemoStore, Ports, StoreSimulator};
use osd_session::{Clock, Session};
use osd_store::Db;

const ORDERS: usize = 10_000;
const BASELINE_SAMPLE: usize = 240;
/// The Standard plan's bucket, full when a pull starts.
const STANDARD_BUCKET: f64 = 2_000.0;
/// The demo's own orders come with every store.
const DEMO_ORDERS: usize = 200;
/// Objects (orders and their lines) Shopify writes a second while exporting. Shopify does not
/// publish it; the figure is run at two speeds to show what it weighs.
const EXPORT_SPEEDS: [f64; 2] = [50_000.0, 1_000.0];

/// The same store with its export hidden: the pull goes page by page.
struct PagesOnly(Box<dyn StoreSource>);

#[async_trait]
impl StoreSource for PagesOnly {
    fn system(&self) -> &'static str {
        self.0.system()
    }
    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        self.0.test_connection().await
    }
    async fn list_orders(&self, query: &OrderQuery) -> Result<OrderPage, CallError> {
        self.0.list_orders(query).await
    }
}

struct Pulled {
    orders: i64,
    requests: u64,
    seconds: f64,
    /// Cost points charged, as a share of what the bucket restores in that time.
    share_of_rate: f64,
}

/// A first pull of a shop holding `orders` orders, into a fresh database.
async fn first_pull(orders: usize, pages_only: bool, export_speed: f64) -> Pulled {
    let clock: Clock = Arc::new(Utc::now);
    let (sims, credentials) = demo::start_simulators(
        &clock,
        Ports::default(),
        DemoStore::Shopify,
        DemoErp::NetSuite,
        orders - DEMO_ORDERS,
    )
    .await
    .unwrap();
    let StoreSimulator::Shopify(shop) = &sims.store else {
        unreachable!("started Shopify")
    };
    // The demo's shop is on Plus; the measure is the Standard plan's bucket.
    shop.on_standard_plan();
    shop.set_export_rate(export_speed);
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("bench.db")).await.unwrap();
    let mut store = sims.store_client(&credentials.store_secret).unwrap();
    if pages_only {
        store = Box::new(PagesOnly(store));
    }
    let session = Session::new(
        db,
        store,
        sims.erp_client(&credentials.erp_secret).unwrap(),
        clock,
    );
    let before = shop.requests();
    let (spent_before, rate) = shop.points_spent();
    let started = Instant::now();
    let summary = session.pull_orders().await.unwrap();
    let seconds = started.elapsed().as_secs_f64();
    assert!(summary.store_error.is_none(), "{:?}", summary.store_error);
    let spent = shop.points_spent().0 - spent_before;
    Pulled {
        orders: session.db.count_orders().await.unwrap(),
        requests: shop.requests() - before,
        seconds,
        // The bucket starts full: what it held is spent without waiting, so it is left out.
        share_of_rate: (spent - STANDARD_BUCKET).max(0.0) / (rate * seconds),
    }
}

#[tokio::main]
async fn main() {
    println!(
        "First pull of {ORDERS} Shopify orders (about 2 lines each), standard plan: 2,000-point bucket, 100 points/s:"
    );
    let mut export_seconds = Vec::new();
    for speed in EXPORT_SPEEDS {
        let export = first_pull(ORDERS, false, speed).await;
        // Test orders are read and skipped; every other order is stored once.
        assert!(
            export.orders as usize > ORDERS - 20,
            "{} stored",
            export.orders
        );
        println!(
            "  export (Shopify writing {speed:.0} objects/s): {} orders stored, {} GraphQL requests, {:.1} s",
            export.orders, export.requests, export.seconds
        );
        export_seconds.push(export.seconds);
    }
    let pages = first_pull(BASELINE_SAMPLE, true, EXPORT_SPEEDS[0]).await;
    let scaled = pages.seconds * ORDERS as f64 / pages.orders as f64;
    println!(
        "  pages:  {} orders in {} GraphQL requests, {:.1} s, using {:.0} % of the 100 points/s the bucket restores (beyond the 2,000 it starts with); scaled to {ORDERS}: {:.0} s ({:.0} min)",
        pages.orders,
        pages.requests,
        pages.seconds,
        pages.share_of_rate * 100.0,
        scaled,
        scaled / 60.0
    );
    println!(
        "  ratio: {:.0}x faster with Shopify at 50,000 objects/s, {:.0}x at 1,000 (target: <= 120 s)",
        scaled / export_seconds[0],
        scaled / export_seconds[1]
    );
}
