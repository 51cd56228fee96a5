//! Reading the record an integration tool carried (a run's input, an error's retry data, a
//! scenario's bundle) defensively: it is whatever the user's flow put there.

use serde_json::Value;

/// Field names a store order's reference goes by, most specific first: Shopify's `name`
/// ("#1042") after the explicit ones, the store's own `id` last.
const REFERENCE_KEYS: [&str; 10] = [
    "order_name",
    "orderName",
    "order_number",
    "orderNumber",
    "order",
    "name",
    "number",
    "order_id",
    "orderId",
    "id",
];

/// A short text: an id, a reference, a name.
pub fn text(value: Option<&Value>) -> Option<String> {
    text_up_to(value, 200)
}

pub fn text_up_to(value: Option<&Value>, limit: usize) -> Option<String> {
    match value? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().chars().take(limit).collect()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The store order a record names, by the first reference field it has.
pub fn order_reference(record: &Value) -> Option<String> {
    REFERENCE_KEYS.iter().find_map(|key| text(record.get(*key)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_most_specific_reference_wins_and_odd_values_are_skipped() {
        assert_eq!(
            order_reference(&json!({ "id": 5100000102u64, "name": "#1158" })).as_deref(),
            Some("#1158")
        );
        assert_eq!(
            order_reference(&json!({ "order_number": 1158, "name": "#1158" })).as_deref(),
            Some("1158")
        );
        assert_eq!(
            order_reference(&json!({ "name": "  ", "id": 7 })).as_deref(),
            Some("7")
        );
        assert_eq!(order_reference(&json!({ "name": { "x": 1 } })), None);
        assert_eq!(order_reference(&json!([1, 2])), None);
    }
}
