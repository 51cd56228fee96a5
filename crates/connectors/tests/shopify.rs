//! The Shopify connector against the simulated Admin GraphQL API.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use osd_connectors::shopify::{ShopifyAuth, ShopifyClient, ShopifyConfig, API_VERSION};
use osd_connectors::{OrderQuery, StoreSource};
use osd_model::{FindingCode, StoreStatus};
use osd_simulators::demo;
use osd_simulators::shopify::{ShopOrder, ShopifySimulator};
use osd_simulators::Faults;

const TOKEN: &str = "shpat_test_token";

fn orders() -> Vec<ShopOrder> {
    demo::build(demo::reference_now())
        .orders
        .into_iter()
        .map(|o| o.shop)
        .collect()
}

async fn shop(orders: Vec<ShopOrder>) -> ShopifySimulator {
    ShopifySimulator::start("Test shop", TOKEN, orders, 0)
        .await
        .unwrap()
}

fn client(sim: &ShopifySimulator, token: &str) -> ShopifyClient {
    ShopifyClient::new(ShopifyConfig {
        base_url: sim.base_url(),
        api_version: API_VERSION.into(),
        auth: ShopifyAuth::AccessToken {
            token: token.to_string().into(),
            expires: None,
        },
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

async fn pull_all(client: &ShopifyClient, page_size: u32) -> (Vec<osd_model::Order>, usize) {
    let mut query = OrderQuery {
        page_size,
        ..OrderQuery::default()
    };
    let mut orders = Vec::new();
    let mut pages = 0;
    loop {
        let page = client.list_orders(&query).await.unwrap();
        pages += 1;
        orders.extend(page.orders);
        match page.next {
            Some(next) => query.after = Some(next),
            None => return (orders, pages),
        }
    }
}

#[tokio::test]
async fn test_connection_reports_the_shop() {
    let sim = shop(vec![]).await;
    let report = client(&sim, TOKEN).test_connection().await.unwrap();
    assert!(report.detail.contains("Test shop"), "{}", report.detail);
}

#[tokio::test]
async fn first_and_later_pages_bring_every_order_once() {
    let all = orders();
    let sim = shop(all.clone()).await;
    let (pulled, pages) = pull_all(&client(&sim, TOKEN), 25).await;
    assert!(
        pages >= 8,
        "200 orders in pages of at most 25, got {pages} pages"
    );
    assert_eq!(pulled.len(), all.len());
    let mut names: Vec<_> = pulled.iter().map(|o| o.name.clone()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), all.len(), "no order twice");
    let original = &all.iter().find(|o| o.order.name == "#1042").unwrap().order;
    let read = pulled.iter().find(|o| o.name == "#1042").unwrap();
    assert_eq!(read.total, original.total, "money arrives exact");
    assert_eq!(read.lines.len(), original.lines.len());
    assert_eq!(read.tax_lines[0].rate, original.tax_lines[0].rate);
    assert_eq!(read.shipping, original.shipping);
}

/// Shopify's times are whole seconds, so the pull asks for changes at or after the cursor:
/// an order changed in the cursor's own second, after the last pull, is not skipped.
#[tokio::test]
async fn updated_since_pulls_the_orders_changed_since_including_its_own_second() {
    let all = orders();
    let cut = all[150].updated_at;
    let sim = shop(all.clone()).await;
    let client = client(&sim, TOKEN);
    let mut query = OrderQuery {
        updated_since: Some(cut),
        page_size: 250,
        ..OrderQuery::default()
    };
    let mut pulled = Vec::new();
    loop {
        let page = client.list_orders(&query).await.unwrap();
        pulled.extend(page.orders.into_iter().map(|o| o.name));
        match page.next {
            Some(next) => query.after = Some(next),
            None => break,
        }
    }
    pulled.sort();
    let mut expected: Vec<String> = all
        .iter()
        .filter(|o| o.updated_at >= cut)
        .map(|o| o.order.name.clone())
        .collect();
    expected.sort();
    assert!(expected.len() < all.len());
    assert_eq!(pulled, expected);
}

/// Test orders are no sales and stay out. A cancelled order comes, as ended whatever its
/// payment says, so that one held back while it waited for payment is let go; a pending one
/// comes with its financial status.
#[tokio::test]
async fn test_orders_stay_out_and_every_order_comes_with_its_financial_status() {
    let mut all = orders();
    all[0].test = true;
    all[1].cancelled = true;
    all[2].order.store_status = Some(StoreStatus::open("PENDING"));
    let sim = shop(all.clone()).await;
    let c = client(&sim, TOKEN);
    let (pulled, _) = pull_all(&c, 50).await;
    assert_eq!(pulled.len(), all.len() - 1);
    assert!(!pulled.iter().any(|o| o.name == all[0].order.name));
    let status = |i: usize| {
        pulled
            .iter()
            .find(|o| o.name == all[i].order.name)
            .and_then(|o| o.store_status.clone())
    };
    assert_eq!(status(1), Some(StoreStatus::ended("PAID")));
    assert_eq!(status(2), Some(StoreStatus::open("PENDING")));
    assert_eq!(status(3), Some(StoreStatus::open("PAID")));
    assert_eq!(c.paid_statuses(), ["PAID", "PARTIALLY_REFUNDED"]);
}

#[tokio::test]
async fn a_wrong_or_expired_token_is_store_auth_failed_with_shopifys_words() {
    let sim = shop(vec![]).await;
    let error = client(&sim, "shpat_wrong")
        .test_connection()
        .await
        .unwrap_err();
    assert_eq!(error.code, FindingCode::StoreAuthFailed);
    assert_eq!(error.status, Some(401));
    assert!(
        error.raw.contains("Invalid API key or access token"),
        "{}",
        error.raw
    );
    sim.set_faults(Faults {
        expired_token: true,
        ..Faults::default()
    });
    let error = client(&sim, TOKEN).test_connection().await.unwrap_err();
    assert_eq!(error.code, FindingCode::StoreAuthFailed);
}

#[tokio::test]
async fn maintenance_and_outages_are_named() {
    let sim = shop(vec![]).await;
    sim.set_faults(Faults {
        maintenance: true,
        ..Faults::default()
    });
    assert_eq!(
        client(&sim, TOKEN)
            .test_connection()
            .await
            .unwrap_err()
            .code,
        FindingCode::StoreMaintenance
    );
    sim.set_faults(Faults {
        fail_next_5xx: 1,
        ..Faults::default()
    });
    assert_eq!(
        client(&sim, TOKEN)
            .test_connection()
            .await
            .unwrap_err()
            .code,
        FindingCode::StoreUnreachable
    );
    let closed = {
        let s = shop(vec![]).await;
        s.base_url()
    };
    let gone = ShopifyClient::new(ShopifyConfig {
        base_url: closed,
        api_version: API_VERSION.into(),
        auth: ShopifyAuth::AccessToken {
            token: TOKEN.to_string().into(),
            expires: None,
        },
        timeout: Duration::from_secs(2),
    })
    .unwrap();
    assert_eq!(
        gone.test_connection().await.unwrap_err().code,
        FindingCode::StoreUnreachable
    );
}

#[tokio::test]
async fn a_throttled_query_waits_for_the_bucket_and_then_succeeds() {
    let sim = shop(orders()).await;
    let client = client(&sim, TOKEN);
    // Learn the bucket, then empty it as another app would.
    client.test_connection().await.unwrap();
    sim.drain_bucket(0.0);
    let before = sim.requests();
    let started = std::time::Instant::now();
    let page = client
        .list_orders(&OrderQuery {
            page_size: 10,
            ..OrderQuery::default()
        })
        .await
        .unwrap();
    assert!(!page.orders.is_empty());
    // It waited for the refill instead of hammering: at most one throttled answer.
    assert!(
        sim.requests() - before <= 2,
        "{} requests",
        sim.requests() - before
    );
    assert!(started.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn throttled_answers_from_an_unknown_bucket_are_retried() {
    let sim = shop(orders()).await;
    sim.drain_bucket(100.0);
    let page = client(&sim, TOKEN)
        .list_orders(&OrderQuery {
            page_size: 10,
            ..OrderQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(page.orders.len(), 10);
}

#[tokio::test]
async fn http_429_with_retry_after_is_waited_out() {
    let sim = shop(orders()).await;
    sim.set_faults(Faults {
        rate_limit_per_sec: Some(1),
        ..Faults::default()
    });
    let client = client(&sim, TOKEN);
    client.test_connection().await.unwrap();
    // The second call inside the same second gets a 429 and is retried after Retry-After.
    let page = client
        .list_orders(&OrderQuery {
            page_size: 5,
            ..OrderQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(page.orders.len(), 5);
    assert!(sim.requests() >= 3);
}

#[tokio::test]
async fn client_credentials_are_exchanged_for_a_token_and_renewed() {
    let sim = shop(orders()).await;
    sim.state.lock().unwrap().app = Some(("app-id".into(), "app-secret".into()));
    let config = |secret: &str| ShopifyConfig {
        base_url: sim.base_url(),
        api_version: API_VERSION.into(),
        auth: ShopifyAuth::ClientCredentials {
            client_id: "app-id".into(),
            client_secret: secret.to_string().into(),
        },
        timeout: Duration::from_secs(5),
    };
    let client = ShopifyClient::new(config("app-secret")).unwrap();
    let report = client.test_connection().await.unwrap();
    assert_eq!(
        report.credential_expires, None,
        "a granted token renews itself; nothing to warn about"
    );
    client
        .list_orders(&OrderQuery {
            page_size: 5,
            ..OrderQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(
        sim.state.lock().unwrap().grants,
        1,
        "the token is reused while it lives"
    );

    // Shopify revokes it early: one new grant, and the call goes through.
    sim.set_faults(Faults {
        expired_token: true,
        ..Faults::default()
    });
    let error = client.test_connection().await.unwrap_err();
    assert_eq!(error.code, FindingCode::StoreAuthFailed);
    sim.set_faults(Faults::default());
    client.test_connection().await.unwrap();

    let wrong = ShopifyClient::new(config("not-the-secret"))
        .unwrap()
        .test_connection()
        .await
        .unwrap_err();
    assert_eq!(wrong.code, FindingCode::StoreAuthFailed);
    assert!(wrong.raw.contains("invalid_client"), "{}", wrong.raw);
}

#[tokio::test]
async fn a_recorded_token_end_date_is_reported() {
    let sim = shop(vec![]).await;
    let ends = chrono::Utc::now() + chrono::Duration::days(5);
    let client = ShopifyClient::new(ShopifyConfig {
        base_url: sim.base_url(),
        api_version: API_VERSION.into(),
        auth: ShopifyAuth::AccessToken {
            token: TOKEN.to_string().into(),
            expires: Some(ends),
        },
        timeout: Duration::from_secs(5),
    })
    .unwrap();
    assert_eq!(
        client.test_connection().await.unwrap().credential_expires,
        Some(ends)
    );
}

#[tokio::test]
async fn shop_and_presentment_currencies_are_both_kept() {
    let mut all = orders();
    all[0].order.presentment_currency = Some("EUR".into());
    let name = all[0].order.name.clone();
    let sim = shop(all).await;
    let (pulled, _) = pull_all(&client(&sim, TOKEN), 50).await;
    let order = pulled.iter().find(|o| o.name == name).unwrap();
    assert_eq!(
        (
            order.currency.as_str(),
            order.presentment_currency.as_deref()
        ),
        ("USD", Some("EUR"))
    );
    assert!(pulled
        .iter()
        .filter(|o| o.name != name)
        .all(|o| o.presentment_currency.is_none()));
}

#[tokio::test]
async fn expiring_offline_tokens_are_refreshed_and_the_rotated_refresh_token_is_kept() {
    use std::sync::{Arc, Mutex};
    let sim = shop(orders()).await;
    {
        let mut s = sim.state.lock().unwrap();
        s.app = Some(("app-id".into(), "app-secret".into()));
        s.refresh_tokens.insert("shprt_first".into());
        // Offline tokens that expire do so after an hour; one second keeps the test short.
        s.token_lifetime = Duration::from_secs(1);
    }
    let kept: Arc<Mutex<Vec<String>>> = Arc::default();
    let keep = {
        let kept = kept.clone();
        osd_connectors::shopify::RefreshKeeper(Arc::new(
            move |token: &osd_model::Sensitive<String>, _expires| {
                kept.lock().unwrap().push(token.expose().clone());
            },
        ))
    };
    let config = |refresh: &str| ShopifyConfig {
        base_url: sim.base_url(),
        api_version: API_VERSION.into(),
        auth: ShopifyAuth::Refreshing {
            client_id: "app-id".into(),
            client_secret: "app-secret".to_string().into(),
            refresh_token: refresh.to_string().into(),
            refresh_expires: None,
            keep: keep.clone(),
        },
        timeout: Duration::from_secs(5),
    };
    let client = ShopifyClient::new(config("shprt_first")).unwrap();
    let report = client.test_connection().await.unwrap();
    let first_kept = kept.lock().unwrap().clone();
    assert_eq!(
        first_kept.len(),
        1,
        "the rotated refresh token is handed over to be saved"
    );
    let days = (report.credential_expires.unwrap() - chrono::Utc::now()).num_days();
    assert!(
        (89..=90).contains(&days),
        "the refresh token's end date is what a person must watch: {days}"
    );
    // The access token lapses; the next call refreshes with the rotated token, not the old one.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    client
        .list_orders(&OrderQuery {
            page_size: 5,
            ..OrderQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(kept.lock().unwrap().len(), 2);
    // The first refresh token was used up: a client still holding it is refused.
    let stale = ShopifyClient::new(config("shprt_first"))
        .unwrap()
        .test_connection()
        .await
        .unwrap_err();
    assert_eq!(stale.code, FindingCode::StoreAuthFailed);
    assert!(
        stale.summary.contains("authorised again"),
        "{}",
        stale.summary
    );
}

/// Shopify refuses a query priced above 1,000 points (MAX_COST_EXCEEDED), and prices a nested
/// connection at its full `first` for every order: a page of orders holds a few lines of each,
/// and an order with more lines gets the rest page after page, never cut short or refused.
#[tokio::test]
async fn an_order_with_hundreds_of_lines_comes_whole_and_no_query_is_priced_over_the_limit() {
    let mut all = orders();
    let mut long = all[0].clone();
    long.order.store_id = "gid://shopify/Order/9990000002".into();
    long.order.name = "#9902".into();
    long.order.lines = (0..230)
        .map(|i| {
            let mut line = all[0].order.lines[0].clone();
            line.sku = Some(format!("BULK-{i:03}"));
            line
        })
        .collect();
    all.push(long);
    let sim = shop(all.clone()).await;
    // Asking for the largest page Shopify allows: the client keeps each query under the limit.
    let (pulled, _) = pull_all(&client(&sim, TOKEN), 250).await;
    assert_eq!(pulled.len(), all.len(), "every order, none refused");
    let whole = pulled.iter().find(|o| o.name == "#9902").unwrap();
    assert_eq!(whole.lines.len(), 230);
    let skus: Vec<_> = whole.lines.iter().filter_map(|l| l.sku.clone()).collect();
    assert_eq!(skus.first().map(String::as_str), Some("BULK-000"));
    assert_eq!(skus.last().map(String::as_str), Some("BULK-229"));
    let mut unique = skus.clone();
    unique.dedup();
    assert_eq!(unique.len(), 230, "each line once, in order");
}
