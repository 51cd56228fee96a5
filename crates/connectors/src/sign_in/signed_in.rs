//! A signed-in connection's bearer tokens: short-lived access tokens from the refresh token,
//! renewed before they run out, and each new refresh token handed to the keeper at once, since
//! the old one may be dead the moment the new one exists (NetSuite's public clients). Several
//! clients of one sign-in (a check, the monitor) share the refresh token through the keeper:
//! each refresh starts from the one saved last, not from the one it was built with.

use std::sync::Arc;
use std::time::{Duration, Instant};

use osd_model::Sensitive;
use tokio::sync::Mutex;

use super::SignInProvider;
use crate::CallError;

/// Saves a new refresh token where the old one was kept.
pub type SaveRefreshToken = dyn Fn(&Sensitive<String>) + Send + Sync;
/// Reads the refresh token saved last, when the place it is kept can be read.
pub type LoadRefreshToken = dyn Fn() -> Option<Sensitive<String>> + Send + Sync;

/// Where a sign-in's refresh token lives (the OS keychain in the app).
#[derive(Clone)]
pub struct TokenKeeper {
    pub load: Arc<LoadRefreshToken>,
    pub save: Arc<SaveRefreshToken>,
}

impl std::fmt::Debug for TokenKeeper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenKeeper")
    }
}

struct Access {
    token: Sensitive<String>,
    renew_at: Instant,
}

pub struct SignedIn {
    provider: SignInProvider,
    refresh_token: Mutex<Sensitive<String>>,
    access: Mutex<Option<Access>>,
    keep: TokenKeeper,
}

impl std::fmt::Debug for SignedIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedIn")
            .field("authority", &self.provider.authority)
            .finish_non_exhaustive()
    }
}

impl SignedIn {
    pub fn new(
        provider: SignInProvider,
        refresh_token: Sensitive<String>,
        keep: TokenKeeper,
    ) -> Self {
        Self {
            provider,
            refresh_token: Mutex::new(refresh_token),
            access: Mutex::new(None),
            keep,
        }
    }

    /// Right after a sign-in: the access token just granted is used until it runs out.
    pub fn with_access(provider: SignInProvider, grant: super::Grant, keep: TokenKeeper) -> Self {
        let refresh_token = grant.refresh_token.unwrap_or_default();
        Self {
            provider,
            refresh_token: Mutex::new(refresh_token),
            access: Mutex::new(Some(Access {
                renew_at: Instant::now() + grant.lifetime.saturating_sub(Duration::from_secs(120)),
                token: grant.access_token,
            })),
            keep,
        }
    }

    pub fn provider(&self) -> &SignInProvider {
        &self.provider
    }

    /// The access token to send; a new one when `renew` (the last was refused) or when it is
    /// within two minutes of its end. A refused refresh is the step-1 finding "sign in again".
    pub async fn bearer(
        &self,
        http: &reqwest::Client,
        system: &str,
        renew: bool,
    ) -> Result<String, CallError> {
        let mut access = self.access.lock().await;
        if let Some(current) = access
            .as_ref()
            .filter(|a| !renew && a.renew_at > Instant::now())
        {
            return Ok(current.token.expose().clone());
        }
        // Held across the call: two refreshes at once would spend a one-use token twice.
        let mut refresh_token = self.refresh_token.lock().await;
        if let Some(saved) = (self.keep.load)() {
            *refresh_token = saved;
        }
        let grant = match self.provider.refresh(http, &refresh_token).await {
            Ok(grant) => grant,
            Err(error) => {
                // Another client of this sign-in may have spent the token a moment ago and
                // saved its successor: one more try with that one before giving up.
                match (self.keep.load)().filter(|s| s.expose() != refresh_token.expose()) {
                    Some(newer) => {
                        *refresh_token = newer;
                        self.provider
                            .refresh(http, &refresh_token)
                            .await
                            .map_err(|e| e.into_call_error(system, self.provider.side()))?
                    }
                    None => return Err(error.into_call_error(system, self.provider.side())),
                }
            }
        };
        if let Some(next) = grant.refresh_token {
            (self.keep.save)(&next);
            *refresh_token = next;
        }
        let value = grant.access_token.expose().clone();
        *access = Some(Access {
            token: grant.access_token,
            renew_at: Instant::now() + grant.lifetime.saturating_sub(Duration::from_secs(120)),
        });
        Ok(value)
    }
}
