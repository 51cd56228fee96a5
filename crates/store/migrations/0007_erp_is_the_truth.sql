-- The ERP's answer wins over the local state (issue 23).
--   erp_seen_at:   when the ERP last confirmed it holds the order (a lookup or a write's answer).
--   left_erp_at:   when a check found that an order the ERP held is not there any more; the
--                  order is then waiting to be sent again, and this says why.
--   left_erp_from: the document it was, as a person would look for it ("SO12 (Confirmed)").
ALTER TABLE orders ADD COLUMN erp_seen_at TEXT;
ALTER TABLE orders ADD COLUMN left_erp_at TEXT;
ALTER TABLE orders ADD COLUMN left_erp_from TEXT;
