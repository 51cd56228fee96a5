//! Step 1 warns before the vendor retires the API version the app speaks: the demo pinned to
//! an older Shopify version shows it, with the date and the days left from the check's clock.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use osd_model::{FindingCode, Severity};
use osd_session::demo::{self, DemoSettings};

fn fixed(text: &str) -> osd_session::Clock {
    let at: DateTime<Utc> = DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc);
    Arc::new(move || at)
}

async fn step1_retiring(shopify_version: Option<&str>) -> Vec<osd_model::Finding> {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = DemoSettings::default();
    if let Some(version) = shopify_version {
        settings.shopify_version = version.into();
    }
    let (_demo, session) = demo::start_with(
        &dir.path().join("demo.sqlite"),
        fixed("2026-12-06T09:00:00Z"),
        demo::DemoStore::Shopify,
        demo::DemoErp::NetSuite,
        settings,
    )
    .await
    .unwrap();
    let report = session.check().await.unwrap();
    report.steps[0]
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::ApiVersionRetiring)
        .cloned()
        .collect()
}

#[tokio::test]
async fn the_demo_on_a_shopify_version_near_its_end_warns_in_step_one() {
    let warned = step1_retiring(Some("2026-01")).await;
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert_eq!(warned[0].severity, Severity::Warning);
    assert_eq!(
        warned[0].message,
        "A vendor interface this app uses is being retired: Shopify Admin API 2026-01 is supported until 1 January 2027, 26 days from now."
    );
    assert!(warned[0]
        .detail
        .contains("shopify.dev/docs/api/usage/versioning"));
    // The app's own pin (2026-07, until 1 July 2027) is far from its end: nothing to say.
    assert!(step1_retiring(None).await.is_empty());
}
