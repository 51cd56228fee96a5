//! Checks every ERP connector that creates records must pass, whatever its protocol.

use osd_connectors::{Erp, NewCustomer, NewItem};

/// An item and two customers (one by e-mail, the guest-checkout one by name), each asked for
/// twice: the second call finds what the first made, and master data holds each once.
pub async fn items_and_customers_are_created_once(erp: &dyn Erp) {
    assert!(erp.creates_records());
    let item = NewItem {
        sku: "CANDLE-LAV-XL".into(),
        name: "Lavender candle XL".into(),
    };
    let first = erp.create_item(&item).await.unwrap();
    assert_eq!(
        erp.create_item(&item).await.unwrap(),
        first,
        "a repeat finds the item the first call made"
    );
    let buyer = NewCustomer {
        key: "new.buyer@mailbox.example".into(),
        name: "Nia Buyer".into(),
        email: Some("new.buyer@mailbox.example".into()),
    };
    let buyer_id = erp.create_customer(&buyer).await.unwrap();
    assert_eq!(erp.create_customer(&buyer).await.unwrap(), buyer_id);
    let guests = NewCustomer {
        key: "guest checkout".into(),
        name: "Web Store Guests".into(),
        email: None,
    };
    let guests_id = erp.create_customer(&guests).await.unwrap();
    assert_eq!(erp.create_customer(&guests).await.unwrap(), guests_id);
    assert_ne!(buyer_id, guests_id);

    let master = erp.load_master_data().await.unwrap();
    let items: Vec<_> = master
        .items
        .iter()
        .filter(|i| i.sku == "CANDLE-LAV-XL")
        .collect();
    assert_eq!(items.len(), 1);
    assert!(items[0].active && items[0].id == first, "{items:?}");
    let by_email: Vec<_> = master
        .customers
        .iter()
        .filter(|c| c.email.as_deref() == Some("new.buyer@mailbox.example"))
        .collect();
    assert_eq!(by_email.len(), 1);
    assert_eq!(by_email[0].id, buyer_id);
}
