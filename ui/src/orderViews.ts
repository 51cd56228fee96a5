import type { QueryClient } from "@tanstack/preact-query";

/** Views that show orders; the check's own view is read first (see `refreshOrderViews`). */
const ORDER_LISTS = ["orders", "waiting", "activity", "reconcile"] as const;

/**
 * After anything that can change an order (a check, a fix, an undo, a resend, the monitor),
 * every view that shows orders or what the check said of them is read again, so no list,
 * counter or verdict keeps showing the state before it. The check runs first: it reconciles
 * with the ERP and can move orders itself, so the lists are read after it.
 */
export async function refreshOrderViews(queries: QueryClient) {
  await queries.invalidateQueries({ queryKey: ["check"] });
  await Promise.all(ORDER_LISTS.map((key) => queries.invalidateQueries({ queryKey: [key] })));
}
