//! The NetSuite connector against the simulated SuiteTalk REST API, including every real
//! error body the simulator answers with.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use chrono::NaiveDate;
use osd_connectors::netsuite::{JwtAlgorithm, NetSuiteAuth, NetSuiteClient, NetSuiteConfig};
use osd_connectors::{DraftLine, Erp, ErpOrderDraft, ErpOrderState, NewItem, Ref};
use osd_model::{Address, FindingCode};
use osd_simulators::netsuite::{Account, Item, NetSuiteSimulator, RESULT_CAP};
use osd_simulators::{keys, Faults};
use rust_decimal_macros::dec;

mod netsuite_account;
mod support;

use netsuite_account::{demo_account, REALM};

struct Fixture {
    sim: NetSuiteSimulator,
    private_pem: String,
}

async fn fixture(account: Account, token_lifetime: Duration) -> Fixture {
    let (sim, private_pem) = netsuite_account::start(account, token_lifetime).await;
    Fixture { sim, private_pem }
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
        self.client_for(REALM, auth)
    }

    /// A client for the account id as a person typed it.
    fn client_for(&self, account_id: &str, auth: NetSuiteAuth) -> NetSuiteClient {
        NetSuiteClient::new(NetSuiteConfig {
            base_url: self.sim.base_url(),
            account_id: account_id.into(),
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
    let distinct: std::collections::HashSet<&str> =
        master.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        distinct.len(),
        expected_items,
        "no item skipped or read twice, though SuiteQL fixes no order of its own"
    );
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
    let pound = master
        .units
        .iter()
        .find(|u| u.names.contains(&"lb".to_string()))
        .expect("the pound");
    assert_eq!(pound.names, ["lb", "lbs", "Pound", "Pounds"]);
    assert_eq!(pound.id, "3", "the unit's internal id");
    assert!(master
        .units
        .iter()
        .any(|u| u.names.contains(&"Kilogram".into())));
    assert!(
        master.units.iter().any(|u| u.names == ["ea", "Each"]),
        "a name the unit repeats is kept once"
    );
    // 3 pages of items + customers + currencies + tax + periods + units, and no token request.
    assert_eq!(
        requests, 8,
        "master data costs a handful of requests, not one per record"
    );
}

#[tokio::test]
async fn without_multiple_units_of_measure_or_the_permission_units_stay_unchecked() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let client = f.m2m();
    // The feature off: SuiteQL knows no unitstypeuom.
    f.sim.update(|s| s.multiple_units = false);
    let master = client.load_master_data().await.unwrap();
    assert!(master.units.is_empty());
    assert_eq!(master.customers.len(), 61, "the rest still loads");

    f.sim.update(|s| {
        s.multiple_units = true;
        s.role.lacks.insert("Lists -> Units".into());
    });
    let master = client.load_master_data().await.unwrap();
    assert!(master.units.is_empty());
    assert!(!master.items.is_empty());

    f.sim.update(|s| s.role.lacks.clear());
    let master = client.load_master_data().await.unwrap();
    assert_eq!(master.units.len(), 5);
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
    assert_eq!(
        orders[0].lines.len(),
        1,
        "the second upsert replaced the line"
    );
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

/// Audit: the status is read from what NetSuite returns (the label in `status`, the letter in
/// `orderStatus` or SuiteQL), and a billed order counts as taken and moved on.
#[tokio::test]
async fn a_record_status_is_read_from_its_label_and_billed_counts_as_done() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let client = f.m2m();
    let id = client.create_order(&good_draft("shopify-7")).await.unwrap();
    let read = client.order_status(&id).await.unwrap();
    assert_eq!(
        (read.status.as_str(), read.state),
        ("Pending Fulfillment", ErpOrderState::Open)
    );
    for (letter, label, state) in [
        ("G", "Billed", ErpOrderState::Completed),
        ("F", "Pending Billing", ErpOrderState::Processing),
        ("C", "Cancelled", ErpOrderState::Other),
        ("H", "Closed", ErpOrderState::Other),
    ] {
        assert!(f.sim.set_order_status(&id, letter));
        let read = client.order_status(&id).await.unwrap();
        assert_eq!((read.status.as_str(), read.state), (label, state), "record");
        let found = client.find_orders(&["shopify-7".into()]).await.unwrap();
        assert_eq!(
            (found[0].status.as_str(), found[0].state),
            (label, state),
            "SuiteQL"
        );
    }
}

/// Audit: an upsert of an order NetSuite already has replaces its lines (`replace=item`)
/// instead of adding a second set; the simulator counts them.
#[tokio::test]
async fn an_order_sent_again_keeps_its_lines() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let client = f.m2m();
    let mut draft = good_draft("shopify-8");
    draft.lines.push(DraftLine {
        item: Ref::Id("501".into()),
        quantity: dec!(1),
        unit_price: dec!(24.00),
        description: "T-shirt L".into(),
    });
    for _ in 0..3 {
        client.create_order(&draft).await.unwrap();
    }
    let orders = f.sim.sales_orders();
    assert_eq!(orders.len(), 1);
    assert_eq!(orders[0].writes, 3);
    assert_eq!(orders[0].lines.len(), 2, "{:?}", orders[0].lines);
}

/// Audit: tables past SuiteQL's 100,000 results a query are read by key (`WHERE id > last
/// ORDER BY id`); offset paging stops at the cap without a word.
#[tokio::test]
async fn items_past_the_result_cap_are_all_read_by_key() {
    let mut account = demo_account();
    let extra = RESULT_CAP + 1_500;
    account.items.extend((0..extra).map(|i| Item {
        id: (1_000_000 + i).to_string(),
        sku: format!("MANY-{i:06}"),
        inactive: false,
    }));
    let expected = account.items.len();
    let f = fixture(account, Duration::from_secs(3600)).await;
    let master = f.m2m().load_master_data().await.unwrap();
    let distinct: std::collections::HashSet<&str> =
        master.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!((master.items.len(), distinct.len()), (expected, expected));
}

/// Under the cap the item pages after the first are asked for together; an item created
/// during the read shifts the pages answered after it (a row twice at a page's edge), and the
/// read then goes on by key: every item that was there is read once.
#[tokio::test]
async fn items_read_together_are_each_read_once_even_when_one_is_added_meanwhile() {
    let mut account = demo_account();
    account.items.extend((0..4_500).map(|i| Item {
        id: (1_000_000 + i).to_string(),
        sku: format!("MANY-{i:06}"),
        inactive: false,
    }));
    let there: std::collections::BTreeSet<String> =
        account.items.iter().map(|i| i.id.clone()).collect();
    let f = fixture(account, Duration::from_secs(3600)).await;
    for added in [None, Some(1_000), Some(3_000)] {
        f.sim.update(|s| {
            s.item_added_at_offset = added.map(|offset| {
                (
                    offset,
                    Item {
                        id: "999999".into(),
                        sku: "NEW-DURING-READ".into(),
                        inactive: false,
                    },
                )
            });
            s.account.items.retain(|i| i.id != "999999");
        });
        let master = f.m2m().load_master_data().await.unwrap();
        let read: Vec<&str> = master.items.iter().map(|i| i.id.as_str()).collect();
        let distinct: std::collections::BTreeSet<String> =
            read.iter().map(|id| id.to_string()).collect();
        assert_eq!(
            distinct.len(),
            read.len(),
            "none twice (added at {added:?})"
        );
        assert!(
            there.is_subset(&distinct),
            "every item that was there (added at {added:?}): {} missing",
            there.difference(&distinct).count()
        );
    }
}

/// Audit: dates come from SuiteQL as `TO_CHAR(d, 'YYYY-MM-DD')`, so a user whose date
/// preference is day-first reads the same periods as one whose preference is month-first.
#[tokio::test]
async fn periods_read_the_same_whatever_the_users_date_format() {
    let account = demo_account();
    let expected: Vec<(NaiveDate, NaiveDate)> =
        account.periods.iter().map(|p| (p.start, p.end)).collect();
    let f = fixture(account, Duration::from_secs(3600)).await;
    for format in ["%-m/%-d/%Y", "%d/%m/%Y", "%d.%m.%Y"] {
        f.sim.update(|s| s.date_format = format.into());
        let master = f.m2m().load_master_data().await.unwrap();
        let read: Vec<(NaiveDate, NaiveDate)> =
            master.periods.iter().map(|p| (p.start, p.end)).collect();
        assert_eq!(read, expected, "date preference {format}");
    }
}

/// Audit: the realm is the account id upper case with `_`, whichever form was pasted.
#[tokio::test]
async fn an_account_id_pasted_as_in_its_host_name_signs_in() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    for pasted in ["1234567-sb1", "1234567_sb1", "1234567_SB1"] {
        let client = f.client_for(
            pasted,
            NetSuiteAuth::TokenBased {
                consumer_key: "ck-1".to_string().into(),
                consumer_secret: "cs-1".to_string().into(),
                token_id: "tk-1".to_string().into(),
                token_secret: "ts-1".to_string().into(),
            },
        );
        let report = client
            .test_connection()
            .await
            .unwrap_or_else(|e| panic!("{pasted}: {e:?}"));
        assert!(report.detail.contains(REALM), "{}", report.detail);
    }
}

/// Audit: 403 INSUFFICIENT_PERMISSION is a role without a permission, named, not a login
/// NetSuite refused: in the connection test and in a write.
#[tokio::test]
async fn a_missing_permission_is_named_not_taken_for_a_bad_login() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let client = f.m2m();
    f.sim.update(|s| {
        s.role.lacks.insert("Lists -> Subsidiaries".into());
    });
    let e = client.test_connection().await.unwrap_err();
    assert_eq!(
        (e.code, e.key.as_deref(), e.status),
        (
            FindingCode::ErpPermissionMissing,
            Some("Lists -> Subsidiaries"),
            Some(403)
        )
    );
    f.sim.update(|s| {
        s.role.lacks.clear();
        s.role.lacks.insert("Transactions -> Sales Order".into());
    });
    client.test_connection().await.unwrap();
    let e = client
        .create_order(&good_draft("shopify-9"))
        .await
        .unwrap_err();
    assert_eq!(
        (e.code, e.key.as_deref()),
        (
            FindingCode::ErpPermissionMissing,
            Some("Transactions -> Sales Order")
        )
    );
    assert!(e.raw.contains("INSUFFICIENT_PERMISSION"), "{}", e.raw);
    assert!(f.sim.sales_orders().is_empty());
}

/// Audit: NetSuite's "Invalid currency reference key 2 for subsidiary 1." names the currency
/// "2", not "2 for subsidiary 1".
#[tokio::test]
async fn a_currency_the_subsidiary_does_not_offer_is_named_by_its_key() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    f.sim.update(|s| {
        s.subsidiaries
            .currency_not_offered
            .insert(("1".into(), "2".into()));
    });
    let mut draft = good_draft("shopify-10");
    draft.currency = Ref::Id("2".into());
    let e = f.m2m().create_order(&draft).await.unwrap_err();
    assert_eq!(
        (e.code, e.key.as_deref()),
        (FindingCode::CurrencyInactive, Some("2"))
    );
    assert!(
        e.raw
            .contains("Invalid currency reference key 2 for subsidiary 1"),
        "{}",
        e.raw
    );
}

/// Issue 23: every sales order dated in a range, wherever its status has moved, in few
/// calls: orders key-set paged 1,000 a query, their lines 500 orders a query. A copy that
/// another integration entered carries the reference in PO/Check Number and is listed (and
/// found) with it; an order the account's users deleted is gone from both.
#[tokio::test]
async fn every_sales_order_of_a_range_is_listed_with_its_lines_in_few_calls() {
    let f = fixture(demo_account(), Duration::from_secs(3600)).await;
    let client = f.m2m();
    let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
    let mut ids = Vec::new();
    for n in 0..1_203 {
        let mut draft = good_draft(&format!("shopify-{n}"));
        draft.tran_date = day(10);
        f.sim
            .insert_sales_order(&draft.external_id, client.payload(&draft));
        ids.push(draft.external_id);
    }
    let mut late = good_draft("shopify-late");
    late.tran_date = day(25);
    f.sim
        .insert_sales_order(&late.external_id, client.payload(&late));
    let by_external = |eid: &str| {
        f.sim
            .sales_orders()
            .into_iter()
            .find(|o| o.external_id == eid)
            .unwrap()
            .id
    };
    let billed = by_external("shopify-1");
    assert!(f.sim.set_order_status(&billed, "G"));
    assert!(f.sim.delete_sales_order(&by_external("shopify-2")));
    let copy = f.sim.insert_copy_by_other_integration("shopify-3").unwrap();
    let sku = f
        .sim
        .update(|s| {
            s.account
                .items
                .iter()
                .find(|i| i.id == "500")
                .map(|i| i.sku.clone())
        })
        .flatten()
        .unwrap();

    let before = f.sim.update(|s| s.requests).unwrap();
    let documents = client.list_documents(day(1), day(20)).await.unwrap();
    let calls = f.sim.update(|s| s.requests).unwrap() - before;
    assert_eq!(documents.len(), 1_203, "one deleted, one copy, none late");
    let distinct: std::collections::HashSet<&str> =
        documents.iter().map(|d| d.erp_id.as_str()).collect();
    assert_eq!(distinct.len(), documents.len(), "no order twice");
    assert!(
        calls <= 2 + 3 + 1 + 1,
        "two pages of orders, three of lines, the currencies: {calls}"
    );
    let find = |id: &str| documents.iter().find(|d| d.erp_id == id).unwrap();
    assert_eq!(
        (find(&billed).status.as_str(), find(&billed).state),
        ("Billed", ErpOrderState::Completed)
    );
    assert_eq!(find(&copy).external_id, "shopify-3", "by its PO number");
    let first = &documents[0];
    assert_eq!(first.date, Some(day(10)));
    assert_eq!(first.number, format!("SO{}", first.erp_id));
    assert_eq!(first.customer, "2000");
    assert_eq!(
        first.currency, "USD",
        "the currency's symbol, as the store names it"
    );
    assert!(
        first.total.is_some_and(|t| t > dec!(48)),
        "{:?}",
        first.total
    );
    assert_eq!(
        first.lines.as_deref().unwrap(),
        [osd_connectors::ErpDocumentLine {
            item: sku,
            quantity: dec!(2)
        }]
    );
    assert!(!documents.iter().any(|d| d.external_id == "shopify-2"));

    let both = client.find_orders(&["shopify-3".into()]).await.unwrap();
    assert_eq!(both.len(), 2, "both copies: {both:?}");
    assert!(both.iter().all(|o| o.external_id == "shopify-3"));
    assert!(client
        .find_orders(&["shopify-2".into()])
        .await
        .unwrap()
        .is_empty());
}
