-- The orders table lists newest first; without this index every page sorts the whole table.
CREATE INDEX orders_by_date ON orders (created_at);
