-- The durable queue (issue 7): every order's state is one of
--   new → checked → sending → sent → verified, or failed (a data error: waits for a remedy),
--   retry_scheduled (a transient error: tried again at next_attempt_at), dead (retries used up).
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt. Migrations run
-- inside a transaction, where foreign keys cannot be switched off; they are deferred instead:
-- dropping `orders` leaves sync_attempts' rows without a parent until the same rows are
-- inserted into the new `orders`, and the check at commit finds every row's parent again.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE orders_before_queue AS SELECT * FROM orders;
DROP TABLE orders;
CREATE TABLE orders (
    external_id     TEXT PRIMARY KEY,
    store_id        TEXT NOT NULL,
    name            TEXT NOT NULL,
    source          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    order_json      TEXT NOT NULL,
    erp_id          TEXT,
    erp_status      TEXT,
    sync_state      TEXT NOT NULL DEFAULT 'new'
                    CHECK (sync_state IN ('new', 'checked', 'sending', 'sent', 'verified',
                                          'failed', 'retry_scheduled', 'dead')),
    last_code       TEXT,
    retry_count     INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,                    -- RFC 3339, UTC; set in retry_scheduled only
    ingested_at     TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
INSERT INTO orders (external_id, store_id, name, source, created_at, order_json, erp_id,
                    erp_status, sync_state, last_code, ingested_at, updated_at)
SELECT external_id, store_id, name, source, created_at, order_json, erp_id, erp_status,
       CASE sync_state WHEN 'unknown' THEN 'new' WHEN 'pending' THEN 'checked'
                       WHEN 'synced' THEN 'verified' ELSE sync_state END,
       last_code, ingested_at, updated_at
FROM orders_before_queue;
DROP TABLE orders_before_queue;
CREATE INDEX orders_by_state ON orders (sync_state, created_at);
CREATE INDEX orders_due ON orders (next_attempt_at) WHERE sync_state = 'retry_scheduled';
