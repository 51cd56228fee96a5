import { useQuery } from "@tanstack/preact-query";
import { lazy, Suspense } from "preact/compat";
import { useEffect, useRef, useState } from "preact/hooks";

import { Alert, Badge, Button, Loading, Row, Stack } from "../components/elements";
import { FindingCard } from "../components/FindingCard";
import { FixPlanCard } from "../components/FixPlanCard";
import type { CheckReport, StepReport } from "../generated/bindings";
import { backend, errorText } from "../ipc";
import { byImpact, countFindings, firstStepNeedingAttention, statusColor, statusMark } from "../logic/verdict";
import { text } from "../text";

// Step 5's table and the remedy dialog load when first shown, not with the window.
const RemedyDialog = lazy(() => import("../components/RemedyDialog").then((m) => ({ default: m.RemedyDialog })));
const ResendPanel = lazy(() => import("../components/ResendPanel").then((m) => ({ default: m.ResendPanel })));

export function Wizard({
  ready,
  requestedStep,
  onStepShown,
}: {
  /** False until the window's first frame is on screen; the check waits for it. */
  ready: boolean;
  requestedStep: number | null;
  onStepShown: () => void;
}) {
  const check = useQuery({ queryKey: ["check"], queryFn: backend.runCheck, enabled: ready });
  const [active, setActive] = useState<number | null>(null);
  // Here, not in the finding's card: the check that follows a remedy no longer has the
  // finding, and the dialog's result and Undo must outlive its card.
  const [remedy, setRemedy] = useState<string | null>(null);
  const told = useRef(false);

  useEffect(() => {
    if (!check.data) return;
    if (requestedStep !== null) {
      setActive(requestedStep);
      onStepShown();
    } else {
      setActive((current) => current ?? firstStepNeedingAttention(check.data));
    }
    // The smoke test waits for this: the window really drew a check.
    if (!told.current) {
      told.current = true;
      void backend.uiRendered(countFindings(check.data)).catch(() => undefined);
    }
  }, [check.data, requestedStep, onStepShown]);

  if (check.isPending) {
    return <Loading label={text.loading} spin={ready} />;
  }
  if (check.isError) {
    return (
      <Alert tone="red" title={text.checkFailed} role="alert">
        <Stack>
          <p>{errorText(check.error)}</p>
          <Button style={{ width: "fit-content" }} onClick={() => void check.refetch()}>
            {text.tryAgain}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const steps = check.data.steps;
  const current = Math.min(active ?? 0, steps.length - 1);
  return (
    <Stack>
      <FixPlanCard report={check.data} checkedAt={check.dataUpdatedAt} />
      <ol className="stepper" aria-label={text.wizard.stepperLabel}>
        {steps.map((step, index) => (
          <li key={step.step}>
            <button
              type="button"
              className="step"
              aria-current={index === current ? "step" : undefined}
              onClick={() => setActive(index)}
              data-step={step.step}
              data-status={step.status}
            >
              <span className={`step-mark tone-${statusColor[step.status]}`} aria-hidden="true">
                {statusMark[step.status]}
              </span>
              <span className="stack step-words">
                <span className="step-label">{`${step.step}. ${step.title}`}</span>
                <span className="step-status">{text.stepStatus[step.status]}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
      {steps[current] && <StepPanel step={steps[current]} report={check.data} onRemedy={setRemedy} />}
      {remedy && (
        <Suspense fallback={null}>
          <RemedyDialog remedy={remedy} onClose={() => setRemedy(null)} />
        </Suspense>
      )}
      <Row justify="between">
        <Button variant="default" disabled={current === 0} onClick={() => setActive(current - 1)}>
          {text.wizard.previous}
        </Button>
        <Button variant="default" disabled={current >= steps.length - 1} onClick={() => setActive(current + 1)}>
          {text.wizard.next}
        </Button>
      </Row>
    </Stack>
  );
}

function StepPanel({ step, report, onRemedy }: { step: StepReport; report: CheckReport; onRemedy: (remedy: string) => void }) {
  return (
    <section className="stack gap-md" aria-labelledby={`step-${step.step}-title`} id={`step-${step.step}`} data-testid="step-panel" data-step={step.step}>
      <Row>
        <h2 className="title-2" id={`step-${step.step}-title`}>
          {`${step.step}. ${step.title}`}
        </h2>
        <Badge tone={statusColor[step.status]} data-testid="step-verdict">
          {text.stepStatus[step.status]}
        </Badge>
      </Row>
      <p className="muted">{step.summary}</p>
      {step.findings.length === 0 && <p>{text.wizard.allGood}</p>}
      {byImpact(step.findings).map((finding, i) => (
        <FindingCard key={`${finding.code}:${finding.key ?? ""}:${i}`} finding={finding} onRemedy={onRemedy} />
      ))}
      {step.step === 5 && (
        <Suspense fallback={<Loading label={text.loadingScreen} />}>
          <ResendPanel report={report} />
        </Suspense>
      )}
    </section>
  );
}
