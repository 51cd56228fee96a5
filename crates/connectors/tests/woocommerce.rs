//! The WooCommerce connector against the simulated REST API v3.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use chrono::{DateTime, Utc};
use osd_connectors::woocommerce::{WooAuth, WooClient, WooConfig};
use osd_connectors::{OrderQuery, StoreSource};
use osd_model::{Decimal, FindingCode, Order, StoreStatus};
use osd_simulators::woocommerce::{entered_with_tax, WooSimulator};
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
            // The demo's unpaid orders are bank transfers here: WooCommerce parks them on-hold.
            if order.store_status.is_some() {
                order.store_status = Some(StoreStatus::open("on-hold"));
            }
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
        let ids: std::collections::HashSet<&str> =
            orders.iter().map(|o| o.store_id.as_str()).collect();
        assert_eq!(ids.len(), 200, "each order once");
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
        2,
        "the newest change, then the page: the fallback is remembered, no Basic try again"
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

fn status(order: &Order) -> Option<StoreStatus> {
    order.store_status.clone()
}

/// `on-hold` is where the bank transfer and cheque gateways park an order until the money
/// arrives: it comes with its status, as every other order does, so the session can hold it
/// back; a cancelled one comes as ended; a checkout draft is no order and stays out.
#[tokio::test]
async fn every_order_comes_with_its_status_and_checkout_drafts_stay_out() {
    let mut all = orders();
    all[0].0.store_status = Some(StoreStatus::open("on-hold"));
    all[1].0.store_status = Some(StoreStatus::open("pending"));
    all[2].0.store_status = Some(StoreStatus::open("cancelled"));
    all[3].0.store_status = Some(StoreStatus::open("checkout-draft"));
    all[4].0.store_status = Some(StoreStatus::open("shipped"));
    let sim = WooSimulator::start(KEY, SECRET, all.clone(), 0)
        .await
        .unwrap();
    let (pulled, _) = pull_all(&client(&sim, Some(WooAuth::OAuth1), SECRET), 50).await;
    let find = |i: usize| pulled.iter().find(|o| o.store_id == all[i].0.store_id);
    assert_eq!(find(0).and_then(status), Some(StoreStatus::open("on-hold")));
    assert_eq!(find(1).and_then(status), Some(StoreStatus::open("pending")));
    assert_eq!(
        find(2).and_then(status),
        Some(StoreStatus::ended("cancelled"))
    );
    assert!(find(3).is_none(), "a draft the buyer never placed");
    assert_eq!(find(4).and_then(status), Some(StoreStatus::open("shipped")));
    assert_eq!(
        find(5).and_then(status),
        Some(StoreStatus::open("processing"))
    );
    assert_eq!(pulled.len(), 199);
    assert_eq!(
        client(&sim, None, SECRET).paid_statuses(),
        ["processing", "completed"],
        "WooCommerce's own paid statuses; on-hold is not one"
    );
}

/// A shop that enters its prices with tax still lists every line's `subtotal` without it
/// (`subtotal_tax` is beside it): the order's arithmetic holds with the tax on top, and a
/// total that really is off still shows.
#[tokio::test]
async fn a_tax_inclusive_shop_reads_with_its_tax_on_top_of_the_lines() {
    let mut all = orders();
    let mut base = entered_with_tax(
        &all.iter()
            .map(|(o, _)| o.clone())
            .find(|o| !o.total_tax.is_zero() && o.discount_total.is_zero())
            .unwrap(),
    );
    base.store_id = "9001".into();
    let mut off = base.clone();
    off.store_id = "9002".into();
    off.total -= Decimal::new(500, 2);
    let modified = all[0].1;
    all.push((base.clone(), modified));
    all.push((off, modified));
    let sim = WooSimulator::start(KEY, SECRET, all, 0).await.unwrap();
    let (pulled, _) = pull_all(&client(&sim, Some(WooAuth::Basic), SECRET), 100).await;
    let inclusive = pulled.iter().find(|o| o.store_id == "9001").unwrap();
    assert!(!inclusive.taxes_included, "the lines read are without tax");
    assert_eq!(inclusive.total, base.total);
    assert_eq!(inclusive.total_tax, base.total_tax);
    assert!(
        inclusive.lines[0].unit_price < base.lines[0].unit_price,
        "the unit price read is the one without tax"
    );
    assert_eq!(
        inclusive.computed_total(),
        inclusive.total,
        "lines + shipping + tax − discounts is the total"
    );
    let off = pulled.iter().find(|o| o.store_id == "9002").unwrap();
    assert_eq!(
        off.total - off.computed_total(),
        Decimal::new(-500, 2),
        "a total that does not add up still shows"
    );
}

/// Orders change while a pull reads them: one read already is trashed (which moves every
/// later order up a place in a page-number listing), one read already is paid, one not read
/// yet changes, a new one arrives, and a batch shares the second a page ends in. Within the
/// pull no order is missed or read twice; the next pull brings exactly what changed.
#[tokio::test]
async fn orders_changing_while_a_pull_reads_them_are_neither_skipped_nor_read_twice() {
    let mut all = orders();
    // Six orders changed in one bulk action: they share one second across a page's end.
    let bulk = all[37].1;
    for (_, modified) in all.iter_mut().skip(38).take(5) {
        *modified = bulk;
    }
    all.sort_by_key(|(o, m)| (*m, o.store_id.parse::<u64>().unwrap()));
    let sim = WooSimulator::start(KEY, SECRET, all.clone(), 0)
        .await
        .unwrap();
    let c = client(&sim, Some(WooAuth::OAuth1), SECRET);
    let later = all.iter().map(|(_, m)| *m).max().unwrap() + chrono::Duration::minutes(5);
    let mut query = OrderQuery {
        page_size: 20,
        ..OrderQuery::default()
    };
    let (mut read, mut high_water, mut pages) = (Vec::<Order>::new(), None, 0);
    loop {
        let page = c.list_orders(&query).await.unwrap();
        pages += 1;
        read.extend(page.orders);
        high_water = high_water.max(page.high_water);
        if pages == 1 {
            let (first_read, second_read) = (read[0].store_id.clone(), read[1].store_id.clone());
            sim.update(|s| {
                for (o, modified) in s.orders.iter_mut() {
                    if o.store_id == first_read {
                        o.store_status = Some(StoreStatus::ended("trash"));
                        *modified = later;
                    } else if o.store_id == second_read {
                        o.store_status = Some(StoreStatus::open("completed"));
                        *modified = later;
                    }
                }
                let unread = s.orders.len() - 3;
                s.orders[unread].1 = later;
                let mut new = s.orders[5].0.clone();
                new.store_id = "5000".into();
                new.store_status = None;
                s.orders.push((new, later));
            });
        }
        match page.next {
            Some(next) => query.after = Some(next),
            None => break,
        }
    }
    let ids: Vec<&str> = read.iter().map(|o| o.store_id.as_str()).collect();
    let unique: std::collections::HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "no order twice in one pull");
    // Every order there when the pull began, except the one that changed before its page
    // was read: that one comes, in its new version, with the next pull.
    let unread = all[all.len() - 3].0.store_id.clone();
    let expected: std::collections::HashSet<&str> = all
        .iter()
        .map(|(o, _)| o.store_id.as_str())
        .filter(|id| *id != unread)
        .collect();
    assert_eq!(unique, expected, "nothing skipped");
    assert_eq!(pages, 10, "199 orders in pages of 20");

    // The next pull, from where this one ended, brings what changed meanwhile.
    let next = c
        .list_orders(&OrderQuery {
            updated_since: high_water,
            page_size: 100,
            ..OrderQuery::default()
        })
        .await
        .unwrap();
    let changed: std::collections::HashSet<&str> =
        next.orders.iter().map(|o| o.store_id.as_str()).collect();
    for id in [read[1].store_id.as_str(), unread.as_str(), "5000"] {
        assert!(
            changed.contains(id),
            "{id} comes with the next pull: {changed:?}"
        );
    }
    let paid = next
        .orders
        .iter()
        .find(|o| o.store_id == read[1].store_id)
        .unwrap();
    assert_eq!(paid.store_status, Some(StoreStatus::open("completed")));
    assert!(
        !changed.contains(read[0].store_id.as_str()),
        "trash is not listed"
    );
}
