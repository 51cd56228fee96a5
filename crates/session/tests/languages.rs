//! The language chosen in Settings reaches everything the app words on the next occasion: the
//! check's findings and fixes, a remedy's preview, the exported report, and an alert — on the
//! same session, without reconnecting (the app shares one `Speaking` with every session).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use osd_i18n::{Language, Words};
use osd_model::{CheckReport, FindingCode};
use osd_session::monitor::MonitorSettings;
use osd_session::printed_report;

mod support;
use support::{start, Recorder};

fn step(report: &CheckReport, n: u8) -> &osd_model::StepReport {
    report.steps.iter().find(|s| s.step == n).unwrap()
}

#[tokio::test]
async fn switching_the_language_changes_the_next_check_preview_report_and_alert() {
    let (_dir, demo, session) = start().await;
    let english = session.check().await.unwrap();
    assert_eq!(step(&english, 2).title, "Error log");
    let sku = step(&english, 2)
        .findings
        .iter()
        .find(|f| f.code == FindingCode::SkuNotFound && f.key.is_some())
        .unwrap()
        .clone();
    assert!(sku.message.contains("product code"), "{}", sku.message);

    for language in [
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Dutch,
    ] {
        session.language.set(language);
        let words = Words::of(language);
        let report = session.check().await.unwrap();
        for n in 1..=5 {
            assert_eq!(step(&report, n).title, words.get(&format!("step-{n}")));
        }
        let same = step(&report, 2)
            .findings
            .iter()
            .find(|f| f.code == FindingCode::SkuNotFound && f.key == sku.key)
            .unwrap();
        // The same finding, the same orders, in the other language; the SKU as it came.
        assert_eq!(same.orders, sku.orders);
        assert_ne!(same.message, sku.message);
        assert!(
            same.message.contains(sku.key.as_deref().unwrap()),
            "{}",
            same.message
        );

        let remedy = &same.remedies[0].id;
        let preview = session.preview_remedy(remedy).await.unwrap();
        assert!(
            preview.erp_change.contains("NetSuite") && !preview.erp_change.contains("Nothing"),
            "{}: {}",
            language.tag(),
            preview.erp_change
        );

        let html = printed_report::render(
            &report,
            (session.store.system(), session.erp.system()),
            chrono::Utc::now(),
            session.language.get(),
        );
        assert!(
            html.contains(&format!("<html lang=\"{}\">", language.tag())),
            "{}",
            &html[..200]
        );
        assert!(html.contains(&words.get("report-technical-details")));
        assert!(!html.contains("Technical details") && !html.contains("How to fix:"));
    }

    // The next alert: a new failure, told in the language now spoken.
    session.language.set(Language::German);
    let recorder = Recorder::default();
    let channels: Vec<Box<dyn osd_alerts::Channel>> = vec![Box::new(recorder.clone())];
    let settings = MonitorSettings {
        auto_send: false,
        silence_after: None,
        ..MonitorSettings::default()
    };
    demo.erp.arm(|f| f.maintenance = true);
    session
        .monitor_round(&settings, &channels, chrono::Utc::now())
        .await
        .unwrap();
    let alerts = recorder.0.lock().unwrap().clone();
    let outage = alerts
        .iter()
        .find(|a| a.key.starts_with("outage:"))
        .unwrap();
    assert_eq!(outage.title, "NetSuite ist nicht erreichbar");
    assert_eq!(outage.language, Language::German);
}
