//! Secrets come from one place: the OS keychain in the app, an environment variable for
//! headless use, memory in tests. Everywhere else they are `Sensitive`.

use std::collections::HashMap;
use std::sync::Mutex;

use osd_model::Sensitive;

use crate::{Result, SessionError};

pub const KEYCHAIN_SERVICE: &str = "order-sync-doctor";

pub trait SecretStore: Send + Sync {
    /// A missing entry is `Ok(None)`, not an error.
    fn get(&self, account: &str) -> Result<Option<Sensitive<String>>>;
    fn set(&self, account: &str, secret: &Sensitive<String>) -> Result<()>;
    fn delete(&self, account: &str) -> Result<()>;
}

/// The OS keychain: Secret Service on Linux, Keychain on macOS, Credential Manager on Windows.
pub struct Keychain {
    service: String,
}

impl Keychain {
    pub fn new(service: &str) -> Self {
        Self {
            service: service.to_string(),
        }
    }

    fn entry(&self, account: &str) -> Result<keyring::Entry> {
        keyring::Entry::new(&self.service, account).map_err(keychain_error)
    }
}

impl Default for Keychain {
    fn default() -> Self {
        Self::new(KEYCHAIN_SERVICE)
    }
}

fn keychain_error(error: keyring::Error) -> SessionError {
    // keyring's errors describe the platform failure, never the secret.
    SessionError::Keychain(error.to_string())
}

impl SecretStore for Keychain {
    fn get(&self, account: &str) -> Result<Option<Sensitive<String>>> {
        match self.entry(account)?.get_password() {
            Ok(secret) => Ok(Some(Sensitive::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keychain_error(e)),
        }
    }

    fn set(&self, account: &str, secret: &Sensitive<String>) -> Result<()> {
        self.entry(account)?
            .set_password(secret.expose())
            .map_err(keychain_error)
    }

    fn delete(&self, account: &str) -> Result<()> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(keychain_error(e)),
        }
    }
}

/// For tests and the demo.
#[derive(Default)]
pub struct MemorySecrets {
    entries: Mutex<HashMap<String, Sensitive<String>>>,
}

impl SecretStore for MemorySecrets {
    fn get(&self, account: &str) -> Result<Option<Sensitive<String>>> {
        Ok(self
            .entries
            .lock()
            .ok()
            .and_then(|e| e.get(account).cloned()))
    }

    fn set(&self, account: &str, secret: &Sensitive<String>) -> Result<()> {
        if let Ok(mut entries) = self.entries.lock() {
            entries.insert(account.to_string(), secret.clone());
        }
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<()> {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(account);
        }
        Ok(())
    }
}

/// Read a secret from the named environment variable (headless use: CI, servers, cron).
pub fn from_env(name: &str) -> Option<Sensitive<String>> {
    std::env::var(name)
        .ok()
        .filter(|v| !v.is_empty())
        .map(Sensitive::new)
}
