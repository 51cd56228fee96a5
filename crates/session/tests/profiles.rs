//! Profiles wire real connectors; secrets come from the secret store and go back to it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::sync::Arc;
use std::time::Duration;

use osd_model::Sensitive;
use osd_session::profile::Profile;
use osd_session::secrets::{MemorySecrets, SecretStore};
use osd_simulators::shopify::ShopifySimulator;

#[tokio::test]
async fn a_rotated_shopify_refresh_token_is_saved_where_the_secret_came_from() {
    let sim = ShopifySimulator::start("Refresh shop", "unused", vec![], 0)
        .await
        .unwrap();
    {
        let mut s = sim.state.lock().unwrap();
        s.app = Some(("app-id".into(), "app-secret".into()));
        s.refresh_tokens.insert("shprt_initial".into());
        s.token_lifetime = Duration::from_secs(3600);
    }
    let profile: Profile = toml::from_str(&format!(
        "name = \"shop\"\n[store]\nkind = \"shopify\"\nurl = \"{}\"\nauth = \"refresh-token\"\nclient_id = \"app-id\"\n\
         [erp]\nkind = \"netsuite\"\nurl = \"http://127.0.0.1:9/\"\naccount_id = \"1\"\nclient_id = \"c\"\ncertificate_id = \"k\"\n",
        sim.base_url()
    ))
    .unwrap();
    let memory = Arc::new(MemorySecrets::default());
    memory
        .set(
            "shop/store",
            &Sensitive::new(
                r#"{"client_secret":"app-secret","refresh_token":"shprt_initial"}"#.into(),
            ),
        )
        .unwrap();
    let secrets: Arc<dyn SecretStore> = memory.clone();
    let store = profile.store(&secrets).unwrap();
    let report = store.test_connection().await.unwrap();
    assert!(
        report.credential_expires.is_some(),
        "the refresh token's end date is reported"
    );
    let saved = memory.get("shop/store").unwrap().unwrap();
    let saved: serde_json::Value = serde_json::from_str(saved.expose()).unwrap();
    assert_ne!(
        saved["refresh_token"], "shprt_initial",
        "the rotated token replaced the used one"
    );
    assert_eq!(saved["client_secret"], "app-secret");
    // A new start with what was saved works; the used token would not.
    let again = profile.store(&secrets).unwrap();
    again.test_connection().await.unwrap();
}

#[test]
fn a_refresh_token_cannot_live_in_an_environment_variable() {
    let profile: Profile = toml::from_str(
        "[store]\nkind = \"shopify\"\nurl = \"https://x.myshopify.com\"\nauth = \"refresh-token\"\nclient_id = \"a\"\nsecret_env = \"TOKEN\"\n\
         [erp]\nkind = \"netsuite\"\nurl = \"https://1.suitetalk.api.netsuite.com\"\naccount_id = \"1\"\n",
    )
    .unwrap();
    let secrets: Arc<dyn SecretStore> = Arc::new(MemorySecrets::default());
    let error = profile.store(&secrets).err().unwrap();
    assert!(error.to_string().contains("keychain"), "{error}");
}
