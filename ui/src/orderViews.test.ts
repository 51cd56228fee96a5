import { QueryClient, QueryObserver } from "@tanstack/preact-query";
import { describe, expect, it, vi } from "vitest";

import type { CheckReport } from "./generated/bindings";

const backend = vi.hoisted(() => ({ runCheck: vi.fn() }));
vi.mock("./ipc", async (original) => ({ ...(await original<typeof import("./ipc")>()), backend }));

const { refreshOrderViews } = await import("./orderViews");

const report: CheckReport = { steps: [] };

/** The lists read again, in order, as the client is asked to. */
function listsReadBy(queries: QueryClient): string[] {
  const asked: string[] = [];
  const invalidate = queries.invalidateQueries.bind(queries);
  vi.spyOn(queries, "invalidateQueries").mockImplementation((filters, options) => {
    const key = (filters?.queryKey as string[] | undefined)?.[0];
    if (key && key !== "check") asked.push(key);
    return invalidate(filters, options);
  });
  return asked;
}

describe("after a change, every order view is read again", () => {
  it("runs the check even when no screen shows it, then reads every list of orders", async () => {
    backend.runCheck.mockReset();
    let finishCheck: (r: CheckReport) => void = () => undefined;
    backend.runCheck.mockImplementation(() => new Promise<CheckReport>((done) => (finishCheck = done)));
    const queries = new QueryClient();
    const asked = listsReadBy(queries);
    const refreshed = refreshOrderViews(queries);
    await vi.waitFor(() => expect(backend.runCheck).toHaveBeenCalledTimes(1));
    expect(asked).toEqual([]);
    finishCheck(report);
    await refreshed;
    expect(asked).toEqual(["orders", "waiting", "activity", "reconcile"]);
    expect(queries.getQueryData(["check"])).toBe(report);
  });

  it("runs it once when the wizard shows it", async () => {
    backend.runCheck.mockReset();
    backend.runCheck.mockResolvedValue(report);
    const queries = new QueryClient();
    const wizard = new QueryObserver(queries, { queryKey: ["check"], queryFn: backend.runCheck });
    const stop = wizard.subscribe(() => undefined);
    await vi.waitFor(() => expect(wizard.getCurrentResult().isSuccess).toBe(true));
    backend.runCheck.mockClear();
    await refreshOrderViews(queries);
    expect(backend.runCheck).toHaveBeenCalledTimes(1);
    stop();
  });
});
