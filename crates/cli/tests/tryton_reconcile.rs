//! The ERP is the truth, against a real Tryton: six sales that were sent and verified are lost
//! when Tryton's database is restored from a backup taken before them, and are sent again
//! exactly once (by the one-click remedy, then by `reprocess --all-failed`); a sale that
//! reached Tryton by another path is taken as sent and never sent again; two sales with one
//! reference are reported as a duplicate.
//!
//! Why a restore and not a delete: Tryton deletes only cancelled sales, cancels only drafts and
//! quotations, and takes a sale back to draft only before it is processed — and without a queue
//! worker a confirmed sale is processed at once (trytond/ir/queue_.py `push`,
//! modules/sale/sale.py `confirm`), so no user can delete the sales this app sends.
//! scripts/test.sh starts Tryton and sets SYNC_DOCTOR_TRYTON_URL, _PASSWORD and _DB (the
//! database file); without them the test is skipped. Its own test binary: no other test uses
//! Tryton while its database is restored.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::path::Path;
use std::process::Command;

use base64::Engine;
use serde_json::{json, Value};

/// A logged-in JSON-RPC session with the real Tryton, as its own client would have.
struct Tryton {
    url: String,
    auth: String,
}

impl Tryton {
    fn login(url: &str, password: &str) -> Self {
        let mut tryton = Self {
            url: format!("{url}shop/rpc/"),
            auth: String::new(),
        };
        let login = tryton.rpc(
            "common.db.login",
            json!(["admin", {"password": password}, "en"]),
        );
        let uid = login[0].as_i64().unwrap();
        let token = login[1].as_str().unwrap();
        tryton.auth = format!(
            "Session {}",
            base64::engine::general_purpose::STANDARD.encode(format!("admin:{uid}:{token}"))
        );
        tryton
    }

    fn rpc(&self, method: &str, params: Value) -> Value {
        let mut request = reqwest::blocking::Client::new()
            .post(&self.url)
            .json(&json!({"id": 1, "method": method, "params": params}));
        if !self.auth.is_empty() {
            request = request.header("Authorization", &self.auth);
        }
        let answer: Value = request.send().unwrap().json().unwrap();
        assert!(answer.get("error").is_none(), "{method}: {answer}");
        answer["result"].clone()
    }

    /// `(id, reference, state)` of every sale with one of these references.
    fn sales(&self, references: &[String]) -> Vec<(i64, String, String)> {
        let found = self.rpc(
            "model.sale.sale.search_read",
            json!([[["reference", "in", references]], 0, null, null, ["reference", "state"], {"company": 1}]),
        );
        found
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["id"].as_i64().unwrap(),
                    s["reference"].as_str().unwrap().to_string(),
                    s["state"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    /// Press a sale's button (`quote`, `confirm`), as a Tryton user does.
    fn press(&self, button: &str, ids: &[i64]) {
        self.rpc(
            &format!("model.sale.sale.{button}"),
            json!([ids, {"company": 1}]),
        );
    }

    /// Tryton's own "Duplicate" of a sale, with another reference, quoted and confirmed: an
    /// order entered by hand or by another integration.
    fn copy_confirmed(&self, id: i64, reference: &str) -> i64 {
        let copies = self.rpc(
            "model.sale.sale.copy",
            json!([[id], {"reference": reference}, {"company": 1}]),
        );
        let copy = copies[0].as_i64().unwrap();
        self.press("quote", &[copy]);
        self.press("confirm", &[copy]);
        copy
    }
}

/// Copy one SQLite database into another with SQLite's online backup, which takes the locks a
/// running trytond respects: how an administrator backs up and restores Tryton's database.
fn sqlite_backup(from: &Path, to: &Path) {
    let status = Command::new("python3")
        .args([
            "-c",
            "import sqlite3, sys\n\
             source = sqlite3.connect(sys.argv[1]); target = sqlite3.connect(sys.argv[2])\n\
             source.backup(target); target.close(); source.close()",
        ])
        .arg(from)
        .arg(to)
        .status()
        .unwrap();
    assert!(
        status.success(),
        "sqlite backup {} → {}",
        from.display(),
        to.display()
    );
}

fn findings(report: &Value, step: usize) -> Vec<(String, Vec<String>, String)> {
    report["steps"][step - 1]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["orders"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|o| o.as_str().unwrap().to_string())
                    .collect(),
                f["detail"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn sales_removed_in_tryton_are_sent_again_once_and_its_own_copies_are_reported() {
    let (Ok(url), Ok(password), Ok(database)) = (
        std::env::var("SYNC_DOCTOR_TRYTON_URL"),
        std::env::var("SYNC_DOCTOR_TRYTON_PASSWORD"),
        std::env::var("SYNC_DOCTOR_TRYTON_DB"),
    ) else {
        eprintln!("skipped: set SYNC_DOCTOR_TRYTON_URL, _PASSWORD and _DB (scripts/test.sh does)");
        return;
    };
    let database = Path::new(&database);
    let backups = tempfile::tempdir().unwrap();
    let before = backups.path().join("before-the-sends.sqlite");
    sqlite_backup(database, &before);
    let restore = || sqlite_backup(&before, database);

    let run = std::process::id();
    let now = chrono::Utc::now()
        .format("%Y-%m-%d %H:%M:%S +0000")
        .to_string();
    let names: Vec<String> = (1..=7).map(|n| format!("#R{run}-{n}")).collect();
    let references: Vec<String> = names
        .iter()
        .map(|n| format!("csv-{}", n.trim_start_matches('#')))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let csv_head = "Name,Email,Currency,Subtotal,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Name,Billing Address1,Billing City,Billing Province,Billing Country\n";
    let csv_rows = |names: &[String]| -> String {
        names
            .iter()
            .map(|name| format!("{name},customer1@example.com,USD,20.00,0.00,20.00,{now},1,T-shirt,20.00,TSHIRT-BLK-M,Ada Lovelace,1 Market Street,Oakland,CA,US\n"))
            .collect()
    };
    // Six orders in the store at first; the seventh is sold later.
    std::fs::write(
        dir.path().join("orders.csv"),
        format!("{csv_head}{}", csv_rows(&names[..6])),
    )
    .unwrap();
    let profile = dir.path().join("tryton.toml");
    std::fs::write(&profile, format!("name = \"reconcile-{run}\"\n[store]\nkind = \"csv\"\npath = \"orders.csv\"\n[erp]\nkind = \"tryton\"\nurl = \"{url}\"\ndatabase = \"shop\"\nusername = \"admin\"\nsecret_env = \"TRYTON_PASSWORD\"\n")).unwrap();
    let data = tempfile::tempdir().unwrap();
    let sync_doctor = |args: &[&str]| -> Value {
        let out = Command::new(env!("CARGO_BIN_EXE_sync-doctor"))
            .env("TRYTON_PASSWORD", &password)
            .env("SYNC_DOCTOR_DATA_DIR", data.path())
            .arg("--profile")
            .arg(&profile)
            .args(args)
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{args:?}: {e}: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        })
    };
    let created = |results: &Value| -> Vec<String> {
        let mut names: Vec<String> = results["results"]
            .as_array()
            .unwrap_or_else(|| panic!("no results: {results}"))
            .iter()
            .filter(|r| r["outcome"] == "created")
            .map(|r| r["order"].as_str().unwrap().to_string())
            .collect();
        names.sort();
        names
    };
    let each_once = |expected: &[String]| {
        let mut held: Vec<String> = Tryton::login(&url, &password)
            .sales(&references)
            .into_iter()
            .map(|(_, reference, _)| reference)
            .collect();
        held.sort();
        let mut expected = expected.to_vec();
        expected.sort();
        assert_eq!(held, expected, "each order exactly once in Tryton");
    };

    // Sent and verified, then lost: Tryton's database is restored from the backup.
    let first = sync_doctor(&["reprocess", "--all-failed", "--json"]);
    assert_eq!(created(&first), names[..6].to_vec(), "{first}");
    assert!(first["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["state"] == "verified"));
    restore();
    each_once(&[]);

    // The check says so in plain words, and the one-click path sends them all again, once.
    let report = sync_doctor(&["check", "--json"]);
    let fifth = findings(&report, 5);
    let (_, mut gone, detail) = fifth
        .iter()
        .find(|(code, ..)| code == "order_left_erp")
        .cloned()
        .unwrap_or_else(|| panic!("no order_left_erp in step 5: {fifth:?}"));
    gone.sort();
    assert_eq!(gone, names[..6].to_vec());
    assert!(detail.contains("was in Tryton as"), "{detail}");
    let waiting = sync_doctor(&["orders", "--failed", "--json"]);
    assert_eq!(waiting["orders"].as_array().unwrap().len(), 6, "{waiting}");
    let fixed = sync_doctor(&["fix", "resend:order_left_erp", "--yes", "--json"]);
    assert_eq!(created(&fixed["applied"]), names[..6].to_vec(), "{fixed}");
    assert!(
        !findings(&fixed["check"], 5)
            .iter()
            .any(|(code, ..)| code == "order_left_erp"),
        "the check after the fix has nothing left to send again"
    );
    each_once(&references[..6]);

    // Lost again: this time `reprocess --all-failed` sends them, once.
    restore();
    each_once(&[]);
    let resent = sync_doctor(&["reprocess", "--all-failed", "--json"]);
    assert_eq!(created(&resent), names[..6].to_vec(), "{resent}");
    each_once(&references[..6]);
    let settled = sync_doctor(&["reprocess", "--all-failed", "--json"]);
    assert!(created(&settled).is_empty(), "{settled}");

    // The seventh order reaches Tryton by another path before the app sends it, and the first
    // is entered a second time by hand.
    let tryton = Tryton::login(&url, &password);
    let held = tryton.sales(&references);
    let first_sale = held.iter().find(|(_, r, _)| *r == references[0]).unwrap().0;
    tryton.copy_confirmed(first_sale, &references[6]);
    tryton.copy_confirmed(first_sale, &references[0]);
    std::fs::write(
        dir.path().join("orders.csv"),
        format!("{csv_head}{}", csv_rows(&names)),
    )
    .unwrap();
    let report = sync_doctor(&["check", "--json"]);
    let second = findings(&report, 2);
    let (_, doubled, detail) = second
        .iter()
        .find(|(code, ..)| code == "erp_duplicates")
        .cloned()
        .unwrap_or_else(|| panic!("no erp_duplicates in step 2: {second:?}"));
    assert_eq!(doubled, vec![names[0].clone()], "{detail}");
    assert_eq!(
        detail
            .lines()
            .next()
            .unwrap()
            .matches("(processing)")
            .count(),
        2,
        "both sales with their status: {detail}"
    );
    let orders = sync_doctor(&["orders", "--json"]);
    let seventh = orders["orders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["order"] == names[6].as_str())
        .cloned()
        .unwrap();
    assert_eq!(seventh["state"], "verified", "{seventh}");
    let last = sync_doctor(&["reprocess", "--all-failed", "--json"]);
    assert!(created(&last).is_empty(), "nothing is sent again: {last}");
    let held = tryton.sales(&references);
    assert_eq!(
        held.iter().filter(|(_, r, _)| *r == references[6]).count(),
        1,
        "the seventh order is not sent a second time"
    );
    assert_eq!(
        held.iter().filter(|(_, r, _)| *r == references[0]).count(),
        2,
        "the app never removes the copy itself"
    );

    let reconciliation = sync_doctor(&["reconcile", "--json"]);
    let standing = |external_id: &str| {
        reconciliation["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["external_id"] == external_id)
            .map(|r| r["standing"].as_str().unwrap().to_string())
    };
    assert_eq!(standing(&references[0]).as_deref(), Some("duplicated"));
    assert_eq!(standing(&references[6]).as_deref(), Some("in_both"));
}
