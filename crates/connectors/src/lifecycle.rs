//! The vendor API versions connectors speak, and when each stops being supported, from the
//! schedules the vendors publish. Step 1 of the check warns ahead of each end
//! (`osd_doctor::check`); `docs/vendors/lifecycle.md` lists the schedules and their sources.

use chrono::{Months, NaiveDate};

/// The vendor API version a connector speaks (`StoreSource::api_version`, `Erp::api_version`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ApiVersion {
    /// The connector does not say, or the vendor publishes no versions to retire.
    #[default]
    Unknown,
    /// Shopify's Admin API, `YYYY-MM` as requested in the endpoint's path.
    ShopifyAdmin(String),
    /// Business Central's standard API, e.g. `v2.0`.
    BusinessCentral(String),
    /// Odoo's major version as the server reports it (read at run time).
    Odoo(u32),
}

impl std::fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unknown => f.write_str("an unknown API version"),
            Self::ShopifyAdmin(v) => write!(f, "Shopify Admin API {v}"),
            Self::BusinessCentral(v) => write!(f, "Business Central API {v}"),
            Self::Odoo(v) => write!(f, "Odoo {v}"),
        }
    }
}

/// When a version stops being supported, as its vendor publishes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportEnd {
    /// The first day without support (the 1st of the month when the vendor names only a month).
    pub date: NaiveDate,
    /// The vendor names a month, not a day.
    pub month_only: bool,
    /// Who ends it: "Shopify", "Odoo".
    pub vendor: &'static str,
    /// The vendor's rule, in a few words.
    pub rule: &'static str,
    pub source: &'static str,
    /// How many days ahead to warn: enough to act before the date.
    pub warn_days: i64,
}

impl SupportEnd {
    /// The date as a person reads it: "1 January 2027", or "September 2026" for a month.
    pub fn when(&self) -> String {
        if self.month_only {
            self.date.format("%B %Y").to_string()
        } else {
            self.date.format("%-d %B %Y").to_string()
        }
    }
}

/// Shopify: a stable version every quarter (January, April, July, October), each supported
/// for at least 12 months: 2023-01 was supported until 1 January 2024. After that Shopify
/// serves the oldest supported version instead ("falls forward"), so the app gets answers of
/// a version it was not built for.
/// Source: shopify.dev/docs/api/usage/versioning ("Release schedule").
/// Warned 90 days ahead: one quarter, the time to install an app release that pins a newer one.
fn shopify(version: &str) -> Option<SupportEnd> {
    let (year, month) = version.split_once('-')?;
    let year: i32 = year.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    if version.len() != 7 || !matches!(month, 1 | 4 | 7 | 10) {
        return None;
    }
    Some(SupportEnd {
        date: NaiveDate::from_ymd_opt(year, month, 1)?.checked_add_months(Months::new(12))?,
        month_only: false,
        vendor: "Shopify",
        rule: "each quarterly version is supported for 12 months, then Shopify answers with a newer one",
        source: "https://shopify.dev/docs/api/usage/versioning",
        warn_days: 90,
    })
}

/// Odoo: standard support (bug fixes and security updates) for three years per major version;
/// after it, extended support for a fee, and Odoo Online moves databases on to a supported
/// version. The end of each version, as Odoo's table gives it (planned for 17 onwards).
/// Source: odoo/documentation, content/administration/standard_extended_support.rst
/// (commit 003d1448bd2361025280ccf9cf86debaabab4799).
/// Warned 180 days ahead: an ERP upgrade is a project, not a click.
fn odoo(major: u32) -> Option<SupportEnd> {
    let (year, month) = match major {
        // "Older versions": before 2024.
        0..=14 => (2024, 1),
        15 => (2024, 10),
        16 => (2025, 9),
        17 => (2026, 9),
        18 => (2027, 9),
        19 => (2028, 9),
        // Not in the table yet: three years after a release whose date is not known here.
        _ => return None,
    };
    Some(SupportEnd {
        date: NaiveDate::from_ymd_opt(year, month, 1)?,
        month_only: true,
        vendor: "Odoo",
        rule: "each major version has three years of standard support (bug fixes and security updates)",
        source: "https://github.com/odoo/documentation/blob/19.0/content/administration/standard_extended_support.rst",
        warn_days: 180,
    })
}

/// When `version` stops being supported, where its vendor publishes a schedule.
///
/// Business Central: API v2.0 has no announced end (Microsoft's API reference and its
/// "Transitioning from API v1.0 to API v2.0" page name none), and Business Central online is
/// updated by Microsoft itself in release waves (April and October), so no date applies to the
/// endpoint this app speaks; on-premises installations' application version is not visible
/// through API v2.0. Nothing is warned for it.
pub fn support_end(version: &ApiVersion) -> Option<SupportEnd> {
    match version {
        ApiVersion::ShopifyAdmin(v) => shopify(v),
        ApiVersion::Odoo(major) => odoo(*major),
        ApiVersion::BusinessCentral(_) | ApiVersion::Unknown => None,
    }
}

/// Whole days from `today` to the end (negative once past).
pub fn days_left(end: &SupportEnd, today: NaiveDate) -> i64 {
    (end.date - today).num_days()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn shopify_versions_end_twelve_months_after_their_quarter() {
        let end = support_end(&ApiVersion::ShopifyAdmin("2026-01".into())).unwrap();
        assert_eq!(end.date, day("2027-01-01"));
        assert_eq!(end.when(), "1 January 2027");
        assert_eq!(days_left(&end, day("2026-12-06")), 26);
        let retired = support_end(&ApiVersion::ShopifyAdmin("2025-10".into())).unwrap();
        assert!(days_left(&retired, day("2026-12-06")) < 0);
        for odd in ["unstable", "2026-02", "2026-1", ""] {
            assert_eq!(
                support_end(&ApiVersion::ShopifyAdmin(odd.into())),
                None,
                "{odd}"
            );
        }
    }

    #[test]
    fn odoo_follows_its_published_table_and_business_central_v2_has_no_end() {
        let end = support_end(&ApiVersion::Odoo(17)).unwrap();
        assert_eq!(
            (end.date, end.when()),
            (day("2026-09-01"), "September 2026".into())
        );
        assert_eq!(
            support_end(&ApiVersion::Odoo(19)).unwrap().date,
            day("2028-09-01")
        );
        assert_eq!(support_end(&ApiVersion::Odoo(20)), None);
        assert_eq!(
            support_end(&ApiVersion::BusinessCentral("v2.0".into())),
            None
        );
        assert_eq!(support_end(&ApiVersion::Unknown), None);
    }
}
