//! A Shopify-format CSV store and a real Tryton ERP, end to end through `sync-doctor
//! --profile`. scripts/test.sh starts Tryton (scripts/tryton/start.sh) and sets
//! SYNC_DOCTOR_TRYTON_URL and SYNC_DOCTOR_TRYTON_PASSWORD; without them the test is skipped.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::process::Command;

use base64::Engine;
use chrono::Datelike;
use serde_json::{json, Value};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sync-doctor"))
}

/// The sales Tryton holds for these references, read over its JSON-RPC.
fn sales(url: &str, password: &str, references: &[String]) -> Vec<Value> {
    let rpc = |method: &str, params: Value, auth: Option<&str>| -> Value {
        let client = reqwest::blocking::Client::new();
        let mut request = client
            .post(format!("{url}shop/rpc/"))
            .json(&json!({"id": 1, "method": method, "params": params}));
        if let Some(auth) = auth {
            request = request.header("Authorization", auth);
        }
        request.send().unwrap().json().unwrap()
    };
    let login = rpc(
        "common.db.login",
        json!(["admin", {"password": password}, "en"]),
        None,
    );
    let (uid, token) = (
        login["result"][0].as_i64().unwrap(),
        login["result"][1].as_str().unwrap().to_string(),
    );
    let auth = format!(
        "Session {}",
        base64::engine::general_purpose::STANDARD.encode(format!("admin:{uid}:{token}"))
    );
    let found = rpc(
        "model.sale.sale.search_read",
        json!([[["reference", "in", references]], 0, null, null, ["reference", "state"], {"company": 1}]),
        Some(&auth),
    );
    found["result"].as_array().unwrap().clone()
}

#[test]
fn a_csv_store_and_a_real_tryton_check_and_reprocess_exactly_once() {
    let (Ok(url), Ok(password)) = (
        std::env::var("SYNC_DOCTOR_TRYTON_URL"),
        std::env::var("SYNC_DOCTOR_TRYTON_PASSWORD"),
    ) else {
        eprintln!("skipped: set SYNC_DOCTOR_TRYTON_URL and SYNC_DOCTOR_TRYTON_PASSWORD (scripts/test.sh does)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let run = std::process::id();
    let today = chrono::Utc::now();
    let last_month = (today.date_naive().with_day0(0).unwrap() - chrono::Duration::days(10))
        .format("%Y-%m-%d 10:00:00 +0000")
        .to_string();
    let now = today.format("%Y-%m-%d %H:%M:%S +0000").to_string();
    // Good, unknown SKU, unknown customer, inactive currency, dated in the closed period,
    // discontinued product.
    // The unknown SKU and customer are new each run: a remedy creates them in Tryton.
    let nope = format!("NOPE-{run}");
    let stranger = format!("stranger{run}@example.com");
    let rows = [
        (
            format!("#T{run}-1"),
            "customer1@example.com",
            "USD",
            now.clone(),
            "TSHIRT-BLK-M",
        ),
        (
            format!("#T{run}-2"),
            "customer1@example.com",
            "USD",
            now.clone(),
            nope.as_str(),
        ),
        (
            format!("#T{run}-3"),
            stranger.as_str(),
            "USD",
            now.clone(),
            "MUG-NAT-M",
        ),
        (
            format!("#T{run}-4"),
            "customer2@example.com",
            "CAD",
            now.clone(),
            "CAP-SGE-L",
        ),
        (
            format!("#T{run}-5"),
            "customer2@example.com",
            "USD",
            last_month,
            "MUG-NAT-M",
        ),
        // A product the Tryton user discontinued (its template deactivated in the fixture).
        (
            format!("#T{run}-6"),
            "customer1@example.com",
            "USD",
            now.clone(),
            "LAMP-OLD",
        ),
    ];
    let mut csv = String::from("Name,Email,Currency,Subtotal,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Tax 1 Name,Tax 1 Value,Billing Name,Billing Address1,Billing City,Billing Province,Billing Country\n");
    for (name, email, currency, created, sku) in &rows {
        csv.push_str(&format!("{name},{email},{currency},20.00,1.45,21.45,{created},1,Item,20.00,{sku},CA State Tax 7.25%,1.45,Ada Lovelace,1 Market Street,Oakland,CA,US\n"));
    }
    std::fs::write(dir.path().join("orders.csv"), csv).unwrap();
    let profile = dir.path().join("tryton.toml");
    std::fs::write(&profile, format!("name = \"tryton-{run}\"\n[store]\nkind = \"csv\"\npath = \"orders.csv\"\n[erp]\nkind = \"tryton\"\nurl = \"{url}\"\ndatabase = \"shop\"\nusername = \"admin\"\nsecret_env = \"TRYTON_PASSWORD\"\n")).unwrap();
    let data = tempfile::tempdir().unwrap();
    let sync_doctor = |args: &[&str]| {
        let out = bin()
            .env("TRYTON_PASSWORD", &password)
            .env("SYNC_DOCTOR_DATA_DIR", data.path())
            .arg("--profile")
            .arg(&profile)
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };

    let (code, stdout, stderr) = sync_doctor(&["check", "--json"]);
    assert_eq!(code, 1, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    let findings: Vec<(String, Vec<String>)> = report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["findings"].as_array().unwrap().clone())
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["orders"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|o| o.as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect();
    let orders_of = |code: &str| {
        findings
            .iter()
            .filter(|(c, _)| c == code)
            .flat_map(|(_, o)| o.clone())
            .collect::<Vec<_>>()
    };
    let mut unsellable = orders_of("sku_not_found");
    unsellable.sort();
    assert_eq!(
        unsellable,
        vec![rows[1].0.clone(), rows[5].0.clone()],
        "an unknown SKU and a discontinued one: {findings:?}"
    );
    assert_eq!(orders_of("customer_not_found"), vec![rows[2].0.clone()]);
    assert_eq!(orders_of("currency_inactive"), vec![rows[3].0.clone()]);
    assert_eq!(orders_of("period_closed"), vec![rows[4].0.clone()]);

    let (_, stdout, _) = sync_doctor(&["reprocess", "--all-failed", "--json"]);
    let first: Value = serde_json::from_str(&stdout).unwrap();
    let mut created: Vec<&str> = first["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "created")
        .map(|r| r["order"].as_str().unwrap())
        .collect();
    created.sort();
    assert_eq!(
        created,
        vec![rows[0].0.as_str(), rows[4].0.as_str()],
        "the good order and the one Tryton takes despite its date: {first}"
    );
    assert!(first["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "created")
        .all(|r| r["erp_status"] == "processing"));
    let (_, stdout, _) = sync_doctor(&["reprocess", "--all-failed", "--json"]);
    let second: Value = serde_json::from_str(&stdout).unwrap();
    assert!(second["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["outcome"] != "created"));

    let references: Vec<String> = rows
        .iter()
        .map(|(name, ..)| format!("csv-{}", name.trim_start_matches('#')))
        .collect();
    let held = sales(&url, &password, &references);
    assert_eq!(
        held.len(),
        2,
        "exactly one sale per order that went through: {held:?}"
    );

    // Create the missing product and party in Tryton with the remedies `check` offers; the
    // two orders they held back then go through, each once.
    for remedy in [
        format!("create-item:{nope}"),
        format!("create-customer:{stranger}"),
    ] {
        let (code, stdout, stderr) = sync_doctor(&["fix", &remedy, "--yes"]);
        assert_eq!(code, 0, "{remedy}: {stdout}{stderr}");
        assert!(stdout.contains("Creates the"), "{stdout}");
    }
    let (_, stdout, _) = sync_doctor(&["reprocess", "--all-failed", "--json"]);
    let third: Value = serde_json::from_str(&stdout).unwrap();
    let mut created: Vec<&str> = third["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "created" && r["erp_status"] == "processing")
        .map(|r| r["order"].as_str().unwrap())
        .collect();
    created.sort();
    assert_eq!(
        created,
        vec![rows[1].0.as_str(), rows[2].0.as_str()],
        "{third}"
    );
    // The discontinued product's order is still held back: nothing sent it to Tryton.
    assert!(third["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["order"] != rows[5].0.as_str() || r["outcome"] != "created"));
    assert_eq!(sales(&url, &password, &references).len(), 4);
}
