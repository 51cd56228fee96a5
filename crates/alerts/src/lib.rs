//! Alerts reach the store manager where they look: the desktop (a D-Bus notification), Slack
//! (an incoming webhook) or e-mail (SMTP with STARTTLS). What to say is composed once; each
//! channel only delivers it. Deciding *when* to alert (once per incident, a digest when many
//! come at once) is the monitor's job, which records what it sent.

mod compose;
mod desktop;
mod email;
mod slack;

pub use compose::{failures, outage_ended, outage_started, silence, test_alert, Alert};
pub use desktop::Desktop;
pub use email::{Email, EmailSettings};
pub use slack::{block_kit, Slack};

#[derive(Debug, thiserror::Error)]
pub enum AlertError {
    #[error("the desktop notification could not be shown: {0}")]
    Desktop(String),
    #[error("Slack did not take the message: {0}")]
    Slack(String),
    #[error("the e-mail could not be sent: {0}")]
    Email(String),
}

/// Somewhere an alert can be delivered.
#[async_trait::async_trait]
pub trait Channel: Send + Sync {
    /// As the settings screen names it: "Desktop", "Slack", "E-mail".
    fn name(&self) -> &'static str;
    async fn send(&self, alert: &Alert) -> Result<(), AlertError>;
}
