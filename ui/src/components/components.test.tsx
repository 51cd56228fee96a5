import { QueryClient, QueryClientProvider } from "@tanstack/preact-query";
import { render, screen } from "@testing-library/preact";
import type { ComponentChildren } from "preact";
import { describe, expect, it, vi } from "vitest";

import type { Finding } from "../generated/bindings";
import { text } from "../text";
import { CrashNotice } from "./CrashNotice";
import { FindingCard } from "./FindingCard";
import { ResendResults } from "./ResendResults";

const hostile = '<img src=x onerror="window.__pwned=1">';

function wrap(children: ComponentChildren) {
  return render(<QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>);
}

describe("customer data is shown as text", () => {
  it("never becomes markup in a finding", () => {
    const finding: Finding = {
      code: "customer_not_found",
      severity: "error",
      key: hostile,
      orders: ["#1001", `#<b>1002</b>`],
      message: `2 orders wait for ${hostile}.`,
      fix: "Create the customer.",
      detail: `raw: ${hostile}`,
      remedies: [{ id: "create-customer:x", label: `Create ${hostile}` }],
    };
    const { container } = wrap(<FindingCard finding={finding} onRemedy={() => undefined} />);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
    expect(screen.getByText(`2 orders wait for ${hostile}.`)).toBeTruthy();
    expect(screen.getByText(`Create ${hostile}`)).toBeTruthy();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("right-to-left and emoji names keep their own direction", () => {
    const name = "‏שרה כהן 🎉";
    wrap(
      <ResendResults
        results={[
          { order: name, outcome: "created", erp_id: "9", erp_status: "Pending Fulfillment", verified: true, code: null, message: null, state: "verified", retry_at: null },
        ]}
      />,
    );
    const cell = screen.getByText(name);
    expect(cell.getAttribute("dir")).toBe("auto");
    expect(screen.getByText(text.resend.outcome.verified)).toBeTruthy();
  });
});

describe("a fault in the window", () => {
  it("shows a notice with a way out instead of an empty window", () => {
    const Broken = () => {
      throw new Error("render failed");
    };
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <CrashNotice>
        <Broken />
      </CrashNotice>,
    );
    quiet.mockRestore();
    expect(screen.getByRole("alert").textContent).toContain(text.crash.title);
    expect(screen.getByText("render failed")).toBeTruthy();
    expect(screen.getByRole("button", { name: text.crash.reload })).toBeTruthy();
  });
});
