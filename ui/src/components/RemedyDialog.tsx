import { Alert, Button, Group, List, Loader, Modal, Progress, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { ResendProgress } from "../generated/app";
import { backend, errorText } from "../ipc";
import { text } from "../text";
import { Data } from "./Data";
import { ResendResults } from "./ResendResults";

/** Preview → confirm → result (with Undo for mappings and rules). */
export function RemedyDialog({ remedy, onClose }: { remedy: string; onClose: () => void }) {
  const queries = useQueryClient();
  const preview = useQuery({ queryKey: ["preview", remedy], queryFn: () => backend.previewRemedy(remedy), staleTime: 0 });
  const [progress, setProgress] = useState<ResendProgress | null>(null);
  const refresh = () => {
    for (const key of ["check", "orders", "waiting", "activity"]) void queries.invalidateQueries({ queryKey: [key] });
  };
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
    <Modal opened onClose={onClose} title={text.remedy.title} size="lg" data-testid="remedy-dialog">
      {preview.isPending && (
        <Group role="status">
          <Loader size="sm" />
          <Text>{text.remedy.loading}</Text>
        </Group>
      )}
      {preview.isError && (
        <Alert color="red" role="alert">
          {errorText(preview.error)}
        </Alert>
      )}
      {preview.data && (
        <Stack>
          <div>
            <Text fw={600}>{text.remedy.change}</Text>
            <Data value={preview.data.change} />
          </div>
          {preview.data.erp_change && (
            <div>
              <Text fw={600}>{text.remedy.erpChange}</Text>
              <Data value={preview.data.erp_change} />
            </div>
          )}
          {preview.data.clears.length > 0 && (
            <div data-testid="preview-clears" data-orders={JSON.stringify(preview.data.clears)}>
              <Text fw={600}>{text.remedy.clears(preview.data.clears.length)}</Text>
              <Data value={preview.data.clears.join(", ")} size="sm" />
            </div>
          )}
          {preview.data.still_blocked.length > 0 && (
            <div>
              <Text fw={600}>{text.remedy.stillBlocked(preview.data.still_blocked.length)}</Text>
              <Data value={preview.data.still_blocked.join(", ")} size="sm" />
            </div>
          )}
          {preview.data.notes.length > 0 && (
            <div>
              <Text fw={600}>{text.remedy.notes}</Text>
              <List size="sm">
                {preview.data.notes.map((note, i) => (
                  <List.Item key={i}>
                    <Data value={note} />
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {apply.isPending && progress && (
            <Progress value={(100 * progress.done) / Math.max(progress.total, 1)} aria-label={text.resend.sending(progress.done, progress.total)} />
          )}
          {apply.isError && (
            <Alert color="red" role="alert">
              {errorText(apply.error)}
            </Alert>
          )}
          {outcome && (
            <Alert color="green" role="status" data-testid="remedy-done">
              <Stack gap="xs">
                <Text>
                  {outcome.results.length > 0
                    ? text.remedy.resent(outcome.results.filter((r) => r.verified).length, outcome.results.length)
                    : text.remedy.done}
                </Text>
                {outcome.results.length > 0 && <ResendResults results={outcome.results} />}
                {undo.isSuccess && <Text>{text.remedy.undone}</Text>}
                {undo.isError && <Text c="red.9">{errorText(undo.error)}</Text>}
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
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
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
