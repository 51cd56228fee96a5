import { QueryClient, QueryClientProvider } from "@tanstack/preact-query";
import { fireEvent, render, screen } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";

import type { FixPlan, PlanOutcome, PlanPreview } from "../generated/plan";
import { text } from "../text";

const hostile = '<img src=x onerror="window.__pwned=1">';
const backend = vi.hoisted(() => ({ previewPlan: vi.fn(), applyPlan: vi.fn(), undoChange: vi.fn(), runCheck: vi.fn() }));
vi.mock("../ipc", async (original) => ({ ...(await original<typeof import("../ipc")>()), backend }));

const { PlanDialog } = await import("./PlanDialog");

const fix = (remedy: string) => ({ remedy, label: remedy, problems: [], orders: ["#1"], unblocks: ["#1"] });
const plan: FixPlan = { erp: "NetSuite", waiting: ["#1", "#2"], fixes: [fix("map-sku:A=B"), fix("create-item:C"), fix("policy:fit-text=on")], for_a_person: [], sends: ["#1"] };
const preview: PlanPreview = {
  fixes: plan.fixes.map((f) => ({ remedy: f.remedy, change: "", erp_change: f.remedy === "create-item:C" ? "Creates the item" : "", clears: [], still_blocked: [], notes: [] })),
  writes: [{ order: "#1", external_id: "gid-1", customer: hostile, total: "10.00", currency: "USD" }],
  safety: "Each order is looked up first.",
  notes: [],
  not_sent: [],
};
const outcome: PlanOutcome = {
  fixes: [
    { remedy: "map-sku:A=B", change: 11, error: null },
    { remedy: "create-item:C", change: 12, error: null },
    { remedy: "policy:fit-text=on", change: 13, error: null },
  ],
  results: [{ order: "#1", outcome: "created", erp_id: "9", erp_status: "Pending Fulfillment", verified: true, code: null, message: null, state: "verified", retry_at: null }],
  not_sent: [],
};

describe("the plan's dialog", () => {
  it("previews every write with store text as text, applies exactly that, and undoes its mappings and rules newest first", async () => {
    backend.previewPlan.mockResolvedValue(preview);
    backend.applyPlan.mockResolvedValue(outcome);
    backend.undoChange.mockResolvedValue(20);
    backend.runCheck.mockResolvedValue({ steps: [] });
    const { container } = render(
      <QueryClientProvider client={new QueryClient()}>
        <PlanDialog plan={plan} onClose={() => undefined} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText(hostile)).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText("Creates the item")).toBeTruthy();
    fireEvent.click(screen.getByTestId("plan-confirm"));
    await screen.findByTestId("plan-done");
    expect(backend.applyPlan).toHaveBeenCalledWith(["map-sku:A=B", "create-item:C", "policy:fit-text=on"], ["#1"], expect.any(Function));
    fireEvent.click(screen.getByTestId("plan-undo"));
    expect(await screen.findByText(text.plan.undone(2))).toBeTruthy();
    expect(backend.undoChange.mock.calls).toEqual([[13], [11]]);
  });
});
