//! A resend to Tryton writes its sales 25 to a request (one `create`, one `quote`, one
//! `confirm`, one `read`) and keeps exactly-once when such a write fails: a write whose answer
//! was lost after the commit, and one refused before anything was stored, each end with every
//! sale in Tryton once and every order with its own answer.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use osd_connectors::shopify_csv::CsvSource;
use osd_connectors::tryton::{TrytonClient, TrytonConfig};
use osd_model::FindingCode;
use osd_resend::Options;
use osd_session::{Clock, Selection, Session};
use osd_simulators::tryton::TrytonSimulator;
use osd_store::{Db, Outcome, SyncState};

const ORDERS: usize = 60;

/// A Shopify-format export of `ORDERS` good orders (Ada Lovelace buying a T-shirt in USD),
/// dated in the simulated Tryton's open period.
fn orders_csv(dir: &std::path::Path) -> std::path::PathBuf {
    let now = "2026-11-20 10:00:00 +0000";
    let mut csv = String::from("Name,Email,Currency,Subtotal,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Tax 1 Name,Tax 1 Value,Billing Name,Billing Address1,Billing City,Billing Province,Billing Country\n");
    for n in 1..=ORDERS {
        csv.push_str(&format!("#B{n},customer1@example.com,USD,20.00,1.45,21.45,{now},1,Item,20.00,TSHIRT-BLK-M,CA State Tax 7.25%,1.45,Ada Lovelace,1 Market Street,Oakland,CA,US\n"));
    }
    let path = dir.join("orders.csv");
    std::fs::write(&path, csv).unwrap();
    path
}

async fn session(sim: &TrytonSimulator, dir: &std::path::Path) -> Session {
    let db = Db::open(&dir.join("orders.db")).await.unwrap();
    let erp = TrytonClient::new(TrytonConfig {
        base_url: sim.base_url(),
        database: "shop".into(),
        username: "admin".into(),
        password: "pw".to_string().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap();
    let clock: Clock = Arc::new(Utc::now);
    Session::new(
        db,
        Box::new(CsvSource::new(orders_csv(dir))),
        Box::new(erp),
        clock,
    )
}

/// How many sales Tryton holds for each reference.
fn held(sim: &TrytonSimulator) -> std::collections::HashMap<String, usize> {
    let mut count = std::collections::HashMap::new();
    sim.update(|s| {
        for sale in &s.sales {
            *count.entry(sale.reference.clone()).or_insert(0) += 1;
        }
    });
    count
}

#[tokio::test]
async fn sales_go_to_tryton_25_a_write_and_a_failed_write_loses_and_repeats_none() {
    let sim = TrytonSimulator::start("pw", 0).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let session = session(&sim, dir.path()).await;
    session.check().await.unwrap();
    let waiting = session.db.unsynced_orders().await.unwrap();
    assert_eq!(waiting.len(), ORDERS, "every order waits to be sent");
    // Sent in this order, 25 to a write.
    let external = |n: usize| waiting[n].external_id.clone();
    // The first write's answer is lost after Tryton stored all 25 of its sales; the second
    // write is cut off before anything is stored. The third goes through.
    sim.update(|s| {
        s.faults.timeout_after_commit.insert(external(2));
        s.faults.timeout_before_commit.insert(external(30));
    });

    let results = session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();

    assert_eq!(results.len(), ORDERS);
    for result in &results {
        assert!(
            matches!(result.outcome, Outcome::Created | Outcome::AlreadyInErp),
            "{result:?}"
        );
        assert_eq!(
            result.erp_status.as_deref(),
            Some("processing"),
            "{result:?}"
        );
        assert_eq!(result.state, SyncState::Verified, "{result:?}");
    }
    let held = held(&sim);
    assert_eq!(held.len(), ORDERS, "every order is in Tryton");
    assert!(
        held.values().all(|&n| n == 1),
        "each once: {:?}",
        held.iter().filter(|(_, &n)| n > 1).collect::<Vec<_>>()
    );
    // The write whose answer was lost: its 25 sales were found, not written again.
    let found = results
        .iter()
        .filter(|r| r.outcome == Outcome::AlreadyInErp)
        .count();
    assert_eq!(found, 25, "{results:?}");
    // Each order of a failed write keeps that write's failure in its history, then its own
    // answer.
    let history = session.db.attempts_for(&external(30)).await.unwrap();
    assert_eq!(history.len(), 2, "{history:?}");
    assert!(
        history[0]
            .summary
            .as_deref()
            .is_some_and(|s| s.contains("together with 24 more")),
        "{history:?}"
    );

    // Nothing is left to send, and a second resend writes nothing.
    let again = session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();
    assert!(again.is_empty(), "{again:?}");
    assert_eq!(held_total(&sim), ORDERS);
}

fn held_total(sim: &TrytonSimulator) -> usize {
    sim.update(|s| s.sales.len()).unwrap()
}

#[tokio::test]
async fn a_sale_tryton_refuses_in_a_write_of_several_is_refused_alone() {
    let sim = TrytonSimulator::start("pw", 0).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let session = session(&sim, dir.path()).await;
    session.check().await.unwrap();
    // The T-shirt stops being salable, and the orders are sent all the same to hear Tryton's
    // own words: Tryton refuses the whole `create` (one transaction), then each sale alone.
    sim.update(|s| {
        for template in &mut s.templates {
            if template.id == 1 {
                template.salable = false;
            }
        }
    });
    let options = Options {
        send_blocked: true,
        ..Options::default()
    };
    let names = ["#B1", "#B2"];
    let first = session
        .reprocess(
            &Selection::Orders(names.map(str::to_string).to_vec()),
            options,
            |_| {},
        )
        .await
        .unwrap();
    assert_eq!(first.len(), 2);
    for (result, name) in first.iter().zip(names) {
        assert_eq!(result.outcome, Outcome::Failed, "{result:?}");
        assert_eq!(result.order, name);
        let stored = session.db.find_orders(&[name.to_string()]).await.unwrap();
        let history = session
            .db
            .attempts_for(&stored[0].external_id)
            .await
            .unwrap();
        let summaries: Vec<_> = history.iter().map(|a| a.summary.clone()).collect();
        assert_eq!(
            history.len(),
            2,
            "the write together, then its own: {summaries:?}"
        );
        assert!(
            summaries[0]
                .as_deref()
                .is_some_and(|s| s.contains("together with 1 more")),
            "{summaries:?}"
        );
        assert!(
            summaries[1].as_deref().is_some_and(|s| !s.contains("more")),
            "its own refusal: {summaries:?}"
        );
        assert_eq!(history[1].code, Some(FindingCode::SkuNotFound));
    }
    assert_eq!(held_total(&sim), 0, "nothing stored");
}
