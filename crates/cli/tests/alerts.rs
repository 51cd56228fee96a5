//! `sync-doctor alert-test` against real receivers on loopback: a Slack-style webhook
//! receiver started here, and (when scripts/test.sh runs it) aiosmtpd with STARTTLS and AUTH.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sync-doctor"));
    command.env_remove("SYNC_DOCTOR_LOG").stdin(Stdio::null());
    command
}

/// A profile whose store and ERP are never called by `alert-test`, plus an [alerts] section.
fn profile(dir: &std::path::Path, alerts: &str) -> std::path::PathBuf {
    std::fs::write(dir.join("orders.csv"), "Name,Email\n").unwrap();
    let path = dir.join("alerts.toml");
    std::fs::write(
        &path,
        format!(
            "name = \"alerts-test\"\n[store]\nkind = \"csv\"\npath = \"orders.csv\"\n\
             [erp]\nkind = \"odoo\"\nurl = \"http://127.0.0.1:9/\"\ndatabase = \"x\"\nlogin = \"x\"\nsecret_env = \"UNUSED_ERP_SECRET\"\n\
             {alerts}\n"
        ),
    )
    .unwrap();
    path
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

/// Accept one HTTP request, answer "ok" as Slack does, hand back its body.
fn one_webhook_call(listener: TcpListener) -> std::thread::JoinHandle<(String, Value)> {
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream);
        let mut request_line = String::new();
        reader.read_line(&mut request_line).unwrap();
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
            if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = value.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
        let mut stream = reader.into_inner();
        stream
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok")
            .unwrap();
        (request_line, serde_json::from_slice(&body).unwrap())
    })
}

#[test]
fn a_test_alert_reaches_slack_as_block_kit() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let webhook = format!(
        "http://{}/services/T000/B000/XXXX",
        listener.local_addr().unwrap()
    );
    let call = one_webhook_call(listener);
    let dir = tempfile::tempdir().unwrap();
    let path = profile(
        dir.path(),
        "[alerts]\ndesktop = false\nslack = true\nslack_webhook_env = \"TEST_SLACK_WEBHOOK\"",
    );
    let (code, stdout, stderr) = run(bin()
        .env("TEST_SLACK_WEBHOOK", &webhook)
        .env("UNUSED_ERP_SECRET", "x")
        .env("SYNC_DOCTOR_DATA_DIR", dir.path())
        .arg("--profile")
        .arg(&path)
        .arg("alert-test"));
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("Slack: sent."), "{stdout}");
    let (request_line, body) = call.join().unwrap();
    assert!(request_line.starts_with("POST /services/T000/B000/XXXX "));
    assert_eq!(body["blocks"][0]["type"], "header");
    assert_eq!(
        body["blocks"][0]["text"]["text"],
        "Test alert from Order Sync Doctor"
    );
    assert!(
        !stdout.contains("XXXX") && !stderr.contains("XXXX"),
        "the webhook is never printed"
    );
}

#[test]
fn a_test_alert_reaches_a_real_smtp_server_over_starttls() {
    let (Ok(port), Ok(work)) = (
        std::env::var("SYNC_DOCTOR_SMTP_PORT"),
        std::env::var("SYNC_DOCTOR_SMTP_WORK"),
    ) else {
        eprintln!(
            "skipped: scripts/test-servers/smtp.sh starts the receiver (scripts/test.sh does)"
        );
        return;
    };
    let work = std::path::PathBuf::from(work);
    let before = std::fs::read_dir(work.join("mail")).unwrap().count();
    let dir = tempfile::tempdir().unwrap();
    let path = profile(
        dir.path(),
        &format!(
            "[alerts]\ndesktop = false\n[alerts.email]\nsmtp_host = \"127.0.0.1\"\nsmtp_port = {port}\n\
             username = \"doctor\"\npassword_env = \"TEST_SMTP_PASSWORD\"\nfrom = \"doctor@shop.example\"\n\
             to = [\"owner@shop.example\"]\nca_file = \"{}\"",
            work.join("ca.pem").display()
        ),
    );
    let send = |password: &str| {
        run(bin()
            .env("TEST_SMTP_PASSWORD", password)
            .env("UNUSED_ERP_SECRET", "x")
            .env("SYNC_DOCTOR_DATA_DIR", dir.path())
            .arg("--profile")
            .arg(&path)
            .args(["alert-test", "--channel", "email"]))
    };
    let (code, stdout, stderr) = send("s3cret");
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("E-mail: sent."), "{stdout}");
    let mut mails: Vec<_> = std::fs::read_dir(work.join("mail"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    mails.sort();
    assert_eq!(mails.len(), before + 1);
    let mail = std::fs::read_to_string(mails.last().unwrap()).unwrap();
    assert!(
        mail.contains("Subject: Test alert from Order Sync Doctor"),
        "{mail}"
    );
    assert!(mail.contains("To: owner@shop.example"), "{mail}");

    // A wrong password is refused by the server and reported, not swallowed.
    let (code, stdout, _) = send("wrong");
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("E-mail: not sent"), "{stdout}");
}
