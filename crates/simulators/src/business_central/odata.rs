//! The OData layer of Business Central's API as a client meets it: the error envelope,
//! `$filter`, `$select`, `$expand` and server-driven paging.
//!
//! Sources: Microsoft's "Error messages and error codes for REST API/OData failures" table
//! (`dynamics-error-codes.md`): `{"error":{"code","message"}}`, messages ending with
//! "  CorrelationId:  <guid>."; "Server-Driven Paging in OData Web Services": at most 20,000
//! entities a page online, `Prefer: odata.maxpagesize` asks for fewer, `@odata.nextLink`
//! carries a `$skiptoken`. The skiptoken is opaque; OData's own definition is the key of the
//! last entity sent, which is what this one holds, so a row added or removed between two
//! pages neither repeats nor hides another.

use std::collections::HashMap;

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use rand::Rng;
use serde_json::{json, Map, Value};

use super::pages::Page;
use super::{guid, ENVIRONMENT, TENANT};

pub type Row = Map<String, Value>;

/// "  CorrelationId:  <guid>." as Business Central ends its messages.
pub fn correlation() -> String {
    format!(
        "  CorrelationId:  {}.",
        guid(rand::thread_rng().gen_range(0..u64::from(u32::MAX)))
    )
}

pub fn error(status: StatusCode, code: &str, message: &str) -> Response {
    Refusal::new(status, code, message).into_response()
}

/// A request Business Central refuses, before it becomes the answer.
#[derive(Debug)]
pub struct Refusal {
    status: StatusCode,
    code: String,
    message: String,
}

impl Refusal {
    pub fn new(status: StatusCode, code: &str, message: &str) -> Self {
        Self {
            status,
            code: code.to_string(),
            message: message.to_string(),
        }
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(json!({ "error": { "code": self.code, "message": self.message } })),
        )
            .into_response()
    }
}

/// A property the page does not have, in `$select`, `$filter` or a body. Source: a recorded
/// Business Central SaaS answer (api-fixtures `error_examples.json`,
/// `bad_request_not_found_unknown_property`): 400 `BadRequest_NotFound`, "Could not find a
/// property named 'systemCreatedAt' on type 'NAV.LdatSummary'."; API v2.0 types live in the
/// `Microsoft.NAV` namespace.
pub fn unknown_property(page: &Page, name: &str) -> Refusal {
    Refusal::new(
        StatusCode::BAD_REQUEST,
        "BadRequest_NotFound",
        &format!(
            "Could not find a property named '{name}' on type 'Microsoft.NAV.{}'.",
            page.entity_name
        ),
    )
}

/// The answer to a malformed `$filter`, in the form of Microsoft's error table
/// (`ODataNotFoundException`, "Expression expected at position 153 in '…'").
fn bad_filter(filter: &str, position: usize) -> Refusal {
    Refusal::new(
        StatusCode::BAD_REQUEST,
        "BadRequest_NotFound",
        &format!("Expression expected at position {position} in '{filter}'."),
    )
}

#[derive(Debug, Clone, PartialEq)]
enum Op {
    Eq,
    Ne,
    Ge,
    Gt,
    Le,
    Lt,
}

#[derive(Debug, Clone)]
struct Comparison {
    field: String,
    op: Op,
    literal: Value,
}

/// `a eq 'x' or b ge 2026-11-01 and b le 2026-11-30`: comparisons joined by `and` (binding
/// first) and `or`, which is what clients of this API send.
#[derive(Debug, Clone)]
pub struct Filter {
    any_of: Vec<Vec<Comparison>>,
}

fn tokens(filter: &str) -> Option<Vec<(usize, String)>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = filter.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c == ' ' {
            i += 1;
            continue;
        }
        if c == '\'' {
            let mut text = String::from("'");
            i += 1;
            loop {
                let (_, c) = *chars.get(i)?;
                i += 1;
                if c == '\'' {
                    if chars.get(i).map(|(_, c)| *c) == Some('\'') {
                        text.push('\'');
                        i += 1;
                        continue;
                    }
                    break;
                }
                text.push(c);
            }
            out.push((at, text));
            continue;
        }
        let mut word = String::new();
        while let Some((_, c)) = chars.get(i).filter(|(_, c)| *c != ' ') {
            word.push(*c);
            i += 1;
        }
        out.push((at, word));
    }
    Some(out)
}

fn literal(token: &str) -> Value {
    if let Some(text) = token.strip_prefix('\'') {
        return Value::String(text.to_string());
    }
    match token {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        other => other
            .parse::<f64>()
            .ok()
            .and_then(|n| serde_json::Number::from_f64(n).map(Value::Number))
            .unwrap_or_else(|| Value::String(other.to_string())),
    }
}

impl Filter {
    /// The filter, or the answer Business Central gives to it.
    pub fn parse(filter: &str, page: &Page) -> Result<Self, Refusal> {
        let tokens = tokens(filter).ok_or_else(|| bad_filter(filter, filter.len()))?;
        let mut any_of = vec![Vec::new()];
        let mut i = 0;
        loop {
            let (Some((_, field)), Some((op_at, op)), Some((_, value))) =
                (tokens.get(i), tokens.get(i + 1), tokens.get(i + 2))
            else {
                let at = tokens.get(i).map_or(filter.len(), |(at, _)| *at);
                return Err(bad_filter(filter, at));
            };
            if page.field(field).is_none() {
                return Err(unknown_property(page, field));
            }
            let op = match op.as_str() {
                "eq" => Op::Eq,
                "ne" => Op::Ne,
                "ge" => Op::Ge,
                "gt" => Op::Gt,
                "le" => Op::Le,
                "lt" => Op::Lt,
                _ => return Err(bad_filter(filter, *op_at)),
            };
            if let Some(all_of) = any_of.last_mut() {
                all_of.push(Comparison {
                    field: field.clone(),
                    op,
                    literal: literal(value),
                });
            }
            match tokens.get(i + 3).map(|(at, t)| (*at, t.as_str())) {
                None => return Ok(Self { any_of }),
                Some((_, "and")) => {}
                Some((_, "or")) => any_of.push(Vec::new()),
                Some((at, _)) => return Err(bad_filter(filter, at)),
            }
            i += 4;
        }
    }

    pub fn matches(&self, row: &Row) -> bool {
        self.any_of
            .iter()
            .any(|all_of| all_of.iter().all(|c| c.holds(row)))
    }
}

impl Comparison {
    /// Dates and numbers compare as such, texts exactly as stored. Whether Business Central
    /// matches a Code field case-insensitively is not documented: this reading is the strict
    /// one, so a client must ask for the upper-case form the field stores.
    fn holds(&self, row: &Row) -> bool {
        let value = row.get(&self.field).unwrap_or(&Value::Null);
        let ordering = match (value, &self.literal) {
            (Value::Number(a), Value::Number(b)) => a
                .as_f64()
                .zip(b.as_f64())
                .and_then(|(a, b)| a.partial_cmp(&b)),
            (Value::Bool(a), Value::Bool(b)) => Some(a.cmp(b)),
            (Value::String(a), Value::String(b)) => Some(a.as_str().cmp(b.as_str())),
            (Value::Null, Value::String(b)) => Some("".cmp(b.as_str())),
            _ => None,
        };
        let Some(ordering) = ordering else {
            return self.op == Op::Ne;
        };
        use std::cmp::Ordering as O;
        match self.op {
            Op::Eq => ordering == O::Equal,
            Op::Ne => ordering != O::Equal,
            Op::Ge => ordering != O::Less,
            Op::Gt => ordering == O::Greater,
            Op::Le => ordering != O::Greater,
            Op::Lt => ordering == O::Less,
        }
    }
}

/// `$select`: the fields kept, each checked against the page.
pub fn selection(query: Option<&String>, page: &Page) -> Result<Option<Vec<String>>, Refusal> {
    let Some(select) = query else {
        return Ok(None);
    };
    let fields: Vec<String> = select.split(',').map(|f| f.trim().to_string()).collect();
    if let Some(unknown) = fields.iter().find(|f| page.field(f).is_none()) {
        return Err(unknown_property(page, unknown));
    }
    Ok(Some(fields))
}

/// `$expand=salesOrderLines` or `$expand=salesOrderLines($select=a,b)`: the part and its
/// selection.
pub fn expansion(query: Option<&String>) -> Option<(String, Option<String>)> {
    let expand = query?.trim();
    match expand.split_once('(') {
        None => Some((expand.to_string(), None)),
        Some((part, rest)) => {
            let inner = rest.strip_suffix(')')?;
            let select = inner.strip_prefix("$select=").map(str::to_string);
            Some((part.to_string(), select))
        }
    }
}

pub fn project(row: &Row, fields: Option<&[String]>) -> Row {
    match fields {
        None => row.clone(),
        Some(fields) => row
            .iter()
            .filter(|(k, _)| k.starts_with('@') || fields.iter().any(|f| f == *k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    }
}

/// `Prefer: odata.maxpagesize=N`, when the client asks for a smaller page.
pub fn max_page_size(headers: &HeaderMap) -> Option<usize> {
    headers
        .get_all("prefer")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .find_map(|p| p.trim().strip_prefix("odata.maxpagesize=")?.parse().ok())
}

/// One page of rows already sorted by `key`, after the skiptoken's key; the next link when
/// more follow.
pub fn page(
    base_url: &str,
    path: &str,
    query: &HashMap<String, String>,
    rows: Vec<(String, Row)>,
    size: usize,
) -> Value {
    let after = query.get("$skiptoken");
    let mut rest = rows
        .into_iter()
        .filter(|(key, _)| after.is_none_or(|a| key.as_str() > a.as_str()))
        .peekable();
    let mut value = Vec::new();
    let mut last = None;
    while value.len() < size.max(1) {
        let Some((key, row)) = rest.next() else { break };
        last = Some(key);
        value.push(Value::Object(row));
    }
    let mut body =
        json!({ "@odata.context": format!("{base_url}$metadata#{path}"), "value": value });
    if let (Some(last), true) = (last, rest.peek().is_some()) {
        let next = url::Url::parse(&format!(
            "{base_url}v2.0/{TENANT}/{ENVIRONMENT}/api/v2.0/{path}"
        ))
        .ok()
        .map(|mut url| {
            {
                let mut pairs = url.query_pairs_mut();
                let mut kept: Vec<_> = query.iter().filter(|(k, _)| *k != "$skiptoken").collect();
                kept.sort();
                for (k, v) in kept {
                    pairs.append_pair(k, v);
                }
                pairs.append_pair("$skiptoken", &last);
            }
            url.to_string()
        });
        body["@odata.nextLink"] = json!(next);
    }
    body
}

#[cfg(test)]
mod tests {
    use super::super::pages;
    use super::*;

    fn row(v: Value) -> Row {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn filters_compare_dates_numbers_and_exact_texts() {
        let f = Filter::parse(
            "orderDate ge 2026-11-01 and orderDate le 2026-11-30 or externalDocumentNumber eq 'O''BRIEN-1'",
            &pages::SALES_ORDERS,
        )
        .unwrap();
        assert!(f.matches(&row(json!({"orderDate": "2026-11-15"}))));
        assert!(!f.matches(&row(json!({"orderDate": "2026-12-01"}))));
        assert!(f.matches(&row(json!({"externalDocumentNumber": "O'BRIEN-1"}))));
        assert!(!f.matches(&row(json!({"externalDocumentNumber": "o'brien-1"}))));
        assert!(Filter::parse("nothing eq 'x'", &pages::SALES_ORDERS).is_err());
        assert!(Filter::parse("number eq", &pages::SALES_ORDERS).is_err());
    }
}
