//! The Odoo connector against the simulated external API, as Odoo 17 (JSON-RPC) and as Odoo 19
//! (JSON-2, renamed line fields).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use chrono::NaiveDate;
use osd_connectors::odoo::{OdooClient, OdooConfig, OdooProtocol};
use osd_connectors::{DraftLine, Erp, ErpOrderDraft, ErpOrderState, Ref};
use osd_model::FindingCode;
use osd_simulators::odoo::{from_demo, OdooSimulator, OdooState, Release};
use osd_simulators::{demo, Faults};
use rust_decimal_macros::dec;

mod support;

fn database(version: u32) -> OdooState {
    let account = demo::build(demo::reference_now()).account;
    from_demo(&account, version, "shop", "bot@example.com", "odoo-key")
}

async fn odoo(version: u32) -> OdooSimulator {
    OdooSimulator::start(database(version), 0).await.unwrap()
}

/// An Odoo Online database: `common.version` says `saas~<major>` with the minor beside it.
async fn odoo_online(major: u32, minor: u32) -> OdooSimulator {
    let mut state = database(major);
    state.release = Release::saas(major, minor);
    OdooSimulator::start(state, 0).await.unwrap()
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
        let names: Vec<&str> = master
            .units
            .iter()
            .flat_map(|u| u.names.iter().map(String::as_str))
            .collect();
        for name in ["Units", "kg", "lb"] {
            assert!(names.contains(&name), "{name} in {names:?}");
        }
        assert!(
            !names.contains(&"inch"),
            "archived units are not offered: {names:?}"
        );
        assert!(master.units.iter().all(|u| u.names.len() == 1));
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
async fn a_user_who_may_not_read_units_gets_the_rest_of_the_master_data() {
    for (version, protocol) in [(17, OdooProtocol::JsonRpc), (19, OdooProtocol::Json2)] {
        let sim = odoo(version).await;
        sim.update(|s| {
            s.units.retain(|u| u.name != "lb");
            s.units_denied = true;
        });
        let c = client(&sim, "odoo-key", Some(protocol));
        let master = c.load_master_data().await.unwrap();
        assert!(
            master.units.is_empty(),
            "Odoo {version}: no unit is checked"
        );
        assert_eq!(master.items.len(), 48);

        sim.update(|s| s.units_denied = false);
        let master = c.load_master_data().await.unwrap();
        assert!(
            !master.units.iter().any(|u| u.names.contains(&"lb".into())),
            "a database without pounds has none"
        );
        assert!(!master.units.is_empty());
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
        assert!(
            e.raw
                .contains("Missing required fields on accountable sale order line."),
            "{}",
            e.raw
        );
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

#[tokio::test]
async fn odoo_online_versions_are_read_and_get_their_own_field_names() {
    // saas~18.1 sits between 18.0 and 19.0: the line's tax field is already `tax_ids`, the
    // company has 18's lock dates, and JSON-2 is not there yet (JSON-RPC is).
    for (major, minor, tax_field) in [(18, 1, "tax_ids"), (18, 4, "tax_ids"), (17, 4, "tax_id")] {
        let sim = odoo_online(major, minor).await;
        let c = client(&sim, "odoo-key", None);
        assert_eq!(c.major_version().await.unwrap(), major);
        let report = c.test_connection().await.unwrap();
        assert!(
            report.detail.contains(&format!("Odoo {major}.{minor}")),
            "{}",
            report.detail
        );
        let master = c.load_master_data().await.unwrap();
        assert!(
            master.periods.iter().any(|p| p.closed),
            "saas~{major}.{minor}"
        );
        let id = c.create_order(&draft("online-1")).await.unwrap();
        assert_eq!(
            c.order_status(&id).await.unwrap().state,
            ErpOrderState::Open
        );
        let line = &sim.orders()[0].vals["order_line"][0][2];
        assert!(
            line.get(tax_field).is_some(),
            "saas~{major}.{minor}: {line}"
        );
    }
}

#[tokio::test]
async fn the_memo_is_the_source_document_and_nothing_goes_to_the_html_terms() {
    let sim = odoo(17).await;
    let c = client(&sim, "odoo-key", None);
    let mut d = draft("memo-1");
    d.memo = "shopify order <b>#9001</b>".into();
    c.create_order(&d).await.unwrap();
    let vals = &sim.orders()[0].vals;
    assert_eq!(
        vals["origin"], "shopify order <b>#9001</b>",
        "plain text, as typed"
    );
    assert_eq!(vals["client_order_ref"], "memo-1");
    assert!(
        vals.get("note").is_none(),
        "`note` is the HTML terms and conditions: {vals}"
    );
}

#[tokio::test]
async fn a_product_odoo_would_not_offer_on_a_sales_order_is_inactive() {
    let sim = odoo(17).await;
    let c = client(&sim, "odoo-key", None);
    let before = c.load_master_data().await.unwrap();
    let active =
        |m: &osd_model::MasterData, id: &str| m.items.iter().find(|i| i.id == id).map(|i| i.active);
    assert_eq!(active(&before, "100"), Some(true));
    assert_eq!(active(&before, "101"), Some(true));
    assert_eq!(active(&before, "102"), Some(true));
    sim.update(|s| {
        // "Sales" unticked on the template of 100.
        s.templates
            .iter_mut()
            .find(|t| t.id == 500)
            .unwrap()
            .sale_ok = false;
        // The template of 101 archived while its variant stayed active (an import can leave
        // that); Odoo's screens hide it.
        s.templates.iter_mut().find(|t| t.id == 501).unwrap().active = false;
        // 102 archived as a user does it: on the template, which archives the variant too.
        s.archive_template_of(102);
    });
    let after = c.load_master_data().await.unwrap();
    assert_eq!(active(&after, "100"), Some(false), "not for sale");
    assert_eq!(active(&after, "101"), Some(false), "template archived");
    assert_eq!(active(&after, "102"), Some(false), "archived");
    assert_eq!(active(&after, "103"), Some(true));
    assert_eq!(
        after.items.len(),
        before.items.len(),
        "archived ones are still read"
    );
}

#[tokio::test]
async fn every_order_of_a_range_is_listed_in_pages_with_its_lines() {
    let sim = odoo(17).await;
    let c = client(&sim, "odoo-key", None);
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    // 2,050 orders over three days (three pages of a thousand), one outside the range.
    sim.update(|s| {
        for n in 0..2050u32 {
            s.insert_order(&format!("shop-{n}"), day(10 + n % 3));
        }
        s.insert_order("shop-late", day(20));
    });
    // One that carries no reference, one fully invoiced, one cancelled.
    let plain = sim.insert_order("", day(11)).unwrap();
    let invoiced = sim.insert_order("shop-invoiced", day(11)).unwrap();
    let cancelled = sim.insert_order("shop-cancelled", day(12)).unwrap();
    sim.update(|s| {
        s.invoice_order(invoiced).unwrap();
        s.cancel_order(cancelled).unwrap();
    });
    let requests = sim.update(|s| s.requests).unwrap();
    let documents = c.list_documents(day(10), day(12)).await.unwrap();
    let calls = sim.update(|s| s.requests).unwrap() - requests;
    assert_eq!(documents.len(), 2053);
    let mut ids: Vec<&str> = documents.iter().map(|d| d.erp_id.as_str()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 2053, "no order twice");
    assert!(!documents.iter().any(|d| d.external_id == "shop-late"));
    assert!(
        calls <= 3 * 3 + 3,
        "three pages of orders, lines and products, plus signing in: {calls}"
    );
    let find = |id: i64| {
        documents
            .iter()
            .find(|d| d.erp_id == id.to_string())
            .unwrap()
    };
    assert_eq!(
        find(plain).external_id,
        "",
        "no reference: empty, not `false`"
    );
    assert_eq!(
        (find(invoiced).state, find(invoiced).status.as_str()),
        (ErpOrderState::Completed, "Fully Invoiced")
    );
    assert_eq!(find(cancelled).state, ErpOrderState::Other);
    let first = &documents[0];
    assert_eq!(first.number, "S00001");
    assert_eq!(first.date, Some(day(10)));
    assert_eq!(first.currency, "USD");
    assert_eq!(first.customer, "1000");
    assert_eq!(first.total, Some(dec!(10)));
    let lines = first.lines.as_ref().unwrap();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].quantity, dec!(1));
    assert!(!lines[0].item.is_empty(), "the SKU, not the product id");
}

#[tokio::test]
async fn both_copies_of_a_duplicate_and_an_invoiced_order_are_found_and_a_deleted_one_is_not() {
    let sim = odoo(17).await;
    let c = client(&sim, "odoo-key", None);
    let first = c.create_order(&draft("dup-1")).await.unwrap();
    let second = sim.update(|s| s.duplicate_order("dup-1")).unwrap().unwrap();
    let found = c.find_orders(&["dup-1".to_string()]).await.unwrap();
    let mut ids: Vec<String> = found.iter().map(|o| o.erp_id.clone()).collect();
    ids.sort();
    assert_eq!(ids, vec![first.clone(), second.to_string()]);

    let moved_on = c.create_order(&draft("done-1")).await.unwrap();
    sim.update(|s| s.invoice_order(moved_on.parse().unwrap()).unwrap());
    let found = c.find_order("done-1").await.unwrap().unwrap();
    assert_eq!(found.state, ErpOrderState::Completed);
    assert!(found.state.is_live());

    // Odoo deletes only quotations and cancelled orders, as its users can.
    let gone = c.create_order(&draft("gone-1")).await.unwrap();
    let id: i64 = gone.parse().unwrap();
    assert!(
        sim.update(|s| s.unlink_order(id)).unwrap().is_err(),
        "confirmed"
    );
    sim.update(|s| {
        s.cancel_order(id).unwrap();
        s.unlink_order(id).unwrap();
    });
    assert!(c.find_order("gone-1").await.unwrap().is_none());
}

/// Step 1 warns before a numbered Odoo release leaves standard support; an Odoo Online
/// release (`saas~X.Y`, Y above 0) is upgraded by Odoo itself, so it has no end to warn about.
#[tokio::test]
async fn only_numbered_releases_have_a_support_end() {
    let sim = odoo(17).await;
    let c = client(&sim, "odoo-key", None);
    c.test_connection().await.unwrap();
    assert_eq!(c.api_version(), osd_connectors::ApiVersion::Odoo(17));
    assert!(osd_connectors::lifecycle::support_end(&c.api_version()).is_some());

    let sim = odoo_online(18, 1).await;
    let c = client(&sim, "odoo-key", None);
    c.test_connection().await.unwrap();
    assert_eq!(c.api_version(), osd_connectors::ApiVersion::Unknown);
}
