-- Orders the store does not count as ready to book (unpaid, cancelled) are held out of the
-- queue in their own state, `not_ready`, until the store moves them on. SQLite cannot change
-- a CHECK constraint in place, so the table is rebuilt as in 0003 (foreign keys deferred:
-- sync_attempts' rows find their parent again before the commit checks them), keeping the
-- columns 0007 added.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE orders_before_not_ready AS SELECT * FROM orders;
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
                                          'failed', 'retry_scheduled', 'dead', 'not_ready')),
    last_code       TEXT,
    retry_count     INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    ingested_at     TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    erp_seen_at     TEXT,
    left_erp_at     TEXT,
    left_erp_from   TEXT
);
INSERT INTO orders (external_id, store_id, name, source, created_at, order_json, erp_id,
                    erp_status, sync_state, last_code, retry_count, next_attempt_at,
                    ingested_at, updated_at, erp_seen_at, left_erp_at, left_erp_from)
SELECT external_id, store_id, name, source, created_at, order_json, erp_id,
       erp_status, sync_state, last_code, retry_count, next_attempt_at, ingested_at, updated_at,
       erp_seen_at, left_erp_at, left_erp_from
FROM orders_before_not_ready;
DROP TABLE orders_before_not_ready;
CREATE INDEX orders_by_state ON orders (sync_state, created_at);
CREATE INDEX orders_due ON orders (next_attempt_at) WHERE sync_state = 'retry_scheduled';
CREATE INDEX orders_by_date_and_id ON orders (created_at, external_id, sync_state);
