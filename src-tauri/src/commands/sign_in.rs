//! "Sign in with the browser": start (open the browser), finish (wait for it, save what it
//! gave), cancel. Tokens go from the authority into the keychain; the window never sees one.

use osd_session::browser_sign_in::{self, SignInFinished, SignInStarted, BROWSER_WAIT};
use osd_session::connections::{self, ConnectionDraft};
use tauri::State;

use crate::ipc_error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn start_sign_in(
    state: State<'_, AppState>,
    draft: ConnectionDraft,
) -> Result<SignInStarted, IpcError> {
    let language = state.speaking.get();
    let attempt =
        browser_sign_in::begin(&draft, language, || crate::browser::expect_link(&state)).await?;
    let mut started = attempt.started();
    started.browser_opened = crate::browser::open(&started);
    // A sign-in started again replaces the one before it.
    *state.sign_in.lock().await = Some(attempt);
    Ok(started)
}

#[tauri::command]
pub async fn finish_sign_in(state: State<'_, AppState>) -> Result<SignInFinished, IpcError> {
    let attempt = state
        .sign_in
        .lock()
        .await
        .take()
        .ok_or_else(|| browser_sign_in::nothing_waiting(state.speaking.get()))?;
    let (verdict, signed_in) = tokio::select! {
        finished = attempt.finish(BROWSER_WAIT) => finished?,
        () = state.cancel_sign_in.notified() => (browser_sign_in::cancelled(state.speaking.get()), None),
    };
    if let Some(signed_in) = signed_in {
        let secrets = state.secrets.clone();
        let in_use = !state.config()?.use_demo;
        state
            .change_config(
                |config| browser_sign_in::save(config, &signed_in, &secrets),
                in_use,
            )
            .await?;
    }
    let connections = connections::connections(&*state.config()?, state.secrets.as_ref());
    Ok(SignInFinished {
        verdict,
        connections,
    })
}

#[tauri::command]
pub async fn cancel_sign_in(state: State<'_, AppState>) -> Result<(), IpcError> {
    state.cancel_sign_in.notify_waiters();
    // A sign-in not yet being waited for is simply dropped, closing its listener.
    state.sign_in.lock().await.take();
    Ok(())
}
