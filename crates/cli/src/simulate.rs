//! `sync-doctor simulate`: the demo's Shopify and NetSuite as standalone servers, with a
//! profile that connects to them, for trying the CLI against "real" HTTP systems.

use std::path::PathBuf;

use clap::Args;
use osd_session::demo::{self, DemoStore, Ports, StoreSimulator};
use osd_session::Clock;

#[derive(Args)]
pub struct SimulateArgs {
    /// Which store to simulate.
    #[arg(long, default_value = "shopify", value_parser = ["shopify", "woocommerce"])]
    store: String,
    /// Port for the simulated store (0: any free port).
    #[arg(long, default_value_t = 0)]
    store_port: u16,
    /// Port for the simulated NetSuite (0: any free port).
    #[arg(long, default_value_t = 0)]
    netsuite_port: u16,
    /// Which ERP to simulate.
    #[arg(long, default_value = "netsuite", value_parser = ["netsuite"])]
    erp: String,
    /// Folder to write `simulated.toml` (the profile) and `simulated.env` (its secrets).
    #[arg(long, value_name = "DIR", default_value = ".")]
    write_profile: PathBuf,
}

const SHOP_TOKEN_ENV: &str = "SIM_SHOPIFY_TOKEN";
const WOO_KEYS_ENV: &str = "SIM_WOOCOMMERCE_KEYS";
const NETSUITE_KEY_ENV: &str = "SIM_NETSUITE_PRIVATE_KEY";

fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

pub async fn run(args: SimulateArgs, clock: Clock) -> anyhow::Result<u8> {
    let kind = DemoStore::parse(&args.store).unwrap_or_default();
    let ports = Ports {
        store: args.store_port,
        netsuite: args.netsuite_port,
    };
    let (sims, credentials) = demo::start_simulators(&clock, ports, kind).await?;
    // Every order that timed out in the demo's story times out after commit on its next write.
    let timeouts: Vec<String> = sims
        .world
        .timeout_orders()
        .map(|o| sims.external_id(o))
        .collect();
    sims.netsuite
        .update(|s| s.faults.timeout_after_commit.extend(timeouts));

    let (store_section, store_env, store_url) = match &sims.store {
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
        StoreSimulator::Csv { .. } => anyhow::bail!("a CSV store needs no server; use --demo-store csv"),
    };
    std::fs::create_dir_all(&args.write_profile)?;
    let profile_path = args.write_profile.join("simulated.toml");
    let env_path = args.write_profile.join("simulated.env");
    let profile = format!(
        "# Written by `sync-doctor simulate`; the secrets are in simulated.env.\n\
         name = \"simulated\"\n\n[store]\n{store_section}\n\n\
         [erp]\nkind = \"netsuite\"\nurl = \"{ns}\"\naccount_id = \"{account}\"\nauth = \"client-credentials\"\n\
         client_id = \"{client}\"\ncertificate_id = \"{cert}\"\nalgorithm = \"ES256\"\n\
         certificate_expires = \"{expires}\"\nsecret_env = \"{NETSUITE_KEY_ENV}\"\n",
        ns = sims.netsuite.base_url(),
        account = osd_simulators::demo::NETSUITE_ACCOUNT,
        client = osd_simulators::demo::NETSUITE_CLIENT_ID,
        cert = osd_simulators::demo::NETSUITE_CERTIFICATE_ID,
        expires = sims.world.certificate_expires.format("%Y-%m-%d"),
    );
    // Written before the profile: whoever waits for the profile finds its secrets ready.
    // Throwaway credentials of a local simulator, kept out of the profile all the same.
    write_private(
        &env_path,
        &format!(
            "export {store_env}='{}'\nexport {NETSUITE_KEY_ENV}='{}'\n",
            credentials.store_secret.expose(),
            credentials.netsuite_private_key.expose()
        ),
    )?;
    std::fs::write(&profile_path, profile)?;
    println!("Simulated store ({}): {store_url}", args.store);
    println!("Simulated NetSuite: {}", sims.netsuite.base_url());
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
