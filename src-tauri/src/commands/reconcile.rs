//! Store and ERP side by side: the reconciliation screen and its exports.

use chrono::{NaiveDate, Utc};
use osd_doctor::reconcile::Reconciliation;
use osd_session::printed_report;
use tauri::{AppHandle, State};

use crate::commands::window::save_private;
use crate::ipc_error::IpcError;
use crate::state::AppState;

/// The comparison for orders dated `from..=to` (`YYYY-MM-DD`). Reads the ERP, writes nothing.
#[tauri::command]
pub async fn reconcile(
    state: State<'_, AppState>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Reconciliation, IpcError> {
    let connected = state.connected().await?;
    Ok(connected.session.reconciliation(from, to).await?)
}

/// How the reconciliation is saved: a spreadsheet or a printable page.
#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    Html,
}

/// Compare again and save it where the person chooses, as CSV or as a printable report.
/// Returns the path, or `None` when the dialog was cancelled.
#[tauri::command]
pub async fn export_reconciliation(
    app: AppHandle,
    state: State<'_, AppState>,
    from: NaiveDate,
    to: NaiveDate,
    format: ExportFormat,
) -> Result<Option<String>, IpcError> {
    let connected = state.connected().await?;
    let session = &connected.session;
    let reconciliation = session.reconciliation(from, to).await?;
    let erp = session.erp.system();
    let name = format!(
        "store-and-{}-{from}-to-{to}",
        erp.to_lowercase().replace(' ', "-")
    );
    match format {
        ExportFormat::Csv => save_private(
            &app,
            &format!("{name}.csv"),
            ("Spreadsheet", "csv"),
            printed_report::reconciliation_csv(&reconciliation, erp, session.language.get()),
        ),
        ExportFormat::Html => save_private(
            &app,
            &format!("{name}.html"),
            ("Web page", "html"),
            printed_report::render_reconciliation(
                &reconciliation,
                session.store.system(),
                erp,
                (from, to),
                Utc::now(),
                session.language.get(),
            ),
        ),
    }
}
