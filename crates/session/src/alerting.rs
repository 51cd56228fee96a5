//! The profile's `[alerts]` and `[monitor]` sections: which channels tell the user, and how
//! the monitor runs. Secrets (Slack's webhook URL, the SMTP password) come from the keychain
//! (`sync-doctor login slack|smtp`) or, for tests and services, a named variable.

use std::path::PathBuf;
use std::sync::Arc;

use osd_alerts::{Channel, Desktop, Email, EmailSettings, Slack};
use serde::{Deserialize, Serialize};

use crate::monitor::MonitorSettings;
use crate::profile::{secret, Profile, Side};
use crate::secrets::SecretStore;
use crate::{Result, SessionError};

/// How a test alert went on one channel.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export_to = "app.ts")]
pub struct AlertSent {
    pub channel: String,
    /// `None` when it was sent; what went wrong otherwise.
    pub error: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AlertsProfile {
    /// Notifications on this computer's desktop.
    #[serde(default = "yes")]
    pub desktop: bool,
    /// Post to a Slack incoming webhook (its URL is the secret).
    #[serde(default)]
    pub slack: bool,
    pub slack_webhook_env: Option<String>,
    pub email: Option<EmailProfile>,
}

impl Default for AlertsProfile {
    fn default() -> Self {
        Self {
            desktop: true,
            slack: false,
            slack_webhook_env: None,
            email: None,
        }
    }
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProfile {
    pub smtp_host: String,
    /// 587, submission with STARTTLS, unless the provider says otherwise.
    #[serde(default = "submission_port")]
    pub smtp_port: u16,
    pub username: Option<String>,
    pub password_env: Option<String>,
    pub from: String,
    pub to: Vec<String>,
    /// A PEM file with the root certificate of a relay signed by its own authority.
    pub ca_file: Option<PathBuf>,
}

fn submission_port() -> u16 {
    587
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct MonitorProfile {
    #[serde(default = "five")]
    pub interval_minutes: u64,
    #[serde(default = "ten")]
    pub grace_minutes: i64,
    #[serde(default)]
    pub auto_send: bool,
    /// Alert after this many hours without an order in business hours; 0 turns it off.
    #[serde(default = "four")]
    pub silence_hours: i64,
    /// Local hours, e.g. "9-18".
    #[serde(default = "office")]
    pub business_hours: String,
    /// Send failures as a digest at most every this many minutes (0: at once).
    #[serde(default)]
    pub digest_minutes: i64,
    /// Minutes before each retry of a transient failure; after the last, the order is dead.
    #[serde(default = "retry_schedule")]
    pub retry_minutes: Vec<u64>,
}

impl Default for MonitorProfile {
    fn default() -> Self {
        Self {
            interval_minutes: five(),
            grace_minutes: ten(),
            auto_send: false,
            silence_hours: four(),
            business_hours: office(),
            digest_minutes: 0,
            retry_minutes: retry_schedule(),
        }
    }
}

fn retry_schedule() -> Vec<u64> {
    vec![5, 30, 60, 180, 360]
}

fn five() -> u64 {
    5
}
fn ten() -> i64 {
    10
}
fn four() -> i64 {
    4
}
fn office() -> String {
    "9-18".into()
}

impl MonitorProfile {
    pub fn settings(&self) -> Result<MonitorSettings> {
        let hours = self
            .business_hours
            .split_once('-')
            .and_then(|(a, b)| Some((a.trim().parse().ok()?, b.trim().parse().ok()?)))
            .filter(|(a, b): &(u32, u32)| a < b && *b <= 24)
            .ok_or_else(|| {
                SessionError::Profile(format!(
                    "business_hours \"{}\" should look like \"9-18\"",
                    self.business_hours
                ))
            })?;
        Ok(MonitorSettings {
            interval: std::time::Duration::from_secs(self.interval_minutes.max(1) * 60),
            grace: chrono::Duration::minutes(self.grace_minutes.max(0)),
            auto_send: self.auto_send,
            silence_after: (self.silence_hours > 0)
                .then(|| chrono::Duration::hours(self.silence_hours)),
            business_hours: hours,
            digest_every: (self.digest_minutes > 0)
                .then(|| chrono::Duration::minutes(self.digest_minutes)),
            retry: osd_resend::RetryPolicy {
                schedule: self
                    .retry_minutes
                    .iter()
                    .map(|m| std::time::Duration::from_secs(m * 60))
                    .collect(),
                ..osd_resend::RetryPolicy::default()
            },
        })
    }
}

/// The channels a profile asks for, with their secrets.
pub fn channels(
    profile: &Profile,
    secrets: &Arc<dyn SecretStore>,
    open_app: Option<Vec<String>>,
) -> Result<Vec<Box<dyn Channel>>> {
    channels_for(&profile.alerts, profile.name(), secrets, open_app)
}

/// The channels an `[alerts]` section asks for; `owner` names the keychain entries of their
/// secrets (`<owner>/slack`, `<owner>/smtp`).
pub fn channels_for(
    alerts: &AlertsProfile,
    owner: &str,
    secrets: &Arc<dyn SecretStore>,
    open_app: Option<Vec<String>>,
) -> Result<Vec<Box<dyn Channel>>> {
    let mut channels: Vec<Box<dyn Channel>> = Vec::new();
    if alerts.desktop {
        channels.push(Box::new(Desktop {
            open_with: open_app,
        }));
    }
    if alerts.slack {
        let secret = secret(
            owner,
            Side::Slack,
            alerts.slack_webhook_env.as_ref(),
            secrets.as_ref(),
        )?;
        let url = url::Url::parse(secret.expose().trim())
            .map_err(|_| SessionError::Profile("the saved Slack webhook is not a URL".into()))?;
        channels.push(Box::new(
            Slack::new(osd_model::Sensitive::new(url))
                .map_err(|e| SessionError::Profile(e.to_string()))?,
        ));
    }
    if let Some(email) = &alerts.email {
        let password = match (&email.username, &email.password_env) {
            (None, _) => None,
            (Some(_), env) => Some(secret(owner, Side::Smtp, env.as_ref(), secrets.as_ref())?),
        };
        let extra_root_pem = email
            .ca_file
            .as_ref()
            .map(|path| {
                std::fs::read(path)
                    .map_err(|e| SessionError::Profile(format!("{}: {e}", path.display())))
            })
            .transpose()?;
        channels.push(Box::new(
            Email::new(EmailSettings {
                host: email.smtp_host.clone(),
                port: email.smtp_port,
                username: email.username.clone(),
                password,
                from: email.from.clone(),
                to: email.to.clone(),
                extra_root_pem,
            })
            .map_err(|e| SessionError::Profile(e.to_string()))?,
        ));
    }
    Ok(channels)
}
