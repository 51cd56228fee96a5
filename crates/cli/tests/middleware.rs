//! `sync-doctor orders --failed` with a `[middleware]` section: the integration tool's failed
//! runs are listed with the failed orders, each named as the store names it and classified;
//! a tool that refuses the token is said without hiding the store's list.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::process::{Command, Stdio};

use osd_simulators::integration_flow::flow_step;
use osd_simulators::make::{MakeSimulator, TEAM_ID};
use serde_json::{json, Value};

const TOKEN: &str = "make-test-token";

#[tokio::test(flavor = "multi_thread")]
async fn orders_failed_lists_the_runs_that_failed_in_make() {
    let refusing = flow_step(|_record: Value| async move {
        Err("The Item does not exist. Identification fields and values: No.='MUG-RED'".to_string())
    });
    let make = MakeSimulator::start(TOKEN, "Shopify orders to Business Central", refusing)
        .await
        .unwrap();
    make.run(
        json!({ "id": 5_100_000_777u64, "name": "#1042", "line_items": [{ "sku": "MUG-RED" }] }),
    )
    .await;

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("orders.csv"),
        "Name,Email,Currency,Subtotal,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Name,Billing Address1,Billing City,Billing Province,Billing Country\n\
         #1042,ana@example.com,USD,12.00,0.00,12.00,2026-11-30 10:00:00 +0000,1,Red mug,12.00,MUG-RED,Ana,1 Main St,Denver,CO,US\n",
    )
    .unwrap();
    let profile = dir.path().join("make.toml");
    std::fs::write(
        &profile,
        format!(
            "name = \"make-test\"\n[store]\nkind = \"csv\"\npath = \"orders.csv\"\n\
             [erp]\nkind = \"odoo\"\nurl = \"http://127.0.0.1:9/\"\ndatabase = \"x\"\nlogin = \"x\"\nsecret_env = \"UNUSED_ERP_SECRET\"\n\
             [middleware]\nkind = \"make\"\nurl = \"{}\"\nteam_id = \"{TEAM_ID}\"\nsecret_env = \"TEST_MAKE_TOKEN\"\n",
            make.api_url()
        ),
    )
    .unwrap();
    let run = |token: &'static str, json: bool| {
        let profile = profile.clone();
        let data = dir.path().to_path_buf();
        async move {
            tokio::task::spawn_blocking(move || {
                let mut command = Command::new(env!("CARGO_BIN_EXE_sync-doctor"));
                command
                    .env_remove("SYNC_DOCTOR_LOG")
                    .stdin(Stdio::null())
                    .env("UNUSED_ERP_SECRET", "x")
                    .env("TEST_MAKE_TOKEN", token)
                    .env("SYNC_DOCTOR_DATA_DIR", &data)
                    .arg("--profile")
                    .arg(&profile)
                    .args(["orders", "--failed"]);
                if json {
                    command.arg("--json");
                }
                let out = command.output().unwrap();
                (
                    String::from_utf8_lossy(&out.stdout).into_owned(),
                    String::from_utf8_lossy(&out.stderr).into_owned(),
                )
            })
            .await
            .unwrap()
        }
    };

    let (stdout, stderr) = run(TOKEN, true).await;
    let listed: Value =
        serde_json::from_str(&stdout).unwrap_or_else(|_| panic!("{stdout}\n{stderr}"));
    let runs = &listed["middleware"]["runs"];
    assert_eq!(listed["middleware"]["system"], "Make");
    assert_eq!(runs[0]["order"], "#1042", "{listed:#}");
    assert_eq!(runs[0]["code"], "sku_not_found");
    assert_eq!(runs[0]["flow"], "Shopify orders to Business Central");

    let (stdout, _) = run(TOKEN, false).await;
    assert!(stdout.contains("Failed in Make (1 run):"), "{stdout}");
    assert!(stdout.contains("#1042"), "{stdout}");

    let (stdout, stderr) = run("revoked", false).await;
    assert!(
        stdout.contains("Make could not be read: "),
        "{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("#1042"),
        "the store's own list is still shown: {stdout}"
    );
}
