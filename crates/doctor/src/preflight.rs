//! Checks run before anything is sent: the ERP's field limits and characters, and whether
//! the order's money adds up.

use osd_connectors::ErpOrderDraft;
use osd_model::{Address, ErpRules, FindingCode, Order, OrderField, Severity};
use osd_store::Mappings;
use rust_decimal::Decimal;

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
    /// A value that would probably fix it (a SKU the ERP has).
    pub suggestion: Option<String>,
}

impl Problem {
    pub fn new(code: FindingCode, severity: Severity, key: Option<String>, detail: String) -> Self {
        Self {
            code,
            severity,
            key,
            detail,
            suggestion: None,
        }
    }

    pub fn error(code: FindingCode, key: Option<String>, detail: String) -> Self {
        Self::new(code, Severity::Error, key, detail)
    }
}

/// Resolve the order against master data, then check what would be sent.
pub fn preflight(order: &Order, index: &MasterIndex, mappings: &Mappings) -> Resolution {
    let mut resolution = resolve(order, index, mappings);
    let rules = &index.data.rules;
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
        _ => None,
    }
}

/// Every value the ERP will receive, with the field it goes to and a label for people.
fn sent_values(draft: &ErpOrderDraft) -> Vec<(OrderField, String, String)> {
    const ADDRESS_FIELDS: [OrderField; 7] = [
        OrderField::AddressName,
        OrderField::AddressLine1,
        OrderField::AddressLine2,
        OrderField::City,
        OrderField::State,
        OrderField::Postcode,
        OrderField::Phone,
    ];
    // Customers go to the ERP as references and notes are not sent, so only addresses count.
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
    values
}

fn is_astral(c: char) -> bool {
    (c as u32) > 0xFFFF
}

pub(crate) fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\r' && c != '\t')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}')
}

/// What the value becomes without the refused characters, for the person to judge.
fn cleaned(value: &str, rules: &ErpRules) -> String {
    let kept: String = value
        .chars()
        .filter(|c| !(rules.charset.rejects_astral && is_astral(*c)))
        .filter(|c| !(rules.charset.rejects_invisible && is_invisible(*c)))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn describe(c: char) -> String {
    if is_astral(c) {
        format!("\"{c}\" (U+{:04X})", c as u32)
    } else {
        format!("an invisible character (U+{:04X})", c as u32)
    }
}

fn field_problems(draft: &ErpOrderDraft, rules: &ErpRules) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (field, label, value) in sent_values(draft) {
        let refused: Vec<char> = value
            .chars()
            .filter(|c| {
                (rules.charset.rejects_astral && is_astral(*c))
                    || (rules.charset.rejects_invisible && is_invisible(*c))
            })
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
                    "{label} \"{value}\" contains {list}; it would be sent as \"{}\"",
                    cleaned(&value, rules)
                ),
            ));
        }
        if let Some(limit) = rules.field_limits.iter().find(|l| l.field == field) {
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
                problems.push(Problem::error(
                    FindingCode::FieldTooLong,
                    Some(limit.erp_field.clone()),
                    format!(
                        "{label} is {counted}; the ERP field {} holds {} {}",
                        limit.erp_field,
                        limit.max,
                        limit.unit.label()
                    ),
                ));
            }
        }
    }
    problems
}

fn total_problem(order: &Order) -> Option<Problem> {
    let computed = order.computed_total();
    let difference = (order.total - computed).abs();
    // A cent either way is rounding, which the ERP recomputes anyway.
    (difference > Decimal::new(1, 2)).then(|| {
        let lines: Decimal = order.lines.iter().map(|l| l.quantity * l.unit_price).sum();
        let tax = if order.taxes_included { "tax included in prices".to_string() } else { format!("tax {}", order.total_tax) };
        Problem::new(
            FindingCode::TotalMismatch,
            Severity::Warning,
            None,
            format!(
                "lines {lines} + shipping {} + {tax} − discounts {} = {computed} {}, but the store's total is {} (off by {difference})",
                order.shipping_total, order.discount_total, order.currency, order.total
            ),
        )
    })
}
