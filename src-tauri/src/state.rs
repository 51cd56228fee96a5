use std::sync::Arc;

use osd_session::{demo, Session, SessionError};
use tokio::sync::OnceCell;

/// The session the window works with. For now always the built-in demo; connecting real
/// systems from the app comes with the Connections screen.
pub struct Connected {
    pub session: Session,
    pub is_demo: bool,
    _demo: Option<demo::Demo>,
}

#[derive(Default)]
pub struct AppState {
    connected: OnceCell<Connected>,
}

impl AppState {
    /// Started on first use so the window appears before the demo's simulators are up.
    pub async fn connected(&self) -> Result<&Connected, SessionError> {
        self.connected
            .get_or_try_init(|| async {
                let path = osd_session::data_dir().join("demo.sqlite");
                let (demo, session) = demo::start(
                    &path,
                    Arc::new(chrono::Utc::now),
                    demo::DemoStore::Shopify,
                    demo::DemoErp::NetSuite,
                )
                .await?;
                Ok(Connected {
                    session,
                    is_demo: true,
                    _demo: Some(demo),
                })
            })
            .await
    }
}
