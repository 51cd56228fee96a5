//! What NetSuite checks on a sales order before storing it, first failure wins, each refused
//! in NetSuite's words (errors.rs names their sources).
//!
//! Field lengths: the address subrecord limits of NetSuite's customer import template
//! (addressee 83, addr1/addr2 150, city 50, phone 21), counted in bytes as the connector's
//! limits.rs does (docs only). Country: the `country.id` enum of two-letter codes (REST API
//! Browser, salesOrder-billingAddress). Period: "The transaction date you specified is not
//! within the date range of your accounting period." (NetSuite's posting-period text as
//! integrations quote it, field evidence).

use axum::response::Response;
use chrono::NaiveDate;
use serde_json::Value;

use super::errors::{invalid_reference, invalid_value, too_long, user_error};
use super::{NetSuiteState, SalesOrder};

type Refusal = Box<Response>;

/// A reference field as `(internal id, external id)`.
fn ref_key(reference: &Value) -> (Option<&str>, Option<&str>) {
    (
        reference.get("id").and_then(Value::as_str),
        reference.get("externalId").and_then(Value::as_str),
    )
}

fn label(reference: &Value) -> String {
    let (id, external) = ref_key(reference);
    id.or(external).unwrap_or_default().to_string()
}

pub fn validate(s: &NetSuiteState, order: &SalesOrder) -> Result<(), Refusal> {
    let subsidiary = customer(s, &order.body)?;
    currency(s, &order.body, &subsidiary)?;
    period(s, &order.body)?;
    lines(s, &order.lines)?;
    for which in ["billingAddress", "shippingAddress"] {
        if let Some(address) = order.body.get(which) {
            self::address(address, which)?;
        }
    }
    Ok(())
}

/// The customer, and the subsidiary the order books into (the customer's, unless the body
/// names one the customer must belong to).
fn customer(s: &NetSuiteState, body: &Value) -> Result<String, Refusal> {
    let missing = || Box::new(user_error("Please enter value(s) for: Customer", None));
    let entity = body.get("entity").ok_or_else(missing)?;
    let id = match ref_key(entity) {
        (Some(id), _) if s.account.customers.iter().any(|c| c.id == id) => id,
        (Some(id), _) => return Err(Box::new(invalid_value(id, "entity", "entity"))),
        (None, Some(key)) => {
            return Err(Box::new(invalid_reference("customer", key, None, "entity")))
        }
        (None, None) => return Err(missing()),
    };
    let home = s
        .subsidiaries
        .customer
        .get(id)
        .cloned()
        .unwrap_or_else(|| "1".into());
    match body.pointer("/subsidiary/id").and_then(Value::as_str) {
        Some(named) if named != home => Err(Box::new(invalid_reference(
            "entity",
            id,
            Some(("subsidiary", named)),
            "entity",
        ))),
        _ => Ok(home),
    }
}

fn currency(s: &NetSuiteState, body: &Value, subsidiary: &str) -> Result<(), Refusal> {
    let Some(currency) = body.get("currency") else {
        return Ok(());
    };
    let known = match ref_key(currency) {
        (Some(id), _) => s.account.currencies.iter().find(|c| c.id == id),
        (None, Some(code)) => s.account.currencies.iter().find(|c| c.symbol == code),
        _ => None,
    };
    match known {
        Some(c) if c.inactive => Err(Box::new(user_error(
            &format!("The currency {} does not exist", c.symbol),
            None,
        ))),
        Some(c)
            if s.subsidiaries
                .currency_not_offered
                .contains(&(subsidiary.to_string(), c.id.clone())) =>
        {
            Err(Box::new(invalid_reference(
                "currency",
                &c.id,
                Some(("subsidiary", subsidiary)),
                "currency",
            )))
        }
        Some(_) => Ok(()),
        None => Err(Box::new(user_error(
            &format!("The currency {} does not exist", label(currency)),
            None,
        ))),
    }
}

fn period(s: &NetSuiteState, body: &Value) -> Result<(), Refusal> {
    let date = body
        .get("tranDate")
        .and_then(Value::as_str)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .ok_or_else(|| Box::new(user_error("Please enter value(s) for: Date", None)))?;
    let period = s
        .account
        .periods
        .iter()
        .filter(|p| p.start <= date && date <= p.end)
        .min_by_key(|p| p.end - p.start);
    if period.is_none_or(|p| p.closed) {
        return Err(Box::new(user_error("The transaction date you specified is not within the date range of your accounting period.", None)));
    }
    Ok(())
}

fn lines(s: &NetSuiteState, lines: &[Value]) -> Result<(), Refusal> {
    if lines.is_empty() {
        return Err(Box::new(user_error(
            "You must enter at least one line item for this transaction.",
            None,
        )));
    }
    for (i, line) in lines.iter().enumerate() {
        let item = line.get("item").cloned().unwrap_or(Value::Null);
        let known = match ref_key(&item) {
            (Some(id), _) => s.account.items.iter().any(|it| it.id == id && !it.inactive),
            (None, Some(sku)) => s
                .account
                .items
                .iter()
                .any(|it| it.sku == sku && !it.inactive),
            _ => false,
        };
        if !known {
            return Err(Box::new(invalid_value(
                &label(&item),
                "item",
                &format!("item.items[{i}].item"),
            )));
        }
        if let Some(tax) = line.get("taxCode") {
            let known = match ref_key(tax) {
                (Some(id), _) => s.account.tax_items.iter().any(|t| t.id == id),
                (None, Some(name)) => s.account.tax_items.iter().any(|t| t.name == name),
                _ => false,
            };
            if !known {
                return Err(Box::new(invalid_reference(
                    "tax code",
                    &label(tax),
                    None,
                    &format!("item.items[{i}].taxCode"),
                )));
            }
        }
    }
    Ok(())
}

fn address(address: &Value, which: &str) -> Result<(), Refusal> {
    let country = address
        .pointer("/country/id")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(Box::new(invalid_value(
            country,
            "country",
            &format!("{which}.country"),
        )));
    }
    for (field, max) in [
        ("addressee", 83),
        ("addr1", 150),
        ("addr2", 150),
        ("city", 50),
        ("addrPhone", 21),
    ] {
        let Some(value) = address.get(field).and_then(Value::as_str) else {
            continue;
        };
        let odd = value.chars().any(|c| {
            (c as u32) > 0xFFFF
                || c.is_control()
                || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}')
        });
        let path = format!("{which}.{field}");
        if odd {
            return Err(Box::new(invalid_value(value, field, &path)));
        }
        if value.len() > max {
            return Err(Box::new(too_long(field, max, &path)));
        }
    }
    Ok(())
}
