// Builds the report view. Every value from outside (order names, customer data, ERP errors)
// goes in through textContent: it is shown, never interpreted as HTML.
import type { CheckReport, Finding, StepReport, StepStatus } from "./generated/bindings";
import { text } from "./text";

type Child = Node | string;

function el(doc: Document, tag: string, className: string, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  for (const child of children) {
    node.append(typeof child === "string" ? doc.createTextNode(child) : child);
  }
  return node;
}

export function statusLabel(status: StepStatus): string {
  return text.stepStatus[status];
}

export function countFindings(report: CheckReport): number {
  return report.steps.reduce((sum, step) => sum + step.findings.length, 0);
}

function renderFinding(doc: Document, finding: Finding): HTMLElement {
  const details = el(doc, "details", "detail", el(doc, "summary", "", text.technicalDetails), el(doc, "pre", "", finding.detail));
  const orders = finding.orders.length > 0 ? el(doc, "p", "orders", `${text.orders(finding.orders.length)}: ${finding.orders.join(", ")}`) : "";
  return el(
    doc,
    "li",
    `finding ${finding.severity}`,
    el(doc, "p", "message", finding.message),
    orders,
    el(doc, "p", "fix", el(doc, "strong", "", `${text.fix}: `), finding.fix),
    details,
  );
}

function renderStep(doc: Document, step: StepReport): HTMLElement {
  const header = el(
    doc,
    "h2",
    "step-title",
    el(doc, "span", `badge ${step.status}`, statusLabel(step.status)),
    ` ${step.step}. ${step.title}`,
  );
  const list = step.findings.length > 0 ? el(doc, "ul", "findings", ...step.findings.map((f) => renderFinding(doc, f))) : el(doc, "p", "ok", text.allGood);
  const section = el(doc, "section", `step ${step.status}`, header, el(doc, "p", "summary", step.summary), list);
  section.id = stepAnchor(step.step);
  return section;
}

/** Where a notification's "Open" lands: `error-log` is step 2, `status` step 1. */
export function stepAnchor(step: number): string {
  return `step-${step}`;
}

export function anchorFor(place: string | null): string | null {
  switch (place) {
    case "status":
      return stepAnchor(1);
    case "error-log":
      return stepAnchor(2);
    default:
      return null;
  }
}

export function renderReport(doc: Document, report: CheckReport, demo: boolean): HTMLElement {
  const banner = demo ? el(doc, "p", "banner", text.demoBanner) : "";
  return el(doc, "div", "report", el(doc, "h1", "", text.appTitle), banner, ...report.steps.map((s) => renderStep(doc, s)));
}

export function renderError(doc: Document, message: string): HTMLElement {
  return el(doc, "div", "load-error", el(doc, "h1", "", text.checkFailed), el(doc, "p", "", message));
}
