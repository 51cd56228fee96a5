import type { QueryClient } from "@tanstack/preact-query";
import { describe, expect, it } from "vitest";

import { refreshOrderViews } from "./orderViews";

describe("after a change, every order view is read again", () => {
  it("reads the check first, then every list of orders, the reconciliation included", async () => {
    const asked: string[] = [];
    let finishCheck: () => void = () => undefined;
    const queries = {
      invalidateQueries: ({ queryKey }: { queryKey: [string] }) => {
        asked.push(queryKey[0]);
        return queryKey[0] === "check" ? new Promise<void>((done) => (finishCheck = done)) : Promise.resolve();
      },
    } as unknown as QueryClient;
    const refreshed = refreshOrderViews(queries);
    await Promise.resolve();
    expect(asked).toEqual(["check"]);
    finishCheck();
    await refreshed;
    expect(asked).toEqual(["check", "orders", "waiting", "activity", "reconcile"]);
  });
});
