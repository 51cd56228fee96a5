//! The Shopify-format CSV import with real-world messiness.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use osd_connectors::shopify_csv::{parse, CsvSource};
use osd_connectors::{OrderQuery, StoreSource};
use osd_model::StoreStatus;
use osd_simulators::{demo, shopify_export};
use rust_decimal_macros::dec;

fn demo_orders() -> Vec<osd_model::Order> {
    demo::build(demo::reference_now())
        .orders
        .into_iter()
        .map(|o| o.shop.order)
        .collect()
}

#[test]
fn an_export_of_every_demo_order_reads_back_exactly() {
    let orders = demo_orders();
    let import = parse(shopify_export::to_csv(&orders).as_bytes());
    assert!(import.rejected.is_empty(), "{:?}", import.rejected);
    assert_eq!(import.orders.len(), orders.len());
    for (read, original) in import.orders.iter().zip(&orders) {
        assert_eq!(read.name, original.name);
        assert_eq!(
            read.external_id(),
            original.external_id(),
            "same external id as the API connector"
        );
        assert_eq!(read.created_at, original.created_at);
        assert_eq!(read.total, original.total);
        assert_eq!(read.lines, original.lines);
        assert_eq!(read.note, original.note, "multi-line notes survive");
        assert_eq!(read.tax_lines[0].rate, original.tax_lines[0].rate);
        assert_eq!(
            read.shipping.as_ref().map(|a| &a.line1),
            original.shipping.as_ref().map(|a| &a.line1)
        );
        assert_eq!(read.customer.email, original.customer.email);
    }
}

const MESSY: &str = "\u{feff}Lineitem sku,Name,Total,Lineitem quantity,Currency,Lineitem price,Created at,Lineitem name,Notes,Billing Province,Billing Country,Billing Address1,Billing City\r\n\
TSHIRT-BLK-M,#1001,58.00,2,USD,24.00,2026-11-02 10:00:00 -0500,T-shirt,\"Leave at the door,\r\nplease\",California,United States,1 Main St,Oakland\r\n\
MUG-NAT-M,#1001,,1,,10.00,,Mug,,,,,\r\n\
SOCKS-SGE-L,#1002,12.75,x,USD,12.75,2026-11-03 09:00:00 +0000,Socks,,CA,US,2 Main St,Oakland\r\n\
CAP-BLK-M,#1003,22.00,1,USD,22.00,2026-11-04 09:00:00 +0000,Cap,,ON,CA,3 Main St,Toronto\r\n";

#[test]
fn bom_crlf_reordered_and_missing_columns_and_multiline_notes() {
    let import = parse(MESSY.as_bytes());
    let names: Vec<_> = import.orders.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(
        names,
        ["#1001", "#1003"],
        "the malformed order is left out, the others load"
    );
    let first = &import.orders[0];
    assert_eq!(first.lines.len(), 2);
    assert_eq!(first.lines[1].sku.as_deref(), Some("MUG-NAT-M"));
    assert_eq!(first.total, dec!(58.00));
    assert_eq!(first.note.as_deref(), Some("Leave at the door,\r\nplease"));
    assert_eq!(
        first.external_id(),
        "csv-1001",
        "no Id column: the order name keys it"
    );
    let billing = first.billing.as_ref().unwrap();
    assert_eq!(
        (
            billing.province.as_deref(),
            billing.province_code.as_deref()
        ),
        (Some("California"), None)
    );
    assert_eq!(
        (billing.country.as_deref(), billing.country_code.as_deref()),
        (Some("United States"), None)
    );
    let third = import.orders[1].billing.as_ref().unwrap();
    assert_eq!(
        (
            third.province_code.as_deref(),
            third.country_code.as_deref()
        ),
        (Some("ON"), Some("CA"))
    );

    assert_eq!(import.rejected.len(), 1);
    let rejected = &import.rejected[0];
    // Row 4 as a spreadsheet shows it: the two-line note of row 2 is still one row.
    assert!(
        rejected.reference.contains("#1002") && rejected.reference.contains("row 4"),
        "{rejected:?}"
    );
    assert!(
        rejected.reason.contains("row 4") && rejected.reason.contains("\"x\""),
        "{rejected:?}"
    );
}

#[test]
fn bad_rows_are_reported_with_their_row_number_and_reason() {
    let text = "Name,Lineitem quantity,Lineitem price,Currency,Created at,Total\n\
#1,1,5.00,USD,2026-11-01 10:00:00 +0000,5.00\n\
#2,1,five,USD,2026-11-01 10:00:00 +0000,5.00\n\
#3,1,5.00,USD,yesterday,5.00\n\
#4,1,5.00\n\
,1,5.00,USD,2026-11-01 10:00:00 +0000,5.00\n\
#5,1,5.00,USD,2026-11-01 10:00:00 +0000,5.00\n";
    let import = parse(text.as_bytes());
    assert_eq!(
        import
            .orders
            .iter()
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>(),
        ["#1", "#5"]
    );
    let reasons: Vec<String> = import
        .rejected
        .iter()
        .map(|r| format!("{} | {}", r.reference, r.reason))
        .collect();
    assert_eq!(reasons.len(), 4, "{reasons:#?}");
    assert!(
        reasons
            .iter()
            .any(|r| r.starts_with("#2 (row 3)") && r.contains("Lineitem price \"five\"")),
        "{reasons:#?}"
    );
    assert!(reasons
        .iter()
        .any(|r| r.starts_with("#3 (row 4)") && r.contains("Created at \"yesterday\"")));
    assert!(reasons
        .iter()
        .any(|r| r.starts_with("#4 (row 5)") && r.contains("3 fields where the header has 6")));
    assert!(reasons
        .iter()
        .any(|r| r.starts_with("row 6") && r.contains("no order Name")));
}

#[test]
fn cancelled_orders_are_counted_and_come_as_ended_with_the_financial_status() {
    let text = "Name,Financial Status,Lineitem quantity,Lineitem price,Lineitem name,Cancelled at,Created at\n#1,pending,1,5,A,,2026-11-01\n#2,paid,1,5,B,2026-11-02 10:00:00 +0000,2026-11-01\n#3,paid,1,5,C,,2026-11-01\n";
    let import = parse(text.as_bytes());
    assert_eq!(import.orders.len(), 3);
    assert_eq!(import.cancelled, 1);
    assert!(import.rejected.is_empty());
    let status = |name: &str| {
        import
            .orders
            .iter()
            .find(|o| o.name == name)
            .and_then(|o| o.store_status.clone())
    };
    assert_eq!(status("#1"), Some(StoreStatus::open("pending")));
    assert_eq!(
        status("#2"),
        Some(StoreStatus::ended("paid")),
        "a cancelled order is never booked, even when it was paid"
    );
    assert_eq!(status("#3"), Some(StoreStatus::open("paid")));
}

#[test]
fn files_that_are_not_exports_say_so() {
    assert!(parse(b"").rejected[0].reason.contains("empty"));
    assert!(parse(b"\xEF\xBB\xBF\r\n").orders.is_empty());
    let wrong = parse(b"Order,Qty\n1,2\n");
    assert!(wrong.rejected[0].reason.contains("no Name column"));
    let latin1 = parse(b"Name,Lineitem quantity,Lineitem price,Lineitem name,Created at\n#1,1,5,Caf\xe9,2026-11-01\n");
    assert!(latin1.orders.is_empty());
    assert!(
        latin1.rejected[0].reason.contains("UTF-8"),
        "{:?}",
        latin1.rejected
    );
}

#[tokio::test]
async fn a_csv_file_is_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("orders_export.csv");
    std::fs::write(&path, MESSY).unwrap();
    let source = CsvSource::new(path.clone());
    let report = source.test_connection().await.unwrap();
    assert!(
        report.detail.contains("2 orders") && report.detail.contains("1 that could not be read"),
        "{}",
        report.detail
    );
    let page = source.list_orders(&OrderQuery::default()).await.unwrap();
    assert_eq!(
        (page.orders.len(), page.rejected.len(), page.next),
        (2, 1, None)
    );
    let missing = CsvSource::new(dir.path().join("nope.csv"))
        .test_connection()
        .await
        .unwrap_err();
    assert_eq!(missing.code, osd_model::FindingCode::StoreUnreachable);
}
