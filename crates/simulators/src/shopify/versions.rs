//! Which Admin API version answers a request.
//!
//! Source: shopify.dev/docs/api/usage/versioning. A stable version is released every quarter
//! (January, April, July, October, on the 1st at 17:00 UTC), named `YYYY-MM`, and supported for
//! at least 12 months: 2023-01 was supported until January 1, 2024. A request to a version that
//! is no longer supported, or to none, "falls forward" and is served by the oldest supported
//! stable version; the `X-Shopify-API-Version` response header names the version that served it
//! (shopify.dev's migration guide: "If the returned version is different, then your app is out
//! of date"). Not confirmed: what Shopify answers for a malformed version name; here it falls
//! forward like a missing one.

use chrono::{DateTime, Datelike, TimeZone, Utc};

/// A stable version's name, or `None` when `name` is not a quarterly `YYYY-MM`.
fn quarter(name: &str) -> Option<(i32, u32)> {
    let (year, month) = name.split_once('-')?;
    let year: i32 = year.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    (name.len() == 7 && matches!(month, 1 | 4 | 7 | 10)).then_some((year, month))
}

/// When a stable version came out: the 1st of its month at 17:00 UTC.
fn released(year: i32, month: u32) -> Option<DateTime<Utc>> {
    Utc.with_ymd_and_hms(year, month, 1, 17, 0, 0).single()
}

/// Supported while less than 12 months have passed since its release.
fn supported(year: i32, month: u32, now: DateTime<Utc>) -> bool {
    match (released(year, month), released(year + 1, month)) {
        (Some(from), Some(until)) => from <= now && now < until,
        _ => false,
    }
}

/// The oldest stable version still supported at `now`.
fn oldest_supported(now: DateTime<Utc>) -> String {
    let mut year = now.year() - 1;
    let mut month = 1;
    while !supported(year, month, now) {
        month += 3;
        if month > 10 {
            month = 1;
            year += 1;
        }
    }
    format!("{year}-{month:02}")
}

/// The version that serves a request for `requested` at `now`.
pub fn serving(requested: &str, now: DateTime<Utc>) -> String {
    match quarter(requested) {
        Some((year, month)) if supported(year, month, now) => requested.to_string(),
        // A release candidate (the next quarter's version) is served as itself.
        Some((year, month)) if released(year, month).is_some_and(|r| r > now) => {
            requested.to_string()
        }
        _ => oldest_supported(now),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_version_past_its_twelve_months_falls_forward_to_the_oldest_supported_one() {
        let now = at("2026-12-06T12:00:00Z");
        assert_eq!(serving("2026-07", now), "2026-07");
        assert_eq!(serving("2026-01", now), "2026-01");
        assert_eq!(serving("2025-10", now), "2026-01", "retired on 2026-10-01");
        assert_eq!(serving("2025-10", at("2026-10-01T16:59:59Z")), "2025-10");
        assert_eq!(serving("banana", now), "2026-01");
        assert_eq!(serving("2027-01", now), "2027-01", "a release candidate");
    }
}
