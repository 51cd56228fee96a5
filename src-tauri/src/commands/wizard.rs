//! The five-step wizard: the check, and the remedies of its findings.

use osd_doctor::plan::FixPlan;
use osd_doctor::remedy::RemedyPreview;
use osd_model::CheckReport;
use osd_session::last_check::{self, LastCheck};
use osd_session::{PlanOutcome, PlanPreview, PlanProgress, RemedyOutcome, ResendProgress};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

use crate::ipc_error::IpcError;
use crate::state::{AppState, Health};
use crate::{memory, tray};

#[tauri::command]
pub async fn run_check(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<CheckReport, IpcError> {
    let connected = state.connected().await?;
    let report = connected.session.check().await?;
    tray::show_health(&app, Health::of(&report));
    if let Err(error) = last_check::save(&state.last_check_file()?, &report, chrono::Utc::now()) {
        tracing::warn!(%error, "the check could not be kept for the next start");
    }
    memory::give_back();
    Ok(report)
}

/// The last check, for the window to draw while the new one runs; read from disk without
/// waiting for any connection.
#[tauri::command]
pub fn last_check(state: State<'_, AppState>) -> Result<Option<LastCheck>, IpcError> {
    Ok(last_check::load(&state.last_check_file()?))
}

#[tauri::command]
pub async fn preview_remedy(
    state: State<'_, AppState>,
    remedy: String,
) -> Result<RemedyPreview, IpcError> {
    let connected = state.connected().await?;
    Ok(connected.session.preview_remedy(&remedy).await?)
}

#[tauri::command]
pub async fn apply_remedy(
    state: State<'_, AppState>,
    remedy: String,
    on_progress: Channel<ResendProgress>,
) -> Result<RemedyOutcome, IpcError> {
    let _working = state.start_work()?;
    let connected = state.connected().await?;
    let remedied = connected
        .session
        .apply_remedy(&remedy, |p| {
            // A window that went away stops listening; the resend goes on regardless.
            let _ = on_progress.send(ResendProgress::new(p.done, p.total, p.last));
        })
        .await?;
    Ok(RemedyOutcome::from(&remedied))
}

/// Undo a mapping or rule; returns the undo's own change number.
#[tauri::command]
pub async fn undo_change(state: State<'_, AppState>, change: i64) -> Result<i64, IpcError> {
    let _working = state.start_work()?;
    let connected = state.connected().await?;
    Ok(connected.session.undo(change).await?)
}

/// The fix plan of the check the window shows, so the plan never says more than its steps.
#[tauri::command]
pub async fn fix_plan(
    state: State<'_, AppState>,
    report: CheckReport,
) -> Result<FixPlan, IpcError> {
    let connected = state.connected().await?;
    Ok(connected.session.fix_plan(&report))
}

/// Every change and every write to the ERP the plan would make; nothing is changed.
#[tauri::command]
pub async fn preview_plan(
    state: State<'_, AppState>,
    remedies: Vec<String>,
    orders: Vec<String>,
) -> Result<PlanPreview, IpcError> {
    let connected = state.connected().await?;
    Ok(connected.session.preview_plan(&remedies, &orders).await?)
}

/// Make the previewed fixes, then send the previewed orders they cleared, each once.
#[tauri::command]
pub async fn apply_plan(
    state: State<'_, AppState>,
    remedies: Vec<String>,
    orders: Vec<String>,
    on_progress: Channel<PlanProgress>,
) -> Result<PlanOutcome, IpcError> {
    let _working = state.start_work()?;
    let connected = state.connected().await?;
    Ok(connected
        .session
        .apply_plan(&remedies, &orders, |p| {
            // A window that went away stops listening; the plan goes on regardless.
            let _ = on_progress.send(p);
        })
        .await?)
}
