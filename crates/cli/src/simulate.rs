//! `sync-doctor simulate`: the demo's Shopify and NetSuite as standalone servers, with a
//! profile that connects to them, for trying the CLI against "real" HTTP systems.

use std::path::PathBuf;

use clap::Args;
use osd_session::demo::{self, Ports};
use osd_session::Clock;

#[derive(Args)]
pub struct SimulateArgs {
    /// Port for the simulated Shopify (0: any free port).
    #[arg(long, default_value_t = 0)]
    shopify_port: u16,
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
    let (sims, credentials) = demo::start_simulators(
        &clock,
        Ports {
            shopify: args.shopify_port,
            netsuite: args.netsuite_port,
        },
    )
    .await?;
    // Every order that timed out in the demo's story times out after commit on its next write.
    let timeouts: Vec<String> = sims
        .world
        .timeout_orders()
        .map(|o| o.shop.order.external_id())
        .collect();
    sims.netsuite
        .update(|s| s.faults.timeout_after_commit.extend(timeouts));

    std::fs::create_dir_all(&args.write_profile)?;
    let profile_path = args.write_profile.join("simulated.toml");
    let env_path = args.write_profile.join("simulated.env");
    let profile = format!(
        "# Written by `sync-doctor simulate`; the secrets are in simulated.env.\n\
         name = \"simulated\"\n\n\
         [store]\nkind = \"shopify\"\nurl = \"{shop}\"\nsecret_env = \"{SHOP_TOKEN_ENV}\"\n\n\
         [erp]\nkind = \"netsuite\"\nurl = \"{ns}\"\naccount_id = \"{account}\"\nauth = \"client-credentials\"\n\
         client_id = \"{client}\"\ncertificate_id = \"{cert}\"\nalgorithm = \"ES256\"\n\
         certificate_expires = \"{expires}\"\nsecret_env = \"{NETSUITE_KEY_ENV}\"\n",
        shop = sims.shop.base_url(),
        ns = sims.netsuite.base_url(),
        account = osd_simulators::demo::NETSUITE_ACCOUNT,
        client = osd_simulators::demo::NETSUITE_CLIENT_ID,
        cert = osd_simulators::demo::NETSUITE_CERTIFICATE_ID,
        expires = sims.world.certificate_expires.format("%Y-%m-%d"),
    );
    std::fs::write(&profile_path, profile)?;
    // Throwaway credentials of a local simulator, kept out of the profile all the same.
    write_private(
        &env_path,
        &format!(
            "export {SHOP_TOKEN_ENV}='{}'\nexport {NETSUITE_KEY_ENV}='{}'\n",
            credentials.shop_token.expose(),
            credentials.netsuite_private_key.expose()
        ),
    )?;
    println!("Simulated Shopify:  {}", sims.shop.base_url());
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
