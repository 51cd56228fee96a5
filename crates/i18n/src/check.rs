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

    /// The check CI runs: every shipped file parses, has every English message and no other,
    /// with the same placeables.
    #[test]
    fn every_language_has_every_message_with_the_same_placeables() {
        let english = placeables(Language::English.source()).unwrap();
        assert!(!english.is_empty());
        for language in Language::SHIPPED {
            let file = placeables(language.source()).unwrap_or_else(|e| {
                panic!("locales/{}/app.ftl does not parse: {e:?}", language.tag())
            });
            let missing: Vec<_> = english
                .keys()
                .filter(|id| !file.contains_key(*id))
                .collect();
            let extra: Vec<_> = file
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, not in English {extra:?}",
                language.tag()
            );
            for (id, shape) in &english {
                assert_eq!(
                    &file[id],
                    shape,
                    "{}: {id} has other placeables",
                    language.tag()
                );
            }
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
