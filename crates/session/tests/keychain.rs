//! Secrets in the real OS keychain (Secret Service on Linux). `scripts/test.sh` runs this
//! inside a private D-Bus session with gnome-keyring and sets SYNC_DOCTOR_KEYCHAIN_TEST=1.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use osd_model::Sensitive;
use osd_session::secrets::{Keychain, SecretStore};

fn enabled() -> bool {
    let on = std::env::var_os("SYNC_DOCTOR_KEYCHAIN_TEST").is_some();
    if !on {
        eprintln!("skipped: run inside a Secret Service session with SYNC_DOCTOR_KEYCHAIN_TEST=1 (scripts/test.sh does)");
    }
    on
}

#[test]
fn secrets_round_trip_through_the_real_keychain() {
    if !enabled() {
        return;
    }
    let keychain = Keychain::new("order-sync-doctor-test");
    let account = format!("test-{}/erp", std::process::id());
    assert!(
        keychain.get(&account).unwrap().is_none(),
        "a missing entry is Ok(None)"
    );
    keychain
        .set(&account, &Sensitive::new("s3cret-value".into()))
        .unwrap();
    assert_eq!(
        keychain.get(&account).unwrap().unwrap().expose(),
        "s3cret-value"
    );
    keychain.delete(&account).unwrap();
    assert!(keychain.get(&account).unwrap().is_none());
}
