//! Odoo's search domains, `order` and paging, as `search_read` applies them to a model's rows.
//!
//! Source: odoo/odoo `odoo/osv/expression.py` (a list of `[field, operator, value]` terms is
//! their conjunction) and `odoo/models.py` `search_read(domain, fields, offset, limit, order)`.
//! Only the operators this project's connector sends are understood; any other one is refused
//! the way Odoo refuses an unknown operator (a `ValueError`), so the simulator never answers a
//! query it did not really run.

use std::cmp::Ordering;

use serde_json::{Map, Value};

/// One row as `search_read` would return it before the field list is applied.
pub type Row = Map<String, Value>;

/// Whether a row satisfies every term of the domain. `Err` names the term Odoo would refuse.
pub fn matches(row: &Row, domain: &Value) -> Result<bool, String> {
    for term in domain.as_array().into_iter().flatten() {
        let (Some(field), Some(op), Some(value)) = (
            term.get(0).and_then(Value::as_str),
            term.get(1).and_then(Value::as_str),
            term.get(2),
        ) else {
            return Err(format!("Invalid leaf {term}"));
        };
        let actual = comparable(row.get(field).unwrap_or(&Value::Bool(false)));
        let holds = match op {
            "=" => actual == *value,
            "!=" => actual != *value,
            "in" => value.as_array().is_some_and(|list| list.contains(&actual)),
            "not in" => value.as_array().is_some_and(|list| !list.contains(&actual)),
            ">" | ">=" | "<" | "<=" => {
                let order = compare(&actual, value);
                match op {
                    ">" => order == Ordering::Greater,
                    ">=" => order != Ordering::Less,
                    "<" => order == Ordering::Less,
                    _ => order != Ordering::Greater,
                }
            }
            other => return Err(format!("Invalid domain operator {other:?}")),
        };
        if !holds {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether the domain names `field` in one of its terms (Odoo then skips its implicit
/// `active = True` filter: `odoo/models.py` `_search`, "if active_test and 'active' not in domain").
pub fn mentions(domain: &Value, field: &str) -> bool {
    domain
        .as_array()
        .into_iter()
        .flatten()
        .any(|term| term.get(0).and_then(Value::as_str) == Some(field))
}

/// A many2one compares by its id (`[7, "Name"]` is 7 in a domain).
fn comparable(value: &Value) -> Value {
    match value {
        Value::Array(pair) if pair.len() == 2 && pair[0].is_i64() => pair[0].clone(),
        other => other.clone(),
    }
}

fn compare(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(Ordering::Equal),
        // Dates and datetimes compare as their `YYYY-MM-DD[ HH:MM:SS]` text.
        (Value::String(x), Value::String(y)) => x.cmp(y),
        _ => Ordering::Equal,
    }
}

/// `order` as `"field"`, `"field asc"` or `"field desc"` (one field: what the connector sends).
pub fn sort(rows: &mut [Row], order: Option<&str>) -> Result<(), String> {
    let Some(order) = order.filter(|o| !o.trim().is_empty()) else {
        return Ok(());
    };
    let mut words = order.split_whitespace();
    let field = words.next().unwrap_or("id").to_string();
    let descending = match words.next().map(str::to_ascii_lowercase).as_deref() {
        None | Some("asc") => false,
        Some("desc") => true,
        Some(other) => return Err(format!("Invalid \"order\" specified ({other})")),
    };
    rows.sort_by(|a, b| {
        let order = compare(
            &comparable(a.get(&field).unwrap_or(&Value::Null)),
            &comparable(b.get(&field).unwrap_or(&Value::Null)),
        );
        if descending {
            order.reverse()
        } else {
            order
        }
    });
    Ok(())
}

/// `offset` and `limit` (`false`/absent/0 limit: every row).
pub fn page(rows: Vec<Row>, offset: Option<u64>, limit: Option<u64>) -> Vec<Row> {
    let skip = usize::try_from(offset.unwrap_or(0)).unwrap_or(usize::MAX);
    let take = limit
        .filter(|l| *l > 0)
        .and_then(|l| usize::try_from(l).ok())
        .unwrap_or(usize::MAX);
    rows.into_iter().skip(skip).take(take).collect()
}

/// The requested fields of each row (`id` always), or the name of the first field the model
/// does not have: Odoo answers that with `ValueError: Invalid field 'x' on model 'y'`
/// (`odoo/models.py` `_determine_fields_to_fetch`).
pub fn project(rows: Vec<Row>, fields: &[String], known: &[&str]) -> Result<Vec<Row>, String> {
    if let Some(unknown) = fields.iter().find(|f| !known.contains(&f.as_str())) {
        return Err(unknown.clone());
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            row.into_iter()
                .filter(|(k, _)| k == "id" || fields.is_empty() || fields.contains(k))
                .collect()
        })
        .collect())
}
