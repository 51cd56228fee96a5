import { describe, expect, it } from "vitest";

import type { CheckReport } from "./generated/bindings";
import { anchorFor, countFindings, renderReport, statusLabel } from "./render";

const hostile = '<img src=x onerror="window.__pwned=1">';

function report(): CheckReport {
  return {
    steps: [
      { step: 1, title: "Status and connection", status: "ok", summary: "Connected.", findings: [] },
      {
        step: 2,
        title: "Error log",
        status: "failed",
        summary: "2 orders not in NetSuite.",
        findings: [
          {
            code: "customer_not_found",
            severity: "error",
            key: hostile,
            orders: ["#1001", `#<b>1002</b>`],
            message: `2 orders wait for a customer NetSuite cannot find: ${hostile}.`,
            fix: "Create the customer.",
            detail: `#1001: ${hostile}`,
            remedies: [],
          },
        ],
      },
    ],
  };
}

describe("renderReport", () => {
  it("shows every step with its status label", () => {
    const view = renderReport(document, report(), true);
    expect(view.querySelectorAll("section.step")).toHaveLength(2);
    expect(view.querySelector("section.step.ok .badge")?.textContent).toBe("OK");
    expect(view.querySelector("section.step.failed .badge")?.textContent).toBe("Blocked");
    expect(view.querySelector(".banner")?.textContent).toContain("demo data");
  });

  it("renders customer data as text, never as HTML", () => {
    const view = renderReport(document, report(), false);
    document.body.replaceChildren(view);
    expect(view.querySelector("img")).toBeNull();
    expect(view.querySelector("b")).toBeNull();
    expect(view.textContent).toContain(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("counts findings across steps", () => {
    expect(countFindings(report())).toBe(1);
    expect(statusLabel("warning")).toBe("Needs attention");
  });
});

describe("opening at a place", () => {
  it("maps a notification's place to a step and ignores anything else", () => {
    expect(anchorFor("error-log")).toBe("step-2");
    expect(anchorFor("status")).toBe("step-1");
    expect(anchorFor("<script>")).toBeNull();
    expect(anchorFor(null)).toBeNull();
  });
});
