//! Odoo's external API on loopback: `/jsonrpc` (`common.version`, `common.authenticate`,
//! `object.execute_kw`) answering errors inside HTTP 200, and Odoo 19's JSON-2 API
//! (`/json/2/<model>/<method>`, bearer key, real HTTP statuses). The release decides what
//! `common.version` says, the `sale.order.line` field names and the company's lock dates.
//! Each behaviour names its source in odoo/odoo; docs/vendors/odoo.md lists them.

mod accounting;
mod domain;
mod exceptions;
mod orders;
mod orm;
mod products;
mod routes;
mod units;
mod version;

use std::sync::{Arc, Mutex};

use chrono::NaiveDate;

use crate::faults::{Faults, Window};
use crate::netsuite::Account;
use crate::server::{serve, Running};

pub use orders::{order_name, OdooLine, OdooOrder};
pub use products::{OdooProduct, OdooTemplate};
pub use units::{stock_units, OdooUnit};
pub use version::Release;

#[derive(Debug)]
pub struct OdooState {
    pub release: Release,
    pub database: String,
    pub login: String,
    pub api_key: String,
    pub templates: Vec<OdooTemplate>,
    pub products: Vec<OdooProduct>,
    /// (id, name, email)
    pub partners: Vec<(i64, String, String)>,
    /// (id, ISO code, active)
    pub currencies: Vec<(i64, String, bool)>,
    /// (id, name, percent)
    pub taxes: Vec<(i64, String, rust_decimal::Decimal)>,
    /// `uom.uom`: [`stock_units`] unless a test sets others.
    pub units: Vec<OdooUnit>,
    /// The API user may not read `uom.uom`: an `AccessError` answers.
    pub units_denied: bool,
    /// The global lock date (`fiscalyear_lock_date`).
    pub lock_date: Option<NaiveDate>,
    pub orders: Vec<OdooOrder>,
    pub faults: Faults,
    /// The next object call answers "Odoo Session Expired" (code 100).
    pub expire_next_call: bool,
    pub requests: u64,
    pub authentications: u64,
    pub window: Window,
}

pub type SharedOdoo = Arc<Mutex<OdooState>>;

pub struct OdooSimulator {
    pub state: SharedOdoo,
    pub running: Running,
}

/// The demo's account as an Odoo database of a numbered release (`17`, `19`) holds it. An
/// inactive item is archived the way Odoo users do it: on its template.
pub fn from_demo(
    account: &Account,
    version: u32,
    database: &str,
    login: &str,
    api_key: &str,
) -> OdooState {
    let lock_date = account
        .periods
        .iter()
        .filter(|p| p.closed)
        .map(|p| p.end)
        .max();
    let templates = account
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| OdooTemplate {
            id: 500 + i as i64,
            name: it.sku.clone(),
            active: !it.inactive,
            sale_ok: true,
        })
        .collect();
    OdooState {
        release: Release::numbered(version),
        database: database.into(),
        login: login.into(),
        api_key: api_key.into(),
        templates,
        products: account
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| OdooProduct {
                id: 100 + i as i64,
                template: 500 + i as i64,
                default_code: it.sku.clone(),
                active: !it.inactive,
            })
            .collect(),
        partners: account
            .customers
            .iter()
            .enumerate()
            .map(|(i, c)| (1000 + i as i64, c.company.clone(), c.email.clone()))
            .collect(),
        currencies: account
            .currencies
            .iter()
            .enumerate()
            .map(|(i, c)| (1 + i as i64, c.symbol.clone(), !c.inactive))
            .collect(),
        taxes: account
            .tax_items
            .iter()
            .enumerate()
            .map(|(i, t)| (10 + i as i64, t.name.clone(), t.rate_percent))
            .collect(),
        units: stock_units(),
        units_denied: false,
        lock_date,
        orders: Vec::new(),
        faults: Faults::default(),
        expire_next_call: false,
        requests: 0,
        authentications: 0,
        window: Window::default(),
    }
}

impl OdooState {
    /// A new id for a product, template or contact (they share one counter here).
    fn next_id(&self) -> i64 {
        self.products
            .iter()
            .map(|p| p.id)
            .chain(self.templates.iter().map(|t| t.id))
            .chain(self.partners.iter().map(|p| p.0))
            .max()
            .unwrap_or(0)
            + 1
    }
}

impl OdooSimulator {
    pub async fn start(state: OdooState, port: u16) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(state));
        Ok(Self {
            running: serve(routes::router(state.clone()), port).await?,
            state,
        })
    }

    pub fn base_url(&self) -> url::Url {
        self.running.base_url()
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut OdooState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }

    pub fn orders(&self) -> Vec<OdooOrder> {
        self.update(|s| s.orders.clone()).unwrap_or_default()
    }

    /// A confirmed order that synced long ago (see `OdooState::insert_order`).
    pub fn insert_order(&self, reference: &str, date: NaiveDate) -> Option<i64> {
        self.update(|s| s.insert_order(reference, date))
    }
}
