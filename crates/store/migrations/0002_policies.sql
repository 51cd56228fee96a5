-- Remembered rules the user chose for whole classes of orders (post into the first open
-- period; shorten or clean text the ERP refuses). Changes are audited like mappings.
CREATE TABLE policies (
    name          TEXT PRIMARY KEY,
    value         TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
