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

/// `login erp` on a profile with `auth = "browser"`: the CLI prints Entra's sign-in page, this
/// test plays the browser (consent, then the redirect to the CLI's loopback listener), and the
/// refresh token lands in the keychain, with which `check` then connects.
#[test]
fn browser_login_keeps_the_refresh_token_in_the_keychain() {
    use std::io::{BufRead, BufReader};
    if std::env::var_os("SYNC_DOCTOR_KEYCHAIN_TEST").is_none() {
        eprintln!("skipped: run inside a Secret Service session with SYNC_DOCTOR_KEYCHAIN_TEST=1 (scripts/test.sh does)");
        return;
    }
    let bin = env!("CARGO_BIN_EXE_sync-doctor");
    let sims = tempfile::tempdir().unwrap();
    let mut simulate = Command::new(bin)
        .args(["simulate", "--erp", "business-central", "--write-profile"])
        .arg(sims.path())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let listening = sims.path().join("simulated.json");
    for _ in 0..600 {
        if sims.path().join("simulated.toml").exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let erp: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&listening).unwrap()).unwrap();
    let login_url = erp["erp"].as_str().unwrap().to_string();
    let profile_name = format!("browser-login-{}", std::process::id());
    let mut in_erp = false;
    let mut profile = String::new();
    for line in std::fs::read_to_string(sims.path().join("simulated.toml"))
        .unwrap()
        .lines()
    {
        in_erp = if line.starts_with('[') {
            line == "[erp]"
        } else {
            in_erp
        };
        if line.starts_with("name = ") {
            profile.push_str(&format!("name = \"{profile_name}\"\n"));
        } else if in_erp
            && (line.starts_with("secret_env")
                || line.starts_with("client_id")
                || line.starts_with("secret_expires"))
        {
            continue;
        } else {
            profile.push_str(line);
            profile.push('\n');
            if line == "[erp]" {
                profile.push_str(&format!(
                    "auth = \"browser\"\nclient_id = \"{}\"\nlogin_url = \"{login_url}\"\n",
                    osd_simulators_public_client()
                ));
            }
        }
    }
    let profile_path = sims.path().join("browser.toml");
    std::fs::write(&profile_path, profile).unwrap();
    let data = tempfile::tempdir().unwrap();

    let mut login = Command::new(bin)
        .arg("--profile")
        .arg(&profile_path)
        .args(["login", "erp"])
        .env("SYNC_DOCTOR_DATA_DIR", data.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(login.stderr.take().unwrap()).lines();
    let address = lines
        .by_ref()
        .map_while(Result::ok)
        .find(|l| l.starts_with("http"))
        .expect("the CLI prints the sign-in page");
    let browser = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = browser.get(&address).send().unwrap().text().unwrap();
    let field = |name: &str| {
        page.split(&format!("{name}=\""))
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string()
    };
    let action = field("action");
    let request = page
        .split("name=\"request\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let consent = browser
        .post(url_join(&address, &action))
        .form(&[("request", request.as_str()), ("decision", "allow")])
        .send()
        .unwrap();
    let back = consent.headers()["location"].to_str().unwrap().to_string();
    assert!(back.starts_with("http://127.0.0.1:"), "{back}");
    assert_eq!(browser.get(&back).send().unwrap().status(), 200);
    let out = login.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "login erp: {}",
        String::from_utf8_lossy(&out.stdout)
    );

    let keychain = Keychain::default();
    let saved = keychain
        .get(&format!("{profile_name}/erp"))
        .unwrap()
        .unwrap();
    assert!(saved.expose().len() >= 32, "a refresh token is saved");
    assert!(!String::from_utf8_lossy(&out.stdout).contains(saved.expose().as_str()));

    // Only the ERP is asked about here: connecting it works from the saved sign-in.
    let store_token = std::fs::read_to_string(sims.path().join("simulated.env")).unwrap();
    let token = store_token
        .split("SIM_SHOPIFY_TOKEN='")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    let out = Command::new(bin)
        .arg("--profile")
        .arg(&profile_path)
        .args(["check", "--json"])
        .env("SYNC_DOCTOR_DATA_DIR", data.path())
        .env("SIM_SHOPIFY_TOKEN", token)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let step_one = report["steps"][0]["findings"].to_string();
    assert!(
        !step_one.contains("erp_auth_failed") && !step_one.contains("sign_in_again"),
        "{step_one}"
    );
    keychain.delete(&format!("{profile_name}/erp")).unwrap();
    let _ = simulate.kill();
    let _ = simulate.wait();
}

fn osd_simulators_public_client() -> &'static str {
    "0d5e7a11-0000-4000-8000-0000005ign1n"
}

fn url_join(base: &str, path: &str) -> String {
    let origin: String = base.split('/').take(3).collect::<Vec<_>>().join("/");
    format!("{origin}{path}")
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
