use std::path::PathBuf;

use async_trait::async_trait;
use osd_model::FindingCode;

use super::parse::{parse, CsvImport};
use crate::{CallError, ConnectionReport, OrderPage, OrderQuery, StoreSource};

/// A file of exported orders. Each pull reads the whole file: a file is a snapshot, and
/// storing an order again is harmless.
pub struct CsvSource {
    path: PathBuf,
}

impl CsvSource {
    pub fn new(path: PathBuf) -> Self {
        Self { path }
    }

    async fn read(&self) -> Result<CsvImport, CallError> {
        let bytes = tokio::fs::read(&self.path).await.map_err(|e| {
            CallError::new(
                FindingCode::StoreUnreachable,
                format!("The order file {} could not be opened", self.path.display()),
                e.to_string(),
            )
        })?;
        // Parsing is CPU work; keep it off the async threads.
        tokio::task::spawn_blocking(move || parse(&bytes))
            .await
            .map_err(|e| {
                CallError::new(
                    FindingCode::UnclassifiedError,
                    "The order file could not be read",
                    e.to_string(),
                )
            })
    }
}

#[async_trait]
impl StoreSource for CsvSource {
    fn system(&self) -> &'static str {
        "the order file"
    }

    /// The export's "Financial Status" uses Shopify's words, in lower case.
    fn paid_statuses(&self) -> &'static [&'static str] {
        &crate::shopify::status::PAID
    }

    async fn test_connection(&self) -> Result<ConnectionReport, CallError> {
        let import = self.read().await?;
        let mut detail = format!(
            "Read {}: {} orders",
            self.path.display(),
            import.orders.len() - import.cancelled
        );
        if !import.rejected.is_empty() {
            detail.push_str(&format!(
                ", {} that could not be read",
                import.rejected.len()
            ));
        }
        if import.cancelled > 0 {
            detail.push_str(&format!(", {} cancelled (never sent)", import.cancelled));
        }
        Ok(ConnectionReport {
            detail,
            credential_expires: None,
        })
    }

    async fn list_orders(&self, _query: &OrderQuery) -> Result<OrderPage, CallError> {
        let import = self.read().await?;
        Ok(OrderPage {
            high_water: import.orders.iter().map(|o| o.created_at).max(),
            orders: import.orders,
            rejected: import.rejected,
            unknown: Vec::new(),
            next: None,
        })
    }
}
