//! Accounting periods as `APIV2 - Accounting Periods` (page 30086, read-only) shows them.
//!
//! What each field is (Source: `APIV2AccountingPeriods.Page.al`; the "Create Fiscal Year"
//! report of the base application, read in a public copy, which sets the flags):
//! - `startingDate`: a period runs from its starting date to the day before the next one's.
//! - `closed`: the period's fiscal year has been closed (Close Year closes whole years). This
//!   is the only flag read as "closed".
//! - `dateLocked`: the period's starting date can no longer be changed (the report sets it on
//!   the first period it creates, and with `closed` on a year it closes). It does not stop
//!   posting, so it is not read as closed.
//! - The dates a user may post on (Allow Posting From / To, in General Ledger Setup and User
//!   Setup) are not on API v2.0 at all: an order dated outside them is refused with Business
//!   Central's own "is not within your range of allowed posting dates", classified in
//!   `errors.rs`.

use chrono::{Months, NaiveDate};
use osd_model::AccountingPeriod;
use serde_json::{Map, Value};

use crate::odata::text;

pub fn periods(rows: &[Map<String, Value>]) -> Vec<AccountingPeriod> {
    let mut starts: Vec<(NaiveDate, String, bool)> = rows
        .iter()
        .filter_map(|r| {
            let start = NaiveDate::parse_from_str(&text(r, "startingDate"), "%Y-%m-%d").ok()?;
            Some((
                start,
                text(r, "name"),
                matches!(r.get("closed"), Some(Value::Bool(true))),
            ))
        })
        .collect();
    starts.sort();
    starts
        .iter()
        .enumerate()
        .filter_map(|(i, (start, name, closed))| {
            let end = match starts.get(i + 1) {
                Some((next, _, _)) => next.pred_opt()?,
                None => start.checked_add_months(Months::new(1))?.pred_opt()?,
            };
            Some(AccountingPeriod {
                name: if name.is_empty() {
                    start.format("%b %Y").to_string()
                } else {
                    name.clone()
                },
                start: *start,
                end,
                closed: *closed,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_closed_fiscal_year_closes_a_period_not_a_locked_date() {
        let rows: Vec<Map<String, Value>> = [
            serde_json::json!({"startingDate": "2026-01-01", "name": "January", "newFiscalYear": true, "closed": false, "dateLocked": true}),
            serde_json::json!({"startingDate": "2025-12-01", "name": "December", "newFiscalYear": false, "closed": true, "dateLocked": true}),
        ]
        .into_iter()
        .filter_map(|v| v.as_object().cloned())
        .collect();
        let read = periods(&rows);
        assert_eq!(read.len(), 2);
        assert!(read[0].closed, "December's year is closed");
        assert!(!read[1].closed, "January's date is locked, not closed");
        assert_eq!(read[0].end, NaiveDate::from_ymd_opt(2025, 12, 31).unwrap());
    }
}
