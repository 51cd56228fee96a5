//! `sync-doctor simulate`: the demo's store and ERP as standalone servers, with a profile that
//! connects to them, for trying the CLI against "real" HTTP systems.

use std::path::PathBuf;

use clap::Args;
use osd_session::demo::{self, DemoErp, DemoStore, ErpSimulator, Ports, StoreSimulator};
use osd_session::Clock;
use osd_store::private_files::{create_private_dir, write_private_file};

#[derive(Args)]
pub struct SimulateArgs {
    /// Which store to simulate.
    #[arg(long, default_value = "shopify", value_parser = ["shopify", "woocommerce", "square"])]
    store: String,
    /// Port for the simulated store (0: any free port).
    #[arg(long, default_value_t = 0)]
    store_port: u16,
    /// Which ERP to simulate.
    #[arg(long, default_value = "netsuite", value_parser = ["netsuite", "business-central", "sap-b1", "odoo"])]
    erp: String,
    /// Port for the simulated ERP (0: any free port).
    #[arg(long, default_value_t = 0)]
    erp_port: u16,
    /// Good orders the old integration never sent, added to the demo's 200 (for trying a
    /// large resend).
    #[arg(long, default_value_t = 0)]
    backlog: usize,
    /// Milliseconds the simulated ERP takes to answer each request.
    #[arg(long, default_value_t = 0)]
    erp_latency_ms: u64,
    /// How fast the simulated Shopify serves its export files, in bytes a second (default:
    /// as fast as it can), for watching or interrupting a large first pull.
    #[arg(long)]
    export_bytes_per_second: Option<u64>,
    /// Also simulate the integration tool the orders went through (with `--erp
    /// business-central`): its failed runs are the demo's orders that the old integration
    /// tried, sent through a flow that writes to the simulated Business Central.
    #[arg(long, value_parser = ["celigo", "make"])]
    middleware: Option<String>,
    /// Folder to write `simulated.toml` (the profile), `simulated.env` (its secrets) and
    /// `simulated.json` (where the simulators listen).
    #[arg(long, value_name = "DIR", default_value = ".")]
    write_profile: PathBuf,
}

const SHOP_TOKEN_ENV: &str = "SIM_SHOPIFY_TOKEN";
const WOO_KEYS_ENV: &str = "SIM_WOOCOMMERCE_KEYS";
const SQUARE_TOKEN_ENV: &str = "SIM_SQUARE_TOKEN";
/// NetSuite's private key, Business Central's client secret, SAP's password or Odoo's API key.
const ERP_SECRET_ENV: &str = "SIM_ERP_SECRET";
const MIDDLEWARE_TOKEN_ENV: &str = "SIM_MIDDLEWARE_TOKEN";
/// The simulated tool's API token: a local simulator's, kept in simulated.env all the same.
const MIDDLEWARE_TOKEN: &str = "simulated-integration-tool-token";

/// A simulated integration tool, kept alive while serving.
enum Tool {
    Celigo(osd_simulators::celigo::CeligoSimulator),
    Make(osd_simulators::make::MakeSimulator),
}

impl Tool {
    async fn start(kind: &str, sims: &demo::Demo) -> anyhow::Result<Self> {
        let ErpSimulator::BusinessCentral(bc) = &sims.erp else {
            anyhow::bail!(
                "--middleware runs its flow into Business Central: add --erp business-central"
            );
        };
        let flow = "Shopify orders to Business Central";
        let tool = match kind {
            "celigo" => Self::Celigo(
                osd_simulators::celigo::CeligoSimulator::start(
                    MIDDLEWARE_TOKEN,
                    flow,
                    bc.order_flow_step(),
                )
                .await?,
            ),
            _ => Self::Make(
                osd_simulators::make::MakeSimulator::start(
                    MIDDLEWARE_TOKEN,
                    flow,
                    bc.order_flow_step(),
                )
                .await?,
            ),
        };
        // The old integration's tries: each order it attempted goes through the flow once.
        for order in sims.world.orders.iter().filter(|o| o.attempted_before()) {
            let record = demo::tool_record(
                &demo::store_order(sims.kind(), order),
                &sims.external_id(order),
            );
            match &tool {
                Self::Celigo(celigo) => celigo.run(record).await,
                Self::Make(make) => make.run(record).await,
            }
        }
        Ok(tool)
    }

    fn section(&self) -> String {
        match self {
            Self::Celigo(celigo) => format!(
                "kind = \"celigo\"\nurl = \"{}\"\nsecret_env = \"{MIDDLEWARE_TOKEN_ENV}\"",
                celigo.api_url()
            ),
            Self::Make(make) => format!(
                "kind = \"make\"\nurl = \"{}\"\nteam_id = \"{}\"\nsecret_env = \"{MIDDLEWARE_TOKEN_ENV}\"",
                make.api_url(),
                osd_simulators::make::TEAM_ID
            ),
        }
    }

    fn url(&self) -> String {
        match self {
            Self::Celigo(celigo) => celigo.api_url().to_string(),
            Self::Make(make) => make.api_url().to_string(),
        }
    }
}

fn store_section(sims: &demo::Demo) -> anyhow::Result<(String, &'static str, String)> {
    Ok(match &sims.store {
        StoreSimulator::WooCommerce(woo) => (
            format!("kind = \"woocommerce\"\nurl = \"{}\"\nsecret_env = \"{WOO_KEYS_ENV}\"", woo.base_url()),
            WOO_KEYS_ENV,
            woo.base_url().to_string(),
        ),
        StoreSimulator::Shopify(shop) => (
            format!(
                "kind = \"shopify\"\nurl = \"{}\"\nstatus_page = \"{}\"\nsecret_env = \"{SHOP_TOKEN_ENV}\"",
                shop.base_url(),
                sims.status_page.base_url()
            ),
            SHOP_TOKEN_ENV,
            shop.base_url().to_string(),
        ),
        StoreSimulator::Square(square) => (
            format!(
                "kind = \"square\"\nurl = \"{}\"\nstatus_page = \"{}\"\nsecret_env = \"{SQUARE_TOKEN_ENV}\"",
                square.base_url(),
                sims.status_page.base_url()
            ),
            SQUARE_TOKEN_ENV,
            square.base_url().to_string(),
        ),
        StoreSimulator::Csv { .. } => anyhow::bail!("a CSV store needs no server; use --demo-store csv"),
    })
}

fn erp_section(sims: &demo::Demo) -> String {
    let expires = sims.world.certificate_expires.format("%Y-%m-%d");
    match &sims.erp {
        ErpSimulator::NetSuite(ns) => format!(
            "kind = \"netsuite\"\nurl = \"{}\"\naccount_id = \"{}\"\nauth = \"client-credentials\"\n\
             client_id = \"{}\"\ncertificate_id = \"{}\"\nalgorithm = \"ES256\"\n\
             certificate_expires = \"{expires}\"\nsecret_env = \"{ERP_SECRET_ENV}\"",
            ns.base_url(),
            osd_simulators::demo::NETSUITE_ACCOUNT,
            osd_simulators::demo::NETSUITE_CLIENT_ID,
            osd_simulators::demo::NETSUITE_CERTIFICATE_ID,
        ),
        ErpSimulator::Odoo(odoo) => format!(
            "kind = \"odoo\"\nurl = \"{}\"\ndatabase = \"{}\"\nlogin = \"{}\"\nsecret_env = \"{ERP_SECRET_ENV}\"",
            odoo.base_url(),
            demo::ODOO_DATABASE,
            demo::ODOO_LOGIN,
        ),
        ErpSimulator::SapB1(sap) => format!(
            "kind = \"sap-b1\"\nurl = \"{}\"\ncompany_db = \"{}\"\nusername = \"{}\"\nsecret_env = \"{ERP_SECRET_ENV}\"",
            sap.service_url(),
            demo::SAP_COMPANY_DB,
            demo::SAP_USER,
        ),
        ErpSimulator::BusinessCentral(bc) => format!(
            "kind = \"business-central\"\ntenant = \"{}\"\nenvironment = \"{}\"\nclient_id = \"{}\"\n\
             secret_expires = \"{expires}\"\napi_url = \"{}\"\ntoken_url = \"{}\"\nsecret_env = \"{ERP_SECRET_ENV}\"",
            osd_simulators::business_central::TENANT,
            osd_simulators::business_central::ENVIRONMENT,
            demo::BC_CLIENT_ID,
            bc.api_url(),
            bc.token_url(),
        ),
    }
}

pub async fn run(args: SimulateArgs, clock: Clock) -> anyhow::Result<u8> {
    let kind = DemoStore::parse(&args.store).unwrap_or_default();
    let erp_kind = DemoErp::parse(&args.erp).unwrap_or_default();
    let ports = Ports {
        store: args.store_port,
        erp: args.erp_port,
    };
    let (sims, credentials) =
        demo::start_simulators(&clock, ports, kind, erp_kind, args.backlog).await?;
    let latency = args.erp_latency_ms;
    sims.erp.arm(|f| f.latency_ms = latency);
    if let (StoreSimulator::Shopify(shop), Some(rate)) = (&sims.store, args.export_bytes_per_second)
    {
        shop.slow_exports_down(rate);
    }
    // Every order that timed out in the demo's story times out after commit on its next write.
    let timeouts: Vec<String> = sims
        .world
        .timeout_orders()
        .map(|o| sims.external_id(o))
        .collect();
    sims.erp.arm(|f| f.timeout_after_commit.extend(timeouts));

    let tool = match &args.middleware {
        Some(kind) => Some(Tool::start(kind, &sims).await?),
        None => None,
    };

    let (store, store_env, store_url) = store_section(&sims)?;
    let mut profile = format!(
        "# Written by `sync-doctor simulate`; the secrets are in simulated.env.\n\
         name = \"simulated\"\n\n[store]\n{store}\n\n[erp]\n{}\n",
        erp_section(&sims)
    );
    if let Some(tool) = &tool {
        profile.push_str(&format!("\n[middleware]\n{}\n", tool.section()));
    }
    // The profile's folder and files hold a local simulator's throwaway credentials and
    // customers' (made-up) data: private to the user, like everything the app keeps.
    create_private_dir(&args.write_profile)?;
    let profile_path = args.write_profile.join("simulated.toml");
    let env_path = args.write_profile.join("simulated.env");
    // Throwaway credentials of a local simulator, kept out of the profile all the same, and
    // written first: whoever waits for the profile finds its secrets ready.
    write_private_file(
        &env_path,
        format!(
            "export {store_env}='{}'\nexport {ERP_SECRET_ENV}='{}'\nexport {MIDDLEWARE_TOKEN_ENV}='{MIDDLEWARE_TOKEN}'\n",
            credentials.store_secret.expose(),
            credentials.erp_secret.expose()
        ),
    )?;
    // Where the simulators listen, for tools and tests (their `/__sim/…` endpoints).
    write_private_file(
        &args.write_profile.join("simulated.json"),
        serde_json::json!({
            "store": store_url,
            "erp": sims.erp.base_url().to_string(),
            "middleware": tool.as_ref().map(Tool::url),
        })
        .to_string(),
    )?;
    write_private_file(&profile_path, profile)?;
    println!("Simulated store ({}): {store_url}", args.store);
    println!("Simulated ERP ({}): {}", args.erp, sims.erp.base_url());
    if let (Some(kind), Some(tool)) = (&args.middleware, &tool) {
        println!("Simulated integration tool ({kind}): {}", tool.url());
    }
    println!("Profile: {}", profile_path.display());
    println!(
        "Secrets: {} (run `. {}` first)",
        env_path.display(),
        env_path.display()
    );
    println!(
        "Example: sync-doctor --profile {} check",
        profile_path.display()
    );
    println!("Serving; press Ctrl-C to stop.");
    wait_for_stop().await;
    Ok(0)
}

async fn wait_for_stop() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
