//! An answer in a shape a connector does not know is its own finding (`unknown_vendor_answer`)
//! with the raw answer kept, never a guessed diagnosis: Shopify (the store) and Odoo (an ERP)
//! against a server that answers what no version of their API answers.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use osd_connectors::odoo::{OdooClient, OdooConfig, OdooProtocol};
use osd_connectors::shopify::{ShopifyAuth, ShopifyClient, ShopifyConfig, API_VERSION};
use osd_connectors::{Erp, OrderQuery, StoreSource};
use osd_model::FindingCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A server on loopback answering every request with `status` and `body` (a proxy, a portal,
/// a vendor that changed its API), until the test ends.
async fn answering(status: u16, content_type: &str, body: &str) -> url::Url {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let answer = format!(
        "HTTP/1.1 {status} Whatever\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let answer = answer.clone();
            tokio::spawn(async move {
                let mut buffer = vec![0u8; 64 * 1024];
                let _ = socket.read(&mut buffer).await;
                let _ = socket.write_all(answer.as_bytes()).await;
            });
        }
    });
    url::Url::parse(&format!("http://{address}/")).unwrap()
}

fn shopify(base_url: url::Url) -> ShopifyClient {
    ShopifyClient::new(ShopifyConfig {
        base_url,
        api_version: API_VERSION.into(),
        auth: ShopifyAuth::AccessToken {
            token: "shpat_x".to_string().into(),
            expires: None,
        },
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

#[tokio::test]
async fn shopify_answering_in_an_unknown_shape_is_an_unknown_answer_with_the_raw_body() {
    let renamed = r#"{"data":{"shop":{"title":"Renamed field"}}}"#;
    let error = shopify(answering(200, "application/json", renamed).await)
        .test_connection()
        .await
        .unwrap_err();
    assert_eq!(error.code, FindingCode::UnknownVendorAnswer);
    assert!(error.raw.contains("Renamed field"), "{}", error.raw);

    let portal = "<html><body>Please sign in to the network</body></html>";
    let error = shopify(answering(403, "text/html", portal).await)
        .list_orders(&OrderQuery {
            page_size: 5,
            ..OrderQuery::default()
        })
        .await
        .unwrap_err();
    assert_eq!(
        error.code,
        FindingCode::StoreAuthFailed,
        "403 says it by itself"
    );
    let error = shopify(answering(400, "text/html", portal).await)
        .list_orders(&OrderQuery {
            page_size: 5,
            ..OrderQuery::default()
        })
        .await
        .unwrap_err();
    assert_eq!(error.code, FindingCode::UnknownVendorAnswer);
    assert_eq!(error.raw, portal);
}

#[tokio::test]
async fn a_shopify_order_of_unknown_shape_is_kept_raw_apart_from_the_readable_ones() {
    // The second node lacks `totalPriceSet` and `lineItems`, as a changed API might send it.
    let body = r##"{"data":{"orders":{"edges":[
        {"cursor":"a","node":{"id":"gid://shopify/Order/1","name":"#1001","createdAt":"2026-12-01T10:00:00Z","updatedAt":"2026-12-01T10:00:00Z","currencyCode":"USD","presentmentCurrencyCode":"USD","taxesIncluded":false,"test":false,"cancelledAt":null,"email":"a@example.com","note":null,"customer":{"id":"gid://shopify/Customer/9","firstName":"Ada","lastName":"Byron","defaultEmailAddress":{"emailAddress":"ada@example.com"}},"shippingAddress":null,"billingAddress":null,"subtotalPriceSet":null,"totalPriceSet":{"shopMoney":{"amount":"10.00","currencyCode":"USD"}},"totalTaxSet":null,"totalShippingPriceSet":null,"totalDiscountsSet":null,"taxLines":[],"lineItems":{"edges":[],"pageInfo":{"hasNextPage":false}}}},
        {"cursor":"b","node":{"id":"gid://shopify/Order/2","name":"#1002","createdAt":"2026-12-01T11:00:00Z","currencyCode":"USD","grandTotal":"12.00"}}
    ],"pageInfo":{"hasNextPage":false,"endCursor":"b"}}}}"##;
    let page = shopify(answering(200, "application/json", body).await)
        .list_orders(&OrderQuery {
            page_size: 5,
            ..OrderQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(page.orders.len(), 1);
    assert_eq!(
        page.orders[0].customer.email.as_deref(),
        Some("ada@example.com"),
        "the e-mail comes from defaultEmailAddress, not the deprecated Customer.email"
    );
    assert!(page.rejected.is_empty(), "{:?}", page.rejected);
    assert_eq!(page.unknown.len(), 1);
    assert_eq!(page.unknown[0].reference, "#1002");
    assert!(
        page.unknown[0].raw.contains("grandTotal"),
        "{}",
        page.unknown[0].raw
    );
}

fn odoo(base_url: url::Url) -> OdooClient {
    OdooClient::new(OdooConfig {
        base_url,
        database: "shop".into(),
        login: "bot@example.com".into(),
        api_key: "key".to_string().into(),
        protocol: Some(OdooProtocol::JsonRpc),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

#[tokio::test]
async fn an_erp_answering_in_no_shape_it_uses_is_an_unknown_answer_not_an_unclassified_error() {
    let page = "<html><head><title>Maintenance</title></head><body>Back soon</body></html>";
    for status in [200, 400] {
        let error = odoo(answering(status, "text/html", page).await)
            .test_connection()
            .await
            .unwrap_err();
        assert_eq!(
            error.code,
            FindingCode::UnknownVendorAnswer,
            "HTTP {status}"
        );
        assert_eq!(error.raw, page, "the raw answer is kept");
    }
    // A refusal in Odoo's own JSON-RPC form with a message nobody classified stays unclassified.
    let odoo_refusal = r#"{"jsonrpc":"2.0","id":0,"error":{"code":200,"message":"Odoo Server Error","data":{"name":"odoo.exceptions.SomethingNew","message":"A new kind of refusal","arguments":[]}}}"#;
    let error = odoo(answering(200, "application/json", odoo_refusal).await)
        .test_connection()
        .await
        .unwrap_err();
    assert_eq!(
        error.code,
        FindingCode::UnclassifiedError,
        "{}",
        error.summary
    );
    // JSON with neither a result nor an error Odoo writes is not an empty result.
    for odd in [
        r#"{"jsonrpc":"2.0","id":0}"#,
        r#"{"message":"Forbidden by the proxy"}"#,
    ] {
        let error = odoo(answering(200, "application/json", odd).await)
            .test_connection()
            .await
            .unwrap_err();
        assert_eq!(error.code, FindingCode::UnknownVendorAnswer, "{odd}");
        assert_eq!(error.raw, odd, "the raw answer is kept");
    }
}
