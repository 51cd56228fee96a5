//! Posting periods: there is no entity set for them. The Service Layer `$metadata` has the
//! actions `CompanyService_GetPeriods` (returns `Collection(PeriodCategoryParams)`, each an
//! `AbsoluteEntry` of a period category, i.e. a fiscal year) and
//! `CompanyService_GetFinancePeriods(PeriodCategoryParams)` (returns
//! `Collection(FinancePeriod)`: `AbsoluteEntry`, `PeriodCode`, `PeriodName`,
//! `PostingDateFrom`, `PostingDateTo`, …, `PeriodStatus` of `PeriodStatusEnum`), both `POST`
//! in v1 (`m:HttpMethod="POST"`) and actions in v2.
//!
//! What each status allows. Source: SAP Business One SDK help, `PeriodStatusEnum`:
//! `ltUnlocked` all transactions and documents; `ltUnlockedExceptSales` all but documents of
//! the Sales (A/R) module; `ltPeriodClosing` only users with period-closing authorization may
//! post; `ltLocked` nothing. The simulated integration user has no closing authorization.

use axum::http::StatusCode;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde_json::{json, Value};

use super::answers::{invalid_request, no_matching_records, no_period, period_locked, Reply};
use super::{SapPeriod, SapState};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum PeriodStatus {
    Unlocked,
    UnlockedExceptSales,
    PeriodClosing,
    Locked,
}

impl PeriodStatus {
    /// The `PeriodStatusEnum` member on the wire.
    pub fn wire(self) -> &'static str {
        match self {
            Self::Unlocked => "ltUnlocked",
            Self::UnlockedExceptSales => "ltUnlockedExceptSales",
            Self::PeriodClosing => "ltPeriodClosing",
            Self::Locked => "ltLocked",
        }
    }

    pub const ALL: [Self; 4] = [
        Self::Unlocked,
        Self::UnlockedExceptSales,
        Self::PeriodClosing,
        Self::Locked,
    ];

    /// Whether a sales (A/R) document dated in the period is posted for a user without
    /// period-closing authorization.
    fn takes_sales_documents(self) -> bool {
        self == Self::Unlocked
    }
}

/// The period category (fiscal year) a period of the demo belongs to: one per calendar year.
pub fn category_of(start: NaiveDate) -> i32 {
    start.year() - 2000
}

/// `POST CompanyService_GetPeriods`: the categories' keys, in key order.
pub fn categories(s: &SapState) -> Reply {
    let mut keys: Vec<i32> = s.periods.iter().map(|p| p.category).collect();
    keys.sort_unstable();
    keys.dedup();
    Reply::json(
        StatusCode::OK,
        json!({
            "odata.metadata": "https://localhost:50000/b1s/v1/$metadata#Collection(SAPB1.PeriodCategoryParams)",
            "value": keys.iter().map(|k| json!({ "AbsoluteEntry": k })).collect::<Vec<_>>(),
        }),
    )
}

/// `POST CompanyService_GetFinancePeriods` with `{"PeriodCategoryParams":{"AbsoluteEntry":n}}`.
pub fn finance_periods(s: &SapState, body: &Value) -> Reply {
    let Some(category) = body
        .get("PeriodCategoryParams")
        .and_then(|p| p.get("AbsoluteEntry"))
        .and_then(Value::as_i64)
    else {
        return invalid_request("PeriodCategoryParams.AbsoluteEntry is required");
    };
    let periods: Vec<Value> = s
        .periods
        .iter()
        .enumerate()
        .filter(|(_, p)| i64::from(p.category) == category)
        .map(|(i, p)| finance_period(i, p))
        .collect();
    if periods.is_empty() {
        return no_matching_records();
    }
    Reply::json(
        StatusCode::OK,
        json!({
            "odata.metadata": "https://localhost:50000/b1s/v1/$metadata#Collection(SAPB1.FinancePeriod)",
            "value": periods,
        }),
    )
}

/// A `FinancePeriod` with the properties the simulator keeps; `Locked` is the old flag the
/// SDK help says to replace with `PeriodStatus`, still filled by SAP for `ltLocked`.
fn finance_period(index: usize, p: &SapPeriod) -> Value {
    json!({
        "AbsoluteEntry": index + 1,
        "PeriodCode": p.code,
        "PeriodName": p.name,
        "PostingDateFrom": p.from.to_string(),
        "PostingDateTo": p.to.to_string(),
        "Locked": if p.status == PeriodStatus::Locked { "tYES" } else { "tNO" },
        "PeriodStatus": p.status.wire(),
    })
}

/// The refusal a sales document dated `date` meets, if any: the posting period must exist
/// and take sales documents.
pub fn refusal(s: &SapState, date: Option<NaiveDate>) -> Option<Reply> {
    let period = date.and_then(|d| {
        s.periods
            .iter()
            .filter(|p| p.from <= d && d <= p.to)
            .min_by_key(|p| p.to - p.from)
    });
    match period {
        None => Some(no_period()),
        Some(p) if !p.status.takes_sales_documents() => Some(period_locked()),
        Some(_) => None,
    }
}
