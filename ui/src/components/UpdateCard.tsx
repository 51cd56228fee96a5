import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { useEffect, useState } from "preact/hooks";

import type { UpdateProgress, UpdateStatus } from "../generated/app";
import { backend, errorText, events } from "../ipc";
import { dateTime } from "../language";
import { text } from "../text";
import { Alert, Button, Row } from "./elements";

function progressText(progress: UpdateProgress): string {
  switch (progress.stage) {
    case "waiting_for_work":
      return text.updates.waiting;
    case "downloading":
      return progress.total
        ? text.updates.downloading(Math.min(100, Math.round((progress.received / progress.total) * 100)))
        : text.updates.downloadingUnknown;
    case "installing":
      return text.updates.installing;
    case "restarting":
      return text.updates.restarting;
  }
}

/**
 * Settings' "Updates": the version running, whether a newer one is offered (found in the
 * background, or on "Check for updates"), and "Install and restart" — the manager's click, never
 * the app's own decision. The release notes are shown as text.
 */
export function UpdateCard({ updatedFrom }: { updatedFrom: string | null }) {
  const queries = useQueryClient();
  const status = useQuery({ queryKey: ["update-status"], queryFn: backend.updateStatus });
  const [progress, setProgress] = useState<UpdateProgress | null>(null);
  useEffect(() => {
    const stop = events.onUpdateChanged(() => void queries.invalidateQueries({ queryKey: ["update-status"] }));
    return () => void stop.then((unlisten) => unlisten()).catch(() => undefined);
  }, [queries]);
  const check = useMutation({
    mutationFn: backend.checkForUpdate,
    onSuccess: (s: UpdateStatus) => queries.setQueryData(["update-status"], s),
  });
  const install = useMutation({
    mutationFn: () => backend.installUpdate(setProgress),
    onSettled: () => setProgress(null),
  });
  const current = status.data;
  if (!current) return null;
  const offer = current.available;
  const busy = install.isPending || current.installing;
  return (
    <section className="card roomy stack gap-md" aria-label={text.updates.title} data-testid="updates">
      <h3 className="title-3">{text.updates.title}</h3>
      <p data-testid="update-version">
        {updatedFrom ? text.updates.updated(updatedFrom, current.current) : text.updates.version(current.current)}
      </p>
      {!current.set_up && <p className="muted">{text.updates.notSetUp}</p>}
      {current.set_up && !offer && current.checked_at && (
        <p data-testid="update-newest">{text.updates.newest(dateTime(current.checked_at))}</p>
      )}
      {offer && (
        <Alert role="status" title={text.updates.available(offer.version)}>
          {offer.notes && <p style={{ whiteSpace: "pre-wrap" }}>{offer.notes}</p>}
          <p className="muted">{text.updates.installHelp}</p>
        </Alert>
      )}
      {current.set_up && (
        <Row>
          {offer && (
            <Button loading={busy} onClick={() => install.mutate()} data-testid="install-update">
              {text.updates.install}
            </Button>
          )}
          <Button variant="default" loading={check.isPending} disabled={busy} onClick={() => check.mutate()} data-testid="check-update">
            {text.updates.check}
          </Button>
        </Row>
      )}
      {progress && <p role="status" data-testid="update-progress">{progressText(progress)}</p>}
      {check.isError && <Alert tone="red" role="alert">{errorText(check.error)}</Alert>}
      {install.isError && (
        <Alert tone="red" role="alert" data-testid="update-error">
          {errorText(install.error)}
        </Alert>
      )}
    </section>
  );
}
