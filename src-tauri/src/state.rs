use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use osd_model::{CheckReport, StepStatus};
use osd_session::app_config::{AppConfig, APP_OWNER};
use osd_session::export_pull::PullProgressSink;
use osd_session::secrets::SecretStore;
use osd_session::software_update::note_running_version;
use osd_session::{demo, last_check, Session, SessionError};

/// Whose last check the demo's is.
const DEMO_OWNER: &str = "demo";
use osd_store::Db;
use tokio::sync::{Notify, RwLock};

use crate::ipc_error::IpcError;

/// The session the window works with: the saved store and ERP, or the built-in demo.
pub struct Connected {
    pub session: Session,
    pub is_demo: bool,
    _demo: Option<demo::Demo>,
}

/// What the tray shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    Unknown,
    Ok,
    Attention,
    Blocked,
}

impl Health {
    pub fn of(report: &CheckReport) -> Self {
        let statuses = report.steps.iter().map(|s| s.status);
        if statuses.clone().any(|s| s == StepStatus::Failed) {
            Self::Blocked
        } else if statuses.clone().any(|s| s == StepStatus::Warning) {
            Self::Attention
        } else {
            Self::Ok
        }
    }
}

pub struct AppState {
    pub data_dir: PathBuf,
    /// The OS keychain, under this build's identifier (dev builds never see a real install's).
    pub secrets: Arc<dyn SecretStore>,
    config: Mutex<AppConfig>,
    /// The language the app speaks, shared with every session it connects: Settings change it
    /// and the next check, alert and report are worded in it.
    pub speaking: osd_i18n::Speaking,
    connected: RwLock<Option<Arc<Connected>>>,
    /// "Check now": the monitor runs a round at once.
    pub wake_monitor: Notify,
    /// The browser sign-in started and not yet waited for.
    pub sign_in: tokio::sync::Mutex<Option<osd_session::browser_sign_in::SignInAttempt>>,
    /// Stops the wait for a browser sign-in.
    pub cancel_sign_in: Notify,
    /// Where an `order-sync-doctor://` link goes when the OS hands one over.
    pub app_link: Mutex<Option<tokio::sync::oneshot::Sender<url::Url>>>,
    /// Resends, fixes and monitor rounds each hold it shared while they write; installing an
    /// update takes it whole, so it waits for them to finish and nothing new starts after.
    pub work: tokio::sync::RwLock<()>,
    /// The app's own updates: what is on offer, whether one is being installed.
    pub updates: crate::update::Updates,
    /// The version that ran before the last update, when the app has been updated.
    pub updated_from: Option<String>,
    /// Where a session says how a large pull is coming along (the window, once it is open).
    pub pull_progress: std::sync::OnceLock<PullProgressSink>,
}

fn poisoned<T>(error: std::sync::PoisonError<T>) -> SessionError {
    SessionError::Profile(format!("the app's settings are unavailable: {error}"))
}

impl AppState {
    /// The app's state from its data folder; `running` is this build's version, recorded so
    /// the next start knows whether the app was updated in between.
    pub fn new(
        data_dir: PathBuf,
        secrets: Arc<dyn SecretStore>,
        running: &str,
    ) -> Result<Self, SessionError> {
        let mut config = AppConfig::load(&data_dir)?;
        if note_running_version(&mut config, running) {
            config.save(&data_dir)?;
        }
        let updated_from = config.previous_version.clone();
        Ok(Self {
            data_dir,
            secrets,
            speaking: osd_i18n::Speaking::new(config.language()),
            config: Mutex::new(config),
            connected: RwLock::new(None),
            wake_monitor: Notify::new(),
            sign_in: tokio::sync::Mutex::new(None),
            cancel_sign_in: Notify::new(),
            app_link: Mutex::new(None),
            work: tokio::sync::RwLock::new(()),
            updates: crate::update::Updates::default(),
            updated_from,
            pull_progress: std::sync::OnceLock::new(),
        })
    }

    /// Permission to write to the store or the ERP, refused while an update is being installed
    /// (the app is about to restart; the manager resends after it).
    pub fn start_work(&self) -> Result<tokio::sync::RwLockReadGuard<'_, ()>, IpcError> {
        self.work
            .try_read()
            .map_err(|_| crate::update::installing(self))
    }

    pub fn config(&self) -> Result<MutexGuard<'_, AppConfig>, SessionError> {
        self.config.lock().map_err(poisoned)
    }

    /// Change the configuration and save it; `reconnect` when the systems changed.
    pub async fn change_config(
        &self,
        change: impl FnOnce(&mut AppConfig) -> Result<(), SessionError>,
        reconnect: bool,
    ) -> Result<(), SessionError> {
        {
            let mut config = self.config()?;
            let mut changed = config.clone();
            change(&mut changed)?;
            changed.save(&self.data_dir)?;
            self.speaking.set(changed.language());
            *config = changed;
        }
        if reconnect {
            *self.connected.write().await = None;
            // Other systems: the last check says nothing about them.
            for owner in [APP_OWNER, DEMO_OWNER] {
                let _ = std::fs::remove_file(last_check::file(&self.data_dir, owner));
            }
        }
        Ok(())
    }

    /// Where the last check of the systems in use is kept.
    pub fn last_check_file(&self) -> Result<PathBuf, SessionError> {
        let owner = match self.config()?.profile() {
            Some(_) => APP_OWNER,
            None => DEMO_OWNER,
        };
        Ok(last_check::file(&self.data_dir, owner))
    }

    /// Connected on first use, so the window appears before the demo's simulators are up.
    pub async fn connected(&self) -> Result<Arc<Connected>, SessionError> {
        if let Some(connected) = self.connected.read().await.as_ref() {
            return Ok(connected.clone());
        }
        let mut slot = self.connected.write().await;
        if let Some(connected) = slot.as_ref() {
            return Ok(connected.clone());
        }
        let profile = self.config()?.profile();
        let connected = Arc::new(match profile {
            Some(profile) => {
                let store = profile.store(&self.secrets)?;
                let erp = profile.erp(&self.secrets)?;
                let db = Db::open(&self.data_dir.join(format!("{APP_OWNER}.sqlite"))).await?;
                let mut session = Session::new(db, store, erp, Arc::new(chrono::Utc::now));
                session.store_status_page = profile.store_status_page()?;
                session.middleware = profile.middleware(&self.secrets)?;
                session.data_folder = Some(self.data_dir.clone());
                session.language = self.speaking.clone();
                session.pull_progress = self.pull_progress.get().cloned();
                if let Some(ready) = profile.store.ready_statuses()? {
                    session.ready = ready;
                }
                Connected {
                    session,
                    is_demo: false,
                    _demo: None,
                }
            }
            None => self.start_demo().await?,
        });
        *slot = Some(connected.clone());
        Ok(connected)
    }

    async fn start_demo(&self) -> Result<Connected, SessionError> {
        let (demo, mut session) = demo::start(
            &self.data_dir.join("demo.sqlite"),
            Arc::new(chrono::Utc::now),
            demo::DemoStore::Shopify,
            demo::DemoErp::NetSuite,
        )
        .await?;
        // Where the demo's simulators listen (loopback, no secrets): for tests and the curious.
        let listening = serde_json::json!({
            "store": match &demo.store {
                demo::StoreSimulator::Shopify(shop) => Some(shop.base_url().to_string()),
                _ => None,
            },
            "erp": demo.erp.base_url().to_string(),
        });
        if let Err(error) = osd_store::private_files::write_private_file(
            &self.data_dir.join("demo-simulators.json"),
            listening.to_string(),
        ) {
            tracing::warn!(%error, "demo-simulators.json not written");
        }
        session.language = self.speaking.clone();
        session.pull_progress = self.pull_progress.get().cloned();
        Ok(Connected {
            session,
            is_demo: true,
            _demo: Some(demo),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use osd_session::secrets::MemorySecrets;

    /// An update waits for a resend under way, and no resend starts once it waits.
    #[tokio::test]
    async fn an_update_drains_work_and_refuses_new_work() {
        let dir = tempfile::tempdir().unwrap();
        let secrets = Arc::new(MemorySecrets::default());
        let state = Arc::new(AppState::new(dir.path().into(), secrets, "0.1.0").unwrap());
        let resend = state.start_work().unwrap();
        let installer = {
            let state = state.clone();
            tokio::spawn(async move {
                let _drained = state.work.write().await;
            })
        };
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        assert!(!installer.is_finished(), "the update waited for the resend");
        let refused = state.start_work().err().unwrap();
        assert_eq!(refused.code, "update_installing");
        assert!(refused.message.contains("restarts"), "{}", refused.message);
        drop(resend);
        installer.await.unwrap();
        assert!(
            state.start_work().is_ok(),
            "work goes on when no update installs"
        );
    }

    #[test]
    fn the_version_running_is_recorded_and_an_update_remembered() {
        let dir = tempfile::tempdir().unwrap();
        let secrets: Arc<dyn SecretStore> = Arc::new(MemorySecrets::default());
        let first = AppState::new(dir.path().into(), secrets.clone(), "0.1.0").unwrap();
        assert_eq!(first.updated_from, None);
        let updated = AppState::new(dir.path().into(), secrets, "0.2.0").unwrap();
        assert_eq!(updated.updated_from.as_deref(), Some("0.1.0"));
        let saved = AppConfig::load(dir.path()).unwrap();
        assert_eq!(saved.last_version.as_deref(), Some("0.2.0"));
    }
}
