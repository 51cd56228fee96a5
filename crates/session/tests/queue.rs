//! The durable queue on the demo: transient failures are scheduled and finally given up, data
//! errors wait, Retry-After is waited out, a cancelled run resumes, an order left "sending" by
//! a crash is settled by lookup, and an order whose ERP status is wrong is reported.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use osd_model::FindingCode;
use osd_resend::{Options, RetryPolicy};
use osd_session::demo::{self, ErpSimulator};
use osd_session::Selection;
use osd_simulators::demo::Scenario;
use osd_simulators::netsuite::NetSuiteSimulator;
use osd_store::{Outcome, SyncState};

mod support;
use support::start;

fn netsuite(demo: &demo::Demo) -> &NetSuiteSimulator {
    let ErpSimulator::NetSuite(sim) = &demo.erp else {
        panic!("the demo runs on NetSuite");
    };
    sim
}

/// Orders nothing holds back (never sent, or refused once for a reason that has passed),
/// with their external ids.
fn ready(demo: &demo::Demo) -> Vec<(String, String)> {
    demo.world
        .orders
        .iter()
        .filter(|o| {
            matches!(
                o.scenario,
                Scenario::NeverSent | Scenario::RateLimited | Scenario::ExpiredToken
            )
        })
        .map(|o| (o.shop.order.name.clone(), demo.external_id(o)))
        .collect()
}

fn writes_of(demo: &demo::Demo, external_id: &str) -> Vec<u32> {
    netsuite(demo)
        .sales_orders()
        .into_iter()
        .filter(|o| o.external_id == external_id)
        .map(|o| o.writes)
        .collect()
}

#[tokio::test]
async fn transient_failures_are_retried_on_schedule_then_given_up() {
    let (_dir, demo, session) = start().await;
    // The order the old integration never tried: no failures counted yet.
    let never = demo
        .world
        .orders
        .iter()
        .find(|o| o.scenario == Scenario::NeverSent)
        .unwrap();
    let (name, external_id) = (never.shop.order.name.clone(), demo.external_id(never));
    let policy = RetryPolicy {
        schedule: vec![Duration::from_secs(60), Duration::from_secs(600)],
        jitter: 0.0,
    };
    let mut states = Vec::new();
    for _ in 0..3 {
        // The write times out and a lookup confirms nothing was stored: transient.
        demo.erp.arm(|f| {
            f.timeout_before_commit.insert(external_id.clone());
        });
        let options = Options {
            retry: policy.clone(),
            ..Options::default()
        };
        let results = session
            .reprocess(&Selection::Orders(vec![name.clone()]), options, |_| {})
            .await
            .unwrap();
        assert_eq!(results[0].code, Some(FindingCode::ErpTimeout));
        let stored = session
            .db
            .find_orders(std::slice::from_ref(&name))
            .await
            .unwrap();
        states.push((stored[0].state, stored[0].retry_count, results[0].retry_at));
    }
    assert_eq!(states[0].0, SyncState::RetryScheduled);
    assert_eq!(states[0].1, 1);
    let wait = states[0].2.unwrap() - chrono::Utc::now();
    assert!((55..=60).contains(&wait.num_seconds()), "{wait}");
    assert_eq!((states[1].0, states[1].1), (SyncState::RetryScheduled, 2));
    assert_eq!(
        (states[2].0, states[2].1, states[2].2),
        (SyncState::Dead, 3, None)
    );
    assert!(
        writes_of(&demo, &external_id).is_empty(),
        "nothing was stored"
    );
    // Due orders: a scheduled retry is due only once its time has come.
    assert!(session
        .db
        .due_orders(chrono::Utc::now())
        .await
        .unwrap()
        .iter()
        .all(|o| o.external_id != external_id));
}

#[tokio::test]
async fn a_data_error_waits_for_a_remedy_instead_of_being_retried() {
    let (_dir, _demo, session) = start().await;
    let typo = session
        .db
        .all_orders()
        .await
        .unwrap()
        .into_iter()
        .find(|o| {
            o.order
                .lines
                .iter()
                .any(|l| l.sku.as_deref() == Some("TSHRT-BLK-M"))
        })
        .unwrap();
    let options = Options {
        send_blocked: true,
        ..Options::default()
    };
    let results = session
        .reprocess(
            &Selection::Orders(vec![typo.order.name.clone()]),
            options,
            |_| {},
        )
        .await
        .unwrap();
    assert_eq!(results[0].code, Some(FindingCode::SkuNotFound));
    assert_eq!(
        (results[0].state, results[0].retry_at),
        (SyncState::Failed, None)
    );
}

#[tokio::test]
async fn a_429_is_waited_out_as_retry_after_asks_and_the_order_written_once() {
    let (_dir, demo, session) = start().await;
    let (name, external_id) = ready(&demo).remove(0);
    demo.erp.arm(|f| {
        f.rate_limit_once.insert(external_id.clone());
    });
    let started = Instant::now();
    let results = session
        .reprocess(&Selection::Orders(vec![name]), Options::default(), |_| {})
        .await
        .unwrap();
    // The simulated NetSuite answers Retry-After: 1 (second).
    assert!(started.elapsed() >= Duration::from_millis(950));
    assert_eq!(results[0].outcome, Outcome::Created, "{results:?}");
    assert_eq!(writes_of(&demo, &external_id), vec![1]);
}

#[tokio::test]
async fn a_cancelled_resend_stops_and_the_next_run_resumes_without_duplicates() {
    let (_dir, demo, session) = start().await;
    let cancel = Arc::new(AtomicBool::new(false));
    let options = Options {
        cancel: Some(cancel.clone()),
        concurrency: 1,
        ..Options::default()
    };
    let first = session
        .reprocess(&Selection::AllFailed, options, |p| {
            if p.done == 3 {
                cancel.store(true, Ordering::SeqCst);
            }
        })
        .await
        .unwrap();
    assert!(
        first.len() <= 4,
        "stopped after the order in flight: {}",
        first.len()
    );
    let second = session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();
    assert!(!second.is_empty());
    for (_, external_id) in ready(&demo) {
        assert_eq!(writes_of(&demo, &external_id), vec![1], "{external_id}");
    }
}

#[tokio::test]
async fn orders_left_sending_by_a_crash_are_settled_by_lookup_never_resent_blindly() {
    let (_dir, demo, session) = start().await;
    let ready = ready(&demo);
    session.refresh().await.unwrap();
    let (_, committed) = &ready[0];
    let (_, lost) = &ready[1];
    // The crash came after NetSuite stored the first, and before the second was sent.
    let stored = session
        .db
        .find_orders(std::slice::from_ref(committed))
        .await
        .unwrap();
    let index = osd_doctor::MasterIndex::new(session.erp.load_master_data().await.unwrap());
    let draft = osd_doctor::preflight(
        &stored[0].order,
        &index,
        &session.db.mappings().await.unwrap(),
    )
    .draft;
    session.erp.create_order(&draft).await.unwrap();
    session.db.begin_attempt(committed, "{}").await.unwrap();
    session.db.begin_attempt(lost, "{}").await.unwrap();

    session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();
    assert_eq!(
        writes_of(&demo, committed),
        vec![1],
        "found, not written again"
    );
    assert_eq!(
        writes_of(&demo, lost),
        vec![1],
        "sent once after the lookup"
    );
    for id in [committed, lost] {
        let order = session
            .db
            .find_orders(std::slice::from_ref(id))
            .await
            .unwrap();
        assert_eq!(order[0].state, SyncState::Verified);
    }
}

#[tokio::test]
async fn an_order_whose_status_reads_wrong_is_sent_not_verified_and_reported() {
    let (_dir, demo, session) = start().await;
    let (name, _) = ready(&demo).remove(0);
    netsuite(&demo).update(|s| s.new_order_status = "H".into());
    let results = session
        .reprocess(
            &Selection::Orders(vec![name.clone()]),
            Options::default(),
            |_| {},
        )
        .await
        .unwrap();
    assert_eq!(
        (results[0].outcome, results[0].state),
        (Outcome::Created, SyncState::Sent)
    );
    let report = session.check().await.unwrap();
    let finding = report.steps[4]
        .findings
        .iter()
        .find(|f| f.code == FindingCode::StatusUnverified)
        .unwrap();
    assert_eq!(finding.orders, vec![name]);
    assert!(finding.detail.contains("Closed"), "{}", finding.detail);
}
