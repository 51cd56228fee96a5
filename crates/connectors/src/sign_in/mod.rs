//! Signing in with the browser: OAuth 2.0 authorization code with PKCE (RFC 7636) for a public
//! client, the way native apps should (RFC 8252). A store manager signs in as themselves, in
//! their own browser, instead of asking IT for an app secret or a certificate.
//!
//! Two authorities use it: Microsoft Entra ID for Business Central (a loopback redirect on a
//! random port, which Entra matches whatever the port) and NetSuite (a public integration
//! record, whose redirect must be `https://` or a custom scheme: Oracle, "Create Integration
//! Records for Applications to Use OAuth 2.0", so the app's own `order-sync-doctor://` link).

mod authority;
mod callback;
mod pkce;
mod problem;
mod signed_in;

pub use authority::{Authority, Grant, PendingSignIn, SignInProvider};
pub use callback::{CallbackParams, LoopbackRedirect, APP_REDIRECT_URI, APP_SCHEME};
pub use pkce::{code_challenge, random_url_safe};
pub use problem::{SignInError, SignInProblem};
pub use signed_in::{SignedIn, TokenKeeper};
