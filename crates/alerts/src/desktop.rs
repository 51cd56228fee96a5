//! Desktop notifications through notify-rust: the freedesktop D-Bus service on Linux (GNOME
//! Shell, KDE, dunst), toast notifications on Windows, the notification centre on macOS. The
//! "Open" action that starts the app at a place is the freedesktop one; on Windows and macOS a
//! click on the notification brings the app forward by itself.

#[cfg(all(unix, not(target_os = "macos")))]
use notify_rust::Hint;
use notify_rust::{Notification, Timeout};

use crate::{Alert, AlertError, Channel};

pub struct Desktop {
    /// The program the notification's "Open" action starts, with the place to open as its
    /// last argument (the app's `--open error-log`); `None` shows no action.
    pub open_with: Option<Vec<String>>,
}

#[async_trait::async_trait]
impl Channel for Desktop {
    fn name(&self) -> &'static str {
        "Desktop"
    }

    async fn send(&self, alert: &Alert) -> Result<(), AlertError> {
        let alert = alert.clone();
        let open_with = self.open_with.clone();
        // notify-rust talks to D-Bus synchronously; keep it off the async workers.
        let shown = tokio::task::spawn_blocking(move || {
            let mut notification = Notification::new();
            notification
                .appname("Order Sync Doctor")
                .summary(&alert.title)
                .body(&plain(&alert.body))
                .timeout(Timeout::Milliseconds(15_000));
            #[cfg(all(unix, not(target_os = "macos")))]
            {
                notification.hint(Hint::Category("transfer.error".into()));
                if open_with.is_some() {
                    notification.action("default", &alert.words().get("alert-open"));
                }
            }
            let handle = notification
                .show()
                .map_err(|e| AlertError::Desktop(e.to_string()))?;
            #[cfg(all(unix, not(target_os = "macos")))]
            if let Some(command) = open_with {
                // Waiting for the click blocks, so it gets a thread of its own.
                std::thread::spawn(move || {
                    handle.wait_for_action(|action| {
                        if action == "default" {
                            open_app(&command, alert.open);
                        }
                    })
                });
            }
            #[cfg(not(all(unix, not(target_os = "macos"))))]
            drop((handle, open_with));
            Ok::<(), AlertError>(())
        });
        shown
            .await
            .map_err(|e| AlertError::Desktop(e.to_string()))?
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
fn open_app(command: &[String], place: &str) {
    let Some((program, args)) = command.split_first() else {
        return;
    };
    if let Err(error) = std::process::Command::new(program)
        .args(args)
        .arg(place)
        .spawn()
    {
        tracing::warn!(%error, "the app could not be opened from the notification");
    }
}

/// Notification servers may interpret a small HTML subset in the body; customer text must
/// never be markup, so `<`, `>` and `&` are replaced by look-alikes that are not.
fn plain(text: &str) -> String {
    text.replace('&', "＆").replace('<', "‹").replace('>', "›")
}

#[cfg(test)]
mod tests {
    #[test]
    fn bodies_carry_no_markup() {
        assert_eq!(super::plain("SKU <b>X</b> & co"), "SKU ‹b›X‹/b› ＆ co");
    }
}
