import type { Tone } from "../components/elements";
import type { CheckReport, Finding, FindingCode, Severity, StepReport, StepStatus } from "../generated/bindings";

/** The colour of each verdict; the palette keeps its text at AA contrast on white. */
export const statusColor: Record<StepStatus, Tone> = { ok: "green", warning: "orange", failed: "red" };
/** A step's verdict as a mark in the stepper, so a blocked step never shows a tick. */
export const statusMark: Record<StepStatus, string> = { ok: "✓", warning: "!", failed: "✕" };
export const severityColor: Record<Severity, Tone> = { error: "red", warning: "orange", info: "blue" };

/** Largest root cause first: the finding that holds back most orders is the one to fix first. */
export function byImpact(findings: Finding[]): Finding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...findings].sort(
    (a, b) => rank[a.severity] - rank[b.severity] || b.orders.length - a.orders.length,
  );
}

export function countFindings(report: CheckReport): number {
  return report.steps.reduce((n, step) => n + step.findings.length, 0);
}

/** Where to start: the first step that is not OK, or the first step. */
export function firstStepNeedingAttention(report: CheckReport): number {
  const index = report.steps.findIndex((s) => s.status !== "ok");
  return index < 0 ? 0 : index;
}

/** `--open error-log` opens step 2, `--open status` step 1; anything else: no preference. */
export function stepForPlace(place: string | null | undefined): number | null {
  if (place === "error-log") return 1;
  if (place === "status") return 0;
  return null;
}

export function stepByNumber(report: CheckReport, step: number): StepReport | undefined {
  return report.steps.find((s) => s.step === step);
}

/**
 * What holds each order back as the check says now: its most severe finding, or `null` for an
 * order the check lists as waiting with nothing holding it. An order's last failed write can
 * name a problem a fix has since removed, so the check, read again after every change, decides.
 */
export function currentProblems(report: CheckReport): Map<string, FindingCode | null> {
  const problems = new Map<string, FindingCode | null>();
  for (const finding of byImpact(report.steps.flatMap((s) => s.findings))) {
    if (finding.severity === "info" || finding.code === "order_not_synced") continue;
    for (const order of finding.orders) if (!problems.has(order)) problems.set(order, finding.code);
  }
  for (const finding of report.steps.flatMap((s) => s.findings)) {
    if (finding.code !== "order_not_synced") continue;
    for (const order of finding.orders) if (!problems.has(order)) problems.set(order, null);
  }
  return problems;
}
