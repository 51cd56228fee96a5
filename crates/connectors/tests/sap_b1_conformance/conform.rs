//! Checks of names and values against the `$metadata`. Each returns what does not fit, as
//! sentences naming the place, so one failing run lists every problem at once.

use osd_connectors::sap_b1::wire::Read;
use osd_simulators::sap_b1::query::{parse_filter, Expr, Literal};
use osd_simulators::sap_b1::Exchange;
use serde_json::Value;

use super::edmx::{Metadata, Operation, TypeRef};

/// Keys of OData's own (`odata.metadata`, `odata.nextLink`, `@odata.context`), not properties.
fn annotation(key: &str) -> bool {
    key.starts_with("odata.") || key.contains('@')
}

fn primitive_fits(edm: &str, value: &Value) -> bool {
    match edm {
        "Edm.String" | "Edm.Guid" | "Edm.Time" | "Edm.TimeOfDay" => value.is_string(),
        "Edm.Int16" | "Edm.Int32" | "Edm.Int64" | "Edm.Byte" => value.is_i64() || value.is_u64(),
        "Edm.Double" | "Edm.Decimal" | "Edm.Single" => value.is_number(),
        "Edm.Boolean" => value.is_boolean(),
        "Edm.DateTime" | "Edm.DateTimeOffset" | "Edm.Date" => value
            .as_str()
            .and_then(|s| s.get(..10))
            .is_some_and(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok()),
        _ => true,
    }
}

/// `value` as an instance of `kind`: every key a property of its type, every enum value a
/// member, every primitive of its type.
pub fn value(md: &Metadata, kind: &TypeRef, value: &Value, at: &str, out: &mut Vec<String>) {
    if value.is_null() {
        return;
    }
    if kind.many {
        let Some(items) = value.as_array() else {
            out.push(format!(
                "{at}: a collection of {} is not an array",
                kind.name
            ));
            return;
        };
        let one = TypeRef {
            name: kind.name.clone(),
            many: false,
        };
        for (i, item) in items.iter().enumerate() {
            self::value(md, &one, item, &format!("{at}[{i}]"), out);
        }
        return;
    }
    if let Some(members) = md.enums.get(&kind.name) {
        match value.as_str() {
            Some(member) if members.iter().any(|m| m == member) => {}
            _ => out.push(format!("{at}: {value} is not a member of {}", kind.name)),
        }
        return;
    }
    if let Some(properties) = md.types.get(&kind.name) {
        let Some(object) = value.as_object() else {
            out.push(format!("{at}: a {} is not an object", kind.name));
            return;
        };
        for (key, inner) in object.iter().filter(|(k, _)| !annotation(k)) {
            match properties.get(key) {
                Some(property) => self::value(md, property, inner, &format!("{at}.{key}"), out),
                None => out.push(format!("{at}: {} has no property {key}", kind.name)),
            }
        }
        return;
    }
    if kind.name.starts_with("Edm.") {
        if !primitive_fits(&kind.name, value) {
            out.push(format!("{at}: {value} is not an {}", kind.name));
        }
        return;
    }
    out.push(format!("{at}: the $metadata has no type {}", kind.name));
}

/// A body's keys as the operation's parameters, each value of its parameter's type.
pub fn arguments(md: &Metadata, op: &Operation, body: &Value, at: &str, out: &mut Vec<String>) {
    for (key, inner) in body.as_object().into_iter().flatten() {
        match op.parameters.iter().find(|(name, _)| name == key) {
            Some((_, kind)) => value(md, kind, inner, &format!("{at}.{key}"), out),
            None => out.push(format!("{at}: {} has no parameter {key}", op.name)),
        }
    }
}

/// Property names of an entity type, used by a query option.
fn names(
    md: &Metadata,
    entity_type: &str,
    names: &[&str],
    option: &str,
    at: &str,
    out: &mut Vec<String>,
) {
    for name in names {
        if md.property(entity_type, name).is_none() {
            out.push(format!(
                "{at} {option}: {entity_type} has no property {name}"
            ));
        }
    }
}

/// A literal compared with an enum-typed property must be one of its members.
fn filter_literals(md: &Metadata, entity_type: &str, expr: &Expr, at: &str, out: &mut Vec<String>) {
    match expr {
        Expr::Or(a, b) | Expr::And(a, b) => {
            filter_literals(md, entity_type, a, at, out);
            filter_literals(md, entity_type, b, at, out);
        }
        Expr::Compare { field, literal, .. } => {
            let Some(kind) = md.property(entity_type, field) else {
                out.push(format!(
                    "{at} $filter: {entity_type} has no property {field}"
                ));
                return;
            };
            let as_json = match literal {
                Literal::Text(t) => Value::String(t.clone()),
                Literal::Number(n) => serde_json::json!(n),
            };
            if md.enums.contains_key(&kind.name) || kind.name.starts_with("Edm.Int") {
                value(md, kind, &as_json, &format!("{at} $filter {field}"), out);
            }
        }
    }
}

/// One read the connector builds.
pub fn read(md: &Metadata, read: &Read, out: &mut Vec<String>) {
    let at = read.path();
    let Some(entity_type) = md.entity_sets.get(read.entity_set) else {
        out.push(format!(
            "{at}: the $metadata has no entity set {}",
            read.entity_set
        ));
        return;
    };
    names(md, entity_type, read.select, "$select", &at, out);
    names(md, entity_type, read.order_by, "$orderby", &at, out);
    if let Some(filter) = &read.filter {
        names(md, entity_type, &filter.fields(), "$filter", &at, out);
        match parse_filter(&filter.to_odata()) {
            Ok(expr) => filter_literals(md, entity_type, &expr, &at, out),
            Err(why) => out.push(format!("{at} $filter does not parse: {why}")),
        }
    }
}

/// The entity type a path addresses, and the operation when it calls one.
enum Target<'a> {
    Set(String),
    Operation(&'a Operation),
}

fn target<'a>(md: &'a Metadata, exchange: &Exchange, out: &mut Vec<String>) -> Option<Target<'a>> {
    let (resource, action) = match exchange.path.split_once('/') {
        Some((resource, action)) => (resource, Some(action)),
        None => (exchange.path.as_str(), None),
    };
    let set = resource.split('(').next().unwrap_or(resource);
    let at = format!("{} {}", exchange.method, exchange.path);
    if let Some(entity_type) = md.entity_sets.get(set) {
        return match action {
            None => Some(Target::Set(entity_type.clone())),
            Some(action) => match md.bound(entity_type, action) {
                Some(op) => Some(Target::Operation(op)),
                None => {
                    out.push(format!(
                        "{at}: no action {action} is bound to {entity_type}"
                    ));
                    None
                }
            },
        };
    }
    match md.unbound(set) {
        Some(op) if action.is_none() => {
            if op.method != exchange.method {
                out.push(format!(
                    "{at}: the $metadata calls {} with {}",
                    op.name, op.method
                ));
            }
            Some(Target::Operation(op))
        }
        _ => {
            out.push(format!(
                "{at}: the $metadata has no entity set or action {set}"
            ));
            None
        }
    }
}

/// One request and its answer, as the simulator's journal kept them.
pub fn exchange(md: &Metadata, exchange: &Exchange, out: &mut Vec<String>) {
    let at = format!("{} {}", exchange.method, exchange.path);
    let Some(target) = target(md, exchange, out) else {
        return;
    };
    match target {
        Target::Set(entity_type) => {
            for (option, text) in &exchange.query {
                let listed: Vec<&str> = text
                    .split(',')
                    .map(|n| n.split_whitespace().next().unwrap_or_default())
                    .collect();
                match option.as_str() {
                    "$select" | "$orderby" => names(md, &entity_type, &listed, option, &at, out),
                    "$filter" => match parse_filter(text) {
                        Ok(expr) => filter_literals(md, &entity_type, &expr, &at, out),
                        Err(why) => out.push(format!("{at} $filter does not parse: {why}")),
                    },
                    _ => {}
                }
            }
            let one = TypeRef {
                name: entity_type.clone(),
                many: false,
            };
            if let Some(body) = &exchange.request {
                value(md, &one, body, &format!("{at} request"), out);
            }
            if (200..300).contains(&exchange.status) {
                if let Some(answer) = &exchange.answer {
                    match answer.get("value") {
                        Some(rows) if exchange.method == "GET" && !exchange.path.contains('(') => {
                            let many = TypeRef { many: true, ..one };
                            value(md, &many, rows, &format!("{at} answer"), out)
                        }
                        _ => value(md, &one, answer, &format!("{at} answer"), out),
                    }
                }
            }
        }
        Target::Operation(op) => {
            if let Some(body) = &exchange.request {
                arguments(md, op, body, &format!("{at} request"), out);
            }
            let answer = exchange
                .answer
                .as_ref()
                .filter(|_| (200..300).contains(&exchange.status));
            match (answer, &op.returns) {
                (Some(answer), Some(kind)) => {
                    let rows = if kind.many {
                        answer.get("value").unwrap_or(answer)
                    } else {
                        answer
                    };
                    value(md, kind, rows, &format!("{at} answer"), out);
                }
                (Some(answer), None) => out.push(format!(
                    "{at}: {} returns nothing, yet answered {answer}",
                    op.name
                )),
                _ => {}
            }
        }
    }
}
