import { QueryClient, QueryClientProvider } from "@tanstack/preact-query";
import { render, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";

import type { PullProgress } from "../generated/app";
import type { CheckReport } from "../generated/bindings";
import { dateTime } from "../language";
import { text } from "../text";

const backend = vi.hoisted(() => ({ runCheck: vi.fn(), lastCheck: vi.fn(), fixPlan: vi.fn(), uiRendered: vi.fn() }));
const pullProgress = vi.hoisted(() => ({ tell: null as ((step: PullProgress) => void) | null }));
const events = vi.hoisted(() => ({
  onPullProgress: (handler: (step: PullProgress) => void) => {
    pullProgress.tell = handler;
    return Promise.resolve(() => undefined);
  },
}));
vi.mock("../ipc", async (original) => ({ ...(await original<typeof import("../ipc")>()), backend, events }));

const { Wizard } = await import("./Wizard");

function report(summary: string): CheckReport {
  return { steps: [{ step: 1, title: "Status and connection", status: "ok", summary, findings: [] }] };
}

describe("the five steps on opening", () => {
  it("draws the last check at once, marked with its time, and replaces it with the new one", async () => {
    const checkedAt = Date.UTC(2026, 11, 7, 9, 30);
    backend.lastCheck.mockResolvedValue({ checked_at_ms: checkedAt, report: report("as it was") });
    let finish: (report: CheckReport) => void = () => undefined;
    backend.runCheck.mockReturnValue(new Promise<CheckReport>((resolve) => (finish = resolve)));
    backend.fixPlan.mockResolvedValue({ erp: "NetSuite", waiting: [], fixes: [], for_a_person: [], sends: [] });
    backend.uiRendered.mockResolvedValue(null);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Wizard ready requestedStep={null} onStepShown={() => undefined} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText("as it was")).toBeTruthy();
    const earlier = screen.getByTestId("earlier-check");
    expect(earlier.textContent).toBe(text.wizard.earlierCheck(dateTime(new Date(checkedAt).toISOString())));
    await waitFor(() => expect(backend.uiRendered).toHaveBeenCalledWith(0, true));
    // A large first pull says how far it is while the new check runs.
    pullProgress.tell?.({ phase: "downloading", bytes: 512, of: 1024 });
    expect(await screen.findByText(text.pull.downloading(50))).toBeTruthy();

    finish(report("as it is now"));
    expect(await screen.findByText("as it is now")).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId("earlier-check")).toBeNull());
    expect(screen.queryByText("as it was")).toBeNull();
    expect(screen.queryByText(text.pull.downloading(50))).toBeNull();
    await waitFor(() => expect(backend.uiRendered).toHaveBeenCalledWith(0, false));
  });

  it("waits for the check when none was kept", async () => {
    backend.lastCheck.mockResolvedValue(null);
    backend.runCheck.mockResolvedValue(report("the first one"));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Wizard ready requestedStep={null} onStepShown={() => undefined} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText("the first one")).toBeTruthy();
    expect(screen.queryByTestId("earlier-check")).toBeNull();
  });
});
