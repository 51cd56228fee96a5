//! The simulated NetSuite account the NetSuite test files share: the demo's records and an
//! integration that signs in with either kind of credential.

use std::time::Duration;

use osd_simulators::netsuite::{Account, Integration, NetSuiteSimulator};
use osd_simulators::{demo, keys};

pub const REALM: &str = "1234567_SB1";

pub fn demo_account() -> Account {
    demo::build(demo::reference_now()).account
}

/// The simulator, and the private key (PEM) its client-credentials integration accepts.
pub async fn start(account: Account, token_lifetime: Duration) -> (NetSuiteSimulator, String) {
    let key = keys::generate_es256().unwrap();
    let sim = NetSuiteSimulator::start(
        account,
        Integration {
            client_id: "client-1".into(),
            certificate_id: "cert-1".into(),
            public_x: key.x,
            public_y: key.y,
            consumer_key: "ck-1".into(),
            consumer_secret: "cs-1".into(),
            token_id: "tk-1".into(),
            token_secret: "ts-1".into(),
            realm: REALM.into(),
            token_lifetime,
        },
        0,
    )
    .await
    .unwrap();
    (sim, key.private_pem)
}
