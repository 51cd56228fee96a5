//! A store answering in a shape this version of the app does not know, through the whole
//! check: the readable orders go on, the unknown record is its own step-2 finding naming the
//! store, with the raw answer one click away, never a guessed diagnosis.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::sync::Arc;
use std::time::Duration;

use osd_connectors::shopify::{ShopifyAuth, ShopifyClient, ShopifyConfig, API_VERSION};
use osd_model::FindingCode;
use osd_store::Db;

mod support;

/// A Shopify that changed under the app: every request gets this one answer, which carries
/// the shop and a page of two orders, the second without `totalPriceSet` and `lineItems`.
async fn changed_shopify() -> url::Url {
    const BODY: &str = r##"{"data":{"shop":{"name":"Changed shop","currencyCode":"USD"},"orders":{"edges":[
        {"cursor":"a","node":{"id":"gid://shopify/Order/1","name":"#1001","createdAt":"2026-12-01T10:00:00Z","updatedAt":"2026-12-01T10:00:00Z","currencyCode":"USD","presentmentCurrencyCode":"USD","taxesIncluded":false,"test":false,"cancelledAt":null,"displayFinancialStatus":"PAID","email":"a@example.com","note":null,"customer":{"id":"gid://shopify/Customer/9","firstName":"Ada","lastName":"Byron","defaultEmailAddress":{"emailAddress":"ada@example.com"}},"shippingAddress":null,"billingAddress":null,"subtotalPriceSet":null,"totalPriceSet":{"shopMoney":{"amount":"10.00","currencyCode":"USD"}},"totalTaxSet":null,"totalShippingPriceSet":null,"totalDiscountsSet":null,"taxLines":[],"lineItems":{"edges":[],"pageInfo":{"hasNextPage":false}}}},
        {"cursor":"b","node":{"id":"gid://shopify/Order/2","name":"#1002","createdAt":"2026-12-01T11:00:00Z","currencyCode":"USD","grandTotal":"12.00"}}
    ],"pageInfo":{"hasNextPage":false,"endCursor":"b"}}}}"##;
    let router = axum::Router::new().fallback(|| async {
        (
            [(axum::http::header::CONTENT_TYPE, "application/json")],
            BODY,
        )
    });
    // Served until the test's runtime ends.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    url::Url::parse(&format!("http://{address}/")).unwrap()
}

#[tokio::test]
async fn an_order_of_unknown_shape_is_its_own_finding_and_the_readable_ones_go_on() {
    let (dir, _demo, demo_session) = support::start().await;
    let store = ShopifyClient::new(ShopifyConfig {
        base_url: changed_shopify().await,
        api_version: API_VERSION.into(),
        auth: ShopifyAuth::AccessToken {
            token: "shpat_x".to_string().into(),
            expires: None,
        },
        timeout: Duration::from_secs(5),
    })
    .unwrap();
    let db = Db::open(&dir.path().join("changed.sqlite")).await.unwrap();
    let session = osd_session::Session::new(
        db,
        Box::new(store),
        demo_session.erp,
        Arc::new(chrono::Utc::now),
    );
    let report = session.check().await.unwrap();
    let unknown: Vec<_> = report
        .findings()
        .filter(|f| f.code == FindingCode::UnknownVendorAnswer)
        .collect();
    assert_eq!(unknown.len(), 1, "{:#?}", report.steps);
    let finding = unknown[0];
    assert!(
        report.steps[1]
            .findings
            .iter()
            .any(|f| f.code == finding.code),
        "in step 2"
    );
    assert!(finding.message.contains("Shopify"), "{}", finding.message);
    assert!(finding.detail.contains("#1002"), "{}", finding.detail);
    assert!(
        finding.detail.contains("grandTotal"),
        "the raw answer: {}",
        finding.detail
    );
    assert!(!finding.fix.is_empty());
    let stored = session.db.all_orders().await.unwrap();
    assert_eq!(
        stored
            .iter()
            .map(|o| o.order.name.as_str())
            .collect::<Vec<_>>(),
        ["#1001"],
        "the readable order goes on; the unknown one is not guessed at"
    );
}
