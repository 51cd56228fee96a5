//! How much to ask Odoo for at once.

/// Sales orders per `search_read` page when listing documents. Odoo sets no maximum on
/// `limit` (odoo/odoo `odoo/models.py` `search_read`); a thousand orders of nine fields stay
/// well under a megabyte of JSON, and a day's orders of most shops fit in one page.
pub const ORDERS_PER_PAGE: u64 = 1000;
