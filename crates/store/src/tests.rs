use chrono::TimeZone;
use osd_model::Decimal;
use osd_model::{Customer, LineItem, Order};

use super::*;

fn order(n: u32) -> Order {
    Order {
        store_id: format!("gid://shopify/Order/{n}"),
        name: format!("#{n}"),
        source: "shopify".into(),
        created_at: Utc.with_ymd_and_hms(2026, 11, 1, 10, 0, n % 60).unwrap(),
        currency: "USD".into(),
        customer: Customer {
            name: "Ada".into(),
            email: Some("ada@example.com".into()),
            guest: false,
        },
        billing: None,
        shipping: None,
        lines: vec![LineItem {
            sku: Some("SKU-1".into()),
            title: "Thing".into(),
            quantity: Decimal::ONE,
            unit_price: Decimal::new(1999, 2),
            tax_lines: vec![],
            unit: None,
        }],
        tax_lines: vec![],
        taxes_included: false,
        shipping_total: Decimal::ZERO,
        discount_total: Decimal::ZERO,
        subtotal: Decimal::new(1999, 2),
        total_tax: Decimal::ZERO,
        total: Decimal::new(1999, 2),
        note: None,
        presentment_currency: None,
        store_status: None,
    }
}

async fn db() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("orders.sqlite")).await.unwrap();
    (dir, db)
}

#[tokio::test]
async fn migrations_run_and_wal_is_on() {
    let (_dir, db) = db().await;
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(db.count_orders().await.unwrap(), 0);
}

/// Customers' data is readable by its owner only: the folder, the database and SQLite's own
/// `-wal`/`-shm` files, whatever the umask, and an older version's open files are narrowed.
#[cfg(unix)]
#[tokio::test]
async fn the_database_its_journal_and_folder_are_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("order-sync-doctor");
    let path = dir.join("shop.sqlite");
    let db = Db::open(&path).await.unwrap();
    db.upsert_order(&order(1)).await.unwrap();
    assert_eq!(mode(&dir), 0o700);
    for file in ["shop.sqlite", "shop.sqlite-wal", "shop.sqlite-shm"] {
        assert_eq!(mode(&dir.join(file)), 0o600, "{file}");
    }
    db.close().await;

    // An older version left everything readable by other accounts. SQLite may or may not
    // remove its `-wal` on close, so only what is still there is widened.
    for (file, m) in [
        (dir.clone(), 0o755),
        (path.clone(), 0o644),
        (dir.join("shop.sqlite-wal"), 0o644),
        (dir.join("shop.sqlite-shm"), 0o644),
    ] {
        if file.exists() {
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(m)).unwrap();
        }
    }
    let db = Db::open(&path).await.unwrap();
    assert_eq!(db.count_orders().await.unwrap(), 1, "nothing is lost");
    // The folder may be one the user chose (their home): the app narrows its own data folder,
    // the database narrows only its own files.
    db.upsert_order(&order(2)).await.unwrap();
    for file in ["shop.sqlite", "shop.sqlite-wal", "shop.sqlite-shm"] {
        assert_eq!(mode(&dir.join(file)), 0o600, "{file}");
    }
}

#[tokio::test]
async fn orders_round_trip_exactly_and_upsert_keeps_state() {
    let (_dir, db) = db().await;
    let o = order(7);
    db.upsert_order(&o).await.unwrap();
    db.set_state(
        &o.external_id(),
        SyncState::Failed,
        Some(FindingCode::SkuNotFound),
    )
    .await
    .unwrap();
    db.upsert_order(&o).await.unwrap();
    let stored = db.all_orders().await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].order, o, "decimal money survives the round trip");
    assert_eq!(stored[0].state, SyncState::Failed);
    assert_eq!(stored[0].last_code, Some(FindingCode::SkuNotFound));
    assert_eq!(db.find_orders(&["7".into()]).await.unwrap().len(), 1);
}

#[tokio::test]
async fn an_attempt_records_intent_then_result() {
    let (_dir, db) = db().await;
    let o = order(1);
    db.upsert_order(&o).await.unwrap();
    let id = db.begin_attempt(&o.external_id(), "{}").await.unwrap();
    assert_eq!(db.all_orders().await.unwrap()[0].state, SyncState::Sending);
    assert!(
        db.last_attempts().await.unwrap().is_empty(),
        "an unfinished attempt is not a result"
    );
    let retry_at = Utc.with_ymd_and_hms(2026, 11, 1, 10, 5, 0).unwrap();
    db.finish_attempt(
        id,
        Outcome::Failed,
        &AttemptResult {
            http_status: Some(504),
            raw_answer: Some("<html>504</html>".into()),
            code: Some(FindingCode::ErpTimeout),
            after_failure: AfterFailure::RetryAt(retry_at),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let last = db.last_attempts().await.unwrap();
    assert_eq!(last[&o.external_id()].code, Some(FindingCode::ErpTimeout));
    let stored = &db.all_orders().await.unwrap()[0];
    assert_eq!(
        (stored.state, stored.retry_count, stored.next_attempt_at),
        (SyncState::RetryScheduled, 1, Some(retry_at))
    );
    assert!(db
        .due_orders(retry_at - chrono::Duration::seconds(1))
        .await
        .unwrap()
        .is_empty());
    assert_eq!(db.due_orders(retry_at).await.unwrap().len(), 1);
    let id = db.begin_attempt(&o.external_id(), "{}").await.unwrap();
    db.finish_attempt(
        id,
        Outcome::Created,
        &AttemptResult {
            erp_id: Some("1001".into()),
            erp_status: Some("Pending Fulfillment".into()),
            verified: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let stored = &db.all_orders().await.unwrap()[0];
    assert_eq!(
        (stored.state, stored.retry_count, stored.next_attempt_at),
        (SyncState::Verified, 0, None)
    );
    assert_eq!(stored.erp_id.as_deref(), Some("1001"));
    assert_eq!(db.attempts_for(&o.external_id()).await.unwrap().len(), 2);
}

#[tokio::test]
async fn mappings_are_audited_with_before_and_after() {
    let (_dir, db) = db().await;
    db.set_mapping(MappingKind::Sku, "TSHRT", "TSHIRT", "user")
        .await
        .unwrap();
    db.set_mapping(MappingKind::Sku, "TSHRT", "TSHIRT-2", "user")
        .await
        .unwrap();
    let m = db.mappings().await.unwrap();
    assert_eq!(m.get(MappingKind::Sku, "TSHRT"), Some("TSHIRT-2"));
    let before: Option<String> =
        sqlx::query_scalar("SELECT before_json FROM audit_log ORDER BY id DESC LIMIT 1")
            .fetch_one(db.pool())
            .await
            .unwrap();
    assert_eq!(before.as_deref(), Some(r#"{"to":"TSHIRT"}"#));
}

#[tokio::test]
async fn cursors_persist_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("orders.sqlite");
    let at = Utc.with_ymd_and_hms(2026, 11, 2, 3, 4, 5).unwrap();
    {
        let db = Db::open(&path).await.unwrap();
        db.set_cursor("shopify", at).await.unwrap();
        db.close().await;
    }
    let db = Db::open(&path).await.unwrap();
    assert_eq!(db.cursor("shopify").await.unwrap(), Some(at));
}

#[tokio::test]
async fn undo_restores_a_mapping_or_policy_once_and_refuses_the_rest() {
    let (_dir, db) = db().await;
    let first = db
        .set_mapping(MappingKind::Sku, "A", "B", "user")
        .await
        .unwrap();
    let second = db
        .set_mapping(MappingKind::Sku, "A", "C", "user")
        .await
        .unwrap();
    db.undo(second, "user").await.unwrap();
    assert_eq!(
        db.mappings().await.unwrap().get(MappingKind::Sku, "A"),
        Some("B")
    );
    db.undo(first, "user").await.unwrap();
    assert_eq!(
        db.mappings().await.unwrap().get(MappingKind::Sku, "A"),
        None
    );
    assert!(matches!(
        db.undo(first, "user").await,
        Err(StoreError::NotUndoable(..))
    ));

    let policy = db
        .set_policy(Policy::ClosedPeriod, "first-open", "user")
        .await
        .unwrap();
    assert!(db
        .mappings()
        .await
        .unwrap()
        .policies
        .post_into_open_period());
    let undo = db.undo(policy, "user").await.unwrap();
    assert!(!db
        .mappings()
        .await
        .unwrap()
        .policies
        .post_into_open_period());
    assert!(matches!(
        db.undo(undo, "user").await,
        Err(StoreError::NotUndoable(..))
    ));
    assert!(matches!(
        db.undo(9999, "user").await,
        Err(StoreError::NoSuchChange(9999))
    ));
}

#[tokio::test]
async fn a_database_from_before_the_queue_keeps_its_orders_attempts_and_states() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    // Build the schema as version 0002 left it, with data in it.
    {
        let options = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .unwrap();
        let mut old = sqlx::migrate!("./migrations");
        old.migrations = old.migrations[..2].to_vec().into();
        old.run(&pool).await.unwrap();
        let json = serde_json::to_string(&order(1)).unwrap();
        for (id, state) in [
            ("a", "unknown"),
            ("b", "pending"),
            ("c", "synced"),
            ("d", "failed"),
        ] {
            sqlx::query("INSERT INTO orders (external_id, store_id, name, source, created_at, order_json, sync_state, ingested_at, updated_at) VALUES (?, ?, ?, 'shopify', '2026-11-01T10:00:00Z', ?, ?, 'x', 'x')")
                .bind(id)
                .bind(id)
                .bind(format!("#{id}"))
                .bind(&json)
                .bind(state)
                .execute(&pool)
                .await
                .unwrap();
        }
        sqlx::query("INSERT INTO sync_attempts (external_id, started_at, request_json, outcome) VALUES ('d', 'x', '{}', 'failed')")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    }
    let db = Db::open(&path).await.unwrap();
    let states: Vec<(String, SyncState)> = db
        .all_orders()
        .await
        .unwrap()
        .into_iter()
        .map(|o| (o.external_id, o.state))
        .collect();
    assert_eq!(
        states,
        vec![
            ("a".to_string(), SyncState::New),
            ("b".to_string(), SyncState::Checked),
            ("c".to_string(), SyncState::Verified),
            ("d".to_string(), SyncState::Failed),
        ]
    );
    assert_eq!(db.attempts_for("d").await.unwrap().len(), 1);
    // Foreign keys are back on: an attempt for an unknown order is refused.
    assert!(db.begin_attempt("nope", "{}").await.is_err());
}

#[tokio::test]
async fn a_page_of_orders_is_filtered_searched_and_counted() {
    let (_dir, db) = db().await;
    let mut orders: Vec<Order> = (1..=30).map(order).collect();
    orders[4].customer.name = "Zoë 100% Ünïcode".into();
    db.upsert_orders(&orders).await.unwrap();
    db.mark_in_erp(&orders[0].external_id(), "9", "Pending Fulfillment", true)
        .await
        .unwrap();

    let (total, page) = db
        .orders_page(&OrderFilter::default(), 0, 10)
        .await
        .unwrap();
    assert_eq!((total, page.len()), (30, 10));
    assert_eq!(page[0].order.name, "#30", "newest first");
    let (_, rest) = db
        .orders_page(&OrderFilter::default(), 25, 10)
        .await
        .unwrap();
    assert_eq!(rest.len(), 5);

    let waiting = OrderFilter {
        only_waiting: true,
        ..Default::default()
    };
    assert_eq!(db.orders_page(&waiting, 0, 100).await.unwrap().0, 29);

    let search = |s: &str| OrderFilter {
        search: Some(s.into()),
        ..Default::default()
    };
    let (total, page) = db.orders_page(&search("100%"), 0, 10).await.unwrap();
    assert_eq!((total, page[0].order.name.as_str()), (1, "#5"));
    // `%` and `_` are not wildcards: "1_" matches nothing literal.
    assert_eq!(db.orders_page(&search("1_"), 0, 10).await.unwrap().0, 0);
    assert_eq!(db.orders_page(&search("#12"), 0, 10).await.unwrap().0, 1);
}

#[tokio::test]
async fn activity_lists_decisions_and_writes_newest_first() {
    let (_dir, db) = db().await;
    let o = order(3);
    db.upsert_order(&o).await.unwrap();
    db.set_mapping(MappingKind::Sku, "A-1", "A1", "user")
        .await
        .unwrap();
    let id = db.begin_attempt(&o.external_id(), "{}").await.unwrap();
    db.finish_attempt(
        id,
        Outcome::Failed,
        &AttemptResult {
            code: Some(FindingCode::SkuNotFound),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    // An unfinished write is not activity yet.
    db.begin_attempt(&o.external_id(), "{}").await.unwrap();

    let entries = db.activity(10).await.unwrap();
    assert_eq!(entries.len(), 2);
    let send = entries.iter().find(|e| e.action == "send").unwrap();
    assert_eq!(
        (
            send.subject.as_str(),
            send.outcome.as_deref(),
            send.code.as_deref()
        ),
        ("#3", Some("failed"), Some("sku_not_found"))
    );
    let map = entries.iter().find(|e| e.action == "map").unwrap();
    assert_eq!(
        (map.subject.as_str(), map.outcome.as_deref()),
        ("sku A-1", Some("A1"))
    );
    assert!(entries[0].at >= entries[1].at);
}

#[tokio::test]
async fn orders_not_ready_are_held_out_of_the_queue_and_released_to_be_compared_again() {
    let (_dir, db) = db().await;
    let orders: Vec<Order> = (1..=5).map(order).collect();
    db.upsert_orders(&orders).await.unwrap();
    let id = |n: usize| orders[n].external_id();
    db.set_state(&id(1), SyncState::Failed, Some(FindingCode::SkuNotFound))
        .await
        .unwrap();
    db.set_state(&id(2), SyncState::Sending, None)
        .await
        .unwrap();
    db.mark_in_erp(&id(3), "9", "Pending Fulfillment", true)
        .await
        .unwrap();
    // Every one of them is asked to be held back: only those not in the ERP and not being
    // sent move.
    let all: Vec<String> = (0..5).map(id).collect();
    db.set_readiness(&all, &[]).await.unwrap();
    let state = |stored: &[StoredOrder], n: usize| {
        stored
            .iter()
            .find(|o| o.external_id == id(n))
            .map(|o| o.state)
    };
    let stored = db.all_orders().await.unwrap();
    assert_eq!(state(&stored, 0), Some(SyncState::NotReady));
    assert_eq!(state(&stored, 1), Some(SyncState::NotReady));
    assert_eq!(state(&stored, 2), Some(SyncState::Sending));
    assert_eq!(state(&stored, 3), Some(SyncState::Verified));
    let unsynced: Vec<String> = db
        .unsynced_orders()
        .await
        .unwrap()
        .into_iter()
        .map(|o| o.external_id)
        .collect();
    assert_eq!(
        unsynced,
        vec![id(2)],
        "held orders are not waiting for the ERP"
    );
    let waiting = OrderFilter {
        only_waiting: true,
        ..Default::default()
    };
    assert_eq!(db.orders_page(&waiting, 0, 100).await.unwrap().0, 1);
    assert!(db.due_orders(Utc::now()).await.unwrap().is_empty());

    db.set_readiness(&[], &[id(1), id(3)]).await.unwrap();
    let stored = db.all_orders().await.unwrap();
    assert_eq!(state(&stored, 1), Some(SyncState::New), "released");
    assert_eq!(state(&stored, 3), Some(SyncState::Verified), "never held");
    assert_eq!(state(&stored, 0), Some(SyncState::NotReady));
}

fn export_line(id: &str, parent: Option<&str>) -> ExportObject {
    ExportObject {
        id: id.into(),
        parent: parent.map(str::to_string),
        json: format!("{{\"id\":\"{id}\"}}"),
    }
}

#[tokio::test]
async fn an_export_keeps_each_line_once_and_its_checkpoint_with_it() {
    let (_dir, db) = db().await;
    assert_eq!(db.export_checkpoint("Shopify").await.unwrap(), None);
    db.begin_export("Shopify", "gid://shopify/BulkOperation/1", None)
        .await
        .unwrap();
    let first = [export_line("o1", None), export_line("l1", Some("o1"))];
    db.keep_export_lines("Shopify", &first, 40, false)
        .await
        .unwrap();
    // A resumed download reads the last line again: kept once, in its new place.
    let second = [export_line("l1", Some("o1")), export_line("o2", None)];
    db.keep_export_lines("Shopify", &second, 80, true)
        .await
        .unwrap();
    let checkpoint = db.export_checkpoint("Shopify").await.unwrap().unwrap();
    assert_eq!(checkpoint.operation, "gid://shopify/BulkOperation/1");
    assert_eq!((checkpoint.bytes_read, checkpoint.downloaded), (80, true));
    let roots = db.export_roots("Shopify", -1, 10).await.unwrap();
    let ids: Vec<&str> = roots.iter().map(|(_, o)| o.id.as_str()).collect();
    assert_eq!(ids, ["o1", "o2"]);
    let after_first = db.export_roots("Shopify", roots[0].0, 10).await.unwrap();
    assert_eq!(after_first.len(), 1);
    let lines = db
        .export_children("Shopify", &["o1".into(), "o2".into()])
        .await
        .unwrap();
    assert_eq!(lines, [export_line("l1", Some("o1"))]);
    assert_eq!(db.export_counts("Shopify").await.unwrap(), (2, 0));

    // A new export starts from nothing; ending one forgets it and its lines.
    db.begin_export("Shopify", "gid://shopify/BulkOperation/2", None)
        .await
        .unwrap();
    assert_eq!(db.export_counts("Shopify").await.unwrap(), (0, 0));
    // A line whose order is not in the file is counted as such.
    db.keep_export_lines("Shopify", &[export_line("l9", Some("o9"))], 20, false)
        .await
        .unwrap();
    assert_eq!(db.export_counts("Shopify").await.unwrap(), (0, 1));
    db.end_export("Shopify").await.unwrap();
    assert_eq!(db.export_checkpoint("Shopify").await.unwrap(), None);
    assert_eq!(db.export_counts("Shopify").await.unwrap(), (0, 0));
}
