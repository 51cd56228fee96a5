//! Key-set paging over `GET /orders`, so that orders changing while a pull reads them can
//! neither be skipped nor read twice.
//!
//! Page numbers over a set that changes are unsafe: an order that leaves an earlier page
//! (trashed, or changed past the pull's upper bound) moves every later order one place up,
//! and the next page starts one order too late. So each page asks afresh for the orders
//! changed after the last one read, oldest change first, with the ids already read in that
//! last second excluded (the API compares whole seconds), and with an upper bound on the
//! change time fixed before the first page (the newest change the store lists then, read
//! from the store's own data so that no two clocks are compared): an order changed during
//! the pull has a newer change time, so it falls outside this pull and comes, in its new
//! version, with the next one.
//!
//! Source: woocommerce/woocommerce plugins/woocommerce/includes/rest-api/Controllers/Version3/
//! class-wc-rest-crud-controller.php: `orderby` accepts `modified` and becomes `modified ID`
//! ("Add ID to orderby for consistency with pagination"); `modified_after` and
//! `modified_before` become a WordPress `date_query` on `post_modified_gmt` when
//! `dates_are_gmt` is true (WordPress compares `after`/`before` exclusively); `exclude`
//! becomes `post__not_in`. With HPOS the same arguments go through `WC_Order_Query`
//! (class-wc-rest-orders-v2-controller.php `get_objects`).

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

const WIRE_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// Where the next page starts; travels between pages as `OrderQuery::after`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    /// Orders changed after this second (exclusive), in UTC.
    pub after: Option<NaiveDateTime>,
    /// Orders changed before this second (exclusive): a second after the newest change the
    /// store listed when the pull began. `None` until that is known.
    pub before: Option<NaiveDateTime>,
    /// Orders already read whose change time is the last second read: the API's `after` is
    /// whole seconds, so that second is asked again and these are excluded.
    pub seen: Vec<u64>,
}

/// One order of a page, as far as paging cares.
#[derive(Debug, Clone, Copy)]
pub struct Read {
    pub id: u64,
    pub modified: Option<NaiveDateTime>,
}

impl Cursor {
    /// The first page of a pull of orders changed since `since`. `modified_after` is
    /// exclusive and in whole seconds, so the pull starts a second earlier: an order changed
    /// in the same second as the last one pulled, after that pull, is not skipped.
    pub fn first(since: Option<DateTime<Utc>>) -> Self {
        Self {
            after: since.map(|t| (t - Duration::seconds(1)).naive_utc()),
            before: None,
            seen: Vec::new(),
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The query parameters of this page.
    pub fn params(&self, per_page: u32) -> Vec<(&'static str, String)> {
        let mut params = vec![
            ("per_page", per_page.to_string()),
            ("orderby", "modified".to_string()),
            ("order", "asc".to_string()),
            ("status", "any".to_string()),
            ("dates_are_gmt", "true".to_string()),
        ];
        if let Some(after) = self.after {
            params.push(("modified_after", after.format(WIRE_FORMAT).to_string()));
        }
        if let Some(before) = self.before {
            params.push(("modified_before", before.format(WIRE_FORMAT).to_string()));
        }
        if !self.seen.is_empty() {
            let ids: Vec<String> = self.seen.iter().map(u64::to_string).collect();
            params.push(("exclude", ids.join(",")));
        }
        params
    }

    /// The parameters of the request that finds the newest change in the set, before the
    /// first page: one order, newest change first.
    pub fn newest_params(&self) -> Vec<(&'static str, String)> {
        let mut params = self.params(1);
        for (key, value) in params.iter_mut() {
            if *key == "order" {
                *value = "desc".into();
            }
        }
        params
    }

    /// Bound the pull by the newest change listed when it began (exclusive, so one second on).
    pub fn bounded_by(self, newest: NaiveDateTime) -> Self {
        Self {
            before: Some(newest + Duration::seconds(1)),
            ..self
        }
    }

    /// The cursor after a page of `per_page` that held `read`, or `None` when that page was
    /// the last. `Err` when a full page carries no change time to go on from.
    pub fn next(&self, read: &[Read], per_page: u32) -> Result<Option<Self>, &'static str> {
        if read.len() < per_page as usize {
            return Ok(None);
        }
        let Some(last) = read.iter().filter_map(|r| r.modified).max() else {
            return Err("a full page of orders without a modification date");
        };
        let mut seen: Vec<u64> = read
            .iter()
            .filter(|r| r.modified == Some(last))
            .map(|r| r.id)
            .collect();
        let boundary = last - Duration::seconds(1);
        if self.after == Some(boundary) {
            // Still inside the same second: what was read there before stays excluded.
            seen.extend(&self.seen);
        }
        seen.sort_unstable();
        seen.dedup();
        Ok(Some(Self {
            after: Some(boundary),
            before: self.before,
            seen,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: u32) -> Option<NaiveDateTime> {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 26).and_then(|d| d.and_hms_opt(12, 0, s))
    }

    #[test]
    fn a_page_ending_inside_a_second_asks_for_that_second_again_without_what_it_read() {
        let first = Cursor::first(None).bounded_by(at(30).unwrap());
        assert_eq!(first.before, at(31));
        assert!(first
            .newest_params()
            .contains(&("order", "desc".to_string())));
        let page = [
            Read {
                id: 1,
                modified: at(1),
            },
            Read {
                id: 7,
                modified: at(2),
            },
            Read {
                id: 3,
                modified: at(2),
            },
        ];
        let second = first.next(&page, 3).unwrap().unwrap();
        assert_eq!(second.after, at(1));
        assert_eq!(second.before, at(31));
        assert_eq!(second.seen, vec![3, 7]);
        // The whole next page is that same second again: what it read joins the exclusions.
        let same = [
            Read {
                id: 9,
                modified: at(2),
            },
            Read {
                id: 11,
                modified: at(2),
            },
        ];
        let third = second.next(&same, 2).unwrap().unwrap();
        assert_eq!((third.after, third.before), (at(1), at(31)));
        assert_eq!(third.seen, vec![3, 7, 9, 11]);
        assert_eq!(Cursor::parse(&third.to_text()), Some(third.clone()));
        assert!(third
            .params(2)
            .contains(&("exclude", "3,7,9,11".to_string())));
        assert_eq!(
            third.next(&same[..1], 2),
            Ok(None),
            "a short page is the last"
        );
        assert!(first
            .next(
                &[Read {
                    id: 1,
                    modified: None
                }],
                1
            )
            .is_err());
    }
}
