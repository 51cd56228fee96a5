//! The integration role: what it may not do. A role without a permission is refused with
//! `INSUFFICIENT_PERMISSION` (403), whatever the credentials (errors::insufficient_permission).
//!
//! Permission names as NetSuite labels them on a role's Permissions subtabs and quotes them
//! in its violation text ("Lists -> Currency": NetSweet/netsuite's fixture; "Lists ->
//! Subsidiaries", "Lists -> Items": texts quoted by integration notes). Which permission a
//! SuiteQL table needs follows Tim Dietrich's SuiteQL tables and permissions reference as
//! iloveitaly/netsuite-permissions tabulates it; not confirmed against a live account.

use std::collections::BTreeSet;

pub const SALES_ORDER: &str = "Transactions -> Sales Order";
pub const ITEMS: &str = "Lists -> Items";
pub const CUSTOMERS: &str = "Lists -> Customers";
pub const CURRENCY: &str = "Lists -> Currency";
pub const SUBSIDIARIES: &str = "Lists -> Subsidiaries";
pub const TAX_RECORDS: &str = "Lists -> Tax Records";
pub const ACCOUNTING_PERIODS: &str = "Setup -> Manage Accounting Periods";
/// Reading `unitstypeuom`. The label of the role's Lists subtab entry; neither reference
/// above lists this table, so it is not confirmed.
pub const UNITS: &str = "Lists -> Units";

/// The permissions the integration's role lacks (none by default: a role set up as the
/// connector's guide says).
#[derive(Debug, Clone, Default)]
pub struct Role {
    pub lacks: BTreeSet<String>,
}

impl Role {
    /// The first of `needed` this role lacks.
    pub fn missing<'a>(&self, needed: &[&'a str]) -> Option<&'a str> {
        needed.iter().copied().find(|p| self.lacks.contains(*p))
    }
}
