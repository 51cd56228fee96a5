//! The Square connector against the simulated Square API, and both checked against Square's
//! own OpenAPI document: every request the connector sent and every answer the simulator gave
//! must fit the schema the document names for that path (a failing test when either drifts).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use osd_connectors::square::{SquareAuth, SquareClient, SquareConfig, SQUARE_VERSION};
use osd_connectors::{OrderQuery, StoreSource};
use osd_model::{Decimal, FindingCode, Order};
use osd_simulators::faults::Faults;
use osd_simulators::openapi::{Direction, OpenApi};
use osd_simulators::square::world::{customer, location, return_order, variation, OrderBuilder};
use osd_simulators::square::{Exchange, SquareSimulator, SquareState};
use osd_simulators::vendor_specs;
use rust_decimal_macros::dec;
use serde_json::json;

const TOKEN: &str = "EAAAl-simulated-personal-access-token";

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 10, minute, 0).unwrap()
}

fn world() -> SquareState {
    let sale_with_refund = OrderBuilder::new("ORDER-BEANS", "L-MAIN", "USD", at(2))
        .line("Coffee beans", "1.5", Some("VAR-BEANS"), 1000)
        .in_unit(json!({ "weight_unit": "IMPERIAL_POUND" }), 1)
        .service_charge("Delivery", 500)
        .refund(500)
        .build();
    SquareState {
        access_token: TOKEN.into(),
        locations: vec![
            location("L-MAIN", "Main Street", "USD", "US"),
            location("L-TORONTO", "Toronto", "CAD", "CA"),
        ],
        catalog: vec![
            variation("VAR-MUG", Some("MUG-BLUE"), "Regular", 1250, "USD"),
            variation("VAR-BEANS", Some("BEANS-LB"), "Regular", 1000, "USD"),
        ],
        customers: vec![customer(
            "CUST-ADA",
            "Ada",
            "Lovelace",
            Some("ada@example.com"),
        )],
        orders: vec![
            OrderBuilder::new("ORDER-MUGS", "L-MAIN", "USD", at(1))
                .line("Blue mug", "2", Some("VAR-MUG"), 1250)
                .line("Gift wrap", "1", None, 300)
                .tax("Sales tax", "8.875")
                .discount("Loyalty", 200)
                .tip(150)
                .customer("CUST-ADA")
                .build(),
            return_order("RETURN-BEANS", &sale_with_refund, 500, at(4)),
            sale_with_refund,
            OrderBuilder::new("ORDER-TORONTO", "L-TORONTO", "CAD", at(3))
                .line("Blue mug", "2", Some("VAR-MUG"), 1500)
                .modifier("Gift box", 200)
                .build(),
            OrderBuilder::new("ORDER-VOID", "L-MAIN", "USD", at(5))
                .line("Blue mug", "1", Some("VAR-MUG"), 1250)
                .state("CANCELED")
                .build(),
            OrderBuilder::new("ORDER-TAB", "L-MAIN", "USD", at(6))
                .line("Blue mug", "1", Some("VAR-MUG"), 1250)
                .state("OPEN")
                .build(),
            OrderBuilder::new("ORDER-DRAFT", "L-MAIN", "USD", at(7))
                .line("Blue mug", "1", Some("VAR-MUG"), 1250)
                .state("DRAFT")
                .build(),
        ],
        keep_journal: true,
        ..SquareState::default()
    }
}

fn client(sim: &SquareSimulator, token: &str) -> SquareClient {
    SquareClient::new(SquareConfig {
        base_url: sim.base_url(),
        auth: SquareAuth::Token {
            token: token.to_string().into(),
            expires: None,
        },
        location_ids: Vec::new(),
        states: SquareConfig::default_states(),
        timeout: Duration::from_secs(10),
    })
    .unwrap()
}

/// Every page, from `since`.
async fn pull(client: &SquareClient, since: Option<DateTime<Utc>>, page_size: u32) -> Vec<Order> {
    let mut orders = Vec::new();
    let mut after = None;
    loop {
        let page = client
            .list_orders(&OrderQuery {
                updated_since: since,
                after: after.clone(),
                page_size,
            })
            .await
            .unwrap();
        assert!(page.rejected.is_empty(), "{:?}", page.rejected);
        orders.extend(page.orders);
        match page.next {
            Some(next) => after = Some(next),
            None => return orders,
        }
    }
}

fn by_id<'a>(orders: &'a [Order], id: &str) -> &'a Order {
    orders
        .iter()
        .find(|o| o.store_id == id)
        .unwrap_or_else(|| panic!("{id} not pulled"))
}

#[tokio::test]
async fn a_full_pull_reads_pos_sales_exactly_as_square_sold_them() {
    let sim = SquareSimulator::start(world(), 0).await.unwrap();
    let client = client(&sim, TOKEN);
    let report = client.test_connection().await.unwrap();
    assert!(
        report.detail.contains("Main Street") && report.detail.contains("Toronto"),
        "{}",
        report.detail
    );

    let orders = pull(&client, None, 2).await;
    let mut ids: Vec<&str> = orders.iter().map(|o| o.store_id.as_str()).collect();
    ids.sort();
    // The return is not a sale and the draft is not asked for.
    assert_eq!(
        ids,
        [
            "ORDER-BEANS",
            "ORDER-MUGS",
            "ORDER-TAB",
            "ORDER-TORONTO",
            "ORDER-VOID"
        ]
    );

    let mugs = by_id(&orders, "ORDER-MUGS");
    assert_eq!(mugs.currency, "USD");
    assert_eq!(mugs.customer.name, "Ada Lovelace");
    assert_eq!(mugs.customer.email.as_deref(), Some("ada@example.com"));
    assert!(!mugs.customer.guest);
    let lines: Vec<(Option<&str>, &str, Decimal, Decimal)> = mugs
        .lines
        .iter()
        .map(|l| (l.sku.as_deref(), l.title.as_str(), l.quantity, l.unit_price))
        .collect();
    assert_eq!(
        lines,
        [
            (Some("MUG-BLUE"), "Blue mug", dec!(2), dec!(12.50)),
            (None, "Gift wrap", dec!(1), dec!(3.00)),
            (None, "Tip", dec!(1), dec!(1.50)),
        ]
    );
    assert_eq!(mugs.tax_lines.len(), 1);
    assert_eq!(mugs.tax_lines[0].title, "Sales tax");
    assert_eq!(mugs.tax_lines[0].rate, dec!(0.08875));
    assert_eq!(mugs.total_tax, dec!(2.31));
    assert_eq!(mugs.discount_total, dec!(2.00));
    assert!(!mugs.taxes_included);
    // Square's own total, and it balances: lines + tax − discounts.
    assert_eq!(mugs.total, dec!(29.81));
    assert_eq!(
        mugs.subtotal + mugs.total_tax - mugs.discount_total,
        mugs.total
    );

    let beans = by_id(&orders, "ORDER-BEANS");
    assert_eq!(beans.lines[0].quantity, dec!(1.5));
    assert_eq!(beans.lines[0].sku.as_deref(), Some("BEANS-LB"));
    let pound = beans.lines[0]
        .unit
        .as_ref()
        .expect("a weighed sale keeps its unit");
    assert_eq!(
        (pound.symbol.as_str(), pound.code.as_deref()),
        ("lb", Some("LBR"))
    );
    assert!(by_id(&orders, "ORDER-MUGS")
        .lines
        .iter()
        .all(|l| l.unit.is_none()));
    assert_eq!(beans.lines.len(), 1);
    assert_eq!(beans.shipping_total, dec!(5.00));
    assert_eq!(beans.total, dec!(20.00));
    assert_eq!(beans.subtotal + beans.shipping_total, beans.total);
    assert!(beans.customer.guest);
    assert!(
        beans.note.as_deref().unwrap().contains("5.00 USD"),
        "{:?}",
        beans.note
    );

    let toronto = by_id(&orders, "ORDER-TORONTO");
    assert_eq!(toronto.currency, "CAD");
    // A modifier's price is part of the unit's, and named in the line.
    assert_eq!(toronto.lines[0].title, "Blue mug (Gift box)");
    assert_eq!(toronto.lines[0].unit_price, dec!(17.00));
    assert_eq!(toronto.total, dec!(34.00));
    assert_eq!(toronto.subtotal, toronto.total);
    assert!(
        by_id(&orders, "ORDER-VOID")
            .store_status
            .as_ref()
            .unwrap()
            .ended
    );
    assert_eq!(
        by_id(&orders, "ORDER-TAB")
            .store_status
            .as_ref()
            .unwrap()
            .name,
        "OPEN"
    );
    assert_eq!(client.paid_statuses(), ["COMPLETED"]);

    // Only what changed since the cursor, the order at the cursor itself included.
    let since = pull(&client, Some(at(3)), 100).await;
    let mut ids: Vec<&str> = since.iter().map(|o| o.store_id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["ORDER-TAB", "ORDER-TORONTO", "ORDER-VOID"]);

    // SKUs and customers were asked for in bulk: one lookup each per page, never per line.
    let journal = sim.journal();
    let searches = journal
        .iter()
        .filter(|e| e.path == "/v2/orders/search")
        .count();
    let catalog = journal
        .iter()
        .filter(|e| e.path == "/v2/catalog/batch-retrieve")
        .count();
    assert!(
        catalog <= searches,
        "{catalog} catalog lookups for {searches} pages"
    );
    conforms(&journal);
}

#[tokio::test]
async fn refusals_are_told_apart_and_a_rate_limit_is_waited_out() {
    let sim = SquareSimulator::start(world(), 0).await.unwrap();
    let wrong = client(&sim, "EAAAl-wrong")
        .test_connection()
        .await
        .unwrap_err();
    assert_eq!(wrong.code, FindingCode::StoreAuthFailed);

    sim.update(|s| s.missing_scopes = true);
    let scopes = client(&sim, TOKEN).test_connection().await.unwrap_err();
    assert_eq!(scopes.code, FindingCode::StoreAuthFailed);
    assert!(scopes.summary.contains("ORDERS_READ"), "{}", scopes.summary);
    sim.update(|s| s.missing_scopes = false);

    sim.update(|s| s.faults.expired_token = true);
    let expired = client(&sim, TOKEN).test_connection().await.unwrap_err();
    assert!(expired.summary.contains("expired"), "{}", expired.summary);
    sim.update(|s| s.faults.expired_token = false);

    sim.update(|s| {
        s.faults = Faults {
            rate_limit_per_sec: Some(2),
            ..Faults::default()
        }
    });
    let orders = pull(&client(&sim, TOKEN), None, 1).await;
    assert_eq!(orders.len(), 5, "every order read despite the limit");
    let journal = sim.journal();
    assert!(journal.iter().any(|e| e.status == 429), "the limit was met");
    conforms(&journal);
}

/// The check can fail: drift of each kind in a real answer and a real request is caught.
#[tokio::test]
async fn drift_from_squares_document_is_caught() {
    let spec = OpenApi::parse(&vendor_specs::read("square/api.json.gz").unwrap()).unwrap();
    let answer_schema = spec
        .response_schema("/v2/orders/search", "POST", 200)
        .unwrap();
    let mut answer = json!({ "orders": [world().orders[0].clone()] });
    assert!(spec
        .check(answer_schema, &answer, Direction::Response)
        .is_empty());
    answer["orders"][0]["state"] = json!("SOLD");
    answer["orders"][0]["line_items"][0]["quantity"] = json!(2);
    answer["orders"][0]["total_money"]["amount"] = json!("29.81");
    answer["orders"][0]["tip"] = json!(150);
    let found: Vec<String> = spec
        .check(answer_schema, &answer, Direction::Response)
        .iter()
        .map(|m| m.to_string())
        .collect();
    assert_eq!(found.len(), 4, "{found:?}");
    let request_schema = spec.request_schema("/v2/orders/search", "POST").unwrap();
    let request = json!({ "location_ids": ["L"], "query": { "sort": { "sort_field": "MODIFIED_AT" } },
                          "page_size": 10 });
    let found = spec.check(request_schema, &request, Direction::Request);
    assert_eq!(found.len(), 2, "{found:?}");
}

/// Every standard unit Square's document lists has its symbol, name and UN/ECE code, so a new
/// enum value in a later version of the document fails here rather than reaching ERPs as a
/// made-up name.
#[test]
fn every_unit_in_squares_document_is_known() {
    let spec: serde_json::Value =
        serde_json::from_str(&vendor_specs::read("square/api.json.gz").unwrap()).unwrap();
    let schemas = &spec["components"]["schemas"];
    let mut named = 0;
    for (kind, schema) in [
        ("area_unit", "MeasurementUnitArea"),
        ("length_unit", "MeasurementUnitLength"),
        ("volume_unit", "MeasurementUnitVolume"),
        ("weight_unit", "MeasurementUnitWeight"),
        ("time_unit", "MeasurementUnitTime"),
    ] {
        for value in schemas[schema]["enum"].as_array().unwrap() {
            let value = value.as_str().unwrap();
            let unit = osd_connectors::square::unit::sale_unit(&json!({ kind: value })).unwrap();
            assert_ne!(unit.symbol, value, "{kind} {value} is not in the table");
            named += 1;
        }
    }
    assert!(named >= 38, "{named} units");
    assert_eq!(
        schemas["MeasurementUnitGeneric"]["enum"],
        json!(["UNIT"]),
        "pieces are the only generic unit"
    );
}

/// Every exchange against Square's OpenAPI document.
fn conforms(journal: &[Exchange]) {
    let spec = OpenApi::parse(&vendor_specs::read("square/api.json.gz").unwrap()).unwrap();
    let mut misfits = Vec::new();
    for exchange in journal {
        let (method, path) = (exchange.method.as_str(), exchange.path.as_str());
        assert_eq!(
            exchange.version.as_deref(),
            Some(SQUARE_VERSION),
            "{method} {path}"
        );
        if let Some(request) = &exchange.request {
            let schema = spec
                .request_schema(path, method)
                .unwrap_or_else(|| panic!("{method} {path} takes no body in Square's document"));
            for misfit in spec.check(schema, request, Direction::Request) {
                misfits.push(format!("request {method} {path} {misfit}"));
            }
        }
        // Square answers errors in the operation's own response type (its `errors` field).
        let schema = spec
            .response_schema(path, method, exchange.status)
            .or_else(|| spec.response_schema(path, method, 200))
            .unwrap_or_else(|| panic!("{method} {path} is not in Square's document"));
        for misfit in spec.check(schema, &exchange.answer, Direction::Response) {
            misfits.push(format!(
                "answer {} {method} {path} {misfit}",
                exchange.status
            ));
        }
    }
    assert!(journal.len() > 5, "only {} exchanges", journal.len());
    assert!(
        misfits.is_empty(),
        "{} misfits:\n{}",
        misfits.len(),
        misfits.join("\n")
    );
}
