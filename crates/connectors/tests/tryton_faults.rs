//! The Tryton connector against a simulated server: faults a real trytond cannot be made to
//! show on demand, and the behaviours tests/tryton.rs checks on a real trytond, so they are
//! covered where none runs.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use osd_connectors::tryton::{TrytonClient, TrytonConfig};
use osd_connectors::{DraftLine, Erp, ErpOrderDraft, ErpOrderState, Ref};
use osd_model::FindingCode;
use osd_simulators::tryton::TrytonSimulator;
use rust_decimal_macros::dec;

fn client(sim: &TrytonSimulator) -> TrytonClient {
    TrytonClient::new(TrytonConfig {
        base_url: sim.base_url(),
        database: "shop".into(),
        username: "admin".into(),
        password: "pw".to_string().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

fn draft(reference: &str) -> ErpOrderDraft {
    ErpOrderDraft {
        external_id: reference.into(),
        order_name: "#1".into(),
        tran_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        customer: Ref::Id("2".into()),
        currency: Ref::Id("1".into()),
        tax_code: Some(Ref::Id("1".into())),
        lines: vec![DraftLine {
            item: Ref::Id("1".into()),
            quantity: dec!(1),
            unit_price: dec!(24),
            description: "T-shirt".into(),
        }],
        billing: None,
        shipping: None,
        shipping_cost: dec!(0),
        memo: String::new(),
    }
}

#[tokio::test]
async fn a_timeout_after_commit_leaves_the_sale_findable() {
    let sim = TrytonSimulator::start("pw", 0).await.unwrap();
    let c = client(&sim);
    c.load_master_data().await.unwrap();
    sim.update(|s| s.faults.timeout_after_commit.insert("late".into()));
    let e = c.create_order(&draft("late")).await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpTimeout, Some(504)));
    let found = c
        .find_order("late")
        .await
        .unwrap()
        .expect("committed before the 504");
    assert_eq!(found.external_id, "late");
    assert_eq!(sim.update(|s| s.sales.len()).unwrap(), 1);
}

#[tokio::test]
async fn an_expired_session_logs_in_again_once() {
    let sim = TrytonSimulator::start("pw", 0).await.unwrap();
    let c = client(&sim);
    c.find_order("x").await.unwrap();
    sim.expire_sessions();
    c.find_order("x").await.unwrap();
    assert_eq!(c.logins(), 2);
    let id = c.create_order(&draft("ok")).await.unwrap();
    assert_eq!(
        c.order_status(&id).await.unwrap().state,
        ErpOrderState::Processing
    );
}

#[tokio::test]
async fn rate_limited_logins_a_wrong_password_and_maintenance() {
    let sim = TrytonSimulator::start("pw", 0).await.unwrap();
    sim.update(|s| s.throttle_logins = true);
    let e = client(&sim).test_connection().await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::RateLimited, Some(429)));
    sim.update(|s| s.throttle_logins = false);
    let wrong = TrytonClient::new(TrytonConfig {
        base_url: sim.base_url(),
        database: "shop".into(),
        username: "admin".into(),
        password: "nope".to_string().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap();
    assert_eq!(
        wrong.test_connection().await.unwrap_err().code,
        FindingCode::ErpAuthFailed
    );
    sim.update(|s| s.faults.maintenance = true);
    assert_eq!(
        client(&sim).test_connection().await.unwrap_err().code,
        FindingCode::ErpMaintenance
    );
}

#[tokio::test]
async fn a_product_discontinued_on_its_template_or_not_salable_is_inactive() {
    let sim = TrytonSimulator::start("pw", 0).await.unwrap();
    let c = client(&sim);
    let active = |m: &osd_model::MasterData, sku: &str| {
        m.items.iter().find(|i| i.sku == sku).map(|i| i.active)
    };
    let master = c.load_master_data().await.unwrap();
    assert_eq!(active(&master, "TSHIRT-BLK-M"), Some(true));
    assert_eq!(
        active(&master, "LAMP-OLD"),
        Some(false),
        "its template is deactivated, the variant is not"
    );
    sim.update(|s| s.templates.iter_mut().find(|t| t.id == 2).unwrap().salable = false);
    let master = c.load_master_data().await.unwrap();
    assert_eq!(active(&master, "MUG-NAT-M"), Some(false), "not salable");
}

#[tokio::test]
async fn the_sale_carries_the_order_date_and_a_done_sale_counts_as_completed() {
    let sim = TrytonSimulator::start("pw", 0).await.unwrap();
    let c = client(&sim);
    c.load_master_data().await.unwrap();
    let id = c.create_order(&draft("dated")).await.unwrap();
    let sale_date = sim.update(|s| s.sales[0].sale_date).unwrap();
    assert_eq!(sale_date, chrono::NaiveDate::from_ymd_opt(2026, 11, 20));
    sim.update(|s| s.finish_sale(1).unwrap());
    let status = c.order_status(&id).await.unwrap();
    assert_eq!(
        (status.status.as_str(), status.state),
        ("done", ErpOrderState::Completed)
    );
}
