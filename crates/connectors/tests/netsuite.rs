//! The NetSuite connector against the simulated SuiteTalk REST API, including every real
//! error body the simulator answers with.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use chrono::NaiveDate;
use osd_connectors::netsuite::{JwtAlgorithm, NetSuiteAuth, NetSuiteClient, NetSuiteConfig};
use osd_connectors::{DraftLine, Erp, ErpOrderDraft, ErpOrderState, NewItem, Ref};
use osd_model::{Address, FindingCode};
use osd_simulators::netsuite::{Account, Integration, Item, NetSuiteSimulator};
use osd_simulators::{demo, keys, Faults};
use rust_decimal_macros::dec;

mod support;

struct Fixture {
    sim: NetSuiteSimulator,
    private_pem: String,
}

const REALM: &str = "1234567_SB1";

async fn fixture(account: Account, token_lifetime: Duration) -> Fixture {
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
    Fixture {
        sim,
        private_pem: key.private_pem,
    }
}

fn demo_account() -> Account {
    demo::build(demo::reference_now()).account
}

impl Fixture {
    fn m2m(&self) -> NetSuiteClient {
        self.client(NetSuiteAuth::ClientCredentials {
            client_id: "client-1".into(),
            certificate_id: "cert-1".into(),
            private_key_pem: self.private_pem.clone().into(),
            algorithm: JwtAlgorithm::Es256,
            certificate_expires: None,
        })
    }

    fn tba(&self, token_secret: &str) -> NetSuiteClient {
        self.client(NetSuiteAuth::TokenBased {
            consumer_key: "ck-1".to_string().into(),
            consumer_secret: "cs-1".to_string().into(),
            token_id: "tk-1".to_string().into(),
            token_secret: token_secret.to_string().into(),
        })
    }

    fn client(&self, auth: NetSuiteAuth) -> NetSuiteClient {
        NetSuiteClient::new(NetSuiteConfig {
            base_url: self.sim.base_url(),
            account_id: REALM.into(),
            auth,
            timeout: Duration::from_secs(5),
            max_concurrency: 5,
        })
        .unwrap()
    }

    fn faults(&self, faults: Faults) {
        self.sim.update(|s| s.faults = faults);
    }
}

fn address() -> Address {
    Address {
        name: "Ada Lovelace".into(),
        line1: "1 Market Street".into(),
        city: "Oakland".into(),
        province: Some("California".into()),
        province_code: Some("CA".into()),
        postcode: Some("94607".into()),
        country: Some("United States".into()),
        country_code: Some("US".into()),
        ..Address::default()
    }
}

/// A draft that the demo account accepts.
fn good_draft(external_id: &str) -> ErpOrderDraft {
    ErpOrderDraft {
        external_id: external_id.into(),
        order_name: "#9001".into(),
        tran_date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        customer: Ref::Id("2000".into()),
        currency: Ref::Id("1".into()),
        tax_code: Some(Ref::Id("-7".into())),
        lines: vec![DraftLine {
            item: Ref::Id("500".into()),
            quantity: dec!(2),
            unit_price: dec!(24.00),
            description: "T-shirt".into(),
        }],
        billing: Some(address()),
        shipping: Some(address()),
        shipping_cost: dec!(6.95),
        memo: "test".into(),
    }
}

#[tokio::test]
async fn client_credentials_and_token_based_auth_both_connect() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let report = f.m2m().test_connection().await.unwrap();
    assert!(report.detail.contains("Juniper"), "{}", report.detail);
    f.tba("ts-1").test_connection().await.unwrap();
    let error = f.tba("wrong-secret").test_connection().await.unwrap_err();
    assert_eq!(error.code, FindingCode::ErpAuthFailed);
    assert!(error.raw.contains("INVALID_LOGIN"));
}

#[tokio::test]
async fn a_bad_key_is_refused_at_the_token_endpoint() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let other = keys::generate_es256().unwrap();
    let client = f.client(NetSuiteAuth::ClientCredentials {
        client_id: "client-1".into(),
        certificate_id: "cert-1".into(),
        private_key_pem: other.private_pem.into(),
        algorithm: JwtAlgorithm::Es256,
        certificate_expires: None,
    });
    let error = client.test_connection().await.unwrap_err();
    assert_eq!(error.code, FindingCode::ErpAuthFailed);
    assert_eq!(error.status, Some(400));
}

#[tokio::test]
async fn an_expired_access_token_is_renewed_once_then_works() {
    // Tokens that die after one second, as a 60-minute token does after an hour.
    let f = fixture(demo_account(), Duration::from_secs(61)).await;
    let client = f.m2m();
    client.test_connection().await.unwrap();
    let issued = f.sim.update(|s| s.tokens_issued).unwrap();
    // The connector renews a minute early, so this lifetime makes every call renew.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    client.test_connection().await.unwrap();
    assert_eq!(f.sim.update(|s| s.tokens_issued).unwrap(), issued + 1);
}

#[tokio::test]
async fn a_token_the_server_no_longer_accepts_is_replaced_on_the_401() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let client = f.m2m();
    client.test_connection().await.unwrap();
    f.sim.revoke_tokens();
    client.test_connection().await.unwrap();
    assert_eq!(f.sim.update(|s| s.tokens_issued).unwrap(), 2);
}

#[tokio::test]
async fn master_data_loads_in_bulk_across_pages() {
    let mut account = demo_account();
    account.items.extend((0..2500).map(|i| Item {
        id: format!("9{i:04}"),
        sku: format!("BULK-{i:04}"),
        inactive: i % 10 == 0,
    }));
    let expected_items = account.items.len();
    let f = fixture(account, Duration::from_secs(3600)).await;
    let client = f.m2m();
    client.test_connection().await.unwrap();
    let before = f.sim.update(|s| s.requests).unwrap();
    let master = client.load_master_data().await.unwrap();
    let requests = f.sim.update(|s| s.requests).unwrap() - before;
    assert_eq!(master.items.len(), expected_items);
    assert!(master
        .items
        .iter()
        .any(|i| i.sku == "BULK-0010" && !i.active));
    assert_eq!(
        master.customers.len(),
        61,
        "60 buyers and the web store guest"
    );
    assert!(master
        .currencies
        .iter()
        .any(|c| c.code == "CAD" && !c.active));
    assert!(master.tax_codes.iter().any(|t| t.rate == dec!(0.0725)));
    assert_eq!(master.periods.iter().filter(|p| p.closed).count(), 4);
    // 3 pages of items + customers + currencies + tax + periods, and no token request.
    assert_eq!(
        requests, 7,
        "master data costs a handful of requests, not one per record"
    );
}

#[tokio::test]
async fn create_is_an_upsert_and_status_reads_back() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let client = f.m2m();
    assert!(client.find_order("shopify-1").await.unwrap().is_none());
    let id = client.create_order(&good_draft("shopify-1")).await.unwrap();
    let again = client.create_order(&good_draft("shopify-1")).await.unwrap();
    assert_eq!(id, again, "the same external id updates, never duplicates");
    let orders = f.sim.sales_orders();
    assert_eq!(orders.len(), 1);
    assert_eq!(orders[0].writes, 2);
    let status = client.order_status(&id).await.unwrap();
    assert_eq!(status.status, "Pending Fulfillment");
    assert_eq!(status.state, ErpOrderState::Open);
    let found = client
        .find_orders(&["shopify-1".into(), "shopify-2".into()])
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].external_id, "shopify-1");
    assert_eq!(
        client
            .find_order("shopify-1")
            .await
            .unwrap()
            .unwrap()
            .erp_id,
        id
    );
}

#[tokio::test]
async fn every_real_error_body_is_classified() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let client = f.m2m();
    let cases: Vec<(ErpOrderDraft, FindingCode, Option<&str>, &str)> = vec![
        (
            {
                let mut d = good_draft("e1");
                d.lines[0].item = Ref::Unresolved("TSHRT-BLK-M".into());
                d
            },
            FindingCode::SkuNotFound,
            Some("TSHRT-BLK-M"),
            "INVALID_CONTENT",
        ),
        (
            {
                let mut d = good_draft("e2");
                d.lines[0].item = Ref::Id("9999".into());
                d
            },
            FindingCode::SkuNotFound,
            Some("9999"),
            "You have entered an Invalid Field Value 9999 for the following field: item",
        ),
        (
            {
                let mut d = good_draft("e3");
                d.customer = Ref::Unresolved("guest@mail.example".into());
                d
            },
            FindingCode::CustomerNotFound,
            Some("guest@mail.example"),
            "INVALID_KEY_OR_REF",
        ),
        (
            {
                let mut d = good_draft("e4");
                d.tran_date = NaiveDate::from_ymd_opt(2026, 10, 30).unwrap();
                d
            },
            FindingCode::PeriodClosed,
            None,
            "not within the date range of your accounting period",
        ),
        (
            {
                let mut d = good_draft("e5");
                d.currency = Ref::Id("3".into());
                d
            },
            FindingCode::CurrencyInactive,
            Some("CAD"),
            "The currency CAD does not exist",
        ),
        (
            {
                let mut d = good_draft("e6");
                d.tax_code = Some(Ref::Unresolved("CO State Tax".into()));
                d
            },
            FindingCode::TaxCodeUnmapped,
            Some("CO State Tax"),
            "Invalid tax code reference key",
        ),
        (
            {
                let mut d = good_draft("e7");
                if let Some(a) = d.shipping.as_mut() {
                    a.country_code = None;
                }
                d
            },
            FindingCode::CountryCodeMismatch,
            Some("United States"),
            "following field: country",
        ),
        (
            {
                let mut d = good_draft("e8");
                if let Some(a) = d.shipping.as_mut() {
                    a.name = "Mia 🎁".into();
                }
                d
            },
            FindingCode::UnsupportedCharacters,
            Some("addressee"),
            "addressee",
        ),
        (
            {
                let mut d = good_draft("e9");
                if let Some(a) = d.billing.as_mut() {
                    a.line1 = "Straße ".repeat(22);
                }
                d
            },
            FindingCode::FieldTooLong,
            Some("addr1"),
            "addr1",
        ),
    ];
    for (draft, code, key, raw) in cases {
        let error = client.create_order(&draft).await.unwrap_err();
        assert_eq!(error.code, code, "{}: {}", draft.external_id, error.raw);
        assert_eq!(error.key.as_deref(), key, "{}", draft.external_id);
        assert!(
            error.raw.contains(raw),
            "{}: {}",
            draft.external_id,
            error.raw
        );
        assert_eq!(error.status, Some(400));
    }
    assert!(
        f.sim.sales_orders().is_empty(),
        "no refused order was stored"
    );
}

#[tokio::test]
async fn transport_faults_are_classified() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let client = f.m2m();
    client.test_connection().await.unwrap();

    f.faults(Faults {
        expired_token: true,
        ..Faults::default()
    });
    let e = client.test_connection().await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpAuthFailed, Some(401)));
    assert!(e.raw.contains("Invalid login attempt"));

    f.faults(Faults {
        maintenance: true,
        ..Faults::default()
    });
    let e = client.test_connection().await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpMaintenance, Some(503)));
    assert_eq!(e.retry_after, Some(Duration::from_secs(600)));

    f.faults(Faults {
        fail_next_5xx: 1,
        ..Faults::default()
    });
    assert_eq!(
        client.test_connection().await.unwrap_err().code,
        FindingCode::ErpUnreachable
    );

    f.faults(Faults {
        rate_limit_per_sec: Some(1),
        ..Faults::default()
    });
    client.find_order("x").await.unwrap();
    let e = client.find_order("x").await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::RateLimited, Some(429)));
    assert!(e.raw.contains("CONCURRENCY_LIMIT_EXCEEDED"));
    assert!(e.retry_after.is_some());

    f.faults(Faults {
        latency_ms: 300,
        ..Faults::default()
    });
    let slow = NetSuiteClient::new(NetSuiteConfig {
        base_url: f.sim.base_url(),
        account_id: REALM.into(),
        auth: NetSuiteAuth::TokenBased {
            consumer_key: "ck-1".to_string().into(),
            consumer_secret: "cs-1".to_string().into(),
            token_id: "tk-1".to_string().into(),
            token_secret: "ts-1".to_string().into(),
        },
        timeout: Duration::from_millis(100),
        max_concurrency: 1,
    })
    .unwrap();
    assert_eq!(
        slow.find_order("x").await.unwrap_err().code,
        FindingCode::ErpTimeout
    );
}

#[tokio::test]
async fn a_timeout_after_commit_leaves_the_order_findable() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let client = f.m2m();
    f.sim
        .update(|s| s.faults.timeout_after_commit.insert("late-1".into()));
    let e = client
        .create_order(&good_draft("late-1"))
        .await
        .unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpTimeout, Some(504)));
    let found = client
        .find_order("late-1")
        .await
        .unwrap()
        .expect("committed before the 504");
    assert_eq!(f.sim.sales_orders().len(), 1);
    assert_eq!(found.external_id, "late-1");
}

#[tokio::test]
async fn items_and_customers_are_created_once_however_often_asked() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let client = f.m2m();
    support::items_and_customers_are_created_once(&client).await;

    // NetSuite's own answer to a record without its name is classified, not swallowed.
    let nameless = NewItem {
        sku: " ".into(),
        name: String::new(),
    };
    let error = client.create_item(&nameless).await.unwrap_err();
    assert!(
        error.detail().contains("Please enter value(s) for"),
        "{error:?}"
    );
}
