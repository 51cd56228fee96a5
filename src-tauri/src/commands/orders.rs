//! The orders table, resending, and the activity log.

use osd_resend::Options;
use osd_session::{ActivityItem, OrdersPage, OrdersQuery, ResendProgress, ResendRow, Selection};
use tauri::ipc::Channel;
use tauri::State;

use crate::ipc_error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn orders_page(
    state: State<'_, AppState>,
    query: OrdersQuery,
) -> Result<OrdersPage, IpcError> {
    let connected = state.connected().await?;
    Ok(connected.session.orders_page(&query).await?)
}

/// Resend the chosen orders, each exactly once, reporting every order as it finishes.
#[tauri::command]
pub async fn resend_orders(
    state: State<'_, AppState>,
    orders: Vec<String>,
    on_progress: Channel<ResendProgress>,
) -> Result<Vec<ResendRow>, IpcError> {
    let _working = state.start_work()?;
    let connected = state.connected().await?;
    let results = connected
        .session
        .reprocess(&Selection::Orders(orders), Options::default(), |p| {
            let _ = on_progress.send(ResendProgress::new(p.done, p.total, p.last));
        })
        .await?;
    Ok(results.iter().map(ResendRow::from).collect())
}

#[tauri::command]
pub async fn activity(
    state: State<'_, AppState>,
    limit: u32,
) -> Result<Vec<ActivityItem>, IpcError> {
    let connected = state.connected().await?;
    Ok(connected.session.activity(limit).await?)
}
