-- An export's orders are read in file order a batch at a time, each batch with its lines
-- (a large shop's file need not fit in memory): the lines are found by their order.
CREATE INDEX store_export_objects_by_parent ON store_export_objects (store, parent_id, line_no);
