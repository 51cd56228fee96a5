//! Business Central as its own sources describe it (external document numbers stored upper
//! case, a posted order gone from `salesOrders` and found among `salesInvoices`): a resend
//! creates each order exactly once, also when people posted orders in Business Central
//! between two runs and this app's own record of them was lost.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::collections::HashMap;
use std::sync::Arc;

use osd_connectors::ErpOrderState;
use osd_resend::Options;
use osd_session::demo::{self, DemoErp, DemoStore, ErpSimulator};
use osd_session::{Selection, Session};
use osd_store::{Outcome, SyncState};

/// The demo on Business Central; the folder holds its database.
async fn start() -> (tempfile::TempDir, demo::Demo, Session) {
    let dir = tempfile::tempdir().unwrap();
    let (demo, session) = demo::start(
        &dir.path().join("bc.sqlite"),
        Arc::new(chrono::Utc::now),
        DemoStore::Shopify,
        DemoErp::BusinessCentral,
    )
    .await
    .unwrap();
    (dir, demo, session)
}

#[tokio::test]
async fn orders_posted_in_business_central_between_two_runs_are_never_sent_again() {
    let (_dir, demo, session) = start().await;
    let ErpSimulator::BusinessCentral(bc) = &demo.erp else {
        panic!("the demo runs on Business Central");
    };
    let first = session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();
    let created: Vec<String> = first
        .iter()
        .filter(|r| r.outcome == Outcome::Created)
        .map(|r| r.order.clone())
        .collect();
    assert!(created.len() >= 8, "{first:?}");
    let held_before = demo.erp.orders().len();
    let stored = session.db.find_orders(&created).await.unwrap();
    let ids: Vec<String> = stored.iter().map(|o| o.external_id.clone()).collect();
    let posted_names: Vec<String> = stored[..3].iter().map(|o| o.order.name.clone()).collect();

    // People post three of them in Business Central (Ship and Invoice): each leaves
    // salesOrders and lives on as a posted invoice.
    for id in &ids[..3] {
        bc.post_order(id).unwrap();
    }
    assert_eq!(bc.sales_invoices().len(), 3);
    // And this app loses what it knew of them: one as a crash between recording the write and
    // its answer leaves it ("sending"), two as a restored backup would ("checked": not in the
    // ERP as far as the app knows).
    session
        .db
        .set_state(&ids[0], SyncState::Sending, None)
        .await
        .unwrap();
    for id in &ids[1..3] {
        session
            .db
            .set_state(id, SyncState::Checked, None)
            .await
            .unwrap();
    }

    let second = session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();
    let again: Vec<&str> = second
        .iter()
        .filter(|r| r.outcome == Outcome::Created)
        .map(|r| r.order.as_str())
        .collect();
    assert!(again.is_empty(), "created a second time: {again:?}");

    let held = demo.erp.orders();
    assert_eq!(held.len(), held_before, "no order was written again");
    let mut copies: HashMap<String, usize> = HashMap::new();
    for order in &held {
        *copies
            .entry(session.erp.external_id_key(&order.external_id))
            .or_default() += 1;
    }
    for id in &ids {
        assert_eq!(
            copies.get(&session.erp.external_id_key(id)),
            Some(&1),
            "{id} is in Business Central once"
        );
    }
    // The three posted orders read as done, and say so in Business Central's words.
    let posted = session.db.find_orders(&posted_names).await.unwrap();
    assert_eq!(posted.len(), 3);
    for order in &posted {
        assert_eq!(order.state, SyncState::Verified, "{}", order.order.name);
        let status = order.erp_status.clone().unwrap_or_default();
        assert!(
            status.starts_with("Invoiced"),
            "{}: {status}",
            order.order.name
        );
    }
    let read = session.erp.find_order(&ids[1]).await.unwrap().unwrap();
    assert_eq!(read.state, ErpOrderState::Completed);
}

/// Audit: Business Central refuses a bill-to address from an app. What it does instead is
/// said before anything is sent.
#[tokio::test]
async fn the_resend_preview_says_business_central_takes_the_bill_to_address_itself() {
    let (_dir, _demo, session) = start().await;
    let preview = session.preview_remedy("resend:ready").await.unwrap();
    assert!(!preview.clears.is_empty());
    assert!(
        preview
            .notes
            .iter()
            .any(|n| n.contains("bill-to address") && n.contains("sell-to address")),
        "{:?}",
        preview.notes
    );
}
