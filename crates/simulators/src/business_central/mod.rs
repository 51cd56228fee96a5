//! Business Central API v2.0 on loopback, behaving as Microsoft's own sources say it does:
//! an Entra-style token endpoint, company-scoped OData pages with server-driven paging, sales
//! orders by deep insert that refuse read-only and unknown fields with Business Central's
//! errors, Code fields stored upper case, posting that moves an order out of `salesOrders`
//! into `salesInvoices` and `salesShipments`, and a user deleting an open order. Like the real
//! one, it lets two orders share an external document number: only the client's lookup
//! prevents a duplicate.
//!
//! Each behaviour names its source where it is built; `docs/vendors/business-central.md`
//! lists them all with what each was checked against.

mod entra;
mod master;
mod odata;
mod orders;
pub mod pages;
mod posting;
mod routes;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::faults::{Faults, Window};
use crate::netsuite::Account;
use crate::server::{serve, Running};

pub use entra::PUBLIC_CLIENT_ID;
pub use posting::PostingRefused;

/// A sales order as the page `salesOrders` holds it.
#[derive(Debug, Clone, Serialize)]
pub struct BcSalesOrder {
    pub id: String,
    pub number: String,
    /// As stored: a Code field, upper case.
    pub external_document_number: String,
    /// The status enum as on the wire: `Draft`, `In_x0020_Review` or `Open`.
    pub status: String,
    /// The header's fields by their API names, as stored.
    pub header: Map<String, Value>,
    /// The lines by their API names, as stored.
    pub lines: Vec<Map<String, Value>>,
}

/// A posted invoice or shipment: what posting an order leaves behind.
#[derive(Debug, Clone, Serialize)]
pub struct BcPostedDocument {
    pub id: String,
    pub number: String,
    pub external_document_number: String,
    /// The number of the order it was posted from; empty for a document of no order.
    pub order_number: String,
    /// The page's fields by their API names (`status` on an invoice).
    pub header: Map<String, Value>,
    pub lines: Vec<Map<String, Value>>,
}

/// A row of `accountingPeriods`, with the fields the page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BcPeriod {
    pub starting_date: NaiveDate,
    pub name: String,
    pub new_fiscal_year: bool,
    /// The period's fiscal year is closed.
    pub closed: bool,
    /// Its starting date can no longer change; not a posting lock.
    pub date_locked: bool,
}

/// A row of the Unit of Measure table (`unitsOfMeasure`, page 30030).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BcUnit {
    /// `Code[10]`, the key lines name.
    pub code: String,
    pub description: String,
    /// "International Standard Code": UN/ECE Recommendation 20's common code.
    pub international_standard_code: String,
    pub symbol: String,
}

impl BcUnit {
    pub fn new(code: &str, description: &str, international_standard_code: &str) -> Self {
        Self {
            code: code.into(),
            description: description.into(),
            international_standard_code: international_standard_code.into(),
            symbol: String::new(),
        }
    }
}

/// The units of measure a new company gets from Microsoft's demo data: microsoft/ALAppExtensions
/// `Apps/W1/ContosoCoffeeDemoDataset/app/DemoData/Foundation/1.Setup data/
/// CreateUnitofMeasure.Codeunit.al` (codeunit 5248, `InsertUnitOfMeasure(Code, Description,
/// International Standard Code)`; it sets no symbol). Contoso keeps no pound: `LB` is the unit
/// a US shop selling by weight adds (UN/ECE `LBR`), so a weighed sale in pounds is found.
pub fn contoso_units() -> Vec<BcUnit> {
    let mut units: Vec<BcUnit> = [
        ("HOUR", "Hour", "HUR"),
        ("DAY", "Day", "DAY"),
        ("PCS", "Piece", "EA"),
        ("CAN", "Can", "CA"),
        ("BOX", "Box", "BX"),
        ("PALLET", "Pallet", "PF"),
        ("PACK", "Pack", "PK"),
        ("MILES", "Miles", "1A"),
        ("KM", "Kilometer", "KMT"),
        ("KG", "Kilo", "KGM"),
        ("SET", "Set", "SET"),
        ("BAG", "Bag", "BAG"),
        ("GR", "Gram", "GRM"),
        ("L", "Liter", "LTR"),
        ("T", "Tonne", "TN"),
        ("KWH", "KW Hour", "KWH"),
        ("CM", "Centimeter", "CM"),
    ]
    .iter()
    .map(|(code, description, iso)| BcUnit::new(code, description, iso))
    .collect();
    units.push(BcUnit {
        symbol: "lb".into(),
        ..BcUnit::new("LB", "Pound", "LBR")
    });
    units
}

#[derive(Debug)]
pub struct BcState {
    pub company_id: String,
    pub company_name: String,
    pub local_currency: String,
    /// (number, blocked)
    pub items: Vec<(String, bool)>,
    /// (number, display name, e-mail)
    pub customers: Vec<(String, String, String)>,
    pub currencies: Vec<String>,
    pub countries: Vec<String>,
    /// `unitsOfMeasure`: [`contoso_units`] unless a test sets others.
    pub units_of_measure: Vec<BcUnit>,
    /// The app's user lacks read permission on the Unit of Measure table (table 204): the page
    /// answers the platform's permission error.
    pub units_of_measure_denied: bool,
    pub periods: Vec<BcPeriod>,
    /// Posting dates before this are refused (User Setup / General Ledger Setup "Allow
    /// Posting From"; not on API v2.0).
    pub allow_posting_from: Option<NaiveDate>,
    pub sales_orders: Vec<BcSalesOrder>,
    /// Posted invoices (the posted part of `salesInvoices`).
    pub sales_invoices: Vec<BcPostedDocument>,
    pub sales_shipments: Vec<BcPostedDocument>,
    pub client_id: String,
    pub client_secret: String,
    pub token_lifetime: Duration,
    /// Rows per page before `@odata.nextLink` (Business Central online: 20,000).
    pub page_size: usize,
    pub faults: Faults,
    pub requests: u64,
    pub tokens_issued: u64,
    tokens: HashMap<String, Instant>,
    pub window: Window,
    base_url: String,
    next: u64,
    /// Browser sign-ins: requests waiting for consent, codes and refresh tokens.
    pub sign_in: crate::authorization_code::AuthorizationServer,
    /// Whether the app registration lists Business Central's delegated permission (API
    /// permissions → Dynamics 365 Business Central → Financials.ReadWrite.All).
    pub delegated_permission_granted: bool,
}

impl BcState {
    /// A fresh id and number in the simulator's one sequence.
    fn next(&mut self) -> u64 {
        self.next += 1;
        self.next
    }

    /// Post the open order carrying this external document number (or with this id) as a
    /// Business Central user posting it with Ship and Invoice would: the order leaves
    /// `salesOrders` and its posted shipment and invoice appear. Returns the invoice's number.
    pub fn post_order(&mut self, order: &str) -> Result<String, PostingRefused> {
        posting::ship_and_invoice(self, order)
    }

    /// Delete an open order, as a user can (`DELETE salesOrders({id})`, see `orders.rs`);
    /// `false` when no open order has this id or external document number.
    pub fn delete_order(&mut self, order: &str) -> bool {
        orders::delete(self, order)
    }

    /// A second order carrying an external document number, as another integration (or a
    /// person copying the order) enters one: Business Central does not keep the field unique
    /// on sales orders (the Sales Header's key is Document Type and No.). It copies the order
    /// already carrying the number, when there is one. Returns the new order's id.
    pub fn insert_second_copy(&mut self, external_document_number: &str) -> String {
        orders::insert_copy(self, external_document_number)
    }
}

pub type SharedBc = Arc<Mutex<BcState>>;

pub struct BcSimulator {
    pub state: SharedBc,
    pub running: Running,
}

pub const TENANT: &str = "00000000-0000-0000-0000-00000000d3m0";
pub const ENVIRONMENT: &str = "production";

pub(crate) fn guid(n: u64) -> String {
    format!("5e1f0000-0000-4000-8000-{n:012x}")
}

/// The demo's NetSuite account, as a Business Central company would hold it.
pub fn from_demo(account: &Account, client_id: &str, client_secret: &str) -> BcState {
    // Business Central closes whole fiscal years, never single months, and which dates a user
    // may post on is a setting (Allow Posting From) the API does not show. The account's
    // closed months become the tail of a fiscal year closed with Close Year, and its first
    // open month the first month of the current fiscal year and of the posting range.
    let allow_from = account
        .periods
        .iter()
        .filter(|p| !p.closed)
        .map(|p| p.start)
        .min();
    let mut periods: Vec<BcPeriod> = account
        .periods
        .iter()
        .map(|p| {
            let closed = allow_from.is_some_and(|from| p.start < from);
            BcPeriod {
                starting_date: p.start,
                name: p.start.format("%B %Y").to_string(),
                new_fiscal_year: Some(p.start) == allow_from,
                closed,
                date_locked: closed,
            }
        })
        .collect();
    periods.sort_by_key(|p| p.starting_date);
    BcState {
        company_id: guid(1),
        company_name: account.company.clone(),
        local_currency: "USD".into(),
        items: account
            .items
            .iter()
            .map(|i| (i.sku.clone(), i.inactive))
            .collect(),
        customers: account
            .customers
            .iter()
            .map(|c| (c.entity_id.clone(), c.company.clone(), c.email.clone()))
            .collect(),
        // Business Central has no inactive currencies: one it should not use is simply absent.
        currencies: account
            .currencies
            .iter()
            .filter(|c| !c.inactive && c.symbol != "USD")
            .map(|c| c.symbol.clone())
            .collect(),
        countries: ["US", "CA", "GB", "DE", "FR", "MX", "NL", "AU"]
            .iter()
            .map(|c| c.to_string())
            .collect(),
        units_of_measure: contoso_units(),
        units_of_measure_denied: false,
        periods,
        allow_posting_from: allow_from,
        sales_orders: Vec::new(),
        sales_invoices: Vec::new(),
        sales_shipments: Vec::new(),
        client_id: client_id.into(),
        client_secret: client_secret.into(),
        token_lifetime: Duration::from_secs(3599),
        page_size: 100,
        faults: Faults::default(),
        requests: 0,
        tokens_issued: 0,
        tokens: HashMap::new(),
        window: Window::default(),
        base_url: String::new(),
        next: 100,
        sign_in: Default::default(),
        delegated_permission_granted: true,
    }
}

impl BcSimulator {
    pub async fn start(state: BcState, port: u16) -> std::io::Result<Self> {
        let state = Arc::new(Mutex::new(state));
        let running = serve(routes::router(state.clone()), port).await?;
        if let Ok(mut s) = state.lock() {
            s.base_url = running.base_url().to_string();
        }
        Ok(Self { state, running })
    }

    /// `…/v2.0/{tenant}/{environment}/api/v2.0/`
    pub fn api_url(&self) -> url::Url {
        self.running
            .base_url()
            .join(&format!("v2.0/{TENANT}/{ENVIRONMENT}/api/v2.0/"))
            .unwrap_or_else(|_| self.running.base_url())
    }

    /// Where Entra ID's sign-in pages live (`https://login.microsoftonline.com/` for real).
    pub fn login_url(&self) -> url::Url {
        self.running.base_url()
    }

    pub fn token_url(&self) -> url::Url {
        self.running
            .base_url()
            .join(&format!("{TENANT}/oauth2/v2.0/token"))
            .unwrap_or_else(|_| self.running.base_url())
    }

    pub fn update<T>(&self, change: impl FnOnce(&mut BcState) -> T) -> Option<T> {
        self.state.lock().ok().map(|mut s| change(&mut s))
    }

    /// A user's own flow in an integration tool (the simulated Celigo and Make run it): each
    /// store order written as one `POST salesOrders` with its lines, through the same page
    /// logic the API answers with (its faults included), for the customer with the order's
    /// e-mail or else the first one; Business Central's refusal is the step's error.
    pub fn order_flow_step(&self) -> crate::integration_flow::FlowStep {
        let state = self.state.clone();
        crate::integration_flow::flow_step(move |record: Value| {
            let state = state.clone();
            async move {
                let response = {
                    let mut s = state
                        .lock()
                        .map_err(|_| "the ERP is unavailable".to_string())?;
                    let email = record.get("email").and_then(Value::as_str).unwrap_or("");
                    let customer = s
                        .customers
                        .iter()
                        .find(|(_, _, e)| !email.is_empty() && e.eq_ignore_ascii_case(email))
                        .or_else(|| s.customers.first())
                        .map(|(number, _, _)| number.clone())
                        .unwrap_or_default();
                    let lines: Vec<Value> = record
                        .get("line_items")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .map(|l| {
                            json!({
                                "lineType": "Item",
                                "lineObjectNumber": l.get("sku"),
                                "quantity": l.get("quantity"),
                                "unitPrice": l.get("price").and_then(Value::as_str).and_then(|p| p.parse::<f64>().ok()),
                            })
                        })
                        .collect();
                    let body = json!({
                        "externalDocumentNumber": record.get("external_id"),
                        "customerNumber": customer,
                        "salesOrderLines": lines,
                    });
                    orders::create(&mut s, body.to_string().as_bytes())
                };
                let status = response.status();
                if status.is_success() {
                    return Ok(());
                }
                let body = axum::body::to_bytes(response.into_body(), 1 << 20)
                    .await
                    .unwrap_or_default();
                let message = serde_json::from_slice::<Value>(&body)
                    .ok()
                    .and_then(|v| {
                        v.pointer("/error/message")
                            .and_then(Value::as_str)
                            .map(str::to_string)
                    })
                    .unwrap_or_else(|| {
                        format!("{} {}", status.as_u16(), String::from_utf8_lossy(&body))
                    });
                Err(message)
            }
        })
    }

    pub fn sales_orders(&self) -> Vec<BcSalesOrder> {
        self.update(|s| s.sales_orders.clone()).unwrap_or_default()
    }

    pub fn sales_invoices(&self) -> Vec<BcPostedDocument> {
        self.update(|s| s.sales_invoices.clone())
            .unwrap_or_default()
    }

    pub fn sales_shipments(&self) -> Vec<BcPostedDocument> {
        self.update(|s| s.sales_shipments.clone())
            .unwrap_or_default()
    }

    /// Every sales document the company holds for an order, by external document number: the
    /// open orders and the posted invoices (a posted order's shipment is the same order).
    pub fn documents(&self) -> Vec<(String, String)> {
        self.update(|s| orders::documents(s)).unwrap_or_default()
    }

    /// Add an order as if it had been entered long ago and released.
    pub fn insert_sales_order(&self, external_document_number: &str) {
        self.update(|s| orders::insert_released(s, external_document_number));
    }

    /// See [`BcState::insert_second_copy`].
    pub fn insert_second_copy(&self, external_document_number: &str) -> Option<String> {
        self.update(|s| s.insert_second_copy(external_document_number))
    }

    /// See [`BcState::post_order`].
    pub fn post_order(&self, order: &str) -> Result<String, PostingRefused> {
        self.update(|s| s.post_order(order))
            .unwrap_or(Err(PostingRefused::NoSuchOrder))
    }

    /// See [`BcState::delete_order`].
    pub fn delete_order(&self, order: &str) -> bool {
        self.update(|s| s.delete_order(order)).unwrap_or(false)
    }

    /// An access token as Entra ID issues one to the app, for tests that call the API
    /// themselves rather than through the connector.
    pub fn issue_token(&self) -> Option<String> {
        self.update(routes::issue_token)
    }

    pub fn revoke_tokens(&self) {
        self.update(|s| s.tokens.clear());
    }
}
