//! Every parser of data from outside, as a function of arbitrary bytes. Each returns normally
//! whatever it is given; a panic, or a broken promise checked here, is a bug.
//!
//! Two drivers share these functions: the cargo-fuzz targets in `fuzz/` (libFuzzer, coverage
//! guided; nightly) and `tests/stable_fuzz.rs`, which CI runs on the stable toolchain: it
//! replays the seed corpus and every input that ever crashed, then mutates the seeds for a
//! few seconds per target.

use osd_connectors::http::Answer;
use osd_connectors::{
    business_central, netsuite, odoo, sap_b1, shopify, shopify_csv, square, statuspage, tryton,
    woocommerce, CallError,
};

/// A named fuzz target.
pub struct Target {
    pub name: &'static str,
    pub run: fn(&[u8]),
}

/// Every target, by the name its corpus folder and cargo-fuzz binary carry.
pub const TARGETS: &[Target] = &[
    Target {
        name: "shopify_order",
        run: shopify_order,
    },
    Target {
        name: "woocommerce_order",
        run: woocommerce_order,
    },
    Target {
        name: "shopify_csv",
        run: shopify_csv,
    },
    Target {
        name: "erp_error",
        run: erp_error,
    },
    Target {
        name: "middleware_log",
        run: middleware_log,
    },
    Target {
        name: "status_page",
        run: status_page,
    },
];

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// What any classifier must give back: a sentence to show, every text bounded.
fn check(error: &CallError) {
    assert!(
        !error.summary.trim().is_empty(),
        "an error without words: {error:?}"
    );
    assert!(
        error.raw.len() <= 4_100,
        "raw text kept unbounded: {} bytes",
        error.raw.len()
    );
    assert!(
        error.summary.len() <= 700,
        "a summary of {} bytes",
        error.summary.len()
    );
    assert!(
        error.key.as_ref().is_none_or(|k| k.len() <= 210),
        "a key of {} bytes",
        error.key.as_ref().map_or(0, String::len)
    );
}

/// A Shopify GraphQL order node, and the `errors` array of a GraphQL answer.
pub fn shopify_order(data: &[u8]) {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    if let Ok(order) = shopify::order_from_json(value.clone()) {
        assert!(!order.name.is_empty() || !order.store_id.is_empty());
    }
    if value.is_array() || value.is_object() {
        check(&shopify::errors::graphql_errors(&value));
    }
}

/// A store's REST order as JSON: WooCommerce's, and the same bytes as a Square order (the
/// target keeps its first name, which its corpus folder carries).
pub fn woocommerce_order(data: &[u8]) {
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) {
        let _ = square::convert::order(&value, &square::convert::Lookups::default());
        let _ = woocommerce::order_from_json(value);
    }
}

/// A Shopify order export (CSV): every order loads, is reported, or is a cancelled one.
pub fn shopify_csv(data: &[u8]) {
    let import = shopify_csv::parse(data);
    // A row ends at \n, \r\n or a lone \r (found by libFuzzer: counting \n alone was wrong).
    let rows = data.iter().filter(|b| matches!(**b, b'\n' | b'\r')).count() + 1;
    assert!(
        import.orders.len() + import.rejected.len() + import.cancelled <= rows,
        "more orders than rows"
    );
}

/// An ERP's (or store's) error answer: the first byte picks the system, the next two the HTTP
/// status, the rest is the body.
pub fn erp_error(data: &[u8]) {
    let [system, high, low, body @ ..] = data else {
        return;
    };
    let status = 100 + u16::from_be_bytes([*high, *low]) % 500;
    let body = text(body);
    let answer = Answer {
        status,
        headers: Default::default(),
        body: body.clone(),
    };
    match system % 8 {
        0 => check(&netsuite::errors::classify(&answer)),
        1 => check(&business_central::errors::classify(&answer)),
        2 => check(&sap_b1::errors::classify(&answer)),
        3 => check(&woocommerce::errors::classify(&answer)),
        4 => check(&shopify::errors::classify(&answer)),
        5 => match serde_json::from_str::<serde_json::Value>(&body) {
            Ok(value) => match odoo::errors::parse(&value) {
                Some((name, message, code)) => check(&odoo::errors::classify(
                    &name, &message, code, status, &body,
                )),
                None => check(&odoo::errors::not_odoo(status, &body)),
            },
            Err(_) => check(&odoo::errors::not_odoo(status, &body)),
        },
        6 => check(&square::errors::classify(&answer)),
        _ => {
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(&body) {
                let error = value.get("error").cloned().unwrap_or(value);
                check(&tryton::errors::classify(&error, &body));
            }
        }
    }
}

/// A middleware's error log (CSV, JSON array, wrapped array or JSON lines).
pub fn middleware_log(data: &[u8]) {
    let _ = osd_doctor::middleware_log::classify_log(&text(data));
}

/// A vendor's Statuspage summary.
pub fn status_page(data: &[u8]) {
    let _ = statuspage::parse(&text(data));
}
