//! The built-in demo: a simulated Shopify and NetSuite on loopback, a shop of about 200 orders
//! and the history of an integration that failed on some of them in every way the guide
//! describes. Everything goes through the real connectors, so the raw errors are NetSuite's.

use std::path::Path;
use std::time::Duration;

use osd_connectors::netsuite::{JwtAlgorithm, NetSuiteAuth, NetSuiteClient, NetSuiteConfig};
use osd_connectors::shopify::{ShopifyClient, ShopifyConfig};
use osd_doctor::MasterIndex;
use osd_model::Sensitive;
use osd_resend::{Options, Resender};
use osd_simulators::demo::{self, DemoWorld, PastFault};
use osd_simulators::netsuite::{Integration, NetSuiteSimulator};
use osd_simulators::shopify::ShopifySimulator;
use osd_simulators::{keys, Faults};
use osd_store::Db;

use crate::{Clock, Result, Session, SessionError};

/// The running demo; the simulators stop when it is dropped.
pub struct Demo {
    pub shop: ShopifySimulator,
    pub netsuite: NetSuiteSimulator,
    pub world: DemoWorld,
}

/// Ports: 0 picks free ones; `simulate` may ask for fixed ones.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ports {
    pub shopify: u16,
    pub netsuite: u16,
}

/// Everything a profile needs to reach the demo's simulators, for `sync-doctor simulate`.
pub struct DemoCredentials {
    pub shop_token: Sensitive<String>,
    pub netsuite_private_key: Sensitive<String>,
}

fn sim_error(e: impl std::fmt::Display) -> SessionError {
    SessionError::Simulator(e.to_string())
}

/// Start the simulators with the demo world, before any history.
pub async fn start_simulators(clock: &Clock, ports: Ports) -> Result<(Demo, DemoCredentials)> {
    let world = demo::build(clock());
    let key = keys::generate_es256().map_err(sim_error)?;
    let shop = ShopifySimulator::start(
        "Juniper & Pine (demo)",
        demo::SHOP_TOKEN,
        world.orders.iter().map(|o| o.shop.clone()).collect(),
        ports.shopify,
    )
    .await
    .map_err(sim_error)?;
    let netsuite = NetSuiteSimulator::start(
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
        ports.netsuite,
    )
    .await
    .map_err(sim_error)?;
    // Orders that synced fine long ago are simply there.
    for order in world.orders.iter().filter(|o| o.synced_before()) {
        let o = &order.shop.order;
        netsuite.insert_sales_order(
            &o.external_id(),
            serde_json::json!({ "otherRefNum": o.name, "tranDate": o.created_at.format("%Y-%m-%d").to_string() }),
        );
    }
    Ok((
        Demo {
            shop,
            netsuite,
            world,
        },
        DemoCredentials {
            shop_token: Sensitive::new(demo::SHOP_TOKEN.into()),
            netsuite_private_key: Sensitive::new(key.private_pem),
        },
    ))
}

impl Demo {
    pub fn store_client(&self, token: &Sensitive<String>) -> Result<ShopifyClient> {
        ShopifyClient::new(ShopifyConfig {
            base_url: self.shop.base_url(),
            api_version: "2025-10".into(),
            access_token: token.clone(),
            timeout: Duration::from_secs(10),
        })
        .map_err(sim_error)
    }

    pub fn erp_client(&self, private_key: &Sensitive<String>) -> Result<NetSuiteClient> {
        NetSuiteClient::new(NetSuiteConfig {
            base_url: self.netsuite.base_url(),
            account_id: demo::NETSUITE_ACCOUNT.into(),
            auth: NetSuiteAuth::ClientCredentials {
                client_id: demo::NETSUITE_CLIENT_ID.into(),
                certificate_id: demo::NETSUITE_CERTIFICATE_ID.into(),
                private_key_pem: private_key.clone(),
                algorithm: JwtAlgorithm::Es256,
                certificate_expires: Some(self.world.certificate_expires),
            },
            timeout: Duration::from_secs(10),
            max_concurrency: 5,
        })
        .map_err(sim_error)
    }

    fn arm(&self, change: impl FnOnce(&mut Faults)) {
        self.netsuite.update(|s| change(&mut s.faults));
    }
}

/// Start the demo on a fresh database at `db_path`: simulators, the shop's orders pulled in,
/// and the old integration's failed attempts replayed so the error log has NetSuite's own
/// words. Returns the demo (keep it alive) and a session connected to it.
pub async fn start(db_path: &Path, clock: Clock) -> Result<(Demo, Session)> {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db_path.display()));
    }
    let (demo, credentials) = start_simulators(&clock, Ports::default()).await?;
    let db = Db::open(db_path).await?;
    let session = Session::new(
        db,
        Box::new(demo.store_client(&credentials.shop_token)?),
        Box::new(demo.erp_client(&credentials.netsuite_private_key)?),
        clock,
    );
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
        options: Options { send_blocked: true },
    };
    let stored = session.db.unsynced_orders().await?;
    for order in demo.world.orders.iter().filter(|o| o.attempted_before()) {
        let external_id = order.shop.order.external_id();
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
        let id = first.shop.order.external_id();
        demo.arm(|f| {
            f.timeout_after_commit.insert(id);
        });
    }
    Ok(())
}
