//! The monitor on the demo: failures told once and grouped, an outage told exactly twice
//! (start and end), silence during business hours, auto-send; delivered to a real local
//! Slack-style receiver, and (when a notification server runs) to the desktop.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::sync::{Arc, Mutex};

use axum::routing::post;
use axum::Json;
use osd_alerts::{Channel, Desktop, Slack};
use osd_model::Sensitive;
use osd_session::monitor::MonitorSettings;
use serde_json::Value;

mod support;
use support::{start, Recorder};

/// A local receiver that answers like Slack's webhook ("ok") and keeps every body.
async fn slack_receiver() -> (url::Url, Arc<Mutex<Vec<Value>>>) {
    let received = Arc::new(Mutex::new(Vec::new()));
    let keep = received.clone();
    let app = axum::Router::new().route(
        "/services/T000/B000/XXXX",
        post(move |Json(body): Json<Value>| {
            let keep = keep.clone();
            async move {
                keep.lock().unwrap().push(body);
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let url = url::Url::parse(&format!("http://{address}/services/T000/B000/XXXX")).unwrap();
    (url, received)
}

fn quiet() -> MonitorSettings {
    MonitorSettings {
        silence_after: None,
        ..MonitorSettings::default()
    }
}

#[tokio::test]
async fn failures_are_told_once_in_one_grouped_message() {
    let (_dir, _demo, session) = start().await;
    let recorder = Recorder::default();
    let channels: Vec<Box<dyn Channel>> = vec![Box::new(recorder.clone())];
    let now = chrono::Utc::now();
    session
        .monitor_round(&quiet(), &channels, now)
        .await
        .unwrap();
    session
        .monitor_round(&quiet(), &channels, now)
        .await
        .unwrap();
    let alerts = recorder.0.lock().unwrap().clone();
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert!(
        alerts[0].title.ends_with("failed to sync to NetSuite"),
        "{}",
        alerts[0].title
    );
    assert!(
        alerts[0].body.contains("× SKU not found"),
        "{}",
        alerts[0].body
    );
}

#[tokio::test]
async fn an_outage_is_told_exactly_twice_over_slack() {
    let (_dir, demo, session) = start().await;
    let (webhook, received) = slack_receiver().await;
    let channels: Vec<Box<dyn Channel>> =
        vec![Box::new(Slack::new(Sensitive::new(webhook)).unwrap())];
    let now = chrono::Utc::now();
    session
        .monitor_round(&quiet(), &channels, now)
        .await
        .unwrap();
    let before = received.lock().unwrap().len();

    demo.erp.arm(|f| f.maintenance = true);
    for minute in 1..=4 {
        let round = session
            .monitor_round(&quiet(), &channels, now + chrono::Duration::minutes(minute))
            .await
            .unwrap();
        assert!(round.erp_down);
    }
    demo.erp.arm(|f| f.maintenance = false);
    for minute in 5..=7 {
        session
            .monitor_round(&quiet(), &channels, now + chrono::Duration::minutes(minute))
            .await
            .unwrap();
    }
    let messages: Vec<Value> = received.lock().unwrap()[before..].to_vec();
    let headers: Vec<&str> = messages
        .iter()
        .map(|m| m["blocks"][0]["text"]["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        headers,
        vec!["NetSuite cannot be reached", "NetSuite is back"],
        "{messages:#?}"
    );
    for message in &messages {
        assert_eq!(message["blocks"][0]["type"], "header");
        assert_eq!(message["blocks"][1]["text"]["type"], "mrkdwn");
        assert!(message["text"].as_str().unwrap().contains("NetSuite"));
    }
}

#[tokio::test]
async fn auto_send_sends_what_is_due_and_silence_is_told_in_business_hours() {
    let (_dir, _demo, session) = start().await;
    let recorder = Recorder::default();
    let channels: Vec<Box<dyn Channel>> = vec![Box::new(recorder.clone())];
    let settings = MonitorSettings {
        auto_send: true,
        grace: chrono::Duration::zero(),
        silence_after: Some(chrono::Duration::minutes(5)),
        business_hours: (0, 24),
        ..MonitorSettings::default()
    };
    let later = chrono::Utc::now() + chrono::Duration::hours(2);
    let round = session
        .monitor_round(&settings, &channels, later)
        .await
        .unwrap();
    assert!(round.sent > 0, "{round:?}");
    session
        .monitor_round(&settings, &channels, later)
        .await
        .unwrap();
    let silences = recorder
        .titles()
        .into_iter()
        .filter(|t| t.starts_with("No new orders from Shopify"))
        .count();
    assert_eq!(silences, 1, "{:?}", recorder.titles());
}

/// Run by scripts/test.sh inside a private D-Bus session with dunst on Xvfb; it reads back
/// what dunst displayed. Skipped elsewhere.
#[tokio::test]
async fn on_a_real_notification_server_an_outage_shows_exactly_two_notifications_in_the_language_spoken(
) {
    if std::env::var_os("SYNC_DOCTOR_DUNST").is_none() {
        eprintln!("skipped: set SYNC_DOCTOR_DUNST=1 with dunst running (scripts/test.sh does)");
        return;
    }
    let (_dir, demo, session) = start().await;
    let channels: Vec<Box<dyn Channel>> = vec![Box::new(Desktop { open_with: None })];
    let now = chrono::Utc::now();
    demo.erp.arm(|f| f.maintenance = true);
    for minute in 0..3 {
        session
            .monitor_round(&quiet(), &channels, now + chrono::Duration::minutes(minute))
            .await
            .unwrap();
    }
    demo.erp.arm(|f| f.maintenance = false);
    // The language chosen in Settings meanwhile: the next notification speaks it.
    session.language.set(osd_i18n::Language::German);
    session
        .monitor_round(&quiet(), &channels, now + chrono::Duration::minutes(4))
        .await
        .unwrap();
    // Give dunst a moment to display the last one.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let shown = displayed();
    let outage: Vec<&String> = shown
        .iter()
        .filter(|s| s.starts_with("NetSuite "))
        .collect();
    assert_eq!(
        outage,
        vec![
            "NetSuite cannot be reached",
            "NetSuite ist wieder erreichbar"
        ],
        "dunst showed: {shown:?}"
    );
}

/// The summaries dunst displayed (its history plus what is on screen), oldest first.
fn displayed() -> Vec<String> {
    let mut summaries = Vec::new();
    let _ = std::process::Command::new("dunstctl")
        .args(["close-all"])
        .status();
    let output = std::process::Command::new("dunstctl")
        .arg("history")
        .output()
        .unwrap();
    let history: Value = serde_json::from_slice(&output.stdout).unwrap();
    for entry in history["data"][0].as_array().into_iter().flatten() {
        summaries.push((
            entry["id"]["data"].as_i64().unwrap_or_default(),
            entry["summary"]["data"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        ));
    }
    summaries.sort();
    summaries.into_iter().map(|(_, s)| s).collect()
}

#[tokio::test]
async fn in_digest_mode_new_failures_wait_for_the_next_digest_and_none_is_lost() {
    let (_dir, _demo, session) = start().await;
    let recorder = Recorder::default();
    let channels: Vec<Box<dyn Channel>> = vec![Box::new(recorder.clone())];
    let settings = MonitorSettings {
        // The never-sent orders (placed 20 minutes ago) become missing in 10 minutes.
        grace: chrono::Duration::minutes(30),
        digest_every: Some(chrono::Duration::minutes(60)),
        ..quiet()
    };
    let now = chrono::Utc::now();
    session
        .monitor_round(&settings, &channels, now)
        .await
        .unwrap();
    assert_eq!(recorder.titles().len(), 1, "the first failures go at once");
    let at = |minutes| now + chrono::Duration::minutes(minutes);
    session
        .monitor_round(&settings, &channels, at(15))
        .await
        .unwrap();
    assert_eq!(recorder.titles().len(), 1, "held for the digest");
    session
        .monitor_round(&settings, &channels, at(61))
        .await
        .unwrap();
    let alerts = recorder.0.lock().unwrap().clone();
    assert_eq!(alerts.len(), 2, "{alerts:?}");
    assert!(
        alerts[1].body.contains("× not sent yet"),
        "{}",
        alerts[1].body
    );
}
