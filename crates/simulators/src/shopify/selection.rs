//! What a GraphQL query selects, and an answer cut to exactly that. A GraphQL server answers
//! with the fields the document asks for and no others, and refuses a field the type lacks
//! (source: the GraphQL specification, "Executing Selection Sets" and "Field Selections"), so
//! the simulator holds every field it knows for an object (with its `__typename`) and projects
//! that onto the query instead of answering one fixed shape.

use serde_json::{json, Map, Value};

/// One selected field: `alias: name(args) { selections }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub alias: Option<String>,
    pub name: String,
    /// Argument name and its value as written (`50`, `$first`, `UPDATED_AT`).
    pub arguments: Vec<(String, String)>,
    pub selections: Vec<Field>,
}

impl Field {
    fn key(&self) -> &str {
        self.alias.as_deref().unwrap_or(&self.name)
    }

    pub fn argument(&self, name: &str) -> Option<&str> {
        self.arguments
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The nested field `name`, at any depth, first found.
    pub fn find(&self, name: &str) -> Option<&Field> {
        self.selections.iter().find_map(|f| {
            if f.name == name {
                Some(f)
            } else {
                f.find(name)
            }
        })
    }
}

/// Whether an operation reads (`query`, or a bare selection) or writes (`mutation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Query,
    Mutation,
}

/// The operation's top-level fields. Fragments and directives are refused: the connector sends
/// neither, and a simulator that guessed at them would hide a change that starts using them.
pub fn parse(query: &str) -> Result<Vec<Field>, String> {
    parse_operation(query).map(|(_, fields)| fields)
}

/// The operation's kind and top-level fields.
pub fn parse_operation(query: &str) -> Result<(Operation, Vec<Field>), String> {
    let tokens = tokenize(query)?;
    let mut at = 0;
    let mut operation = Operation::Query;
    // `query Name($a: T, …)`, `mutation Name(…)` or a bare `{ … }`.
    let keyword = tokens.get(at).map(String::as_str);
    if keyword == Some("query") || keyword == Some("mutation") {
        if keyword == Some("mutation") {
            operation = Operation::Mutation;
        }
        at += 1;
        if tokens.get(at).is_some_and(|t| is_name(t)) {
            at += 1;
        }
        if tokens.get(at).map(String::as_str) == Some("(") {
            at = skip_balanced(&tokens, at, "(", ")")?;
        }
    }
    let (fields, end) = selection_set(&tokens, at)?;
    if end != tokens.len() {
        return Err(format!("unexpected '{}' after the operation", tokens[end]));
    }
    Ok((operation, fields))
}

fn is_name(token: &str) -> bool {
    token
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
}

fn tokenize(query: &str) -> Result<Vec<String>, String> {
    let mut tokens = Vec::new();
    let mut chars = query.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() || c == ',' => {
                chars.next();
            }
            '#' => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '"' => {
                chars.next();
                let mut text = String::from('"');
                let mut closed = false;
                while let Some(c) = chars.next() {
                    text.push(c);
                    if c == '\\' {
                        if let Some(escaped) = chars.next() {
                            text.push(escaped);
                        }
                    } else if c == '"' {
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    return Err("a string is not closed".into());
                }
                tokens.push(text);
            }
            '.' => return Err("fragments are not supported by this simulator".into()),
            '@' => return Err("directives are not supported by this simulator".into()),
            '{' | '}' | '(' | ')' | ':' | '[' | ']' | '!' | '=' => {
                tokens.push(c.to_string());
                chars.next();
            }
            c if c == '$' || c == '-' || c.is_ascii_alphanumeric() || c == '_' => {
                let mut word = String::new();
                while let Some(&c) = chars.peek() {
                    if c == '$' || c == '-' || c == '.' || c.is_ascii_alphanumeric() || c == '_' {
                        word.push(c);
                        chars.next();
                    } else {
                        break;
                    }
                }
                tokens.push(word);
            }
            other => return Err(format!("unexpected character '{other}'")),
        }
    }
    Ok(tokens)
}

fn skip_balanced(
    tokens: &[String],
    start: usize,
    open: &str,
    close: &str,
) -> Result<usize, String> {
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate().skip(start) {
        if token == open {
            depth += 1;
        } else if token == close {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Ok(i + 1);
            }
        }
    }
    Err(format!("'{open}' is not closed"))
}

fn selection_set(tokens: &[String], start: usize) -> Result<(Vec<Field>, usize), String> {
    if tokens.get(start).map(String::as_str) != Some("{") {
        return Err("expected '{'".into());
    }
    let mut at = start + 1;
    let mut fields = Vec::new();
    loop {
        match tokens.get(at).map(String::as_str) {
            None => return Err("'{' is not closed".into()),
            Some("}") => return Ok((fields, at + 1)),
            Some(token) if is_name(token) => {
                let (field, next) = field(tokens, at)?;
                fields.push(field);
                at = next;
            }
            Some(other) => return Err(format!("unexpected '{other}' in a selection")),
        }
    }
}

fn field(tokens: &[String], start: usize) -> Result<(Field, usize), String> {
    let mut at = start;
    let mut name = tokens[at].clone();
    let mut alias = None;
    at += 1;
    if tokens.get(at).map(String::as_str) == Some(":") {
        alias = Some(name);
        name = tokens
            .get(at + 1)
            .filter(|t| is_name(t))
            .cloned()
            .ok_or("an alias needs a field name")?;
        at += 2;
    }
    let mut arguments = Vec::new();
    if tokens.get(at).map(String::as_str) == Some("(") {
        let end = skip_balanced(tokens, at, "(", ")")?;
        let inner = &tokens[at + 1..end - 1];
        let mut i = 0;
        while i < inner.len() {
            match (inner.get(i), inner.get(i + 1), inner.get(i + 2)) {
                (Some(n), Some(colon), Some(v)) if colon == ":" && v != "[" && v != "{" => {
                    arguments.push((n.clone(), v.clone()));
                    i += 3;
                }
                _ => return Err(format!("arguments of {name} are not simple values")),
            }
        }
        at = end;
    }
    let mut selections = Vec::new();
    if tokens.get(at).map(String::as_str) == Some("{") {
        let (nested, next) = selection_set(tokens, at)?;
        selections = nested;
        at = next;
    }
    Ok((
        Field {
            alias,
            name,
            arguments,
            selections,
        },
        at,
    ))
}

/// A field the object's type does not have, as Shopify's GraphQL (graphql-ruby's
/// FieldsAreDefinedOnType rule) reports it: `Field 'x' doesn't exist on type 'T'`, code
/// `undefinedField`. Field evidence: a public Shopify app quotes Admin API 2025-10 answering
/// "Field 'brand' doesn't exist on type 'Shop'".
#[derive(Debug, Clone, PartialEq)]
pub struct UndefinedField {
    pub type_name: String,
    pub field_name: String,
    pub path: Vec<String>,
}

impl UndefinedField {
    pub fn to_error(&self) -> Value {
        json!({
            "message": format!("Field '{}' doesn't exist on type '{}'", self.field_name, self.type_name),
            "path": self.path,
            "extensions": { "code": "undefinedField", "typeName": self.type_name, "fieldName": self.field_name },
        })
    }
}

/// `full` cut to `fields`: each selected key present (null where the object holds null), no
/// other key. Lists are projected item by item.
pub fn project(full: &Value, fields: &[Field], path: &[String]) -> Result<Value, UndefinedField> {
    match full {
        Value::Array(items) => items
            .iter()
            .map(|item| project(item, fields, path))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array),
        Value::Object(object) => {
            let type_name = object
                .get("__typename")
                .and_then(Value::as_str)
                .unwrap_or("Object");
            let mut out = Map::new();
            for field in fields {
                let mut here = path.to_vec();
                here.push(field.key().to_string());
                let Some(value) = object.get(&field.name) else {
                    return Err(UndefinedField {
                        type_name: type_name.to_string(),
                        field_name: field.name.clone(),
                        path: here,
                    });
                };
                let value = if field.selections.is_empty() {
                    value.clone()
                } else {
                    project(value, &field.selections, &here)?
                };
                out.insert(field.key().to_string(), value);
            }
            Ok(Value::Object(out))
        }
        other => Ok(other.clone()),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn an_answer_holds_exactly_the_selected_fields_and_an_unknown_one_is_refused() {
        let fields = parse("query Q($first: Int!) { shop { n: name currencyCode } orders(first: $first, sortKey: UPDATED_AT) { pageInfo { hasNextPage } } }").unwrap();
        assert_eq!(fields[1].argument("first"), Some("$first"));
        let full = json!({ "shop": { "__typename": "Shop", "name": "A", "currencyCode": "USD", "email": "x" } });
        let shop = project(&full, &fields[..1], &[]).unwrap();
        assert_eq!(shop, json!({ "shop": { "n": "A", "currencyCode": "USD" } }));
        let unknown = parse("{ shop { nope } }").unwrap();
        let error = project(&full, &unknown, &[]).unwrap_err();
        assert_eq!(
            error.to_error()["message"],
            "Field 'nope' doesn't exist on type 'Shop'"
        );
        assert!(parse("{ shop { ...F } }").is_err());
    }
}
