//! Posting periods. The Service Layer has no entity set for them: `CompanyService_GetPeriods`
//! lists the period categories (fiscal years) and `CompanyService_GetFinancePeriods` the
//! periods of one (`$metadata`). Each `FinancePeriod` has a `PeriodStatus` of
//! `PeriodStatusEnum`; what each member allows, from the SAP Business One SDK help:
//!
//! | member | may post |
//! |---|---|
//! | `ltUnlocked` | all transactions and documents |
//! | `ltUnlockedExceptSales` | all but the documents of the Sales (A/R) module |
//! | `ltPeriodClosing` | only users with period-closing authorization |
//! | `ltLocked` | nothing |
//!
//! A sales order is a Sales (A/R) document, so only `ltUnlocked` takes one. An integration
//! user is not given period-closing authorization, so `ltPeriodClosing` counts as refusing.

use chrono::NaiveDate;
use osd_model::AccountingPeriod;
use serde_json::{Map, Value};

use crate::odata::text;

const UNLOCKED: &str = "ltUnlocked";
const UNLOCKED_EXCEPT_SALES: &str = "ltUnlockedExceptSales";
const PERIOD_CLOSING: &str = "ltPeriodClosing";
const LOCKED: &str = "ltLocked";

/// Every `PeriodStatusEnum` member this connector knows.
pub const MEMBERS: &[&str] = &[UNLOCKED, UNLOCKED_EXCEPT_SALES, PERIOD_CLOSING, LOCKED];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodStatus {
    Unlocked,
    UnlockedExceptSales,
    PeriodClosing,
    Locked,
    /// A member this version does not know: treated as refusing, and said so.
    Unknown(String),
}

impl PeriodStatus {
    pub fn from_wire(member: &str) -> Self {
        match member {
            UNLOCKED => Self::Unlocked,
            UNLOCKED_EXCEPT_SALES => Self::UnlockedExceptSales,
            PERIOD_CLOSING => Self::PeriodClosing,
            LOCKED => Self::Locked,
            other => Self::Unknown(other.to_string()),
        }
    }

    /// Why the period refuses a sales order, in a store manager's words; `None` when it takes
    /// one.
    pub fn refusal(&self) -> Option<String> {
        Some(match self {
            Self::Unlocked => return None,
            Self::UnlockedExceptSales => "closed to sales documents".into(),
            Self::PeriodClosing => {
                "being closed: only users allowed to close periods can post".into()
            }
            Self::Locked => "locked".into(),
            Self::Unknown(member) => format!("status \"{member}\", which this app does not know"),
        })
    }
}

fn date(row: &Map<String, Value>, key: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text(row, key).get(..10)?, "%Y-%m-%d").ok()
}

/// A `FinancePeriod` as the doctor sees it. A period that refuses sales orders is closed, and
/// its name says why ("2026-10 (closed to sales documents)"), so the finding's sentence does.
pub fn accounting_period(row: &Map<String, Value>) -> Option<AccountingPeriod> {
    let status = PeriodStatus::from_wire(&text(row, "PeriodStatus"));
    let mut name = text(row, "PeriodName");
    if name.is_empty() {
        name = text(row, "PeriodCode");
    }
    let refusal = status.refusal();
    Some(AccountingPeriod {
        name: match &refusal {
            Some(why) => format!("{name} ({why})"),
            None => name,
        },
        start: date(row, "PostingDateFrom")?,
        end: date(row, "PostingDateTo")?,
        closed: refusal.is_some(),
    })
}

/// The period categories' keys from `CompanyService_GetPeriods`.
pub fn category_keys(rows: &[Map<String, Value>]) -> Vec<i64> {
    rows.iter()
        .filter_map(|r| r.get("AbsoluteEntry").and_then(Value::as_i64))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn period(status: &str) -> AccountingPeriod {
        let row = json!({
            "PeriodCode": "2026-10", "PeriodName": "2026-10",
            "PostingDateFrom": "2026-10-01", "PostingDateTo": "2026-10-31T00:00:00Z",
            "PeriodStatus": status,
        });
        accounting_period(row.as_object().unwrap()).unwrap()
    }

    #[test]
    fn only_an_unlocked_period_takes_a_sales_order_and_the_name_says_why_not() {
        let open = period("ltUnlocked");
        assert!(!open.closed);
        assert_eq!(open.name, "2026-10");
        assert_eq!(open.end, NaiveDate::from_ymd_opt(2026, 10, 31).unwrap());
        for (member, words) in [
            (
                "ltUnlockedExceptSales",
                "2026-10 (closed to sales documents)",
            ),
            (
                "ltPeriodClosing",
                "2026-10 (being closed: only users allowed to close periods can post)",
            ),
            ("ltLocked", "2026-10 (locked)"),
            (
                "psLocked",
                "2026-10 (status \"psLocked\", which this app does not know)",
            ),
        ] {
            let p = period(member);
            assert!(p.closed, "{member}");
            assert_eq!(p.name, words);
        }
    }
}
