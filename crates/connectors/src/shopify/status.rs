//! Shopify's payment statuses and what each means for booking. The Admin API names them as
//! `OrderDisplayFinancialStatus` (`PAID`); the order export writes the same words in lower
//! case (`paid`, `partially_refunded`).
//! Source: Shopify Admin GraphQL schema (vendor-specs/shopify), enum
//! `OrderDisplayFinancialStatus` and `Order.cancelledAt`.

use osd_model::StoreStatus;

/// Shopify's "paid": payment captured (`PAID`), or captured and partly given back
/// (`PARTIALLY_REFUNDED`). The default of the store's "ready to book" setting. Not among
/// them: `PENDING` ("manual payment methods", "the payment provider needs time"),
/// `AUTHORIZED` (not captured yet) and `PARTIALLY_PAID`.
pub const PAID: [&str; 2] = ["PAID", "PARTIALLY_REFUNDED"];

/// Statuses that end an order without a sale: the money went back (`REFUNDED`), the
/// authorization was released (`VOIDED`) or ran out before capture (`EXPIRED`).
const ENDED: [&str; 3] = ["REFUNDED", "VOIDED", "EXPIRED"];

/// The order's status as the doctor keeps it, from its financial status and whether it was
/// cancelled (a cancelled order ended, whatever its payment says). `None` when Shopify names
/// no financial status and the order was not cancelled.
pub fn store_status(financial: Option<&str>, cancelled: bool) -> Option<StoreStatus> {
    let financial = financial.map(str::trim).filter(|f| !f.is_empty());
    match financial {
        Some(name) if cancelled || ENDED.iter().any(|e| e.eq_ignore_ascii_case(name)) => {
            Some(StoreStatus::ended(name))
        }
        Some(name) => Some(StoreStatus::open(name)),
        None if cancelled => Some(StoreStatus::ended("cancelled")),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cancelled_order_ended_whatever_its_payment_says() {
        assert_eq!(
            store_status(Some("PENDING"), false),
            Some(StoreStatus::open("PENDING"))
        );
        assert_eq!(
            store_status(Some("paid"), true),
            Some(StoreStatus::ended("paid"))
        );
        assert_eq!(
            store_status(Some("voided"), false),
            Some(StoreStatus::ended("voided"))
        );
        assert_eq!(store_status(None, false), None);
        assert_eq!(
            store_status(Some(" "), true),
            Some(StoreStatus::ended("cancelled"))
        );
    }
}
