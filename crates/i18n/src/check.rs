//! What a message file must keep from English: every message id, and in each message the same
//! placeables (a translation that drops `$count` would say the wrong number of orders).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// A message's placeables: the variables it names, in no particular order.
pub type MessageShape = BTreeSet<String>;

/// Every message of a file with its placeables; `Err` with the parser's complaints when the
/// file does not parse.
pub fn placeables(source: &str) -> Result<BTreeMap<String, MessageShape>, Vec<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .map_err(|(_, errors)| errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>())?;
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut shape = MessageShape::new();
            if let Some(pattern) = &message.value {
                collect(pattern, &mut shape);
            }
            for attribute in &message.attributes {
                collect(&attribute.value, &mut shape);
            }
            messages.insert(message.id.name.to_string(), shape);
        }
    }
    Ok(messages)
}

fn collect(pattern: &Pattern<&str>, shape: &mut MessageShape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, shape);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, shape: &mut MessageShape) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, shape);
            for variant in variants {
                collect(&variant.value, shape);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, shape),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, shape: &mut MessageShape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, shape);
            }
            for named in &arguments.named {
                inline_variables(&named.value, shape);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, shape),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;

    /// The message files: the tray, alerts and report, the doctor's findings, the command line,
    /// the window.
    const FILES: [&str; 4] = ["app.ftl", "doctor.ftl", "cli.ftl", "window.ftl"];

    fn read(language: Language, file: &str) -> String {
        let path = format!(
            "{}/../../locales/{}/{file}",
            env!("CARGO_MANIFEST_DIR"),
            language.tag()
        );
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// The check CI runs: every shipped file parses, has every English message and no other,
    /// with the same placeables.
    #[test]
    fn every_language_has_every_message_with_the_same_placeables() {
        for file in FILES {
            let english = placeables(&read(Language::English, file)).unwrap();
            assert!(!english.is_empty(), "{file}");
            for language in Language::SHIPPED {
                let tag = language.tag();
                let shapes = placeables(&read(language, file))
                    .unwrap_or_else(|e| panic!("locales/{tag}/{file} does not parse: {e:?}"));
                let missing: Vec<_> = english
                    .keys()
                    .filter(|id| !shapes.contains_key(*id))
                    .collect();
                let extra: Vec<_> = shapes
                    .keys()
                    .filter(|id| !english.contains_key(*id))
                    .collect();
                assert!(
                    missing.is_empty() && extra.is_empty(),
                    "locales/{tag}/{file}: missing {missing:?}, not in English {extra:?}"
                );
                for (id, shape) in &english {
                    assert_eq!(
                        &shapes[id], shape,
                        "locales/{tag}/{file}: {id} has other placeables"
                    );
                }
            }
        }
    }

    /// The Rust side reads app.ftl, doctor.ftl and cli.ftl into one bundle, where a second message of
    /// the same id would be refused; the window's ids are kept apart too, so an id names one
    /// text wherever it is searched for.
    #[test]
    fn no_message_id_is_in_two_files() {
        let mut seen = BTreeMap::new();
        for file in FILES {
            for id in placeables(&read(Language::English, file))
                .unwrap()
                .into_keys()
            {
                if let Some(other) = seen.insert(id.clone(), file) {
                    panic!("{id} is in {other} and {file}");
                }
            }
        }
    }

    /// What the Rust side ships in the binary is what is on disk.
    #[test]
    fn the_binary_carries_the_files_on_disk() {
        for language in Language::SHIPPED {
            assert_eq!(
                language.sources(),
                ["app.ftl", "doctor.ftl", "cli.ftl"]
                    .map(|file| read(language, file))
                    .each_ref()
                    .map(String::as_str)
            );
        }
    }

    #[test]
    fn a_dropped_placeable_is_caught() {
        let english = placeables("m = { $count } orders for { $erp }\n").unwrap();
        let translated = placeables(
            "m = { $count ->\n    [one] eine Bestellung\n   *[other] { $count } Bestellungen\n}\n",
        )
        .unwrap();
        assert_ne!(english["m"], translated["m"]);
        assert!(placeables("m = { $count").is_err());
    }
}
