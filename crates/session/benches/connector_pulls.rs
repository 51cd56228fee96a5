//! Each connector's pull of 10,000 records against its simulator, every simulator answering in
//! 50 ms and held to its vendor's published limits where there are any, beside the fastest
//! pull those limits allow:
//!
//! - stores (WooCommerce, Square): a first pull of 10,000 orders through
//!   `Session::pull_orders`, as the first check makes it (neither has an export, so it goes page
//!   by page). Shopify's paged pull is measured by `store_pull`.
//! - ERPs (NetSuite, Business Central, SAP Business One, Odoo, Tryton): `load_master_data` of an
//!   ERP holding 10,000 items, as every check makes it. NetSuite gets the base tier's 15
//!   requests at once (the demo keeps 5).
//!
//! The fastest pull (the floor) asks for the largest page the API accepts, one page after
//! another where a page needs the previous answer (a cursor, a next link), else as many at
//! once as the vendor allows; every request takes the 50 ms, and no more go out than the
//! published rate lets through. Two shares: the floor against the whole pull, and against its
//! waiting alone (the pull less the same pull at 0 ms, which is the work both sides do with
//! the answers and no pacing removes). Where a vendor publishes no rate or concurrency limit,
//! there is no limit to reach: the pull's throughput and page size are printed instead.
//!
//! `cargo bench -p osd-session --bench connector_pulls` (release build; under a minute once
//! built). Every pull runs in full: none is sampled and scaled.

// A benchmark stops at its first failure, like a test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use osd_connectors::tryton::{TrytonClient, TrytonConfig};
use osd_connectors::Erp;
use osd_session::demo::{self, DemoErp, DemoStore, ErpSimulator, Ports, StoreSimulator};
use osd_session::{Clock, Session};
use osd_simulators::netsuite::Item;
use osd_simulators::odoo::{OdooProduct, OdooTemplate};
use osd_simulators::sap_b1::SapItem;
use osd_simulators::tryton::{TrytonProduct, TrytonSimulator, TrytonTemplate};
use osd_store::Db;

const RECORDS: usize = 10_000;
const LATENCY_MS: u64 = 50;
/// The demo's own orders come with every store.
const DEMO_ORDERS: usize = 200;
/// Business Central's 6,000 requests per five minutes, as the one-second window the
/// simulators count in (the connector's own pacing keeps to the same 20 a second).
const BC_RATE_PER_SECOND: u32 = 20;
/// NetSuite's base tier: 15 requests at once an account.
const NETSUITE_SLOTS: usize = 15;

/// What a vendor publishes about reading a long list, and where.
struct Published {
    /// The largest page the API accepts, with its source; `None`: none is documented.
    largest_page: Option<(u32, &'static str)>,
    /// Each page needs the previous answer, so pages go one after another.
    cursor: bool,
    concurrency: Option<(u32, &'static str)>,
    /// Requests per window.
    rate: Option<(u32, Duration, &'static str)>,
    /// Round trips every pull makes before the records (a token, a login, the company).
    setup_rounds: u32,
    /// Other lists the pull reads besides the records, one request each, needing nothing
    /// from the records' pages.
    other_lists: u32,
    /// Requests each page of records needs after it (Square's catalog and customer lookups);
    /// they run beside the next page, so only the last page's add a round.
    lookups_per_page: u32,
}

/// The fastest pull the published limits allow.
struct Floor {
    requests: u32,
    rounds: u32,
    seconds: f64,
}

impl Published {
    fn floor(&self, records: usize) -> Option<Floor> {
        let (largest, _) = self.largest_page?;
        // A largest page alone bounds nothing a vendor enforces: without a published rate or
        // concurrency there is no limit to reach.
        if self.concurrency.is_none() && self.rate.is_none() {
            return None;
        }
        let pages = (records as u32).div_ceil(largest);
        let at_once = self.concurrency.map_or(u32::MAX, |(c, _)| c);
        let beside_pages = (pages + self.other_lists).div_ceil(at_once);
        let body = if self.cursor {
            pages.max(beside_pages)
        } else {
            // The first page tells how many follow; those then go out together.
            let after_first = (pages - 1).div_ceil(at_once);
            (1 + after_first).max(beside_pages)
        };
        let rounds = self.setup_rounds + body + u32::from(self.lookups_per_page > 0);
        let requests = self.setup_rounds + pages + self.other_lists + pages * self.lookups_per_page;
        let by_latency = f64::from(rounds) * LATENCY_MS as f64 / 1000.0;
        // A window's worth goes out at once; each further window's worth waits for it.
        let by_rate = self.rate.map_or(0.0, |(per, window, _)| {
            f64::from(requests.div_ceil(per).saturating_sub(1)) * window.as_secs_f64()
        });
        Some(Floor {
            requests,
            rounds,
            seconds: by_latency.max(by_rate),
        })
    }
}

struct Pulled {
    records: usize,
    requests: u64,
    seconds: f64,
}

/// One connector's run: what it pulled, how it pages, what its vendor publishes.
struct Run {
    name: &'static str,
    pulled: Pulled,
    /// The same pull with no latency added: the app's and the simulator's own work, which no
    /// page size or concurrency takes away.
    local_seconds: f64,
    /// The page the connector asks for and how it goes from one to the next, with where.
    asks: &'static str,
    published: Published,
}

fn slowed(f: &mut osd_simulators::Faults, latency_ms: u64, rate: Option<u32>) {
    f.latency_ms = latency_ms;
    f.rate_limit_per_sec = rate;
}

fn sku(n: usize) -> String {
    format!("BENCH-{n:05}")
}

/// A first pull of a store holding `RECORDS` orders into a fresh database, as the first check
/// makes it.
async fn first_pull(kind: DemoStore, latency_ms: u64) -> Pulled {
    let clock: Clock = Arc::new(Utc::now);
    let (sims, credentials) = demo::start_simulators(
        &clock,
        Ports::default(),
        kind,
        DemoErp::NetSuite,
        RECORDS - DEMO_ORDERS,
    )
    .await
    .unwrap();
    let requests = || match &sims.store {
        StoreSimulator::WooCommerce(woo) => woo.update(|s| s.requests).unwrap(),
        StoreSimulator::Square(square) => square.update(|s| s.journal.len() as u64).unwrap(),
        _ => unreachable!("a store without an export"),
    };
    match &sims.store {
        StoreSimulator::WooCommerce(woo) => {
            woo.update(|s| slowed(&mut s.faults, latency_ms, None));
        }
        StoreSimulator::Square(square) => {
            square.update(|s| {
                slowed(&mut s.faults, latency_ms, None);
                // The journal is the only count of Square's requests.
                s.keep_journal = true;
            });
        }
        _ => unreachable!("a store without an export"),
    }
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("bench.db")).await.unwrap();
    let session = Session::new(
        db,
        sims.store_client(&credentials.store_secret).unwrap(),
        sims.erp_client(&credentials.erp_secret).unwrap(),
        clock,
    );
    let before = requests();
    let started = Instant::now();
    let summary = session.pull_orders().await.unwrap();
    let seconds = started.elapsed().as_secs_f64();
    assert!(summary.store_error.is_none(), "{:?}", summary.store_error);
    Pulled {
        records: session.db.count_orders().await.unwrap() as usize,
        requests: requests() - before,
        seconds,
    }
}

/// The demo's ERP with its items made up to `RECORDS`, slowed, and its master data loaded.
async fn master_data_load(kind: DemoErp, latency_ms: u64, rate: Option<u32>) -> Pulled {
    let clock: Clock = Arc::new(Utc::now);
    let (sims, credentials) =
        demo::start_simulators(&clock, Ports::default(), DemoStore::Csv, kind, 0)
            .await
            .unwrap();
    match &sims.erp {
        ErpSimulator::NetSuite(netsuite) => netsuite.update(|s| {
            let have = s.account.items.len();
            s.account.items.extend((have..RECORDS).map(|i| Item {
                id: (100_000 + i).to_string(),
                sku: sku(i),
                inactive: false,
            }));
        }),
        ErpSimulator::BusinessCentral(bc) => bc.update(|s| {
            let have = s.items.len();
            s.items.extend((have..RECORDS).map(|i| (sku(i), false)));
            // The demo pages by 100 to show paging; Business Central online sends 20,000.
            s.page_size = 20_000;
        }),
        ErpSimulator::SapB1(sap) => sap.update(|s| {
            let have = s.items.len();
            s.items
                .extend((have..RECORDS).map(|i| SapItem::stocked(&sku(i))));
        }),
        ErpSimulator::Odoo(odoo) => odoo.update(|s| {
            let have = s.products.len();
            for i in have..RECORDS {
                let id = 1_000_000 + i as i64;
                s.templates.push(OdooTemplate {
                    id,
                    name: sku(i),
                    active: true,
                    sale_ok: true,
                });
                s.products.push(OdooProduct {
                    id,
                    template: id,
                    default_code: sku(i),
                    active: true,
                });
            }
        }),
    };
    sims.erp.arm(|f| slowed(f, latency_ms, rate));
    let erp: Box<dyn Erp> = match &sims.erp {
        // The account's whole published concurrency, as a user who gives the app the account
        // sets it (the demo keeps 5 of the 15 for other integrations).
        ErpSimulator::NetSuite(_) => Box::new(
            sims.netsuite_client(&credentials.erp_secret, NETSUITE_SLOTS)
                .unwrap(),
        ),
        _ => sims.erp_client(&credentials.erp_secret).unwrap(),
    };
    let before = sims.erp.requests();
    let started = Instant::now();
    let master = erp.load_master_data().await.unwrap();
    let seconds = started.elapsed().as_secs_f64();
    assert_eq!(master.items.len(), RECORDS, "every item loaded");
    assert_eq!(sims.erp.rate_limited(), 0, "no answer was a 429");
    Pulled {
        records: master.items.len(),
        requests: sims.erp.requests() - before,
        seconds,
    }
}

async fn tryton_master_data_load(latency_ms: u64) -> Pulled {
    let sim = TrytonSimulator::start("pw", 0).await.unwrap();
    sim.update(|s| {
        let have = s.products.len();
        for i in have..RECORDS {
            let id = 1_000_000 + i as i64;
            s.templates.push(TrytonTemplate {
                id,
                name: sku(i),
                active: true,
                salable: true,
            });
            s.products.push(TrytonProduct {
                id,
                template: id,
                code: sku(i),
                active: true,
            });
        }
    });
    sim.update(|s| slowed(&mut s.faults, latency_ms, None));
    let erp = TrytonClient::new(TrytonConfig {
        base_url: sim.base_url(),
        database: "shop".into(),
        username: "admin".into(),
        password: "pw".to_string().into(),
        timeout: Duration::from_secs(30),
    })
    .unwrap();
    let before = sim.update(|s| s.requests).unwrap();
    let started = Instant::now();
    let master = erp.load_master_data().await.unwrap();
    let seconds = started.elapsed().as_secs_f64();
    assert_eq!(master.items.len(), RECORDS, "every item loaded");
    Pulled {
        records: master.items.len(),
        requests: sim.update(|s| s.requests).unwrap() - before,
        seconds,
    }
}

const NETSUITE_CONCURRENCY: &str = "shared/api-fixtures/INDEX.md §3: \"NetSuite enforces account concurrency governance, shared with SOAP and RESTlets (15 on the base tier, +10 per SuiteCloud Plus license)\"; Oracle section_N3448861 (shared/research/erp-sync-landscape.md §4)";
const NETSUITE_PAGE: &str = "shared/research/vendor-audit-2026-12.md: \"SuiteQL: at most 1,000 rows a page and 100,000 results a query\" (Oracle section_157909186990, crates/connectors/src/netsuite/limits.rs SUITEQL_PAGE)";
const BC_PAGE: &str = "shared/api-fixtures/business_central/docs/operational-limits-online.md:133: \"Max page size ... 20,000\"";
const BC_CONCURRENCY: &str =
    "operational-limits-online.md:162: OData \"Max concurrent requests\" per user \"5\"";
const BC_RATE: &str = "operational-limits-online.md:165: \"Speed (rate) ... OData V4 requests ... within a 5-minute sliding window ... 6000\"";
const SQUARE_PAGE: &str = "shared/vendor-specs/square/api.json.gz SearchOrdersRequest.limit: \"Default: `500` Max: `1000`\"; cursor: \"A pagination cursor returned by a previous call\"";
const WOO_PAGE: &str = "woocommerce/woocommerce class-wc-rest-crud-controller.php get_collection_params() 'maximum' => 100 (crates/connectors/src/woocommerce/limits.rs); shared/api-fixtures/woocommerce/wp-api-v3_introduction.md";

/// A pull without latency, then slowed.
async fn timed<F, Fut>(pull: F) -> (Pulled, f64)
where
    F: Fn(u64) -> Fut,
    Fut: std::future::Future<Output = Pulled>,
{
    let local = pull(0).await.seconds;
    (pull(LATENCY_MS).await, local)
}

fn runs_for(pulls: [(Pulled, f64); 7]) -> Vec<Run> {
    let [woo, square, netsuite, bc, sap, odoo, tryton] = pulls;
    vec![
        Run {
            name: "WooCommerce",
            pulled: woo.0,
            local_seconds: woo.1,
            asks: "per_page=100 (osd-session PAGE_SIZE 1000, clamped to woocommerce::limits::MAX_PER_PAGE 100), one page after another: its own cursor (modified_after + exclusions, woocommerce/paging.rs)",
            published: Published {
                largest_page: Some((100, WOO_PAGE)),
                cursor: false,
                concurrency: None,
                rate: None,
                setup_rounds: 0,
                other_lists: 0,
                lookups_per_page: 0,
            },
        },
        Run {
            name: "Square",
            pulled: square.0,
            local_seconds: square.1,
            asks: "limit=1000 (osd-session PAGE_SIZE 1000, within square MAX_LIMIT 1000), one page after another by Square's cursor; after each page, catalog and customer lookups of 100 ids each, four at a time (square LOOKUPS_AT_ONCE)",
            published: Published {
                largest_page: Some((1000, SQUARE_PAGE)),
                cursor: true,
                concurrency: None,
                rate: None,
                // ListLocations.
                setup_rounds: 1,
                other_lists: 0,
                // A catalog batch-retrieve, and the customers of 1,000 orders at 100 a
                // bulk-retrieve (the connector's IDS_PER_LOOKUP, from Square's guides; every
                // demo order has its own customer).
                lookups_per_page: 11,
            },
        },
        Run {
            name: "NetSuite",
            pulled: netsuite.0,
            local_seconds: netsuite.1,
            asks: "SuiteQL limit=1000 (netsuite::limits::SUITEQL_PAGE); the first page of items gives the total, the other pages are asked for together by offset (by key when the table changes meanwhile or passes 100,000); customers, currencies, tax items, periods and units beside them; max_concurrency 15",
            published: Published {
                largest_page: Some((1000, NETSUITE_PAGE)),
                // SuiteQL pages by offset: any page can be asked for once the first told the total.
                cursor: false,
                concurrency: Some((NETSUITE_SLOTS as u32, NETSUITE_CONCURRENCY)),
                rate: None,
                // The OAuth 2.0 token.
                setup_rounds: 1,
                other_lists: 5,
                lookups_per_page: 0,
            },
        },
        Run {
            name: "Business Central",
            pulled: bc.0,
            local_seconds: bc.1,
            asks: "no page-size preference: the server's largest page (20,000 online), following @odata.nextLink; items, customers, currencies, company information, periods, countries and units together, five at a time (the client's pacing)",
            published: Published {
                largest_page: Some((20_000, BC_PAGE)),
                cursor: true,
                concurrency: Some((5, BC_CONCURRENCY)),
                rate: Some((6_000, Duration::from_secs(300), BC_RATE)),
                // The company. (The simulated Entra token endpoint answers at once, uncounted.)
                setup_rounds: 1,
                other_lists: 6,
                lookups_per_page: 0,
            },
        },
        Run {
            name: "SAP Business One",
            pulled: sap.0,
            local_seconds: sap.1,
            asks: "Prefer: odata.maxpagesize=200 (sap_b1/client.rs PAGE_SIZE), following odata.nextLink ($skip) one page after another; then partners, currencies, tax codes, periods, units one after another",
            published: Published {
                largest_page: None,
                cursor: false,
                concurrency: None,
                rate: None,
                setup_rounds: 1,
                other_lists: 5,
                lookups_per_page: 0,
            },
        },
        Run {
            name: "Odoo",
            pulled: odoo.0,
            local_seconds: odoo.1,
            asks: "search_read without a limit: every product in one answer; then archived templates, partners, currencies, taxes, units, lock dates one after another",
            published: Published {
                largest_page: None,
                cursor: false,
                concurrency: None,
                rate: None,
                setup_rounds: 1,
                other_lists: 6,
                lookups_per_page: 0,
            },
        },
        Run {
            name: "Tryton",
            pulled: tryton.0,
            local_seconds: tryton.1,
            asks: "search_read without a limit: every product in one answer; then parties, currencies, taxes, periods, units one after another",
            published: Published {
                largest_page: None,
                cursor: false,
                concurrency: None,
                rate: None,
                setup_rounds: 2,
                other_lists: 5,
                lookups_per_page: 0,
            },
        },
    ]
}

/// Where each vendor that publishes no limit says so, or where the absence was checked.
fn no_limit_source(name: &str) -> &'static str {
    match name {
        "Square" => "shared/vendor-specs/square/api.json.gz: RATE_LIMITED / RATE_LIMIT_ERROR (\"a high number of requests\") with no figure; the largest page is 1000 (SearchOrdersRequest.limit), paged by cursor",
        "WooCommerce" => "shared/api-fixtures/INDEX.md §2: \"Core WooCommerce has no documented rate limit. The host or a WAF may return 429 or 503.\"; page numbers (`page`, `offset`) let pages go out together",
        "SAP Business One" => "shared/api-fixtures/INDEX.md §6: \"Rate limits. None documented.\"; page size: \"default page size 20; change with header Prefer: odata.maxpagesize=50 (or PageSize in conf/b1s.conf)\" (sap_b1/service_layer_guide_examples.json), no maximum",
        "Odoo" => "shared/api-fixtures/INDEX.md §5: \"Rate limits. Odoo has none built in; odoo.sh or a proxy may throttle.\"; search_read sets no maximum on limit (odoo/odoo odoo/models.py, crates/connectors/src/odoo/limits.rs)",
        "Tryton" => "shared/research/erp-sync-landscape.md §4: Tryton \"login rate limiting (RateLimitException)\" only (failed logins, tryton-jsonrpc.md); search_read(domain, offset, limit, ...) takes limit null",
        _ => "",
    }
}

fn print_table(runs: &[Run]) {
    println!(
        "  {:<17} {:>8} {:>9} {:>8} {:>10} {:>11} {:>14}",
        "connector", "records", "requests", "seconds", "records/s", "requests/s", "s at 0 ms"
    );
    for run in runs {
        let p = &run.pulled;
        println!(
            "  {:<17} {:>8} {:>9} {:>8.2} {:>10.0} {:>11.1} {:>14.2}",
            run.name,
            p.records,
            p.requests,
            p.seconds,
            p.records as f64 / p.seconds,
            p.requests as f64 / p.seconds,
            run.local_seconds
        );
    }
}

fn print_limits(run: &Run) {
    let published = &run.published;
    println!("  {}:", run.name);
    println!("    asks for: {}", run.asks);
    match published.largest_page {
        Some((page, source)) => println!("    largest page: {page} ({source})"),
        None => println!("    largest page: none documented"),
    }
    if let Some((at_once, source)) = published.concurrency {
        println!("    concurrency: {at_once} at once ({source})");
    }
    if let Some((per, window, source)) = published.rate {
        println!(
            "    rate: {per} requests per {} s ({source})",
            window.as_secs()
        );
    }
    match published.floor(RECORDS) {
        Some(floor) => {
            println!(
                "    floor: {} requests in {} rounds of {LATENCY_MS} ms = {:.2} s; share = {:.2} / {:.2} s = {:.0} %",
                floor.requests,
                floor.rounds,
                floor.seconds,
                floor.seconds,
                run.pulled.seconds,
                floor.seconds / run.pulled.seconds * 100.0
            );
            // The floor counts waiting only; what the app does with the answers comes on top
            // unless it overlaps the next request.
            let ceiling = floor.seconds / (floor.seconds + run.local_seconds);
            println!(
                "    with the {:.2} s of local work after the floor instead of beside it: {:.0} % at best",
                run.local_seconds,
                ceiling * 100.0
            );
            // What pacing decides: the waiting, once the work both sides do with the answers
            // (the same pull at 0 ms) is set aside.
            let waiting = (run.pulled.seconds - run.local_seconds).max(f64::EPSILON);
            println!(
                "    share of the limit in the waiting: {:.2} / ({:.2} - {:.2}) s = {:.0} %",
                floor.seconds,
                run.pulled.seconds,
                run.local_seconds,
                (floor.seconds / waiting * 100.0).min(100.0)
            );
        }
        None => println!(
            "    no published limit ({}): {:.0} records/s, {:.0} records a request",
            no_limit_source(run.name),
            run.pulled.records as f64 / run.pulled.seconds,
            run.pulled.records as f64 / run.pulled.requests as f64
        ),
    }
}

#[tokio::main]
async fn main() {
    let pulls = [
        timed(|latency| first_pull(DemoStore::WooCommerce, latency)).await,
        timed(|latency| first_pull(DemoStore::Square, latency)).await,
        timed(|latency| master_data_load(DemoErp::NetSuite, latency, None)).await,
        timed(|latency| {
            master_data_load(DemoErp::BusinessCentral, latency, Some(BC_RATE_PER_SECOND))
        })
        .await,
        timed(|latency| master_data_load(DemoErp::SapB1, latency, None)).await,
        timed(|latency| master_data_load(DemoErp::Odoo, latency, None)).await,
        timed(tryton_master_data_load).await,
    ];
    let runs = runs_for(pulls);
    println!(
        "Pulls of {RECORDS} records (stores: a first pull of orders; ERPs: master data with {RECORDS} items), every simulator answering in {LATENCY_MS} ms, Business Central held to {BC_RATE_PER_SECOND} requests/s; the last column is the same pull with no latency added:"
    );
    print_table(&runs);
    println!("Published limits and the fastest pull they allow:");
    for run in &runs {
        print_limits(run);
    }
}
