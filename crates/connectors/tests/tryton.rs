//! The Tryton connector against a real trytond 8.0 (scripts/tryton/start.sh). Skipped unless
//! SYNC_DOCTOR_TRYTON_URL (the server) and SYNC_DOCTOR_TRYTON_PASSWORD (admin's) are set.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::time::Duration;

use osd_connectors::tryton::{TrytonClient, TrytonConfig};
use osd_connectors::{DraftLine, Erp, ErpOrderDraft, ErpOrderState, Ref};
use osd_model::FindingCode;
use rust_decimal_macros::dec;

mod support;

fn client(password: Option<&str>) -> Option<TrytonClient> {
    let (Ok(url), Ok(real)) = (
        std::env::var("SYNC_DOCTOR_TRYTON_URL"),
        std::env::var("SYNC_DOCTOR_TRYTON_PASSWORD"),
    ) else {
        eprintln!("skipped: set SYNC_DOCTOR_TRYTON_URL and SYNC_DOCTOR_TRYTON_PASSWORD (scripts/tryton/start.sh starts one)");
        return None;
    };
    Some(
        TrytonClient::new(TrytonConfig {
            base_url: url::Url::parse(&url).unwrap(),
            database: "shop".into(),
            username: "admin".into(),
            password: password.unwrap_or(&real).to_string().into(),
            timeout: Duration::from_secs(30),
        })
        .unwrap(),
    )
}

#[tokio::test]
async fn against_a_real_tryton() {
    let Some(tryton) = client(None) else { return };
    let report = tryton.test_connection().await.unwrap();
    assert!(report.detail.contains("shop"), "{}", report.detail);

    let master = tryton.load_master_data().await.unwrap();
    assert!(master
        .items
        .iter()
        .any(|i| i.sku == "TSHIRT-BLK-M" && i.active));
    // The fixture discontinued LAMP-OLD on its template (its variant still reads active) and
    // made PART-INT not salable: Tryton's screens offer neither on a sale.
    for sku in ["LAMP-OLD", "PART-INT"] {
        let item = master.items.iter().find(|i| i.sku == sku);
        assert_eq!(item.map(|i| i.active), Some(false), "{sku}: {item:?}");
    }
    assert!(
        master
            .currencies
            .iter()
            .any(|c| c.code == "CAD" && !c.active),
        "inactive currencies are read"
    );
    assert!(master
        .customers
        .iter()
        .any(|c| c.email.as_deref() == Some("customer1@example.com")));
    assert!(master.tax_codes.iter().any(|t| t.rate == dec!(0.0725)));
    // The product module's stock units, by symbol and name (no edocument_unece here).
    let pound = master
        .units
        .iter()
        .find(|u| u.names.contains(&"lb".to_string()))
        .expect("the pound");
    assert_eq!(pound.names, ["lb", "Pound"]);
    assert!(master.units.iter().any(|u| u.names == ["kg", "Kilogram"]));
    assert!(master.units.iter().any(|u| u.names == ["u", "Unit"]));
    assert!(
        master.periods.iter().any(|p| p.closed),
        "last month is closed"
    );

    let item = master
        .items
        .iter()
        .find(|i| i.sku == "TSHIRT-BLK-M")
        .unwrap();
    let customer = master
        .customers
        .iter()
        .find(|c| c.email.as_deref() == Some("customer1@example.com"))
        .unwrap();
    let usd = master.currencies.iter().find(|c| c.code == "USD").unwrap();
    let tax = master
        .tax_codes
        .iter()
        .find(|t| t.rate == dec!(0.0725))
        .unwrap();
    let reference = format!("test-{}", std::process::id());
    let draft = ErpOrderDraft {
        external_id: reference.clone(),
        order_name: "#1".into(),
        tran_date: chrono::Utc::now().date_naive(),
        customer: Ref::Id(customer.id.clone()),
        currency: Ref::Id(usd.id.clone()),
        tax_code: Some(Ref::Id(tax.id.clone())),
        lines: vec![DraftLine {
            item: Ref::Id(item.id.clone()),
            quantity: dec!(2),
            unit_price: dec!(24.00),
            description: "T-shirt".into(),
        }],
        billing: None,
        shipping: None,
        shipping_cost: dec!(0),
        memo: "shop order #1".into(),
    };
    assert!(tryton.find_order(&reference).await.unwrap().is_none());
    let id = tryton.create_order(&draft).await.unwrap();
    let status = tryton.order_status(&id).await.unwrap();
    assert_eq!(
        status.state,
        ErpOrderState::Processing,
        "quoted, confirmed and processed: {}",
        status.status
    );
    assert_eq!(
        tryton.find_order(&reference).await.unwrap().unwrap().erp_id,
        id
    );

    // A product id Tryton does not sell: its own domain error, classified.
    let mut bad = draft.clone();
    bad.external_id = format!("{reference}-bad");
    bad.lines[0].item = Ref::Id("9999".into());
    let e = tryton.create_order(&bad).await.unwrap_err();
    assert_eq!(e.code, FindingCode::SkuNotFound, "{}", e.raw);

    // Tryton confirms a sale whatever its date and refuses only the invoice, so a closed
    // period is a warning for the pre-flight, not a block.
    assert!(!tryton.rules().period_blocks_orders);
}

#[tokio::test]
async fn a_wrong_password_is_erp_auth_failed() {
    // A throw-away login name would be kinder to the login rate limit, but admin is the only
    // user of the fixture; one failure stays well under the limit of five.
    let Some(tryton) = client(Some("not-the-password")) else {
        return;
    };
    let e = tryton.test_connection().await.unwrap_err();
    assert_eq!((e.code, e.status), (FindingCode::ErpAuthFailed, Some(401)));
}

#[tokio::test]
async fn products_and_parties_are_created_once_in_a_real_tryton() {
    let Some(tryton) = client(None) else { return };
    support::items_and_customers_are_created_once(&tryton).await;
}

#[tokio::test]
async fn a_real_tryton_lists_todays_sales_and_finds_both_sales_of_one_reference() {
    let Some(tryton) = client(None) else { return };
    let master = tryton.load_master_data().await.unwrap();
    let item = master.items.iter().find(|i| i.sku == "MUG-NAT-M").unwrap();
    let customer = master
        .customers
        .iter()
        .find(|c| c.email.as_deref() == Some("customer2@example.com"))
        .unwrap();
    let usd = master.currencies.iter().find(|c| c.code == "USD").unwrap();
    let today = chrono::Utc::now().date_naive();
    let reference = format!("twice-{}", std::process::id());
    let draft = ErpOrderDraft {
        external_id: reference.clone(),
        order_name: "#2".into(),
        tran_date: today,
        customer: Ref::Id(customer.id.clone()),
        currency: Ref::Id(usd.id.clone()),
        tax_code: None,
        lines: vec![DraftLine {
            item: Ref::Id(item.id.clone()),
            quantity: dec!(3),
            unit_price: dec!(16.50),
            description: "Mug".into(),
        }],
        billing: None,
        shipping: None,
        shipping_cost: dec!(0),
        memo: String::new(),
    };
    // Written twice, as two integrations that both sent the order would.
    let first = tryton.create_order(&draft).await.unwrap();
    let second = tryton.create_order(&draft).await.unwrap();
    let mut found: Vec<String> = tryton
        .find_orders(std::slice::from_ref(&reference))
        .await
        .unwrap()
        .into_iter()
        .map(|o| o.erp_id)
        .collect();
    found.sort();
    let mut expected = vec![first.clone(), second.clone()];
    expected.sort();
    assert_eq!(found, expected);

    let documents = tryton.list_documents(today, today).await.unwrap();
    let ours: Vec<_> = documents
        .iter()
        .filter(|d| d.external_id == reference)
        .collect();
    assert_eq!(ours.len(), 2, "{documents:?}");
    for d in ours {
        assert_eq!(d.date, Some(today));
        assert_eq!(d.currency, "USD");
        assert_eq!(d.customer, customer.id);
        assert!(!d.number.is_empty());
        assert_eq!(d.total, Some(dec!(49.50)));
        let lines = d.lines.as_ref().unwrap();
        assert_eq!(
            (lines[0].item.as_str(), lines[0].quantity),
            ("MUG-NAT-M", dec!(3))
        );
    }
}
