//! Checks JSON against a vendor's OpenAPI 3.0 document: the request body a connector sends
//! and the answer a simulator gives, each against the schema the document names for that
//! path and method. What is checked is what a drift would break: types, required fields,
//! enum values, unknown properties (a misspelt or invented field), read-only fields in a
//! request, string lengths and `nullable`. Formats and patterns are not checked.

use serde_json::Value;

/// A vendor's OpenAPI document, read once.
pub struct OpenApi {
    document: Value,
}

/// Where a value does not fit, with the JSON path of the offending part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misfit {
    pub at: String,
    pub problem: String,
}

impl std::fmt::Display for Misfit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.problem)
    }
}

/// Whether the value is sent (a request: read-only fields must not be in it) or received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Request,
    Response,
}

impl OpenApi {
    pub fn parse(text: &str) -> Result<Self, serde_json::Error> {
        Ok(Self {
            document: serde_json::from_str(text)?,
        })
    }

    /// The schema of a path's request body (`application/json`), as a `$ref` name or inline.
    pub fn request_schema(&self, path: &str, method: &str) -> Option<&Value> {
        self.operation(path, method)?
            .pointer("/requestBody/content/application~1json/schema")
    }

    /// The schema of a path's answer with this status, or the `default` answer.
    pub fn response_schema(&self, path: &str, method: &str, status: u16) -> Option<&Value> {
        let responses = self.operation(path, method)?.get("responses")?;
        responses
            .get(status.to_string())
            .or_else(|| responses.get("default"))?
            .pointer("/content/application~1json/schema")
    }

    /// The operation for a concrete path (`/v2/orders/abc`) or a template (`/v2/orders/{id}`).
    fn operation(&self, path: &str, method: &str) -> Option<&Value> {
        let paths = self.document.get("paths")?.as_object()?;
        let method = method.to_ascii_lowercase();
        if let Some(found) = paths.get(path).and_then(|p| p.get(&method)) {
            return Some(found);
        }
        let wanted: Vec<&str> = path.split('/').collect();
        paths.iter().find_map(|(template, item)| {
            let parts: Vec<&str> = template.split('/').collect();
            let fits = parts.len() == wanted.len()
                && parts
                    .iter()
                    .zip(&wanted)
                    .all(|(t, w)| t == w || (t.starts_with('{') && t.ends_with('}')));
            if fits {
                item.get(&method)
            } else {
                None
            }
        })
    }

    /// A named schema of `components/schemas`.
    pub fn schema(&self, name: &str) -> Option<&Value> {
        self.document
            .pointer(&format!("/components/schemas/{name}"))
    }

    /// Every way `value` does not fit `schema` (empty: it fits).
    pub fn check(&self, schema: &Value, value: &Value, direction: Direction) -> Vec<Misfit> {
        let mut misfits = Vec::new();
        self.walk(schema, value, direction, "$", &mut misfits);
        misfits
    }

    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        let mut schema = schema;
        // A chain of references ends; a loop would be a broken document, so stop after a few.
        for _ in 0..8 {
            match schema.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    let pointer = reference.trim_start_matches('#');
                    match self.document.pointer(pointer) {
                        Some(found) => schema = found,
                        None => return schema,
                    }
                }
                None => return schema,
            }
        }
        schema
    }

    fn walk(
        &self,
        schema: &Value,
        value: &Value,
        direction: Direction,
        at: &str,
        out: &mut Vec<Misfit>,
    ) {
        let schema = self.resolve(schema);
        let mut misfit = |problem: String| {
            out.push(Misfit {
                at: at.to_string(),
                problem,
            })
        };
        if value.is_null() {
            if schema.get("nullable") != Some(&Value::Bool(true)) {
                misfit("null where the schema does not allow it".into());
            }
            return;
        }
        let kind = schema.get("type").and_then(Value::as_str);
        match (kind, value) {
            (Some("object") | None, Value::Object(fields)) => {
                let properties = schema.get("properties").and_then(Value::as_object);
                let extra = schema.get("additionalProperties");
                if let Some(required) = schema.get("required").and_then(Value::as_array) {
                    for name in required.iter().filter_map(Value::as_str) {
                        if !fields.contains_key(name) {
                            misfit(format!("required field `{name}` is missing"));
                        }
                    }
                }
                for (name, field) in fields {
                    let path = format!("{at}.{name}");
                    match properties.and_then(|p| p.get(name)) {
                        Some(property) => {
                            let property = self.resolve(property);
                            if direction == Direction::Request
                                && property.get("readOnly") == Some(&Value::Bool(true))
                            {
                                out.push(Misfit {
                                    at: path.clone(),
                                    problem: "read-only field sent in a request".into(),
                                });
                            }
                            self.walk(property, field, direction, &path, out);
                        }
                        None => match extra {
                            Some(extra @ Value::Object(_)) => {
                                self.walk(extra, field, direction, &path, out);
                            }
                            Some(Value::Bool(true)) => {}
                            _ if properties.is_none() && kind.is_none() => {}
                            _ => out.push(Misfit {
                                at: path,
                                problem: "field not in the vendor's schema".into(),
                            }),
                        },
                    }
                }
            }
            (Some("array"), Value::Array(items)) => {
                if let Some(item_schema) = schema.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        self.walk(item_schema, item, direction, &format!("{at}[{i}]"), out);
                    }
                }
            }
            (Some("string"), Value::String(text)) => {
                if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
                    if !allowed.iter().any(|a| a.as_str() == Some(text)) {
                        misfit(format!("`{text}` is not one of the schema's values"));
                    }
                }
                let length = text.chars().count() as u64;
                if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
                    if length > max {
                        misfit(format!("{length} characters, more than {max}"));
                    }
                }
                if let Some(min) = schema.get("minLength").and_then(Value::as_u64) {
                    if length < min {
                        misfit(format!("{length} characters, fewer than {min}"));
                    }
                }
            }
            (Some("integer"), Value::Number(n)) if n.is_i64() || n.is_u64() => {
                if let (Some(max), Some(v)) =
                    (schema.get("maximum").and_then(Value::as_f64), n.as_f64())
                {
                    if v > max {
                        misfit(format!("{v} is above the maximum {max}"));
                    }
                }
                if let (Some(min), Some(v)) =
                    (schema.get("minimum").and_then(Value::as_f64), n.as_f64())
                {
                    if v < min {
                        misfit(format!("{v} is below the minimum {min}"));
                    }
                }
            }
            (Some("number"), Value::Number(_)) | (Some("boolean"), Value::Bool(_)) => {}
            (Some(kind), other) => misfit(format!("expected {kind}, found {}", shape(other))),
            (None, _) => {}
        }
    }
}

fn shape(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> OpenApi {
        OpenApi::parse(
            &json!({
                "paths": {"/v2/things/{id}": {"post": {
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}
                }}},
                "components": {"schemas": {
                    "Thing": {"type": "object", "required": ["state"], "properties": {
                        "state": {"$ref": "#/components/schemas/State"},
                        "name": {"type": "string", "maxLength": 3, "nullable": true},
                        "id": {"type": "string", "readOnly": true},
                        "count": {"type": "integer", "maximum": 10},
                        "tags": {"type": "array", "items": {"type": "string"}}
                    }},
                    "State": {"type": "string", "enum": ["OPEN", "DONE"]}
                }}
            })
            .to_string(),
        )
        .unwrap()
    }

    #[test]
    fn a_fitting_value_passes_and_each_kind_of_drift_is_named() {
        let spec = spec();
        let schema = spec.request_schema("/v2/things/42", "POST").unwrap();
        let fits = json!({"state": "OPEN", "name": null, "count": 3, "tags": ["a"]});
        assert_eq!(spec.check(schema, &fits, Direction::Request), vec![]);
        let drifted = json!({"state": "CLOSED", "name": "long", "id": "x", "count": 11,
                             "tags": [1], "colour": "red"});
        let problems: Vec<String> = spec
            .check(schema, &drifted, Direction::Request)
            .iter()
            .map(ToString::to_string)
            .collect();
        for expected in [
            "$.state: `CLOSED` is not one of the schema's values",
            "$.name: 4 characters, more than 3",
            "$.id: read-only field sent in a request",
            "$.count: 11 is above the maximum 10",
            "$.tags[0]: expected string, found a number",
            "$.colour: field not in the vendor's schema",
        ] {
            assert!(
                problems.iter().any(|p| p == expected),
                "{expected} in {problems:?}"
            );
        }
        let missing = spec.check(schema, &json!({}), Direction::Response);
        assert_eq!(missing[0].problem, "required field `state` is missing");
        let answer = spec.response_schema("/v2/things/42", "post", 200).unwrap();
        assert!(spec
            .check(
                answer,
                &json!({"state": "DONE", "id": "x"}),
                Direction::Response
            )
            .is_empty());
    }
}
