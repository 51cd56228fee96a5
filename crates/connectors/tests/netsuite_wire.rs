//! NetSuite's wire facts, pinned against the simulator by hand-made requests: one test per
//! row of docs/vendors/netsuite.md, named `fact_*` so the table can cite it. Each fact comes
//! from Oracle's documentation or from field evidence; the table says which.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use osd_connectors::oauth1;
use osd_simulators::netsuite::{Account, Item, NetSuiteSimulator, RESULT_CAP};
use serde_json::{json, Value};

mod netsuite_account;
use netsuite_account::{demo_account, REALM};

async fn start(account: Account) -> NetSuiteSimulator {
    netsuite_account::start(account, Duration::from_secs(3600))
        .await
        .0
}

struct Call {
    status: u16,
    location: Option<String>,
    body: Value,
}

async fn send(
    sim: &NetSuiteSimulator,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
    transient: bool,
) -> Call {
    let url = sim.base_url().join(path).unwrap();
    let mut request = reqwest::Client::new()
        .request(method, url)
        .bearer_auth(sim.issue_token());
    if transient {
        request = request.header("Prefer", "transient");
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let answer = request.send().await.unwrap();
    let status = answer.status().as_u16();
    let location = answer
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string());
    let text = answer.text().await.unwrap();
    Call {
        status,
        location,
        body: serde_json::from_str(&text).unwrap_or(Value::Null),
    }
}

async fn suiteql(sim: &NetSuiteSimulator, q: &str, limit: usize, offset: usize) -> Call {
    send(
        sim,
        reqwest::Method::POST,
        &format!("services/rest/query/v1/suiteql?limit={limit}&offset={offset}"),
        Some(json!({ "q": q })),
        true,
    )
    .await
}

fn ids(call: &Call) -> Vec<String> {
    call.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

/// A sales order the demo account accepts, with `lines` lines.
fn order_body(lines: usize) -> Value {
    json!({
        "entity": { "id": "2000" },
        "currency": { "id": "1" },
        "tranDate": "2026-11-20",
        "otherRefNum": "#5001",
        "item": { "items": (0..lines).map(|i| json!({
            "item": { "id": (500 + i).to_string() },
            "quantity": 1,
            "rate": 24.0,
        })).collect::<Vec<_>>() },
    })
}

#[tokio::test]
async fn fact_record_status_is_label_with_letter_in_order_status() {
    let sim = start(demo_account()).await;
    sim.insert_sales_order("shopify-1", order_body(2));
    let read = send(
        &sim,
        reqwest::Method::GET,
        "services/rest/record/v1/salesOrder/eid:shopify-1",
        None,
        false,
    )
    .await;
    assert_eq!(read.status, 200);
    assert_eq!(
        read.body["status"],
        json!({ "id": "Pending Fulfillment", "refName": "Pending Fulfillment" })
    );
    assert_eq!(read.body["orderStatus"]["id"], "B");
    assert!(
        read.body["item"].get("items").is_none(),
        "sublists are links unless expanded"
    );
    let id = read.body["id"].as_str().unwrap().to_string();
    let expanded = send(
        &sim,
        reqwest::Method::GET,
        &format!("services/rest/record/v1/salesOrder/{id}?expandSubResources=true"),
        None,
        false,
    )
    .await;
    assert_eq!(expanded.body["item"]["items"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn fact_suiteql_status_is_the_bare_letter() {
    let sim = start(demo_account()).await;
    sim.insert_sales_order("shopify-1", order_body(1));
    let page = suiteql(
        &sim,
        "SELECT id, status, BUILTIN.DF(status) AS statusname FROM transaction WHERE type = 'SalesOrd'",
        1000,
        0,
    )
    .await;
    let row = &page.body["items"][0];
    assert_eq!(row["status"], "B");
    assert_eq!(row["statusname"], "Sales Order : Pending Fulfillment");
}

#[tokio::test]
async fn fact_upsert_without_replace_adds_lines_and_replace_item_swaps_them() {
    let sim = start(demo_account()).await;
    let path = "services/rest/record/v1/salesOrder/eid:shopify-2";
    let lines = || sim.sales_orders()[0].lines.len();
    let first = send(&sim, reqwest::Method::PUT, path, Some(order_body(2)), false).await;
    assert_eq!(first.status, 204, "{:?}", first.body);
    assert!(first.location.unwrap().contains("/record/v1/salesOrder/"));
    assert_eq!(lines(), 2);
    let again = send(&sim, reqwest::Method::PUT, path, Some(order_body(2)), false).await;
    assert_eq!(again.status, 204);
    assert_eq!(
        (sim.sales_orders().len(), lines()),
        (1, 4),
        "the same record, its lines added to"
    );
    let replaced = send(
        &sim,
        reqwest::Method::PUT,
        &format!("{path}?replace=item"),
        Some(order_body(2)),
        false,
    )
    .await;
    assert_eq!(replaced.status, 204);
    assert_eq!(lines(), 2);
}

#[tokio::test]
async fn fact_external_id_is_unique_per_record_type() {
    let sim = start(demo_account()).await;
    let mut body = order_body(1);
    body["externalId"] = json!("shopify-3");
    let path = "services/rest/record/v1/salesOrder";
    let first = send(&sim, reqwest::Method::POST, path, Some(body.clone()), false).await;
    assert_eq!(first.status, 204);
    let second = send(&sim, reqwest::Method::POST, path, Some(body), false).await;
    assert_eq!(second.status, 400);
    assert!(second.body["o:errorDetails"][0]["detail"]
        .as_str()
        .unwrap()
        .contains("This record already exists"));
    assert_eq!(sim.sales_orders().len(), 1);
}

#[tokio::test]
async fn fact_suiteql_pages_hold_at_most_1000_rows() {
    let mut account = demo_account();
    account.items.extend((0..2000).map(|i| Item {
        id: (10_000 + i).to_string(),
        sku: format!("P-{i}"),
        inactive: false,
    }));
    let total = account.items.len();
    let sim = start(account).await;
    let q = "SELECT id FROM item ORDER BY id";
    let first = suiteql(&sim, q, 5000, 0).await;
    assert_eq!(first.body["count"], 1000, "a page holds at most 1,000 rows");
    assert_eq!(first.body["hasMore"], true);
    assert_eq!(first.body["offset"], 0);
    assert_eq!(first.body["totalResults"], total);
    assert_eq!(first.body["links"][0]["rel"], "next");
    let last = suiteql(&sim, q, 1000, 2000).await;
    assert_eq!(last.body["count"], total - 2000);
    assert_eq!(last.body["hasMore"], false);
}

#[tokio::test]
async fn fact_a_query_reaches_at_most_100000_results() {
    let mut account = demo_account();
    account.items.extend((0..RESULT_CAP + 500).map(|i| Item {
        id: (1_000_000 + i).to_string(),
        sku: format!("M-{i}"),
        inactive: false,
    }));
    let sim = start(account).await;
    let q = "SELECT id FROM item ORDER BY id";
    let near = suiteql(&sim, q, 1000, RESULT_CAP - 1000).await;
    assert_eq!(near.body["count"], 1000);
    assert_eq!(
        near.body["hasMore"], false,
        "rows past 100,000 are not served"
    );
    assert_eq!(near.body["totalResults"], RESULT_CAP);
    let past = suiteql(&sim, q, 1000, RESULT_CAP).await;
    assert_eq!(past.body["count"], 0);
    let after = suiteql(
        &sim,
        &format!(
            "SELECT id FROM item WHERE id > {} ORDER BY id",
            ids(&near).last().unwrap()
        ),
        1000,
        0,
    )
    .await;
    assert!(
        after.body["count"].as_u64().unwrap() > 0,
        "a new query after the last key reads on"
    );
}

#[tokio::test]
async fn fact_rows_without_order_by_come_in_no_fixed_order() {
    let sim = start(demo_account()).await;
    let unordered = "SELECT id FROM item";
    let a = ids(&suiteql(&sim, unordered, 1000, 0).await);
    let b = ids(&suiteql(&sim, unordered, 1000, 0).await);
    assert_ne!(a, b, "nothing fixes the order");
    let ordered = "SELECT id FROM item ORDER BY id";
    assert_eq!(
        ids(&suiteql(&sim, ordered, 1000, 0).await),
        ids(&suiteql(&sim, ordered, 1000, 0).await)
    );
}

#[tokio::test]
async fn fact_suiteql_dates_follow_the_user_preference_unless_to_char() {
    let sim = start(demo_account()).await;
    sim.update(|s| s.date_format = "%d/%m/%Y".into());
    let page = suiteql(
        &sim,
        "SELECT id, startdate, TO_CHAR(startdate, 'YYYY-MM-DD') AS iso FROM accountingperiod ORDER BY id",
        1000,
        0,
    )
    .await;
    let row = &page.body["items"][0];
    let iso = chrono::NaiveDate::parse_from_str(row["iso"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    assert_eq!(row["startdate"], iso.format("%d/%m/%Y").to_string());
}

#[tokio::test]
async fn fact_suiteql_needs_prefer_transient() {
    let sim = start(demo_account()).await;
    let call = send(
        &sim,
        reqwest::Method::POST,
        "services/rest/query/v1/suiteql",
        Some(json!({ "q": "SELECT id FROM item" })),
        false,
    )
    .await;
    assert_eq!(call.status, 400);
}

#[tokio::test]
async fn fact_a_missing_permission_is_403_insufficient_permission() {
    let sim = start(demo_account()).await;
    sim.update(|s| {
        s.role.lacks.insert("Lists -> Items".into());
    });
    let call = suiteql(&sim, "SELECT id FROM item ORDER BY id", 1000, 0).await;
    assert_eq!(call.status, 403);
    let detail = &call.body["o:errorDetails"][0];
    assert_eq!(detail["o:errorCode"], "INSUFFICIENT_PERMISSION");
    assert!(detail["detail"]
        .as_str()
        .unwrap()
        .contains("'Lists -> Items' permission"));
}

#[tokio::test]
async fn fact_tba_realm_is_upper_case_with_underscore() {
    let sim = start(demo_account()).await;
    let url = sim
        .base_url()
        .join("services/rest/query/v1/suiteql")
        .unwrap();
    let credentials = oauth1::Credentials {
        consumer_key: "ck-1",
        consumer_secret: "cs-1",
        token: "tk-1",
        token_secret: "ts-1",
    };
    for (realm, status) in [("1234567-sb1", 401), (REALM, 200)] {
        let header = oauth1::authorization_header(
            "POST",
            &url,
            Some(realm),
            &credentials,
            chrono::Utc::now().timestamp(),
            &format!("nonce{realm}"),
        );
        let answer = reqwest::Client::new()
            .post(url.clone())
            .header("Authorization", header)
            .header("Prefer", "transient")
            .json(&json!({ "q": "SELECT id FROM subsidiary" }))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status().as_u16(), status, "realm {realm}");
    }
}

#[tokio::test]
async fn fact_too_long_and_scoped_reference_texts() {
    let sim = start(demo_account()).await;
    let path = "services/rest/record/v1/salesOrder/eid:shopify-4";
    let mut long = order_body(1);
    long["billingAddress"] = json!({ "addr1": "x".repeat(151), "country": { "id": "US" } });
    let refused = send(&sim, reqwest::Method::PUT, path, Some(long), false).await;
    assert_eq!(refused.status, 400);
    assert_eq!(
        refused.body["o:errorDetails"][0]["detail"],
        "Error while accessing a resource. The field addr1 contained more than the maximum number ( 150 ) of characters allowed."
    );
    let mut elsewhere = order_body(1);
    elsewhere["subsidiary"] = json!({ "id": "2" });
    let refused = send(&sim, reqwest::Method::PUT, path, Some(elsewhere), false).await;
    assert_eq!(
        refused.body["o:errorDetails"][0]["detail"],
        "Invalid entity reference key 2000 for subsidiary 2."
    );
    assert!(sim.sales_orders().is_empty());
}
