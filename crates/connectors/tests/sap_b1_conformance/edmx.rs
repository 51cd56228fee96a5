//! SAP's Service Layer `$metadata` (EDMX) as a small model: entity sets, entity and complex
//! types with their properties, enum types with their members, and the operations (v1
//! `FunctionImport`s; v2 `Action`/`Function` with their imports). Both versions the vendor
//! serves are read: v1 is OData v3 (`/b1s/v1`), v2 is OData v4 (`/b1s/v2`).

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// A type reference: `SAPB1.Document` → `Document`; `Collection(SAPB1.DocumentLine)` →
/// `DocumentLine`, many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeRef {
    pub name: String,
    pub many: bool,
}

impl TypeRef {
    pub fn parse(text: &str) -> Self {
        let (inner, many) = match text
            .strip_prefix("Collection(")
            .and_then(|t| t.strip_suffix(')'))
        {
            Some(inner) => (inner, true),
            None => (text, false),
        };
        Self {
            name: inner.strip_prefix("SAPB1.").unwrap_or(inner).to_string(),
            many,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub name: String,
    /// The entity type a bound operation binds to.
    pub bound_to: Option<String>,
    /// Parameters other than the binding one.
    pub parameters: Vec<(String, TypeRef)>,
    pub returns: Option<TypeRef>,
    /// Called at the service root (v1 non-bindable function import; v2 import).
    pub imported: bool,
    /// v1's `m:HttpMethod`; v2 actions are POST, functions GET.
    pub method: String,
}

#[derive(Debug, Default)]
pub struct Metadata {
    pub entity_sets: HashMap<String, String>,
    pub types: HashMap<String, HashMap<String, TypeRef>>,
    pub enums: HashMap<String, Vec<String>>,
    pub operations: Vec<Operation>,
}

fn attribute(element: &BytesStart, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        // Names and type references in the $metadata carry no entities to unescape.
        .map(|a| a.value.to_string())
}

/// What the element being read belongs to.
enum Open {
    Type(String),
    Enum(String),
    Operation(usize),
    Other,
}

impl Metadata {
    pub fn parse(text: &str) -> Self {
        let mut md = Self::default();
        let mut reader = Reader::from_str(text);
        let mut stack: Vec<Open> = Vec::new();
        // v2 imports name the action or function they expose.
        let mut imports: Vec<String> = Vec::new();
        loop {
            let event = reader
                .read_event()
                .expect("the $metadata is well-formed XML");
            let (element, empty) = match &event {
                Event::Start(e) => (e.clone(), false),
                Event::Empty(e) => (e.clone(), true),
                Event::End(_) => {
                    stack.pop();
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let name = |key: &str| attribute(&element, key).unwrap_or_default();
            let open = match element.local_name().as_ref() {
                "EntityType" | "ComplexType" => {
                    md.types.entry(name("Name")).or_default();
                    Open::Type(name("Name"))
                }
                "Property" | "NavigationProperty" => {
                    if let Some(Open::Type(owner)) = stack.last() {
                        md.types
                            .entry(owner.clone())
                            .or_default()
                            .insert(name("Name"), TypeRef::parse(&name("Type")));
                    }
                    Open::Other
                }
                "EnumType" => {
                    md.enums.entry(name("Name")).or_default();
                    Open::Enum(name("Name"))
                }
                "Member" => {
                    if let Some(Open::Enum(owner)) = stack.last() {
                        md.enums
                            .entry(owner.clone())
                            .or_default()
                            .push(name("Name"));
                    }
                    Open::Other
                }
                "EntitySet" => {
                    md.entity_sets
                        .insert(name("Name"), TypeRef::parse(&name("EntityType")).name);
                    Open::Other
                }
                kind @ ("Action" | "Function" | "FunctionImport") => {
                    let v1_import = kind == "FunctionImport";
                    if v1_import && attribute(&element, "Function").is_some() {
                        // A v2 function import: it only exposes a `Function`.
                        imports.push(name("Name"));
                        Open::Other
                    } else {
                        let bound = attribute(&element, "IsBound").as_deref() == Some("true")
                            || attribute(&element, "IsBindable").as_deref() == Some("true");
                        md.operations.push(Operation {
                            name: name("Name"),
                            bound_to: bound.then(String::new),
                            parameters: Vec::new(),
                            returns: attribute(&element, "ReturnType").map(|t| TypeRef::parse(&t)),
                            imported: v1_import && !bound,
                            method: match kind {
                                "Function" => "GET".into(),
                                "Action" => "POST".into(),
                                _ => attribute(&element, "HttpMethod")
                                    .unwrap_or_else(|| "GET".into()),
                            },
                        });
                        Open::Operation(md.operations.len() - 1)
                    }
                }
                "ActionImport" => {
                    imports.push(name("Name"));
                    Open::Other
                }
                "Parameter" | "ReturnType" => {
                    if let Some(Open::Operation(index)) = stack.last() {
                        let operation = &mut md.operations[*index];
                        let kind = TypeRef::parse(&name("Type"));
                        if element.local_name().as_ref() == "ReturnType" {
                            operation.returns = Some(kind);
                        } else if operation.bound_to.as_deref() == Some("") {
                            operation.bound_to = Some(kind.name);
                        } else {
                            operation.parameters.push((name("Name"), kind));
                        }
                    }
                    Open::Other
                }
                _ => Open::Other,
            };
            if !empty {
                stack.push(open);
            }
        }
        for operation in md.operations.iter_mut() {
            if operation.bound_to.is_none() && imports.contains(&operation.name) {
                operation.imported = true;
            }
        }
        md
    }

    /// An operation called at the service root, by name.
    pub fn unbound(&self, name: &str) -> Option<&Operation> {
        self.operations
            .iter()
            .find(|o| o.imported && o.bound_to.is_none() && o.name == name)
    }

    /// An operation bound to `entity_type`, by name.
    pub fn bound(&self, entity_type: &str, name: &str) -> Option<&Operation> {
        self.operations
            .iter()
            .find(|o| o.name == name && o.bound_to.as_deref() == Some(entity_type))
    }

    pub fn property(&self, owner: &str, property: &str) -> Option<&TypeRef> {
        self.types.get(owner)?.get(property)
    }
}
