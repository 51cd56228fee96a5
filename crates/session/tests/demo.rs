//! The whole demo, in process: the five-step check finds every class of failure, and a
//! resend run twice puts each order in the simulated NetSuite exactly once.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::collections::HashMap;
use std::sync::Arc;

use osd_model::{FindingCode, StepStatus};
use osd_resend::Options;
use osd_session::{demo, Selection};
use osd_simulators::demo::Scenario;
use osd_store::Outcome;

mod support;
use support::start;

#[tokio::test]
async fn the_check_finds_the_guides_errors_and_something_in_steps_1_3_and_4() {
    let (_dir, _demo, session) = start().await;
    let report = session.check().await.unwrap();
    let codes = |step: u8| -> Vec<FindingCode> {
        report.steps[usize::from(step - 1)]
            .findings
            .iter()
            .map(|f| f.code)
            .collect()
    };
    for code in [
        FindingCode::SkuNotFound,
        FindingCode::CustomerNotFound,
        FindingCode::PeriodClosed,
        FindingCode::ErpTimeout,
    ] {
        assert!(
            codes(2).contains(&code),
            "step 2 lacks {code}: {:?}",
            codes(2)
        );
    }
    assert!(codes(2).contains(&FindingCode::ErpAuthFailed));
    assert!(codes(2).contains(&FindingCode::RateLimited));
    // The certificate ends soon, and two orders wait for their payment in the store.
    assert_eq!(
        codes(1),
        vec![FindingCode::CredentialExpiring, FindingCode::OrderNotReady]
    );
    for code in [
        FindingCode::FieldTooLong,
        FindingCode::UnsupportedCharacters,
        FindingCode::CountryCodeMismatch,
        FindingCode::StateCodeMismatch,
    ] {
        assert!(codes(3).contains(&code), "step 3 lacks {code}");
    }
    for code in [
        FindingCode::TaxCodeUnmapped,
        FindingCode::CurrencyInactive,
        FindingCode::TotalMismatch,
    ] {
        assert!(codes(4).contains(&code), "step 4 lacks {code}");
    }
    assert_eq!(codes(5), vec![FindingCode::OrderNotSynced]);
    assert_eq!(report.steps[1].status, StepStatus::Failed);

    // Root causes are grouped: every order with the typo is in one finding, largest first.
    let typo = report.steps[1]
        .findings
        .iter()
        .find(|f| f.key.as_deref() == Some("TSHRT-BLK-M"))
        .unwrap();
    assert_eq!(typo.orders.len(), 7);
    assert_eq!(report.steps[1].findings[0].orders.len(), 7);
    assert!(typo
        .remedies
        .iter()
        .any(|r| r.id == "map-sku:TSHRT-BLK-M=TSHIRT-BLK-M"));
    assert!(
        typo.detail.contains("INVALID_CONTENT"),
        "the raw NetSuite error is one click away"
    );
    for f in report.findings() {
        assert!(
            !f.message.is_empty() && !f.fix.is_empty() && !f.detail.is_empty(),
            "{f:?}"
        );
    }
}

#[tokio::test]
async fn reprocess_twice_creates_each_order_exactly_once() {
    let (_dir, demo, session) = start().await;
    let before = demo.erp.orders().len();
    let first = session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();
    let second = session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();

    let created: Vec<_> = first
        .iter()
        .filter(|r| r.outcome == Outcome::Created)
        .collect();
    assert_eq!(created.len(), 12, "{first:#?}");
    assert!(
        second.iter().all(|r| r.outcome != Outcome::Created),
        "nothing is created twice"
    );

    let orders = demo.erp.orders();
    assert_eq!(orders.len(), before + created.len());
    let mut per_external_id: HashMap<&str, usize> = HashMap::new();
    for o in &orders {
        *per_external_id.entry(o.external_id.as_str()).or_default() += 1;
    }
    assert!(
        per_external_id.values().all(|&n| n == 1),
        "one sales order per external id"
    );

    // The order whose first create timed out after commit is there once, and we know it.
    let late = demo.world.timeout_orders().next().unwrap();
    let late_id = late.shop.order.external_id();
    let late_orders: Vec<_> = orders.iter().filter(|o| o.external_id == late_id).collect();
    assert_eq!(late_orders.len(), 1);
    assert_eq!(
        late_orders[0].writes, 1,
        "no second write after the lost answer"
    );
    let late_result = first
        .iter()
        .find(|r| r.order == late.shop.order.name)
        .unwrap();
    assert_eq!(late_result.outcome, Outcome::Created);
    assert_eq!(
        late_result.erp_id.as_deref(),
        Some(late_orders[0].id.as_str())
    );
    assert!(session
        .db
        .attempts_for(&late_id)
        .await
        .unwrap()
        .iter()
        .any(|a| a.code == Some(FindingCode::ErpTimeout)));

    // Every created order was read back as open.
    assert!(created
        .iter()
        .all(|r| r.erp_status.as_deref() == Some("Pending Fulfillment")));
    // Data problems were not sent: they wait for a remedy.
    let typo_orders = demo
        .world
        .orders
        .iter()
        .filter(|o| o.scenario == Scenario::SkuTypo)
        .count();
    assert_eq!(
        first
            .iter()
            .filter(|r| r.code == Some(FindingCode::SkuNotFound))
            .count(),
        typo_orders + 4
    );
}

#[tokio::test]
async fn one_sku_mapping_clears_its_whole_group() {
    let (_dir, demo, session) = start().await;
    session
        .map(osd_store::MappingKind::Sku, "TSHRT-BLK-M", "TSHIRT-BLK-M")
        .await
        .unwrap();
    let report = session.check().await.unwrap();
    assert!(!report
        .findings()
        .any(|f| f.key.as_deref() == Some("TSHRT-BLK-M")));
    let results = session
        .reprocess(&Selection::AllFailed, Options::default(), |_| {})
        .await
        .unwrap();
    let typo_names: Vec<_> = demo
        .world
        .orders
        .iter()
        .filter(|o| o.scenario == Scenario::SkuTypo)
        .map(|o| o.shop.order.name.clone())
        .collect();
    for name in &typo_names {
        let r = results.iter().find(|r| &r.order == name).unwrap();
        assert_eq!(r.outcome, Outcome::Created, "{name}: {r:?}");
    }
    let entries = session.db.audit_entries().await.unwrap();
    assert!(entries
        .iter()
        .any(|(_, actor, action, subject)| actor == "user"
            && action == "map"
            && subject == "sku TSHRT-BLK-M"));
}

#[tokio::test]
async fn selected_orders_only_and_unknown_names_are_refused() {
    let (_dir, _demo, session) = start().await;
    let failed = session.failed_orders().await.unwrap();
    let pick = failed
        .iter()
        .find(|o| o.last_code == Some(FindingCode::ErpTimeout))
        .unwrap();
    let results = session
        .reprocess(
            &Selection::Orders(vec![pick.order.name.clone()]),
            Options::default(),
            |_| {},
        )
        .await
        .unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].outcome, Outcome::Created);
    let error = session
        .reprocess(
            &Selection::Orders(vec!["#999999".into()]),
            Options::default(),
            |_| {},
        )
        .await
        .err()
        .unwrap();
    assert!(error.is_configuration());
}

#[tokio::test]
async fn the_store_vendors_status_page_is_read_in_step_1() {
    let (_dir, demo, session) = start().await;
    demo.status_page
        .set(|p| p.incident = Some(("Admin API errors".into(), "major".into())));
    let report = session.check().await.unwrap();
    let incident = report.steps[0]
        .findings
        .iter()
        .find(|f| f.code == FindingCode::StoreIncident)
        .expect("incident reported");
    assert!(
        incident.message.contains("Admin API errors"),
        "{}",
        incident.message
    );
    demo.status_page.set(|p| {
        p.incident = None;
        p.maintenance = Some("Database upgrade".into());
    });
    let report = session.check().await.unwrap();
    assert!(
        report.steps[0]
            .findings
            .iter()
            .any(|f| f.code == FindingCode::StoreMaintenance
                && f.message.contains("Database upgrade"))
    );
}

#[tokio::test]
async fn every_demo_store_gives_the_same_diagnosis() {
    for kind in [demo::DemoStore::WooCommerce, demo::DemoStore::Csv] {
        let dir = tempfile::tempdir().unwrap();
        let (demo, session) = demo::start(
            &dir.path().join("demo.sqlite"),
            Arc::new(chrono::Utc::now),
            kind,
            demo::DemoErp::NetSuite,
        )
        .await
        .unwrap();
        let report = session.check().await.unwrap();
        let typo = report.steps[1]
            .findings
            .iter()
            .find(|f| f.key.as_deref() == Some("TSHRT-BLK-M"))
            .unwrap();
        assert_eq!(typo.orders.len(), 7, "{kind:?}");
        let before = demo.erp.orders().len();
        let results = session
            .reprocess(&Selection::AllFailed, Options::default(), |_| {})
            .await
            .unwrap();
        let created = results
            .iter()
            .filter(|r| r.outcome == Outcome::Created)
            .count();
        assert_eq!(created, 12, "{kind:?}");
        session
            .reprocess(&Selection::AllFailed, Options::default(), |_| {})
            .await
            .unwrap();
        assert_eq!(
            demo.erp.orders().len(),
            before + created,
            "{kind:?}: exactly once"
        );
    }
}

#[tokio::test]
async fn the_demo_on_business_central_sap_and_odoo_finds_the_guides_errors_and_resends_exactly_once(
) {
    for (erp, system, extra) in [
        (
            demo::DemoErp::BusinessCentral,
            "Business Central",
            vec![FindingCode::PeriodClosed, FindingCode::FieldTooLong],
        ),
        (
            demo::DemoErp::SapB1,
            "SAP Business One",
            vec![FindingCode::PeriodClosed, FindingCode::FieldTooLong],
        ),
        // Odoo takes orders before its lock date and has no length limits: no such findings.
        (demo::DemoErp::Odoo, "Odoo", vec![]),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (demo, session) = demo::start(
            &dir.path().join("demo.sqlite"),
            Arc::new(chrono::Utc::now),
            demo::DemoStore::Shopify,
            erp,
        )
        .await
        .unwrap();
        let report = session.check().await.unwrap();
        let codes: Vec<FindingCode> = report.findings().map(|f| f.code).collect();
        for code in [
            FindingCode::SkuNotFound,
            FindingCode::CustomerNotFound,
            FindingCode::ErpTimeout,
        ]
        .into_iter()
        .chain(extra)
        {
            assert!(codes.contains(&code), "{system}: {code} missing: {codes:?}");
        }
        let typo = report
            .findings()
            .find(|f| f.key.as_deref() == Some("TSHRT-BLK-M"))
            .unwrap();
        assert!(
            typo.detail.contains("ERP said:"),
            "{system}'s own words: {}",
            typo.detail
        );
        assert!(
            typo.detail.contains(&format!("Where to fix it: {system}:")),
            "and where to click: {}",
            typo.detail
        );

        let before = demo.erp.orders().len();
        let first = session
            .reprocess(&Selection::AllFailed, Options::default(), |_| {})
            .await
            .unwrap();
        let created = first
            .iter()
            .filter(|r| r.outcome == Outcome::Created)
            .count();
        assert!(created >= 8, "{system}: {created}");
        let second = session
            .reprocess(&Selection::AllFailed, Options::default(), |_| {})
            .await
            .unwrap();
        assert!(second.iter().all(|r| r.outcome != Outcome::Created));
        let orders = demo.erp.orders();
        assert_eq!(orders.len(), before + created, "{system}");
        // Ids compared the way the ERP stores them (Business Central upper-cases them).
        let key = |id: &str| session.erp.external_id_key(id);
        let mut ids: Vec<String> = orders.iter().map(|o| key(&o.external_id)).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(
            ids.len(),
            orders.len(),
            "{system} would take a duplicate reference; the doctor never sends one"
        );
        let late = key(&demo.external_id(demo.world.timeout_orders().next().unwrap()));
        assert_eq!(
            orders
                .iter()
                .filter(|o| key(&o.external_id) == late)
                .count(),
            1,
            "{system}: the order that timed out after commit exists once"
        );
    }
}
