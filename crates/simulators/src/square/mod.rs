//! Square's API on loopback, as its OpenAPI document (`shared/vendor-specs/square/api.json.gz`,
//! square/connect-api-specification) describes it: `GET /v2/locations`, `POST /v2/orders/search`
//! (location filter of at most 10, state and `updated_at` filters, sort, `limit` up to 1000 and an
//! opaque cursor), `POST /v2/catalog/batch-retrieve` and `POST /v2/customers/bulk-retrieve`,
//! with bearer tokens and Square's `errors[{category, code, detail, field}]` bodies, and the
//! OAuth API's PKCE flow (`oauth`). Every
//! request and answer is kept in `journal`, so a test can check both against the document.
//! Records are kept as Square's JSON (`world` builds them), not as our model.

mod oauth;
mod routes;
pub mod world;

pub use oauth::{OAuthApp, DEMO_APP_ID, DEMO_REDIRECT_URL, MERCHANT_ID};

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};

use serde_json::Value;

use crate::faults::{Faults, Window};
use crate::server::{serve, Running};

/// One request and its answer, as they crossed the wire.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub method: String,
    pub path: String,
    /// The request's JSON body (a POST).
    pub request: Option<Value>,
    /// The `Square-Version` header the request carried.
    pub version: Option<String>,
    pub status: u16,
    pub answer: Value,
}

#[derive(Debug, Default)]
pub struct SquareState {
    /// The personal access token the seller's account accepts (empty: none).
    pub access_token: String,
    /// The seller's application for signing in with the browser, when there is one.
    pub oauth_app: Option<OAuthApp>,
    /// Sign-ins waiting for the seller, codes and refresh tokens.
    pub sign_in: crate::authorization_code::AuthorizationServer,
    /// Access tokens `ObtainToken` issued, each with its end.
    pub issued_tokens: HashMap<String, DateTime<Utc>>,
    /// `Location` objects.
    pub locations: Vec<Value>,
    /// `Order` objects, each with `location_id`, `state`, `created_at` and `updated_at`.
    pub orders: Vec<Value>,
    /// `CatalogObject`s (item variations carry the SKU).
    pub catalog: Vec<Value>,
    /// `Customer` objects.
    pub customers: Vec<Value>,
    pub faults: Faults,
    /// The token may read locations but not orders, customers or the catalog.
    pub missing_scopes: bool,
    /// Keep `journal` (tests); off, a long-running demo does not hold every answer.
    pub keep_journal: bool,
    pub journal: Vec<Exchange>,
    pub window: Window,
}

pub type SharedSquare = Arc<Mutex<SquareState>>;

pub struct SquareSimulator {
    pub state: SharedSquare,
    pub running: Running,
}

impl SquareSimulator {
    pub async fn start(state: SquareState, port: u16) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(state));
        let running = serve(routes::router(state.clone()), port).await?;
        Ok(Self { state, running })
    }

    pub fn base_url(&self) -> url::Url {
        self.running.base_url()
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut SquareState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }

    /// Every exchange so far.
    pub fn journal(&self) -> Vec<Exchange> {
        self.update(|s| s.journal.clone()).unwrap_or_default()
    }
}
