import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { useState } from "preact/hooks";

import type { RemedyOutcome, ResendProgress } from "../generated/app";
import { backend, errorText } from "../ipc";
import { refreshOrderViews } from "../orderViews";
import { text } from "../text";
import { Data } from "./Data";
import { Alert, Button, Dialog, Loading, Progress, Row, Stack } from "./elements";
import { ResendResults } from "./ResendResults";
import { RetryResults } from "./RetryResults";

/** Preview → confirm → result (with Undo for mappings and rules). */
export function RemedyDialog({ remedy, onClose }: { remedy: string; onClose: () => void }) {
  const queries = useQueryClient();
  const preview = useQuery({ queryKey: ["preview", remedy], queryFn: () => backend.previewRemedy(remedy), staleTime: 0 });
  const [progress, setProgress] = useState<ResendProgress | null>(null);
  const refresh = () => void refreshOrderViews(queries);
  const apply = useMutation({
    mutationFn: () => backend.applyRemedy(remedy, setProgress),
    onSettled: refresh,
  });
  const undo = useMutation({
    mutationFn: (change: number) => backend.undoChange(change),
    onSettled: refresh,
  });
  const outcome = apply.data;
  return (
    <Dialog onClose={onClose} title={text.remedy.title} data-testid="remedy-dialog">
      {preview.isPending && <Loading label={text.remedy.loading} />}
      {preview.isError && (
        <Alert tone="red" role="alert">
          {errorText(preview.error)}
        </Alert>
      )}
      {preview.data && (
        <Stack>
          <div>
            <p className="strong">{text.remedy.change}</p>
            <Data value={preview.data.change} />
          </div>
          {preview.data.erp_change && (
            <div>
              <p className="strong">{text.remedy.erpChange}</p>
              <Data value={preview.data.erp_change} />
            </div>
          )}
          {preview.data.clears.length > 0 && (
            <div data-testid="preview-clears" data-orders={JSON.stringify(preview.data.clears)}>
              <p className="strong">
                {remedy.startsWith("retry-in-middleware") ? text.remedy.retries(preview.data.clears.length) : text.remedy.clears(preview.data.clears.length)}
              </p>
              <Data value={preview.data.clears.join(", ")} className="small" />
            </div>
          )}
          {preview.data.still_blocked.length > 0 && (
            <div>
              <p className="strong">{text.remedy.stillBlocked(preview.data.still_blocked.length)}</p>
              <Data value={preview.data.still_blocked.join(", ")} className="small" />
            </div>
          )}
          {preview.data.notes.length > 0 && (
            <div>
              <p className="strong">{text.remedy.notes}</p>
              <ul className="small">
                {preview.data.notes.map((note, i) => (
                  <li key={i}>
                    <Data value={note} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {apply.isPending && progress && (
            <Progress value={(100 * progress.done) / Math.max(progress.total, 1)} label={text.resend.sending(progress.done, progress.total)} />
          )}
          {apply.isError && (
            <Alert tone="red" role="alert">
              {errorText(apply.error)}
            </Alert>
          )}
          {outcome && (
            <Alert tone="green" role="status" data-testid="remedy-done">
              <Stack gap="xs">
                <p>{outcomeSentence(outcome)}</p>
                {outcome.results.length > 0 && <ResendResults results={outcome.results} />}
                {outcome.retried.length > 0 && <RetryResults results={outcome.retried} />}
                {undo.isSuccess && <p>{text.remedy.undone}</p>}
                {undo.isError && <p className="error-text">{errorText(undo.error)}</p>}
              </Stack>
            </Alert>
          )}
          <Row justify="end">
            {outcome?.change != null && !undo.isSuccess && (
              <Button variant="default" loading={undo.isPending} onClick={() => outcome.change != null && undo.mutate(outcome.change)}>
                {text.remedy.undo}
              </Button>
            )}
            <Button variant="default" onClick={onClose}>
              {outcome ? text.close : text.cancel}
            </Button>
            {!outcome && (
              <Button loading={apply.isPending} onClick={() => apply.mutate()} data-testid="remedy-apply">
                {text.remedy.confirm}
              </Button>
            )}
          </Row>
        </Stack>
      )}
    </Dialog>
  );
}

function outcomeSentence(outcome: RemedyOutcome): string {
  if (outcome.results.length > 0) return text.remedy.resent(outcome.results.filter((r) => r.verified).length, outcome.results.length);
  if (outcome.remedy.startsWith("retry-in-middleware")) {
    if (outcome.retried.length === 0) return text.remedy.nothingToRetry;
    const inErp = outcome.retried.filter((r) => r.kind === "already_in_erp" || (r.kind === "retried" && r.in_erp)).length;
    return text.remedy.retried(inErp, outcome.retried.length);
  }
  return text.remedy.done;
}
