//! NetSuite REST payload types.

use serde::Deserialize;

/// `nsError`: `{type, title, status, o:errorDetails:[…]}`.
#[derive(Debug, Deserialize)]
pub struct NsError {
    pub title: Option<String>,
    pub status: Option<u16>,
    #[serde(rename = "o:errorDetails", default)]
    pub details: Vec<NsErrorDetail>,
}

#[derive(Debug, Deserialize)]
pub struct NsErrorDetail {
    #[serde(default)]
    pub detail: String,
    #[serde(rename = "o:errorCode", default)]
    pub code: String,
    #[serde(rename = "o:errorPath")]
    pub path: Option<String>,
}

/// A SuiteQL or record collection page.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Collection {
    #[serde(default)]
    pub items: Vec<serde_json::Map<String, serde_json::Value>>,
    #[serde(default)]
    pub has_more: bool,
    pub offset: Option<u64>,
    pub count: Option<u64>,
    pub total_results: Option<u64>,
}

#[derive(Debug, Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
    /// NetSuite sends the lifetime as a string ("3600"); accept a number too.
    pub expires_in: serde_json::Value,
}

#[derive(Debug, Deserialize)]
pub struct RecordRef {
    pub id: Option<String>,
    #[serde(rename = "refName")]
    pub ref_name: Option<String>,
}

/// The fields of a `GET …/salesOrder/{id}` answer the connector reads. `status` carries the
/// label (or, as Oracle documents it, the letter); `orderStatus` the letter.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SalesOrderRecord {
    pub id: String,
    pub external_id: Option<String>,
    pub status: Option<RecordRef>,
    pub order_status: Option<RecordRef>,
}
