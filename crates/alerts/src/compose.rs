//! What an alert says: a title a person takes in at a glance, one line per root cause, and
//! where to look. Built from finding codes and counts, never from raw customer text alone.

use chrono::{DateTime, Utc};
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
}

/// A few words for a finding code, as a notification's line shows them.
pub fn short_label(code: FindingCode) -> &'static str {
    use FindingCode as F;
    match code {
        F::SkuNotFound => "SKU not found",
        F::CustomerNotFound => "customer not found",
        F::PeriodClosed => "period closed",
        F::ErpTimeout => "ERP timed out",
        F::RateLimited => "rate limited",
        F::ErpUnreachable => "ERP unreachable",
        F::ErpMaintenance => "ERP maintenance",
        F::ErpAuthFailed => "login refused",
        F::DuplicateOrder => "possible duplicate",
        F::FieldTooLong => "value too long",
        F::UnsupportedCharacters => "characters refused",
        F::CountryCodeMismatch => "country code",
        F::StateCodeMismatch => "state code",
        F::TaxCodeUnmapped => "tax code missing",
        F::CurrencyInactive => "currency inactive",
        F::TotalMismatch => "totals do not add up",
        F::StatusUnverified => "status not confirmed",
        F::OrderNotSynced => "not sent yet",
        F::ErpPermissionMissing => "permission missing",
        F::NegativeInventory => "not enough stock",
        F::UnknownVendorAnswer => "unknown answer",
        F::OrderLeftErp => "no longer in the ERP",
        F::ErpDuplicates => "duplicate in the ERP",
        _ => "other error",
    }
}

fn orders(n: usize) -> String {
    if n == 1 {
        "1 order".into()
    } else {
        format!("{n} orders")
    }
}

/// "3 orders failed to sync: 2 × SKU not found, 1 × period closed". `groups` are (code,
/// count) pairs; the largest comes first. `key` names the incident (the orders it covers).
pub fn failures(key: String, groups: &[(FindingCode, usize)], erp: &str) -> Alert {
    let mut groups = groups.to_vec();
    groups.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let total: usize = groups.iter().map(|(_, n)| n).sum();
    let causes: Vec<String> = groups
        .iter()
        .map(|(code, n)| format!("{n} × {}", short_label(*code)))
        .collect();
    Alert {
        key,
        title: format!("{} failed to sync to {erp}", orders(total)),
        body: format!(
            "{}. Open Order Sync Doctor to see why and fix them.",
            causes.join(", ")
        ),
        open: "error-log",
    }
}

pub fn outage_started(erp: &str, since: DateTime<Utc>, why: &str) -> Alert {
    Alert {
        key: format!("outage:{}", since.to_rfc3339()),
        title: format!("{erp} cannot be reached"),
        body: format!(
            "{why}. New orders wait safely and are sent once it is back; you will get one more message then."
        ),
        open: "status",
    }
}

pub fn outage_ended(erp: &str, since: DateTime<Utc>, now: DateTime<Utc>) -> Alert {
    let minutes = (now - since).num_minutes().max(1);
    Alert {
        key: format!("outage-end:{}", since.to_rfc3339()),
        title: format!("{erp} is back"),
        body: format!(
            "It was unreachable for about {minutes} minute{}; waiting orders are being sent.",
            if minutes == 1 { "" } else { "s" }
        ),
        open: "status",
    }
}

/// No order arrived for a while during business hours: the store side may be broken.
pub fn silence(store: &str, last_order: DateTime<Utc>, now: DateTime<Utc>) -> Alert {
    let hours = (now - last_order).num_hours().max(1);
    Alert {
        key: format!("silence:{}", last_order.to_rfc3339()),
        title: format!("No new orders from {store} for {hours} hours"),
        body: "That is unusual during business hours: check that the shop takes orders and that its connection works.".into(),
        open: "status",
    }
}

pub fn test_alert(channel: &str) -> Alert {
    Alert {
        key: format!("test:{}", Utc::now().to_rfc3339()),
        title: "Test alert from Order Sync Doctor".into(),
        body: format!("If you can read this, alerts by {channel} reach you."),
        open: "settings",
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
}
