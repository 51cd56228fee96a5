import type { QueryClient } from "@tanstack/preact-query";

import { backend } from "./ipc";

/** Views that show orders; the check's own view is read first (see `refreshOrderViews`). */
const ORDER_LISTS = ["orders", "waiting", "activity", "reconcile"] as const;

/**
 * After anything that can change an order (a check, a fix, an undo, a resend, the monitor),
 * every view that shows orders or what the check said of them is read again, so no list,
 * counter or verdict keeps showing the state before it. The check runs first: it reconciles
 * with the ERP and can move orders itself, so the lists are read after it.
 */
export async function refreshOrderViews(queries: QueryClient) {
  // Run, not only mark stale: from a screen without the check (Orders, Activity) marking it
  // refetched nothing, so "Check again" there neither reconciled nor set the tray's colour.
  // One run serves the wizard too: marking it stale here does not start a second.
  // A check already under way may have read the orders before the change: it gives way.
  await queries.cancelQueries({ queryKey: ["check"] });
  await queries.invalidateQueries({ queryKey: ["check"], refetchType: "none" });
  await queries.fetchQuery({ queryKey: ["check"], queryFn: backend.runCheck }).catch(() => undefined);
  await Promise.all(ORDER_LISTS.map((key) => queries.invalidateQueries({ queryKey: [key] })));
}
