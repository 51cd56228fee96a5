import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { useState } from "preact/hooks";

import type { FixPlan, PlanOutcome, PlanPreview, PlanProgress } from "../generated/plan";
import { backend, errorText } from "../ipc";
import { money } from "../language";
import { refreshOrderViews } from "../orderViews";
import { text } from "../text";
import { Data } from "./Data";
import { Alert, Button, Dialog, Loading, Progress, Row, Stack } from "./elements";
import { ResendResults } from "./ResendResults";

/** One preview of the whole plan → confirm → progress → result. */
export function PlanDialog({ plan, onClose }: { plan: FixPlan; onClose: () => void }) {
  const queries = useQueryClient();
  const remedies = plan.fixes.map((f) => f.remedy);
  const preview = useQuery({
    queryKey: ["plan-preview", remedies, plan.sends],
    queryFn: () => backend.previewPlan(remedies, plan.sends),
    staleTime: 0,
  });
  const [progress, setProgress] = useState<PlanProgress | null>(null);
  const apply = useMutation({
    // Exactly what was previewed: the backend sends none of the orders the preview left out.
    mutationFn: (shown: PlanPreview) =>
      backend.applyPlan(
        shown.fixes.map((f) => f.remedy),
        shown.writes.map((w) => w.order),
        setProgress,
      ),
    onSettled: () => void refreshOrderViews(queries),
  });
  return (
    <Dialog onClose={onClose} title={text.plan.previewTitle} data-testid="plan-dialog">
      {preview.isPending && <Loading label={text.plan.previewLoading} />}
      {preview.isError && (
        <Alert tone="red" role="alert">
          {errorText(preview.error)}
        </Alert>
      )}
      {preview.data && (
        <Stack>
          {!apply.data && <PreviewBody preview={preview.data} plan={plan} />}
          {apply.isPending && <PlanUnderWay progress={progress} />}
          {apply.isError && (
            <Alert tone="red" role="alert">
              {errorText(apply.error)}
            </Alert>
          )}
          {apply.data && <PlanResult outcome={apply.data} erp={plan.erp} />}
          {apply.data && <UndoPlan outcome={apply.data} />}
          <Row justify="end">
            <Button variant="default" onClick={onClose} disabled={apply.isPending}>
              {apply.data ? text.close : text.cancel}
            </Button>
            {!apply.data && (
              <Button loading={apply.isPending} onClick={() => preview.data && apply.mutate(preview.data)} data-testid="plan-confirm">
                {text.plan.confirm}
              </Button>
            )}
          </Row>
        </Stack>
      )}
    </Dialog>
  );
}

function PreviewBody({ preview, plan }: { preview: PlanPreview; plan: FixPlan }) {
  const erp = plan.erp;
  const labels = new Map(plan.fixes.map((f) => [f.remedy, f.label]));
  // Only records created write to the ERP now; mappings and rules change how orders are sent.
  const erpWrites = preview.fixes.filter((f) => f.remedy.startsWith("create-"));
  return (
    <Stack data-testid="plan-preview">
      <div>
        <p className="strong">{text.plan.changes}</p>
        <ul className="small">
          {preview.fixes.map((fix) => (
            <li key={fix.remedy} data-testid="plan-preview-fix" data-remedy={fix.remedy}>
              <Data value={labels.get(fix.remedy) ?? fix.remedy} className="strong" />
              {fix.change && (
                <>
                  {": "}
                  <Data value={fix.change} />
                </>
              )}
              {fix.notes.length > 0 && (
                <details>
                  <summary className="muted">{text.plan.sentDifferently(fix.notes.length)}</summary>
                  <ul className="muted">
                    {fix.notes.map((note, i) => (
                      <li key={i}>
                        <Data value={note} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <p className="strong">{text.plan.erpWrites(erp)}</p>
        <ul className="small">
          {erpWrites.map((fix) => (
            <li key={fix.remedy}>
              <Data value={fix.erp_change} />
            </li>
          ))}
          <li>
            {text.plan.orderWrites(preview.writes.length, erp)} <Data value={preview.safety} className="muted" />
          </li>
        </ul>
        {preview.notes.map((note, i) => (
          <p key={i} className="small muted">
            <Data value={note} />
          </p>
        ))}
      </div>
      {/* A scrolled list is a stop of its own, so a keyboard can scroll it (WCAG 2.1.1). */}
      {preview.writes.length > 0 && (
        <div className="plan-writes" tabIndex={0} role="region" aria-label={text.plan.writesRegion}>
          <table className="table" data-testid="plan-writes" data-orders={JSON.stringify(preview.writes.map((w) => w.order))}>
            <thead>
              <tr>
                <th>{text.plan.column.order}</th>
                <th>{text.plan.column.customer}</th>
                <th>{text.plan.column.total}</th>
              </tr>
            </thead>
            <tbody>
              {preview.writes.map((write) => (
                <tr key={write.order} data-order={write.order} data-external-id={write.external_id}>
                  <td>
                    <Data value={write.order} />
                  </td>
                  <td>
                    <Data value={write.customer} />
                  </td>
                  <td>
                    <Data value={money(write.total, write.currency)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.not_sent.length > 0 && (
        <Alert tone="orange">
          {text.plan.notSent(preview.not_sent.length)} <Data value={preview.not_sent.join(", ")} />
        </Alert>
      )}
    </Stack>
  );
}

function PlanUnderWay({ progress }: { progress: PlanProgress | null }) {
  const sending = progress?.sending;
  const label = sending
    ? text.plan.sending(sending.done, sending.total)
    : text.plan.fixing(progress?.fixes_done ?? 0, progress?.fixes_total ?? 1);
  const value = sending
    ? (100 * sending.done) / Math.max(sending.total, 1)
    : (100 * (progress?.fixes_done ?? 0)) / Math.max(progress?.fixes_total ?? 1, 1);
  return (
    <Stack gap="xs" data-testid="plan-progress">
      <p className="small" role="status">
        {label}
      </p>
      <Progress value={value} label={label} />
    </Stack>
  );
}

function PlanResult({ outcome, erp }: { outcome: PlanOutcome; erp: string }) {
  const failed = outcome.fixes.filter((f) => f.error !== null);
  return (
    <Alert tone={failed.length > 0 || outcome.not_sent.length > 0 ? "orange" : "green"} role="status" data-testid="plan-done">
      <Stack gap="xs">
        <p>{text.plan.fixesDone(outcome.fixes.length - failed.length)}</p>
        {failed.map((fix) => (
          <p key={fix.remedy} className="small">
            <span className="strong">{`${text.plan.fixFailed}: `}</span>
            <Data value={`${fix.remedy} — ${fix.error ?? ""}`} />
          </p>
        ))}
        {outcome.results.length > 0 && (
          <>
            <p>{text.plan.finished(outcome.results.filter((r) => r.verified).length, outcome.results.length, erp)}</p>
            <div className="plan-writes" tabIndex={0} role="region" aria-label={text.plan.resultsRegion}>
              <ResendResults results={outcome.results} />
            </div>
          </>
        )}
        {outcome.not_sent.length > 0 && (
          <p className="small">
            {text.plan.stillWaiting(outcome.not_sent.length)} <Data value={outcome.not_sent.join(", ")} />
          </p>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * Undo for the mappings and rules the plan recorded, newest first. Records created in the ERP
 * and orders sent stay: those are undone in the ERP, where the activity log points.
 */
function UndoPlan({ outcome }: { outcome: PlanOutcome }) {
  const queries = useQueryClient();
  const changes = outcome.fixes
    .filter((f) => f.change !== null && (f.remedy.startsWith("map-") || f.remedy.startsWith("policy:")))
    .map((f) => f.change as number)
    .reverse();
  const undo = useMutation({
    mutationFn: async () => {
      for (const change of changes) await backend.undoChange(change);
    },
    onSettled: () => void refreshOrderViews(queries),
  });
  if (changes.length === 0) return null;
  return (
    <Stack gap="xs">
      {undo.isSuccess && <p role="status">{text.plan.undone(changes.length)}</p>}
      {undo.isError && <p className="error-text">{errorText(undo.error)}</p>}
      {!undo.isSuccess && (
        <Button variant="default" loading={undo.isPending} onClick={() => undo.mutate()} style={{ width: "fit-content" }} data-testid="plan-undo">
          {text.plan.undo(changes.length)}
        </Button>
      )}
    </Stack>
  );
}
