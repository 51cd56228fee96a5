//! The order database at scale: ingest 100,000 orders the way a pull does (pages of 250, one
//! transaction each), then fetch the first page of orders waiting to be sent, as the app's
//! step 5 and Orders screen do. Each figure is printed with its floor measured in the same
//! run: the same JSON written to a bare SQLite table (key + blob, same pragmas) and the first
//! page read from it.
//!
//! `cargo bench -p osd-store --bench ingest`

// A benchmark stops at its first failure, like a test.
#![allow(clippy::unwrap_used)]

use std::hint::black_box;
use std::str::FromStr;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use osd_model::{Customer, Decimal, LineItem, Order};
use osd_store::{Db, OrderFilter, SyncState};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection};

const ORDERS: usize = 100_000;
const PAGE: usize = 250;
const WAITING_EVERY: usize = 10;
const RUNS: usize = 7;

fn order(n: usize) -> Order {
    Order {
        store_id: format!("gid://shopify/Order/{}", 7_000_000_000u64 + n as u64),
        name: format!("#{}", 100_000 + n),
        source: "shopify".into(),
        created_at: Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap()
            + chrono::Duration::seconds(n as i64 * 17),
        currency: "USD".into(),
        customer: Customer {
            name: format!("Customer {}", n % 3_000),
            email: Some(format!("c{}@example.com", n % 3_000)),
            guest: false,
        },
        billing: None,
        shipping: None,
        lines: (0..3)
            .map(|l| LineItem {
                sku: Some(format!("SKU-{}", (n + l) % 2_000)),
                title: "Linen shirt".into(),
                quantity: Decimal::ONE,
                unit_price: Decimal::new(2_999, 2),
                tax_lines: vec![],
                unit: None,
            })
            .collect(),
        tax_lines: vec![],
        taxes_included: false,
        shipping_total: Decimal::ZERO,
        discount_total: Decimal::ZERO,
        subtotal: Decimal::new(8_997, 2),
        total_tax: Decimal::ZERO,
        total: Decimal::new(8_997, 2),
        note: None,
        presentment_currency: None,
        store_status: None,
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1_000.0
}

#[tokio::main]
async fn main() {
    let orders: Vec<Order> = (0..ORDERS).map(order).collect();
    let dir = tempfile::tempdir().unwrap();

    // The floor: the same JSON into a bare key/blob table indexed by date, same pages, same
    // pragmas.
    let mut bare = SqliteConnectOptions::from_str("sqlite:")
        .unwrap()
        .filename(dir.path().join("bare.sqlite"))
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .connect()
        .await
        .unwrap();
    sqlx::query(
        "CREATE TABLE orders (external_id TEXT PRIMARY KEY, created_at TEXT, order_json TEXT)",
    )
    .execute(&mut bare)
    .await
    .unwrap();
    sqlx::query("CREATE INDEX bare_by_date ON orders (created_at)")
        .execute(&mut bare)
        .await
        .unwrap();
    let start = Instant::now();
    for page in orders.chunks(PAGE) {
        let mut tx = bare.begin().await.unwrap();
        // Many rows per statement, as the store does.
        for chunk in page.chunks(100) {
            let sql = format!(
                "INSERT INTO orders VALUES {}",
                vec!["(?, ?, ?)"; chunk.len()].join(", ")
            );
            let mut query = sqlx::query(&sql);
            for o in chunk {
                query = query
                    .bind(o.external_id())
                    .bind(o.created_at.to_rfc3339())
                    .bind(serde_json::to_string(o).unwrap());
            }
            query.execute(&mut *tx).await.unwrap();
        }
        tx.commit().await.unwrap();
    }
    let bare_ingest = start.elapsed();

    let db = Db::open(&dir.path().join("orders.sqlite")).await.unwrap();
    let start = Instant::now();
    for page in orders.chunks(PAGE) {
        db.upsert_orders(page).await.unwrap();
    }
    let ingest = start.elapsed();

    // One order in ten waits to be sent (a failed write); the rest are in the ERP.
    for (i, o) in orders.iter().enumerate() {
        if i % WAITING_EVERY != 0 {
            db.mark_in_erp(&o.external_id(), "1", "Pending Fulfillment", true)
                .await
                .unwrap();
        } else {
            db.set_state(&o.external_id(), SyncState::Failed, None)
                .await
                .unwrap();
        }
    }

    let waiting = OrderFilter {
        only_waiting: true,
        ..OrderFilter::default()
    };
    let mut total = 0;
    let mut samples = Vec::with_capacity(RUNS + 1);
    for _ in 0..=RUNS {
        let start = Instant::now();
        let (count, rows) = db.orders_page(&waiting, 0, 50).await.unwrap();
        samples.push(start.elapsed());
        total = count;
        black_box(rows);
    }
    samples.remove(0); // warm-up
    let page = median(samples);

    let mut samples = Vec::new();
    for _ in 0..=RUNS {
        let start = Instant::now();
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT external_id, order_json FROM orders ORDER BY created_at DESC LIMIT 50",
        )
        .fetch_all(&mut bare)
        .await
        .unwrap();
        samples.push(start.elapsed());
        black_box(rows);
    }
    samples.remove(0);
    let bare_page = median(samples);

    println!("store: ingest {ORDERS} orders in pages of {PAGE} (one transaction each)");
    println!(
        "  ingest:      {:>8.1} ms  ({:.0} orders/s; {:.2}× the bare key/blob table's {:.1} ms)  target ≤ 2,000 ms",
        ms(ingest),
        ORDERS as f64 / ingest.as_secs_f64(),
        ingest.as_secs_f64() / bare_ingest.as_secs_f64(),
        ms(bare_ingest)
    );
    println!(
        "  first page:  {:>8.2} ms  (50 of {total} waiting orders, with their count; {:.2}× the bare table's first 50 rows, {:.2} ms)  target ≤ 10 ms",
        ms(page),
        page.as_secs_f64() / bare_page.as_secs_f64(),
        ms(bare_page)
    );
}
