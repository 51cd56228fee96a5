-- Orders as the store sold them. The normalised order and the raw payload are both kept:
-- the first drives every check, the second is the audit trail.
CREATE TABLE orders (
    external_id   TEXT PRIMARY KEY,          -- stable key sent to the ERP (source-storeid)
    store_id      TEXT NOT NULL,
    name          TEXT NOT NULL,             -- '#1042'
    source        TEXT NOT NULL,
    created_at    TEXT NOT NULL,             -- RFC 3339, UTC
    order_json    TEXT NOT NULL,
    erp_id        TEXT,                      -- set once the ERP is known to hold the order
    erp_status    TEXT,
    sync_state    TEXT NOT NULL DEFAULT 'unknown'
                  CHECK (sync_state IN ('unknown', 'pending', 'sending', 'synced', 'failed')),
    last_code     TEXT,                      -- finding code of the last failed attempt
    ingested_at   TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX orders_by_state ON orders (sync_state, created_at);

-- Every write attempt to the ERP: the intent is recorded before the call, the result after.
CREATE TABLE sync_attempts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    external_id   TEXT NOT NULL REFERENCES orders (external_id),
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    request_json  TEXT NOT NULL,             -- what was sent (never a credential)
    outcome       TEXT NOT NULL DEFAULT 'sending'
                  CHECK (outcome IN ('sending', 'created', 'already_in_erp', 'failed')),
    http_status   INTEGER,
    raw_answer    TEXT,
    code          TEXT,                      -- classified finding code when failed
    error_key     TEXT,
    summary       TEXT,
    erp_id        TEXT,
    erp_status    TEXT
);
CREATE INDEX attempts_by_order ON sync_attempts (external_id, id);

-- The last check's findings, for the app to show without re-running it.
CREATE TABLE findings (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    checked_at    TEXT NOT NULL,
    step          INTEGER NOT NULL,
    code          TEXT NOT NULL,
    severity      TEXT NOT NULL,
    group_key     TEXT,
    finding_json  TEXT NOT NULL
);

-- User decisions that translate store values to ERP values (SKU, country, tax, …).
CREATE TABLE mappings (
    kind          TEXT NOT NULL CHECK (kind IN ('sku', 'country', 'state', 'tax', 'currency', 'customer')),
    from_value    TEXT NOT NULL,
    to_value      TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (kind, from_value)
);

-- Every change the app makes, with what it was before and after.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,             -- 'user', 'monitor', 'resend'
    action        TEXT NOT NULL,
    subject       TEXT NOT NULL,
    before_json   TEXT,
    after_json    TEXT
);

-- Cursors of incremental pulls, per store.
CREATE TABLE sync_state (
    name          TEXT PRIMARY KEY,
    value         TEXT NOT NULL
);
