//! Where the browser's answer arrives: a loopback listener (RFC 8252 §7.3) that takes exactly
//! one answer and closes, or the app's own link for authorities that refuse `http://`.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::{SignInError, SignInProblem};

/// The app's link scheme, registered with the OS by the desktop app.
pub const APP_SCHEME: &str = "order-sync-doctor";
/// The redirect for NetSuite's integration record, which takes `https://` or a custom scheme
/// but never `http://` (Oracle, "Create Integration Records for Applications to Use OAuth 2.0").
pub const APP_REDIRECT_URI: &str = "order-sync-doctor://sign-in/netsuite";

/// What the authority put on the redirect.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallbackParams {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
}

impl CallbackParams {
    pub fn from_url(url: &url::Url) -> Self {
        let mut params = Self::default();
        for (key, value) in url.query_pairs() {
            let slot = match key.as_ref() {
                "code" => &mut params.code,
                "state" => &mut params.state,
                "error" => &mut params.error,
                "error_description" => &mut params.error_description,
                _ => continue,
            };
            // The first of a repeated parameter counts; a repeat is not a second answer.
            slot.get_or_insert_with(|| value.chars().take(8192).collect());
        }
        params
    }

    /// Whether this is an answer at all (a code or an error), not a stray request.
    pub fn is_answer(&self) -> bool {
        self.code.is_some() || self.error.is_some()
    }
}

/// A listener on 127.0.0.1 (the IP literal, as RFC 8252 §8.3 recommends over `localhost`).
pub struct LoopbackRedirect {
    listener: TcpListener,
    port: u16,
}

/// A request head larger than this is not a browser's redirect.
const HEAD_LIMIT: usize = 16 * 1024;

const DONE_PAGE: &str = "<!doctype html><meta charset=utf-8><title>Order Sync Doctor</title>\
<body style=\"font-family:sans-serif;margin:3em\"><h1>You can close this tab</h1>\
<p>Go back to Order Sync Doctor: it shows whether the sign-in worked.</p></body>";

impl LoopbackRedirect {
    /// Listen on `port`, or on a port the OS picks when it is 0.
    pub async fn bind(port: u16) -> Result<Self, SignInError> {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.map_err(|e| {
            SignInError::new(SignInProblem::PortInUse, format!("127.0.0.1:{port}: {e}"))
        })?;
        let port = listener
            .local_addr()
            .map_err(|e| SignInError::new(SignInProblem::PortInUse, e.to_string()))?
            .port();
        Ok(Self { listener, port })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `http://127.0.0.1:{port}/`.
    pub fn redirect_uri(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// The first answer that reaches `/`; other requests (a favicon, a prefetch without
    /// parameters) are turned away and the wait goes on. The listener closes on return.
    pub async fn wait(self, timeout: Duration) -> Result<CallbackParams, SignInError> {
        let base = url::Url::parse(&self.redirect_uri())
            .map_err(|e| SignInError::new(SignInProblem::PortInUse, e.to_string()))?;
        let waiting = async {
            loop {
                let Ok((stream, _)) = self.listener.accept().await else {
                    // Out of file descriptors, say: wait a moment instead of spinning.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                };
                if let Some(params) = answer(stream, &base).await {
                    return params;
                }
            }
        };
        tokio::time::timeout(timeout, waiting).await.map_err(|_| {
            SignInError::new(
                SignInProblem::TimedOut,
                format!("no answer from the browser within {} s", timeout.as_secs()),
            )
        })
    }
}

/// Read one request; answer it; the parameters when it was the redirect.
async fn answer(mut stream: TcpStream, base: &url::Url) -> Option<CallbackParams> {
    let head = tokio::time::timeout(Duration::from_secs(10), read_head(&mut stream))
        .await
        .ok()
        .flatten();
    let target = head.as_deref().and_then(|h| {
        let line = h.lines().next()?;
        let mut parts = line.split(' ');
        (parts.next() == Some("GET")).then_some(())?;
        parts.next()
    });
    let params = target
        .and_then(|t| base.join(t).ok())
        .filter(|u| u.path() == "/")
        .map(|u| CallbackParams::from_url(&u))
        .filter(CallbackParams::is_answer);
    let reply = match &params {
        Some(_) => format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n{DONE_PAGE}",
            DONE_PAGE.len()
        ),
        None => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".into(),
    };
    let _ = stream.write_all(reply.as_bytes()).await;
    let _ = stream.shutdown().await;
    params
}

async fn read_head(stream: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut buffer = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = stream.read(&mut buffer).await.ok()?;
        if read == 0 || head.len() + read > HEAD_LIMIT {
            return None;
        }
        head.extend_from_slice(&buffer[..read]);
    }
    String::from_utf8(head).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn get(port: u16, target: &str) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        stream
            .write_all(format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").as_bytes())
            .await
            .unwrap();
        let mut reply = String::new();
        stream.read_to_string(&mut reply).await.unwrap();
        reply
    }

    #[tokio::test]
    async fn takes_the_first_answer_ignores_strays_and_then_closes() {
        let redirect = LoopbackRedirect::bind(0).await.unwrap();
        let port = redirect.port();
        assert_eq!(redirect.redirect_uri(), format!("http://127.0.0.1:{port}/"));
        let waiting = tokio::spawn(redirect.wait(Duration::from_secs(10)));
        assert!(get(port, "/favicon.ico").await.starts_with("HTTP/1.1 404"));
        assert!(
            get(port, "/").await.starts_with("HTTP/1.1 404"),
            "no parameters: not an answer"
        );
        let page = get(port, "/?code=abc&state=xyz&code=second").await;
        assert!(page.starts_with("HTTP/1.1 200"), "{page}");
        assert!(
            !page.contains("abc"),
            "the page never repeats what it was given"
        );
        let params = waiting.await.unwrap().unwrap();
        assert_eq!(params.code.as_deref(), Some("abc"));
        assert_eq!(params.state.as_deref(), Some("xyz"));
        assert!(
            TcpStream::connect(("127.0.0.1", port)).await.is_err(),
            "the listener is closed after one answer"
        );
    }

    #[tokio::test]
    async fn a_port_that_is_taken_and_a_browser_that_never_answers_are_told_apart() {
        let taken = LoopbackRedirect::bind(0).await.unwrap();
        let error = LoopbackRedirect::bind(taken.port()).await.err().unwrap();
        assert_eq!(error.problem, SignInProblem::PortInUse);
        let error = taken.wait(Duration::from_millis(50)).await.unwrap_err();
        assert_eq!(error.problem, SignInProblem::TimedOut);
    }

    #[test]
    fn the_app_link_carries_the_same_parameters() {
        let url = url::Url::parse(&format!(
            "{APP_REDIRECT_URI}?state=s&role=3&entity=4&company=123&code=c"
        ))
        .unwrap();
        let params = CallbackParams::from_url(&url);
        assert_eq!(params.code.as_deref(), Some("c"));
        assert_eq!(params.state.as_deref(), Some("s"));
    }
}
