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
        // A custom amount and a tip have no product code: each is its own finding, named by
        // the line's title.
        for (title, order) in [
            ("Custom amount", "SQDEMOPOSCUSTOM"),
            ("Tip", "SQDEMOPOSTIP"),
        ] {
            let key = osd_doctor::no_code_key(title);
            let finding = findings
                .iter()
                .find(|f| f.code == FindingCode::SkuNotFound && f.key.as_deref() == Some(&key))
                .unwrap_or_else(|| panic!("{erp:?}: {title} is found: {findings:#?}"));
            assert!(
                finding.orders.iter().all(|o| o.contains(order)) && finding.orders.len() == 1,
                "{erp:?}: {:?}",
                finding.orders
            );
            assert!(
                finding
                    .message
                    .contains(&format!("\"{title}\" with no product code")),
                "{erp:?}: {}",
                finding.message
            );
            assert!(
                finding
                    .remedies
                    .iter()
                    .any(|r| r.id == format!("create-item:{key}")),
                "{erp:?}: {:?}",
                finding.remedies
            );
        }
        // Flowers sold by the bunch: a unit no demo ERP keeps, while the pound is known.
        let bunch = findings
            .iter()
            .find(|f| f.code == FindingCode::UnitNotFound)
            .unwrap_or_else(|| panic!("{erp:?}: the bunch is found: {findings:#?}"));
        assert_eq!(bunch.key.as_deref(), Some("bunch (bn)"), "{erp:?}");
        assert!(
            bunch.orders.len() == 1 && bunch.orders[0].contains("SQDEMOPOSBUNCH"),
            "{erp:?}: {:?}",
            bunch.orders
        );
        assert!(
            bunch.fix.contains("\"bunch (bn)\""),
            "{erp:?}: {}",
            bunch.fix
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
        for held in ["SQDEMOPOSBUNCH", "SQDEMOPOSCUSTOM", "SQDEMOPOSTIP"] {
            assert!(
                !created.iter().any(|o| o.contains(held)),
                "{erp:?}: {held} waits: {created:?}"
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

        // One click gives the ERP an item for tips and books the tip lines to it; the sale
        // then goes out, once.
        let tip = osd_doctor::no_code_key("Tip");
        let remedied = session
            .apply_remedy(&format!("create-item:{tip}"), |_| {})
            .await
            .unwrap();
        assert!(remedied.change.is_some(), "{erp:?}");
        let third = session
            .reprocess(&Selection::AllFailed, Options::default(), |_| {})
            .await
            .unwrap();
        let sent: Vec<&str> = third
            .iter()
            .filter(|r| r.outcome == Outcome::Created)
            .map(|r| r.order.as_str())
            .collect();
        assert!(
            sent.len() == 1 && sent[0].contains("SQDEMOPOSTIP"),
            "{erp:?}: {sent:?}"
        );
        assert_eq!(demo.erp.orders().len(), orders.len() + 1, "{erp:?}");
    }
}
