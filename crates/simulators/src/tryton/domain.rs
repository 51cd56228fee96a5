//! Tryton's domains as `search_read` applies them, and its date and Decimal encodings.
//!
//! Source: tryton/trytond `trytond/model/modelstorage.py` and `modelsql.py` (a domain is a
//! list of `[field, operator, value]` leaves and nested domains, joined by AND unless it
//! starts with `"OR"`), `trytond/protocols/jsonrpc.py` (`{"__class__": "date", …}`,
//! `{"__class__": "Decimal", "decimal": …}`). Only the operators this project's connector
//! sends are understood.

use std::cmp::Ordering;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

pub type Row = Map<String, Value>;

pub fn decimal(value: Decimal) -> Value {
    json!({ "__class__": "Decimal", "decimal": value.normalize().to_string() })
}

pub fn date(value: NaiveDate) -> Value {
    json!({ "__class__": "date", "year": value.year(), "month": value.month(), "day": value.day() })
}

/// A date sent as Tryton's object or as ISO text.
pub fn parse_date(value: &Value) -> Option<NaiveDate> {
    if let Some(text) = value.as_str() {
        return NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
    }
    let part = |k: &str| value.get(k).and_then(Value::as_i64);
    NaiveDate::from_ymd_opt(
        i32::try_from(part("year")?).ok()?,
        u32::try_from(part("month")?).ok()?,
        u32::try_from(part("day")?).ok()?,
    )
}

/// What a value compares as: dates by their day, numbers by value, the rest as text.
fn comparable(value: &Value) -> Value {
    if value.get("__class__").and_then(Value::as_str) == Some("Decimal") {
        return value.get("decimal").cloned().unwrap_or(Value::Null);
    }
    match parse_date(value) {
        Some(day) if value.is_object() => json!(day.format("%Y-%m-%d").to_string()),
        _ => value.clone(),
    }
}

fn order(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64()?.partial_cmp(&y.as_f64()?),
        (Value::String(x), Value::String(y)) => Some(x.cmp(y)),
        _ => None,
    }
}

/// The value a domain sees for `field`. `active` on a model whose activity is its own and its
/// parent's (`TemplateDeactivatableMixin`) reads the combined `_active` the rows carry.
fn value_of<'a>(row: &'a Row, field: &str) -> &'a Value {
    let key = if field == "active" && row.contains_key("_active") {
        "_active"
    } else {
        field
    };
    row.get(key).unwrap_or(&Value::Null)
}

/// Whether the row satisfies the domain; `Err` names what Tryton would refuse.
pub fn holds(row: &Row, domain: &Value) -> Result<bool, String> {
    let Some(terms) = domain.as_array() else {
        return Ok(true);
    };
    let (any, terms) = match terms.first().and_then(Value::as_str) {
        Some("OR") => (true, &terms[1..]),
        Some("AND") => (false, &terms[1..]),
        _ => (false, &terms[..]),
    };
    let mut results = Vec::new();
    for term in terms {
        let leaf = term
            .get(0)
            .and_then(Value::as_str)
            .zip(term.get(1).and_then(Value::as_str));
        results.push(match leaf {
            Some((field, op)) => leaf_holds(row, field, op, term.get(2).unwrap_or(&Value::Null))?,
            None => holds(row, term)?,
        });
    }
    Ok(if any {
        results.iter().any(|r| *r)
    } else {
        results.iter().all(|r| *r)
    })
}

fn leaf_holds(row: &Row, field: &str, op: &str, value: &Value) -> Result<bool, String> {
    let actual = comparable(value_of(row, field));
    let truthy = |v: &Value| match v {
        Value::Number(n) => Value::Bool(n.as_i64() == Some(1)),
        other => other.clone(),
    };
    let same = |a: &Value, b: &Value| {
        let b = comparable(b);
        a == &b || (b.is_boolean() && truthy(a) == b)
    };
    Ok(match op {
        "=" => same(&actual, value),
        "!=" => !same(&actual, value),
        "in" => value
            .as_array()
            .is_some_and(|l| l.iter().any(|v| same(&actual, v))),
        "not in" => !value
            .as_array()
            .is_some_and(|l| l.iter().any(|v| same(&actual, v))),
        ">" | ">=" | "<" | "<=" => match order(&actual, &comparable(value)) {
            None => false,
            Some(o) => match op {
                ">" => o == Ordering::Greater,
                ">=" => o != Ordering::Less,
                "<" => o == Ordering::Less,
                _ => o != Ordering::Greater,
            },
        },
        other => return Err(format!("Unknown operator {other:?}")),
    })
}

/// Whether the domain has a leaf on `field` anywhere (Tryton then leaves out its implicit
/// `active = True`).
pub fn mentions(domain: &Value, field: &str) -> bool {
    domain.as_array().into_iter().flatten().any(|term| {
        term.get(0).and_then(Value::as_str) == Some(field)
            || (term.is_array() && mentions(term, field))
    })
}

/// The asked fields of a row, as `read` answers them: a relation by its id (a list of ids for
/// x2many), a dotted name (`template.active`, `lines.product.code`) as the related record(s)
/// under the name with a trailing dot (`"template.": {"active": 1, "id": 4}`). `Err` is the
/// first field the model does not have (Tryton answers `["'name'", ""]`).
pub fn project(row: &Row, fields: &[String]) -> Result<Row, String> {
    let mut out = Row::new();
    out.insert("id".into(), row.get("id").cloned().unwrap_or(Value::Null));
    let mut nested: Vec<(String, Vec<String>)> = Vec::new();
    for field in fields {
        let (head, rest) = match field.split_once('.') {
            Some((head, rest)) => (head, Some(rest)),
            None => (field.as_str(), None),
        };
        if head.starts_with('_') || !row.contains_key(head) {
            return Err(head.to_string());
        }
        match rest {
            None => {
                out.insert(head.into(), as_stored(&row[head]));
            }
            Some(rest) => match nested.iter_mut().find(|(h, _)| h == head) {
                Some((_, rests)) => rests.push(rest.to_string()),
                None => nested.push((head.to_string(), vec![rest.to_string()])),
            },
        }
    }
    for (head, rests) in nested {
        let related = match &row[&head] {
            Value::Object(target) => Value::Object(project(target, &rests)?),
            Value::Array(targets) => Value::Array(
                targets
                    .iter()
                    .filter_map(Value::as_object)
                    .map(|t| project(t, &rests).map(Value::Object))
                    .collect::<Result<_, _>>()?,
            ),
            _ => Value::Null,
        };
        out.insert(format!("{head}."), related);
    }
    Ok(out)
}

/// A relation reads as its id (a many2one) or its ids (an x2many).
fn as_stored(value: &Value) -> Value {
    match value {
        Value::Object(target) if !target.contains_key("__class__") => {
            target.get("id").cloned().unwrap_or(Value::Null)
        }
        Value::Array(targets) if targets.iter().all(Value::is_object) && !targets.is_empty() => {
            Value::Array(
                targets
                    .iter()
                    .filter_map(|t| t.get("id").cloned())
                    .collect(),
            )
        }
        other => other.clone(),
    }
}
