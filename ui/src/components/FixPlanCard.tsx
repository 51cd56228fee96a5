import { useQuery } from "@tanstack/preact-query";
import { lazy, Suspense } from "preact/compat";
import { useLayoutEffect, useRef, useState } from "preact/hooks";

import type { CheckReport } from "../generated/bindings";
import type { FixPlan } from "../generated/plan";
import { backend, errorText } from "../ipc";
import { text } from "../text";
import { Data } from "./Data";
import { Alert, Badge, Button, focusRegion, Loading, Row, Stack } from "./elements";

// The dialog loads when first opened, not with the window.
const PlanDialog = lazy(() => import("./PlanDialog").then((m) => ({ default: m.PlanDialog })));

/**
 * The check summed up at the top of "Check & fix": what the app fixes, what needs a person in
 * the ERP, and one button for the fixes and the resend. `checkedAt` names the check, so the
 * plan is worked out again whenever the check is.
 */
export function FixPlanCard({ report, checkedAt }: { report: CheckReport; checkedAt: number }) {
  // The last plan stays on screen while the next check's is worked out.
  const plan = useQuery({ queryKey: ["plan", checkedAt], queryFn: () => backend.fixPlan(report), placeholderData: (last) => last });
  // The plan the dialog carries out stays as it was confirmed, and the dialog open with its
  // result, while the check after it replaces the plan.
  const [applying, setApplying] = useState<FixPlan | null>(null);
  const dialog = applying && (
    <Suspense fallback={null}>
      <PlanDialog plan={applying} onClose={() => setApplying(null)} />
    </Suspense>
  );
  const canAct = plan.data ? plan.data.fixes.length > 0 || plan.data.sends.length > 0 : false;
  // The check after an applied plan leaves nothing to do and disables the apply button; a
  // focused button that is disabled drops focus to the page, where a keyboard user loses
  // their place. Whether focus was in the card is read while drawing, before the button is
  // disabled (once disabled, browsers differ on when they move focus away), and the card
  // itself takes it.
  const card = useRef<HTMLElement>(null);
  const focusWasInside = useRef(false);
  focusWasInside.current = card.current?.contains(document.activeElement) ?? false;
  useLayoutEffect(() => {
    const element = card.current;
    if (canAct || !element || !focusWasInside.current) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && element.contains(active) && !active.matches(":disabled")) return;
    focusRegion(element);
  }, [canAct]);
  if (plan.isPending) return <Loading label={text.plan.loading} />;
  if (plan.isError) {
    return (
      <>
        <Alert tone="red" role="alert">
          {errorText(plan.error)}
        </Alert>
        {dialog}
      </>
    );
  }
  const { erp, waiting, fixes, for_a_person: forAPerson, sends } = plan.data;
  return (
    <section ref={card} className="card roomy stack gap-md fix-plan" aria-labelledby="fix-plan-title" data-testid="fix-plan">
      <Stack gap="xs">
        <h2 className="title-3" id="fix-plan-title">
          {text.plan.title}
        </h2>
        <p data-testid="plan-waiting">{text.plan.waiting(waiting.length, erp)}</p>
      </Stack>
      {fixes.length > 0 && (
        <Stack gap="xs">
          <h3 className="strong">{text.plan.appFixes}</h3>
          <ul className="plan-list">
            {fixes.map((fix) => (
              <li key={fix.remedy} data-testid="plan-fix" data-remedy={fix.remedy} data-unblocks={fix.unblocks.length}>
                <Data value={fix.label} />{" "}
                <Badge tone={fix.unblocks.length > 0 ? "green" : "gray"}>{text.plan.unblocks(fix.unblocks.length)}</Badge>
              </li>
            ))}
          </ul>
        </Stack>
      )}
      {forAPerson.length > 0 && (
        <Stack gap="xs">
          <h3 className="strong">{text.plan.forAPerson(erp)}</h3>
          <ul className="plan-list">
            {forAPerson.map((task, i) => (
              <li key={`${task.code}:${i}`} data-testid="plan-person" data-code={task.code}>
                <Data value={task.message} />{" "}
                <Badge tone={task.blocks ? "red" : "gray"}>{task.blocks ? text.plan.holdsBack(task.orders.length) : text.plan.advice}</Badge>
                <p className="small">
                  <Data value={task.fix} />
                </p>
                {task.place && (
                  <p className="small muted">
                    <span className="strong">{`${text.plan.where}: `}</span>
                    <Data value={task.place} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </Stack>
      )}
      <p className="strong" data-testid="plan-sends" data-orders={JSON.stringify(sends)}>
        {canAct ? text.plan.sends(sends.length, erp) : text.plan.nothing}
      </p>
      <Row>
        <Button disabled={!canAct} onClick={() => setApplying(plan.data)} data-testid="plan-apply">
          {text.plan.apply(sends.length)}
        </Button>
      </Row>
      <PlanDetails plan={plan.data} />
      {dialog}
    </section>
  );
}

/** The remedy ids and order names behind the plan, for whoever asks what exactly it does. */
function PlanDetails({ plan }: { plan: FixPlan }) {
  const [open, setOpen] = useState(false);
  const lines = [
    ...plan.fixes.map((f) => `${f.remedy}: ${f.unblocks.join(", ")}`),
    ...plan.for_a_person.map((t) => `${t.code}: ${t.orders.join(", ")}`),
    `send: ${plan.sends.join(", ")}`,
  ];
  return (
    <>
      <Button size="xs" variant="subtle" aria-expanded={open} aria-controls="fix-plan-details" onClick={() => setOpen((o) => !o)} style={{ width: "fit-content" }}>
        {text.plan.technical}
      </Button>
      <div id="fix-plan-details" className="detail-box" hidden={!open}>
        <pre className="detail">{lines.join("\n")}</pre>
      </div>
    </>
  );
}
