//! Outside data is untrusted: every parser of it returns a result, whatever the bytes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use osd_connectors::http::Answer;
use osd_connectors::netsuite::errors as netsuite_errors;
use osd_connectors::shopify::errors as shopify_errors;
use osd_connectors::shopify_csv::parse;
use osd_connectors::{shopify, woocommerce};
use proptest::prelude::*;

/// Any JSON: what a broken proxy or a changed API might send.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| serde_json::json!(f)),
        ".{0,12}".prop_map(serde_json::Value::String),
        prop_oneof![
            Just("0"),
            Just("-1"),
            Just("1e400"),
            Just("12.345678901234567890123"),
            Just("NaN"),
            Just("")
        ]
        .prop_map(|s| serde_json::json!(s)),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            proptest::collection::hash_map(".{0,10}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A real order with one field replaced by anything: gets past serde far more often than noise.
fn mutated(fixture: &'static str) -> impl Strategy<Value = serde_json::Value> {
    let base: serde_json::Value = serde_json::from_str(fixture).unwrap();
    let keys: Vec<String> = base.as_object().unwrap().keys().cloned().collect();
    (proptest::sample::select(keys), any_json()).prop_map(move |(key, value)| {
        let mut order = base.clone();
        order[key.as_str()] = value;
        order
    })
}

const WOO_ORDER: &str = include_str!("../src/woocommerce/testdata/order_727.json");
const SHOPIFY_NODE: &str = r##"{"id":"gid://shopify/Order/1","name":"#1","createdAt":"2026-11-01T10:00:00Z","currencyCode":"USD",
  "totalPriceSet":{"shopMoney":{"amount":"10.00","currencyCode":"USD"}},
  "lineItems":{"edges":[{"node":{"sku":"A","name":"A","quantity":1,"originalUnitPriceSet":{"shopMoney":{"amount":"10.00","currencyCode":"USD"}}}}]},
  "taxLines":[{"title":"T","rate":0.1,"priceSet":{"shopMoney":{"amount":"1.00","currencyCode":"USD"}}}]}"##;

fn answer(status: u16, body: String) -> Answer {
    Answer {
        status,
        headers: Default::default(),
        body,
    }
}

/// Bytes that look a bit like CSV, to get past the header more often than pure noise does.
fn csvish() -> impl Strategy<Value = Vec<u8>> {
    let header = Just(b"Name,Lineitem quantity,Lineitem price,Lineitem name,Created at,Total,Tax 1 Name,Tax 1 Value,Billing Address1\n".to_vec());
    let cell = prop_oneof![
        Just(b"#1".to_vec()),
        Just(b"\"a,\nb\"".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"12.5".to_vec()),
        Just(b"-1".to_vec()),
        Just(b"99999999999999999999999999999".to_vec()),
        Just(b"2026-11-02 10:00:00 -0500".to_vec()),
        Just(b"VAT 20%".to_vec()),
        Just(b"\xff\xfe".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b",".to_vec()),
        proptest::collection::vec(any::<u8>(), 0..8),
    ];
    (header, proptest::collection::vec(cell, 0..60)).prop_map(|(mut h, cells)| {
        for c in cells {
            h.extend(c);
        }
        h
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn csv_import_never_panics_on_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse(&bytes);
    }

    #[test]
    fn csv_import_never_panics_on_csv_like_input(bytes in csvish()) {
        let import = parse(&bytes);
        // Every order either loads or is reported; none vanishes.
        prop_assert!(import.cancelled <= import.orders.len());
        prop_assert!(import.orders.len() + import.rejected.len() <= bytes.len() + 1);
    }

    #[test]
    fn error_classifiers_never_panic(status in 100u16..600, body in ".{0,400}") {
        let _ = netsuite_errors::classify(&answer(status, body.clone()));
        let _ = shopify_errors::classify(&answer(status, body.clone()));
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&body) {
            let _ = shopify_errors::graphql_errors(&value);
        }
    }

    #[test]
    fn order_json_of_any_shape_never_panics(value in any_json(), woo in mutated(WOO_ORDER), shop in mutated(SHOPIFY_NODE)) {
        let _ = woocommerce::order_from_json(value.clone());
        let _ = shopify::order_from_json(value);
        let _ = woocommerce::order_from_json(woo);
        let _ = shopify::order_from_json(shop);
    }

    #[test]
    fn netsuite_details_never_panic(code in "[A-Z_]{0,20}", detail in ".{0,300}", path in proptest::option::of(".{0,40}")) {
        let _ = netsuite_errors::classify_detail(&code, &detail, path.as_deref());
        let body = serde_json::json!({"o:errorDetails": [{"detail": detail, "o:errorCode": code, "o:errorPath": path}]}).to_string();
        let _ = netsuite_errors::classify(&answer(400, body));
    }
}
