//! Shopify Admin GraphQL on loopback: `orders` with cursor pagination and `shop`, the
//! `X-Shopify-Access-Token` header, the calculated-cost bucket with `THROTTLED`, 401/429/503,
//! answers cut to the query's selection, and versions that fall forward once retired. Each
//! behaviour lives in its own module with its source; `docs/vendors/shopify.md` lists them.

pub mod bulk;
mod cost;
mod grant;
mod orders;
mod routes;
pub mod selection;
pub mod versions;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use osd_model::Order;

use crate::faults::{Faults, Window};
use crate::server::{serve, Running};

/// An order in the simulated shop, with the flags the sync must respect.
#[derive(Debug, Clone)]
pub struct ShopOrder {
    pub order: Order,
    pub updated_at: DateTime<Utc>,
    pub test: bool,
    pub cancelled: bool,
}

#[derive(Debug)]
pub struct ShopState {
    pub shop_name: String,
    pub currency: String,
    pub access_token: String,
    pub orders: Vec<ShopOrder>,
    pub faults: Faults,
    pub requests: u64,
    /// An app allowed to use the client credentials grant: (client id, client secret).
    pub app: Option<(String, String)>,
    /// How long a granted token lives (Shopify: 86,399 seconds).
    pub token_lifetime: Duration,
    pub grants: u64,
    /// Refresh tokens of expiring offline access; each works once and is replaced.
    pub refresh_tokens: std::collections::HashSet<String>,
    pub exports: bulk::Exports,
    granted: HashMap<String, Instant>,
    bucket: cost::Bucket,
    window: Window,
}

pub type SharedShop = Arc<Mutex<ShopState>>;

pub struct ShopifySimulator {
    pub state: SharedShop,
    pub running: Running,
}

impl ShopifySimulator {
    pub async fn start(
        shop_name: &str,
        access_token: &str,
        orders: Vec<ShopOrder>,
        port: u16,
    ) -> std::io::Result<Self> {
        // Shopify keeps times to the microsecond at most (its cursors carry them so).
        let orders = orders
            .into_iter()
            .map(|mut o| {
                o.updated_at = chrono::SubsecRound::trunc_subsecs(o.updated_at, 6);
                o
            })
            .collect();
        let state = Arc::new(Mutex::new(ShopState {
            shop_name: shop_name.to_string(),
            currency: "USD".into(),
            access_token: access_token.to_string(),
            orders,
            faults: Faults::default(),
            requests: 0,
            app: None,
            token_lifetime: Duration::from_secs(86_399),
            grants: 0,
            refresh_tokens: std::collections::HashSet::new(),
            exports: bulk::Exports::default(),
            granted: HashMap::new(),
            bucket: cost::Bucket::standard(),
            window: Window::default(),
        }));
        let running = serve(routes::router(state.clone()), port).await?;
        if let Ok(mut s) = state.lock() {
            s.exports.base_url = Some(running.base_url());
        }
        Ok(Self { state, running })
    }

    pub fn base_url(&self) -> url::Url {
        self.running.base_url()
    }

    /// Change the fault knobs while serving.
    pub fn set_faults(&self, faults: Faults) {
        if let Ok(mut state) = self.state.lock() {
            state.faults = faults;
        }
    }

    /// Set how full the cost bucket is, to exercise throttling.
    /// Serve as a Shopify Plus shop: a larger bucket that refills ten times as fast.
    pub fn on_plus_plan(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.bucket = cost::Bucket::plus();
        }
    }

    /// Serve as a shop on the Standard plan (the default; the demo moves to Plus).
    pub fn on_standard_plan(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.bucket = cost::Bucket::standard();
        }
    }

    pub fn drain_bucket(&self, available: f64) {
        if let Ok(mut state) = self.state.lock() {
            state.bucket.available = available;
            state.bucket.at = Instant::now();
        }
    }

    /// Serve export files at `bytes_per_second`, to watch or interrupt a download.
    pub fn slow_exports_down(&self, bytes_per_second: u64) {
        if let Ok(mut state) = self.state.lock() {
            state.exports.download_bytes_per_second = Some(bytes_per_second);
        }
    }

    /// How many objects (orders and lines) a bulk export writes a second.
    pub fn set_export_rate(&self, objects_per_second: f64) {
        if let Ok(mut state) = self.state.lock() {
            state.exports.objects_per_second = objects_per_second;
        }
    }

    /// Cost points charged so far, and the bucket's restore rate (points a second).
    pub fn points_spent(&self) -> (f64, f64) {
        self.state
            .lock()
            .map(|s| (s.bucket.spent, s.bucket.restore_rate))
            .unwrap_or_default()
    }

    pub fn requests(&self) -> u64 {
        self.state.lock().map(|s| s.requests).unwrap_or(0)
    }
}
