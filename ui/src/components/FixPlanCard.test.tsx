import { QueryClient, QueryClientProvider } from "@tanstack/preact-query";
import { act, render, screen } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";

import type { FixPlan } from "../generated/plan";
import { text } from "../text";

const hostile = '<img src=x onerror="window.__pwned=1">';
const plan: FixPlan = {
  erp: "NetSuite",
  waiting: ["#1", "#2", "#3"],
  fixes: [{ remedy: "map-sku:A=B", label: `Use "B" for "${hostile}"`, problems: [], orders: ["#1", "#2"], unblocks: ["#1", "#2"] }],
  for_a_person: [{ code: "currency_inactive", message: `1 order is in ${hostile}.`, fix: "Activate it.", place: "NetSuite: Lists → Accounting → Currencies", orders: ["#3"], blocks: true }],
  sends: ["#1", "#2"],
};
const backend = vi.hoisted(() => ({ fixPlan: vi.fn() }));
vi.mock("../ipc", async (original) => ({ ...(await original<typeof import("../ipc")>()), backend }));

const { FixPlanCard } = await import("./FixPlanCard");

describe("the fix plan card", () => {
  it("sums the check up with counts, where to click, and store text shown as text", async () => {
    backend.fixPlan.mockResolvedValue(plan);
    const { container } = render(
      <QueryClientProvider client={new QueryClient()}>
        <FixPlanCard report={{ steps: [] }} checkedAt={1} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText(text.plan.waiting(3, "NetSuite"))).toBeTruthy();
    expect(screen.getByText(`Use "B" for "${hostile}"`)).toBeTruthy();
    expect(screen.getByText(text.plan.unblocks(2))).toBeTruthy();
    expect(screen.getByText(text.plan.holdsBack(1))).toBeTruthy();
    expect(screen.getByText("NetSuite: Lists → Accounting → Currencies")).toBeTruthy();
    expect(screen.getByTestId("plan-apply").textContent).toBe(text.plan.apply(2));
    expect(container.querySelector("img")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("keeps focus in the card when the check after a plan leaves nothing to apply", async () => {
    backend.fixPlan.mockResolvedValueOnce(plan).mockResolvedValueOnce({ ...plan, fixes: [], for_a_person: [], sends: [] });
    const queries = new QueryClient();
    const card = (checkedAt: number) => (
      <QueryClientProvider client={queries}>
        <FixPlanCard report={{ steps: [] }} checkedAt={checkedAt} />
      </QueryClientProvider>
    );
    const { rerender } = render(card(1));
    const apply = (await screen.findByTestId("plan-apply")) as HTMLButtonElement;
    apply.focus();
    expect(document.activeElement).toBe(apply);
    rerender(card(2));
    await screen.findByText(text.plan.nothing);
    await act(() => undefined);
    expect(apply.disabled).toBe(true);
    expect(document.activeElement).toBe(screen.getByTestId("fix-plan"));
  });
});
