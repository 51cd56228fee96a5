-- Pages of orders are sorted by date with the external id breaking ties. An index holding
-- both (and the state the waiting filter reads) lets a page be read off the index in order,
-- instead of sorting every matching order in a temporary B-tree: the first page of 10,000
-- waiting orders among 100,000 went from 17 ms to well under the 10 ms target.
CREATE INDEX orders_by_date_and_id ON orders (created_at, external_id, sync_state);
DROP INDEX orders_by_date;
