import { describe, expect, it } from "vitest";

import type { OrderRow } from "../generated/app";
import type { CheckReport, Finding } from "../generated/bindings";
import { connectorText, text } from "../text";
import { connectorForms, draftFrom, initialValues, missingFields, missingForSignIn, signInDraft } from "./connection-form";
import { pagesFor, rowAt } from "./pages";
import { problemsPresent, selectAll, selectNone, toggle, toSend, visibleOrders } from "./selection";
import { byImpact, countFindings, firstStepNeedingAttention, stepForPlace } from "./verdict";

function row(name: string, problem: OrderRow["problem"], customer = "Ada"): OrderRow {
  return {
    name,
    external_id: `shopify-${name}`,
    created_at: "2026-11-01T10:00:00Z",
    customer,
    email: `${customer.toLowerCase()}@example.com`,
    total: "19.99",
    currency: "USD",
    state: "failed",
    problem,
    erp_id: null,
    erp_status: null,
    retry_at: null,
    store_status: null,
  };
}

function finding(code: Finding["code"], severity: Finding["severity"], orders: number): Finding {
  return {
    code,
    severity,
    key: null,
    orders: Array.from({ length: orders }, (_, i) => `#${i}`),
    message: "m",
    fix: "f",
    detail: "",
    remedies: [],
  };
}

describe("verdicts", () => {
  const report: CheckReport = {
    steps: [
      { step: 1, title: "Status", status: "ok", summary: "", findings: [] },
      { step: 2, title: "Errors", status: "failed", summary: "", findings: [finding("sku_not_found", "error", 3)] },
      { step: 3, title: "Format", status: "warning", summary: "", findings: [finding("field_too_long", "warning", 1)] },
    ],
  };

  it("starts at the first step that needs attention", () => {
    expect(firstStepNeedingAttention(report)).toBe(1);
    expect(firstStepNeedingAttention({ steps: report.steps.slice(0, 1) })).toBe(0);
    expect(countFindings(report)).toBe(2);
  });

  it("orders findings by severity, then by how many orders they hold", () => {
    const sorted = byImpact([finding("field_too_long", "warning", 50), finding("period_closed", "error", 2), finding("sku_not_found", "error", 37)]);
    expect(sorted.map((f) => f.code)).toEqual(["sku_not_found", "period_closed", "field_too_long"]);
  });

  it("opens the place a notification asked for, and nothing else", () => {
    expect(stepForPlace("error-log")).toBe(1);
    expect(stepForPlace("status")).toBe(0);
    expect(stepForPlace("javascript:alert(1)")).toBeNull();
    expect(stepForPlace(null)).toBeNull();
  });
});

describe("selecting orders to resend", () => {
  const rows = [row("#1", "sku_not_found"), row("#2", "sku_not_found", "Zoë"), row("#3", "period_closed"), row("#4", null)];

  it("filters by problem and search", () => {
    expect(visibleOrders(rows, "sku_not_found", "").map((r) => r.name)).toEqual(["#1", "#2"]);
    expect(visibleOrders(rows, null, "zoë").map((r) => r.name)).toEqual(["#2"]);
    expect(visibleOrders(rows, "period_closed", "zoë")).toEqual([]);
  });

  it("select all and none act on what is visible only", () => {
    const skus = visibleOrders(rows, "sku_not_found", "");
    let selected = selectAll(new Set(["shopify-#3"]), skus);
    expect([...selected].sort()).toEqual(["shopify-#1", "shopify-#2", "shopify-#3"]);
    selected = selectNone(selected, skus);
    expect([...selected]).toEqual(["shopify-#3"]);
    selected = toggle(toggle(selected, "shopify-#4"), "shopify-#3");
    expect([...selected]).toEqual(["shopify-#4"]);
  });

  it("sends only selected orders that still wait", () => {
    expect(toSend(new Set(["shopify-#1", "shopify-#99"]), rows)).toEqual(["shopify-#1"]);
  });

  it("lists problems by frequency", () => {
    expect(problemsPresent(rows)).toEqual([
      { code: "sku_not_found", count: 2 },
      { code: "period_closed", count: 1 },
    ]);
  });
});

describe("paged rows", () => {
  it("asks for the pages that cover the rows in view", () => {
    expect(pagesFor(0, 30, 200, 100_000)).toEqual([0]);
    expect(pagesFor(190, 230, 200, 100_000)).toEqual([0, 1]);
    expect(pagesFor(99_990, 100_010, 200, 100_000)).toEqual([499]);
    expect(pagesFor(0, 10, 200, 0)).toEqual([]);
  });

  it("finds a row in its page, or nothing while the page loads", () => {
    const pages = new Map([[1, ["a", "b"]]]);
    expect(rowAt(pages, 201, 200)).toBe("b");
    expect(rowAt(pages, 5, 200)).toBeUndefined();
  });
});

describe("connection forms", () => {
  it("has a label and help for every field and secret of every connector", () => {
    expect(connectorForms.length).toBeGreaterThanOrEqual(8);
    for (const form of connectorForms) {
      const words = connectorText[form.kind];
      expect(words, form.kind).toBeDefined();
      for (const field of form.fields) {
        expect(words?.fields[field.key]?.label, `${form.kind}.${field.key}`).toBeTruthy();
        expect(words?.fields[field.key]?.help, `${form.kind}.${field.key}`).toBeTruthy();
      }
      if (form.needs_secret) expect(words?.secret.help, form.kind).toBeTruthy();
    }
  });

  it("names what is missing and sends only the connector's own fields", () => {
    const netsuite = connectorForms.find((f) => f.kind === "netsuite");
    if (!netsuite) throw new Error("no NetSuite form");
    const values = { kind: "netsuite", fields: { url: " https://1-sb1.suitetalk.api.netsuite.com ", stray: "x" }, secret: "" };
    expect(missingFields(netsuite, values, false)).toEqual([
      text.connections.required("Account id"),
      text.connections.required("Private key (PEM) or token secrets"),
    ]);
    expect(missingFields(netsuite, { ...values, fields: { ...values.fields, account_id: "1" } }, true)).toEqual([]);
    const draft = draftFrom("erp", netsuite, { ...values, secret: "  " });
    expect(draft).toEqual({ side: "erp", kind: "netsuite", fields: { url: "https://1-sb1.suitetalk.api.netsuite.com" }, secret: null });
  });

  it("asks a Square seller for the application and its redirect before signing in, and sends no secret", () => {
    const square = connectorForms.find((f) => f.kind === "square");
    if (!square) throw new Error("no Square form");
    const values = { kind: "square", fields: { url: "https://connect.squareup.com" }, secret: "EAAA-personal" };
    expect(missingForSignIn(square, values)).toEqual([
      text.connections.required("Application ID"),
      text.connections.required("Redirect URL"),
    ]);
    const ready = { ...values, fields: { ...values.fields, client_id: "sq0idp-x", redirect_url: "https://example.com/square" } };
    expect(missingForSignIn(square, ready)).toEqual([]);
    expect(signInDraft("store", square, ready)).toEqual({
      side: "store",
      kind: "square",
      fields: { url: "https://connect.squareup.com", client_id: "sq0idp-x", redirect_url: "https://example.com/square" },
      secret: null,
    });
  });

  it("starts from what is saved", () => {
    const values = initialValues("erp", { kind: "tryton", fields: { database: "shop" }, secret_saved: true, expires: null });
    expect(values).toEqual({ kind: "tryton", fields: { database: "shop" }, secret: "" });
    expect(initialValues("store", null).kind).toBe("shopify");
  });
});

describe("activity sentences", () => {
  it("says what happened in words", () => {
    const at = "2026-11-01T10:00:00Z";
    expect(text.activity.describe({ at, actor: "user", action: "map", subject: "sku TSHRT", outcome: "TSHIRT", code: null })).toBe(
      "Mapped sku TSHRT to TSHIRT",
    );
    expect(text.activity.describe({ at, actor: "resend", action: "send", subject: "#7", outcome: "failed", code: "period_closed" })).toBe(
      "Sending order #7 failed (Period closed)",
    );
  });
});
