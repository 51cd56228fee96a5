//! Vendors send money as JSON strings ("19.99") and rates as JSON numbers (0.0725).
//! Both become exact decimals; a float never touches the value.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};

pub fn from_value(value: &serde_json::Value) -> Option<Decimal> {
    match value {
        serde_json::Value::String(s) => parse(s),
        // serde_json prints the shortest text that reads back as the same number.
        serde_json::Value::Number(n) => parse(&n.to_string()),
        _ => None,
    }
}

pub fn parse(text: &str) -> Option<Decimal> {
    let text = text.trim();
    Decimal::from_str(text)
        .or_else(|_| Decimal::from_scientific(text))
        .ok()
}

/// `#[serde(deserialize_with = "wire_decimal::required")]`
pub fn required<'de, D: Deserializer<'de>>(de: D) -> Result<Decimal, D::Error> {
    let value = serde_json::Value::deserialize(de)?;
    from_value(&value).ok_or_else(|| serde::de::Error::custom(format!("not a number: {value}")))
}

/// `#[serde(default, deserialize_with = "wire_decimal::optional")]`
pub fn optional<'de, D: Deserializer<'de>>(de: D) -> Result<Option<Decimal>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(de)?;
    match value {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(v) => from_value(&v)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("not a number: {v}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn reads_strings_and_numbers_exactly() {
        assert_eq!(from_value(&serde_json::json!("19.99")), Some(dec!(19.99)));
        assert_eq!(from_value(&serde_json::json!(0.0725)), Some(dec!(0.0725)));
        assert_eq!(from_value(&serde_json::json!(2000.0)), Some(dec!(2000.0)));
        assert_eq!(from_value(&serde_json::json!(1e-2)), Some(dec!(0.01)));
        assert_eq!(from_value(&serde_json::json!(true)), None);
        assert_eq!(from_value(&serde_json::json!("abc")), None);
    }
}
