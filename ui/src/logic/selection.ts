import type { OrderRow } from "../generated/app";
import type { FindingCode } from "../generated/bindings";

/** Rows of the waiting orders after the problem filter and the search box. */
export function visibleOrders(rows: OrderRow[], problem: FindingCode | null, search: string): OrderRow[] {
  const needle = search.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (problem === null || row.problem === problem) &&
      (needle === "" ||
        row.name.toLocaleLowerCase().includes(needle) ||
        row.customer.toLocaleLowerCase().includes(needle) ||
        (row.email ?? "").toLocaleLowerCase().includes(needle)),
  );
}

/** The problems present among the rows, most frequent first, for the filter. */
export function problemsPresent(rows: OrderRow[]): { code: FindingCode; count: number }[] {
  const counts = new Map<FindingCode, number>();
  for (const row of rows) {
    if (row.problem) counts.set(row.problem, (counts.get(row.problem) ?? 0) + 1);
  }
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
}

/** Select all: every visible row joins the selection (hidden selected rows stay selected). */
export function selectAll(selected: ReadonlySet<string>, visible: OrderRow[]): Set<string> {
  const next = new Set(selected);
  for (const row of visible) next.add(row.external_id);
  return next;
}

/** Select none: every visible row leaves the selection. */
export function selectNone(selected: ReadonlySet<string>, visible: OrderRow[]): Set<string> {
  const next = new Set(selected);
  for (const row of visible) next.delete(row.external_id);
  return next;
}

export function toggle(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** Only what is both selected and still waiting is sent (a row may have been sent meanwhile). */
export function toSend(selected: ReadonlySet<string>, rows: OrderRow[]): string[] {
  return rows.filter((r) => selected.has(r.external_id)).map((r) => r.external_id);
}

/**
 * The selection without the orders that left the list (sent by another way, or gone from the
 * store): an order that comes back later is not ticked again, unseen, for the next resend.
 */
export function keepListed(selected: ReadonlySet<string>, rows: OrderRow[]): ReadonlySet<string> {
  const listed = new Set(rows.map((r) => r.external_id));
  const kept = [...selected].filter((id) => listed.has(id));
  return kept.length === selected.size ? selected : new Set(kept);
}

/** The problem filter, while some listed order still has that problem; otherwise none. */
export function liveProblem(problem: FindingCode | null, rows: OrderRow[]): FindingCode | null {
  return problem !== null && rows.some((r) => r.problem === problem) ? problem : null;
}

/** The rows with the problem the check names now, where it knows the order. */
export function withCurrentProblems(rows: OrderRow[], problems: ReadonlyMap<string, FindingCode | null> | null): OrderRow[] {
  if (!problems) return rows;
  return rows.map((row) => {
    const now = problems.get(row.name);
    return now === undefined || now === row.problem ? row : { ...row, problem: now };
  });
}
