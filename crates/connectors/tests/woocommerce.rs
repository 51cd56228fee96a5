//! The WooCommerce connector against the simulated REST API v3.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use chrono::{DateTime, Utc};
use osd_connectors::woocommerce::{WooAuth, WooClient, WooConfig};
use osd_connectors::{OrderQuery, StoreSource};
use osd_model::{FindingCode, Order};
use osd_simulators::woocommerce::WooSimulator;
use osd_simulators::{demo, Faults};

const KEY: &str = "ck_0123456789abcdef";
const SECRET: &str = "cs_fedcba9876543210";

fn orders() -> Vec<(Order, DateTime<Utc>)> {
    demo::build(demo::reference_now())
        .orders
        .into_iter()
        .enumerate()
        .map(|(i, o)| {
            let mut order = o.shop.order;
            order.source = "woocommerce".into();
            order.store_id = (1000 + i).to_string();
            (order, o.shop.updated_at)
        })
        .collect()
}

async fn store() -> WooSimulator {
    WooSimulator::start(KEY, SECRET, orders(), 0).await.unwrap()
}

fn client(sim: &WooSimulator, auth: Option<WooAuth>, secret: &str) -> WooClient {
    WooClient::new(WooConfig {
        base_url: sim.base_url(),
        consumer_key: KEY.to_string().into(),
        consumer_secret: secret.to_string().into(),
        auth,
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

async fn pull_all(client: &WooClient, page_size: u32) -> (Vec<Order>, usize) {
    let mut query = OrderQuery {
        page_size,
        ..OrderQuery::default()
    };
    let (mut all, mut pages) = (Vec::new(), 0);
    loop {
        let page = client.list_orders(&query).await.unwrap();
        pages += 1;
        all.extend(page.orders);
        match page.next {
            Some(next) => query.after = Some(next),
            None => return (all, pages),
        }
    }
}

#[tokio::test]
async fn every_auth_method_reads_the_first_and_later_pages() {
    let sim = store().await;
    for auth in [
        None,
        Some(WooAuth::Basic),
        Some(WooAuth::QueryString),
        Some(WooAuth::OAuth1),
    ] {
        let client = client(&sim, auth, SECRET);
        let report = client.test_connection().await.unwrap();
        assert!(
            report.detail.contains("(200 orders)"),
            "{auth:?}: {}",
            report.detail
        );
        let (orders, pages) = pull_all(&client, 30).await;
        assert_eq!(pages, 7, "{auth:?}: 200 orders in pages of 30");
        assert_eq!(orders.len(), 200);
        let original = orders.iter().find(|o| o.name == "#1042").unwrap();
        let expected = demo::build(demo::reference_now())
            .orders
            .into_iter()
            .find(|o| o.shop.order.name == "#1042")
            .unwrap()
            .shop
            .order;
        assert_eq!(original.total, expected.total);
        assert_eq!(original.lines.len(), expected.lines.len());
        assert_eq!(original.lines[0].unit_price, expected.lines[0].unit_price);
        assert_eq!(original.tax_lines[0].rate, expected.tax_lines[0].rate);
        assert_eq!(
            original.external_id(),
            format!("woocommerce-{}", original.store_id)
        );
    }
}

#[tokio::test]
async fn a_server_that_drops_the_authorization_header_falls_back_to_query_string_keys() {
    let sim = store().await;
    sim.update(|s| s.drops_authorization_header = true);
    let c = client(&sim, Some(WooAuth::Basic), SECRET);
    c.test_connection().await.unwrap();
    let before = sim.update(|s| s.requests).unwrap();
    c.list_orders(&OrderQuery {
        page_size: 10,
        ..OrderQuery::default()
    })
    .await
    .unwrap();
    assert_eq!(
        sim.update(|s| s.requests).unwrap() - before,
        1,
        "the fallback is remembered"
    );
}

#[tokio::test]
async fn wrong_keys_say_what_woocommerce_says() {
    let sim = store().await;
    let e = client(&sim, Some(WooAuth::Basic), "cs_wrong")
        .test_connection()
        .await
        .unwrap_err();
    assert_eq!(
        (e.code, e.status),
        (FindingCode::StoreAuthFailed, Some(401))
    );
    assert!(e.raw.contains("Consumer secret is invalid."), "{}", e.raw);
    let e = client(&sim, Some(WooAuth::OAuth1), "cs_wrong")
        .test_connection()
        .await
        .unwrap_err();
    assert!(
        e.raw
            .contains("Invalid signature - provided signature does not match."),
        "{}",
        e.raw
    );
    let e = client(&sim, Some(WooAuth::QueryString), "cs_wrong")
        .test_connection()
        .await
        .unwrap_err();
    assert!(
        !e.raw.contains("cs_wrong") && !e.summary.contains("cs_wrong"),
        "the secret never shows in an error"
    );
    sim.update(|s| s.faults.expired_token = true);
    let e = client(&sim, Some(WooAuth::OAuth1), SECRET)
        .test_connection()
        .await
        .unwrap_err();
    assert!(
        e.raw.contains("Consumer key is invalid."),
        "a revoked key: {}",
        e.raw
    );
}

#[tokio::test]
async fn maintenance_outages_and_rate_limits_are_named() {
    let sim = store().await;
    let c = client(&sim, Some(WooAuth::OAuth1), SECRET);
    sim.update(|s| {
        s.faults = Faults {
            maintenance: true,
            ..Faults::default()
        }
    });
    let e = c.test_connection().await.unwrap_err();
    assert_eq!(
        (e.code, e.status),
        (FindingCode::StoreMaintenance, Some(503))
    );
    assert!(e
        .raw
        .contains("Briefly unavailable for scheduled maintenance"));
    sim.update(|s| {
        s.faults = Faults {
            fail_next_5xx: 1,
            ..Faults::default()
        }
    });
    assert_eq!(
        c.test_connection().await.unwrap_err().code,
        FindingCode::StoreUnreachable
    );
    sim.update(|s| {
        s.faults = Faults {
            rate_limit_per_sec: Some(1),
            ..Faults::default()
        }
    });
    c.test_connection().await.unwrap();
    let e = c.test_connection().await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::RateLimited, Some(429)));
    assert!(e.retry_after.is_some());
}

/// `modified_after` is exclusive and in whole seconds, so the pull starts a second early: an
/// order changed in the cursor's own second is not skipped.
#[tokio::test]
async fn orders_changed_since_the_cursor_come_back_its_own_second_included() {
    let all = orders();
    let cut = all[180].1;
    let sim = store().await;
    let c = client(&sim, Some(WooAuth::OAuth1), SECRET);
    let page = c
        .list_orders(&OrderQuery {
            updated_since: Some(cut),
            page_size: 100,
            ..OrderQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(
        page.orders.len(),
        all.iter().filter(|(_, m)| *m >= cut).count()
    );
    assert!(all.iter().filter(|(_, m)| *m >= cut).count() < all.len());
    assert!(page.high_water.unwrap() >= cut);
}

#[tokio::test]
async fn a_page_size_over_100_is_the_documented_400() {
    let sim = store().await;
    let url = format!(
        "{}wp-json/wc/v3/orders?per_page=500&consumer_key={KEY}&consumer_secret={SECRET}",
        sim.base_url()
    );
    let response = reqwest::get(url).await.unwrap();
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["code"], "rest_invalid_param");
    // The connector never asks for more than 100.
    let page = client(&sim, Some(WooAuth::OAuth1), SECRET)
        .list_orders(&OrderQuery {
            page_size: 500,
            ..OrderQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(page.orders.len(), 100);
}

#[tokio::test]
async fn a_wrong_store_address_is_rest_no_route() {
    let sim = store().await;
    let wrong = WooClient::new(WooConfig {
        base_url: sim.base_url().join("blog/").unwrap(),
        consumer_key: KEY.to_string().into(),
        consumer_secret: SECRET.to_string().into(),
        auth: Some(WooAuth::OAuth1),
        timeout: Duration::from_secs(5),
    })
    .unwrap();
    let e = wrong.test_connection().await.unwrap_err();
    assert_eq!(
        (e.code, e.status),
        (FindingCode::StoreUnreachable, Some(404))
    );
    assert!(e.raw.contains("rest_no_route"), "{}", e.raw);
}
