//! Which tax codes a sales order can carry, and in which line property.
//!
//! SAP Business One keeps two tax systems, one per localisation (SDK help): sales tax codes
//! (`SalesTaxCodes`, OSTC: US and Canada, "Tax Codes" in Latin America), put on a line as
//! `TaxCode`, and tax groups (`VatGroups`, OVTG: "Country-specific for Europe"), put on a line
//! as `VatGroup`. The Service Layer does not say which localisation a company has in a form
//! the metadata documents (CompanyInfo `Localization` is a free string), so the company's own
//! setup decides: sales tax codes usable on sales documents mean the sales tax system; none,
//! and output tax groups, mean VAT.
//!
//! Usable: a sales tax code must be valid for A/R (`ValidForAR`; SDK help: "ValidForAP and/or
//! ValidForAR must be tYES") and not `Inactive`; a tax group must be for sales (`Category`
//! `bovcOutputTax`, not input tax) and not `Inactive`. A group's rate is the `VatGroups_Lines`
//! row with the latest `Effectivefrom` not after the day asked about.

use chrono::NaiveDate;
use osd_model::ErpTaxCode;
use rust_decimal::Decimal;
use serde_json::{Map, Value};

use super::wire::{TaxField, OUTPUT_TAX, YES};
use crate::odata::text;
use crate::wire_decimal;

fn yes(row: &Map<String, Value>, key: &str) -> bool {
    text(row, key) == YES
}

fn code(row: &Map<String, Value>, rate_percent: Decimal) -> ErpTaxCode {
    ErpTaxCode {
        id: text(row, "Code"),
        name: text(row, "Name"),
        rate: rate_percent / Decimal::ONE_HUNDRED,
    }
}

/// Sales tax codes a sales order may use.
pub fn sales_tax_codes(rows: &[Map<String, Value>]) -> Vec<ErpTaxCode> {
    rows.iter()
        .filter(|t| yes(t, "ValidForAR") && !yes(t, "Inactive"))
        .filter_map(|t| Some(code(t, wire_decimal::from_value(t.get("Rate")?)?)))
        .collect()
}

/// Output tax groups with the rate in force on `day`.
pub fn vat_groups(rows: &[Map<String, Value>], day: NaiveDate) -> Vec<ErpTaxCode> {
    rows.iter()
        .filter(|g| text(g, "Category") == OUTPUT_TAX && !yes(g, "Inactive"))
        .filter_map(|g| Some(code(g, rate_on(g, day)?)))
        .collect()
}

fn rate_on(group: &Map<String, Value>, day: NaiveDate) -> Option<Decimal> {
    group
        .get("VatGroups_Lines")?
        .as_array()?
        .iter()
        .filter_map(|line| {
            let from = line.get("Effectivefrom")?.as_str()?.get(..10)?;
            let from = NaiveDate::parse_from_str(from, "%Y-%m-%d").ok()?;
            Some((from, wire_decimal::from_value(line.get("Rate")?)?))
        })
        .filter(|(from, _)| *from <= day)
        .max_by_key(|(from, _)| *from)
        .map(|(_, rate)| rate)
}

/// The company's tax system, from what it has set up.
pub fn field_for(sales_tax_codes: &[ErpTaxCode], vat_groups: &[ErpTaxCode]) -> TaxField {
    if sales_tax_codes.is_empty() && !vat_groups.is_empty() {
        TaxField::VatGroup
    } else {
        TaxField::TaxCode
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rows(value: Value) -> Vec<Map<String, Value>> {
        value
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_object().unwrap().clone())
            .collect()
    }

    #[test]
    fn only_codes_for_sales_and_in_use_are_offered() {
        let codes = sales_tax_codes(&rows(json!([
            {"Code": "CA", "Name": "California", "Rate": 7.25, "Inactive": "tNO", "ValidForAR": "tYES"},
            {"Code": "OLD", "Name": "Old", "Rate": 6, "Inactive": "tYES", "ValidForAR": "tYES"},
            {"Code": "AP", "Name": "Purchasing", "Rate": 5, "Inactive": "tNO", "ValidForAR": "tNO"},
        ])));
        assert_eq!(codes.len(), 1);
        assert_eq!(codes[0].rate, Decimal::new(725, 4));
    }

    #[test]
    fn a_tax_group_has_the_rate_in_force_and_decides_vat() {
        let groups = vat_groups(
            &rows(json!([
                {"Code": "S1", "Name": "Standard", "Category": "bovcOutputTax", "Inactive": "tNO",
                 "VatGroups_Lines": [{"Effectivefrom": "2007-01-01", "Rate": 16}, {"Effectivefrom": "2026-01-01T00:00:00Z", "Rate": 19}, {"Effectivefrom": "2030-01-01", "Rate": 21}]},
                {"Code": "V1", "Name": "Input", "Category": "bovcInputTax", "Inactive": "tNO",
                 "VatGroups_Lines": [{"Effectivefrom": "2007-01-01", "Rate": 19}]},
            ])),
            NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        );
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].rate, Decimal::new(19, 2));
        assert_eq!(field_for(&[], &groups), TaxField::VatGroup);
        assert_eq!(field_for(&groups, &[]), TaxField::TaxCode);
        assert_eq!(field_for(&[], &[]), TaxField::TaxCode);
    }
}
