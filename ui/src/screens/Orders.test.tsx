import { QueryClient, QueryClientProvider } from "@tanstack/preact-query";
import { render, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";

import type { OrderRow, OrdersQuery } from "../generated/app";
import { text } from "../text";

const backend = vi.hoisted(() => ({ ordersPage: vi.fn() }));
vi.mock("../ipc", async (original) => ({ ...(await original<typeof import("../ipc")>()), backend }));

const { Orders } = await import("./Orders");

// jsdom lays nothing out: the table's scroller is tall enough for every row to be in view.
Object.defineProperty(HTMLElement.prototype, "clientHeight", {
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains("virtual-scroll") ? 300 * 36 : 0;
  },
});

function order(n: number, sent: boolean): OrderRow {
  return {
    name: `#${n}`, external_id: `gid-${n}`, created_at: "2026-11-20T10:00:00Z", customer: `Buyer ${n}`, email: null, total: "10.00", currency: "USD",
    state: sent ? "verified" : "failed", problem: sent ? null : "sku_not_found", erp_id: null, erp_status: null, retry_at: null, store_status: null,
  };
}

describe("the orders table after a resend", () => {
  it("reads every page again, not only the first, so a sent order further down shows it", async () => {
    // 250 orders: the first page holds 200; #240 is on the second.
    let sent = false;
    backend.ordersPage.mockImplementation(({ offset, limit }: OrdersQuery) => {
      const all = Array.from({ length: 250 }, (_, i) => order(i + 1, i + 1 === 240 && sent));
      return Promise.resolve({ total: all.length, offset, rows: all.slice(offset, offset + limit) });
    });
    const queries = new QueryClient();
    const { container } = render(
      <QueryClientProvider client={queries}>
        <Orders />
      </QueryClientProvider>,
    );
    const problemOf240 = () => container.querySelector('[role="row"][data-order="#240"]')?.lastElementChild?.textContent;
    // 250 rows take jsdom a while to draw.
    await waitFor(() => expect(problemOf240()).toBe(text.problem.sku_not_found), { timeout: 5000 });
    sent = true;
    await queries.invalidateQueries({ queryKey: ["orders"] });
    await waitFor(() => expect(problemOf240()).toBe(""), { timeout: 5000 });
    expect(screen.getAllByText(text.state.verified)).toHaveLength(1);
  }, 15_000);
});
