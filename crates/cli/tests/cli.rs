//! The `sync-doctor` binary, run as a user runs it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sync-doctor"));
    command.env_remove("SYNC_DOCTOR_LOG");
    // English whatever this machine's language: the tests read its words.
    for variable in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] {
        command.env_remove(variable);
    }
    command.env("LANG", "C.UTF-8");
    command
}

fn run(command: &mut Command) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = command.output().unwrap();
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

fn assert_check_schema(report: &Value) {
    let steps = report["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), 5);
    for (i, step) in steps.iter().enumerate() {
        assert_eq!(step["step"], i + 1);
        assert!(step["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(["ok", "warning", "failed"].contains(&step["status"].as_str().unwrap()));
        for f in step["findings"].as_array().unwrap() {
            assert!(f["code"].is_string());
            assert!(["error", "warning"].contains(&f["severity"].as_str().unwrap()));
            assert!(f["orders"].as_array().unwrap().iter().all(Value::is_string));
            for field in ["message", "fix", "detail"] {
                assert!(
                    f[field].as_str().is_some_and(|t| !t.is_empty()),
                    "{field} in {f}"
                );
            }
            for r in f["remedies"].as_array().unwrap() {
                assert!(r["id"].is_string() && r["label"].is_string());
            }
        }
    }
}

fn codes(report: &Value, step: usize) -> Vec<String> {
    report["steps"][step - 1]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn demo_check_json_follows_the_schema_and_finds_the_guides_errors() {
    let data = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = run(bin()
        .env("SYNC_DOCTOR_DATA_DIR", data.path())
        .args(["--demo", "check", "--json"]));
    assert_eq!(code, 1, "findings exit with 1; stderr: {stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_check_schema(&report);
    for code in [
        "sku_not_found",
        "customer_not_found",
        "period_closed",
        "erp_timeout",
    ] {
        assert!(codes(&report, 2).contains(&code.to_string()), "{code}");
    }
    for step in [1, 3, 4] {
        assert!(!codes(&report, step).is_empty(), "step {step} has findings");
    }
    assert_eq!(
        std::fs::read_dir(data.path()).unwrap().count(),
        0,
        "--demo never writes the app's data folder"
    );
}

#[test]
fn demo_check_text_uses_marks_and_plain_words() {
    let (code, stdout, _) = run(bin().args(["--demo", "check"]));
    assert_eq!(code, 1);
    assert!(stdout.contains("✗ 2. Error log"), "{stdout}");
    assert!(stdout.contains("! 1. Status and connection"));
    assert!(stdout.contains(
        "7 orders wait on one product code that NetSuite does not know: \"TSHRT-BLK-M\""
    ));
    assert!(
        !stdout.contains("o:errorDetails"),
        "raw errors only with --details"
    );
    let (_, details, _) = run(bin().args(["--demo", "check", "--details"]));
    assert!(details.contains("o:errorDetails"));
}

#[test]
fn the_check_speaks_the_language_asked_for_or_the_systems() {
    let (code, german, _) = run(bin().args(["--demo", "--lang", "de", "check"]));
    assert_eq!(code, 1);
    assert!(german.contains("✗ 2. Fehlerprotokoll"), "{german}");
    assert!(german.contains("„TSHRT-BLK-M“"), "{german}");
    assert!(german.contains("So beheben Sie es:") && !german.contains("Fix:"));
    // No choice: the system's language, when the app speaks it.
    let (_, french, _) = run(bin().env("LANG", "fr_BE.UTF-8").args(["--demo", "check"]));
    assert!(french.contains("2. Journal des erreurs"), "{french}");
    let (code, _, stderr) = run(bin().args(["--demo", "--lang", "ja", "check"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("en, de, fr, es or nl"), "{stderr}");
}

#[test]
fn usage_and_configuration_errors_exit_with_2() {
    let (code, _, stderr) = run(bin().arg("check"));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--demo") && stderr.contains("--profile"),
        "{stderr}"
    );
    assert_eq!(run(bin().args(["--demo", "frobnicate"])).0, 2);
    assert_eq!(
        run(bin().args(["--demo", "reprocess"])).0,
        2,
        "reprocess needs orders or --all-failed"
    );
    let (code, _, stderr) = run(bin().args(["--profile", "/nonexistent/profile.toml", "check"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("profile"), "{stderr}");
}

struct Simulator {
    child: Child,
    dir: tempfile::TempDir,
    env: HashMap<String, String>,
    netsuite: String,
}

impl Drop for Simulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `export NAME='value'` lines; values may span lines.
fn parse_env(text: &str) -> HashMap<String, String> {
    text.split("export ")
        .filter_map(|part| {
            let (name, value) = part.split_once('=')?;
            Some((
                name.trim().to_string(),
                value.trim().trim_matches('\'').to_string(),
            ))
        })
        .collect()
}

fn simulate() -> Simulator {
    simulate_store("shopify")
}

fn simulate_store(store: &str) -> Simulator {
    simulate_with(store, "netsuite")
}

fn simulate_with(store: &str, erp: &str) -> Simulator {
    simulate_args(&["--store", store, "--erp", erp])
}

fn simulate_args(args: &[&str]) -> Simulator {
    let dir = tempfile::tempdir().unwrap();
    let child = bin()
        .arg("simulate")
        .args(args)
        .arg("--write-profile")
        .arg(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let env_file = dir.path().join("simulated.env");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !(env_file.exists()
        && dir.path().join("simulated.json").exists()
        && dir.path().join("simulated.toml").exists())
    {
        assert!(
            Instant::now() < deadline,
            "simulate did not write its profile"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(100));
    let env = parse_env(&std::fs::read_to_string(&env_file).unwrap());
    let profile = std::fs::read_to_string(dir.path().join("simulated.toml")).unwrap();
    assert!(
        !profile.contains("PRIVATE KEY") && !profile.contains("shpat_"),
        "no secret in the profile"
    );
    let listening: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("simulated.json")).unwrap())
            .unwrap();
    let netsuite = listening["erp"].as_str().unwrap().to_string();
    Simulator {
        child,
        dir,
        env,
        netsuite,
    }
}

fn with_profile(sim: &Simulator, data: &Path, args: &[&str]) -> (i32, String, String) {
    let mut command = bin();
    command
        .envs(&sim.env)
        .env("SYNC_DOCTOR_DATA_DIR", data)
        .arg("--profile")
        .arg(sim.dir.path().join("simulated.toml"))
        .args(args);
    run(&mut command)
}

fn sales_orders(netsuite: &str) -> Vec<Value> {
    let url = format!("{netsuite}__sim/sales-orders");
    let body: Value = tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(async { reqwest::get(url).await.unwrap().json().await.unwrap() });
    body["items"].as_array().unwrap().clone()
}

#[test]
fn a_profile_against_the_simulators_checks_and_reprocesses_exactly_once() {
    let sim = simulate();
    let data = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = with_profile(&sim, data.path(), &["check", "--json"]);
    assert_eq!(code, 1, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_check_schema(&report);
    assert_eq!(
        report["steps"][0]["status"], "warning",
        "the certificate expiry is warned"
    );

    let before = sales_orders(&sim.netsuite).len();
    let (code, stdout, stderr) =
        with_profile(&sim, data.path(), &["reprocess", "--all-failed", "--json"]);
    assert_eq!(code, 1, "some orders still need a fix: {stderr}");
    let first: Value = serde_json::from_str(&stdout).unwrap();
    let results = first["results"].as_array().unwrap();
    for r in results {
        assert!(["created", "already_in_erp", "failed"].contains(&r["outcome"].as_str().unwrap()));
        assert!(r["order"].is_string());
        assert!(
            r.get("erp_id").is_some() && r.get("erp_status").is_some() && r.get("code").is_some()
        );
    }
    let created = results.iter().filter(|r| r["outcome"] == "created").count();
    assert!(created >= 10, "{created} created");

    let (_, stdout, _) = with_profile(&sim, data.path(), &["reprocess", "--all-failed", "--json"]);
    let second: Value = serde_json::from_str(&stdout).unwrap();
    assert!(second["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["outcome"] != "created"));

    let orders = sales_orders(&sim.netsuite);
    assert_eq!(orders.len(), before + created);
    let mut ids: Vec<&str> = orders
        .iter()
        .map(|o| o["externalId"].as_str().unwrap())
        .collect();
    ids.sort();
    let total = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), total, "each order exactly once");
    assert!(
        orders.iter().all(|o| o["writes"] == 1),
        "no order was written twice"
    );

    let (code, stdout, _) = with_profile(&sim, data.path(), &["orders", "--failed", "--json"]);
    assert_eq!(code, 0);
    let failed: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        failed["orders"].as_array().unwrap().len(),
        results.len() - created
    );
}

#[test]
fn a_csv_store_with_the_simulated_netsuite_checks_and_reprocesses() {
    let sim = simulate();
    let data = tempfile::tempdir().unwrap();
    // The same demo orders, as Shopify's export writes them, with one broken row.
    let orders: Vec<osd_model::Order> = osd_simulators::demo::build(chrono::Utc::now())
        .orders
        .into_iter()
        .map(|o| o.shop.order)
        .collect();
    let mut csv = osd_simulators::shopify_export::to_csv(&orders);
    csv.push_str("#9999,,,,,,,,,,,,,not-a-number,Broken,1.00,X\n");
    let csv_path = sim.dir.path().join("orders_export.csv");
    std::fs::write(&csv_path, csv).unwrap();
    let profile = std::fs::read_to_string(sim.dir.path().join("simulated.toml")).unwrap();
    let erp = &profile[profile.find("[erp]").unwrap()..];
    let csv_profile = sim.dir.path().join("csv.toml");
    std::fs::write(
        &csv_profile,
        format!(
            "name = \"csv-test\"\n\n[store]\nkind = \"csv\"\npath = \"orders_export.csv\"\n\n{erp}"
        ),
    )
    .unwrap();

    let run_csv = |args: &[&str]| {
        let mut command = bin();
        command
            .envs(&sim.env)
            .env("SYNC_DOCTOR_DATA_DIR", data.path())
            .arg("--profile")
            .arg(&csv_profile)
            .args(args);
        run(&mut command)
    };
    let (code, stdout, stderr) = run_csv(&["check", "--json"]);
    assert_eq!(code, 1, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_check_schema(&report);
    assert!(codes(&report, 2).contains(&"sku_not_found".to_string()));
    let unreadable = report["steps"][1]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "unreadable")
        .expect("the broken row is reported");
    assert!(
        unreadable["detail"]
            .as_str()
            .unwrap()
            .contains("not-a-number"),
        "{unreadable}"
    );

    let before = sales_orders(&sim.netsuite).len();
    let (_, stdout, _) = run_csv(&["reprocess", "--all-failed", "--json"]);
    let first: Value = serde_json::from_str(&stdout).unwrap();
    let created = first["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "created")
        .count();
    assert!(created >= 10, "{first}");
    let (_, stdout, _) = run_csv(&["reprocess", "--all-failed", "--json"]);
    let second: Value = serde_json::from_str(&stdout).unwrap();
    assert!(second["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["outcome"] != "created"));
    let after = sales_orders(&sim.netsuite);
    assert_eq!(
        after.len(),
        before + created,
        "each order once, and the CSV's Shopify ids match the orders already there"
    );
}

#[test]
fn a_woocommerce_profile_checks_and_reprocesses_exactly_once() {
    let sim = simulate_store("woocommerce");
    let data = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = with_profile(&sim, data.path(), &["check", "--json"]);
    assert_eq!(code, 1, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_check_schema(&report);
    assert!(report["steps"][0]["summary"]
        .as_str()
        .unwrap()
        .contains("WooCommerce"));
    let before = sales_orders(&sim.netsuite).len();
    let (_, stdout, _) = with_profile(&sim, data.path(), &["reprocess", "--all-failed", "--json"]);
    let first: Value = serde_json::from_str(&stdout).unwrap();
    let created = first["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "created")
        .count();
    assert!(created >= 10, "{first}");
    with_profile(&sim, data.path(), &["reprocess", "--all-failed", "--json"]);
    let after = sales_orders(&sim.netsuite);
    assert_eq!(after.len(), before + created);
    assert!(after.iter().all(|o| o["writes"] == 1));
}

#[test]
fn business_central_and_sap_profiles_check_and_reprocess_exactly_once() {
    for (erp, system) in [
        ("business-central", "Business Central"),
        ("sap-b1", "SAP Business One"),
    ] {
        profile_round_trip(erp, system);
    }
}

fn profile_round_trip(erp: &str, system: &str) {
    let sim = simulate_with("shopify", erp);
    let data = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = with_profile(&sim, data.path(), &["check", "--json"]);
    assert_eq!(code, 1, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_check_schema(&report);
    assert!(report["steps"][0]["summary"]
        .as_str()
        .unwrap()
        .contains(system));
    assert!(codes(&report, 2).contains(&"sku_not_found".to_string()));
    let before = sales_orders(&sim.netsuite).len();
    let (_, stdout, _) = with_profile(&sim, data.path(), &["reprocess", "--all-failed", "--json"]);
    let first: Value = serde_json::from_str(&stdout).unwrap();
    let created = first["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "created")
        .count();
    assert!(created >= 8, "{first}");
    with_profile(&sim, data.path(), &["reprocess", "--all-failed", "--json"]);
    let after = sales_orders(&sim.netsuite);
    assert_eq!(after.len(), before + created);
    let mut ids: Vec<&str> = after
        .iter()
        .map(|o| o["externalId"].as_str().unwrap())
        .collect();
    ids.sort();
    let total = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), total, "each order exactly once");
}

/// The external id of every sales order the simulated NetSuite holds, with its write count.
fn held(netsuite: &str) -> HashMap<String, (usize, u64)> {
    let mut held: HashMap<String, (usize, u64)> = HashMap::new();
    for order in sales_orders(netsuite) {
        let entry = held
            .entry(order["externalId"].as_str().unwrap().to_string())
            .or_default();
        entry.0 += 1;
        entry.1 += order["writes"].as_u64().unwrap();
    }
    held
}

/// A seed from the clock unless SYNC_DOCTOR_KILL_SEED repeats a run; printed either way.
fn kill_points(count: usize, below: usize) -> Vec<(usize, u64)> {
    let seed = std::env::var("SYNC_DOCTOR_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!("kill points from SYNC_DOCTOR_KILL_SEED={seed}");
    // xorshift: enough randomness to land the kills anywhere, no dependency.
    let mut state = seed | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut points: Vec<(usize, u64)> = (0..count)
        .map(|_| (1 + (next() % (below as u64 - 1)) as usize, next() % 25))
        .collect();
    points.sort();
    points
}

#[test]
fn a_resend_killed_at_ten_random_points_ends_with_every_order_in_the_erp_exactly_once() {
    const BACKLOG: usize = 1_000;
    // WooCommerce pages 100 orders a request; Shopify's cost bucket would make the pull of
    // 1,200 orders, not the resend, the slow part of this test.
    let sim = simulate_args(&[
        "--store",
        "woocommerce",
        "--backlog",
        "1000",
        "--erp-latency-ms",
        "10",
    ]);
    let data = tempfile::tempdir().unwrap();
    let before = sales_orders(&sim.netsuite).len();

    // Each run is killed without warning (SIGKILL) once the ERP holds `point` of the backlog,
    // a few milliseconds later so the kill lands anywhere in an order's lookup, write,
    // status read or bookkeeping.
    let mut killed_running = 0;
    for (point, jitter_ms) in kill_points(10, BACKLOG) {
        let mut run = bin();
        run.envs(&sim.env)
            .env("SYNC_DOCTOR_DATA_DIR", data.path())
            .arg("--profile")
            .arg(sim.dir.path().join("simulated.toml"))
            .args(["reprocess", "--all-failed", "--json"])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut child = run.spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let created = sales_orders(&sim.netsuite).len() - before;
            if created >= point || child.try_wait().unwrap().is_some() {
                break;
            }
            assert!(Instant::now() < deadline, "the resend did not progress");
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(Duration::from_millis(jitter_ms));
        if child.try_wait().unwrap().is_none() {
            killed_running += 1;
        }
        let _ = child.kill();
        child.wait().unwrap();
    }
    // Only a kill point near the end can let a run finish first.
    assert!(
        killed_running >= 8,
        "{killed_running} of 10 runs killed mid-way"
    );

    // A last run settles what each kill left in flight by lookup and finishes.
    let (code, stdout, stderr) =
        with_profile(&sim, data.path(), &["reprocess", "--all-failed", "--json"]);
    assert_eq!(code, 1, "the demo's data errors still wait: {stderr}");
    let last: Value = serde_json::from_str(&stdout).unwrap();
    assert!(last["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "failed")
        .all(|r| r["state"] != "sending"));

    let held = held(&sim.netsuite);
    let duplicates: Vec<_> = held.iter().filter(|(_, (n, _))| *n > 1).collect();
    assert!(duplicates.is_empty(), "duplicated: {duplicates:?}");
    let rewritten: Vec<_> = held.iter().filter(|(_, (_, w))| *w > 1).collect();
    assert!(rewritten.is_empty(), "written twice: {rewritten:?}");
    let (code, stdout, _) = with_profile(&sim, data.path(), &["orders", "--failed", "--json"]);
    assert_eq!(code, 0);
    let waiting: Value = serde_json::from_str(&stdout).unwrap();
    let waiting = waiting["orders"].as_array().unwrap().len();
    // Every backlog order is in: what still waits is the demo's own data errors.
    assert_eq!(
        held.len(),
        before + BACKLOG + (44 - waiting),
        "none missing ({waiting} still waiting)"
    );
}

/// What the simulated Shopify says of its exports: how many were started, where each download
/// began.
fn export_journal(shop: &str) -> Value {
    reqwest::blocking::get(format!("{shop}__sim/bulk"))
        .unwrap()
        .json()
        .unwrap()
}

/// Every stored order by name: (external id, total, lines).
fn stored_orders(sim: &Simulator, data: &Path) -> HashMap<String, (String, String, u64)> {
    let (code, stdout, stderr) = with_profile(sim, data, &["orders", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let listed: Value = serde_json::from_str(&stdout).unwrap();
    let orders = listed["orders"].as_array().unwrap();
    let by_name: HashMap<String, (String, String, u64)> = orders
        .iter()
        .map(|o| {
            (
                o["order"].as_str().unwrap().to_string(),
                (
                    o["external_id"].as_str().unwrap().to_string(),
                    o["total"].as_str().unwrap().to_string(),
                    o["lines"].as_u64().unwrap(),
                ),
            )
        })
        .collect();
    assert_eq!(by_name.len(), orders.len(), "an order is listed twice");
    by_name
}

#[test]
fn a_first_pull_through_shopifys_export_killed_mid_download_resumes_without_duplicates() {
    // 3,000 orders more than the demo's 200 make the first pull an export; its file is served
    // slowly enough that the kill lands while it downloads.
    let sim = simulate_args(&[
        "--store",
        "shopify",
        "--backlog",
        "3000",
        "--export-bytes-per-second",
        "1500000",
    ]);
    let listening: Value = serde_json::from_str(
        &std::fs::read_to_string(sim.dir.path().join("simulated.json")).unwrap(),
    )
    .unwrap();
    let shop = listening["store"].as_str().unwrap().to_string();
    let data = tempfile::tempdir().unwrap();

    let mut first = bin();
    first
        .envs(&sim.env)
        .env("SYNC_DOCTOR_DATA_DIR", data.path())
        .arg("--profile")
        .arg(sim.dir.path().join("simulated.toml"))
        .args(["check", "--json"])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = first.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while export_journal(&shop)["downloads"]
        .as_array()
        .unwrap()
        .is_empty()
    {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the pull ended before it downloaded"
        );
        assert!(Instant::now() < deadline, "the export was never downloaded");
        std::thread::sleep(Duration::from_millis(20));
    }
    // Half-way through the file (about 3 s at this speed), without warning.
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the download finished before the kill"
    );
    child.kill().unwrap();
    child.wait().unwrap();

    let (code, _, stderr) = with_profile(&sim, data.path(), &["check", "--json"]);
    assert!(code <= 1, "{stderr}");
    let journal = export_journal(&shop);
    assert_eq!(
        journal["started"], 1,
        "the same export was resumed, no second one started: {journal}"
    );
    let downloads: Vec<u64> = journal["downloads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_u64().unwrap())
        .collect();
    assert_eq!(downloads.len(), 2, "{journal}");
    assert_eq!(downloads[0], 0);
    assert!(
        downloads[1] > 0,
        "the second download resumed mid-file: {journal}"
    );
    assert!(
        stderr.contains("Downloading the copy of your orders"),
        "the pull says how far it is: {stderr}"
    );
    let resumed = stored_orders(&sim, data.path());

    // The same pull, never interrupted, into a database of its own is the reference.
    let reference_data = tempfile::tempdir().unwrap();
    let (code, _, stderr) = with_profile(&sim, reference_data.path(), &["check", "--json"]);
    assert!(code <= 1, "{stderr}");
    let reference = stored_orders(&sim, reference_data.path());
    assert!(reference.len() >= 3_000, "{} orders", reference.len());
    assert_eq!(resumed.len(), reference.len(), "none missing, none twice");
    for (name, expected) in &reference {
        assert_eq!(resumed.get(name), Some(expected), "order {name}");
    }
}

/// Files and folders under `dir` that other accounts could read (any group/other bit).
#[cfg(unix)]
fn readable_by_others(dir: &Path) -> Vec<String> {
    use std::os::unix::fs::PermissionsExt;
    let mut open = Vec::new();
    let mode = std::fs::symlink_metadata(dir).unwrap().permissions().mode();
    if mode & 0o077 != 0 {
        open.push(format!("{} {:o}", dir.display(), mode & 0o777));
    }
    if dir.is_dir() {
        for entry in std::fs::read_dir(dir).unwrap() {
            open.extend(readable_by_others(&entry.unwrap().path()));
        }
    }
    open
}

/// `sync-doctor ARGS` in a shell whose umask lets everyone read new files, as many desktops do.
#[cfg(unix)]
fn under_open_umask(args: &[&std::ffi::OsStr]) -> Command {
    let mut command = Command::new("sh");
    command
        .env_remove("SYNC_DOCTOR_LOG")
        .args(["-c", "umask 022 && exec \"$@\"", "sh"])
        .arg(env!("CARGO_BIN_EXE_sync-doctor"))
        .args(args);
    command
}

/// Customers' data stays with the account that owns it: after `simulate` and a check with a
/// profile, nothing the CLI wrote is readable by other accounts, and a data folder an older
/// version left open (0755 with 0644 files) is narrowed without losing anything.
#[cfg(unix)]
#[test]
fn everything_the_cli_writes_is_private_and_an_older_open_folder_is_narrowed() {
    use std::os::unix::fs::PermissionsExt;
    let work = tempfile::tempdir().unwrap();
    let profile_dir = work.path().join("fresh/simulated");
    let mut child = under_open_umask(&[
        "simulate".as_ref(),
        "--write-profile".as_ref(),
        profile_dir.as_os_str(),
    ])
    .stdout(Stdio::null())
    .stderr(Stdio::null())
    .spawn()
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !profile_dir.join("simulated.toml").exists() {
        assert!(
            Instant::now() < deadline,
            "simulate did not write its profile"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(100));
    let env = parse_env(&std::fs::read_to_string(profile_dir.join("simulated.env")).unwrap());
    assert_eq!(
        readable_by_others(&work.path().join("fresh")),
        Vec::<String>::new(),
        "simulate's folder and files"
    );

    let data = work.path().join("data");
    std::fs::create_dir_all(data.join("old-reports")).unwrap();
    std::fs::write(data.join("old-reports/report.html"), "customers").unwrap();
    for (path, mode) in [
        (data.clone(), 0o755),
        (data.join("old-reports"), 0o755),
        (data.join("old-reports/report.html"), 0o644),
    ] {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let output = under_open_umask(&[
        "--profile".as_ref(),
        profile_dir.join("simulated.toml").as_os_str(),
        "check".as_ref(),
        "--json".as_ref(),
    ])
    .envs(&env)
    .env("SYNC_DOCTOR_DATA_DIR", &data)
    .output()
    .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&output.stderr));
    });
    assert!(!codes(&report, 1).contains(&"data_folder_not_private".to_string()));
    assert!(
        data.join("simulated.sqlite").exists(),
        "the database was written"
    );
    assert_eq!(
        readable_by_others(&data),
        Vec::<String>::new(),
        "the data folder"
    );
    assert_eq!(
        std::fs::read_to_string(data.join("old-reports/report.html")).unwrap(),
        "customers"
    );
}

/// The WooCommerce demo has two bank transfers waiting `on-hold`: `check` lists them in step 1
/// and says which statuses count; `orders --failed` lists them apart, not as failed; naming
/// one to `reprocess` is refused in words.
#[test]
fn the_woocommerce_demo_holds_back_its_unpaid_bank_transfers() {
    let woo = ["--demo", "--demo-store", "woocommerce"];
    let (code, stdout, _) = run(bin().args(woo).arg("check"));
    assert_eq!(code, 1);
    assert!(
        stdout.contains("2 orders are held back because WooCommerce marks them \"on-hold\""),
        "{stdout}"
    );
    assert!(
        stdout
            .contains("Orders go to NetSuite once WooCommerce marks them processing or completed."),
        "{stdout}"
    );
    let (_, json, _) = run(bin().args(woo).args(["check", "--json"]));
    let report: Value = serde_json::from_str(&json).unwrap();
    assert_check_schema(&report);
    assert!(codes(&report, 1).contains(&"order_not_ready".to_string()));

    let (code, json, stderr) = run(bin().args(woo).args(["orders", "--failed", "--json"]));
    assert_eq!(code, 0, "{stderr}");
    let listed: Value = serde_json::from_str(&json).unwrap();
    let held: Vec<&str> = listed["not_ready"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["order"].as_str().unwrap())
        .collect();
    assert_eq!(held.len(), 2, "{listed}");
    assert!(listed["not_ready"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["store_status"] == "on-hold"));
    let failed = listed["orders"].as_array().unwrap();
    assert!(!failed.is_empty());
    assert!(failed
        .iter()
        .all(|o| !held.contains(&o["order"].as_str().unwrap())));

    let (_, text, _) = run(bin().args(woo).args(["orders", "--failed"]));
    let (failed_part, held_part) = text.split_once("held back").unwrap();
    assert!(
        held.iter().all(|name| !failed_part.contains(name)),
        "{text}"
    );
    assert!(held.iter().all(|name| held_part.contains(name)), "{text}");

    let (code, _, stderr) = run(bin().args(woo).args(["reprocess", held[0]]));
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("on-hold"), "{stderr}");
}

/// `[store] ready_statuses` in a profile decides what is ready: counting `on-hold` lets the
/// bank transfers go; an empty list is refused, since it would hold back every order.
#[test]
fn a_profiles_ready_statuses_decide_what_is_ready() {
    let sim = simulate_store("woocommerce");
    let data = tempfile::tempdir().unwrap();
    let (_, stdout, _) = with_profile(&sim, data.path(), &["check", "--json"]);
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert!(codes(&report, 1).contains(&"order_not_ready".to_string()));

    let path = sim.dir.path().join("simulated.toml");
    let profile = std::fs::read_to_string(&path).unwrap();
    let with = |line: &str| profile.replacen("[store]\n", &format!("[store]\n{line}\n"), 1);
    std::fs::write(&path, with("ready_statuses = []")).unwrap();
    let (code, _, stderr) = with_profile(&sim, data.path(), &["check"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("ready_statuses"), "{stderr}");

    std::fs::write(
        &path,
        with("ready_statuses = [\"processing\", \"completed\", \"on-hold\"]"),
    )
    .unwrap();
    let (_, stdout, stderr) = with_profile(&sim, data.path(), &["check", "--json"]);
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|_| panic!("{stderr}"));
    assert!(!codes(&report, 1).contains(&"order_not_ready".to_string()));
    assert!(report["steps"][0]["summary"]
        .as_str()
        .unwrap()
        .contains("processing, completed or on-hold"));
}

#[test]
fn the_demo_on_a_shopify_version_near_its_end_warns_in_step_one() {
    // Shopify retires 2026-01 on 1 January 2027: from 3 October 2026 on, step 1 says so (and
    // after the date, that it is gone), whatever day this runs.
    let data = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = run(bin().env("SYNC_DOCTOR_DATA_DIR", data.path()).args([
        "--demo",
        "--demo-shopify-version",
        "2026-01",
        "check",
        "--json",
    ]));
    assert_eq!(code, 1, "stderr: {stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_check_schema(&report);
    let retiring: Vec<&Value> = report["steps"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "api_version_retiring")
        .collect();
    assert_eq!(retiring.len(), 1, "{report}");
    assert_eq!(retiring[0]["severity"], "warning");
    let message = retiring[0]["message"].as_str().unwrap();
    assert!(message.contains("Shopify Admin API 2026-01"), "{message}");
    assert!(message.contains("1 January 2027"), "{message}");
}
