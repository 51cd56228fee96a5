//! The OData query options the Service Layer reads on a collection, and its paging.
//!
//! Source: SAP guide "Working with SAP Business One Service Layer" §3.7 (`$filter`, `$select`,
//! `$orderby`, `$top`, `$skip`) and §3.7.6 (pagination: 20 rows per page unless the client
//! sends `Prefer: odata.maxpagesize=n`, then `"odata.nextLink": "/b1s/v1/Orders?$skip=20"`),
//! verbatim in api-fixtures/sap_b1/service_layer_guide_examples.json. Literals are written
//! quoted, dates and enum members included (`DocDate ge '2026-01-01'`,
//! `CardType eq 'cCustomer'`), as public Service Layer clients send them.

use std::cmp::Ordering;

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use serde_json::{json, Map, Value};

/// One entity as JSON.
pub type Row = Map<String, Value>;

/// An entity set's rows in key order, and the properties they can be asked by.
pub struct Collection {
    pub rows: Vec<Row>,
    pub properties: &'static [&'static str],
}

/// The rows of a page unless the client asks otherwise (guide §3.7.6).
pub const DEFAULT_PAGE_SIZE: usize = 20;

#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Text(String),
    Number(f64),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Or(Box<Expr>, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Compare {
        field: String,
        op: Op,
        literal: Literal,
    },
}

impl Expr {
    /// Every property the expression names.
    pub fn fields(&self) -> Vec<&str> {
        match self {
            Self::Or(a, b) | Self::And(a, b) => {
                let mut fields = a.fields();
                fields.extend(b.fields());
                fields
            }
            Self::Compare { field, .. } => vec![field.as_str()],
        }
    }

    pub fn matches(&self, row: &Map<String, Value>) -> bool {
        match self {
            Self::Or(a, b) => a.matches(row) || b.matches(row),
            Self::And(a, b) => a.matches(row) && b.matches(row),
            Self::Compare { field, op, literal } => {
                let Some(ordering) = row.get(field).and_then(|v| compare(v, literal)) else {
                    return false;
                };
                match op {
                    Op::Eq => ordering == Ordering::Equal,
                    Op::Ne => ordering != Ordering::Equal,
                    Op::Gt => ordering == Ordering::Greater,
                    Op::Ge => ordering != Ordering::Less,
                    Op::Lt => ordering == Ordering::Less,
                    Op::Le => ordering != Ordering::Greater,
                }
            }
        }
    }
}

fn compare(value: &Value, literal: &Literal) -> Option<Ordering> {
    match (value, literal) {
        (Value::String(s), Literal::Text(t)) => Some(s.as_str().cmp(t.as_str())),
        (Value::Number(n), Literal::Number(x)) => n.as_f64()?.partial_cmp(x),
        (Value::Number(n), Literal::Text(t)) => n.as_f64()?.partial_cmp(&t.parse::<f64>().ok()?),
        (Value::String(s), Literal::Number(x)) => s.parse::<f64>().ok()?.partial_cmp(x),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Text(String),
    Number(f64),
    Open,
    Close,
}

fn tokens(input: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' => i += 1,
            '(' => {
                out.push(Token::Open);
                i += 1;
            }
            ')' => {
                out.push(Token::Close);
                i += 1;
            }
            '\'' => {
                let mut text = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return Err("unterminated string literal".into()),
                        Some('\'') if chars.get(i + 1) == Some(&'\'') => {
                            text.push('\'');
                            i += 2;
                        }
                        Some('\'') => {
                            i += 1;
                            break;
                        }
                        Some(&other) => {
                            text.push(other);
                            i += 1;
                        }
                    }
                }
                out.push(Token::Text(text));
            }
            c if c.is_ascii_digit() || c == '-' => {
                let start = i;
                i += 1;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                out.push(Token::Number(
                    text.parse().map_err(|_| format!("bad number {text}"))?,
                ));
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push(Token::Word(chars[start..i].iter().collect()));
            }
            other => return Err(format!("unexpected '{other}'")),
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek_word(&self, word: &str) -> bool {
        matches!(self.tokens.get(self.at), Some(Token::Word(w)) if w == word)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn or(&mut self) -> Result<Expr, String> {
        let mut left = self.and()?;
        while self.peek_word("or") {
            self.at += 1;
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut left = self.primary()?;
        while self.peek_word("and") {
            self.at += 1;
            left = Expr::And(Box::new(left), Box::new(self.primary()?));
        }
        Ok(left)
    }

    fn primary(&mut self) -> Result<Expr, String> {
        match self.next() {
            Some(Token::Open) => {
                let inner = self.or()?;
                match self.next() {
                    Some(Token::Close) => Ok(inner),
                    _ => Err("missing ')'".into()),
                }
            }
            Some(Token::Word(field)) => {
                let op = match self.next() {
                    Some(Token::Word(op)) => match op.as_str() {
                        "eq" => Op::Eq,
                        "ne" => Op::Ne,
                        "gt" => Op::Gt,
                        "ge" => Op::Ge,
                        "lt" => Op::Lt,
                        "le" => Op::Le,
                        other => return Err(format!("unknown operator '{other}'")),
                    },
                    _ => return Err(format!("no operator after '{field}'")),
                };
                let literal = match self.next() {
                    Some(Token::Text(t)) => Literal::Text(t),
                    Some(Token::Number(n)) => Literal::Number(n),
                    _ => return Err(format!("no value after '{field}'")),
                };
                Ok(Expr::Compare { field, op, literal })
            }
            _ => Err("expected a comparison".into()),
        }
    }
}

pub fn parse_filter(text: &str) -> Result<Expr, String> {
    let mut parser = Parser {
        tokens: tokens(text)?,
        at: 0,
    };
    let expr = parser.or()?;
    if parser.at < parser.tokens.len() {
        return Err("unexpected text after the filter".into());
    }
    Ok(expr)
}

/// The query options of one request.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub select: Option<Vec<String>>,
    pub filter: Option<Expr>,
    /// (property, descending)
    pub order_by: Vec<(String, bool)>,
    pub top: Option<usize>,
    pub skip: usize,
    /// The options as sent, for the next page's link.
    raw: Vec<(String, String)>,
}

impl Options {
    pub fn parse(query: &[(String, String)]) -> Result<Self, String> {
        let mut options = Self {
            raw: query.to_vec(),
            ..Self::default()
        };
        for (key, value) in query {
            match key.as_str() {
                "$select" => {
                    options.select = Some(value.split(',').map(|s| s.trim().to_string()).collect())
                }
                "$filter" => options.filter = Some(parse_filter(value)?),
                "$orderby" => {
                    for part in value.split(',') {
                        let mut words = part.split_whitespace();
                        let Some(field) = words.next() else { continue };
                        let descending = match words.next() {
                            None | Some("asc") => false,
                            Some("desc") => true,
                            Some(other) => return Err(format!("bad $orderby direction {other}")),
                        };
                        options.order_by.push((field.to_string(), descending));
                    }
                }
                "$top" => options.top = Some(value.parse().map_err(|_| "bad $top")?),
                "$skip" => options.skip = value.parse().map_err(|_| "bad $skip")?,
                _ => {}
            }
        }
        Ok(options)
    }

    /// Every property the options name, to check against what the entity has.
    pub fn properties(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.select.iter().flatten().map(String::as_str).collect();
        names.extend(self.filter.iter().flat_map(Expr::fields));
        names.extend(self.order_by.iter().map(|(f, _)| f.as_str()));
        names
    }
}

/// Characters a query value keeps encoded in a link.
const QUERY_VALUE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'\'')
    .add(b'"')
    .add(b'#')
    .add(b'&')
    .add(b'+')
    .add(b'%')
    .add(b'<')
    .add(b'>');

/// One page of `rows` (already the collection in key order), filtered, sorted, projected,
/// with `odata.nextLink` when more follow.
pub fn page(
    path: &str,
    rows: Vec<Map<String, Value>>,
    options: &Options,
    page_size: usize,
) -> Value {
    let mut rows: Vec<Map<String, Value>> = rows
        .into_iter()
        .filter(|r| options.filter.as_ref().is_none_or(|f| f.matches(r)))
        .collect();
    if !options.order_by.is_empty() {
        rows.sort_by(|a, b| {
            for (field, descending) in &options.order_by {
                let ordering = order(a.get(field), b.get(field));
                let ordering = if *descending {
                    ordering.reverse()
                } else {
                    ordering
                };
                if ordering != Ordering::Equal {
                    return ordering;
                }
            }
            Ordering::Equal
        });
    }
    if let Some(top) = options.top {
        rows.truncate(top);
    }
    let total = rows.len();
    let page_size = page_size.max(1);
    let value: Vec<Value> = rows
        .into_iter()
        .skip(options.skip)
        .take(page_size)
        .map(|row| Value::Object(project(row, options.select.as_deref())))
        .collect();
    let mut out = json!({
        "odata.metadata": format!("https://localhost:50000/b1s/v1/$metadata#{path}"),
        "value": value,
    });
    if options.skip + page_size < total {
        let mut next = format!("/b1s/v1/{path}?$skip={}", options.skip + page_size);
        for (key, value) in options.raw.iter().filter(|(k, _)| k != "$skip") {
            next.push_str(&format!(
                "&{key}={}",
                utf8_percent_encode(value, QUERY_VALUE)
            ));
        }
        out["odata.nextLink"] = json!(next);
    }
    out
}

fn order(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    match (a, b) {
        (Some(Value::Number(a)), Some(Value::Number(b))) => a
            .as_f64()
            .partial_cmp(&b.as_f64())
            .unwrap_or(Ordering::Equal),
        (Some(Value::String(a)), Some(Value::String(b))) => a.cmp(b),
        _ => Ordering::Equal,
    }
}

/// `$select`: only the named properties, in the row's order.
pub fn project(row: Map<String, Value>, select: Option<&[String]>) -> Map<String, Value> {
    match select {
        None => row,
        Some(names) => row
            .into_iter()
            .filter(|(k, _)| names.iter().any(|n| n == k))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap()
    }

    #[test]
    fn filters_combine_and_or_ranges_and_quoted_literals() {
        let f = parse_filter(
            "(NumAtCard eq 'a' or NumAtCard eq 'O''Brien') and DocDate ge '2026-11-01' and DocDate le '2026-11-30'",
        )
        .unwrap();
        assert_eq!(f.fields(), ["NumAtCard", "NumAtCard", "DocDate", "DocDate"]);
        assert!(f.matches(&row(
            json!({"NumAtCard": "O'Brien", "DocDate": "2026-11-20"})
        )));
        assert!(!f.matches(&row(json!({"NumAtCard": "a", "DocDate": "2026-12-01"}))));
        assert!(!f.matches(&row(json!({"NumAtCard": "b", "DocDate": "2026-11-20"}))));
        let n = parse_filter("DocEntry gt 5").unwrap();
        assert!(n.matches(&row(json!({"DocEntry": 6}))));
        assert!(parse_filter("DocEntry gt").is_err());
        assert!(parse_filter("NumAtCard eq 'open").is_err());
    }

    #[test]
    fn a_page_links_to_the_next_with_every_option_kept() {
        let rows = (0..45)
            .map(|i| row(json!({"DocEntry": i, "NumAtCard": "x"})))
            .collect();
        let options = Options::parse(&[
            ("$select".into(), "DocEntry".into()),
            ("$filter".into(), "NumAtCard eq 'x'".into()),
        ])
        .unwrap();
        let first = page("Orders", rows, &options, DEFAULT_PAGE_SIZE);
        assert_eq!(first["value"].as_array().unwrap().len(), 20);
        assert_eq!(first["value"][0], json!({"DocEntry": 0}));
        assert_eq!(
            first["odata.nextLink"],
            "/b1s/v1/Orders?$skip=20&$select=DocEntry&$filter=NumAtCard%20eq%20%27x%27"
        );
    }
}
