import { useQuery, useQueryClient } from "@tanstack/preact-query";
import { useCallback, useEffect, useState } from "preact/hooks";

import { Data } from "../components/Data";
import { Alert, Row, Stack, Switch, TextField } from "../components/elements";
import { VirtualTable } from "../components/VirtualTable";
import type { OrderRow, OrdersPage } from "../generated/app";
import { backend, errorText } from "../ipc";
import { dateTime, money } from "../language";
import { useDebounced } from "../logic/debounce";
import { pagesFor, rowAt } from "../logic/pages";
import { text } from "../text";

const PAGE = 200;
const ROW_HEIGHT = 46;
// The status and problem columns share what is left with the customer: their words are up to
// half again as long in German or French.
const COLUMNS = "80px 140px minmax(0, 1.2fr) 110px minmax(0, 1fr) minmax(0, 1fr)";

/** 100,000 orders scroll smoothly: only the rows in view exist, fetched a page at a time. */
export function Orders() {
  const queries = useQueryClient();
  const [typed, setTyped] = useState("");
  const search = useDebounced(typed, 250);
  const [onlyWaiting, setOnlyWaiting] = useState(false);
  const key = ["orders", search, onlyWaiting] as const;
  const load = (n: number) =>
    backend.ordersPage({ search: search || null, only_waiting: onlyWaiting, offset: n * PAGE, limit: PAGE });
  // Later pages are cached under their own keys, fetched as they scroll into view.
  const page = (n: number) => queries.fetchQuery({ queryKey: [...key, "page", n], queryFn: () => load(n) });
  const first = useQuery({ queryKey: [...key, "first"], queryFn: () => load(0) });
  const total = first.data?.total ?? 0;
  const [pages, setPages] = useState<Map<number, OrderRow[]>>(new Map());

  // On every read of the first page, not only when it changed: a first page read again just
  // as it was keeps its object, and later pages would keep what they showed before a resend.
  useEffect(() => {
    setPages(first.data ? new Map([[0, first.data.rows]]) : new Map());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [first.dataUpdatedAt]);

  const [range, setRange] = useState<[number, number]>([0, -1]);
  const onRange = useCallback((first: number, last: number) => setRange([first, last]), []);

  useEffect(() => {
    const missing = pagesFor(range[0], range[1], PAGE, total).filter((p) => !pages.has(p));
    for (const p of missing) {
      void page(p).then((loaded: OrdersPage) => setPages((m) => new Map(m).set(p, loaded.rows)));
    }
    // `page` closes over the same key as `pages`; listing it would refetch on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [range, total, pages]);

  return (
    <Stack>
      <h2 className="title-2">{text.orders.title}</h2>
      <Row align="end" gap="md">
        <TextField label={text.orders.search} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} style={{ width: 360 }} data-testid="orders-search" />
        <Switch label={text.orders.onlyWaiting} checked={onlyWaiting} onChange={(e) => setOnlyWaiting(e.currentTarget.checked)} />
      </Row>
      {first.isError && <Alert tone="red" role="alert">{errorText(first.error)}</Alert>}
      <p className="small" role="status" data-testid="orders-count">
        {text.orders.count(total)}
      </p>
      {first.data && total === 0 && <p>{text.orders.empty}</p>}
      <VirtualTable
        label={text.orders.title}
        columns={COLUMNS}
        headers={[text.orders.column.order, text.orders.column.date, text.orders.column.customer, text.orders.column.total, text.orders.column.status, text.orders.column.problem]}
        count={total}
        rowHeight={ROW_HEIGHT}
        height="calc(100vh - 300px)"
        onRange={onRange}
        rowProps={(index) => ({ "data-order": rowAt(pages, index, PAGE)?.name })}
        renderRow={(index) => {
          const row = rowAt(pages, index, PAGE);
          if (!row) return <span role="cell">{text.orders.loadingRow}</span>;
          return (
            <>
              <span role="cell"><Data value={row.name} /></span>
              <span role="cell">{dateTime(row.created_at)}</span>
              <span role="cell" data-column="customer"><Data value={row.customer} /></span>
              <span role="cell"><Data value={money(row.total, row.currency)} /></span>
              <span role="cell">{text.state[row.state]}</span>
              <span role="cell">
                {row.problem ? text.problem[row.problem] : row.state === "not_ready" && row.store_status ? <Data value={row.store_status} /> : ""}
              </span>
            </>
          );
        }}
      />
    </Stack>
  );
}
