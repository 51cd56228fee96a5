//! Checks run before anything is sent: the ERP's field limits and characters, and whether
//! the order's money adds up.

use osd_connectors::ErpOrderDraft;
use osd_model::{Address, ErpRules, FindingCode, Order, OrderField, Severity};
use osd_store::Mappings;
use rust_decimal::Decimal;

use crate::fitting::{clean, fit_text, is_astral, is_invisible, refused};
use crate::resolve::{resolve, MasterIndex, Resolution};

/// One thing wrong with one order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub code: FindingCode,
    pub severity: Severity,
    /// What groups it with the same problem on other orders.
    pub key: Option<String>,
    /// The values checked, in words.
    pub detail: String,
    /// A value that would probably fix it (a SKU the ERP has, a country code).
    pub suggestion: Option<String>,
    /// How people know the suggested value, when it is an id ("Web Store Guest").
    pub suggestion_name: Option<String>,
}

impl Problem {
    pub fn new(code: FindingCode, severity: Severity, key: Option<String>, detail: String) -> Self {
        Self {
            code,
            severity,
            key,
            detail,
            suggestion: None,
            suggestion_name: None,
        }
    }

    pub fn suggesting(mut self, suggestion: Option<String>) -> Self {
        self.suggestion = suggestion;
        self
    }

    pub fn error(code: FindingCode, key: Option<String>, detail: String) -> Self {
        Self::new(code, Severity::Error, key, detail)
    }
}

/// Resolve the order against master data, then check what would be sent.
pub fn preflight(order: &Order, index: &MasterIndex, mappings: &Mappings) -> Resolution {
    let mut resolution = resolve(order, index, mappings);
    let rules = &index.data.rules;
    if mappings.policies.fit_text() {
        let notes = fit_draft(&mut resolution.draft, rules);
        resolution.problems.extend(notes);
    }
    let mut problems = field_problems(&resolution.draft, rules);
    problems.extend(total_problem(order));
    for p in problems {
        if !resolution
            .problems
            .iter()
            .any(|q| q.code == p.code && q.key == p.key)
        {
            resolution.problems.push(p);
        }
    }
    resolution
}

fn address_value(address: &Address, field: OrderField) -> Option<String> {
    match field {
        OrderField::AddressName => Some(address.name.clone()),
        OrderField::AddressLine1 => Some(address.line1.clone()),
        OrderField::AddressLine2 => address.line2.clone(),
        OrderField::City => Some(address.city.clone()),
        OrderField::State => address
            .province_code
            .clone()
            .or_else(|| address.province.clone()),
        OrderField::Postcode => address.postcode.clone(),
        OrderField::Phone => address.phone.clone(),
        OrderField::Country => address
            .country_code
            .clone()
            .or_else(|| address.country.clone()),
        _ => None,
    }
}

const ADDRESS_FIELDS: [OrderField; 8] = [
    OrderField::AddressName,
    OrderField::AddressLine1,
    OrderField::AddressLine2,
    OrderField::City,
    OrderField::State,
    OrderField::Postcode,
    OrderField::Phone,
    OrderField::Country,
];

/// Values a shortened copy of would be wrong rather than short: a cut country code or item
/// number names another country or item, so these are only ever reported.
fn never_shortened(field: OrderField) -> bool {
    matches!(field, OrderField::Country | OrderField::ItemNumber)
}

fn reference(r: &osd_connectors::Ref) -> &str {
    match r {
        osd_connectors::Ref::Id(id) | osd_connectors::Ref::Unresolved(id) => id,
    }
}

/// Every value the ERP will receive, with the field it goes to and a label for people.
fn sent_values(draft: &ErpOrderDraft) -> Vec<(OrderField, String, String)> {
    // Customers go to the ERP as references and notes are not sent: addresses and lines count.
    let mut values = Vec::new();
    let addresses = [
        ("billing", draft.billing.as_ref()),
        ("shipping", draft.shipping.as_ref()),
    ];
    for (which, address) in addresses {
        let Some(address) = address else { continue };
        for field in ADDRESS_FIELDS {
            if let Some(value) = address_value(address, field) {
                values.push((field, format!("{which} {}", field.label()), value));
            }
        }
    }
    for (i, line) in draft.lines.iter().enumerate() {
        values.push((
            OrderField::LineDescription,
            format!("line {} description", i + 1),
            line.description.clone(),
        ));
        values.push((
            OrderField::ItemNumber,
            format!("line {} item number \"{}\"", i + 1, reference(&line.item)),
            reference(&line.item).to_string(),
        ));
    }
    values
}

/// Countries and line values are checked only against an ERP that limits them (Business
/// Central's Country/Region Code, Description and No.).
fn checked(rules: &ErpRules, field: OrderField) -> bool {
    !matches!(
        field,
        OrderField::Country | OrderField::LineDescription | OrderField::ItemNumber
    ) || rules.field_limits.iter().any(|l| l.field == field)
}

fn describe(c: char) -> String {
    if is_astral(c) {
        format!("\"{c}\" (U+{:04X})", c as u32)
    } else if is_invisible(c) {
        format!("an invisible character (U+{:04X})", c as u32)
    } else {
        format!("\"{c}\" (U+{:04X}, outside Latin-1)", c as u32)
    }
}

fn set_address_value(address: &mut Address, field: OrderField, value: String) {
    match field {
        OrderField::AddressName => address.name = value,
        OrderField::AddressLine1 => address.line1 = value,
        OrderField::AddressLine2 => address.line2 = Some(value),
        OrderField::City => address.city = value,
        OrderField::State if address.province_code.is_some() => address.province_code = Some(value),
        OrderField::State => address.province = Some(value),
        OrderField::Postcode => address.postcode = Some(value),
        OrderField::Phone => address.phone = Some(value),
        _ => {}
    }
}

/// With the fit-text rule on, send every value the way the ERP accepts it, and say so on the
/// order: a shortened address is a change the user must be able to see.
fn fit_draft(draft: &mut ErpOrderDraft, rules: &ErpRules) -> Vec<Problem> {
    let mut notes = Vec::new();
    let addresses = [
        ("billing", draft.billing.as_mut()),
        ("shipping", draft.shipping.as_mut()),
    ];
    for (which, address) in addresses {
        let Some(address) = address else { continue };
        for field in ADDRESS_FIELDS.into_iter().filter(|f| !never_shortened(*f)) {
            let Some(value) = address_value(address, field) else {
                continue;
            };
            if let Some((note, fitted)) =
                fitted(rules, field, &format!("{which} {}", field.label()), &value)
            {
                notes.push(note);
                set_address_value(address, field, fitted);
            }
        }
    }
    let lines = if checked(rules, OrderField::LineDescription) {
        draft.lines.iter_mut().collect()
    } else {
        Vec::new()
    };
    for (i, line) in lines.into_iter().enumerate() {
        let label = format!("line {} description", i + 1);
        if let Some((note, fitted)) = fitted(
            rules,
            OrderField::LineDescription,
            &label,
            &line.description,
        ) {
            notes.push(note);
            line.description = fitted;
        }
    }
    notes
}

/// A value cleaned and shortened the way the ERP accepts it, with the note that says so;
/// `None` when it already fits.
fn fitted(
    rules: &ErpRules,
    field: OrderField,
    label: &str,
    value: &str,
) -> Option<(Problem, String)> {
    let limit = rules.field_limits.iter().find(|l| l.field == field);
    let fitted = fit_text(value, &rules.charset, limit);
    if fitted == value {
        return None;
    }
    let (code, key) = match limit {
        Some(l) if l.unit.measure(&clean(value, &rules.charset)) > l.max => {
            (FindingCode::FieldTooLong, l.erp_field.clone())
        }
        _ => (
            FindingCode::UnsupportedCharacters,
            field.label().to_string(),
        ),
    };
    let note = Problem::new(
        code,
        Severity::Info,
        Some(key),
        format!("{label} \"{value}\" is sent as \"{fitted}\""),
    );
    Some((note, fitted))
}

fn field_problems(draft: &ErpOrderDraft, rules: &ErpRules) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (field, label, value) in sent_values(draft)
        .into_iter()
        .filter(|(field, _, _)| checked(rules, *field))
    {
        let limit = rules.field_limits.iter().find(|l| l.field == field);
        let refused: Vec<char> = value
            .chars()
            .filter(|c| refused(*c, &rules.charset))
            .collect();
        if !refused.is_empty() {
            let list = refused
                .iter()
                .map(|c| describe(*c))
                .collect::<Vec<_>>()
                .join(", ");
            problems.push(Problem::error(
                FindingCode::UnsupportedCharacters,
                Some(field.label().to_string()),
                format!(
                    "{label} \"{value}\" contains {list}; cleaned, it would be sent as \"{}\"",
                    fit_text(&value, &rules.charset, limit)
                ),
            ));
        }
        if let Some(limit) = limit {
            let length = limit.unit.measure(&value);
            if length > limit.max {
                let chars = value.chars().count();
                let counted = if limit.unit == osd_model::LengthUnit::Bytes && chars != length {
                    format!(
                        "{length} bytes ({chars} characters; letters like ß and ü take two bytes)"
                    )
                } else {
                    format!("{length} {}", limit.unit.label())
                };
                let remedy = if never_shortened(field) {
                    "; it cannot be shortened without naming something else".to_string()
                } else {
                    format!(
                        "; shortened, it would be sent as \"{}\"",
                        fit_text(&value, &rules.charset, Some(limit))
                    )
                };
                problems.push(Problem::error(
                    FindingCode::FieldTooLong,
                    Some(limit.erp_field.clone()),
                    format!(
                        "{label} is {counted}; the ERP field {} holds {} {}{remedy}",
                        limit.erp_field,
                        limit.max,
                        limit.unit.label(),
                    ),
                ));
            }
        }
    }
    problems
}

/// Amounts as an ERP books them: each line rounded to the cent, half away from zero.
fn cents(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// Recompute the total the way the ERP will, line by line, and show every step when it
/// does not match the store's: the person can then see which line or charge is off.
fn total_problem(order: &Order) -> Option<Problem> {
    let amounts: Vec<Decimal> = order
        .lines
        .iter()
        .map(|l| cents(l.quantity * l.unit_price))
        .collect();
    let lines: Decimal = amounts.iter().copied().sum();
    let tax = if order.taxes_included {
        Decimal::ZERO
    } else {
        cents(order.total_tax)
    };
    let computed = lines + cents(order.shipping_total) + tax - cents(order.discount_total);
    let difference = (order.total - computed).abs();
    // Per-line rounding may drift by a cent per line; more than that is a real difference.
    let line_count = i64::try_from(order.lines.len()).unwrap_or(i64::MAX).max(1);
    let tolerance = Decimal::new(line_count, 2);
    if difference <= tolerance {
        return None;
    }
    let mut steps: Vec<String> = order
        .lines
        .iter()
        .zip(&amounts)
        .enumerate()
        .map(|(i, (line, amount))| {
            format!(
                "  line {}: {} × {} at {} = {amount}",
                i + 1,
                line.quantity.normalize(),
                line.sku.as_deref().unwrap_or(&line.title),
                line.unit_price
            )
        })
        .collect();
    steps.push(format!("  shipping: {}", order.shipping_total));
    steps.push(if order.taxes_included {
        "  tax: included in the prices".to_string()
    } else {
        format!("  tax: {}", order.total_tax)
    });
    steps.push(format!("  discounts: −{}", order.discount_total));
    steps.push(format!(
        "  = {computed} {}, but the store's total is {} (off by {difference})",
        order.currency, order.total
    ));
    Some(Problem::new(
        FindingCode::TotalMismatch,
        Severity::Warning,
        None,
        format!("the total recomputed line by line:\n{}", steps.join("\n")),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use osd_connectors::{DraftLine, Ref};
    use osd_model::{FieldLimit, LengthUnit};

    /// Business Central's: Country/Region Code[10], Description Text[100], No. Code[20].
    fn limited() -> ErpRules {
        let limit = |field, name, max| FieldLimit::new(field, name, max, LengthUnit::Chars);
        ErpRules {
            field_limits: vec![
                limit(OrderField::Country, "Country/Region Code", 10),
                limit(OrderField::LineDescription, "Description", 100),
                limit(OrderField::ItemNumber, "No.", 20),
            ],
            ..ErpRules::default()
        }
    }

    fn draft() -> ErpOrderDraft {
        let address = Address {
            name: "Ada Lovelace".into(),
            line1: "1 Market Street".into(),
            city: "Oakland".into(),
            country: Some("Vereinigte Staaten".into()),
            ..Address::default()
        };
        ErpOrderDraft {
            external_id: "shopify-1".into(),
            order_name: "#1001".into(),
            tran_date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            customer: Ref::Id("C1".into()),
            currency: Ref::Id(String::new()),
            tax_code: None,
            lines: vec![DraftLine {
                item: Ref::Unresolved("A-SKU-LONGER-THAN-TWENTY".into()),
                quantity: Decimal::ONE,
                unit_price: Decimal::TEN,
                description: "Hand-poured soy candle ".repeat(6),
            }],
            billing: None,
            shipping: Some(address),
            shipping_cost: Decimal::ZERO,
            memo: String::new(),
        }
    }

    #[test]
    fn country_description_and_item_number_are_checked_where_the_erp_limits_them() {
        let problems = field_problems(&draft(), &limited());
        let keys: Vec<(FindingCode, Severity, Option<&str>)> = problems
            .iter()
            .map(|p| (p.code, p.severity, p.key.as_deref()))
            .collect();
        for key in ["Country/Region Code", "Description", "No."] {
            assert!(
                keys.contains(&(FindingCode::FieldTooLong, Severity::Error, Some(key))),
                "{key}: {problems:?}"
            );
        }
        let item = problems
            .iter()
            .find(|p| p.key.as_deref() == Some("No."))
            .unwrap();
        assert!(
            !item.detail.contains("would be sent as"),
            "an item number is never offered shortened: {}",
            item.detail
        );
        assert!(
            field_problems(&draft(), &ErpRules::default()).is_empty(),
            "an ERP that does not limit them is not asked about them"
        );

        let mut fitted = draft();
        let notes = fit_draft(&mut fitted, &limited());
        let shortened = fitted.lines[0].description.chars().count();
        assert!((1..=100).contains(&shortened), "{shortened}");
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert_eq!(fitted.shipping, draft().shipping, "a country is not cut");
        assert_eq!(fitted.lines[0].item, draft().lines[0].item);
    }
}
