//! An order that is not paid is not an order to book: orders the store does not count as
//! ready (WooCommerce `on-hold` bank transfers, Shopify `PENDING`) are held back, listed in
//! step 1, never sent (not by a resend of all failed orders, not when named, not by the
//! monitor, not by the one-click resend) and never counted or alerted as failed; once the
//! store marks one paid, the next pull lets it flow like any other.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use osd_alerts::Channel;
use osd_model::{FindingCode, ReadyStatuses, Severity, StoreStatus};
use osd_resend::Options;
use osd_session::demo::{DemoStore, StoreSimulator};
use osd_session::monitor::MonitorSettings;
use osd_session::{Code, Selection, Session};
use osd_simulators::demo::Scenario;
use osd_simulators::woocommerce::entered_with_tax;
use osd_store::{Outcome, SyncState};

mod support;
use support::{start_store, Recorder};

fn unpaid(demo: &osd_session::demo::Demo) -> Vec<(String, String)> {
    demo.world
        .orders
        .iter()
        .filter(|o| o.scenario == Scenario::Unpaid)
        .map(|o| (o.shop.order.name.clone(), demo.external_id(o)))
        .collect()
}

/// None of these orders reached the simulated ERP.
fn assert_none_in_erp(demo: &osd_session::demo::Demo, held: &[(String, String)], why: &str) {
    let in_erp: Vec<String> = demo
        .erp
        .orders()
        .into_iter()
        .map(|o| o.external_id)
        .collect();
    for (_, external_id) in held {
        assert!(!in_erp.contains(external_id), "{external_id} {why}");
    }
}

async fn state_of(session: &Session, external_id: &str) -> SyncState {
    session
        .db
        .all_orders()
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.external_id == external_id)
        .unwrap()
        .state
}

#[tokio::test]
async fn an_on_hold_bank_transfer_is_held_back_listed_and_never_sent() {
    let (_dir, demo, session) = start_store(DemoStore::WooCommerce).await;
    let held = unpaid(&demo);
    assert_eq!(held.len(), 2);
    let report = session.check().await.unwrap();
    let step1 = &report.steps[0];
    let finding = step1
        .findings
        .iter()
        .find(|f| f.code == FindingCode::OrderNotReady)
        .expect("step 1 lists the orders held back");
    assert_eq!(finding.severity, Severity::Warning);
    assert_eq!(finding.key.as_deref(), Some("on-hold"));
    let names: Vec<&str> = held.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(finding.orders, names);
    assert!(finding.detail.contains(&format!("{}: on-hold", names[0])));
    assert!(
        step1
            .summary
            .contains("once WooCommerce marks them processing or completed"),
        "{}",
        step1.summary
    );
    // Not failed: not in step 5, not among the failed orders.
    assert!(report
        .findings()
        .filter(|f| f.code != FindingCode::OrderNotReady)
        .all(|f| !f.orders.iter().any(|o| names.contains(&o.as_str()))));
    let failed = session.failed_orders().await.unwrap();
    assert!(failed
        .iter()
        .all(|o| !names.contains(&o.order.name.as_str())));

    // Not sent by a resend of every failed order, nor when named.
    let results = session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();
    assert!(results.iter().all(|r| !names.contains(&r.order.as_str())));
    let named = session
        .reprocess(
            &Selection::Orders(vec![names[0].to_string()]),
            Options::default(),
            |_| {},
        )
        .await
        .err()
        .unwrap();
    assert_eq!(named.code(), Code::NotReady);
    assert!(named.to_string().contains("on-hold"), "{named}");
    // Nor by the one-click resend of everything ready.
    let remedied = session.apply_remedy("resend:ready", |_| {}).await.unwrap();
    assert!(remedied
        .results
        .iter()
        .all(|r| !names.contains(&r.order.as_str())));
    assert_none_in_erp(&demo, &held, "reached the ERP");
    for (_, external_id) in &held {
        assert_eq!(state_of(&session, external_id).await, SyncState::NotReady);
    }
}

#[tokio::test]
async fn the_monitor_neither_sends_nor_alerts_an_unpaid_order() {
    let (_dir, demo, session) = start_store(DemoStore::WooCommerce).await;
    let held = unpaid(&demo);
    let recorder = Recorder::default();
    let channels: Vec<Box<dyn Channel>> = vec![Box::new(recorder.clone())];
    let settings = MonitorSettings {
        auto_send: true,
        silence_after: None,
        ..MonitorSettings::default()
    };
    let round = session
        .monitor_round(&settings, &channels, chrono::Utc::now())
        .await
        .unwrap();
    assert!(round.sent > 0, "the monitor did send what was due");
    assert_none_in_erp(&demo, &held, "was auto-sent");
    for (_, external_id) in &held {
        let keys: Vec<String> = [FindingCode::OrderNotSynced, FindingCode::UnclassifiedError]
            .iter()
            .map(|c| format!("order:{external_id}:{c}"))
            .collect();
        assert!(
            session.db.alerted(&keys).await.unwrap().is_empty(),
            "{external_id} was alerted as a failure"
        );
    }
}

#[tokio::test]
async fn once_the_store_marks_it_paid_the_next_pull_lets_it_flow() {
    let (_dir, demo, session) = start_store(DemoStore::WooCommerce).await;
    let held = unpaid(&demo);
    session.refresh().await.unwrap();
    let (name, external_id) = &held[0];
    assert_eq!(state_of(&session, external_id).await, SyncState::NotReady);
    // The shop sees the bank transfer and marks the order paid: WooCommerce sets it
    // processing and its modification time moves on.
    let StoreSimulator::WooCommerce(sim) = &demo.store else {
        panic!("a WooCommerce demo")
    };
    let store_id = external_id.trim_start_matches("woocommerce-").to_string();
    sim.update(|s| {
        let (order, modified) = s
            .orders
            .iter_mut()
            .find(|(o, _)| o.store_id == store_id)
            .unwrap();
        order.store_status = Some(StoreStatus::open("processing"));
        *modified = chrono::Utc::now() + chrono::Duration::seconds(5);
    });
    session.refresh().await.unwrap();
    assert_eq!(state_of(&session, external_id).await, SyncState::Checked);
    let report = session.check().await.unwrap();
    let still = report.steps[0]
        .findings
        .iter()
        .find(|f| f.code == FindingCode::OrderNotReady)
        .unwrap();
    assert_eq!(
        still.orders,
        vec![held[1].0.clone()],
        "only the other one waits"
    );
    let results = session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();
    let sent = results.iter().find(|r| &r.order == name).unwrap();
    assert_eq!(sent.outcome, Outcome::Created, "{sent:?}");
    let copies = demo
        .erp
        .orders()
        .into_iter()
        .filter(|o| &o.external_id == external_id)
        .count();
    assert_eq!(copies, 1);
}

#[tokio::test]
async fn the_setting_decides_which_statuses_are_ready_and_applies_at_once() {
    let (_dir, demo, mut session) = start_store(DemoStore::WooCommerce).await;
    let held = unpaid(&demo);
    session.refresh().await.unwrap();
    assert_eq!(state_of(&session, &held[0].1).await, SyncState::NotReady);
    // A shop that books bank transfers on receipt of the order counts on-hold as ready.
    session.ready = ReadyStatuses::new(["processing", "completed", "on-hold"]);
    session.refresh().await.unwrap();
    assert_eq!(state_of(&session, &held[0].1).await, SyncState::Checked);
    let report = session.check().await.unwrap();
    assert!(report
        .findings()
        .all(|f| f.code != FindingCode::OrderNotReady));
    assert!(report.steps[0]
        .summary
        .contains("processing, completed or on-hold"));
}

#[tokio::test]
async fn a_pending_shopify_order_and_a_pending_row_of_the_export_are_held_back_too() {
    for (store, word) in [(DemoStore::Shopify, "PENDING"), (DemoStore::Csv, "pending")] {
        let (_dir, demo, session) = start_store(store).await;
        let held = unpaid(&demo);
        let report = session.check().await.unwrap();
        let finding = report.steps[0]
            .findings
            .iter()
            .find(|f| f.code == FindingCode::OrderNotReady)
            .unwrap_or_else(|| panic!("{store:?}: {:?}", report.steps[0]));
        assert_eq!(finding.key.as_deref(), Some(word), "{store:?}");
        assert_eq!(finding.orders.len(), 2, "{store:?}");
        for (_, external_id) in &held {
            assert_eq!(state_of(&session, external_id).await, SyncState::NotReady);
        }
        session
            .reprocess(&Selection::AllFailed, Options::default(), |_| {})
            .await
            .unwrap();
        assert_none_in_erp(&demo, &held, &format!("reached the ERP from {store:?}"));
    }
}

/// A shop that enters prices with tax lists every line without it and the tax beside it:
/// step 4 must not call its total wrong, and must still catch a total that is.
#[tokio::test]
async fn a_tax_inclusive_woocommerce_order_is_no_false_total_mismatch() {
    let (_dir, demo, session) = start_store(DemoStore::WooCommerce).await;
    let StoreSimulator::WooCommerce(sim) = &demo.store else {
        panic!("a WooCommerce demo")
    };
    let mismatch = demo
        .world
        .orders
        .iter()
        .find(|o| o.scenario == Scenario::TotalMismatch)
        .unwrap()
        .shop
        .order
        .name
        .clone();
    sim.update(|s| {
        let (found, _) = s
            .orders
            .iter()
            .find(|(o, _)| {
                !o.total_tax.is_zero() && o.discount_total.is_zero() && o.store_status.is_none()
            })
            .unwrap();
        // The same sale entered with tax in the prices.
        let mut order = entered_with_tax(found);
        order.store_id = "9001".into();
        order.name = "#9001".into();
        // Sold yesterday: the period is open.
        order.created_at = chrono::Utc::now() - chrono::Duration::days(1);
        // Placed after the last pull: the next one brings it.
        s.orders
            .push((order, chrono::Utc::now() + chrono::Duration::seconds(5)));
    });
    let report = session.check().await.unwrap();
    let step4 = &report.steps[3];
    let totals: Vec<&String> = step4
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::TotalMismatch)
        .flat_map(|f| f.orders.iter())
        .collect();
    assert!(
        totals.contains(&&mismatch),
        "a real mismatch still shows: {totals:?}"
    );
    assert!(
        !totals.contains(&&"#9001".to_string()),
        "the tax-inclusive order adds up: {:?}",
        step4.findings
    );
    assert!(
        report.steps[1].summary.contains("not in NetSuite"),
        "the order was read and checked: {}",
        report.steps[1].summary
    );
}
