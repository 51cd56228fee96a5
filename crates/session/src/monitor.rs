//! The monitor: every few minutes pull new orders, send what is due (when auto-send is on),
//! and tell the user once per incident: orders that failed (grouped by root cause, one
//! message per round however many), an ERP outage (one message when it starts, one when it
//! ends), and a store that went silent during business hours. `sync-doctor watch` and the
//! app run this same round.

use std::time::Duration;

use chrono::{DateTime, Local, Timelike, Utc};
use osd_alerts::{Alert, Channel};
use osd_model::FindingCode;
use osd_resend::Options;
use osd_store::SyncState;
use serde::Serialize;

use crate::{Result, Selection, Session};

#[derive(Debug, Clone)]
pub struct MonitorSettings {
    /// Time between rounds.
    pub interval: Duration,
    /// An order younger than this is not missing yet: the integration may still be on it.
    pub grace: chrono::Duration,
    /// Send due orders (checked ones, and retries whose time came); otherwise only alert.
    pub auto_send: bool,
    /// Alert when no order arrived for this long during business hours.
    pub silence_after: Option<chrono::Duration>,
    /// Local hours [start, end) when silence is unusual.
    pub business_hours: (u32, u32),
    /// Tell failures at most this often, collected into one digest; `None`: at once.
    /// Outages and silence are always told at once.
    pub digest_every: Option<chrono::Duration>,
    /// When transient failures are tried again.
    pub retry: osd_resend::RetryPolicy,
}

impl Default for MonitorSettings {
    fn default() -> Self {
        Self {
            interval: Duration::from_secs(5 * 60),
            grace: chrono::Duration::minutes(10),
            auto_send: false,
            silence_after: Some(chrono::Duration::hours(4)),
            business_hours: (9, 18),
            digest_every: None,
            retry: osd_resend::RetryPolicy::default(),
        }
    }
}

/// What one round did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Round {
    pub erp_down: bool,
    pub sent: usize,
    pub alerts: Vec<Alert>,
}

const OUTAGE_CURSOR: &str = "monitor:erp_outage_since";
const DIGEST_CURSOR: &str = "monitor:last_failure_alert";

impl Session {
    /// One round of the monitor at `now`.
    pub async fn monitor_round(
        &self,
        settings: &MonitorSettings,
        channels: &[Box<dyn Channel>],
        now: DateTime<Utc>,
    ) -> Result<Round> {
        let mut round = Round::default();
        let erp = self.erp.system();
        let outage_since = self.db.cursor(OUTAGE_CURSOR).await?;
        match self.erp.test_connection().await {
            Err(e) if e.code.is_transient() => {
                round.erp_down = true;
                if outage_since.is_none() {
                    self.db.set_cursor(OUTAGE_CURSOR, now).await?;
                    let alert =
                        osd_alerts::outage_started(erp, now, &e.summary, self.language.get());
                    self.deliver(
                        &alert,
                        std::slice::from_ref(&alert.key),
                        channels,
                        &mut round,
                    )
                    .await?;
                }
                // Nothing can be sent meanwhile; orders wait in the queue.
                return Ok(round);
            }
            _ => {
                if let Some(since) = outage_since {
                    self.db.forget_cursor(OUTAGE_CURSOR).await?;
                    let alert = osd_alerts::outage_ended(erp, since, now, self.language.get());
                    self.deliver(
                        &alert,
                        std::slice::from_ref(&alert.key),
                        channels,
                        &mut round,
                    )
                    .await?;
                }
            }
        }

        self.refresh().await?;
        if settings.auto_send {
            let due: Vec<String> = self
                .db
                .due_orders(now)
                .await?
                .into_iter()
                .filter(|o| o.order.created_at + settings.grace <= now)
                .map(|o| o.external_id)
                .collect();
            if !due.is_empty() {
                let options = Options {
                    retry: settings.retry.clone(),
                    ..Options::default()
                };
                let results = self
                    .reprocess(&Selection::Orders(due), options, |_| {})
                    .await?;
                round.sent = results.iter().filter(|r| r.state.in_erp()).count();
            }
        }
        self.alert_failures(settings, channels, now, &mut round)
            .await?;
        self.alert_silence(settings, channels, now, &mut round)
            .await?;
        Ok(round)
    }

    /// One message for every order newly failed (or, without auto-send, newly missing past
    /// the grace period), grouped by root cause.
    async fn alert_failures(
        &self,
        settings: &MonitorSettings,
        channels: &[Box<dyn Channel>],
        now: DateTime<Utc>,
        round: &mut Round,
    ) -> Result<()> {
        let waiting = self
            .db
            .orders_in(&[
                SyncState::Checked,
                SyncState::Failed,
                SyncState::Dead,
                SyncState::RetryScheduled,
            ])
            .await?;
        let mut incidents: Vec<(String, FindingCode)> = Vec::new();
        for order in waiting {
            let code = match (order.state, order.last_code) {
                // Transient errors heal by themselves; they are told once they are given up.
                (SyncState::RetryScheduled, _) => continue,
                // Gone from the ERP (deleted there, a restored backup): told at once, grace
                // or not, since it was in before.
                (SyncState::Checked, Some(FindingCode::OrderLeftErp)) => FindingCode::OrderLeftErp,
                (SyncState::Checked, _) if order.order.created_at + settings.grace > now => {
                    continue
                }
                (SyncState::Checked, _) => FindingCode::OrderNotSynced,
                (_, Some(code)) => code,
                (_, None) => FindingCode::UnclassifiedError,
            };
            incidents.push((format!("order:{}:{}", order.external_id, code), code));
        }
        // The integration tool's failed runs, each told once; a tool that does not answer is
        // the check's step-1 finding, not an alert of its own.
        if let Some(middleware) = &self.middleware {
            if let Ok(runs) = middleware.failures().await {
                for run in runs {
                    let code = osd_doctor::error_text::classify_text(&run.error).code;
                    incidents.push((
                        format!("middleware:{}:{}", middleware.system(), run.id),
                        code,
                    ));
                }
            }
        }
        let keys: Vec<String> = incidents.iter().map(|(k, _)| k.clone()).collect();
        let told = self.db.alerted(&keys).await?;
        let new: Vec<&(String, FindingCode)> = incidents
            .iter()
            .filter(|(k, _)| !told.contains(k))
            .collect();
        if new.is_empty() {
            return Ok(());
        }
        // In digest mode new failures wait (untold, so nothing is lost) until the period since
        // the last failure message has passed; then they all go in one message.
        if let (Some(every), Some(last)) =
            (settings.digest_every, self.db.cursor(DIGEST_CURSOR).await?)
        {
            if now - last < every {
                return Ok(());
            }
        }
        self.db.set_cursor(DIGEST_CURSOR, now).await?;
        let mut groups: Vec<(FindingCode, usize)> = Vec::new();
        for (_, code) in &new {
            match groups.iter_mut().find(|(c, _)| c == code) {
                Some((_, n)) => *n += 1,
                None => groups.push((*code, 1)),
            }
        }
        let alert = osd_alerts::failures(
            format!("failures:{}", now.to_rfc3339()),
            &groups,
            self.erp.system(),
            self.language.get(),
        );
        let new_keys: Vec<String> = new.iter().map(|(k, _)| k.clone()).collect();
        self.deliver(&alert, &new_keys, channels, round).await
    }

    async fn alert_silence(
        &self,
        settings: &MonitorSettings,
        channels: &[Box<dyn Channel>],
        now: DateTime<Utc>,
        round: &mut Round,
    ) -> Result<()> {
        let (Some(after), Some(newest)) =
            (settings.silence_after, self.db.newest_order_at().await?)
        else {
            return Ok(());
        };
        let hour = now.with_timezone(&Local).hour();
        let (open, close) = settings.business_hours;
        if now - newest < after || hour < open || hour >= close {
            return Ok(());
        }
        let alert = osd_alerts::silence(self.store.system(), newest, now, self.language.get());
        if self
            .db
            .alerted(std::slice::from_ref(&alert.key))
            .await?
            .is_empty()
        {
            self.deliver(&alert, std::slice::from_ref(&alert.key), channels, round)
                .await?;
        }
        Ok(())
    }

    /// Send to every channel; the incident counts as told when at least one took it (the
    /// others' failures are logged), and is tried again next round when none did.
    async fn deliver(
        &self,
        alert: &Alert,
        keys: &[String],
        channels: &[Box<dyn Channel>],
        round: &mut Round,
    ) -> Result<()> {
        let mut took = Vec::new();
        for channel in channels {
            match channel.send(alert).await {
                Ok(()) => took.push(channel.name()),
                Err(error) => {
                    tracing::warn!(channel = channel.name(), %error, "alert not delivered")
                }
            }
        }
        if !took.is_empty() || channels.is_empty() {
            self.db
                .record_alert(keys, &alert.title, &took.join(","))
                .await?;
        }
        round.alerts.push(alert.clone());
        Ok(())
    }
}
