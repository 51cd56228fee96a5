//! The desktop app's own configuration, `app.toml` in its data folder: the same `[store]`,
//! `[erp]`, `[alerts]` and `[monitor]` sections a CLI profile has (so one can be copied into
//! the other), an optional `[middleware]`, plus whether the window shows the demo. Secrets are
//! never in it: they are in the OS keychain under `app/store`, `app/erp`, `app/middleware`,
//! `app/slack` and `app/smtp`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use osd_store::private_files;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::alerting::{AlertsProfile, EmailProfile, MonitorProfile};
use crate::profile::{account, ErpProfile, MiddlewareProfile, Profile, Side, StoreProfile};
use crate::secrets::SecretStore;
use crate::{Result, SessionError};

/// Names the app's keychain entries, like a profile's name does for the CLI.
pub const APP_OWNER: &str = "app";
const FILE: &str = "app.toml";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AppConfig {
    /// Show the built-in demo rather than the saved store and ERP.
    pub use_demo: bool,
    /// The monitor stays quiet until resumed (tray: Pause monitoring).
    pub monitor_paused: bool,
    pub store: Option<StoreProfile>,
    pub erp: Option<ErpProfile>,
    /// The integration tool between them, when orders go through one.
    #[serde(default)]
    pub middleware: Option<MiddlewareProfile>,
    /// The language the app speaks (`en`, `de`, `fr`, `es`, `nl`); absent: the OS's.
    pub language: Option<String>,
    pub alerts: AlertsProfile,
    pub monitor: MonitorProfile,
    /// The version that last ran with this configuration: a different one at start means the
    /// app was updated.
    pub last_version: Option<String>,
    /// The version before the last update (Settings: "updated from").
    pub previous_version: Option<String>,
}

impl Default for AppConfig {
    fn default() -> Self {
        Self {
            use_demo: true,
            monitor_paused: false,
            store: None,
            erp: None,
            middleware: None,
            language: None,
            alerts: AlertsProfile::default(),
            monitor: MonitorProfile::default(),
            last_version: None,
            previous_version: None,
        }
    }
}

fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

impl AppConfig {
    /// The saved configuration; the defaults (the demo) when there is none yet. A file that
    /// cannot be read is an error naming it, never silently replaced.
    pub fn load(dir: &Path) -> Result<Self> {
        let file = path(dir);
        match std::fs::read_to_string(&file) {
            Ok(text) => toml::from_str(&text)
                .map_err(|e| SessionError::Profile(format!("{}: {e}", file.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(SessionError::Profile(format!("{}: {e}", file.display()))),
        }
    }

    /// Written whole to a temporary file and renamed over the old one, so a crash leaves
    /// either the old or the new file, never half of one.
    pub fn save(&self, dir: &Path) -> Result<()> {
        let text = toml::to_string(self).map_err(|e| {
            SessionError::Profile(format!("the settings could not be written: {e}"))
        })?;
        private_files::create_private_dir(dir).map_err(|e| io_error(dir, e))?;
        let file = path(dir);
        let temporary = dir.join(format!("{FILE}.new"));
        private_files::write_private_file(&temporary, text).map_err(|e| io_error(&temporary, e))?;
        std::fs::rename(&temporary, &file).map_err(|e| io_error(&file, e))
    }

    /// The language chosen in Settings, else the OS's (English when it is none of the five).
    pub fn language(&self) -> osd_i18n::Language {
        self.language
            .as_deref()
            .and_then(osd_i18n::Language::parse)
            .unwrap_or_else(osd_i18n::Language::of_system)
    }

    /// The saved systems as a profile, when both are saved and the demo is not chosen.
    pub fn profile(&self) -> Option<Profile> {
        if self.use_demo {
            return None;
        }
        Some(Profile {
            name: Some(APP_OWNER.into()),
            store: self.store.clone()?,
            erp: self.erp.clone()?,
            alerts: self.alerts.clone(),
            monitor: self.monitor.clone(),
            middleware: self.middleware.clone(),
        })
    }
}

fn io_error(path: &Path, error: std::io::Error) -> SessionError {
    SessionError::Profile(format!("{}: {error}", path.display()))
}

/// What the window needs to know about the app when it opens.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export_to = "app.ts")]
pub struct AppInfo {
    pub version: String,
    pub demo: bool,
    /// `--open PLACE` on the command line (a notification's "Open" action): where to look.
    pub open: Option<String>,
    /// The language the app speaks (`en`, `de`, `fr`, `es`, `nl`; `en-XA` for the
    /// pseudo-locale).
    pub language: String,
    /// The version that ran before the last update, when the app has been updated.
    pub updated_from: Option<String>,
}

/// The Settings screen: how the monitor runs and who it tells. Secrets only as "saved".
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export_to = "app.ts")]
pub struct Settings {
    pub interval_minutes: u32,
    /// Orders younger than this are not reported missing yet.
    pub grace_minutes: u32,
    pub auto_send: bool,
    pub monitor_paused: bool,
    pub desktop: bool,
    pub slack: bool,
    /// A Slack webhook is saved in the keychain.
    pub slack_saved: bool,
    pub email: Option<EmailSettings>,
    /// An SMTP password is saved in the keychain.
    pub smtp_saved: bool,
    /// The language chosen (`de`, …); `None`: the OS's.
    pub language: Option<String>,
    /// The language the app speaks now: the one chosen, else the OS's when the app speaks it,
    /// else English.
    pub speaking: String,
    /// The OS's language as the app takes it (English when it speaks none of the OS's).
    pub system_language: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export_to = "app.ts")]
pub struct EmailSettings {
    pub smtp_host: String,
    pub smtp_port: u16,
    pub username: Option<String>,
    pub from: String,
    pub to: Vec<String>,
}

/// What the Settings screen saves. A secret field left empty keeps the saved secret.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export_to = "app.ts")]
pub struct SettingsChange {
    pub interval_minutes: u32,
    pub grace_minutes: u32,
    pub auto_send: bool,
    pub desktop: bool,
    pub slack: bool,
    pub slack_webhook: Option<String>,
    pub email: Option<EmailSettings>,
    pub smtp_password: Option<String>,
    /// `None` or empty: follow the OS.
    pub language: Option<String>,
}

fn saved(secrets: &dyn SecretStore, side: Side) -> bool {
    matches!(secrets.get(&account(APP_OWNER, side)), Ok(Some(_)))
}

fn given(secret: &Option<String>) -> Option<&str> {
    secret.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl AppConfig {
    pub fn settings(&self, secrets: &dyn SecretStore) -> Settings {
        Settings {
            interval_minutes: u32::try_from(self.monitor.interval_minutes).unwrap_or(u32::MAX),
            grace_minutes: u32::try_from(self.monitor.grace_minutes.max(0)).unwrap_or(0),
            auto_send: self.monitor.auto_send,
            monitor_paused: self.monitor_paused,
            desktop: self.alerts.desktop,
            slack: self.alerts.slack,
            slack_saved: saved(secrets, Side::Slack),
            email: self.alerts.email.as_ref().map(|e| EmailSettings {
                smtp_host: e.smtp_host.clone(),
                smtp_port: e.smtp_port,
                username: e.username.clone(),
                from: e.from.clone(),
                to: e.to.clone(),
            }),
            smtp_saved: saved(secrets, Side::Smtp),
            language: self.language.clone(),
            speaking: self.language().tag().to_string(),
            system_language: osd_i18n::Language::of_system().tag().to_string(),
        }
    }

    /// Check and apply a change from the Settings screen; new secrets go to the keychain.
    pub fn change_settings(
        &mut self,
        change: &SettingsChange,
        secrets: &Arc<dyn SecretStore>,
    ) -> Result<()> {
        if !(1..=24 * 60).contains(&change.interval_minutes) {
            return Err(SessionError::Profile(
                "check every 1 to 1,440 minutes".into(),
            ));
        }
        if let Some(webhook) = given(&change.slack_webhook) {
            let url = url::Url::parse(webhook).map_err(|_| {
                SessionError::Profile("the Slack webhook should be an https:// address".into())
            })?;
            if url.scheme() != "https" {
                return Err(SessionError::Profile(
                    "the Slack webhook should be an https:// address".into(),
                ));
            }
        }
        if change.slack
            && given(&change.slack_webhook).is_none()
            && !saved(secrets.as_ref(), Side::Slack)
        {
            return Err(SessionError::Profile(
                "paste the Slack webhook address to turn Slack alerts on".into(),
            ));
        }
        if let Some(email) = &change.email {
            if email.smtp_host.trim().is_empty() || email.from.trim().is_empty() {
                return Err(SessionError::Profile(
                    "e-mail alerts need the mail server and a sender address".into(),
                ));
            }
            if email.to.iter().all(|t| t.trim().is_empty()) {
                return Err(SessionError::Profile(
                    "e-mail alerts need at least one recipient".into(),
                ));
            }
        }
        let language = change
            .language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty());
        if let Some(tag) = language {
            if osd_i18n::Language::parse(tag).is_none() {
                return Err(SessionError::Profile(format!(
                    "\"{tag}\" is not a language the app speaks"
                )));
            }
        }
        if let Some(webhook) = given(&change.slack_webhook) {
            secrets.set(
                &account(APP_OWNER, Side::Slack),
                &webhook.to_string().into(),
            )?;
        }
        if let Some(password) = given(&change.smtp_password) {
            secrets.set(
                &account(APP_OWNER, Side::Smtp),
                &password.to_string().into(),
            )?;
        }
        self.language = language.map(str::to_string);
        self.monitor.interval_minutes = u64::from(change.interval_minutes);
        self.monitor.grace_minutes = i64::from(change.grace_minutes);
        self.monitor.auto_send = change.auto_send;
        self.alerts.desktop = change.desktop;
        self.alerts.slack = change.slack;
        self.alerts.email = change.email.as_ref().map(|e| EmailProfile {
            smtp_host: e.smtp_host.trim().to_string(),
            smtp_port: e.smtp_port,
            username: e.username.clone().filter(|u| !u.trim().is_empty()),
            password_env: None,
            from: e.from.trim().to_string(),
            to: e
                .to
                .iter()
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect(),
            ca_file: self
                .alerts
                .email
                .as_ref()
                .and_then(|old| old.ca_file.clone()),
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::MemorySecrets;

    #[test]
    fn a_fresh_install_shows_the_demo_and_a_saved_file_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let fresh = AppConfig::load(dir.path()).unwrap();
        assert!(fresh.use_demo && fresh.profile().is_none());

        let mut config = fresh;
        config.store = Some(StoreProfile::Csv {
            path: "orders.csv".into(),
            ready_statuses: Some(vec!["paid".into(), "pending".into()]),
        });
        config.erp = Some(ErpProfile::Tryton {
            url: "http://tryton.example:8000".into(),
            database: "shop".into(),
            username: "admin".into(),
            secret_env: None,
            timeout_seconds: None,
        });
        config.use_demo = false;
        config.save(dir.path()).unwrap();
        let again = AppConfig::load(dir.path()).unwrap();
        let profile = again.profile().unwrap();
        assert_eq!(profile.name(), APP_OWNER);
        assert!(
            matches!(profile.erp, ErpProfile::Tryton { ref database, .. } if database == "shop")
        );
        let ready = profile.store.ready_statuses().unwrap().unwrap();
        assert_eq!(
            ready.names(),
            ["paid", "pending"],
            "the setting round-trips"
        );
    }

    #[test]
    fn a_broken_file_is_reported_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), "use_demo = maybe").unwrap();
        let error = AppConfig::load(dir.path()).unwrap_err();
        assert!(error.to_string().contains("app.toml"), "{error}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join(FILE)).unwrap(),
            "use_demo = maybe"
        );
    }

    #[test]
    fn settings_keep_secrets_in_the_keychain_and_say_only_saved() {
        let dir = tempfile::tempdir().unwrap();
        let secrets: Arc<dyn SecretStore> = Arc::new(MemorySecrets::default());
        let mut config = AppConfig::default();
        let webhook = "https://hooks.slack.com/services/T000/B000/very-secret";
        let change = SettingsChange {
            interval_minutes: 10,
            grace_minutes: 5,
            auto_send: true,
            desktop: true,
            slack: true,
            slack_webhook: Some(webhook.into()),
            email: None,
            smtp_password: None,
            language: Some("de".into()),
        };
        config.change_settings(&change, &secrets).unwrap();
        assert_eq!(config.language(), osd_i18n::Language::German);
        config.save(dir.path()).unwrap();
        let file = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        assert!(!file.contains("very-secret"), "{file}");
        let shown = config.settings(secrets.as_ref());
        assert!(shown.slack_saved && shown.auto_send && shown.interval_minutes == 10);
        assert!(!serde_json::to_string(&shown)
            .unwrap()
            .contains("very-secret"));

        let no_hook = SettingsChange {
            slack_webhook: None,
            ..change.clone()
        };
        let fresh: Arc<dyn SecretStore> = Arc::new(MemorySecrets::default());
        assert!(AppConfig::default()
            .change_settings(&no_hook, &fresh)
            .is_err());
        let bad_interval = SettingsChange {
            interval_minutes: 0,
            ..change.clone()
        };
        assert!(config.change_settings(&bad_interval, &secrets).is_err());
        let klingon = SettingsChange {
            language: Some("tlh".into()),
            ..change.clone()
        };
        assert!(config.change_settings(&klingon, &secrets).is_err());
        let system = SettingsChange {
            language: Some(" ".into()),
            ..change
        };
        config.change_settings(&system, &secrets).unwrap();
        assert_eq!(config.language, None, "empty follows the OS");
    }
}
