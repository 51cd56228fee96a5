//! WooCommerce's order statuses and what each means for booking. The REST API names them
//! without the `wc-` prefix the database uses.
//! Source: woocommerce/woocommerce plugins/woocommerce/includes/wc-order-functions.php
//! (`wc_get_order_statuses`, `wc_get_is_paid_statuses`) and the offline gateways in
//! plugins/woocommerce/includes/gateways/ (`bacs`, `cheque`).

use osd_model::StoreStatus;

/// WooCommerce's own "paid" (`wc_get_is_paid_statuses`: `processing`, `completed`): the
/// default of the store's "ready to book" setting. `on-hold` is not among them: the bank
/// transfer (BACS) and cheque gateways park an order there while they wait for the money
/// ("Mark as on-hold (we're awaiting the payment)"), and `pending` is "Pending payment".
/// Plugins add their own paid statuses (`shipped`, `delivered`) through the
/// `woocommerce_order_is_paid_statuses` filter; a shop that uses one adds it to the setting.
pub const PAID: [&str; 2] = ["processing", "completed"];

/// Statuses that end an order without a sale: never booked, and not waited for.
/// `failed`: the payment failed or was declined; `trash` is never listed by `status=any`.
const ENDED: [&str; 4] = ["cancelled", "refunded", "failed", "trash"];

/// The block checkout's draft (`checkout-draft`, shown as "Draft"): a cart the buyer has not
/// placed yet. It is no order, so it is left out rather than held back.
/// Source: plugins/woocommerce/src/Blocks/Domain/Services/DraftOrders.php.
const NOT_PLACED: &str = "checkout-draft";

/// The order's status as the doctor keeps it; `None` for a draft that was never placed.
pub fn store_status(status: &str) -> Option<StoreStatus> {
    let status = status.trim();
    let status = status.strip_prefix("wc-").unwrap_or(status);
    if status == NOT_PLACED {
        None
    } else if ENDED.contains(&status) {
        Some(StoreStatus::ended(status))
    } else {
        Some(StoreStatus::open(status))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_keep_their_name_and_say_whether_the_order_ended() {
        assert_eq!(store_status("on-hold"), Some(StoreStatus::open("on-hold")));
        assert_eq!(
            store_status("wc-shipped"),
            Some(StoreStatus::open("shipped"))
        );
        assert_eq!(
            store_status("cancelled"),
            Some(StoreStatus::ended("cancelled"))
        );
        assert_eq!(store_status("checkout-draft"), None);
    }
}
