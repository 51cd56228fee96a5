//! The Shopify connector against Shopify's own published Admin GraphQL schema
//! (`shared/vendor-specs/shopify/admin_*.json.gz`, introspection from `@shopify/dev-mcp`):
//! every document the connector sends validates (graphql-js's rules, through graphql-core) with
//! no deprecated field, for the version it pins and for every newer schema there; and the
//! simulator's answers to those documents have the schema's types and nullability, so the
//! simulator cannot drift from Shopify while the connector follows it.
//!
//! The checker is `scripts/shopify-schema/check.py`; `scripts/shopify-schema/venv.sh` installs
//! graphql-core, and scripts/test.sh exports its python as `SYNC_DOCTOR_GRAPHQL_PYTHON`. Without
//! graphql-core these tests fail under CI and say how to install it elsewhere.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use osd_connectors::shopify::{documents, API_VERSION, DOCUMENTS};
use osd_simulators::shopify::{ShopOrder, ShopifySimulator};
use osd_simulators::{demo, vendor_specs};
use serde_json::{json, Value};

const TOKEN: &str = "shpat_schema_test";

fn checker() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/shopify-schema/check.py")
}

/// The python that has graphql-core, or `None` (outside CI) after saying how to get one.
fn graphql_python() -> Option<String> {
    let has_graphql = |python: &str| {
        Command::new(python)
            .args(["-c", "import graphql"])
            .status()
            .is_ok_and(|s| s.success())
    };
    if let Ok(python) = std::env::var("SYNC_DOCTOR_GRAPHQL_PYTHON") {
        assert!(
            has_graphql(&python),
            "SYNC_DOCTOR_GRAPHQL_PYTHON={python} cannot import graphql (graphql-core)"
        );
        return Some(python);
    }
    if has_graphql("python3") {
        return Some("python3".into());
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "graphql-core is missing: scripts/test.sh installs it (scripts/shopify-schema/venv.sh)"
    );
    eprintln!("skipped: no graphql-core; run `export SYNC_DOCTOR_GRAPHQL_PYTHON=$(scripts/shopify-schema/venv.sh)`");
    None
}

/// The published schemas, oldest first: `admin_YYYY-MM.json.gz`.
fn schemas() -> Vec<(String, PathBuf)> {
    let folder = vendor_specs::folder().join("shopify");
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_name()?.to_str()?;
            let version = name.strip_prefix("admin_")?.strip_suffix(".json.gz")?;
            Some((version.to_string(), path))
        })
        .collect();
    found.sort();
    found
}

/// The schemas a connector document must satisfy: the pinned version's and every newer one.
fn pinned_and_newer() -> Vec<(String, PathBuf)> {
    let all = schemas();
    assert!(
        all.iter().any(|(v, _)| v == API_VERSION),
        "the connector pins {API_VERSION}, but shared/vendor-specs/shopify has no schema for it"
    );
    all.into_iter()
        .filter(|(v, _)| v.as_str() >= API_VERSION)
        .collect()
}

/// Run the checker on one request; the problems it found.
fn check(python: &str, request: Value) -> Vec<String> {
    let mut child = Command::new(python)
        .arg(checker())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(request.to_string().as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let answer: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "the checker printed no JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    });
    assert_ne!(output.status.code(), Some(2), "{answer}");
    answer["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect()
}

/// Every document, with the bulk query as sent for a first pull and for a later one.
fn documents_json() -> Value {
    let since = Some(demo::reference_now());
    DOCUMENTS
        .iter()
        .map(|(name, text)| (name.to_string(), json!(text)))
        .chain([
            (
                "bulk_orders_all".to_string(),
                json!(documents::bulk_orders_query(None)),
            ),
            (
                "bulk_orders_since".to_string(),
                json!(documents::bulk_orders_query(since)),
            ),
        ])
        .collect::<serde_json::Map<_, _>>()
        .into()
}

#[test]
fn the_export_documents_validate_on_the_pinned_version_and_newer() {
    let Some(python) = graphql_python() else {
        return;
    };
    let export: Value = documents::EXPORT_DOCUMENTS
        .iter()
        .map(|(name, text)| (name.to_string(), json!(text)))
        .collect::<serde_json::Map<_, _>>()
        .into();
    for (version, schema) in pinned_and_newer() {
        let problems = check(&python, json!({ "schema": schema, "documents": export }));
        assert!(problems.is_empty(), "against {version}: {problems:#?}");
    }
}

#[test]
fn every_document_the_connector_sends_validates_without_deprecated_fields() {
    let Some(python) = graphql_python() else {
        return;
    };
    for (version, schema) in pinned_and_newer() {
        let problems = check(
            &python,
            json!({ "schema": schema, "documents": documents_json() }),
        );
        assert!(problems.is_empty(), "against {version}: {problems:#?}");
    }
    // 2025-10 is past its 12 months, but a shop pinned to it must still be readable.
    let (_, oldest) = schemas().into_iter().next().unwrap();
    let problems = check(
        &python,
        json!({ "schema": oldest, "documents": documents_json() }),
    );
    assert!(
        problems.is_empty(),
        "against the oldest schema: {problems:#?}"
    );
}

#[test]
fn the_checker_refuses_a_deprecated_field_and_one_the_schema_lacks() {
    let Some(python) = graphql_python() else {
        return;
    };
    let (_, schema) = pinned_and_newer().pop().unwrap();
    let deprecated =
        documents::ORDERS_QUERY.replace("defaultEmailAddress { emailAddress }", "email");
    assert_ne!(deprecated, documents::ORDERS_QUERY);
    let problems = check(
        &python,
        json!({ "schema": schema, "documents": {
            "deprecated": deprecated,
            "unknown": "query { shop { name currencyCode brand } }",
        } }),
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("deprecated:") && p.contains("Customer.email is deprecated")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("unknown:") && p.contains("'brand'")),
        "{problems:#?}"
    );
}

/// The demo's orders (guest checkouts, customers with and without e-mail, cancelled and test
/// orders, tax lines, several lines), and one order with more lines than a page holds.
fn shop_orders() -> Vec<ShopOrder> {
    let mut orders: Vec<ShopOrder> = demo::build(demo::reference_now())
        .orders
        .into_iter()
        .map(|o| o.shop)
        .collect();
    let mut long = orders[0].clone();
    long.order.store_id = "gid://shopify/Order/9990000001".into();
    long.order.name = "#9901".into();
    long.order.lines = (0..52).map(|_| orders[0].order.lines[0].clone()).collect();
    orders.push(long);
    orders
}

/// What the simulator answers to one of the connector's documents, as the connector sends it.
async fn ask(sim: &ShopifySimulator, version: &str, query: &str, variables: Value) -> Value {
    // Throttling is not what this test is about (tests/shopify.rs covers it): a full bucket.
    sim.drain_bucket(2000.0);
    let url = sim
        .base_url()
        .join(&format!("admin/api/{version}/graphql.json"))
        .unwrap();
    let answer: Value = reqwest::Client::new()
        .post(url)
        .header("X-Shopify-Access-Token", TOKEN)
        .json(&json!({ "query": query, "variables": variables }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(answer.get("errors").is_none(), "{answer}");
    answer["data"].clone()
}

#[tokio::test]
async fn the_simulators_answers_have_the_schemas_types_and_nullability() {
    let Some(python) = graphql_python() else {
        return;
    };
    let sim = ShopifySimulator::start("Schema shop", TOKEN, shop_orders(), 0)
        .await
        .unwrap();
    let mut answers = vec![json!({
        "document": "shop",
        "variables": {},
        "data": ask(&sim, API_VERSION, documents::SHOP_QUERY, json!({})).await,
    })];
    // Every page of a full pull (12 orders a page: 2 + 12 × 80 points is within the 1,000 one
    // query may cost), then a pull of what changed since a moment in the middle.
    let mut after: Option<String> = None;
    loop {
        let variables = documents::orders_variables(12, after.as_deref(), None);
        let data = ask(
            &sim,
            API_VERSION,
            documents::ORDERS_QUERY,
            variables.clone(),
        )
        .await;
        after = data["orders"]["pageInfo"]["endCursor"]
            .as_str()
            .map(str::to_string);
        let more = data["orders"]["pageInfo"]["hasNextPage"] == json!(true);
        answers.push(json!({ "document": "orders", "variables": variables, "data": data }));
        if !more {
            break;
        }
    }
    let since = demo::reference_now() - chrono::Duration::days(3);
    let variables = documents::orders_variables(12, None, Some(since));
    let data = ask(
        &sim,
        API_VERSION,
        documents::ORDERS_QUERY,
        variables.clone(),
    )
    .await;
    answers.push(json!({ "document": "orders", "variables": variables, "data": data }));

    let nodes: Vec<&Value> = answers[1..]
        .iter()
        .flat_map(|a| a["data"]["orders"]["edges"].as_array().unwrap())
        .map(|e| &e["node"])
        .collect();
    assert!(
        nodes.iter().any(|n| n["customer"].is_null()),
        "a guest checkout"
    );
    assert!(nodes
        .iter()
        .any(|n| n["customer"]["defaultEmailAddress"]["emailAddress"].is_string()));
    let long = nodes
        .iter()
        .find(|n| n["lineItems"]["pageInfo"]["hasNextPage"] == json!(true))
        .expect("an order with more lines than the first page");
    // The rest of that order's lines, as the connector asks for them.
    let variables =
        json!({ "id": long["id"], "after": long["lineItems"]["pageInfo"]["endCursor"] });
    let rest = ask(
        &sim,
        API_VERSION,
        documents::ORDER_LINES_QUERY,
        variables.clone(),
    )
    .await;
    assert_eq!(
        rest["order"]["lineItems"]["edges"]
            .as_array()
            .unwrap()
            .len(),
        42
    );
    answers.push(json!({ "document": "order_lines", "variables": variables, "data": rest }));
    answers.extend(export_answers(&sim).await);
    let mut documents = documents_json();
    for (name, text) in documents::EXPORT_DOCUMENTS {
        documents[name] = json!(text);
    }
    for (version, schema) in pinned_and_newer() {
        let problems = check(
            &python,
            json!({ "schema": schema, "documents": documents, "answers": answers }),
        );
        assert!(problems.is_empty(), "against {version}: {problems:#?}");
    }
}

/// The count, an export's start, its status while running and once done, and its file put back
/// together as the bulk query's answer (each line item under its order, `__parentId` dropped),
/// so every object in the file is held to the schema's types too.
async fn export_answers(sim: &ShopifySimulator) -> Vec<Value> {
    let mut answers = Vec::new();
    let count_variables = json!({ "query": null });
    let count = ask(
        sim,
        API_VERSION,
        documents::ORDERS_COUNT_QUERY,
        count_variables.clone(),
    )
    .await;
    assert!(
        count["ordersCount"]["count"].as_u64().unwrap() > 100,
        "{count}"
    );
    answers
        .push(json!({ "document": "orders_count", "variables": count_variables, "data": count }));
    // Slow enough that the first poll sees it running.
    sim.set_export_rate(200.0);
    let run_variables = json!({ "query": documents::bulk_orders_query(None) });
    let run = ask(
        sim,
        API_VERSION,
        documents::EXPORT_MUTATION,
        run_variables.clone(),
    )
    .await;
    let id = run["bulkOperationRunQuery"]["bulkOperation"]["id"].clone();
    assert!(id.is_string(), "{run}");
    answers.push(json!({ "document": "export", "variables": run_variables, "data": run }));
    let status_variables = json!({ "id": id });
    let running = ask(
        sim,
        API_VERSION,
        documents::EXPORT_STATUS_QUERY,
        status_variables.clone(),
    )
    .await;
    assert_ne!(running["bulkOperation"]["status"], "COMPLETED", "{running}");
    answers.push(
        json!({ "document": "export_status", "variables": status_variables, "data": running }),
    );
    sim.set_export_rate(1e9);
    let done = ask(
        sim,
        API_VERSION,
        documents::EXPORT_STATUS_QUERY,
        status_variables.clone(),
    )
    .await;
    assert_eq!(done["bulkOperation"]["status"], "COMPLETED", "{done}");
    answers.push(
        json!({ "document": "export_status", "variables": status_variables, "data": done.clone() }),
    );

    let file = reqwest::get(done["bulkOperation"]["url"].as_str().unwrap())
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let mut orders: Vec<Value> = Vec::new();
    let mut lines: Vec<Value> = Vec::new();
    for line in file.lines() {
        let mut object: Value = serde_json::from_str(line).unwrap();
        match object.as_object_mut().unwrap().remove("__parentId") {
            Some(parent) => lines.push(json!({ "parent": parent, "node": object })),
            None => orders.push(object),
        }
    }
    for order in &mut orders {
        let edges: Vec<Value> = lines
            .iter()
            .filter(|l| l["parent"] == order["id"])
            .map(|l| json!({ "node": l["node"] }))
            .collect();
        assert!(!edges.is_empty(), "every order has its lines in the file");
        order["lineItems"] = json!({ "edges": edges });
    }
    let edges: Vec<Value> = orders.into_iter().map(|o| json!({ "node": o })).collect();
    answers.push(json!({ "document": "bulk_orders_all", "variables": {}, "data": { "orders": { "edges": edges } } }));
    answers
}
