use std::net::SocketAddr;

use tokio::sync::oneshot;

/// A simulator serving on a loopback port until dropped.
pub struct Running {
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
}

impl Running {
    pub fn base_url(&self) -> url::Url {
        // A loopback socket address always forms a valid URL.
        url::Url::parse(&format!("http://{}/", self.addr)).unwrap_or_else(|_| unreachable_url())
    }
}

fn unreachable_url() -> url::Url {
    url::Url::parse("http://127.0.0.1:9/").unwrap_or_else(|_| unreachable_url())
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Bind 127.0.0.1 (port 0 picks a free one) and serve `router` in the background.
pub async fn serve(router: axum::Router, port: u16) -> std::io::Result<Running> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(async move {
        let shutdown = async {
            let _ = stopped.await;
        };
        if let Err(error) = axum::serve(listener, router)
            .with_graceful_shutdown(shutdown)
            .await
        {
            tracing::warn!(%error, "simulator stopped");
        }
    });
    Ok(Running {
        addr,
        stop: Some(stop),
    })
}
