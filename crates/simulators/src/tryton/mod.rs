//! Tryton's JSON-RPC on loopback, for what a real trytond cannot be made to show on demand (a
//! timeout after the sale was committed, the login rate limit, an expired session,
//! maintenance) and for tests that run without one. It follows the wire format observed on
//! trytond 8.0 (../shared/research/tryton-jsonrpc.md) and the modules' source:
//! `/<db>/rpc/`, bodies of exactly id/method/params, the context as the last parameter,
//! errors inside HTTP 200. docs/vendors/tryton.md lists each fact and its source.

mod catalogue;
mod domain;
mod routes;
mod sales;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use crate::faults::Faults;
use crate::server::{serve, Running};

pub use catalogue::{stock_units, TrytonProduct, TrytonTemplate, TrytonUnit};
pub use sales::{TrytonLine, TrytonSale};

#[derive(Debug, Default)]
pub struct TrytonState {
    pub password: String,
    pub templates: Vec<TrytonTemplate>,
    pub products: Vec<TrytonProduct>,
    /// `product.uom`: [`stock_units`] unless a test sets others.
    pub units: Vec<TrytonUnit>,
    /// The `edocument_unece` module is activated: units carry `unece_code`.
    pub edocument_unece: bool,
    pub sales: Vec<TrytonSale>,
    pub faults: Faults,
    /// Answer the next login with 429, as after too many failed logins.
    pub throttle_logins: bool,
    pub logins: u64,
    /// Requests answered, for benches that count them.
    pub requests: u64,
    sessions: HashSet<String>,
}

pub struct TrytonSimulator {
    pub state: Arc<Mutex<TrytonState>>,
    pub running: Running,
}

impl TrytonSimulator {
    pub async fn start(password: &str, port: u16) -> std::io::Result<Self> {
        let (templates, products) = catalogue::fixture();
        let state = Arc::new(Mutex::new(TrytonState {
            password: password.into(),
            templates,
            products,
            units: stock_units(),
            ..TrytonState::default()
        }));
        Ok(Self {
            running: serve(routes::router(state.clone()), port).await?,
            state,
        })
    }

    pub fn base_url(&self) -> url::Url {
        self.running.base_url()
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut TrytonState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }

    /// Every session ends, as after `[session] max_age` or a server restart.
    pub fn expire_sessions(&self) {
        self.update(|s| s.sessions.clear());
    }
}
