//! The Business Central connector against the simulated API v2.0.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use chrono::NaiveDate;
use osd_connectors::business_central::{BcClient, BcConfig};
use osd_connectors::{DraftLine, Erp, ErpOrderDraft, ErpOrderState, Ref};
use osd_model::{Address, FindingCode};
use osd_simulators::business_central::{from_demo, BcSimulator};
use osd_simulators::{demo, Faults};
use rust_decimal_macros::dec;

mod support;

async fn company() -> BcSimulator {
    let account = demo::build(demo::reference_now()).account;
    BcSimulator::start(from_demo(&account, "app-id", "app-secret"), 0)
        .await
        .unwrap()
}

fn client(sim: &BcSimulator, secret: &str) -> BcClient {
    BcClient::new(BcConfig {
        api_url: sim.api_url(),
        token_url: sim.token_url(),
        scope: "https://api.businesscentral.dynamics.com/.default".into(),
        client_id: "app-id".into(),
        client_secret: secret.to_string().into(),
        company: None,
        secret_expires: None,
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

fn address() -> Address {
    Address {
        name: "Ada Lovelace".into(),
        line1: "1 Market Street".into(),
        city: "Oakland".into(),
        province_code: Some("CA".into()),
        postcode: Some("94607".into()),
        country_code: Some("US".into()),
        ..Address::default()
    }
}

fn draft(external_id: &str) -> ErpOrderDraft {
    ErpOrderDraft {
        external_id: external_id.into(),
        order_name: "#9001".into(),
        tran_date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        customer: Ref::Id("CUST0001".into()),
        currency: Ref::Id(String::new()),
        tax_code: None,
        lines: vec![DraftLine {
            item: Ref::Id("TSHIRT-BLK-M".into()),
            quantity: dec!(2),
            unit_price: dec!(24),
            description: "T-shirt".into(),
        }],
        billing: Some(address()),
        shipping: Some(address()),
        shipping_cost: dec!(0),
        memo: String::new(),
    }
}

#[tokio::test]
async fn connects_and_refuses_a_wrong_secret_or_a_down_service() {
    let sim = company().await;
    let report = client(&sim, "app-secret").test_connection().await.unwrap();
    assert!(report.detail.contains("Juniper"), "{}", report.detail);
    let e = client(&sim, "wrong").test_connection().await.unwrap_err();
    assert_eq!(e.code, FindingCode::ErpAuthFailed);
    assert!(e.raw.contains("AADSTS7000215"), "{}", e.raw);
    sim.update(|s| {
        s.faults = Faults {
            maintenance: true,
            ..Faults::default()
        }
    });
    assert_eq!(
        client(&sim, "app-secret")
            .test_connection()
            .await
            .unwrap_err()
            .code,
        FindingCode::ErpMaintenance
    );
}

#[tokio::test]
async fn master_data_loads_in_bulk_across_pages() {
    let sim = company().await;
    sim.update(|s| {
        s.items
            .extend((0..450).map(|i| (format!("BULK-{i:04}"), i % 10 == 0)))
    });
    let c = client(&sim, "app-secret");
    c.test_connection().await.unwrap();
    let before = sim.update(|s| s.requests).unwrap();
    let master = c.load_master_data().await.unwrap();
    let requests = sim.update(|s| s.requests).unwrap() - before;
    assert_eq!(master.items.len(), 498);
    assert!(master
        .items
        .iter()
        .any(|i| i.sku == "BULK-0010" && !i.active));
    assert_eq!(
        master.customers.len(),
        61,
        "60 buyers and the web store guest"
    );
    assert!(
        master
            .currencies
            .iter()
            .any(|c| c.code == "USD" && c.id.is_empty()),
        "the local currency is a blank code"
    );
    assert!(!master.currencies.iter().any(|c| c.code == "CAD"));
    assert_eq!(master.periods.iter().filter(|p| p.closed).count(), 4);
    assert!(master
        .periods
        .windows(2)
        .all(|w| w[0].end.succ_opt() == Some(w[1].start)));
    assert!(master.countries.contains(&"US".to_string()));
    // 5 pages of items + customers + currencies + company + periods + countries.
    assert_eq!(requests, 10);
}

#[tokio::test]
async fn an_order_is_created_in_one_deep_insert_and_found_by_its_external_document_number() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    assert!(c.find_order("shopify-1").await.unwrap().is_none());
    let id = c.create_order(&draft("shopify-1")).await.unwrap();
    let found = c.find_order("shopify-1").await.unwrap().unwrap();
    assert_eq!(found.erp_id, id);
    let status = c.order_status(&id).await.unwrap();
    assert_eq!(
        (status.status.as_str(), status.state),
        ("Draft", ErpOrderState::Open)
    );
    let ids: Vec<String> = (0..40)
        .map(|i| format!("none-{i}"))
        .chain(["shopify-1".to_string()])
        .collect();
    assert_eq!(
        c.find_orders(&ids).await.unwrap().len(),
        1,
        "lookups in chunks find it"
    );
    let stored = sim.sales_orders();
    assert_eq!(
        stored[0].body["salesOrderLines"][0]["lineObjectNumber"],
        "TSHIRT-BLK-M"
    );
}

#[tokio::test]
async fn each_guide_error_class_comes_from_business_centrals_own_words() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    let cases: Vec<(ErpOrderDraft, FindingCode, &str)> = vec![
        (
            {
                let mut d = draft("e1");
                d.lines[0].item = Ref::Unresolved("TSHRT-BLK-M".into());
                d
            },
            FindingCode::SkuNotFound,
            "The Item does not exist",
        ),
        (
            {
                let mut d = draft("e2");
                d.customer = Ref::Unresolved("guest@x".into());
                d
            },
            FindingCode::CustomerNotFound,
            "The Customer does not exist",
        ),
        (
            {
                let mut d = draft("e3");
                d.tran_date = NaiveDate::from_ymd_opt(2026, 10, 30).unwrap();
                d
            },
            FindingCode::PeriodClosed,
            "not within your range of allowed posting dates",
        ),
        (
            {
                let mut d = draft("e4");
                d.currency = Ref::Unresolved("CAD".into());
                d
            },
            FindingCode::CurrencyInactive,
            "The Currency does not exist",
        ),
        (
            {
                let mut d = draft("e5");
                if let Some(a) = d.shipping.as_mut() {
                    a.city = "Llanfairpwllgwyngyllgogerychwyrndrobwll".into();
                }
                d
            },
            FindingCode::FieldTooLong,
            "must be less than or equal to 30 characters",
        ),
        (
            {
                let mut d = draft("e6");
                if let Some(a) = d.shipping.as_mut() {
                    a.country_code = Some("XX".into());
                }
                d
            },
            FindingCode::CountryCodeMismatch,
            "related table (Country/Region)",
        ),
    ];
    for (d, code, text) in cases {
        let e = c.create_order(&d).await.unwrap_err();
        assert_eq!(e.code, code, "{}: {}", d.external_id, e.raw);
        assert!(e.raw.contains(text), "{}: {}", d.external_id, e.raw);
    }
    assert!(sim.sales_orders().is_empty());
}

#[tokio::test]
async fn timeouts_rate_limits_and_token_expiry() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    sim.update(|s| s.faults.timeout_after_commit.insert("late".into()));
    let e = c.create_order(&draft("late")).await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpTimeout, Some(504)));
    assert!(
        c.find_order("late").await.unwrap().is_some(),
        "committed before the 504: the lookup finds it"
    );

    sim.update(|s| {
        s.faults = Faults {
            rate_limit_per_sec: Some(1),
            ..Faults::default()
        }
    });
    tokio::time::sleep(Duration::from_millis(1100)).await;
    c.find_order("x").await.unwrap();
    let e = c.find_order("x").await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::RateLimited, Some(429)));
    assert!(e.raw.contains("Application_TooManyRequests"));

    sim.update(|s| s.faults = Faults::default());
    let issued = sim.update(|s| s.tokens_issued).unwrap();
    sim.revoke_tokens();
    c.find_order("x").await.unwrap();
    assert_eq!(
        sim.update(|s| s.tokens_issued).unwrap(),
        issued + 1,
        "a refused token is replaced once"
    );
    sim.update(|s| s.faults.expired_token = true);
    let e = c.find_order("x").await.unwrap_err();
    assert_eq!(e.code, FindingCode::ErpAuthFailed);
    assert!(e.raw.contains("Authentication_TokenExpired"));
}

#[tokio::test]
async fn items_and_customers_are_created_once_however_often_asked() {
    let sim = company().await;
    support::items_and_customers_are_created_once(&client(&sim, "app-secret")).await;
    let long = osd_connectors::NewItem {
        sku: "A-SKU-LONGER-THAN-TWENTY".into(),
        name: "Too long".into(),
    };
    let error = client(&sim, "app-secret")
        .create_item(&long)
        .await
        .unwrap_err();
    assert_eq!(error.code, FindingCode::FieldTooLong, "{error:?}");
}
