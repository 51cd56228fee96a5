//! The SAP Business One connector against the simulated Service Layer.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use chrono::{Datelike, NaiveDate};
use osd_connectors::sap_b1::{SapClient, SapConfig};
use osd_connectors::{
    DraftLine, Erp, ErpDocument, ErpDocumentLine, ErpOrderDraft, ErpOrderState, Ref,
};
use osd_model::{Address, FindingCode};
use osd_simulators::sap_b1::{
    from_demo, DocumentKind, PeriodStatus, SapItem, SapPeriod, SapSimulator, SapVatGroup,
};
use osd_simulators::{demo, Faults};
use rust_decimal_macros::dec;

mod sap_b1_conformance;
mod support;

async fn company() -> SapSimulator {
    let account = demo::build(demo::reference_now()).account;
    SapSimulator::start(from_demo(&account, "SBODEMOUS", "manager", "1234"), 0)
        .await
        .unwrap()
}

fn client(sim: &SapSimulator, password: &str) -> SapClient {
    SapClient::new(SapConfig {
        base_url: sim.service_url(),
        company_db: "SBODEMOUS".into(),
        username: "manager".into(),
        password: password.to_string().into(),
        timeout: Duration::from_secs(5),
    })
    .unwrap()
}

/// An address with every part the order body can carry.
fn address() -> Address {
    Address {
        name: "Ada Lovelace".into(),
        company: Some("Analytical Engines".into()),
        line1: "1 Market Street".into(),
        line2: Some("Suite 4".into()),
        city: "Oakland".into(),
        province: Some("California".into()),
        province_code: Some("CA".into()),
        postcode: Some("94607".into()),
        country: Some("United States".into()),
        country_code: Some("US".into()),
        phone: Some("+1 510 555 0100".into()),
    }
}

fn draft(reference: &str) -> ErpOrderDraft {
    ErpOrderDraft {
        external_id: reference.into(),
        order_name: "#9001".into(),
        tran_date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        customer: Ref::Id("CUST0001".into()),
        currency: Ref::Id("USD".into()),
        tax_code: Some(Ref::Id("CA".into())),
        lines: vec![DraftLine {
            item: Ref::Id("TSHIRT-BLK-M".into()),
            quantity: dec!(2),
            unit_price: dec!(24),
            description: "T-shirt".into(),
        }],
        billing: Some(address()),
        shipping: Some(address()),
        shipping_cost: dec!(0),
        memo: "shopify order #9001".into(),
    }
}

#[tokio::test]
async fn logs_in_with_cookies_and_refuses_a_wrong_password_or_a_down_server() {
    let sim = company().await;
    let c = client(&sim, "1234");
    assert!(c
        .test_connection()
        .await
        .unwrap()
        .detail
        .contains("SBODEMOUS"));
    let e = client(&sim, "wrong").test_connection().await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpAuthFailed, Some(401)));
    sim.update(|s| {
        s.faults = Faults {
            maintenance: true,
            ..Faults::default()
        }
    });
    assert_eq!(
        c.find_order("x").await.unwrap_err().code,
        FindingCode::ErpMaintenance
    );
}

#[tokio::test]
async fn a_timed_out_session_logs_in_again_once() {
    let sim = company().await;
    let c = client(&sim, "1234");
    c.find_order("x").await.unwrap();
    assert_eq!(c.logins(), 1);
    sim.expire_sessions();
    c.find_order("x").await.unwrap();
    assert_eq!(
        c.logins(),
        2,
        "error 301 led to one new login, then the call went through"
    );
    // An idle session past SessionTimeout is renewed before use, without a failed call.
    sim.update(|s| s.session_timeout = Duration::from_secs(60));
    let before = sim.update(|s| s.requests).unwrap();
    let short = client(&sim, "1234");
    short.find_order("x").await.unwrap();
    assert_eq!(short.logins(), 1);
    assert_eq!(
        sim.update(|s| s.requests).unwrap() - before,
        2,
        "login and lookup, nothing refused"
    );
    c.logout().await;
}

#[tokio::test]
async fn master_data_loads_in_bulk_across_pages() {
    let sim = company().await;
    sim.update(|s| {
        s.items.extend((0..650).map(|i| SapItem {
            valid: i % 10 != 0,
            ..SapItem::stocked(&format!("BULK-{i:04}"))
        }))
    });
    let c = client(&sim, "1234");
    c.test_connection().await.unwrap();
    let before = sim.update(|s| s.requests).unwrap();
    let master = c.load_master_data().await.unwrap();
    let requests = sim.update(|s| s.requests).unwrap() - before;
    assert_eq!(master.items.len(), 698);
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
        .tax_codes
        .iter()
        .any(|t| t.id == "CA" && t.rate == dec!(0.0725)));
    assert_eq!(master.periods.iter().filter(|p| p.closed).count(), 4);
    let pound = master
        .units
        .iter()
        .find(|u| u.names.iter().any(|n| n == "LBR"))
        .expect("the pound, by its international symbol");
    assert_eq!(pound.names, ["lb", "Pound", "LBR"]);
    assert_eq!(pound.id, "3", "AbsEntry");
    assert!(master
        .units
        .iter()
        .any(|u| u.names == ["kg", "Kilogram", "KGM"]));
    assert!(
        master.units.iter().any(|u| u.names == ["Each", "H87"]),
        "Code and Name alike"
    );
    // 4 pages of items (200 per page) + partners + currencies + sales tax codes + tax groups
    // + the period categories + the periods of the one category (a fiscal year) + units.
    assert_eq!(requests, 11);
}

#[tokio::test]
async fn units_a_user_may_not_read_leave_the_check_off_and_the_rest_loaded() {
    let sim = company().await;
    sim.update(|s| {
        s.units.push(osd_simulators::sap_b1::SapUnit {
            abs_entry: 9,
            code: "Bunch".into(),
            name: "Bunch".into(),
            international_symbol: String::new(),
        })
    });
    let c = client(&sim, "1234");
    let master = c.load_master_data().await.unwrap();
    let bunch = master.units.iter().find(|u| u.id == "9").unwrap();
    assert_eq!(bunch.names, ["Bunch"], "no empty symbol");

    sim.update(|s| s.units_denied = true);
    let master = c.load_master_data().await.unwrap();
    assert!(master.units.is_empty());
    assert_eq!(master.customers.len(), 61);
}

#[tokio::test]
async fn an_order_is_created_looked_up_by_num_at_card_and_read_back() {
    let sim = company().await;
    let c = client(&sim, "1234");
    assert!(c.find_order("shopify-1").await.unwrap().is_none());
    let id = c.create_order(&draft("shopify-1")).await.unwrap();
    let found = c.find_order("shopify-1").await.unwrap().unwrap();
    assert_eq!(found.erp_id, id);
    let status = c.order_status(&id).await.unwrap();
    assert_eq!(
        (status.status.as_str(), status.state),
        ("Open", ErpOrderState::Open)
    );
    let stored = sim.orders();
    assert_eq!(
        stored[0].body["DocumentLines"][0]["ItemCode"],
        "TSHIRT-BLK-M"
    );
    assert_eq!(stored[0].body["AddressExtension"]["ShipToState"], "CA");
}

#[tokio::test]
async fn each_guide_error_class_comes_from_saps_own_words() {
    let sim = company().await;
    let c = client(&sim, "1234");
    let cases: Vec<(ErpOrderDraft, FindingCode, &str)> = vec![
        (
            {
                let mut d = draft("e1");
                d.lines[0].item = Ref::Unresolved("TSHRT-BLK-M".into());
                d
            },
            FindingCode::SkuNotFound,
            "[DocumentLines.ItemCode][line: 1]",
        ),
        (
            {
                let mut d = draft("e2");
                d.customer = Ref::Unresolved("guest@x".into());
                d
            },
            FindingCode::CustomerNotFound,
            "Invalid BP code [ORDR.CardCode] , 'guest@x'",
        ),
        (
            {
                let mut d = draft("e3");
                d.tran_date = NaiveDate::from_ymd_opt(2026, 10, 30).unwrap();
                d
            },
            FindingCode::PeriodClosed,
            "Posting period locked",
        ),
        (
            {
                let mut d = draft("e4");
                d.tran_date = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
                d
            },
            FindingCode::PeriodClosed,
            "deviates from the defined range",
        ),
        (
            {
                let mut d = draft("e5");
                if let Some(a) = d.shipping.as_mut() {
                    a.province_code = None;
                    a.province = Some("California".into());
                }
                d
            },
            FindingCode::FieldTooLong,
            "Value too long in property 'ShipToState'",
        ),
    ];
    for (d, code, text) in cases {
        let e = c.create_order(&d).await.unwrap_err();
        assert_eq!(e.code, code, "{}: {}", d.external_id, e.raw);
        assert!(e.raw.contains(text), "{}: {}", d.external_id, e.raw);
    }
    assert!(sim.orders().is_empty());
}

#[tokio::test]
async fn a_timeout_after_commit_leaves_the_order_findable() {
    let sim = company().await;
    let c = client(&sim, "1234");
    sim.update(|s| s.faults.timeout_after_commit.insert("late".into()));
    let e = c.create_order(&draft("late")).await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpTimeout, Some(504)));
    assert!(c.find_order("late").await.unwrap().is_some());
    assert_eq!(sim.orders().len(), 1);
}

#[tokio::test]
async fn items_and_business_partners_are_created_once_however_often_asked() {
    let sim = company().await;
    let c = client(&sim, "1234");
    support::items_and_customers_are_created_once(&c).await;
    let long = osd_connectors::NewItem {
        sku: "X".repeat(51),
        name: "Too long".into(),
    };
    let error = c.create_item(&long).await.unwrap_err();
    assert_eq!(error.code, FindingCode::FieldTooLong, "{error:?}");
}

/// The audit: `FinancePeriods` is not an entity set and `psUnlocked`/`psLocked` are not
/// `PeriodStatusEnum` members. Periods come from `CompanyService_GetFinancePeriods`, one call
/// per period category, and each status says whether a sales order goes in, in plain words.
#[tokio::test]
async fn periods_come_from_the_finance_periods_action_with_their_real_statuses() {
    let sim = company().await;
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    sim.update(|s| {
        s.periods.push(SapPeriod {
            category: 27,
            code: "2027-01".into(),
            name: "2027-01".into(),
            from: day(2027, 1, 1),
            to: day(2027, 1, 31),
            status: PeriodStatus::PeriodClosing,
        });
        s.periods.push(SapPeriod {
            category: 27,
            code: "2027-02".into(),
            name: "2027-02".into(),
            from: day(2027, 2, 1),
            to: day(2027, 2, 28),
            status: PeriodStatus::Unlocked,
        });
    });
    sim.record();
    let c = client(&sim, "1234");
    let master = c.load_master_data().await.unwrap();
    let called: Vec<String> = sim.journal().iter().map(|e| e.path.clone()).collect();
    assert!(called.iter().all(|p| p != "FinancePeriods"), "{called:?}");
    assert_eq!(
        called
            .iter()
            .filter(|p| *p == "CompanyService_GetFinancePeriods")
            .count(),
        2,
        "one call per fiscal year: {called:?}"
    );
    let period = |start: NaiveDate| master.periods.iter().find(|p| p.start == start).unwrap();
    assert!(!period(day(2026, 11, 1)).closed);
    assert!(!period(day(2027, 2, 1)).closed);
    let october = period(day(2026, 10, 1));
    assert!(october.closed);
    assert_eq!(october.name, "2026-10 (closed to sales documents)");
    assert_eq!(period(day(2026, 9, 1)).name, "2026-09 (locked)");
    let january = period(day(2027, 1, 1));
    assert!(january.closed);
    assert!(january.name.contains("only users allowed to close periods"));

    // The simulated company refuses a sales order exactly where the connector says closed.
    for p in &master.periods {
        let mut d = draft(&format!("in-{}", p.start));
        d.tran_date = p.start;
        let sent = c.create_order(&d).await;
        assert_eq!(sent.is_err(), p.closed, "{}: {sent:?}", p.name);
        if let Err(e) = sent {
            assert_eq!(e.code, FindingCode::PeriodClosed);
        }
    }
}

/// The audit: `SalesTaxCodes` has `Inactive` and `ValidForAR`; a code that is neither valid for
/// sales nor active is not one an order can use.
#[tokio::test]
async fn inactive_and_purchasing_only_tax_codes_are_not_offered() {
    let sim = company().await;
    let (gone_inactive, gone_purchasing) = sim
        .update(|s| {
            let mut others = s.sales_tax_codes.iter_mut().filter(|t| t.code != "CA");
            let inactive = others.next().unwrap();
            inactive.inactive = true;
            let inactive = inactive.code.clone();
            let purchasing = others.next().unwrap();
            purchasing.valid_for_ar = false;
            (inactive, purchasing.code.clone())
        })
        .unwrap();
    let master = client(&sim, "1234").load_master_data().await.unwrap();
    let codes: Vec<&str> = master.tax_codes.iter().map(|t| t.id.as_str()).collect();
    assert!(!codes.contains(&gone_inactive.as_str()), "{codes:?}");
    assert!(!codes.contains(&gone_purchasing.as_str()), "{codes:?}");
    assert!(codes.contains(&"CA"));
}

/// The audit: VAT localisations keep tax groups (`VatGroups`), put on a line as `VatGroup`;
/// the connector reads which system the company has from its own setup.
#[tokio::test]
async fn a_vat_company_gets_its_tax_groups_and_orders_carry_vat_group() {
    let sim = company().await;
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    sim.update(|s| {
        s.sales_tax_codes.clear();
        s.vat_groups = vec![
            SapVatGroup {
                code: "S1".into(),
                name: "Standard rate".into(),
                output: true,
                inactive: false,
                rates: vec![(day(2007, 1, 1), dec!(16)), (day(2020, 1, 1), dec!(19))],
            },
            SapVatGroup {
                code: "V1".into(),
                name: "Input tax".into(),
                output: false,
                inactive: false,
                rates: vec![(day(2007, 1, 1), dec!(19))],
            },
            SapVatGroup {
                code: "S0".into(),
                name: "Retired".into(),
                output: true,
                inactive: true,
                rates: vec![(day(2007, 1, 1), dec!(7))],
            },
        ];
    });
    let c = client(&sim, "1234");
    let master = c.load_master_data().await.unwrap();
    assert_eq!(
        master
            .tax_codes
            .iter()
            .map(|t| (t.id.as_str(), t.rate))
            .collect::<Vec<_>>(),
        [("S1", dec!(0.19))]
    );
    let mut d = draft("vat-1");
    d.tax_code = Some(Ref::Id("S1".into()));
    c.create_order(&d).await.unwrap();
    let line = &sim.orders()[0].body["DocumentLines"][0];
    assert_eq!(line["VatGroup"], "S1");
    assert!(line.get("TaxCode").is_none(), "{line}");

    // A fresh client that never read master data finds the tax system before it posts.
    let fresh = client(&sim, "1234");
    let mut d = draft("vat-2");
    d.tax_code = Some(Ref::Id("S1".into()));
    fresh.create_order(&d).await.unwrap();
    assert_eq!(sim.orders().len(), 2);
}

/// The audit: "Quantity falls into negative inventory [DocumentLines.ItemCode][line: n]" also
/// carries `[DocumentLines.ItemCode]`, yet it is not an unknown item.
#[tokio::test]
async fn a_negative_inventory_refusal_is_its_own_finding_not_an_unknown_item() {
    let sim = company().await;
    let c = client(&sim, "1234");
    sim.update(|s| {
        let shirt = s
            .items
            .iter_mut()
            .find(|i| i.code == "TSHIRT-BLK-M")
            .unwrap();
        shirt.on_hand = dec!(1);
    });
    // A sales order only commits stock: SAP takes it whatever the stock.
    let entry = c.create_order(&draft("stock-1")).await.unwrap();
    // Delivering or invoicing it takes the stock out, which the company blocks.
    let refusal = sim
        .copy_order(entry.parse().unwrap(), DocumentKind::Invoice)
        .unwrap_err();
    let body = refusal.to_string();
    assert!(
        body.contains("Quantity falls into negative inventory"),
        "{body}"
    );
    assert!(body.contains("[DocumentLines.ItemCode][line: 1]"), "{body}");
    let error = osd_connectors::sap_b1::errors::classify(&osd_connectors::http::Answer {
        status: 400,
        headers: Default::default(),
        body,
    });
    assert_eq!(error.code, FindingCode::NegativeInventory, "{error:?}");
    // With stock received, the same copy goes through and the order is done with.
    sim.update(|s| {
        s.items
            .iter_mut()
            .find(|i| i.code == "TSHIRT-BLK-M")
            .unwrap()
            .on_hand = dec!(5);
    });
    sim.copy_order(entry.parse().unwrap(), DocumentKind::Invoice)
        .unwrap();
    let status = c.order_status(&entry).await.unwrap();
    assert_eq!(status.state, ErpOrderState::Completed, "{status:?}");
}

#[tokio::test]
async fn an_item_that_is_not_a_sales_item_counts_as_inactive() {
    let sim = company().await;
    sim.update(|s| {
        s.items
            .iter_mut()
            .find(|i| i.code == "TSHIRT-BLK-M")
            .unwrap()
            .sales_item = false;
    });
    let c = client(&sim, "1234");
    let master = c.load_master_data().await.unwrap();
    assert!(!master.item_by_sku("TSHIRT-BLK-M").unwrap().active);
    let e = c.create_order(&draft("not-for-sale")).await.unwrap_err();
    assert_eq!(e.code, FindingCode::SkuNotFound, "{}", e.raw);
}

/// Part B: every sales document posted in the range, wherever SAP keeps it, in few calls: one
/// date-filtered read per document set, 200 rows a page, lines included.
#[tokio::test]
async fn documents_posted_in_a_range_are_listed_with_moved_on_direct_and_unreferenced_ones() {
    let sim = company().await;
    let c = client(&sim, "1234");
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    // The old integration's 430 orders, dated 1 November.
    for i in 0..430 {
        sim.insert_order(&format!("bulk-{i:03}"));
    }
    sim.insert_order("");
    let invoiced = c.create_order(&draft("shopify-A")).await.unwrap();
    let cancelled = c.create_order(&draft("shopify-B")).await.unwrap();
    let closed = c.create_order(&draft("shopify-C")).await.unwrap();
    let mut december = draft("shopify-D");
    december.tran_date = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    c.create_order(&december).await.unwrap();
    let direct = sim
        .update(|s| {
            s.copy_order(invoiced.parse().unwrap(), DocumentKind::Invoice)
                .unwrap();
            s.cancel_order(cancelled.parse().unwrap()).unwrap();
            s.close_order(closed.parse().unwrap()).unwrap();
            // Another integration books shopify-A again, straight as an A/R invoice.
            s.post_again("shopify-A", DocumentKind::Invoice).unwrap()
        })
        .unwrap();

    let before = sim.update(|s| s.requests).unwrap();
    let documents = c.list_documents(day(1), day(30)).await.unwrap();
    let requests = sim.update(|s| s.requests).unwrap() - before;
    // Orders: 434 rows in 3 pages; deliveries: 1 empty page; invoices: 1 page.
    assert_eq!(requests, 5);
    assert_eq!(documents.len(), 435, "434 orders and the direct invoice");
    assert!(documents
        .iter()
        .all(|d| d.date.is_some_and(|d| d.month() == 11)));
    let by_reference = |reference: &str| -> Vec<&ErpDocument> {
        documents
            .iter()
            .filter(|d| d.external_id == reference)
            .collect()
    };
    assert_eq!(
        by_reference("").len(),
        1,
        "a document with no reference is listed"
    );
    let a = by_reference("shopify-A");
    assert_eq!(
        a.len(),
        2,
        "the order and the other integration's invoice, not the order's own invoice"
    );
    let order = a.iter().find(|d| d.erp_id == invoiced).unwrap();
    assert_eq!(order.state, ErpOrderState::Completed, "{order:?}");
    assert_eq!(order.customer, "CUST0001");
    assert_eq!(order.date, Some(day(20)));
    assert_eq!(
        order.lines.as_deref().unwrap(),
        [ErpDocumentLine {
            item: "TSHIRT-BLK-M".into(),
            quantity: dec!(2)
        }]
    );
    assert_eq!(
        order.total,
        Some(dec!(51.48)),
        "2 × 24 and 7.25 % California tax"
    );
    let invoice = a.iter().find(|d| d.erp_id != invoiced).unwrap();
    assert_eq!(invoice.erp_id, format!("Invoices({direct})"));
    assert_eq!(
        (invoice.status.as_str(), invoice.state),
        ("A/R invoice (unpaid)", ErpOrderState::Completed)
    );
    assert_eq!(by_reference("shopify-B")[0].state, ErpOrderState::Other);
    assert_eq!(by_reference("shopify-B")[0].status, "Cancelled");
    assert_eq!(by_reference("shopify-C")[0].status, "Closed");
    assert!(
        by_reference("shopify-D").is_empty(),
        "dated after the range"
    );
    let mut numbers: Vec<&str> = documents.iter().map(|d| d.erp_id.as_str()).collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(
        numbers.len(),
        documents.len(),
        "no page skipped or repeated a row"
    );
}

/// Part B: both copies of a duplicate are found, and an order SAP moved on is found as done.
#[tokio::test]
async fn find_orders_returns_both_copies_and_finds_an_order_that_moved_on() {
    let sim = company().await;
    let c = client(&sim, "1234");
    let first = c.create_order(&draft("dup-1")).await.unwrap();
    let second = sim
        .update(|s| s.post_again("dup-1", DocumentKind::Order))
        .unwrap()
        .unwrap();
    let found = c
        .find_orders(&["dup-1".into(), "other".into()])
        .await
        .unwrap();
    let mut ids: Vec<String> = found.iter().map(|o| o.erp_id.clone()).collect();
    ids.sort();
    assert_eq!(ids, [first.clone(), second.to_string()]);

    sim.update(|s| s.copy_order(first.parse().unwrap(), DocumentKind::DeliveryNote))
        .unwrap()
        .unwrap();
    let moved_on = c.find_orders(&["dup-1".into()]).await.unwrap();
    let delivered = moved_on.iter().find(|o| o.erp_id == first).unwrap();
    assert_eq!(delivered.state, ErpOrderState::Completed, "{delivered:?}");
    assert!(delivered.state.is_live());
}

/// SAP deletes no sales order; its users close or cancel one, as the simulator's knobs and its
/// Service Layer routes both do.
#[tokio::test]
async fn an_order_is_closed_or_cancelled_over_the_service_layer_never_deleted() {
    let sim = company().await;
    let c = client(&sim, "1234");
    let first = c.create_order(&draft("end-1")).await.unwrap();
    let second = c.create_order(&draft("end-2")).await.unwrap();
    let http = reqwest::Client::new();
    let login = http
        .post(sim.service_url().join("Login").unwrap())
        .json(&serde_json::json!({"CompanyDB": "SBODEMOUS", "UserName": "manager", "Password": "1234"}))
        .send()
        .await
        .unwrap();
    let cookie = login
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_string))
        .collect::<Vec<_>>()
        .join("; ");
    let call = |method: reqwest::Method, path: String| {
        http.request(method, sim.service_url().join(&path).unwrap())
            .header("Cookie", cookie.clone())
            .send()
    };
    let deleted = call(reqwest::Method::DELETE, format!("Orders({first})"))
        .await
        .unwrap();
    assert_eq!(deleted.status(), 400);
    assert!(deleted.text().await.unwrap().contains("-5006"));
    let closed = call(reqwest::Method::POST, format!("Orders({first})/Close"))
        .await
        .unwrap();
    assert_eq!(closed.status(), 204);
    let cancelled = call(reqwest::Method::POST, format!("Orders({second})/Cancel"))
        .await
        .unwrap();
    assert_eq!(cancelled.status(), 204);
    let again = call(reqwest::Method::POST, format!("Orders({second})/Cancel"))
        .await
        .unwrap();
    assert_eq!(
        again.status(),
        400,
        "a cancelled order is not open any more"
    );
    assert_eq!(c.order_status(&first).await.unwrap().status, "Closed");
    assert_eq!(c.order_status(&second).await.unwrap().status, "Cancelled");
    assert_eq!(sim.orders().len(), 2, "both still there");
}
