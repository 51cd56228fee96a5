import { render, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";

import { text } from "../text";
import { RetryResults } from "./RetryResults";

describe("a retry in the integration tool", () => {
  it("says per order whether it reached the ERP, was left alone because the ERP holds it, or failed again", () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { container } = render(
      <RetryResults
        results={[
          { kind: "retried", order: "#1158", run: "41", succeeded: true, in_erp: true, error: null },
          { kind: "already_in_erp", order: "#1164", erp_id: "SO-7", marked_resolved: false },
          { kind: "retried", order: "#1170", run: "42", succeeded: false, in_erp: false, error: `Item does not exist. ${hostile}` },
          { kind: "unknown_order", order: "#9999" },
        ]}
      />,
    );
    const kind = (order: string) => container.querySelector(`tr[data-order="${order}"]`)?.getAttribute("data-kind");
    expect(kind("#1158")).toBe("retried");
    expect(screen.getByText(text.retry.outcome.inErp)).toBeTruthy();
    expect(screen.getByText(text.retry.outcome.alreadyInErp)).toBeTruthy();
    expect(screen.getByText(text.retry.outcome.leftAsIs)).toBeTruthy();
    expect(screen.getByText(text.retry.outcome.failedAgain)).toBeTruthy();
    expect(screen.getByText(text.retry.outcome.unknownDetail)).toBeTruthy();
    // The tool's error is the ERP's text: shown as text, never as markup.
    expect(container.querySelector("img")).toBeNull();
  });
});
