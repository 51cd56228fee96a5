//! `--demo-store square`: the demo's shop as a Square seller with what only a till produces,
//! checked through the Square connector against every simulated ERP, and resent exactly once.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::sync::Arc;

use osd_model::FindingCode;
use osd_resend::Options;
use osd_session::{demo, Selection};
use osd_store::Outcome;

#[tokio::test]
async fn the_square_demo_finds_the_pos_problems_and_resends_exactly_once_to_every_erp() {
    for erp in [
        demo::DemoErp::NetSuite,
        demo::DemoErp::BusinessCentral,
        demo::DemoErp::SapB1,
        demo::DemoErp::Odoo,
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (demo, session) = demo::start(
            &dir.path().join("demo.sqlite"),
            Arc::new(chrono::Utc::now),
            demo::DemoStore::Square,
            erp,
        )
        .await
        .unwrap();
        let report = session.check().await.unwrap();
        let findings: Vec<_> = report.findings().collect();
        // The demo's own problems come through Square as through any store.
        let typo = findings
            .iter()
            .find(|f| f.key.as_deref() == Some("TSHRT-BLK-M"))
            .unwrap_or_else(|| panic!("{erp:?}: the SKU typo is found"));
        assert_eq!(typo.orders.len(), 7, "{erp:?}");
        // A custom amount and a tip have no product: one finding says so, with both orders.
        let no_sku = findings
            .iter()
            .find(|f| {
                f.code == FindingCode::SkuNotFound && f.key.as_deref().unwrap_or("").is_empty()
            })
            .unwrap_or_else(|| panic!("{erp:?}: lines without a SKU are found: {findings:#?}"));
        let held: Vec<&str> = no_sku.orders.iter().map(String::as_str).collect();
        assert!(
            held.iter().any(|o| o.contains("SQDEMOPOSCUSTOM"))
                && held.iter().any(|o| o.contains("SQDEMOPOSTIP")),
            "{erp:?}: {held:?}"
        );
        // The Toronto counter sells in Canadian dollars, which the demo ERPs do not keep.
        assert!(
            findings
                .iter()
                .any(|f| f.code == FindingCode::CurrencyInactive
                    && f.orders.iter().any(|o| o.contains("SQDEMOPOSTORONTO"))),
            "{erp:?}: the CAD sale is found"
        );

        let before = demo.erp.orders().len();
        let first = session
            .reprocess(&Selection::AllFailed, Options::default(), |_| {})
            .await
            .unwrap();
        let created: Vec<&str> = first
            .iter()
            .filter(|r| r.outcome == Outcome::Created)
            .map(|r| r.order.as_str())
            .collect();
        assert!(created.len() >= 8, "{erp:?}: {created:?}");
        // The weighed sale and the sale refunded in part are sales, and sendable.
        for pos in ["SQDEMOPOSWEIGHED", "SQDEMOPOSREFUND"] {
            assert!(
                created.iter().any(|o| o.contains(pos)),
                "{erp:?}: {pos} sent: {created:?}"
            );
        }
        let second = session
            .reprocess(&Selection::AllFailed, Options::default(), |_| {})
            .await
            .unwrap();
        assert!(
            second.iter().all(|r| r.outcome != Outcome::Created),
            "{erp:?}"
        );
        let orders = demo.erp.orders();
        assert_eq!(
            orders.len(),
            before + created.len(),
            "{erp:?}: exactly once"
        );
        let key = |id: &str| session.erp.external_id_key(id);
        let mut ids: Vec<String> = orders.iter().map(|o| key(&o.external_id)).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), orders.len(), "{erp:?}: no external id twice");
        assert!(
            orders.iter().all(|o| o.writes == 1),
            "{erp:?}: each written once"
        );
    }
}
