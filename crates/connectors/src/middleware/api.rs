//! One JSON call to an integration tool's REST API, as the three tools share it: their own
//! auth header, errors read as the tool's and named for it, an empty answer (204) as `None`.

use osd_model::{FindingCode, Sensitive};
use reqwest::Method;
use serde_json::Value;

use crate::http::{self, Side};
use crate::CallError;

pub struct JsonApi {
    pub system: &'static str,
    pub base_url: url::Url,
    /// The header that carries the key, and the prefix before it (`Bearer `, `Token `).
    pub auth_header: &'static str,
    pub auth_prefix: &'static str,
    pub key: Sensitive<String>,
    pub http: reqwest::Client,
}

impl JsonApi {
    pub fn url(&self, path: &str) -> Result<url::Url, CallError> {
        self.base_url.join(path).map_err(|e| {
            CallError::new(
                FindingCode::MiddlewareUnreachable,
                format!("The {} address is not valid", self.system),
                e.to_string(),
            )
            .with_key(self.system)
        })
    }

    pub async fn call(
        &self,
        method: Method,
        url: url::Url,
        body: Option<Value>,
    ) -> Result<Option<Value>, CallError> {
        let mut request = self
            .http
            .request(method, url)
            .header(
                self.auth_header,
                format!("{}{}", self.auth_prefix, self.key.expose()),
            )
            .header("Accept", "application/json");
        if let Some(body) = body {
            request = request.json(&body);
        }
        let answer = http::exchange(request, Side::Middleware, self.system).await?;
        if !answer.is_success() {
            let mut error = answer.generic_error(Side::Middleware, self.system);
            error.key = Some(self.system.into());
            return Err(error);
        }
        if answer.body.trim().is_empty() {
            return Ok(None);
        }
        serde_json::from_str(&answer.body).map(Some).map_err(|_| {
            CallError::new(
                FindingCode::UnknownVendorAnswer,
                format!(
                    "{} answered in a form this version of the app does not know",
                    self.system
                ),
                &answer.body,
            )
            .with_key(self.system)
        })
    }

    /// A call whose answer must be a JSON value.
    pub async fn value(
        &self,
        method: Method,
        url: url::Url,
        body: Option<Value>,
    ) -> Result<Value, CallError> {
        self.call(method, url, body).await?.ok_or_else(|| {
            CallError::new(
                FindingCode::UnknownVendorAnswer,
                format!("{} answered with nothing", self.system),
                "",
            )
            .with_key(self.system)
        })
    }
}

/// An id or reference as one path segment.
pub fn segment(id: &str) -> String {
    percent_encoding::utf8_percent_encode(id, percent_encoding::NON_ALPHANUMERIC).to_string()
}
