//! The Business Central connector against the simulated API v2.0.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use chrono::NaiveDate;
use osd_connectors::business_central::{BcClient, BcConfig};
use osd_connectors::{DraftLine, Erp, ErpOrderDraft, ErpOrderState, Ref};
use osd_model::{Address, FindingCode};
use osd_simulators::business_central::{from_demo, BcSimulator};
use osd_simulators::{demo, Faults};
use rust_decimal_macros::dec;

mod support;

async fn company() -> BcSimulator {
    let account = demo::build(demo::reference_now()).account;
    BcSimulator::start(from_demo(&account, "app-id", "app-secret"), 0)
        .await
        .unwrap()
}

fn client(sim: &BcSimulator, secret: &str) -> BcClient {
    BcClient::new(BcConfig {
        api_url: sim.api_url(),
        token_url: sim.token_url(),
        scope: "https://api.businesscentral.dynamics.com/.default".into(),
        client_id: "app-id".into(),
        client_secret: secret.to_string().into(),
        company: None,
        secret_expires: None,
        signed_in: None,
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

fn address() -> Address {
    Address {
        name: "Ada Lovelace".into(),
        line1: "1 Market Street".into(),
        city: "Oakland".into(),
        province_code: Some("CA".into()),
        postcode: Some("94607".into()),
        country_code: Some("US".into()),
        ..Address::default()
    }
}

fn draft(external_id: &str) -> ErpOrderDraft {
    ErpOrderDraft {
        external_id: external_id.into(),
        order_name: "#9001".into(),
        tran_date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        customer: Ref::Id("CUST0001".into()),
        currency: Ref::Id(String::new()),
        tax_code: None,
        lines: vec![DraftLine {
            item: Ref::Id("TSHIRT-BLK-M".into()),
            quantity: dec!(2),
            unit_price: dec!(24),
            description: "T-shirt".into(),
        }],
        billing: Some(address()),
        shipping: Some(address()),
        shipping_cost: dec!(0),
        memo: String::new(),
    }
}

#[tokio::test]
async fn connects_and_refuses_a_wrong_secret_or_a_down_service() {
    let sim = company().await;
    let report = client(&sim, "app-secret").test_connection().await.unwrap();
    assert!(report.detail.contains("Juniper"), "{}", report.detail);
    let e = client(&sim, "wrong").test_connection().await.unwrap_err();
    assert_eq!(e.code, FindingCode::ErpAuthFailed);
    assert!(e.raw.contains("AADSTS7000215"), "{}", e.raw);
    sim.update(|s| {
        s.faults = Faults {
            maintenance: true,
            ..Faults::default()
        }
    });
    assert_eq!(
        client(&sim, "app-secret")
            .test_connection()
            .await
            .unwrap_err()
            .code,
        FindingCode::ErpMaintenance
    );
}

#[tokio::test]
async fn master_data_loads_in_bulk_across_pages() {
    let sim = company().await;
    sim.update(|s| {
        s.items
            .extend((0..450).map(|i| (format!("BULK-{i:04}"), i % 10 == 0)))
    });
    let c = client(&sim, "app-secret");
    c.test_connection().await.unwrap();
    let before = sim.update(|s| s.requests).unwrap();
    let master = c.load_master_data().await.unwrap();
    let requests = sim.update(|s| s.requests).unwrap() - before;
    assert_eq!(master.items.len(), 498);
    assert!(master
        .items
        .iter()
        .any(|i| i.sku == "BULK-0010" && !i.active));
    assert_eq!(
        master.customers.len(),
        61,
        "60 buyers and the web store guest"
    );
    assert!(
        master
            .currencies
            .iter()
            .any(|c| c.code == "USD" && c.id.is_empty()),
        "the local currency is a blank code"
    );
    assert!(!master.currencies.iter().any(|c| c.code == "CAD"));
    assert_eq!(master.periods.iter().filter(|p| p.closed).count(), 4);
    assert!(master
        .periods
        .windows(2)
        .all(|w| w[0].end.succ_opt() == Some(w[1].start)));
    assert!(master.countries.contains(&"US".to_string()));
    let pound = master
        .units
        .iter()
        .find(|u| u.names.iter().any(|n| n == "LBR"))
        .expect("the pound, by its UN/ECE code");
    assert_eq!(pound.id, "LB");
    assert_eq!(pound.names, ["LB", "lb", "Pound", "LBR"]);
    let piece = master.units.iter().find(|u| u.id == "PCS").unwrap();
    assert_eq!(piece.names, ["PCS", "Piece", "EA"], "no empty symbol");
    assert!(master.units.iter().any(|u| u.names.contains(&"KGM".into())));
    assert!(
        !master
            .units
            .iter()
            .any(|u| u.names.iter().any(|n| n.eq_ignore_ascii_case("bunch"))),
        "Business Central keeps no bunch"
    );
    // 5 pages of items + customers + currencies + company + periods + countries + units.
    assert_eq!(requests, 11);
}

#[tokio::test]
async fn units_of_measure_come_as_the_company_keeps_them_or_not_at_all() {
    let sim = company().await;
    sim.update(|s| {
        s.units_of_measure = vec![osd_simulators::business_central::BcUnit {
            symbol: "bn".into(),
            ..osd_simulators::business_central::BcUnit::new("BUNCH", "Bunch", "")
        }]
    });
    let c = client(&sim, "app-secret");
    let master = c.load_master_data().await.unwrap();
    assert_eq!(master.units.len(), 1);
    assert_eq!(master.units[0].names, ["BUNCH", "bn", "Bunch"]);

    // A user without read permission on the Unit of Measure table: the rest still loads,
    // and no line's unit is checked.
    sim.update(|s| s.units_of_measure_denied = true);
    let master = c.load_master_data().await.unwrap();
    assert!(master.units.is_empty());
    assert!(!master.items.is_empty());
}

#[tokio::test]
async fn an_order_is_created_in_one_deep_insert_and_found_by_its_external_document_number() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    assert!(c.find_order("shopify-1").await.unwrap().is_none());
    let id = c.create_order(&draft("shopify-1")).await.unwrap();
    let found = c.find_order("shopify-1").await.unwrap().unwrap();
    assert_eq!(found.erp_id, id);
    let status = c.order_status(&id).await.unwrap();
    assert_eq!(
        (status.status.as_str(), status.state),
        (
            "Open in Business Central, not released yet",
            ErpOrderState::Open
        )
    );
    let ids: Vec<String> = (0..40)
        .map(|i| format!("none-{i}"))
        .chain(["shopify-1".to_string()])
        .collect();
    assert_eq!(
        c.find_orders(&ids).await.unwrap().len(),
        1,
        "lookups in chunks find it"
    );
    let stored = sim.sales_orders();
    assert_eq!(stored[0].lines[0]["lineObjectNumber"], "TSHIRT-BLK-M");
    assert_eq!(
        stored[0].lines[0]["quantity"], 2,
        "quantities go as JSON numbers, as Microsoft's examples send them"
    );
}

#[tokio::test]
async fn each_guide_error_class_comes_from_business_centrals_own_words() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    let cases: Vec<(ErpOrderDraft, FindingCode, &str)> = vec![
        (
            {
                let mut d = draft("e1");
                d.lines[0].item = Ref::Unresolved("TSHRT-BLK-M".into());
                d
            },
            FindingCode::SkuNotFound,
            "Item does not exist.",
        ),
        (
            {
                let mut d = draft("e2");
                d.customer = Ref::Unresolved("guest@x".into());
                d
            },
            FindingCode::CustomerNotFound,
            "The sell-to customer cannot be found.",
        ),
        (
            {
                let mut d = draft("e3");
                d.tran_date = NaiveDate::from_ymd_opt(2026, 10, 30).unwrap();
                d
            },
            FindingCode::PeriodClosed,
            "not within your range of allowed posting dates",
        ),
        (
            {
                let mut d = draft("e4");
                d.currency = Ref::Unresolved("CAD".into());
                d
            },
            FindingCode::CurrencyInactive,
            "currencyCode\\\" does not match to a Currency.",
        ),
        (
            {
                let mut d = draft("e5");
                if let Some(a) = d.shipping.as_mut() {
                    a.city = "Llanfairpwllgwyngyllgogerychwyrndrobwll".into();
                }
                d
            },
            FindingCode::FieldTooLong,
            "must be less than or equal to 30 characters",
        ),
        (
            {
                let mut d = draft("e6");
                if let Some(a) = d.shipping.as_mut() {
                    a.country_code = Some("XX".into());
                }
                d
            },
            FindingCode::CountryCodeMismatch,
            "related table (Country/Region)",
        ),
    ];
    let keys = [
        Some("TSHRT-BLK-M"),
        Some("guest@x"),
        None,
        Some("CAD"),
        None,
        Some("XX"),
    ];
    for ((d, code, text), key) in cases.into_iter().zip(keys) {
        let e = c.create_order(&d).await.unwrap_err();
        assert_eq!(e.code, code, "{}: {}", d.external_id, e.raw);
        assert!(e.raw.contains(text), "{}: {}", d.external_id, e.raw);
        if key.is_some() {
            assert_eq!(e.key.as_deref(), key, "{}: {}", d.external_id, e.raw);
        }
    }
    assert!(sim.sales_orders().is_empty());
}

#[tokio::test]
async fn timeouts_rate_limits_and_token_expiry() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    sim.update(|s| s.faults.timeout_after_commit.insert("late".into()));
    let e = c.create_order(&draft("late")).await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpTimeout, Some(504)));
    assert!(
        c.find_order("late").await.unwrap().is_some(),
        "committed before the 504: the lookup finds it"
    );

    // A lookup asks three places (open orders, posted invoices, posted shipments).
    sim.update(|s| {
        s.faults = Faults {
            rate_limit_per_sec: Some(3),
            ..Faults::default()
        }
    });
    tokio::time::sleep(Duration::from_millis(1100)).await;
    c.find_order("x").await.unwrap();
    let e = c.find_order("x").await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::RateLimited, Some(429)));
    assert!(e.raw.contains("Application_TooManyRequests"));

    sim.update(|s| s.faults = Faults::default());
    let issued = sim.update(|s| s.tokens_issued).unwrap();
    sim.revoke_tokens();
    c.find_order("x").await.unwrap();
    assert_eq!(
        sim.update(|s| s.tokens_issued).unwrap(),
        issued + 1,
        "a refused token is replaced once"
    );
    sim.update(|s| s.faults.expired_token = true);
    let e = c.find_order("x").await.unwrap_err();
    assert_eq!(e.code, FindingCode::ErpAuthFailed);
    assert!(e.raw.contains("Authentication_TokenExpired"));
}

#[tokio::test]
async fn items_and_customers_are_created_once_however_often_asked() {
    let sim = company().await;
    support::items_and_customers_are_created_once(&client(&sim, "app-secret")).await;
    let long = osd_connectors::NewItem {
        sku: "A-SKU-LONGER-THAN-TWENTY".into(),
        name: "Too long".into(),
    };
    let error = client(&sim, "app-secret")
        .create_item(&long)
        .await
        .unwrap_err();
    assert_eq!(error.code, FindingCode::FieldTooLong, "{error:?}");
}

/// Audit: `billTo*` are `Editable = false` on `APIV2SalesOrders.Page.al`, and Business Central
/// refuses a write to them. The billing address goes to the sell-to fields the page takes;
/// the bill-to address is Business Central's own.
#[tokio::test]
async fn the_billing_address_goes_where_the_page_takes_it_and_bill_to_is_left_to_business_central()
{
    let sim = company().await;
    let c = client(&sim, "app-secret");
    let mut d = draft("shopify-41");
    if let Some(billing) = d.billing.as_mut() {
        billing.line1 = "9 Billing Lane".into();
        billing.city = "Berkeley".into();
    }
    let sent = c.payload(&d);
    let written: Vec<&String> = sent.as_object().unwrap().keys().collect();
    assert!(
        !written.iter().any(|k| k.starts_with("billTo")),
        "no read-only field is written: {written:?}"
    );
    c.create_order(&d).await.unwrap();
    let stored = &sim.sales_orders()[0];
    assert_eq!(stored.header["sellToAddressLine1"], "9 Billing Lane");
    assert_eq!(stored.header["shipToAddressLine1"], "1 Market Street");
    assert_eq!(
        stored.header["billToAddressLine1"], "9 Billing Lane",
        "Business Central fills the bill-to address itself"
    );
}

/// Audit: External Document No. is Code[35]; Business Central keeps `shopify-450789469` as
/// `SHOPIFY-450789469`. Every lookup and comparison goes by the stored form.
#[tokio::test]
async fn an_id_sent_in_lower_case_is_found_in_the_upper_case_business_central_keeps() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    let created = c
        .create_order_with_record(&draft("shopify-450789469"))
        .await
        .unwrap();
    assert_eq!(
        sim.sales_orders()[0].external_document_number,
        "SHOPIFY-450789469"
    );
    let record = created
        .record
        .expect("the answer describes the order: no read-back needed");
    assert_eq!(record.external_id, "SHOPIFY-450789469");
    assert_eq!(
        c.external_id_key("shopify-450789469"),
        c.external_id_key(&record.external_id)
    );
    let found = c.find_order("shopify-450789469").await.unwrap();
    assert_eq!(found.map(|o| o.erp_id), Some(created.erp_id.clone()));
    let found = c
        .find_orders(&["shopify-450789469".to_string(), "shopify-1".to_string()])
        .await
        .unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].erp_id, created.erp_id);
}

/// Audit: a fully posted order leaves `salesOrders` (Ship and Invoice deletes the Sales
/// Header) and lives on as a posted invoice carrying its External Document No.
#[tokio::test]
async fn a_posted_order_is_found_among_posted_invoices_as_completed() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    c.create_order(&draft("shopify-77")).await.unwrap();
    let invoice = sim.post_order("shopify-77").unwrap();
    assert!(
        sim.sales_orders().is_empty(),
        "posting removed it from salesOrders"
    );
    let found = c.find_order("shopify-77").await.unwrap().expect("found");
    assert_eq!(found.state, ErpOrderState::Completed);
    assert!(found.status.contains(&invoice), "{}", found.status);
    assert!(found.state.is_live(), "a posted order counts as verified");
    // The same order once more: its shipment and invoice are one order, not two.
    let all = c.find_orders(&["shopify-77".to_string()]).await.unwrap();
    assert_eq!(all.len(), 1, "{all:?}");
}

/// Audit: an order shipped, then invoiced on a separate invoice made from its shipment lines
/// (that invoice carries neither its reference nor its Order No.), has left `salesOrders` and
/// is found by its posted shipment alone, as done; it is never created again.
#[tokio::test]
async fn an_order_known_only_by_its_posted_shipment_is_found_as_completed() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    c.create_order(&draft("shopify-78")).await.unwrap();
    sim.post_order("shopify-78").unwrap();
    sim.update(|s| {
        for invoice in &mut s.sales_invoices {
            invoice.external_document_number.clear();
            invoice.order_number.clear();
        }
    });
    assert!(sim.sales_orders().is_empty());
    let found = c
        .find_order("shopify-78")
        .await
        .unwrap()
        .expect("found by its shipment");
    assert_eq!(found.state, ErpOrderState::Completed, "{found:?}");
    assert_eq!(
        c.find_orders(&["shopify-78".to_string()])
            .await
            .unwrap()
            .len(),
        1,
        "one order"
    );
}

/// Audit: the status enum is `Draft`, `In Review` (`In_x0020_Review` on the wire) and `Open`,
/// which is the order screen's Released.
#[tokio::test]
async fn each_status_of_the_enum_reads_as_the_al_source_defines_it() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    let id = c.create_order(&draft("shopify-5")).await.unwrap();
    let mut seen = Vec::new();
    for wire in ["Draft", "In_x0020_Review", "Open"] {
        sim.update(|s| s.sales_orders[0].status = wire.into());
        let read = c.order_status(&id).await.unwrap();
        let found = c.find_order("shopify-5").await.unwrap().unwrap();
        assert_eq!(read, found, "{wire}");
        seen.push((read.state, read.status));
    }
    assert_eq!(seen[0].0, ErpOrderState::Open);
    assert!(seen[0].1.contains("not released"), "{}", seen[0].1);
    assert_eq!(seen[1].0, ErpOrderState::Processing);
    assert!(seen[1].1.contains("approval"), "{}", seen[1].1);
    assert_eq!(seen[2].0, ErpOrderState::Processing);
    assert!(seen[2].1.starts_with("Released"), "{}", seen[2].1);
}

/// Audit: ship-to country Code[10], line description Text[100], item number Code[20]: the
/// rules the pre-flight checks carry them, and Business Central's own refusal is the same.
#[tokio::test]
async fn country_description_and_item_number_lengths_are_known_before_sending() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    let rules = c.rules();
    for (field, max) in [
        ("Country/Region Code", 10),
        ("Description", 100),
        ("No.", 20),
    ] {
        assert!(
            rules
                .field_limits
                .iter()
                .any(|l| l.erp_field == field && l.max == max),
            "{field} holds {max}: {:?}",
            rules.field_limits
        );
    }
    let mut d = draft("shopify-8");
    d.lines[0].description = "T".repeat(101);
    let e = c.create_order(&d).await.unwrap_err();
    assert_eq!(e.code, FindingCode::FieldTooLong, "{}", e.raw);
    assert!(e.raw.contains("less than or equal to 100"), "{}", e.raw);

    let mut d = draft("shopify-9");
    d.lines[0].item = Ref::Unresolved("A-SKU-LONGER-THAN-TWENTY".into());
    let before = sim.update(|s| s.requests).unwrap();
    let e = c.create_order(&d).await.unwrap_err();
    assert_eq!(
        (e.code, e.key.as_deref()),
        (FindingCode::SkuNotFound, Some("A-SKU-LONGER-THAN-TWENTY"))
    );
    assert_eq!(
        sim.update(|s| s.requests).unwrap(),
        before,
        "a number no item can have is not sent"
    );
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// Reconciliation: every sales document dated in a range wherever Business Central keeps it
/// (open orders, posted invoices, posted shipments), with lines, in as few paged calls as it
/// allows.
#[tokio::test]
async fn documents_of_a_date_range_come_from_every_place_an_order_lives_page_by_page() {
    let sim = company().await;
    sim.update(|s| s.page_size = 2);
    let c = client(&sim, "app-secret");
    for i in 0..4 {
        c.create_order(&draft(&format!("shopify-{i}")))
            .await
            .unwrap();
    }
    // Entered by a person, with no store reference.
    c.create_order(&draft("")).await.unwrap();
    // Outside the range.
    let mut later = draft("shopify-later");
    later.tran_date = day(24);
    c.create_order(&later).await.unwrap();
    let invoice = sim.post_order("shopify-0").unwrap();

    let before = sim.update(|s| s.requests).unwrap();
    let documents = c.list_documents(day(19), day(21)).await.unwrap();
    let requests = sim.update(|s| s.requests).unwrap() - before;

    let mut numbers: Vec<&str> = documents.iter().map(|d| d.number.as_str()).collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), 5, "{documents:#?}");
    let posted = documents
        .iter()
        .find(|d| d.external_id == "SHOPIFY-0")
        .unwrap();
    assert_eq!(
        (posted.number.as_str(), posted.state),
        (invoice.as_str(), ErpOrderState::Completed),
        "the posted order is its invoice, its shipment is the same order"
    );
    assert_eq!(posted.total, Some(dec!(48)));
    let open = documents
        .iter()
        .find(|d| d.external_id == "SHOPIFY-1")
        .unwrap();
    assert_eq!(open.state, ErpOrderState::Open);
    assert_eq!(open.date, Some(day(20)));
    assert_eq!(open.customer, "CUST0001");
    assert_eq!(
        open.lines.as_deref().unwrap(),
        [osd_connectors::ErpDocumentLine {
            item: "TSHIRT-BLK-M".into(),
            quantity: dec!(2)
        }]
    );
    assert!(documents.iter().any(|d| d.external_id.is_empty()));
    assert!(!documents.iter().any(|d| d.external_id == "SHOPIFY-LATER"));
    // Open orders: 4 rows in pages of 2; invoices and shipments: a page each. Lines come in
    // the same requests ($expand), never one call per document.
    assert_eq!(requests, 4);
}

/// Reconciliation: a second copy entered by another integration is found with the first,
/// posted or not; an order a user deleted is gone.
#[tokio::test]
async fn both_copies_of_a_duplicate_are_found_and_a_deleted_order_is_not() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    let first = c.create_order(&draft("shopify-66")).await.unwrap();
    let second = sim.insert_second_copy("shopify-66").unwrap();
    let found = c.find_orders(&["shopify-66".to_string()]).await.unwrap();
    let mut ids: Vec<&str> = found.iter().map(|o| o.erp_id.as_str()).collect();
    ids.sort();
    let mut expected = [first.as_str(), second.as_str()];
    expected.sort();
    assert_eq!(ids, expected);

    sim.post_order(&first).unwrap();
    let found = c.find_orders(&["shopify-66".to_string()]).await.unwrap();
    let mut states: Vec<ErpOrderState> = found.iter().map(|o| o.state).collect();
    states.sort_by_key(|s| format!("{s:?}"));
    assert_eq!(states, [ErpOrderState::Completed, ErpOrderState::Open]);

    assert!(sim.update(|s| s.delete_order(&second)).unwrap());
    let found = c.find_orders(&["shopify-66".to_string()]).await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].state, ErpOrderState::Completed);
}

/// A user deletes an open order through the API as Business Central lets them: with the
/// row's etag (or `*`) in `If-Match`.
#[tokio::test]
async fn deleting_an_order_over_the_api_wants_its_etag() {
    let sim = company().await;
    let c = client(&sim, "app-secret");
    let id = c.create_order(&draft("shopify-67")).await.unwrap();
    let http = reqwest::Client::new();
    let bearer = sim.issue_token().unwrap();
    let company = sim.update(|s| s.company_id.clone()).unwrap();
    let url = sim
        .api_url()
        .join(&format!("companies({company})/salesOrders({id})"))
        .unwrap();
    let refused = http
        .delete(url.clone())
        .bearer_auth(&bearer)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 400);
    assert!(refused
        .text()
        .await
        .unwrap()
        .contains("BadRequest_InvalidToken"));
    let deleted = http
        .delete(url)
        .bearer_auth(&bearer)
        .header("If-Match", "*")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    assert!(c.find_order("shopify-67").await.unwrap().is_none());
}
