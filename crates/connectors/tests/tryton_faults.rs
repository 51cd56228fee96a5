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
async fn units_come_by_symbol_and_name_and_by_unece_code_where_the_module_keeps_one() {
    let sim = TrytonSimulator::start("pw", 0).await.unwrap();
    let c = client(&sim);
    let master = c.load_master_data().await.unwrap();
    let pound = master.units.iter().find(|u| u.id == "5").unwrap();
    assert_eq!(
        pound.names,
        ["lb", "Pound"],
        "no unece_code without edocument_unece"
    );
    assert!(master.units.iter().any(|u| u.names == ["kg", "Kilogram"]));
    assert!(master.units.iter().any(|u| u.names == ["u", "Unit"]));
    assert!(!master
        .units
        .iter()
        .any(|u| u.names.iter().any(|n| n.eq_ignore_ascii_case("bunch"))));

    sim.update(|s| {
        s.edocument_unece = true;
        s.units
            .iter_mut()
            .find(|u| u.name == "Ounce")
            .unwrap()
            .active = false;
    });
    let master = c.load_master_data().await.unwrap();
    let pound = master.units.iter().find(|u| u.id == "5").unwrap();
    assert_eq!(pound.names, ["lb", "Pound", "LBR"]);
    assert!(
        !master.units.iter().any(|u| u.names.contains(&"oz".into())),
        "a deactivated unit is not offered"
    );
    assert!(
        master.units.iter().any(|u| u.names == ["J", "Joule"]),
        "no code: none read"
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

#[tokio::test]
async fn every_sale_of_a_range_is_listed_in_pages_and_duplicates_are_both_found() {
    let sim = TrytonSimulator::start("pw", 0).await.unwrap();
    let c = client(&sim);
    c.load_master_data().await.unwrap();
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    // 1,100 sales over three days (three pages of five hundred), one outside the range.
    sim.update(|s| {
        for n in 0..1100u32 {
            s.insert_sale(&format!("shop-{n}"), day(10 + n % 3));
        }
        s.insert_sale("shop-late", day(20));
    });
    let plain = sim.update(|s| s.insert_sale("", day(11))).unwrap();
    let done = sim.update(|s| s.insert_sale("shop-done", day(12))).unwrap();
    sim.update(|s| s.finish_sale(done).unwrap());
    let documents = c.list_documents(day(10), day(12)).await.unwrap();
    assert_eq!(documents.len(), 1102);
    let mut ids: Vec<&str> = documents.iter().map(|d| d.erp_id.as_str()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 1102, "no sale twice");
    let find = |id: i64| {
        documents
            .iter()
            .find(|d| d.erp_id == id.to_string())
            .unwrap()
    };
    assert_eq!(find(plain).external_id, "");
    assert_eq!(find(done).state, ErpOrderState::Completed);
    let first = &documents[0];
    assert_eq!(
        (first.date, first.currency.as_str()),
        (Some(day(10)), "USD")
    );
    let lines = first.lines.as_ref().unwrap();
    assert_eq!(
        (lines[0].item.as_str(), lines[0].quantity),
        ("TSHIRT-BLK-M", dec!(1))
    );

    // A second sale with the same reference, as another integration would leave it: both found.
    let copy = sim.update(|s| s.duplicate_sale("shop-7")).unwrap().unwrap();
    let found = c.find_orders(&["shop-7".to_string()]).await.unwrap();
    assert_eq!(found.len(), 2);
    assert!(found.iter().any(|o| o.erp_id == copy.to_string()));
    // A done sale is found and counts as live.
    let found = c.find_order("shop-done").await.unwrap().unwrap();
    assert!(found.state.is_live());
    // Tryton deletes only draft and cancelled sales.
    let processing = find(plain).erp_id.parse().unwrap();
    assert!(sim.update(|s| s.delete_sale(processing)).unwrap().is_err());
}
