import { Alert, Badge, Button, Group, Loader, Stack, Stepper, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";

import { FindingCard } from "../components/FindingCard";
import { RemedyDialog } from "../components/RemedyDialog";
import { ResendPanel } from "../components/ResendPanel";
import type { StepReport } from "../generated/bindings";
import { backend, errorText } from "../ipc";
import { byImpact, countFindings, firstStepNeedingAttention, statusColor, statusMark } from "../logic/verdict";
import { text } from "../text";

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
    return (
      <Group role="status">
        <Loader size="sm" />
        <Text>{text.loading}</Text>
      </Group>
    );
  }
  if (check.isError) {
    return (
      <Alert color="red" title={text.checkFailed} role="alert">
        <Stack>
          <Text>{errorText(check.error)}</Text>
          <Button w="fit-content" onClick={() => void check.refetch()}>
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
      <Stepper
        active={current}
        onStepClick={setActive}
        allowNextStepsSelect
        size="sm"
        aria-label={text.wizard.stepperLabel}
        wrap
      >
        {steps.map((step) => (
          <Stepper.Step
            key={step.step}
            label={`${step.step}. ${step.title}`}
            description={text.stepStatus[step.status]}
            color={statusColor[step.status]}
            icon={statusMark[step.status]}
            completedIcon={statusMark[step.status]}
            data-step={step.step}
            data-status={step.status}
          />
        ))}
      </Stepper>
      {steps[current] && <StepPanel step={steps[current]} onRemedy={setRemedy} />}
      {remedy && <RemedyDialog remedy={remedy} onClose={() => setRemedy(null)} />}
      <Group justify="space-between">
        <Button variant="default" disabled={current === 0} onClick={() => setActive(current - 1)}>
          {text.wizard.previous}
        </Button>
        <Button variant="default" disabled={current >= steps.length - 1} onClick={() => setActive(current + 1)}>
          {text.wizard.next}
        </Button>
      </Group>
    </Stack>
  );
}

function StepPanel({ step, onRemedy }: { step: StepReport; onRemedy: (remedy: string) => void }) {
  return (
    <Stack component="section" aria-labelledby={`step-${step.step}-title`} id={`step-${step.step}`} data-testid="step-panel" data-step={step.step}>
      <Group>
        <Title order={2} size="h3" id={`step-${step.step}-title`}>
          {`${step.step}. ${step.title}`}
        </Title>
        <Badge color={statusColor[step.status]} data-testid="step-verdict">
          {text.stepStatus[step.status]}
        </Badge>
      </Group>
      <Text c="dark.6">{step.summary}</Text>
      {step.findings.length === 0 && <Text>{text.wizard.allGood}</Text>}
      {byImpact(step.findings).map((finding, i) => (
        <FindingCard key={`${finding.code}:${finding.key ?? ""}:${i}`} finding={finding} onRemedy={onRemedy} />
      ))}
      {step.step === 5 && <ResendPanel />}
    </Stack>
  );
}
