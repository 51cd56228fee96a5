-- A store's export in progress (Shopify's bulk operations): the operation to poll, what it was
-- asked for, how far its file has been read, and the objects read so far. Each batch of lines
-- and the byte after the last of them are committed together, so a pull stopped at any point
-- resumes from that byte with what it had; objects are keyed by their id, so a line read twice
-- is kept once. The file's address is a bearer link to the shop's data and is not stored: it is
-- asked for again.
CREATE TABLE store_exports (
    store        TEXT PRIMARY KEY,
    operation    TEXT NOT NULL,
    since        TEXT,
    started_at   TEXT NOT NULL,
    bytes_read   INTEGER NOT NULL DEFAULT 0,
    lines_read   INTEGER NOT NULL DEFAULT 0,
    downloaded   INTEGER NOT NULL DEFAULT 0 CHECK (downloaded IN (0, 1))
);
CREATE TABLE store_export_objects (
    store      TEXT NOT NULL REFERENCES store_exports (store) ON DELETE CASCADE,
    object_id  TEXT NOT NULL,
    parent_id  TEXT,
    line_no    INTEGER NOT NULL,
    json       TEXT NOT NULL,
    PRIMARY KEY (store, object_id)
);
CREATE INDEX store_export_objects_by_line ON store_export_objects (store, line_no);
