//! SAP Business One Service Layer (the `/b1s/v1` path, OData v3 JSON) on loopback, built from
//! what SAP publishes: the Service Layer `$metadata` (`shared/vendor-specs/sap_b1/`, read by
//! the conformance test `connectors/tests/sap_b1_conformance`), SAP's guide "Working with SAP
//! Business One Service Layer" and the DI API reference (SDK help, SAPbobsCOM objects) for
//! behaviour the metadata does not carry. Each module names its sources.
//!
//! - `routes`: paths, the session cookie, faults, the request journal.
//! - `session`: `Login` / `Logout` and the idle timeout.
//! - `query`: `$select`, `$filter`, `$orderby`, `$top`/`$skip` and server-driven paging.
//! - `master`: items, business partners, currencies, sales tax codes, VAT groups, units of
//!   measure.
//! - `periods`: `CompanyService_GetPeriods` / `CompanyService_GetFinancePeriods`.
//! - `documents`: orders, deliveries and A/R invoices, their refusals, `Close` and `Cancel`.
//! - `answers`: the error envelope and every SAP text the simulator answers with.
//!
//! Like SAP, it takes two documents with the same `NumAtCard`: only the client's lookup
//! prevents a duplicate.

mod answers;
mod documents;
mod knobs;
mod master;
mod periods;
pub mod query;
mod routes;
mod session;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;

use crate::faults::{Faults, Window};
use crate::netsuite::Account;
use crate::server::{serve, Running};

pub use documents::DocumentKind;
pub use periods::PeriodStatus;
pub use routes::{served_properties, Exchange, ACTIONS, BOUND_ACTIONS, ENTITY_SETS, SERVICE_ROOT};

/// An item (`OITM`), with the flags that decide whether a sales document may use it.
#[derive(Debug, Clone, Serialize)]
pub struct SapItem {
    pub code: String,
    pub name: String,
    /// `Valid`: an item set inactive is refused on documents.
    pub valid: bool,
    pub frozen: bool,
    /// `SalesItem`: only sales items go on sales documents.
    pub sales_item: bool,
    /// `InventoryItem`: only inventory items have stock to go negative.
    pub inventory_item: bool,
    /// In stock over all warehouses (`QuantityOnStock`).
    pub on_hand: Decimal,
}

impl SapItem {
    /// A sales item with plenty in stock.
    pub fn stocked(code: &str) -> Self {
        Self {
            code: code.into(),
            name: code.into(),
            valid: true,
            frozen: false,
            sales_item: true,
            inventory_item: true,
            on_hand: Decimal::from(10_000),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SapPartner {
    pub code: String,
    pub name: String,
    pub email: String,
}

/// A sales tax code (`OSTC`): US, Canada and Latin America localisations.
#[derive(Debug, Clone, Serialize)]
pub struct SapSalesTaxCode {
    pub code: String,
    pub name: String,
    /// Percent, as SAP shows it.
    pub rate: Decimal,
    pub inactive: bool,
    /// `ValidForAR`: usable on sales (A/R) documents.
    pub valid_for_ar: bool,
}

/// A tax group (`OVTG`): the VAT localisations (SDK help: "Country-specific for Europe").
#[derive(Debug, Clone, Serialize)]
pub struct SapVatGroup {
    pub code: String,
    pub name: String,
    /// `Category` `bovcOutputTax` (sales) rather than `bovcInputTax` (purchasing).
    pub output: bool,
    pub inactive: bool,
    /// `VatGroups_Lines`: (Effectivefrom, Rate in percent).
    pub rates: Vec<(NaiveDate, Decimal)>,
}

/// A unit of measure (`OUOM`, entity type `UnitOfMeasurement`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SapUnit {
    /// `AbsEntry`, the key.
    pub abs_entry: i32,
    /// `Code`, what the UoM lists show (UoM Code).
    pub code: String,
    pub name: String,
    /// `InternationalSymbol`: the UN/ECE Recommendation 20 code e-documents carry; empty when
    /// the company sets none.
    pub international_symbol: String,
}

/// The units of the simulated company. No public source gives a demo company's UoM master
/// data, so this list is composed: a unit for each way the demo store sells (by the piece,
/// the kilogram, the pound) and two packaging units, each with the UN/ECE code its
/// international symbol would hold (H87 piece, KGM, LBR, BX box, DZN dozen).
pub fn default_units() -> Vec<SapUnit> {
    [
        ("Each", "Each", "H87"),
        ("kg", "Kilogram", "KGM"),
        ("lb", "Pound", "LBR"),
        ("Box", "Box", "BX"),
        ("Dozen", "Dozen", "DZN"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (code, name, symbol))| SapUnit {
        abs_entry: 1 + i as i32,
        code: (*code).into(),
        name: (*name).into(),
        international_symbol: (*symbol).into(),
    })
    .collect()
}

/// A posting period (`OFPR`) in its period category (`OACP`, a fiscal year).
#[derive(Debug, Clone, Serialize)]
pub struct SapPeriod {
    /// `AbsoluteEntry` of the period category it belongs to.
    pub category: i32,
    pub code: String,
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub status: PeriodStatus,
}

/// A marketing document (sales order, delivery, A/R invoice) as stored.
#[derive(Debug, Clone, Serialize)]
pub struct SapDocument {
    pub kind: DocumentKind,
    pub doc_entry: u64,
    pub doc_num: u64,
    pub num_at_card: String,
    pub doc_date: NaiveDate,
    pub card_code: String,
    /// `bost_Open` or `bost_Close`.
    pub status: String,
    pub cancelled: bool,
    /// The body as posted, plus what SAP fills in (lines' `LineNum`, totals).
    pub body: Value,
}

#[derive(Debug)]
pub struct SapState {
    pub company_db: String,
    pub username: String,
    pub password: String,
    /// Idle time after which a session is gone (SAP's SessionTimeout, in minutes, on the wire).
    pub session_timeout: Duration,
    pub items: Vec<SapItem>,
    pub partners: Vec<SapPartner>,
    pub currencies: Vec<String>,
    pub sales_tax_codes: Vec<SapSalesTaxCode>,
    pub vat_groups: Vec<SapVatGroup>,
    /// `UnitOfMeasurements`: [`default_units`] unless a test sets others.
    pub units: Vec<SapUnit>,
    /// The user's authorizations leave out units of measure: reading them is refused.
    pub units_denied: bool,
    pub periods: Vec<SapPeriod>,
    /// CompanyInfo `BlockStockNegativeQuantity` (Document Settings → General, "Block Below
    /// Negative Quantity"): documents that would take stock below zero are refused.
    pub block_negative_inventory: bool,
    /// The date documents inserted by a knob carry when the test names none.
    pub today: NaiveDate,
    pub documents: Vec<SapDocument>,
    pub faults: Faults,
    pub requests: u64,
    pub logins: u64,
    sessions: HashMap<String, Instant>,
    pub window: Window,
    /// Every exchange, when a test turns it on (`Some`): what was asked and answered.
    pub journal: Option<Vec<Exchange>>,
}

pub type SharedSap = Arc<Mutex<SapState>>;

pub struct SapSimulator {
    pub state: SharedSap,
    pub running: Running,
}

/// The demo's NetSuite account, as an SAP Business One company (US localisation: sales tax
/// codes, no VAT groups) would hold it. Of the closed months, the last is still open for
/// everything but sales, as accountants leave it while they post the month's last entries.
pub fn from_demo(account: &Account, company_db: &str, username: &str, password: &str) -> SapState {
    let last_closed = account
        .periods
        .iter()
        .filter(|p| p.closed)
        .map(|p| p.start)
        .max();
    let today = account
        .periods
        .iter()
        .filter(|p| !p.closed)
        .map(|p| p.start)
        .min()
        .unwrap_or_default();
    SapState {
        company_db: company_db.into(),
        username: username.into(),
        password: password.into(),
        session_timeout: Duration::from_secs(30 * 60),
        items: account
            .items
            .iter()
            .map(|i| SapItem {
                valid: !i.inactive,
                ..SapItem::stocked(&i.sku)
            })
            .collect(),
        partners: account
            .customers
            .iter()
            .map(|c| SapPartner {
                code: c.entity_id.clone(),
                name: c.company.clone(),
                email: c.email.clone(),
            })
            .collect(),
        currencies: account
            .currencies
            .iter()
            .filter(|c| !c.inactive)
            .map(|c| c.symbol.clone())
            .collect(),
        sales_tax_codes: account
            .tax_items
            .iter()
            .map(|t| SapSalesTaxCode {
                code: t.name.split('-').next().unwrap_or(&t.name).to_string(),
                name: t.name.clone(),
                rate: t.rate_percent,
                inactive: false,
                valid_for_ar: true,
            })
            .collect(),
        vat_groups: Vec::new(),
        units: default_units(),
        units_denied: false,
        periods: account
            .periods
            .iter()
            .map(|p| SapPeriod {
                category: periods::category_of(p.start),
                code: p.start.format("%Y-%m").to_string(),
                name: p.start.format("%Y-%m").to_string(),
                from: p.start,
                to: p.end,
                status: match (p.closed, Some(p.start) == last_closed) {
                    (false, _) => PeriodStatus::Unlocked,
                    (true, true) => PeriodStatus::UnlockedExceptSales,
                    (true, false) => PeriodStatus::Locked,
                },
            })
            .collect(),
        block_negative_inventory: true,
        today,
        documents: Vec::new(),
        faults: Faults::default(),
        requests: 0,
        logins: 0,
        sessions: HashMap::new(),
        window: Window::default(),
        journal: None,
    }
}

impl SapSimulator {
    pub async fn start(state: SapState, port: u16) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(state));
        Ok(Self {
            running: serve(routes::router(state.clone()), port).await?,
            state,
        })
    }

    /// `http://127.0.0.1:port/b1s/v1/`
    pub fn service_url(&self) -> url::Url {
        self.running
            .base_url()
            .join(SERVICE_ROOT)
            .unwrap_or_else(|_| self.running.base_url())
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut SapState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }

    /// The sales orders (`ORDR`), cancelled and closed ones included.
    pub fn orders(&self) -> Vec<SapDocument> {
        self.documents(DocumentKind::Order)
    }

    pub fn documents(&self, kind: DocumentKind) -> Vec<SapDocument> {
        self.update(|s| {
            s.documents
                .iter()
                .filter(|d| d.kind == kind)
                .cloned()
                .collect()
        })
        .unwrap_or_default()
    }

    /// Every open session times out at once, as after a quiet half hour.
    pub fn expire_sessions(&self) {
        self.update(|s| s.sessions.clear());
    }

    /// Start keeping every exchange, for a test to read back with `journal`.
    pub fn record(&self) {
        self.update(|s| s.journal = Some(Vec::new()));
    }

    pub fn journal(&self) -> Vec<Exchange> {
        self.update(|s| s.journal.clone().unwrap_or_default())
            .unwrap_or_default()
    }

    /// See [`SapState::copy_order`].
    pub fn copy_order(&self, order_entry: u64, into: DocumentKind) -> Result<u64, Value> {
        self.update(|s| s.copy_order(order_entry, into))
            .unwrap_or(Err(Value::Null))
    }

    /// An order that synced long ago, as the old integration left it.
    pub fn insert_order(&self, num_at_card: &str) {
        self.update(|s| {
            let (date, customer) = (s.today, s.partners.first().map(|p| p.code.clone()));
            documents::insert(s, DocumentKind::Order, num_at_card, date, customer)
        });
    }
}
