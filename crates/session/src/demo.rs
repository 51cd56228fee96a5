//! The built-in demo: a simulated store (Shopify by default, WooCommerce or a CSV export) and
//! ERP (NetSuite by default, Business Central, SAP Business One or Odoo) on loopback, a shop of about 200 orders
//! and the history of an integration that failed on some of them in every way the guide
//! describes. Everything goes through the real connectors, so the raw errors are the ERP's own.

use std::path::{Path, PathBuf};
use std::time::Duration;

use osd_connectors::business_central::{BcClient, BcConfig};
use osd_connectors::netsuite::{JwtAlgorithm, NetSuiteAuth, NetSuiteClient, NetSuiteConfig};
use osd_connectors::odoo::{OdooClient, OdooConfig};
use osd_connectors::sap_b1::{SapClient, SapConfig};
use osd_connectors::shopify::{ShopifyAuth, ShopifyClient, ShopifyConfig};
use osd_connectors::shopify_csv::CsvSource;
use osd_connectors::square::{SquareAuth, SquareClient, SquareConfig};
use osd_connectors::woocommerce::{WooClient, WooConfig};
use osd_connectors::{Erp, StoreSource};
use osd_doctor::MasterIndex;
use osd_model::{Order, Sensitive, StoreStatus};
use osd_resend::{Options, Resender};
use osd_simulators::business_central::{self, BcSimulator};
use osd_simulators::demo::{self, DemoOrder, DemoWorld, PastFault, Scenario};
use osd_simulators::netsuite::{Integration, NetSuiteSimulator};
use osd_simulators::odoo::{self, OdooSimulator};
use osd_simulators::sap_b1::{self, SapSimulator};
use osd_simulators::shopify::ShopifySimulator;
use osd_simulators::shopify_export;
use osd_simulators::square::{world as square, SquareSimulator, SquareState};
use osd_simulators::statuspage::StatusPageSimulator;
use osd_simulators::woocommerce::WooSimulator;
use osd_simulators::{keys, Faults};
use osd_store::{private_files, Db};

use crate::{Clock, Result, Session, SessionError};

/// Which store the demo simulates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DemoStore {
    #[default]
    Shopify,
    WooCommerce,
    /// Shopify's order export as a file.
    Csv,
    /// Square point of sale: the demo's orders rung up at two shop counters, plus what a
    /// till adds (custom amounts, tips, weighed goods, flowers by the bunch, a refund, a
    /// counter in Canada).
    Square,
}

impl DemoStore {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "shopify" => Some(Self::Shopify),
            "woocommerce" => Some(Self::WooCommerce),
            "csv" => Some(Self::Csv),
            "square" => Some(Self::Square),
            _ => None,
        }
    }
}

/// Which ERP the demo simulates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DemoErp {
    #[default]
    NetSuite,
    BusinessCentral,
    SapB1,
    Odoo,
}

impl DemoErp {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "netsuite" => Some(Self::NetSuite),
            "business-central" => Some(Self::BusinessCentral),
            "sap-b1" => Some(Self::SapB1),
            "odoo" => Some(Self::Odoo),
            _ => None,
        }
    }
}

/// The ERP side of a running demo.
pub enum ErpSimulator {
    NetSuite(NetSuiteSimulator),
    BusinessCentral(BcSimulator),
    SapB1(SapSimulator),
    Odoo(OdooSimulator),
}

/// A sales order as a simulated ERP holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimulatedOrder {
    pub id: String,
    pub external_id: String,
    /// How many writes reached it (1: created once, never overwritten).
    pub writes: u32,
}

impl ErpSimulator {
    pub fn orders(&self) -> Vec<SimulatedOrder> {
        match self {
            Self::NetSuite(sim) => sim
                .sales_orders()
                .into_iter()
                .map(|o| SimulatedOrder {
                    id: o.id,
                    external_id: o.external_id,
                    writes: o.writes,
                })
                .collect(),
            // Open orders and posted invoices: a posted order left salesOrders but is held.
            Self::BusinessCentral(sim) => sim
                .documents()
                .into_iter()
                .map(|(id, external_id)| SimulatedOrder {
                    id,
                    external_id,
                    writes: 1,
                })
                .collect(),
            Self::SapB1(sim) => sim
                .orders()
                .into_iter()
                .map(|o| SimulatedOrder {
                    id: o.doc_entry.to_string(),
                    external_id: o.num_at_card,
                    writes: 1,
                })
                .collect(),
            Self::Odoo(sim) => sim
                .orders()
                .into_iter()
                .map(|o| SimulatedOrder {
                    id: o.id.to_string(),
                    external_id: o.client_order_ref,
                    writes: 1,
                })
                .collect(),
        }
    }

    /// Requests the simulated ERP has answered so far, faults and refusals included.
    pub fn requests(&self) -> u64 {
        match self {
            Self::NetSuite(sim) => sim.update(|s| s.requests),
            Self::BusinessCentral(sim) => sim.update(|s| s.requests),
            Self::SapB1(sim) => sim.update(|s| s.requests),
            Self::Odoo(sim) => sim.update(|s| s.requests),
        }
        .unwrap_or_default()
    }

    /// Requests the simulated ERP answered 429 because of its rate limit.
    pub fn rate_limited(&self) -> u64 {
        match self {
            Self::NetSuite(sim) => sim.update(|s| s.window.refused),
            Self::BusinessCentral(sim) => sim.update(|s| s.window.refused),
            Self::SapB1(sim) => sim.update(|s| s.window.refused),
            Self::Odoo(sim) => sim.update(|s| s.window.refused),
        }
        .unwrap_or_default()
    }

    pub fn arm(&self, change: impl FnOnce(&mut Faults)) {
        match self {
            Self::NetSuite(sim) => {
                sim.update(|s| change(&mut s.faults));
            }
            Self::BusinessCentral(sim) => {
                sim.update(|s| change(&mut s.faults));
            }
            Self::SapB1(sim) => {
                sim.update(|s| change(&mut s.faults));
            }
            Self::Odoo(sim) => {
                sim.update(|s| change(&mut s.faults));
            }
        }
    }

    pub fn base_url(&self) -> url::Url {
        match self {
            Self::NetSuite(sim) => sim.base_url(),
            Self::BusinessCentral(sim) => sim.running.base_url(),
            Self::SapB1(sim) => sim.running.base_url(),
            Self::Odoo(sim) => sim.base_url(),
        }
    }
}

/// The store side of a running demo.
pub enum StoreSimulator {
    Shopify(ShopifySimulator),
    WooCommerce(WooSimulator),
    Csv {
        path: PathBuf,
        _dir: tempfile::TempDir,
    },
    Square(SquareSimulator),
}

/// The running demo; the simulators stop when it is dropped.
pub struct Demo {
    pub store: StoreSimulator,
    pub erp: ErpSimulator,
    /// The store vendor's status page (all green until a test says otherwise).
    pub status_page: StatusPageSimulator,
    pub world: DemoWorld,
    /// The Shopify Admin API version the demo's store client requests (the app's own by
    /// default; an older one shows step 1's warning before Shopify retires it).
    pub shopify_version: String,
}

/// What a demo run may choose besides its store and ERP.
#[derive(Debug, Clone)]
pub struct DemoSettings {
    /// More good orders the old integration never sent, for runs at scale.
    pub backlog: usize,
    /// The Shopify Admin API version to request.
    pub shopify_version: String,
}

impl Default for DemoSettings {
    fn default() -> Self {
        Self {
            backlog: 0,
            shopify_version: osd_connectors::shopify::API_VERSION.into(),
        }
    }
}

/// Ports: 0 picks free ones; `simulate` may ask for fixed ones.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ports {
    pub store: u16,
    pub erp: u16,
}

/// Everything a profile needs to reach the demo's simulators, for `sync-doctor simulate`.
pub struct DemoCredentials {
    /// Shopify's access token, or WooCommerce's `ck_…:cs_…`.
    pub store_secret: Sensitive<String>,
    /// NetSuite's private key (PEM), or Business Central's client secret.
    pub erp_secret: Sensitive<String>,
}

pub const ODOO_DATABASE: &str = "juniper";
pub const ODOO_LOGIN: &str = "sync-bot@juniper.example";
const ODOO_KEY: &str = "demo-odoo-api-key";
pub const SAP_COMPANY_DB: &str = "SBODEMOUS";
pub const SAP_USER: &str = "manager";
const SAP_PASSWORD: &str = "demo-sap-password";
pub const BC_CLIENT_ID: &str = "demo-bc-app";
pub const BC_CLIENT_SECRET: &str = "demo-bc-client-secret";
pub const BC_SCOPE: &str = "https://api.businesscentral.dynamics.com/.default";
const WOO_KEY: &str = "ck_demo_0000000000000000000000";
const WOO_SECRET: &str = "cs_demo_0000000000000000000000";
const SQUARE_TOKEN: &str = "EAAAl-demo-square-personal-access-token";
const FIRST_DEMO_ID: u64 = 5_100_000_000;

fn sim_error(e: impl std::fmt::Display) -> SessionError {
    SessionError::Simulator(e.to_string())
}

/// A demo order as the chosen store presents it (WooCommerce numbers its orders its own way,
/// and an unpaid one there is a bank transfer waiting `on-hold`).
pub fn store_order(kind: DemoStore, order: &DemoOrder) -> Order {
    let mut o = order.shop.order.clone();
    if kind == DemoStore::WooCommerce {
        if order.scenario == Scenario::Unpaid {
            o.store_status = Some(StoreStatus::open("on-hold"));
        }
        let n: u64 = o
            .store_id
            .rsplit('/')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(FIRST_DEMO_ID);
        o.store_id = (1000 + n.saturating_sub(FIRST_DEMO_ID)).to_string();
        o.source = "woocommerce".into();
    }
    if kind == DemoStore::Square {
        // Square's ids are opaque 26-character strings; the demo's keep their number.
        let n = o
            .store_id
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string();
        o.store_id = format!("SQDEMO{n:0>20}");
        o.source = "square".into();
        o.store_status = Some(match &o.store_status {
            Some(status) if status.ended => StoreStatus::ended("CANCELED"),
            Some(status) if status.name == "PENDING" => StoreStatus::open("OPEN"),
            _ => StoreStatus::open("COMPLETED"),
        });
    }
    o
}

/// The demo's shop as a Square seller: every demo order rung up at the main counter, then
/// what only a till produces — a custom amount with no product, a tip, a weighed line, a line
/// in the seller's own unit (the bunch) no ERP keeps, a sale refunded in part (and the return Square records for it), and a sale at the Toronto counter,
/// in Canadian dollars.
fn square_world(world: &DemoWorld) -> SquareState {
    const MAIN: &str = "L-DEMO-MAIN";
    const TORONTO: &str = "L-DEMO-TORONTO";
    let mut state = SquareState {
        access_token: SQUARE_TOKEN.into(),
        // The seller may also sign in with the browser, as the demo's Square application.
        oauth_app: Some(osd_simulators::square::OAuthApp {
            client_id: osd_simulators::square::DEMO_APP_ID.into(),
            redirect_url: osd_simulators::square::DEMO_REDIRECT_URL.into(),
        }),
        locations: vec![
            square::location(MAIN, "Main Street counter", "USD", "US"),
            square::location(TORONTO, "Toronto counter", "CAD", "CA"),
        ],
        ..SquareState::default()
    };
    let mut skus = std::collections::BTreeMap::new();
    for order in &world.orders {
        let sold = store_order(DemoStore::Square, order);
        for line in &sold.lines {
            if let Some(sku) = &line.sku {
                skus.entry(sku.clone())
                    .or_insert((line.title.clone(), line.unit_price));
            }
        }
        let (json, customer) = square::from_order(&sold, MAIN, order.shop.updated_at);
        state.orders.push(json);
        state.customers.extend(customer);
    }
    for (sku, (title, price)) in &skus {
        state.catalog.push(square::variation(
            &square::variation_id(sku),
            Some(sku),
            title,
            square::minor_units(*price, "USD"),
            "USD",
        ));
    }
    // What the till sells is what the shop sells without trouble: the item, tax and customer
    // of an order that went through, so each till sale has only its own problem.
    let Some(template) = world
        .orders
        .iter()
        .find(|o| o.synced_before() && o.shop.order.lines.first().is_some_and(|l| l.sku.is_some()))
        .map(|o| store_order(DemoStore::Square, o))
    else {
        return state;
    };
    let line = &template.lines[0];
    let item = square::variation_id(line.sku.as_deref().unwrap_or_default());
    let price = square::minor_units(line.unit_price, "USD");
    let first_title = line.title.clone();
    let (tax_name, tax_percent) = template
        .all_tax_lines()
        .next()
        .map(|t| {
            (
                t.title.clone(),
                (t.rate * osd_model::Decimal::ONE_HUNDRED)
                    .normalize()
                    .to_string(),
            )
        })
        .unwrap_or_else(|| ("Sales tax".into(), "0".into()));
    state.customers.push(square::customer_named(
        "CUST-POS-REGULAR",
        &template.customer.name,
        template.customer.email.as_deref(),
    ));
    let at = |minutes: i64| world.now - chrono::Duration::minutes(minutes);
    let sale = |id: &str, minutes: i64| {
        square::OrderBuilder::new(id, MAIN, "USD", at(minutes))
            .tax(&tax_name, &tax_percent)
            .customer("CUST-POS-REGULAR")
    };
    let refunded = sale("SQDEMOPOSREFUND0000000001", 95)
        .line(&first_title, "2", Some(&item), price)
        .refund(price)
        .build();
    state.orders.extend([
        sale("SQDEMOPOSCUSTOM0000000001", 130)
            .line(&first_title, "1", Some(&item), price)
            .line("Custom amount", "1", None, 1200)
            .build(),
        sale("SQDEMOPOSTIP0000000000001", 120)
            .line(&first_title, "1", Some(&item), price)
            .tip(300)
            .build(),
        sale("SQDEMOPOSWEIGHED000000001", 110)
            .line(&first_title, "1.25", Some(&item), price)
            .in_unit(serde_json::json!({ "weight_unit": "IMPERIAL_POUND" }), 2)
            .build(),
        // Sold by the seller's own unit, which no ERP keeps until someone adds it.
        sale("SQDEMOPOSBUNCH00000000001", 100)
            .line("Tulips", "2", Some(&item), price)
            .in_unit(
                serde_json::json!({ "custom_unit": { "name": "bunch", "abbreviation": "bn" } }),
                0,
            )
            .build(),
        square::return_order("SQDEMOPOSRETURN0000000001", &refunded, price, at(90)),
        refunded,
        square::OrderBuilder::new("SQDEMOPOSTORONTO000000001", TORONTO, "CAD", at(80))
            .line(&first_title, "1", Some(&item), minor_cad(price))
            .tax(&tax_name, &tax_percent)
            .customer("CUST-POS-REGULAR")
            .build(),
    ]);
    state
}

/// The same shelf price at the Canadian counter.
fn minor_cad(usd: i64) -> i64 {
    usd * 137 / 100
}

/// Start the simulators with the demo world, before any history.
pub async fn start_simulators(
    clock: &Clock,
    ports: Ports,
    kind: DemoStore,
    erp_kind: DemoErp,
    backlog: usize,
) -> Result<(Demo, DemoCredentials)> {
    let world = demo::build_with_backlog(clock(), backlog);
    let key = keys::generate_es256().map_err(sim_error)?;
    let (store, store_secret) = match kind {
        DemoStore::Shopify => (
            StoreSimulator::Shopify({
                let shop = ShopifySimulator::start(
                    "Juniper & Pine (demo)",
                    demo::SHOP_TOKEN,
                    world.orders.iter().map(|o| o.shop.clone()).collect(),
                    ports.store,
                )
                .await
                .map_err(sim_error)?;
                // A shop on Shopify Plus: the demo's first check reads all its orders at once
                // instead of waiting ~40 s for a Standard plan's bucket (which the Shopify
                // connector's own tests keep).
                shop.on_plus_plan();
                shop
            }),
            demo::SHOP_TOKEN.to_string(),
        ),
        DemoStore::WooCommerce => (
            StoreSimulator::WooCommerce(
                WooSimulator::start(
                    WOO_KEY,
                    WOO_SECRET,
                    world
                        .orders
                        .iter()
                        .map(|o| (store_order(kind, o), o.shop.updated_at))
                        .collect(),
                    ports.store,
                )
                .await
                .map_err(sim_error)?,
            ),
            format!("{WOO_KEY}:{WOO_SECRET}"),
        ),
        DemoStore::Csv => {
            let dir = tempfile::tempdir().map_err(sim_error)?;
            let path = dir.path().join("orders_export.csv");
            let orders: Vec<Order> = world.orders.iter().map(|o| o.shop.order.clone()).collect();
            private_files::write_private_file(&path, shopify_export::to_csv(&orders))
                .map_err(sim_error)?;
            (StoreSimulator::Csv { path, _dir: dir }, String::new())
        }
        DemoStore::Square => (
            StoreSimulator::Square(
                SquareSimulator::start(square_world(&world), ports.store)
                    .await
                    .map_err(sim_error)?,
            ),
            SQUARE_TOKEN.to_string(),
        ),
    };
    let (erp, erp_secret) = match erp_kind {
        DemoErp::NetSuite => (
            ErpSimulator::NetSuite(
                NetSuiteSimulator::start(
                    world.account.clone(),
                    Integration {
                        client_id: demo::NETSUITE_CLIENT_ID.into(),
                        certificate_id: demo::NETSUITE_CERTIFICATE_ID.into(),
                        public_x: key.x.clone(),
                        public_y: key.y.clone(),
                        realm: demo::NETSUITE_ACCOUNT.into(),
                        token_lifetime: demo::TOKEN_LIFETIME,
                        ..Integration::default()
                    },
                    ports.erp,
                )
                .await
                .map_err(sim_error)?,
            ),
            key.private_pem,
        ),
        DemoErp::Odoo => (
            ErpSimulator::Odoo(
                OdooSimulator::start(
                    odoo::from_demo(&world.account, 17, ODOO_DATABASE, ODOO_LOGIN, ODOO_KEY),
                    ports.erp,
                )
                .await
                .map_err(sim_error)?,
            ),
            ODOO_KEY.to_string(),
        ),
        DemoErp::SapB1 => (
            ErpSimulator::SapB1(
                SapSimulator::start(
                    sap_b1::from_demo(&world.account, SAP_COMPANY_DB, SAP_USER, SAP_PASSWORD),
                    ports.erp,
                )
                .await
                .map_err(sim_error)?,
            ),
            SAP_PASSWORD.to_string(),
        ),
        DemoErp::BusinessCentral => (
            ErpSimulator::BusinessCentral(
                BcSimulator::start(
                    business_central::from_demo(&world.account, BC_CLIENT_ID, BC_CLIENT_SECRET),
                    ports.erp,
                )
                .await
                .map_err(sim_error)?,
            ),
            BC_CLIENT_SECRET.to_string(),
        ),
    };
    // Orders that synced fine long ago are simply there.
    for order in world.orders.iter().filter(|o| o.synced_before()) {
        let o = store_order(kind, order);
        match &erp {
            ErpSimulator::NetSuite(sim) => sim.insert_sales_order(
                &o.external_id(),
                serde_json::json!({ "otherRefNum": o.name, "tranDate": o.created_at.format("%Y-%m-%d").to_string() }),
            ),
            ErpSimulator::BusinessCentral(sim) => sim.insert_sales_order(&o.external_id()),
            ErpSimulator::SapB1(sim) => sim.insert_order(&o.external_id()),
            ErpSimulator::Odoo(sim) => {
                sim.insert_order(&o.external_id(), o.created_at.date_naive());
            }
        }
    }
    let status_page = StatusPageSimulator::start("Store status (demo)", 0)
        .await
        .map_err(sim_error)?;
    Ok((
        Demo {
            store,
            erp,
            status_page,
            world,
            shopify_version: osd_connectors::shopify::API_VERSION.into(),
        },
        DemoCredentials {
            store_secret: Sensitive::new(store_secret),
            erp_secret: Sensitive::new(erp_secret),
        },
    ))
}

impl Demo {
    pub fn kind(&self) -> DemoStore {
        match self.store {
            StoreSimulator::Shopify(_) => DemoStore::Shopify,
            StoreSimulator::WooCommerce(_) => DemoStore::WooCommerce,
            StoreSimulator::Csv { .. } => DemoStore::Csv,
            StoreSimulator::Square(_) => DemoStore::Square,
        }
    }

    /// The external id the ERP knows a demo order by.
    pub fn external_id(&self, order: &DemoOrder) -> String {
        store_order(self.kind(), order).external_id()
    }

    pub fn store_client(&self, secret: &Sensitive<String>) -> Result<Box<dyn StoreSource>> {
        let timeout = Duration::from_secs(10);
        Ok(match &self.store {
            StoreSimulator::Shopify(sim) => Box::new(
                ShopifyClient::new(ShopifyConfig {
                    base_url: sim.base_url(),
                    api_version: self.shopify_version.clone(),
                    auth: ShopifyAuth::AccessToken {
                        token: secret.clone(),
                        expires: None,
                    },
                    timeout,
                })
                .map_err(sim_error)?,
            ),
            StoreSimulator::WooCommerce(sim) => {
                let (key, secret) = secret.expose().split_once(':').unwrap_or_default();
                Box::new(
                    WooClient::new(WooConfig {
                        base_url: sim.base_url(),
                        consumer_key: key.to_string().into(),
                        consumer_secret: secret.to_string().into(),
                        auth: None,
                        timeout,
                    })
                    .map_err(sim_error)?,
                )
            }
            StoreSimulator::Csv { path, .. } => Box::new(CsvSource::new(path.clone())),
            StoreSimulator::Square(sim) => Box::new(
                SquareClient::new(SquareConfig {
                    base_url: sim.base_url(),
                    auth: SquareAuth::Token {
                        token: secret.clone(),
                        expires: None,
                    },
                    location_ids: Vec::new(),
                    states: SquareConfig::default_states(),
                    timeout,
                })
                .map_err(sim_error)?,
            ),
        })
    }

    /// The demo's NetSuite with `max_concurrency` requests at once (the demo keeps 5 of the
    /// base tier's 15 for other integrations).
    pub fn netsuite_client(
        &self,
        secret: &Sensitive<String>,
        max_concurrency: usize,
    ) -> Result<NetSuiteClient> {
        let ErpSimulator::NetSuite(sim) = &self.erp else {
            return Err(SessionError::Profile(
                "the demo's ERP is not NetSuite".into(),
            ));
        };
        NetSuiteClient::new(NetSuiteConfig {
            base_url: sim.base_url(),
            account_id: demo::NETSUITE_ACCOUNT.into(),
            auth: NetSuiteAuth::ClientCredentials {
                client_id: demo::NETSUITE_CLIENT_ID.into(),
                certificate_id: demo::NETSUITE_CERTIFICATE_ID.into(),
                private_key_pem: secret.clone(),
                algorithm: JwtAlgorithm::Es256,
                certificate_expires: Some(self.world.certificate_expires),
            },
            timeout: Duration::from_secs(10),
            max_concurrency,
        })
        .map_err(sim_error)
    }

    pub fn erp_client(&self, secret: &Sensitive<String>) -> Result<Box<dyn Erp>> {
        let timeout = Duration::from_secs(10);
        Ok(match &self.erp {
            ErpSimulator::NetSuite(_) => Box::new(self.netsuite_client(secret, 5)?),
            ErpSimulator::SapB1(sim) => Box::new(Self::sap_client(sim, secret, timeout)?),
            ErpSimulator::Odoo(sim) => Box::new(
                OdooClient::new(OdooConfig {
                    base_url: sim.base_url(),
                    database: ODOO_DATABASE.into(),
                    login: ODOO_LOGIN.into(),
                    api_key: secret.clone(),
                    protocol: None,
                    timeout,
                })
                .map_err(sim_error)?,
            ),
            ErpSimulator::BusinessCentral(sim) => Box::new(
                BcClient::new(BcConfig {
                    api_url: sim.api_url(),
                    token_url: sim.token_url(),
                    scope: BC_SCOPE.into(),
                    client_id: BC_CLIENT_ID.into(),
                    client_secret: secret.clone(),
                    company: None,
                    // The demo's Entra client secret runs out soon, so step 1 warns about it.
                    secret_expires: Some(self.world.certificate_expires),
                    signed_in: None,
                    timeout,
                })
                .map_err(sim_error)?,
            ),
        })
    }

    fn arm(&self, change: impl FnOnce(&mut Faults)) {
        self.erp.arm(change);
    }

    fn sap_client(
        sim: &SapSimulator,
        password: &Sensitive<String>,
        timeout: Duration,
    ) -> Result<SapClient> {
        SapClient::new(SapConfig {
            base_url: sim.service_url(),
            company_db: SAP_COMPANY_DB.into(),
            username: SAP_USER.into(),
            password: password.clone(),
            timeout,
        })
        .map_err(sim_error)
    }
}

/// An order as a store hands it to an integration tool (Shopify's REST order fields: `id`,
/// `name`, `email`, `line_items`), with the reference the ERP is asked by, which the tool's
/// flow sends as the order's external document number.
pub fn tool_record(order: &Order, external_id: &str) -> serde_json::Value {
    let id = order
        .store_id
        .rsplit('/')
        .next()
        .and_then(|id| id.parse::<u64>().ok())
        .unwrap_or_default();
    let lines: Vec<serde_json::Value> = order
        .lines
        .iter()
        .map(|l| {
            serde_json::json!({
                "sku": l.sku,
                "quantity": l.quantity.to_string().parse::<f64>().unwrap_or_default(),
                "price": l.unit_price.to_string(),
            })
        })
        .collect();
    serde_json::json!({
        "id": id,
        "name": order.name,
        "email": order.customer.email,
        "external_id": external_id,
        "line_items": lines,
    })
}

/// Start the demo on a fresh database at `db_path`: simulators, the shop's orders pulled in,
/// and the old integration's failed attempts replayed so the error log has NetSuite's own
/// words. Returns the demo (keep it alive) and a session connected to it.
pub async fn start(
    db_path: &Path,
    clock: Clock,
    kind: DemoStore,
    erp: DemoErp,
) -> Result<(Demo, Session)> {
    start_with(db_path, clock, kind, erp, DemoSettings::default()).await
}

/// `start`, with `backlog` more good orders the old integration never sent (the last ones
/// of `Demo::world`), for runs at scale.
pub async fn start_with_backlog(
    db_path: &Path,
    clock: Clock,
    kind: DemoStore,
    erp: DemoErp,
    backlog: usize,
) -> Result<(Demo, Session)> {
    let settings = DemoSettings {
        backlog,
        ..DemoSettings::default()
    };
    start_with(db_path, clock, kind, erp, settings).await
}

/// `start`, with the settings a run chose.
pub async fn start_with(
    db_path: &Path,
    clock: Clock,
    kind: DemoStore,
    erp: DemoErp,
    settings: DemoSettings,
) -> Result<(Demo, Session)> {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db_path.display()));
    }
    let (mut demo, credentials) =
        start_simulators(&clock, Ports::default(), kind, erp, settings.backlog).await?;
    demo.shopify_version = settings.shopify_version;
    let db = Db::open(db_path).await?;
    let mut session = Session::new(
        db,
        demo.store_client(&credentials.store_secret)?,
        demo.erp_client(&credentials.erp_secret)?,
        clock,
    );
    if kind != DemoStore::Csv {
        session.store_status_page = Some(demo.status_page.base_url());
    }
    session.data_folder = db_path.parent().map(Path::to_path_buf);
    replay_history(&demo, &session).await?;
    Ok((demo, session))
}

async fn replay_history(demo: &Demo, session: &Session) -> Result<()> {
    session.refresh().await?;
    let master = session
        .erp
        .load_master_data()
        .await
        .map_err(|e| SessionError::Simulator(e.summary))?;
    let index = MasterIndex::new(master);
    let mappings = session.db.mappings().await?;
    let old_integration = Resender {
        db: &session.db,
        erp: session.erp.as_ref(),
        index: &index,
        mappings: &mappings,
        // The old integration sent everything as it was, so NetSuite said what was wrong.
        options: Options {
            send_blocked: true,
            ..Options::default()
        },
    };
    let stored = session.db.unsynced_orders().await?;
    for order in demo.world.orders.iter().filter(|o| o.attempted_before()) {
        let external_id = demo.external_id(order);
        let Some(stored) = stored.iter().find(|s| s.external_id == external_id) else {
            continue;
        };
        match order.past_fault() {
            PastFault::TimeoutBeforeCommit => demo.arm(|f| {
                f.timeout_before_commit.insert(external_id.clone());
            }),
            PastFault::RateLimited => demo.arm(|f| {
                f.rate_limit_once.insert(external_id.clone());
            }),
            PastFault::ExpiredToken => demo.arm(|f| f.expired_token = true),
            PastFault::None => {}
        }
        old_integration.resend_one(stored).await?;
        demo.arm(|f| f.expired_token = false);
    }
    // The next write of the first timed-out order commits but loses its answer again, so a
    // resend has to prove it creates no duplicate.
    if let Some(first) = demo.world.timeout_orders().next() {
        let id = demo.external_id(first);
        demo.arm(|f| {
            f.timeout_after_commit.insert(id);
        });
    }
    Ok(())
}
