//! The system browser for signing in, and the app's own `order-sync-doctor://` links coming
//! back from it: the OS starts a second copy of the app with the link, the single-instance
//! plugin hands its arguments to this one, and the sign-in that waits for it gets it.

use osd_session::browser_sign_in::{self, SignInStarted, APP_SCHEME};
use tauri::{AppHandle, Manager, Runtime};
use tokio::sync::oneshot;

use crate::state::AppState;

/// Tests set this to a file: sign-in addresses are written there instead of opening a
/// browser, and the test plays the browser.
const TEST_BROWSER_LOG: &str = "SYNC_DOCTOR_TEST_BROWSER_LOG";

/// Open the sign-in page; `false` when no browser could be started (the window then offers
/// the link to copy).
pub fn open(started: &SignInStarted) -> bool {
    let Ok(url) = url::Url::parse(&started.authorize_url) else {
        return false;
    };
    if let Some(log) = std::env::var_os(TEST_BROWSER_LOG) {
        use std::io::Write;
        return std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .and_then(|mut f| writeln!(f, "{url}"))
            .is_ok();
    }
    browser_sign_in::open_in_browser(&url)
}

/// A receiver for the next app link; a sign-in started earlier loses its own.
pub fn expect_link(state: &AppState) -> oneshot::Receiver<url::Url> {
    let (send, receive) = oneshot::channel();
    if let Ok(mut slot) = state.app_link.lock() {
        *slot = Some(send);
    }
    receive
}

/// Hand an `order-sync-doctor://` link among `args` to the sign-in waiting for one.
pub fn deliver_links<R: Runtime>(app: &AppHandle<R>, args: impl IntoIterator<Item = String>) {
    let state = app.state::<AppState>();
    for arg in args {
        let Ok(url) = url::Url::parse(&arg) else {
            continue;
        };
        if url.scheme() != APP_SCHEME {
            continue;
        }
        let waiting = state.app_link.lock().ok().and_then(|mut slot| slot.take());
        match waiting {
            Some(sign_in) => {
                let _ = sign_in.send(url);
            }
            None => tracing::info!("an app link arrived with no sign-in waiting for it"),
        }
    }
}
