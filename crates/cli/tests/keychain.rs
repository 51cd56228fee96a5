//! `sync-doctor login` saves a secret in the real keychain, a profile without `secret_env`
//! uses it, and it is nowhere in the app's data folder. Runs inside a private D-Bus session
//! with gnome-keyring (scripts/test.sh sets SYNC_DOCTOR_KEYCHAIN_TEST=1).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::io::Write;
use std::process::{Command, Stdio};

use osd_session::secrets::{Keychain, SecretStore};

#[test]
fn login_stores_in_the_keychain_and_check_uses_it() {
    if std::env::var_os("SYNC_DOCTOR_KEYCHAIN_TEST").is_none() {
        eprintln!("skipped: run inside a Secret Service session with SYNC_DOCTOR_KEYCHAIN_TEST=1 (scripts/test.sh does)");
        return;
    }
    let bin = env!("CARGO_BIN_EXE_sync-doctor");
    let sims = tempfile::tempdir().unwrap();
    let mut simulate = Command::new(bin)
        .args(["simulate", "--write-profile"])
        .arg(sims.path())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let env_file = sims.path().join("simulated.env");
    for _ in 0..600 {
        if env_file.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    std::thread::sleep(std::time::Duration::from_millis(100));
    let env = std::fs::read_to_string(&env_file).unwrap();
    let token = env
        .split("SIM_SHOPIFY_TOKEN='")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap()
        .to_string();
    let key = env
        .split("SIM_ERP_SECRET='")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap()
        .to_string();

    // A profile that names no environment variables: secrets must come from the keychain.
    let profile_name = format!("keychain-test-{}", std::process::id());
    let profile = std::fs::read_to_string(sims.path().join("simulated.toml"))
        .unwrap()
        .replace(
            "name = \"simulated\"",
            &format!("name = \"{profile_name}\""),
        )
        .lines()
        .filter(|l| !l.starts_with("secret_env"))
        .collect::<Vec<_>>()
        .join("\n");
    let profile_path = sims.path().join("keychain.toml");
    std::fs::write(&profile_path, profile).unwrap();
    let data = tempfile::tempdir().unwrap();

    for (side, secret) in [("store", &token), ("erp", &key)] {
        let mut login = Command::new(bin)
            .arg("--profile")
            .arg(&profile_path)
            .args(["login", side])
            .env("SYNC_DOCTOR_DATA_DIR", data.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        login
            .stdin
            .take()
            .unwrap()
            .write_all(secret.as_bytes())
            .unwrap();
        let out = login.wait_with_output().unwrap();
        assert!(out.status.success(), "login {side}");
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains(secret.as_str()),
            "login never echoes the secret"
        );
    }
    let keychain = Keychain::default();
    assert_eq!(
        keychain
            .get(&format!("{profile_name}/store"))
            .unwrap()
            .unwrap()
            .expose(),
        &token
    );

    let out = Command::new(bin)
        .arg("--profile")
        .arg(&profile_path)
        .args(["check", "--json"])
        .env("SYNC_DOCTOR_DATA_DIR", data.path())
        .env_remove("SIM_SHOPIFY_TOKEN")
        .env_remove("SIM_ERP_SECRET")
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_ne!(
        report["steps"][0]["status"], "failed",
        "both logins work from the keychain: {report}"
    );

    // The secret is in the keychain and nowhere in the app's data folder.
    for entry in walk(data.path()) {
        let bytes = std::fs::read(&entry).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(&token),
            "{} holds the store token",
            entry.display()
        );
        assert!(
            !text.contains("PRIVATE KEY"),
            "{} holds the ERP key",
            entry.display()
        );
    }
    keychain.delete(&format!("{profile_name}/store")).unwrap();
    keychain.delete(&format!("{profile_name}/erp")).unwrap();
    let _ = simulate.kill();
    let _ = simulate.wait();
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
