//! Which orders are ready to book: a store marks an order paid in its own words, and a
//! per-store setting says which of those words count. An order that is not ready is held
//! back (never sent, never counted as failed) until the store moves it on.

use crate::order::Order;

/// The store statuses that count as ready to book in the ERP, compared without regard to
/// case (Shopify's API says `PAID`, its export `paid`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadyStatuses {
    names: Vec<String>,
}

/// What the setting makes of one order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    /// Its status is one of the ready ones, or the store does not say.
    Ready,
    /// Held back until the store marks it ready: listed, so that nothing is skipped silently.
    Waiting,
    /// The store ended it without a sale: held back for good, and not listed as waiting.
    Ended,
}

impl ReadyStatuses {
    /// Blank names are dropped; an empty list would hold back every order, so callers check
    /// `is_empty` before they accept one from a person.
    pub fn new<S: AsRef<str>>(names: impl IntoIterator<Item = S>) -> Self {
        Self {
            names: names
                .into_iter()
                .map(|n| n.as_ref().trim().to_string())
                .filter(|n| !n.is_empty())
                .collect(),
        }
    }

    pub fn names(&self) -> &[String] {
        &self.names
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn of(&self, order: &Order) -> Readiness {
        match &order.store_status {
            None => Readiness::Ready,
            Some(status) if status.ended => Readiness::Ended,
            Some(status)
                if self
                    .names
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(status.name.trim())) =>
            {
                Readiness::Ready
            }
            Some(_) => Readiness::Waiting,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::order::StoreStatus;

    fn order(status: Option<StoreStatus>) -> Order {
        Order {
            store_status: status,
            ..crate::order::tests::sample()
        }
    }

    #[test]
    fn the_setting_decides_by_the_stores_own_word() {
        let ready = ReadyStatuses::new(["processing", " completed ", ""]);
        assert_eq!(ready.names(), ["processing", "completed"]);
        assert_eq!(ready.of(&order(None)), Readiness::Ready);
        assert_eq!(
            ready.of(&order(Some(StoreStatus::open("Processing")))),
            Readiness::Ready
        );
        assert_eq!(
            ready.of(&order(Some(StoreStatus::open("on-hold")))),
            Readiness::Waiting
        );
        assert_eq!(
            ReadyStatuses::new(["cancelled"]).of(&order(Some(StoreStatus::ended("cancelled")))),
            Readiness::Ended,
            "an order the store ended is never booked, whatever the setting names"
        );
        assert!(ReadyStatuses::new([" "]).is_empty());
    }
}
