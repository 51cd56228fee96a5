use std::time::Duration;

use osd_model::FindingCode;

/// A failed call to a store or an ERP, already classified. The raw answer is kept verbatim
/// (secrets never appear in it: requests are not echoed) so a person can see what the
/// system really said.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{summary}")]
pub struct CallError {
    pub code: FindingCode,
    /// What groups the failure with others: a SKU, a currency, a field's value.
    pub key: Option<String>,
    /// One line, plain.
    pub summary: String,
    /// HTTP status, when there was an answer.
    pub status: Option<u16>,
    /// The raw body or transport error.
    pub raw: String,
    /// What the server asked us to wait, when it said.
    pub retry_after: Option<Duration>,
}

impl CallError {
    /// Every text of an error comes from outside and is bounded wherever the error is built
    /// or refined (libFuzzer found an 8 KB GraphQL error, then a 750-byte SAP summary).
    pub fn new(code: FindingCode, summary: impl AsRef<str>, raw: impl AsRef<str>) -> Self {
        Self {
            code,
            key: None,
            summary: cut(summary.as_ref(), SUMMARY_LIMIT),
            status: None,
            raw: cut(raw.as_ref(), RAW_LIMIT),
            retry_after: None,
        }
    }

    pub fn with_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(cut(&key.into(), KEY_LIMIT));
        self
    }

    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    pub fn with_retry_after(mut self, wait: Option<Duration>) -> Self {
        self.retry_after = wait;
        self
    }

    /// This status-based error, renamed by what the vendor's body said, when it said
    /// something we recognise: `(code, key, summary)`.
    pub fn refined(self, classified: Option<(FindingCode, Option<String>, String)>) -> Self {
        match classified {
            Some((code, key, summary)) => Self {
                code,
                key: key.map(|k| cut(&k, KEY_LIMIT)),
                summary: cut(&summary, SUMMARY_LIMIT),
                ..self
            },
            None => self,
        }
    }

    /// An answer we could not read: the vendor changed shape, or something in between did.
    /// Its own finding (`UnknownVendorAnswer`), with the raw answer kept: never guessed at.
    pub fn unreadable(system: &str, what: impl std::fmt::Display, raw: &str) -> Self {
        Self::new(
            FindingCode::UnknownVendorAnswer,
            format!("{system} answered in a way this version of the app does not know ({what})"),
            raw,
        )
    }

    /// This error, when the vendor module found the body is not in the vendor's error format
    /// at all: an answer of unknown shape (`UnknownVendorAnswer`), unlike a body in the
    /// vendor's format whose message is simply not one we classify (`UnclassifiedError`).
    /// Status-based codes (auth, rate limit, outage) are kept: the status already says it.
    pub fn of_unknown_shape(mut self, system: &str) -> Self {
        if self.code == FindingCode::UnclassifiedError {
            self.code = FindingCode::UnknownVendorAnswer;
            self.summary = bounded_summary(&format!(
                "{system} answered in a way this version of the app does not know"
            ));
        }
        self
    }

    /// The text kept for the technical detail, with the status line when there was one.
    pub fn detail(&self) -> String {
        match self.status {
            Some(status) => format!("HTTP {status}: {}", self.raw),
            None => self.raw.clone(),
        }
    }
}

/// Raw bodies are kept for people to read, not whole web pages.
const RAW_LIMIT: usize = 4000;
/// A sentence, not a page: vendors' messages are quoted in it.
const SUMMARY_LIMIT: usize = 600;
/// A SKU, a customer, a field: what groups orders, taken from the vendor's words.
const KEY_LIMIT: usize = 200;

/// A summary that quotes a vendor's message, bounded like `new` bounds one.
pub(crate) fn bounded_summary(text: &str) -> String {
    cut(text, SUMMARY_LIMIT)
}

/// A raw answer kept for people to read, bounded like `new` bounds one.
pub fn bounded_raw(text: &str) -> String {
    cut(text, RAW_LIMIT)
}

fn cut(text: &str, limit: usize) -> String {
    if text.len() <= limit {
        return text.to_string();
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}
