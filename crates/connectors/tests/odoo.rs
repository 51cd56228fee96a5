//! The Odoo connector against the simulated external API, as Odoo 17 (JSON-RPC) and as Odoo 19
//! (JSON-2, renamed line fields).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use chrono::NaiveDate;
use osd_connectors::odoo::{OdooClient, OdooConfig, OdooProtocol};
use osd_connectors::{DraftLine, Erp, ErpOrderDraft, ErpOrderState, Ref};
use osd_model::FindingCode;
use osd_simulators::odoo::{from_demo, OdooSimulator};
use osd_simulators::{demo, Faults};
use rust_decimal_macros::dec;

mod support;

async fn odoo(version: u32) -> OdooSimulator {
    let account = demo::build(demo::reference_now()).account;
    OdooSimulator::start(
        from_demo(&account, version, "shop", "bot@example.com", "odoo-key"),
        0,
    )
    .await
    .unwrap()
}

fn client(sim: &OdooSimulator, key: &str, protocol: Option<OdooProtocol>) -> OdooClient {
    OdooClient::new(OdooConfig {
        base_url: sim.base_url(),
        database: "shop".into(),
        login: "bot@example.com".into(),
        api_key: key.to_string().into(),
        protocol,
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

fn draft(reference: &str) -> ErpOrderDraft {
    ErpOrderDraft {
        external_id: reference.into(),
        order_name: "#9001".into(),
        tran_date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        customer: Ref::Id("1000".into()),
        currency: Ref::Id("1".into()),
        tax_code: Some(Ref::Id("10".into())),
        lines: vec![DraftLine {
            item: Ref::Id("100".into()),
            quantity: dec!(2),
            unit_price: dec!(24),
            description: "T-shirt".into(),
        }],
        billing: None,
        shipping: None,
        shipping_cost: dec!(0),
        memo: "shopify order #9001".into(),
    }
}

#[tokio::test]
async fn both_generations_connect_load_create_confirm_and_read_back() {
    for version in [17, 19] {
        let sim = odoo(version).await;
        let c = client(&sim, "odoo-key", None);
        let report = c.test_connection().await.unwrap();
        assert!(
            report.detail.contains(&format!("Odoo {version}")),
            "{}",
            report.detail
        );
        let master = c.load_master_data().await.unwrap();
        assert_eq!(master.items.len(), 48);
        assert!(
            master
                .currencies
                .iter()
                .any(|cur| cur.code == "CAD" && !cur.active),
            "inactive currencies are read too"
        );
        assert!(master.tax_codes.iter().any(|t| t.rate == dec!(0.0725)));
        assert!(
            master.periods.iter().any(|p| p.closed),
            "the lock date closes everything before it"
        );
        assert!(
            !c.rules().period_blocks_orders,
            "Odoo's lock dates stop invoices, not sales orders"
        );

        let id = c.create_order(&draft("shopify-1")).await.unwrap();
        let found = c.find_order("shopify-1").await.unwrap().unwrap();
        assert_eq!(found.erp_id, id);
        let status = c.order_status(&id).await.unwrap();
        assert_eq!(
            (status.status.as_str(), status.state),
            ("Sales Order", ErpOrderState::Open),
            "created, then confirmed"
        );
        let line = &sim.orders()[0].vals["order_line"][0][2];
        let tax_field = if version >= 19 { "tax_ids" } else { "tax_id" };
        assert!(
            line.get(tax_field).is_some(),
            "Odoo {version} gets {tax_field}"
        );
    }
}

#[tokio::test]
async fn errors_come_inside_http_200_or_as_json2_statuses() {
    for (version, status) in [(17, 200), (19, 422)] {
        let sim = odoo(version).await;
        let c = client(&sim, "odoo-key", None);
        let mut d = draft("e1");
        d.lines[0].item = Ref::Unresolved("TSHRT-BLK-M".into());
        let e = c.create_order(&d).await.unwrap_err();
        assert_eq!(
            (e.code, e.status),
            (FindingCode::SkuNotFound, Some(status)),
            "{}",
            e.raw
        );
        assert!(e.raw.contains("Field: Product (product_id)"));
        let mut d = draft("e2");
        d.customer = Ref::Unresolved("guest@x".into());
        let e = c.create_order(&d).await.unwrap_err();
        assert_eq!(e.code, FindingCode::CustomerNotFound, "{}", e.raw);
        assert!(sim.orders().is_empty());
    }
}

#[tokio::test]
async fn a_wrong_key_an_expired_session_and_a_down_server() {
    let sim = odoo(17).await;
    let e = client(&sim, "wrong", None)
        .test_connection()
        .await
        .unwrap_err();
    assert_eq!(e.code, FindingCode::ErpAuthFailed);
    let c = client(&sim, "odoo-key", None);
    c.find_order("x").await.unwrap();
    sim.update(|s| s.expire_next_call = true);
    c.find_order("x").await.unwrap();
    assert_eq!(
        sim.update(|s| s.authentications).unwrap(),
        3,
        "one failed key, one login, one new login after code 100"
    );
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

    let modern = odoo(19).await;
    let e = client(&modern, "wrong", Some(OdooProtocol::Json2))
        .find_order("x")
        .await
        .unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpAuthFailed, Some(401)));
    assert!(e.raw.contains("Invalid apikey"));
}

#[tokio::test]
async fn a_timeout_after_commit_leaves_the_order_findable() {
    let sim = odoo(17).await;
    let c = client(&sim, "odoo-key", None);
    sim.update(|s| s.faults.timeout_after_commit.insert("late".into()));
    let e = c.create_order(&draft("late")).await.unwrap_err();
    assert_eq!(e.code, FindingCode::ErpTimeout);
    assert!(c.find_order("late").await.unwrap().is_some());
    assert_eq!(sim.orders().len(), 1);
}

#[tokio::test]
async fn products_and_contacts_are_created_once_over_both_protocols() {
    for version in [17, 19] {
        let sim = odoo(version).await;
        let c = client(&sim, "odoo-key", None);
        support::items_and_customers_are_created_once(&c).await;
        let nameless = osd_connectors::NewCustomer {
            key: "x@example.com".into(),
            name: String::new(),
            email: Some("x@example.com".into()),
        };
        let error = c.create_customer(&nameless).await.unwrap_err();
        assert!(error.detail().contains("mandatory field"), "{error:?}");
    }
}
