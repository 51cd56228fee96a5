//! The part of SuiteQL (Oracle SQL over NetSuite's records) that integrations use to read in
//! bulk: `SELECT` columns (`TO_CHAR(d, 'YYYY-MM-DD')`, `BUILTIN.DF(c)`, `AS` names) `FROM` one
//! table with an alias, `WHERE` with `AND`/`OR`/`NOT`, parentheses, `=` `<>` `<` `<=` `>`
//! `>=`, `IN (…)`, `BETWEEN … AND …`, `IS [NOT] NULL`, `TO_DATE('…', 'YYYY-MM-DD')` and
//! `ROWNUM <= n`, then `ORDER BY` columns. Anything else is refused as NetSuite refuses a
//! query it cannot run. Identifiers are case-insensitive; keys come back lower case.
//!
//! Sources: Oracle, "SuiteQL Syntax and Examples" and "Using SuiteQL with SuiteTalk REST Web
//! Services" (section_158394344595); `BUILTIN.DF` and `TO_CHAR`/`TO_DATE` as Tim Dietrich's
//! SuiteQL library (GSpo7/suiteql-sql-library) uses them.
//!
//! Order: Oracle gives rows in no particular order unless `ORDER BY` fixes one, and assigns
//! `ROWNUM` before sorting. The simulator makes that visible: rows without an order (and ties
//! of an order that is not unique) come in a different order on every request, so paging a
//! query that does not order by a unique key skips and repeats rows, as it can on NetSuite.

use std::cmp::Ordering;

use chrono::NaiveDate;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rust_decimal::Decimal;
use serde_json::{Map, Value};

/// One value of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    Number(Decimal),
    Date(NaiveDate),
    /// A checkbox, printed `T` or `F`.
    Flag(bool),
    Null,
}

impl Cell {
    /// An internal id: a number where it is one, text otherwise.
    pub fn id(text: &str) -> Self {
        text.parse()
            .map_or_else(|_| Self::Text(text.to_string()), Self::Int)
    }

    /// How SuiteQL prints it: every value a string, dates in the user's date format, nulls
    /// left out of the row.
    fn printed(&self, date_format: &str) -> Option<String> {
        Some(match self {
            Self::Text(t) => t.clone(),
            Self::Int(n) => n.to_string(),
            Self::Number(n) => n.normalize().to_string(),
            Self::Date(d) => d.format(date_format).to_string(),
            Self::Flag(b) => if *b { "T" } else { "F" }.to_string(),
            Self::Null => return None,
        })
    }

    fn number(&self) -> Option<Decimal> {
        match self {
            Self::Int(n) => Some(Decimal::from(*n)),
            Self::Number(n) => Some(*n),
            Self::Text(t) => t.trim().parse().ok(),
            _ => None,
        }
    }

    /// SQL comparison: `None` when either side is null or they cannot be compared.
    fn compare(&self, other: &Cell) -> Option<Ordering> {
        match (self, other) {
            (Self::Null, _) | (_, Self::Null) => None,
            (Self::Int(a), Self::Int(b)) => Some(a.cmp(b)),
            (Self::Date(a), Self::Date(b)) => Some(a.cmp(b)),
            (Self::Date(_), _) | (_, Self::Date(_)) => None,
            (Self::Flag(_), _) | (_, Self::Flag(_)) => {
                Some(self.printed("").cmp(&other.printed("")))
            }
            (Self::Text(a), Self::Text(b)) => Some(a.cmp(b)),
            _ => match (self.number(), other.number()) {
                (Some(a), Some(b)) => Some(a.cmp(&b)),
                _ => Some(self.printed("").cmp(&other.printed(""))),
            },
        }
    }
}

/// A table as a query sees it: its columns and rows, in the order the data happens to be in.
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    fn position(&self, column: &str) -> Option<usize> {
        self.columns.iter().position(|c| *c == column)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Text(String),
    Number(String),
    Symbol(&'static str),
}

fn tokens(q: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = q.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || "_.".contains(chars[i])) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            out.push(Token::Word(word.to_ascii_lowercase()));
        } else if c.is_ascii_digit()
            || (c == '-' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let start = i;
            i += 1;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            out.push(Token::Number(chars[start..i].iter().collect()));
        } else if c == '\'' {
            let mut text = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None => return Err("Unterminated string literal".into()),
                    Some('\'') if chars.get(i + 1) == Some(&'\'') => {
                        text.push('\'');
                        i += 2;
                    }
                    Some('\'') => {
                        i += 1;
                        break;
                    }
                    Some(other) => {
                        text.push(*other);
                        i += 1;
                    }
                }
            }
            out.push(Token::Text(text));
        } else {
            let two: String = chars[i..chars.len().min(i + 2)].iter().collect();
            let symbol = ["<=", ">=", "<>", "!="]
                .into_iter()
                .find(|s| *s == two)
                .or_else(|| {
                    ["(", ")", ",", "=", "<", ">", "*"]
                        .into_iter()
                        .find(|s| s.starts_with(c))
                })
                .ok_or_else(|| format!("Unexpected character '{c}'"))?;
            i += symbol.len();
            out.push(Token::Symbol(symbol));
        }
    }
    Ok(out)
}

#[derive(Debug, Clone)]
enum Operand {
    Column(String),
    Literal(Cell),
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone)]
enum Expr {
    True,
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Compare(Operand, Op, Operand),
    In(Operand, Vec<Operand>),
    Between(Operand, Operand, Operand),
    IsNull(Operand, bool),
}

#[derive(Debug, Clone)]
enum Output {
    All,
    Plain(String),
    /// `TO_CHAR(column, format)`, with the format as chrono writes it.
    ToChar(String, String),
    /// `BUILTIN.DF(column)`: the value as NetSuite's screens show it.
    Display(String),
}

#[derive(Debug, Clone)]
struct Selected {
    output: Output,
    name: String,
}

/// A parsed query.
#[derive(Debug, Clone)]
pub struct Query {
    selected: Vec<Selected>,
    pub table: String,
    alias: Option<String>,
    filter: Expr,
    rownum: Option<usize>,
    order: Vec<(String, bool)>,
}

/// Oracle date formats the connectors ask for, as chrono formats.
fn date_format(oracle: &str) -> Result<&'static str, String> {
    match oracle.to_ascii_uppercase().as_str() {
        "YYYY-MM-DD" => Ok("%Y-%m-%d"),
        "MM/DD/YYYY" => Ok("%m/%d/%Y"),
        "DD/MM/YYYY" => Ok("%d/%m/%Y"),
        other => Err(format!("Unsupported date format '{other}'")),
    }
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    rownum: Option<usize>,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn is_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(w)) if w == word)
    }

    fn eat_word(&mut self, word: &str) -> bool {
        let found = self.is_word(word);
        if found {
            self.at += 1;
        }
        found
    }

    fn expect_word(&mut self, word: &str) -> Result<(), String> {
        if self.eat_word(word) {
            Ok(())
        } else {
            Err(format!(
                "Syntax error: expected {}",
                word.to_ascii_uppercase()
            ))
        }
    }

    fn eat_symbol(&mut self, symbol: &str) -> bool {
        let found = matches!(self.peek(), Some(Token::Symbol(s)) if *s == symbol);
        if found {
            self.at += 1;
        }
        found
    }

    fn expect_symbol(&mut self, symbol: &str) -> Result<(), String> {
        if self.eat_symbol(symbol) {
            Ok(())
        } else {
            Err(format!("Syntax error: expected '{symbol}'"))
        }
    }

    fn identifier(&mut self) -> Result<String, String> {
        match self.next() {
            Some(Token::Word(w)) if !is_keyword(&w) => Ok(w),
            other => Err(format!("Syntax error near {other:?}")),
        }
    }

    fn text(&mut self) -> Result<String, String> {
        match self.next() {
            Some(Token::Text(t)) => Ok(t),
            other => Err(format!("Syntax error: expected a string, found {other:?}")),
        }
    }

    fn query(&mut self) -> Result<Query, String> {
        self.expect_word("select")?;
        let mut selected = vec![self.selected()?];
        while self.eat_symbol(",") {
            selected.push(self.selected()?);
        }
        self.expect_word("from")?;
        let table = self.identifier()?;
        let alias = match self.peek() {
            Some(Token::Word(w)) if !is_keyword(w) => Some(self.identifier()?),
            _ => None,
        };
        let filter = if self.eat_word("where") {
            self.or()?
        } else {
            Expr::True
        };
        let mut order = Vec::new();
        if self.eat_word("order") {
            self.expect_word("by")?;
            loop {
                let column = self.identifier()?;
                let descending = self.eat_word("desc");
                if !descending {
                    self.eat_word("asc");
                }
                order.push((column, descending));
                if !self.eat_symbol(",") {
                    break;
                }
            }
        }
        if let Some(extra) = self.peek() {
            return Err(format!("Syntax error near {extra:?}"));
        }
        Ok(Query {
            selected,
            table,
            alias,
            filter,
            rownum: self.rownum,
            order,
        })
    }

    fn selected(&mut self) -> Result<Selected, String> {
        if self.eat_symbol("*") {
            return Ok(Selected {
                output: Output::All,
                name: "*".into(),
            });
        }
        let first = self.identifier()?;
        let output = if self.eat_symbol("(") {
            let column = self.identifier()?;
            let output = match first.as_str() {
                "to_char" => {
                    self.expect_symbol(",")?;
                    Output::ToChar(column, date_format(&self.text()?)?.to_string())
                }
                "builtin.df" => Output::Display(column),
                other => return Err(format!("Unknown function '{other}'")),
            };
            self.expect_symbol(")")?;
            output
        } else {
            Output::Plain(first)
        };
        let name = if self.eat_word("as")
            || matches!(self.peek(), Some(Token::Word(w)) if !is_keyword(w))
        {
            self.identifier()?
        } else {
            match &output {
                Output::Plain(c) | Output::ToChar(c, _) | Output::Display(c) => last_part(c),
                Output::All => "*".into(),
            }
        };
        Ok(Selected { output, name })
    }

    fn or(&mut self) -> Result<Expr, String> {
        let mut left = self.and()?;
        while self.eat_word("or") {
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut left = self.factor()?;
        while self.eat_word("and") {
            left = Expr::And(Box::new(left), Box::new(self.factor()?));
        }
        Ok(left)
    }

    fn factor(&mut self) -> Result<Expr, String> {
        if self.eat_word("not") {
            return Ok(Expr::Not(Box::new(self.factor()?)));
        }
        if self.eat_symbol("(") {
            let inner = self.or()?;
            self.expect_symbol(")")?;
            return Ok(inner);
        }
        if self.eat_word("rownum") {
            let strict = if self.eat_symbol("<") {
                true
            } else {
                self.expect_symbol("<=")?;
                false
            };
            let Some(Token::Number(n)) = self.next() else {
                return Err("Syntax error: ROWNUM takes a number".into());
            };
            let n: usize = n
                .parse()
                .map_err(|_| "Syntax error: ROWNUM takes a number")?;
            self.rownum = Some(if strict { n.saturating_sub(1) } else { n });
            return Ok(Expr::True);
        }
        let left = self.operand()?;
        if self.eat_word("is") {
            let negated = self.eat_word("not");
            self.expect_word("null")?;
            return Ok(Expr::IsNull(left, !negated));
        }
        let negated = self.eat_word("not");
        let expr = if self.eat_word("in") {
            self.expect_symbol("(")?;
            let mut list = vec![self.operand()?];
            while self.eat_symbol(",") {
                list.push(self.operand()?);
            }
            self.expect_symbol(")")?;
            Expr::In(left, list)
        } else if self.eat_word("between") {
            let low = self.operand()?;
            self.expect_word("and")?;
            Expr::Between(left, low, self.operand()?)
        } else {
            let op = match self.next() {
                Some(Token::Symbol("=")) => Op::Eq,
                Some(Token::Symbol("<>" | "!=")) => Op::Ne,
                Some(Token::Symbol("<")) => Op::Lt,
                Some(Token::Symbol("<=")) => Op::Le,
                Some(Token::Symbol(">")) => Op::Gt,
                Some(Token::Symbol(">=")) => Op::Ge,
                other => return Err(format!("Syntax error near {other:?}")),
            };
            Expr::Compare(left, op, self.operand()?)
        };
        Ok(if negated {
            Expr::Not(Box::new(expr))
        } else {
            expr
        })
    }

    fn operand(&mut self) -> Result<Operand, String> {
        match self.next() {
            Some(Token::Text(t)) => Ok(Operand::Literal(Cell::Text(t))),
            Some(Token::Number(n)) => match n.parse::<i64>() {
                Ok(whole) => Ok(Operand::Literal(Cell::Int(whole))),
                Err(_) => n
                    .parse()
                    .map(|n| Operand::Literal(Cell::Number(n)))
                    .map_err(|_| format!("Invalid number {n}")),
            },
            Some(Token::Word(w)) if w == "to_date" => {
                self.expect_symbol("(")?;
                let value = self.text()?;
                self.expect_symbol(",")?;
                let format = date_format(&self.text()?)?;
                self.expect_symbol(")")?;
                NaiveDate::parse_from_str(&value, format)
                    .map(|d| Operand::Literal(Cell::Date(d)))
                    .map_err(|_| format!("Invalid date '{value}'"))
            }
            Some(Token::Word(w)) if !is_keyword(&w) => Ok(Operand::Column(w)),
            other => Err(format!("Syntax error near {other:?}")),
        }
    }
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "select"
            | "from"
            | "where"
            | "and"
            | "or"
            | "not"
            | "in"
            | "between"
            | "is"
            | "null"
            | "order"
            | "by"
            | "asc"
            | "desc"
            | "as"
            | "join"
            | "inner"
            | "left"
            | "on"
            | "group"
    )
}

fn last_part(identifier: &str) -> String {
    identifier
        .rsplit('.')
        .next()
        .unwrap_or(identifier)
        .to_string()
}

pub fn parse(q: &str) -> Result<Query, String> {
    Parser {
        tokens: tokens(q)?,
        at: 0,
        rownum: None,
    }
    .query()
}

/// How values print and how `BUILTIN.DF` shows a column's value.
pub struct Printing<'a> {
    pub date_format: &'a str,
    pub display: &'a dyn Fn(&str, &Cell) -> Cell,
    /// Varies the order of rows the query does not order, per request.
    pub seed: u64,
}

/// An operand with its column found: what a row is checked with.
enum Bound {
    Column(usize),
    Literal(Cell),
}

/// The `WHERE` clause with every column found once, before the rows are read.
enum Check {
    True,
    And(Box<Check>, Box<Check>),
    Or(Box<Check>, Box<Check>),
    Not(Box<Check>),
    Compare(Bound, Op, Bound),
    In(Bound, Vec<Bound>),
    Between(Bound, Bound, Bound),
    IsNull(Bound, bool),
}

impl Bound {
    fn get<'r>(&'r self, row: &'r [Cell]) -> &'r Cell {
        match self {
            Self::Column(at) => &row[*at],
            Self::Literal(cell) => cell,
        }
    }
}

impl Check {
    fn holds(&self, row: &[Cell]) -> bool {
        match self {
            Self::True => true,
            Self::And(a, b) => a.holds(row) && b.holds(row),
            Self::Or(a, b) => a.holds(row) || b.holds(row),
            Self::Not(inner) => !inner.holds(row),
            Self::Compare(a, op, b) => a.get(row).compare(b.get(row)).is_some_and(|o| match op {
                Op::Eq => o == Ordering::Equal,
                Op::Ne => o != Ordering::Equal,
                Op::Lt => o == Ordering::Less,
                Op::Le => o != Ordering::Greater,
                Op::Gt => o == Ordering::Greater,
                Op::Ge => o != Ordering::Less,
            }),
            Self::In(a, list) => {
                let a = a.get(row);
                list.iter()
                    .any(|item| a.compare(item.get(row)) == Some(Ordering::Equal))
            }
            Self::Between(a, low, high) => {
                let a = a.get(row);
                a.compare(low.get(row)).is_some_and(|o| o != Ordering::Less)
                    && a.compare(high.get(row))
                        .is_some_and(|o| o != Ordering::Greater)
            }
            Self::IsNull(a, null) => (*a.get(row) == Cell::Null) == *null,
        }
    }
}

impl Query {
    /// The column an identifier names (`t.id`, `id`), or NetSuite's "Unknown identifier".
    fn column(&self, table: &Table, identifier: &str) -> Result<usize, String> {
        let (qualifier, column) = match identifier.rsplit_once('.') {
            Some((q, c)) => (Some(q), c),
            None => (None, identifier),
        };
        let qualified_ok =
            qualifier.is_none_or(|q| Some(q) == self.alias.as_deref() || q == table.name);
        table
            .position(column)
            .filter(|_| qualified_ok)
            .ok_or_else(|| {
                format!(
                    "Unknown identifier '{identifier}'. Available identifiers are: {{{}={}}}.",
                    self.alias.as_deref().unwrap_or(table.name),
                    table.name
                )
            })
    }

    fn bind_operand(&self, table: &Table, operand: &Operand) -> Result<Bound, String> {
        Ok(match operand {
            Operand::Column(c) => Bound::Column(self.column(table, c)?),
            Operand::Literal(cell) => Bound::Literal(cell.clone()),
        })
    }

    fn bind(&self, table: &Table, expr: &Expr) -> Result<Check, String> {
        let operand = |o: &Operand| self.bind_operand(table, o);
        let boxed = |e: &Expr| self.bind(table, e).map(Box::new);
        Ok(match expr {
            Expr::True => Check::True,
            Expr::And(a, b) => Check::And(boxed(a)?, boxed(b)?),
            Expr::Or(a, b) => Check::Or(boxed(a)?, boxed(b)?),
            Expr::Not(inner) => Check::Not(boxed(inner)?),
            Expr::Compare(a, op, b) => Check::Compare(operand(a)?, *op, operand(b)?),
            Expr::In(a, list) => Check::In(
                operand(a)?,
                list.iter().map(operand).collect::<Result<_, _>>()?,
            ),
            Expr::Between(a, low, high) => {
                Check::Between(operand(a)?, operand(low)?, operand(high)?)
            }
            Expr::IsNull(a, null) => Check::IsNull(operand(a)?, *null),
        })
    }

    /// How many rows the query answers, and the first `keep` of them in its order: filtered,
    /// cut by `ROWNUM`, then sorted (only as far as `keep` needs: a page near the start of a
    /// long result costs no full sort).
    pub fn select<'t>(
        &self,
        table: &'t Table,
        seed: u64,
        keep: usize,
    ) -> Result<(usize, Vec<&'t [Cell]>), String> {
        let check = self.bind(table, &self.filter)?;
        let order: Vec<(usize, bool)> = self
            .order
            .iter()
            .map(|(c, desc)| Ok((self.column(table, c)?, *desc)))
            .collect::<Result<_, String>>()?;
        for selected in &self.selected {
            if let Output::Plain(c) | Output::ToChar(c, _) | Output::Display(c) = &selected.output {
                self.column(table, c)?;
            }
        }
        let mut rows: Vec<&[Cell]> = table
            .rows
            .iter()
            .map(Vec::as_slice)
            .filter(|row| check.holds(row))
            .collect();
        rows.shuffle(&mut StdRng::seed_from_u64(seed));
        if let Some(n) = self.rownum {
            rows.truncate(n);
        }
        let total = rows.len();
        let in_order = |a: &&[Cell], b: &&[Cell]| {
            for &(at, desc) in &order {
                // Nulls sort last, as Oracle sorts them ascending.
                let o = match (&a[at], &b[at]) {
                    (Cell::Null, Cell::Null) => Ordering::Equal,
                    (Cell::Null, _) => Ordering::Greater,
                    (_, Cell::Null) => Ordering::Less,
                    (x, y) => x.compare(y).unwrap_or(Ordering::Equal),
                };
                let o = if desc { o.reverse() } else { o };
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        };
        // Ties keep the shuffled order: an order that is not unique fixes nothing.
        if keep < rows.len() {
            rows.select_nth_unstable_by(keep, in_order);
            rows.truncate(keep);
        }
        rows.sort_unstable_by(in_order);
        Ok((total, rows))
    }

    /// One row as SuiteQL prints it: the selected columns under their names, strings only,
    /// nulls left out, and an empty `links` list.
    pub fn print(
        &self,
        table: &Table,
        row: &[Cell],
        printing: &Printing<'_>,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        out.insert("links".into(), Value::Array(vec![]));
        for selected in &self.selected {
            let column = |c: &str| self.column(table, c).ok();
            let (cell, format) = match &selected.output {
                Output::All => {
                    for (name, cell) in table.columns.iter().zip(row) {
                        if let Some(text) = cell.printed(printing.date_format) {
                            out.insert((*name).to_string(), Value::String(text));
                        }
                    }
                    continue;
                }
                Output::Plain(c) => (column(c).map(|at| row[at].clone()), printing.date_format),
                Output::ToChar(c, f) => (column(c).map(|at| row[at].clone()), f.as_str()),
                Output::Display(c) => (
                    column(c).map(|at| (printing.display)(table.columns[at], &row[at])),
                    printing.date_format,
                ),
            };
            if let Some(text) = cell.and_then(|c| c.printed(format)) {
                out.insert(selected.name.clone(), Value::String(text));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            name: "item",
            columns: &["id", "itemid", "isinactive"],
            rows: (1..=5)
                .map(|i| {
                    vec![
                        Cell::Int(i),
                        Cell::Text(format!("SKU-{i}")),
                        Cell::Flag(i == 3),
                    ]
                })
                .collect(),
        }
    }

    fn run(q: &str) -> Result<Vec<Map<String, Value>>, String> {
        let display = |_: &str, c: &Cell| c.clone();
        let printing = Printing {
            date_format: "%-m/%-d/%Y",
            display: &display,
            seed: 7,
        };
        let query = parse(q)?;
        let table = table();
        let (_, rows) = query.select(&table, printing.seed, usize::MAX)?;
        Ok(rows
            .into_iter()
            .map(|row| query.print(&table, row, &printing))
            .collect())
    }

    #[test]
    fn filters_order_and_names_work_like_suiteql() {
        let rows = run("SELECT i.id, itemid AS sku FROM item i WHERE (i.id > 1 AND isinactive = 'F') OR itemid IN ('SKU-1') ORDER BY id DESC").unwrap();
        let ids: Vec<_> = rows.iter().map(|r| r["id"].clone()).collect();
        assert_eq!(ids, ["5", "4", "2", "1"]);
        assert_eq!(rows[0]["sku"], "SKU-5");
        assert!(
            run("SELECT id FROM item WHERE ROWNUM <= 2 ORDER BY id")
                .unwrap()
                .len()
                == 2
        );
        assert!(run("SELECT nope FROM item")
            .unwrap_err()
            .contains("Unknown identifier 'nope'"));
        assert!(
            run("SELECT id FROM item WHERE id BETWEEN 2 AND 3 ORDER BY id")
                .unwrap()
                .len()
                == 2
        );
        assert!(run("SELECT id FROM item WHERE itemid = 'O''Brien'")
            .unwrap()
            .is_empty());
    }
}
