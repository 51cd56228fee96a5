//! `fix`, `undo` and `classify`, run as a user runs them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sync-doctor"));
    command.env_remove("SYNC_DOCTOR_LOG").stdin(Stdio::null());
    command
}

fn run(args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = bin().args(args).output().unwrap();
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

#[test]
fn fix_previews_without_yes_and_applies_with_it() {
    let remedy = "map-sku:TSHRT-BLK-M=TSHIRT-BLK-M";
    let (code, stdout, stderr) = run(&["--demo", "fix", remedy]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("Orders it unblocks: 7"), "{stdout}");
    assert!(stdout.contains("Nothing changed"), "{stdout}");

    let (code, stdout, stderr) = run(&["--demo", "fix", remedy, "--yes", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let answer: Value = serde_json::from_str(&stdout).unwrap();
    assert!(answer["applied"]["change"].as_i64().is_some());
    let still_there = answer["check"]["steps"][1]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["key"] == "TSHRT-BLK-M");
    assert!(
        !still_there,
        "the mapped SKU's group is gone from the check"
    );

    let (code, _, stderr) = run(&["--demo", "fix", "drop-everything:now", "--yes"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no remedy"), "{stderr}");
    let (code, _, stderr) = run(&["--demo", "undo", "4242"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("4242"), "{stderr}");
}

#[test]
fn classify_groups_a_middleware_log_by_root_cause() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("celigo-errors.csv");
    std::fs::write(
        &log,
        "Order Number,Error Message\n\
         1042,\"Error while accessing resource: You have entered an Invalid Field Value 9999 for the following field: item\"\n\
         1043,\"Error while accessing resource: You have entered an Invalid Field Value 9999 for the following field: item\"\n\
         1044,\"The transaction date you specified is not within the date range of your accounting period.\"\n\
         1045,\"HTTP 504 Gateway Time-out\"\n\
         1046,\"=cmd|' /C calc'!A0 <script>alert(1)</script>\"\n",
    )
    .unwrap();
    let path = log.to_str().unwrap();
    let (code, stdout, stderr) = run(&["classify", path, "--json"]);
    assert_eq!(code, 1, "{stderr}");
    let answer: Value = serde_json::from_str(&stdout).unwrap();
    let groups = answer["groups"].as_array().unwrap();
    assert_eq!(groups[0]["code"], "sku_not_found");
    assert_eq!(groups[0]["key"], "9999");
    assert_eq!(groups[0]["orders"].as_array().unwrap().len(), 2);
    let codes: Vec<&str> = groups.iter().map(|g| g["code"].as_str().unwrap()).collect();
    for code in ["period_closed", "erp_timeout", "unclassified_error"] {
        assert!(codes.contains(&code), "{codes:?}");
    }
    assert!(groups[0]["message"].as_str().unwrap().contains("NetSuite"));

    let (code, stdout, _) = run(&["classify", path]);
    assert_eq!(code, 1);
    assert!(stdout.contains("5 errors read; 4 root causes."), "{stdout}");

    std::fs::write(&log, "order,total\n1,2\n").unwrap();
    let (code, _, stderr) = run(&["classify", path]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no column holds an error message"),
        "{stderr}"
    );
}
