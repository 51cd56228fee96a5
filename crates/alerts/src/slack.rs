//! Slack incoming webhooks: one JSON POST with a Block Kit message and a plain-text fallback.
//! https://api.slack.com/messaging/webhooks, https://api.slack.com/reference/block-kit

use std::time::Duration;

use osd_model::Sensitive;
use serde_json::{json, Value};

use crate::{Alert, AlertError, Channel};

pub struct Slack {
    /// `https://hooks.slack.com/services/T…/B…/…`: the URL is the secret, so it lives in
    /// the keychain and is never logged.
    pub webhook: Sensitive<url::Url>,
    pub http: reqwest::Client,
}

impl Slack {
    pub fn new(webhook: Sensitive<url::Url>) -> Result<Self, AlertError> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .build()
            .map_err(|e| AlertError::Slack(e.to_string()))?;
        Ok(Self { webhook, http })
    }
}

/// Slack's mrkdwn treats `&`, `<` and `>` as control characters; everything else is text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The message: a header, the body, and where it comes from.
pub fn block_kit(alert: &Alert) -> Value {
    json!({
        "text": format!("{}: {}", alert.title, alert.body),
        "blocks": [
            { "type": "header", "text": { "type": "plain_text", "text": alert.title, "emoji": false } },
            { "type": "section", "text": { "type": "mrkdwn", "text": escape(&alert.body) } },
            { "type": "context", "elements": [ { "type": "mrkdwn", "text": escape(&alert.words().get("alert-sent-by")) } ] }
        ]
    })
}

#[async_trait::async_trait]
impl Channel for Slack {
    fn name(&self) -> &'static str {
        "Slack"
    }

    async fn send(&self, alert: &Alert) -> Result<(), AlertError> {
        let answer = self
            .http
            .post(self.webhook.expose().clone())
            .json(&block_kit(alert))
            .send()
            .await
            // The error's text would carry the webhook URL: the secret.
            .map_err(|e| AlertError::Slack(e.without_url().to_string()))?;
        let status = answer.status();
        let text = answer.text().await.unwrap_or_default();
        // Slack answers 200 "ok"; errors come as 4xx with a short code ("invalid_payload").
        if status.is_success() {
            Ok(())
        } else {
            Err(AlertError::Slack(format!(
                "{status}: {}",
                text.chars().take(200).collect::<String>()
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn customer_text_cannot_become_a_slack_link_or_mention() {
        let alert = Alert {
            key: "k".into(),
            title: "1 order failed".into(),
            body: "SKU <!channel> & <https://evil.example|click>".into(),
            open: "error-log",
            language: osd_i18n::Language::English,
        };
        let message = block_kit(&alert);
        assert_eq!(
            message["blocks"][1]["text"]["text"],
            "SKU &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;"
        );
        assert_eq!(message["blocks"][0]["text"]["type"], "plain_text");
    }
}
