"""Checks GraphQL documents, and answers to them, against Shopify's published introspection schema.

Reads one JSON request on standard input:
  {"schema": "<path to admin_YYYY-MM.json(.gz)>",
   "documents": {"<name>": "<GraphQL text>", ...},
   "answers": [{"document": "<name>", "variables": {...}, "data": {...}}, ...]}
and prints one JSON object {"problems": ["...", ...]}. Exit status 0 when there are none, 1
otherwise, 2 when the request itself is unusable.

Documents go through graphql-core's full validation (the spec's rules, as graphql-js runs them)
plus NoDeprecatedCustomRule: a field or argument the schema marks deprecated is a problem.
Variables are coerced against each document's variable definitions. An answer's `data` is
walked along the document's selections: every selected field present, nothing unselected,
null only where the schema's type is nullable, lists where it says list, and every leaf in its
scalar's or enum's serialized form (Shopify's custom scalars as their descriptions in the
schema define them; a scalar this checker does not know is a problem, not a pass).
"""

import datetime
import gzip
import json
import re
import sys

from graphql import (
    FieldNode,
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    OperationDefinitionNode,
    build_client_schema,
    parse,
    validate,
)
from graphql.execution.values import get_variable_values
from graphql.type import is_abstract_type, is_leaf_type, is_object_type
from graphql.validation import NoDeprecatedCustomRule, specified_rules

DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")


def load_schema(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        introspection = json.load(handle)
    return build_client_schema(introspection.get("data", introspection))


def iso_datetime(value):
    try:
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


# Serialized forms, from each scalar's description in Shopify's schema.
SCALARS = {
    "String": lambda v: isinstance(v, str),
    "ID": lambda v: isinstance(v, str),
    "Boolean": lambda v: isinstance(v, bool),
    "Int": lambda v: isinstance(v, int) and not isinstance(v, bool) and -(2**31) <= v < 2**31,
    "Float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    # "An ISO 8601-encoded date and time string", e.g. "2019-09-07T15:50:00Z".
    "DateTime": lambda v: isinstance(v, str) and iso_datetime(v),
    # "A signed decimal number, which supports arbitrary precision and is serialized as a string."
    "Decimal": lambda v: isinstance(v, str) and DECIMAL.match(v) is not None,
    # "A monetary value string without a currency symbol or code."
    "Money": lambda v: isinstance(v, str) and DECIMAL.match(v) is not None,
    "URL": lambda v: isinstance(v, str),
    # "An unsigned 64-bit integer ... encoded as a string of base-10 digits", e.g. "50".
    "UnsignedInt64": lambda v: isinstance(v, str) and v.isdigit() and int(v) < 2**64,
    "HTML": lambda v: isinstance(v, str),
}


def check_leaf(value, leaf, path, problems):
    if isinstance(leaf, GraphQLEnumType):
        if not isinstance(value, str) or value not in leaf.values:
            problems.append(f"{path}: {json.dumps(value)} is not a value of the enum {leaf.name}")
        return
    check = SCALARS.get(leaf.name)
    if check is None:
        problems.append(f"{path}: the scalar {leaf.name} has no check here; add its serialized form")
    elif not check(value):
        problems.append(f"{path}: {json.dumps(value)} is not a {leaf.name}")


def check_value(value, of_type, selections, path, problems):
    if isinstance(of_type, GraphQLNonNull):
        if value is None:
            problems.append(f"{path}: null, but the schema's type is {of_type} (non-null)")
            return
        of_type = of_type.of_type
    if value is None:
        return
    if isinstance(of_type, GraphQLList):
        if not isinstance(value, list):
            problems.append(f"{path}: not a list, but the schema's type is {of_type}")
            return
        for index, item in enumerate(value):
            check_value(item, of_type.of_type, selections, f"{path}[{index}]", problems)
        return
    if is_leaf_type(of_type):
        check_leaf(value, of_type, path, problems)
        return
    if is_abstract_type(of_type):
        problems.append(f"{path}: {of_type.name} is an interface or union; this checker reads objects only")
        return
    if not isinstance(value, dict):
        problems.append(f"{path}: not an object, but the schema's type is {of_type.name}")
        return
    check_object(value, of_type, selections, path, problems)


def check_object(value, object_type, selection_set, path, problems):
    asked = {}
    for selection in selection_set.selections if selection_set else []:
        if not isinstance(selection, FieldNode):
            problems.append(f"{path}: fragments are not checked here; select fields directly")
            continue
        key = selection.alias.value if selection.alias else selection.name.value
        asked[key] = selection
    for key in value:
        if key not in asked:
            problems.append(f"{path}.{key}: in the answer but not selected by the document")
    for key, selection in asked.items():
        if key not in value:
            problems.append(f"{path}.{key}: selected by the document but missing from the answer")
            continue
        name = selection.name.value
        if name == "__typename":
            if value[key] != object_type.name:
                problems.append(f"{path}.{key}: {json.dumps(value[key])} is not {object_type.name}")
            continue
        field = object_type.fields.get(name)
        if field is None:
            problems.append(f"{path}.{key}: {object_type.name} has no field {name}")
            continue
        check_value(value[key], field.type, selection.selection_set, f"{path}.{key}", problems)


def operation(document):
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    return operations[0] if len(operations) == 1 else None


def main():
    try:
        request = json.load(sys.stdin)
        schema = load_schema(request["schema"])
    except (KeyError, OSError, ValueError) as error:
        print(json.dumps({"problems": [f"unusable request: {error}"]}))
        return 2
    problems = []
    parsed = {}
    rules = [*specified_rules, NoDeprecatedCustomRule]
    for name, text in request.get("documents", {}).items():
        try:
            document = parse(text)
        except Exception as error:  # graphql-core raises GraphQLError subclasses on syntax
            problems.append(f"{name}: does not parse: {error}")
            continue
        errors = validate(schema, document, rules)
        problems.extend(f"{name}: {error.message}" for error in errors)
        if not errors:
            parsed[name] = document
    for index, answer in enumerate(request.get("answers", [])):
        name = answer.get("document")
        document = parsed.get(name)
        if document is None:
            problems.append(f"answer {index}: the document {name!r} is unknown or invalid")
            continue
        op = operation(document)
        if op is None:
            problems.append(f"answer {index}: {name} must hold exactly one operation")
            continue
        coerced = get_variable_values(schema, op.variable_definitions or [], answer.get("variables") or {})
        if isinstance(coerced, list):
            problems.extend(f"answer {index} ({name}) variables: {error.message}" for error in coerced)
        root = schema.query_type if op.operation.value == "query" else schema.mutation_type
        if not is_object_type(root) or not isinstance(answer.get("data"), dict):
            problems.append(f"answer {index} ({name}): no data object to check")
            continue
        check_object(answer["data"], root, op.selection_set, f"{name}.data", problems)
    print(json.dumps({"problems": problems}, indent=1))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
