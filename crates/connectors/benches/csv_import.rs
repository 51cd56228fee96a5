//! How fast a Shopify order export is read: 10,000 orders (about 20,000 rows), against the
//! floor of reading the same bytes as bare CSV records with the same `csv` crate.
//!
//! `cargo bench -p osd-connectors --bench csv_import`

use std::hint::black_box;
use std::time::{Duration, Instant};

use osd_connectors::shopify_csv::parse;
use osd_simulators::{demo, shopify_export};

const ORDERS: usize = 10_000;
const RUNS: usize = 7;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time(mut work: impl FnMut()) -> Duration {
    work(); // warm-up
    median(
        (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                work();
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let world = demo::build(demo::reference_now());
    let orders: Vec<osd_model::Order> = (0..ORDERS)
        .map(|i| {
            let mut order = world.orders[i % world.orders.len()].shop.order.clone();
            order.name = format!("#{}", 100_000 + i);
            order.store_id = format!("gid://shopify/Order/{}", 7_000_000_000u64 + i as u64);
            order
        })
        .collect();
    let text = shopify_export::to_csv(&orders);
    let bytes = text.as_bytes();

    let baseline = time(|| {
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
        let mut record = csv::ByteRecord::new();
        let mut rows = 0usize;
        while reader.read_byte_record(&mut record).unwrap_or(false) {
            rows += 1;
        }
        black_box(rows);
    });
    let mut loaded = 0;
    let import = time(|| {
        let import = parse(black_box(bytes));
        loaded = import.orders.len();
        black_box(import);
    });
    assert_eq!(loaded, ORDERS, "every order loads");
    let rows = text.lines().count();
    println!(
        "csv_import: {ORDERS} orders, {rows} lines, {:.1} MB",
        bytes.len() as f64 / 1e6
    );
    println!(
        "  baseline (csv crate, bare records): {:>8.1} ms",
        baseline.as_secs_f64() * 1e3
    );
    println!(
        "  shopify_csv::parse (orders):        {:>8.1} ms",
        import.as_secs_f64() * 1e3
    );
    println!(
        "  ratio to baseline: {:.2}x; {:.0} orders/s",
        import.as_secs_f64() / baseline.as_secs_f64(),
        ORDERS as f64 / import.as_secs_f64()
    );
}
