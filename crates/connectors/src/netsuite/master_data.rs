//! Items, customers, currencies, tax codes, periods and units of measure, in bulk over
//! SuiteQL. Items and customers are read by key (they can outgrow a query's 100,000
//! results); the short lists by offset in a unique order. Dates are asked as ISO text, never
//! in the user's format.

use chrono::NaiveDate;
use osd_model::{
    AccountingPeriod, ErpCurrency, ErpCustomer, ErpItem, ErpTaxCode, ErpUnit, MasterData,
};

use super::client::{NetSuiteClient, SYSTEM};
use super::limits;
use super::suiteql::{iso_date, KeySet, Row};
use crate::odata::text;
use crate::wire_decimal;
use crate::CallError;

/// SuiteQL's checkboxes are `T`/`F`.
pub(super) fn flag(row: &Row, key: &str) -> bool {
    matches!(text(row, key).as_str(), "T" | "true" | "Yes")
}

/// A date asked as `TO_CHAR(d, 'YYYY-MM-DD')`.
pub(super) fn iso(row: &Row, key: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&text(row, key), "%Y-%m-%d").ok()
}

/// "7.25%" or "7.25" → 0.0725.
fn percent(value: &str) -> Option<rust_decimal::Decimal> {
    wire_decimal::parse(value.trim().trim_end_matches('%'))
        .map(|p| p / rust_decimal::Decimal::ONE_HUNDRED)
}

/// Every unit of every units type (Lists → Accounting → Units of Measure), by internal id.
/// The table and columns as public SuiteQL reads them (`unitstypeuom`: `internalid`,
/// `unitstype`, `unitname`, `abbreviation`) and as the REST record browser names the units
/// type's `uom` sublist (`unitName`, `pluralName`, `abbreviation`, `pluralAbbreviation`):
/// wsjmnh/netsuite-record-rest-docs `docs/schemas/unitsType.md` (REST API Browser 2026.1).
const UNITS_QUERY: &str = "SELECT internalid, unitname, pluralname, abbreviation, pluralabbreviation FROM unitstypeuom ORDER BY internalid";

/// A unit by every name it has: "lb", "lbs", "Pound", "Pounds". NetSuite keeps no UN/ECE
/// code on a unit.
fn unit(row: &Row) -> Option<ErpUnit> {
    let columns = [
        "abbreviation",
        "pluralabbreviation",
        "unitname",
        "pluralname",
    ];
    ErpUnit::named(
        text(row, "internalid"),
        columns.map(|column| text(row, column)),
    )
}

impl NetSuiteClient {
    /// The account's units of measure. Without the Multiple Units of Measure feature SuiteQL
    /// has no `unitstypeuom` (the query is refused as naming an unknown record), and a role
    /// may lack the permission: then, as after any failure of this one query, the list stays
    /// empty (no line's unit is checked) and the rest of the master data still loads.
    async fn units(&self) -> Vec<ErpUnit> {
        crate::unit_of_measure::or_unchecked(
            SYSTEM,
            self.suiteql(UNITS_QUERY)
                .await
                .map(|rows| rows.iter().filter_map(unit).collect()),
        )
    }

    pub(super) async fn master_data(&self) -> Result<MasterData, CallError> {
        let periods_query = format!(
            "SELECT id, periodname, {}, {}, closed, isquarter, isyear FROM accountingperiod ORDER BY id",
            iso_date("startdate", "startdate"),
            iso_date("enddate", "enddate"),
        );
        // The lists need nothing from each other: read together, as many at once as the
        // account's concurrency share allows (the client's slots).
        let (lists, units) = tokio::join!(
            async {
                tokio::try_join!(
                    self.rows_by_key(&KeySet {
                        columns: "id, itemid, isinactive",
                        table: "item",
                        filter: None,
                        key: "id",
                    }),
                    self.rows_by_key(&KeySet {
                        columns: "id, entityid, email, companyname",
                        table: "customer",
                        filter: None,
                        key: "id",
                    }),
                    self.suiteql("SELECT id, symbol, isinactive FROM currency ORDER BY id"),
                    self.suiteql("SELECT id, itemid, rate FROM salestaxitem ORDER BY id"),
                    self.suiteql(&periods_query),
                )
            },
            self.units()
        );
        let (items, customers, currencies, taxes, periods) = lists?;
        Ok(MasterData {
            items: items
                .iter()
                .map(|r| ErpItem {
                    id: text(r, "id"),
                    sku: text(r, "itemid"),
                    active: !flag(r, "isinactive"),
                })
                .collect(),
            customers: customers
                .iter()
                .map(|r| ErpCustomer {
                    id: text(r, "id"),
                    email: Some(text(r, "email")).filter(|e| !e.is_empty()),
                    name: Some(text(r, "companyname"))
                        .filter(|n| !n.is_empty())
                        .unwrap_or_else(|| text(r, "entityid")),
                })
                .collect(),
            currencies: currencies
                .iter()
                .map(|r| ErpCurrency {
                    id: text(r, "id"),
                    code: text(r, "symbol"),
                    active: !flag(r, "isinactive"),
                })
                .collect(),
            tax_codes: taxes
                .iter()
                .filter_map(|r| {
                    Some(ErpTaxCode {
                        id: text(r, "id"),
                        name: text(r, "itemid"),
                        rate: percent(&text(r, "rate"))?,
                    })
                })
                .collect(),
            periods: periods
                .iter()
                .filter(|r| !flag(r, "isquarter") && !flag(r, "isyear"))
                .filter_map(|r| {
                    Some(AccountingPeriod {
                        name: text(r, "periodname"),
                        start: iso(r, "startdate")?,
                        end: iso(r, "enddate")?,
                        closed: flag(r, "closed"),
                    })
                })
                .collect(),
            countries: Vec::new(),
            units,
            rules: limits::rules(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn percentages_and_iso_dates_read_as_suiteql_prints_them() {
        assert_eq!(percent("7.25%"), Some(rust_decimal_macros::dec!(0.0725)));
        assert_eq!(percent("19"), Some(rust_decimal_macros::dec!(0.19)));
        let row = json!({ "d": "2026-11-01", "us": "11/1/2026" });
        let row = row.as_object().cloned().unwrap_or_default();
        assert_eq!(iso(&row, "d"), NaiveDate::from_ymd_opt(2026, 11, 1));
        assert_eq!(
            iso(&row, "us"),
            None,
            "a date in a user format is never guessed"
        );
    }
}
