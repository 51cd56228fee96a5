//! What an alert says: a title a person takes in at a glance, one line per root cause, and
//! where to look — in the language the app speaks (`locales/<language>/app.ftl`). Built from
//! finding codes and counts, never from raw customer text alone.

use chrono::{DateTime, Utc};
use osd_i18n::{Language, Words};
use osd_model::FindingCode;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alert {
    /// The incident it reports: the monitor sends each key once.
    pub key: String,
    pub title: String,
    pub body: String,
    /// Where the app should open when the alert is clicked.
    pub open: &'static str,
    /// The language it is written in: the channels word their own parts ("Open …") in it.
    #[serde(skip)]
    pub language: Language,
}

impl Alert {
    pub fn words(&self) -> &'static Words {
        Words::of(self.language)
    }
}

/// A few words for a finding code, as a notification's line shows them.
pub fn short_label(code: FindingCode, language: Language) -> String {
    let words = Words::of(language);
    let id = format!("alert-label-{}", code.as_str().replace('_', "-"));
    if words.has(&id) {
        words.get(&id)
    } else {
        words.get("alert-label-other")
    }
}

/// "3 orders failed to sync: 2 × SKU not found, 1 × period closed". `groups` are (code,
/// count) pairs; the largest comes first. `key` names the incident (the orders it covers).
pub fn failures(
    key: String,
    groups: &[(FindingCode, usize)],
    erp: &str,
    language: Language,
) -> Alert {
    let words = Words::of(language);
    let mut groups = groups.to_vec();
    groups.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let total: usize = groups.iter().map(|(_, n)| n).sum();
    let causes: Vec<String> = groups
        .iter()
        .map(|(code, n)| {
            let label = short_label(*code, language);
            words.with(
                "alert-cause",
                &[("count", (*n).into()), ("label", label.as_str().into())],
            )
        })
        .collect();
    let causes = causes.join(", ");
    Alert {
        key,
        title: words.with(
            "alert-failures-title",
            &[("count", total.into()), ("erp", erp.into())],
        ),
        body: words.with("alert-failures-body", &[("causes", causes.as_str().into())]),
        open: "error-log",
        language,
    }
}

pub fn outage_started(erp: &str, since: DateTime<Utc>, why: &str, language: Language) -> Alert {
    let words = Words::of(language);
    Alert {
        key: format!("outage:{}", since.to_rfc3339()),
        title: words.with("alert-outage-title", &[("erp", erp.into())]),
        body: words.with("alert-outage-body", &[("why", why.into())]),
        open: "status",
        language,
    }
}

pub fn outage_ended(
    erp: &str,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
    language: Language,
) -> Alert {
    let words = Words::of(language);
    let minutes = (now - since).num_minutes().max(1);
    Alert {
        key: format!("outage-end:{}", since.to_rfc3339()),
        title: words.with("alert-back-title", &[("erp", erp.into())]),
        body: words.with(
            "alert-back-body",
            &[("minutes", osd_i18n::Arg::Number(minutes as f64))],
        ),
        open: "status",
        language,
    }
}

/// No order arrived for a while during business hours: the store side may be broken.
pub fn silence(
    store: &str,
    last_order: DateTime<Utc>,
    now: DateTime<Utc>,
    language: Language,
) -> Alert {
    let words = Words::of(language);
    let hours = (now - last_order).num_hours().max(1);
    Alert {
        key: format!("silence:{}", last_order.to_rfc3339()),
        title: words.with(
            "alert-silence-title",
            &[
                ("store", store.into()),
                ("hours", osd_i18n::Arg::Number(hours as f64)),
            ],
        ),
        body: words.get("alert-silence-body"),
        open: "status",
        language,
    }
}

pub fn test_alert(channel: &str, language: Language) -> Alert {
    let words = Words::of(language);
    Alert {
        key: format!("test:{}", Utc::now().to_rfc3339()),
        title: words.get("alert-test-title"),
        body: words.with("alert-test-body", &[("channel", channel.into())]),
        open: "settings",
        language,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_are_counted_and_grouped_largest_first() {
        let alert = failures(
            "k".into(),
            &[
                (FindingCode::PeriodClosed, 1),
                (FindingCode::SkuNotFound, 2),
            ],
            "NetSuite",
            Language::English,
        );
        assert_eq!(alert.title, "3 orders failed to sync to NetSuite");
        assert!(
            alert
                .body
                .starts_with("2 × SKU not found, 1 × period closed."),
            "{}",
            alert.body
        );
    }

    #[test]
    fn an_alert_speaks_the_language_it_is_given() {
        let alert = failures(
            "k".into(),
            &[(FindingCode::SkuNotFound, 1)],
            "Business Central",
            Language::German,
        );
        assert!(alert.title.contains("Business Central"), "{}", alert.title);
        assert_ne!(alert.title, "1 order failed to sync to Business Central");
        assert_ne!(alert.words().get("alert-open"), "Open Order Sync Doctor");
    }
}
