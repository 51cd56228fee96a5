//! The fix plan on the demo: its preview names every write, carrying it out gets every order
//! the app can fix into NetSuite once, and what is left is a person's work.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::collections::HashMap;

use osd_session::Session;

mod support;
use support::start;

fn remedies(plan: &osd_doctor::plan::FixPlan) -> Vec<String> {
    plan.fixes.iter().map(|f| f.remedy.clone()).collect()
}

#[tokio::test]
async fn the_plan_previews_every_write_then_gets_each_fixable_order_in_once() {
    let (_dir, demo, session) = start().await;
    let report = session.check().await.unwrap();
    let plan = session.fix_plan(&report);
    assert_eq!(plan.waiting.len(), 44);
    for expected in [
        "map-sku:TSHRT-BLK-M=TSHIRT-BLK-M",
        "create-item:CANDLE-LAV-XL",
        "map-customer:guest checkout=2999",
        "policy:closed-period=first-open",
        "policy:fit-text=on",
        "map-country:United States=US",
    ] {
        assert!(
            plan.fixes.iter().any(|f| f.remedy == expected),
            "{expected} is not in the plan"
        );
    }
    let held: Vec<_> = plan.for_a_person.iter().filter(|t| t.blocks).collect();
    assert!(held.iter().all(|t| t.place.is_some()), "{held:#?}");

    let before = demo.erp.orders().len();
    let preview = session
        .preview_plan(&remedies(&plan), &plan.sends)
        .await
        .unwrap();
    assert_eq!(demo.erp.orders().len(), before, "a preview writes nothing");
    assert!(preview.not_sent.is_empty(), "{:?}", preview.not_sent);
    let written: Vec<&str> = preview.writes.iter().map(|w| w.order.as_str()).collect();
    assert_eq!(written, plan.sends);
    let creates_item = preview
        .fixes
        .iter()
        .find(|f| f.remedy == "create-item:CANDLE-LAV-XL")
        .unwrap();
    assert!(creates_item.erp_change.contains("Creates the item"));

    let mut fixes_seen = 0;
    let mut sent_seen = 0;
    let outcome = session
        .apply_plan(&remedies(&plan), &plan.sends, |p| {
            fixes_seen = fixes_seen.max(p.fixes_done);
            if let Some(sending) = p.sending {
                sent_seen = sending.done;
            }
        })
        .await
        .unwrap();
    assert_eq!(fixes_seen as usize, plan.fixes.len());
    assert_eq!(sent_seen as usize, plan.sends.len());
    assert!(
        outcome.fixes.iter().all(|f| f.error.is_none()),
        "{outcome:#?}"
    );
    assert!(outcome.not_sent.is_empty(), "{:?}", outcome.not_sent);
    assert_eq!(outcome.results.len(), plan.sends.len());
    assert!(
        outcome.results.iter().all(|r| r.verified),
        "{:#?}",
        outcome.results
    );
    assert_each_once(&demo.erp.orders());

    // Afterwards nothing is left for the app: no fix, and nothing it could send.
    let after = session.fix_plan(&session.check().await.unwrap());
    assert!(after.fixes.is_empty(), "{:#?}", after.fixes);
    assert!(after.sends.is_empty(), "{:?}", after.sends);
    assert_eq!(after.waiting.len(), plan.waiting.len() - plan.sends.len());
    plan_refuses_resends(&session).await;
}

fn assert_each_once(orders: &[osd_session::demo::SimulatedOrder]) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for order in orders {
        *seen.entry(order.external_id.as_str()).or_default() += 1;
    }
    assert!(seen.values().all(|n| *n == 1), "duplicates: {seen:?}");
    assert!(orders.iter().all(|o| o.writes == 1));
}

/// The plan resends once, at its end: a resend among its fixes is refused, before anything.
async fn plan_refuses_resends(session: &Session) {
    let refused = session
        .apply_plan(&["resend:ready".to_string()], &[], |_| {})
        .await;
    assert!(refused.is_err());
}
