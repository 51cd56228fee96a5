import { useQuery } from "@tanstack/preact-query";
import { lazy, Suspense } from "preact/compat";
import { useEffect, useRef, useState } from "preact/hooks";

import { Alert, Badge, Button, Loading, Row, Stack } from "../components/elements";
import { FindingCard } from "../components/FindingCard";
import { FixPlanCard } from "../components/FixPlanCard";
import type { CheckReport, StepReport } from "../generated/bindings";
import type { PullProgress } from "../generated/app";
import { backend, errorText, events } from "../ipc";
import { dateTime } from "../language";
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
  // The last check is read while the window's first frame is drawn and shown right after it,
  // marked with its time; the new check starts once it is on screen, so that starting the
  // systems does not hold up drawing it.
  const saved = useQuery({ queryKey: ["lastCheck"], queryFn: backend.lastCheck, staleTime: Infinity });
  const check = useQuery({ queryKey: ["check"], queryFn: backend.runCheck, enabled: ready && !saved.isPending });
  const earlier = ready && check.isPending ? (saved.data ?? null) : null;
  const report = check.data ?? earlier?.report;
  // A large first pull takes a while: say how far it is.
  const [pull, setPull] = useState<PullProgress | null>(null);
  useEffect(() => {
    const stop = events.onPullProgress(setPull).catch(() => null);
    return () => void stop.then((unlisten) => unlisten?.());
  }, []);
  useEffect(() => setPull(null), [check.dataUpdatedAt]);
  const pulling = check.isFetching && pull ? <p className="muted" role="status">{pullText(pull)}</p> : null;
  const [active, setActive] = useState<number | null>(null);
  // Here, not in the finding's card: the check that follows a remedy no longer has the
  // finding, and the dialog's result and Undo must outlive its card.
  const [remedy, setRemedy] = useState<string | null>(null);
  const told = useRef({ saved: false, fresh: false });

  useEffect(() => {
    if (!report) return;
    if (requestedStep !== null) {
      setActive(requestedStep);
      onStepShown();
    } else {
      setActive((current) => current ?? firstStepNeedingAttention(report));
    }
    // The smoke test waits for this: the window really drew a check (the last one, then the
    // new one).
    const saved = !check.data;
    if (!told.current[saved ? "saved" : "fresh"]) {
      told.current[saved ? "saved" : "fresh"] = true;
      void backend.uiRendered(countFindings(report), saved).catch(() => undefined);
    }
  }, [report, check.data, requestedStep, onStepShown]);

  if (check.isPending && !earlier) {
    return (
      <Stack>
        <Loading label={text.loading} spin={ready} />
        {pulling}
      </Stack>
    );
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
  if (!report) return null;
  const steps = report.steps;
  const current = Math.min(active ?? 0, steps.length - 1);
  return (
    <Stack>
      {earlier && (
        <div className="row gap-sm muted" role="status" data-testid="earlier-check">
          <span className="spinner" aria-hidden="true" />
          <span>{text.wizard.earlierCheck(dateTime(new Date(earlier.checked_at_ms).toISOString()))}</span>
        </div>
      )}
      {pulling}
      <FixPlanCard report={report} checkedAt={check.data ? check.dataUpdatedAt : (earlier?.checked_at_ms ?? 0)} />
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
      {steps[current] && <StepPanel step={steps[current]} report={report} onRemedy={setRemedy} />}
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

function pullText(step: PullProgress): string {
  switch (step.phase) {
    case "exporting":
      return text.pull.exporting(step.objects);
    case "downloading":
      return text.pull.downloading(step.of ? Math.min(100, Math.floor((step.bytes * 100) / step.of)) : 0);
    default:
      return text.pull.reading(step.orders, step.of);
  }
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
