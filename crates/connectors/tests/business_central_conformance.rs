//! The Business Central connector and simulator against Microsoft's own API pages: every
//! field the connector writes exists on its page and is not `Editable = false`, every field
//! it reads or filters on exists; the simulator's page tables are the pages', and what it
//! serves carries only their fields. The pages are read from
//! `shared/vendor-specs/business_central/api_v2_pages.json` (parsed from the AL source of
//! microsoft/ALAppExtensions `Apps/W1/APIV2/app/src/pages/`), never from a copy.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use osd_connectors::business_central::wire::{self, PageUse};
use osd_connectors::{DraftLine, ErpOrderDraft, NewCustomer, NewItem, Ref};
use osd_model::Address;
use osd_simulators::business_central::{from_demo, pages, BcSimulator};
use osd_simulators::{demo, vendor_specs};
use rust_decimal_macros::dec;
use serde_json::Value;

fn artifact() -> Value {
    let text =
        vendor_specs::read("business_central/api_v2_pages.json").unwrap_or_else(|e| panic!("{e}"));
    serde_json::from_str(&text).unwrap()
}

/// A page of the artifact by entity set, when the artifact has it.
fn page<'a>(artifact: &'a Value, entity_set: &str) -> Option<&'a Value> {
    artifact["entity_sets"].get(entity_set)
}

fn has_field(page: &Value, field: &str) -> bool {
    page["fields"].get(field).is_some()
}

fn read_only(page: &Value, field: &str) -> bool {
    page["fields"][field]["editable_false"] == Value::Bool(true)
}

fn full_draft() -> ErpOrderDraft {
    let address = Address {
        name: "Ada Lovelace".into(),
        company: Some("Analytical Engines".into()),
        line1: "1 Market Street".into(),
        line2: Some("Suite 2".into()),
        city: "Oakland".into(),
        province: Some("California".into()),
        province_code: Some("CA".into()),
        postcode: Some("94607".into()),
        country: Some("United States".into()),
        country_code: Some("US".into()),
        phone: Some("+1 510 555 0100".into()),
    };
    ErpOrderDraft {
        external_id: "shopify-1".into(),
        order_name: "#1001".into(),
        tran_date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        customer: Ref::Id("CUST0001".into()),
        currency: Ref::Id("EUR".into()),
        tax_code: Some(Ref::Id("TAXABLE".into())),
        lines: vec![DraftLine {
            item: Ref::Id("TSHIRT-BLK-M".into()),
            quantity: dec!(2),
            unit_price: dec!(24.99),
            description: "T-shirt".into(),
        }],
        billing: Some(address.clone()),
        shipping: Some(address),
        shipping_cost: dec!(5),
        memo: "shopify order #1001".into(),
    }
}

/// (page, field) pairs a write names, nested parts included.
fn written(entity_set: &str, body: &Value, artifact: &Value, out: &mut Vec<(String, String)>) {
    let page =
        page(artifact, entity_set).unwrap_or_else(|| panic!("{entity_set} not in the artifact"));
    for (key, value) in body.as_object().unwrap() {
        match page["parts"].get(key) {
            Some(part) => {
                let lines = part["entity_set_name"].as_str().unwrap();
                for line in value.as_array().unwrap() {
                    written(lines, line, artifact, out);
                }
            }
            None => out.push((entity_set.to_string(), key.clone())),
        }
    }
}

#[test]
fn every_field_the_connector_writes_is_on_its_page_and_editable() {
    let artifact = artifact();
    let mut fields = Vec::new();
    written(
        "salesOrders",
        &wire::sales_order_body(&full_draft()),
        &artifact,
        &mut fields,
    );
    written(
        "items",
        &wire::item_body(&NewItem {
            sku: "CANDLE-LAV-XL".into(),
            name: "Lavender candle XL".into(),
        }),
        &artifact,
        &mut fields,
    );
    written(
        "customers",
        &wire::customer_body(&NewCustomer {
            key: "a@b.example".into(),
            name: "Ada".into(),
            email: Some("a@b.example".into()),
        }),
        &artifact,
        &mut fields,
    );
    assert!(
        fields.len() > 20,
        "the full draft writes every field: {fields:?}"
    );
    for (entity_set, field) in &fields {
        let page = page(&artifact, entity_set).unwrap();
        assert!(
            has_field(page, field),
            "{entity_set} has no field {field} ({})",
            page["path"]
        );
        assert!(
            !read_only(page, field),
            "{entity_set}.{field} is Editable = false ({})",
            page["path"]
        );
        assert_ne!(
            page["InsertAllowed"], "false",
            "{entity_set} takes no inserts"
        );
    }
}

/// Pages the connector reads that the artifact does not hold are checked against the
/// simulator's tables, which were read from their AL source.
fn known_fields(artifact: &Value, entity_set: &str) -> (BTreeSet<String>, &'static str) {
    match page(artifact, entity_set) {
        Some(page) => (
            page["fields"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect(),
            "vendor artifact",
        ),
        None => {
            let page = pages::page(entity_set)
                .unwrap_or_else(|| panic!("{entity_set}: neither in the artifact nor read"));
            (
                page.fields.iter().map(|f| f.name.to_string()).collect(),
                page.source,
            )
        }
    }
}

#[test]
fn every_field_the_connector_reads_or_filters_on_is_on_its_page() {
    let artifact = artifact();
    let check = |entity_set: &str, fields: &[&str]| {
        let (known, source) = known_fields(&artifact, entity_set);
        for field in fields {
            assert!(
                known.contains(*field),
                "{entity_set} has no field {field} ({source})"
            );
        }
    };
    for use_ in wire::READS {
        let PageUse {
            entity_set,
            reads,
            filters,
            lines,
        } = use_;
        check(entity_set, reads);
        check(entity_set, filters);
        if let Some(lines) = lines {
            let parts: Vec<String> = match page(&artifact, entity_set) {
                Some(page) => page["parts"].as_object().unwrap().keys().cloned().collect(),
                None => pages::page(entity_set)
                    .unwrap()
                    .parts
                    .iter()
                    .map(|p| p.to_string())
                    .collect(),
            };
            assert!(
                parts.iter().any(|p| p == lines.part),
                "{entity_set} has no part {}",
                lines.part
            );
            check(lines.part, lines.reads);
        }
    }
    // The status the connector maps is the enum the page documents.
    assert_eq!(
        artifact["enums"]["salesOrder.status"]["wire"],
        serde_json::json!(["Draft", "In_x0020_Review", "Open"])
    );
}

#[test]
fn the_simulators_pages_are_microsofts_pages() {
    let artifact = artifact();
    let mut compared = 0;
    for sim_page in pages::PAGES {
        let Some(page) = page(&artifact, sim_page.entity_set) else {
            continue;
        };
        compared += 1;
        let theirs: BTreeSet<String> = page["fields"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        let ours: BTreeSet<String> = sim_page.fields.iter().map(|f| f.name.to_string()).collect();
        assert_eq!(ours, theirs, "fields of {}", sim_page.entity_set);
        for field in sim_page.fields {
            assert_eq!(
                field.editable,
                !read_only(page, field.name),
                "{}.{} editable",
                sim_page.entity_set,
                field.name
            );
        }
        let parts: BTreeSet<String> = page["parts"].as_object().unwrap().keys().cloned().collect();
        let our_parts: BTreeSet<String> = sim_page.parts.iter().map(|p| p.to_string()).collect();
        assert_eq!(our_parts, parts, "parts of {}", sim_page.entity_set);
        let inserts = page["InsertAllowed"] != "false" && page["Editable"] != "false";
        assert_eq!(
            sim_page.insert_allowed, inserts,
            "{} inserts",
            sim_page.entity_set
        );
    }
    assert_eq!(compared, 9, "every page of the artifact is simulated");
}

/// What the simulator serves, row by row, carries only fields of the page it serves.
#[tokio::test]
async fn the_simulator_serves_only_fields_of_its_pages() {
    let artifact = artifact();
    let account = demo::build(demo::reference_now()).account;
    let sim = BcSimulator::start(from_demo(&account, "app-id", "app-secret"), 0)
        .await
        .unwrap();
    let http = reqwest::Client::new();
    let bearer = sim.issue_token().unwrap();
    let company = sim.update(|s| s.company_id.clone()).unwrap();
    let base = sim
        .api_url()
        .join(&format!("companies({company})/"))
        .unwrap();
    let post = |url: url::Url, body: Value| {
        let http = http.clone();
        let bearer = bearer.clone();
        async move {
            http.post(url)
                .bearer_auth(bearer)
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    // One order posted, one open, so every document page has a row.
    for external in ["shopify-1", "shopify-2"] {
        let mut draft = full_draft();
        draft.external_id = external.into();
        draft.currency = Ref::Id(String::new());
        let answer = post(
            base.join("salesOrders").unwrap(),
            wire::sales_order_body(&draft),
        )
        .await;
        assert_eq!(answer.status(), 201, "{}", answer.text().await.unwrap());
    }
    sim.post_order("shopify-1").unwrap();

    for sim_page in pages::PAGES.iter().filter(|p| p.entity_set != "companies") {
        if sim_page.entity_set.ends_with("Lines") {
            continue; // served inside their documents, checked below
        }
        let Some(page) = page(&artifact, sim_page.entity_set) else {
            continue;
        };
        let mut url = base.join(sim_page.entity_set).unwrap();
        let lines_part = sim_page
            .parts
            .iter()
            .find(|p| p.ends_with("Lines") && **p != "dimensionSetLines");
        if let Some(part) = lines_part {
            url.query_pairs_mut().append_pair("$expand", part);
        }
        let rows: Value = http
            .get(url)
            .bearer_auth(&bearer)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let rows = rows["value"].as_array().unwrap();
        assert!(!rows.is_empty(), "{} serves rows", sim_page.entity_set);
        for row in rows {
            for (key, value) in row.as_object().unwrap() {
                if key.starts_with('@') {
                    continue;
                }
                if Some(key.as_str()) == lines_part.copied() {
                    let lines_set = page["parts"][key]["entity_set_name"].as_str().unwrap();
                    let (known, source) = known_fields(&artifact, lines_set);
                    for line in value.as_array().unwrap() {
                        for line_key in line.as_object().unwrap().keys() {
                            assert!(
                                known.contains(line_key),
                                "{lines_set} has no {line_key} ({source})"
                            );
                        }
                    }
                    continue;
                }
                assert!(
                    has_field(page, key),
                    "{} serves {key}, which its page lacks",
                    sim_page.entity_set
                );
            }
        }
    }

    // And refuses what Business Central refuses: a read-only field, an unknown one.
    for (field, text) in [
        ("billToCity", "Control 'billToCity' is read-only."),
        ("sellToName", "Could not find a property named 'sellToName'"),
    ] {
        let mut body = wire::sales_order_body(&full_draft());
        body[field] = "Berkeley".into();
        let answer = post(base.join("salesOrders").unwrap(), body).await;
        assert_eq!(answer.status(), 400);
        let answer = answer.text().await.unwrap();
        assert!(answer.contains(text), "{answer}");
    }
}
