import { QueryClient, QueryClientProvider } from "@tanstack/preact-query";
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";

import type { OrderRow, ResendRow } from "../generated/app";
import type { CheckReport, Finding, FindingCode } from "../generated/bindings";
import { text } from "../text";

const backend = vi.hoisted(() => ({ ordersPage: vi.fn(), resendOrders: vi.fn() }));
vi.mock("../ipc", async (original) => ({ ...(await original<typeof import("../ipc")>()), backend }));

const { ResendPanel } = await import("./ResendPanel");

function panel(report?: CheckReport) {
  const queries = new QueryClient();
  const shown = render(
    <QueryClientProvider client={queries}>
      <ResendPanel report={report} />
    </QueryClientProvider>,
  );
  return { queries, container: shown.container, rerender: (next: CheckReport) => shown.rerender(
    <QueryClientProvider client={queries}>
      <ResendPanel report={next} />
    </QueryClientProvider>,
  ) };
}

/** A check whose findings name these orders, and that lists `waiting` as not in the ERP. */
function check(findings: [FindingCode, string[]][], waitingNames: string[]): CheckReport {
  const finding = (code: FindingCode, orders: string[]): Finding => ({
    code, severity: code === "order_not_synced" ? "warning" : "error", key: null, orders, message: "", fix: "", detail: "", remedies: [],
  });
  return {
    steps: [
      { step: 2, title: "", status: "failed", summary: "", findings: findings.map(([code, orders]) => finding(code, orders)) },
      { step: 5, title: "", status: "warning", summary: "", findings: [finding("order_not_synced", waitingNames)] },
    ],
  };
}

function row(n: number, problem: FindingCode | null): OrderRow {
  return {
    name: `#${n}`, external_id: `gid-${n}`, created_at: "2026-11-20T10:00:00Z", customer: `Buyer ${n}`, email: null,
    total: "10.00", currency: "USD", state: problem ? "failed" : "checked", problem, erp_id: null, erp_status: null, retry_at: null, store_status: null,
  };
}

let waiting: OrderRow[] = [];

// jsdom lays nothing out: the table's scroller gets a height, so its rows are drawn.
Object.defineProperty(HTMLElement.prototype, "clientHeight", {
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains("virtual-scroll") ? 400 : 0;
  },
});

beforeEach(() => {
  waiting = [row(1, "tax_code_unmapped"), row(2, "sku_not_found"), row(3, "sku_not_found"), row(4, null), row(5, "currency_inactive"), row(6, null)];
  backend.ordersPage.mockImplementation(() => Promise.resolve({ total: waiting.length, offset: 0, rows: waiting }));
});

const ticked = (container: Element) => [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((c) => c.checked).map((c) => c.getAttribute("aria-label"));

describe("the waiting list after a resend", () => {
  it("ticks nothing and no longer lists what was sent", async () => {
    backend.resendOrders.mockImplementation((orders: string[]) => {
      waiting = waiting.filter((r) => !orders.includes(r.external_id));
      return Promise.resolve(orders.map((id): ResendRow => ({ order: id.replace("gid-", "#"), outcome: "created", erp_id: "9", erp_status: "Pending Fulfillment", verified: true, code: null, message: null, state: "verified", retry_at: null })));
    });
    const { container } = panel();
    fireEvent.click(await screen.findByLabelText(text.resend.selectOrder("#2")));
    fireEvent.click(screen.getByLabelText(text.resend.selectOrder("#3")));
    expect(screen.getByTestId("selected-count").textContent).toBe(text.resend.selected(2, 6));
    fireEvent.click(screen.getByTestId("resend-selected"));
    await waitFor(() => expect(screen.queryByLabelText(text.resend.selectOrder("#2"))).toBeNull());
    expect(ticked(container)).toEqual([]);
    expect(screen.getByTestId("selected-count").textContent).toBe(text.resend.selected(0, 4));
  });

  it("forgets ticked orders that another resend sent, so one that comes back is not ticked unseen", async () => {
    const { queries, container } = panel();
    fireEvent.click(await screen.findByLabelText(text.resend.selectOrder("#2")));
    fireEvent.click(screen.getByLabelText(text.resend.selectOrder("#3")));
    // The fix plan sends both: the list is read again without them.
    const two = row(2, "sku_not_found");
    waiting = waiting.filter((r) => r.name !== "#2" && r.name !== "#3");
    await queries.invalidateQueries({ queryKey: ["waiting"] });
    await waitFor(() => expect(screen.getByTestId("selected-count").textContent).toBe(text.resend.selected(0, 4)));
    // NetSuite lost #2 again: it waits once more, and nobody ticked it this time.
    waiting = [...waiting, { ...two, problem: "order_left_erp" }];
    await queries.invalidateQueries({ queryKey: ["waiting"] });
    await screen.findByLabelText(text.resend.selectOrder("#2"));
    expect(ticked(container)).toEqual([]);
    expect(screen.getByTestId("selected-count").textContent).toBe(text.resend.selected(0, 5));
  });

  it("drops a problem filter once no listed order has that problem, instead of hiding every order", async () => {
    backend.resendOrders.mockImplementation((orders: string[]) => {
      waiting = waiting.filter((r) => !orders.includes(r.external_id));
      return Promise.resolve([]);
    });
    const { container } = panel();
    await screen.findByLabelText(text.resend.selectOrder("#2"));
    fireEvent.change(screen.getByTestId("problem-filter"), { target: { value: "sku_not_found" } });
    await waitFor(() => expect(screen.queryByLabelText(text.resend.selectOrder("#1"))).toBeNull());
    fireEvent.click(screen.getByTestId("select-all"));
    fireEvent.click(screen.getByTestId("resend-selected"));
    // Every order with that problem was sent: the four left are listed, under "Any problem".
    await screen.findByLabelText(text.resend.selectOrder("#1"));
    expect(container.querySelectorAll('[role="row"][data-order]').length).toBe(4);
    expect((screen.getByTestId("problem-filter") as HTMLSelectElement).value).toBe("");
  });

  it("says what the check says now: an order a fix cleared is ready to send, not still refused", async () => {
    const names = waiting.map((r) => r.name);
    const before = check([["tax_code_unmapped", ["#1"]], ["sku_not_found", ["#2", "#3"]], ["currency_inactive", ["#5"]]], names);
    const { container, rerender } = panel(before);
    const problemOf = (name: string) => container.querySelector(`[role="row"][data-order="${name}"]`)?.children[4]?.textContent;
    await waitFor(() => expect(problemOf("#2")).toBe(text.problem.sku_not_found));
    // The SKU is mapped; the check read again no longer names #2 and #3. Their last write
    // still failed on the SKU, which the list must not keep saying.
    rerender(check([["tax_code_unmapped", ["#1"]], ["currency_inactive", ["#5"]]], names));
    await waitFor(() => expect(problemOf("#2")).toBe(text.resend.ready));
    expect(problemOf("#3")).toBe(text.resend.ready);
    expect(problemOf("#1")).toBe(text.problem.tax_code_unmapped);
    const filter = screen.getByTestId("problem-filter") as HTMLSelectElement;
    expect([...filter.options].map((o) => o.value)).not.toContain("sku_not_found");
  });
});
