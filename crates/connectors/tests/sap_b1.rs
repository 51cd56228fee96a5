//! The SAP Business One connector against the simulated Service Layer.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use chrono::NaiveDate;
use osd_connectors::sap_b1::{SapClient, SapConfig};
use osd_connectors::{DraftLine, Erp, ErpOrderDraft, ErpOrderState, Ref};
use osd_model::{Address, FindingCode};
use osd_simulators::sap_b1::{from_demo, SapSimulator};
use osd_simulators::{demo, Faults};
use rust_decimal_macros::dec;

mod support;

async fn company() -> SapSimulator {
    let account = demo::build(demo::reference_now()).account;
    SapSimulator::start(from_demo(&account, "SBODEMOUS", "manager", "1234"), 0)
        .await
        .unwrap()
}

fn client(sim: &SapSimulator, password: &str) -> SapClient {
    SapClient::new(SapConfig {
        base_url: sim.service_url(),
        company_db: "SBODEMOUS".into(),
        username: "manager".into(),
        password: password.to_string().into(),
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

fn draft(reference: &str) -> ErpOrderDraft {
    ErpOrderDraft {
        external_id: reference.into(),
        order_name: "#9001".into(),
        tran_date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        customer: Ref::Id("CUST0001".into()),
        currency: Ref::Id("USD".into()),
        tax_code: Some(Ref::Id("CA".into())),
        lines: vec![DraftLine {
            item: Ref::Id("TSHIRT-BLK-M".into()),
            quantity: dec!(2),
            unit_price: dec!(24),
            description: "T-shirt".into(),
        }],
        billing: Some(address()),
        shipping: Some(address()),
        shipping_cost: dec!(0),
        memo: "shopify order #9001".into(),
    }
}

#[tokio::test]
async fn logs_in_with_cookies_and_refuses_a_wrong_password_or_a_down_server() {
    let sim = company().await;
    let c = client(&sim, "1234");
    assert!(c
        .test_connection()
        .await
        .unwrap()
        .detail
        .contains("SBODEMOUS"));
    let e = client(&sim, "wrong").test_connection().await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpAuthFailed, Some(401)));
    sim.update(|s| {
        s.faults = Faults {
            maintenance: true,
            ..Faults::default()
        }
    });
    assert_eq!(
        c.find_order("x").await.unwrap_err().code,
        FindingCode::ErpMaintenance
    );
}

#[tokio::test]
async fn a_timed_out_session_logs_in_again_once() {
    let sim = company().await;
    let c = client(&sim, "1234");
    c.find_order("x").await.unwrap();
    assert_eq!(c.logins(), 1);
    sim.expire_sessions();
    c.find_order("x").await.unwrap();
    assert_eq!(
        c.logins(),
        2,
        "error 301 led to one new login, then the call went through"
    );
    // An idle session past SessionTimeout is renewed before use, without a failed call.
    sim.update(|s| s.session_timeout = Duration::from_secs(60));
    let before = sim.update(|s| s.requests).unwrap();
    let short = client(&sim, "1234");
    short.find_order("x").await.unwrap();
    assert_eq!(short.logins(), 1);
    assert_eq!(
        sim.update(|s| s.requests).unwrap() - before,
        2,
        "login and lookup, nothing refused"
    );
    c.logout().await;
}

#[tokio::test]
async fn master_data_loads_in_bulk_across_pages() {
    let sim = company().await;
    sim.update(|s| {
        s.items
            .extend((0..650).map(|i| (format!("BULK-{i:04}"), i % 10 != 0)))
    });
    let c = client(&sim, "1234");
    c.test_connection().await.unwrap();
    let before = sim.update(|s| s.requests).unwrap();
    let master = c.load_master_data().await.unwrap();
    let requests = sim.update(|s| s.requests).unwrap() - before;
    assert_eq!(master.items.len(), 698);
    assert!(master
        .items
        .iter()
        .any(|i| i.sku == "BULK-0010" && !i.active));
    assert_eq!(
        master.customers.len(),
        61,
        "60 buyers and the web store guest"
    );
    assert!(master
        .tax_codes
        .iter()
        .any(|t| t.id == "CA" && t.rate == dec!(0.0725)));
    assert_eq!(master.periods.iter().filter(|p| p.closed).count(), 4);
    // 4 pages of items (200 per page) + partners + currencies + tax codes + periods.
    assert_eq!(requests, 8);
}

#[tokio::test]
async fn an_order_is_created_looked_up_by_num_at_card_and_read_back() {
    let sim = company().await;
    let c = client(&sim, "1234");
    assert!(c.find_order("shopify-1").await.unwrap().is_none());
    let id = c.create_order(&draft("shopify-1")).await.unwrap();
    let found = c.find_order("shopify-1").await.unwrap().unwrap();
    assert_eq!(found.erp_id, id);
    let status = c.order_status(&id).await.unwrap();
    assert_eq!(
        (status.status.as_str(), status.state),
        ("Open", ErpOrderState::Open)
    );
    let stored = sim.orders();
    assert_eq!(
        stored[0].body["DocumentLines"][0]["ItemCode"],
        "TSHIRT-BLK-M"
    );
    assert_eq!(stored[0].body["AddressExtension"]["ShipToState"], "CA");
}

#[tokio::test]
async fn each_guide_error_class_comes_from_saps_own_words() {
    let sim = company().await;
    let c = client(&sim, "1234");
    let cases: Vec<(ErpOrderDraft, FindingCode, &str)> = vec![
        (
            {
                let mut d = draft("e1");
                d.lines[0].item = Ref::Unresolved("TSHRT-BLK-M".into());
                d
            },
            FindingCode::SkuNotFound,
            "[DocumentLines.ItemCode][line: 1]",
        ),
        (
            {
                let mut d = draft("e2");
                d.customer = Ref::Unresolved("guest@x".into());
                d
            },
            FindingCode::CustomerNotFound,
            "Invalid BP code [ORDR.CardCode] , 'guest@x'",
        ),
        (
            {
                let mut d = draft("e3");
                d.tran_date = NaiveDate::from_ymd_opt(2026, 10, 30).unwrap();
                d
            },
            FindingCode::PeriodClosed,
            "Posting period locked",
        ),
        (
            {
                let mut d = draft("e4");
                d.tran_date = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
                d
            },
            FindingCode::PeriodClosed,
            "deviates from the defined range",
        ),
        (
            {
                let mut d = draft("e5");
                if let Some(a) = d.shipping.as_mut() {
                    a.province_code = None;
                    a.province = Some("California".into());
                }
                d
            },
            FindingCode::FieldTooLong,
            "Value too long in property 'ShipToState'",
        ),
    ];
    for (d, code, text) in cases {
        let e = c.create_order(&d).await.unwrap_err();
        assert_eq!(e.code, code, "{}: {}", d.external_id, e.raw);
        assert!(e.raw.contains(text), "{}: {}", d.external_id, e.raw);
    }
    assert!(sim.orders().is_empty());
}

#[tokio::test]
async fn a_timeout_after_commit_leaves_the_order_findable() {
    let sim = company().await;
    let c = client(&sim, "1234");
    sim.update(|s| s.faults.timeout_after_commit.insert("late".into()));
    let e = c.create_order(&draft("late")).await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpTimeout, Some(504)));
    assert!(c.find_order("late").await.unwrap().is_some());
    assert_eq!(sim.orders().len(), 1);
}

#[tokio::test]
async fn items_and_business_partners_are_created_once_however_often_asked() {
    let sim = company().await;
    let c = client(&sim, "1234");
    support::items_and_customers_are_created_once(&c).await;
    let long = osd_connectors::NewItem {
        sku: "X".repeat(51),
        name: "Too long".into(),
    };
    let error = c.create_item(&long).await.unwrap_err();
    assert_eq!(error.code, FindingCode::FieldTooLong, "{error:?}");
}
