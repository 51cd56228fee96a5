//! WooCommerce REST API v3 on loopback: `GET /wp-json/wc/v3/orders` with the collection
//! parameters of WooCommerce's orders controller (`routes`, `orders`), an order as that
//! controller prints it (`order_json`), and its authentication with WooCommerce's own error
//! bodies (`auth`). Every behaviour names its source in woocommerce/woocommerce.

mod auth;
mod order_json;
mod orders;
mod routes;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use osd_model::Order;

use crate::faults::{Faults, Window};
use crate::server::{serve, Running};

pub use order_json::{entered_with_tax, order_json};

#[derive(Debug)]
pub struct WooState {
    pub consumer_key: String,
    pub consumer_secret: String,
    /// Each order with its last-modified time. `Order::store_status` is the order's status
    /// (`processing` when it says nothing); `store_id` is its WooCommerce id.
    pub orders: Vec<(Order, DateTime<Utc>)>,
    pub faults: Faults,
    /// Like some Apache/FastCGI set-ups: the Authorization header never reaches WordPress.
    pub drops_authorization_header: bool,
    pub requests: u64,
    nonces: HashSet<String>,
    window: Window,
    base_url: String,
}

pub type SharedWoo = Arc<Mutex<WooState>>;

pub struct WooSimulator {
    pub state: SharedWoo,
    pub running: Running,
}

impl WooSimulator {
    /// `orders` with their last-modified time; `store_id` is the WooCommerce order id.
    pub async fn start(
        consumer_key: &str,
        consumer_secret: &str,
        orders: Vec<(Order, DateTime<Utc>)>,
        port: u16,
    ) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(WooState {
            consumer_key: consumer_key.into(),
            consumer_secret: consumer_secret.into(),
            orders,
            faults: Faults::default(),
            drops_authorization_header: false,
            requests: 0,
            nonces: HashSet::new(),
            window: Window::default(),
            base_url: String::new(),
        }));
        let running = serve(routes::router(state.clone()), port).await?;
        if let Ok(mut s) = state.lock() {
            s.base_url = running.base_url().to_string();
        }
        Ok(Self { state, running })
    }

    pub fn base_url(&self) -> url::Url {
        self.running.base_url()
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut WooState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }
}
