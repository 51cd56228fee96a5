import { Alert, Button, Checkbox, Group, Progress, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";

import type { OrderRow, ResendProgress, ResendRow } from "../generated/app";
import type { FindingCode } from "../generated/bindings";
import { backend, errorText } from "../ipc";
import { problemsPresent, selectAll, selectNone, toggle, toSend, visibleOrders } from "../logic/selection";
import { text } from "../text";
import { Data } from "./Data";
import { outcomeWord, ResendResults } from "./ResendResults";
import { VirtualTable } from "./VirtualTable";

const PAGE = 500;
const ROW_HEIGHT = 40;
const COLUMNS = "64px 110px minmax(0, 1fr) 120px minmax(0, 1fr) minmax(0, 1fr)";

/** Every order not in the ERP, page by page. */
async function waitingOrders(): Promise<OrderRow[]> {
  const rows: OrderRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await backend.ordersPage({ search: null, only_waiting: true, offset, limit: PAGE });
    rows.push(...page.rows);
    if (page.rows.length < PAGE || rows.length >= page.total) return rows;
  }
}

export function ResendPanel() {
  const queries = useQueryClient();
  const waiting = useQuery({ queryKey: ["waiting"], queryFn: waitingOrders });
  const [problem, setProblem] = useState<FindingCode | null>(null);
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<ResendProgress | null>(null);
  const [lastResults, setLastResults] = useState<Map<string, ResendRow>>(new Map());
  const rows = useMemo(() => waiting.data ?? [], [waiting.data]);
  const visible = useMemo(() => visibleOrders(rows, problem, search), [rows, problem, search]);
  const problems = useMemo(() => problemsPresent(rows), [rows]);
  const chosen = toSend(selected, rows);

  const resend = useMutation({
    mutationFn: (orders: string[]) => {
      setProgress(null);
      return backend.resendOrders(orders, (p) => {
        setProgress(p);
        setLastResults((m) => new Map(m).set(p.last.order, p.last));
      });
    },
    onSuccess: (results) => {
      setLastResults(new Map(results.map((r) => [r.order, r])));
      setSelected(new Set());
    },
    onSettled: () => {
      for (const key of ["check", "orders", "waiting", "activity"]) void queries.invalidateQueries({ queryKey: [key] });
    },
  });

  const finished = resend.data;
  return (
    <Stack component="section" aria-labelledby="resend-title" data-testid="resend-panel">
      <Title order={3} size="h4" id="resend-title">
        {text.resend.title}
      </Title>
      {waiting.isError && <Alert color="red" role="alert">{errorText(waiting.error)}</Alert>}
      {waiting.data && rows.length === 0 && <Text>{text.resend.none}</Text>}
      {rows.length > 0 && (
        <>
          <Group align="flex-end">
            <Select
              label={text.resend.filter}
              data={[
                { value: "", label: text.resend.filterAll },
                ...problems.map((p) => ({ value: p.code, label: `${text.problem[p.code]} (${p.count})` })),
              ]}
              value={problem ?? ""}
              onChange={(v) => setProblem(v ? (v as FindingCode) : null)}
              allowDeselect={false}
              data-testid="problem-filter"
            />
            <TextInput label={text.resend.search} value={search} onChange={(e) => setSearch(e.currentTarget.value)} data-testid="resend-search" />
            <Button variant="default" onClick={() => setSelected(selectAll(selected, visible))} data-testid="select-all">
              {text.resend.selectAll}
            </Button>
            <Button variant="default" onClick={() => setSelected(selectNone(selected, visible))}>
              {text.resend.selectNone}
            </Button>
          </Group>
          <Text size="sm" role="status" data-testid="selected-count">
            {text.resend.selected(chosen.length, rows.length)}
          </Text>
          <VirtualTable
            label={text.resend.title}
            columns={COLUMNS}
            headers={[text.resend.column.select, text.resend.column.order, text.resend.column.customer, text.resend.column.total, text.resend.column.problem, text.resend.column.result]}
            count={visible.length}
            rowHeight={ROW_HEIGHT}
            height={Math.min(400, visible.length * ROW_HEIGHT + 2)}
            rowProps={(index) => ({ "data-order": visible[index]?.name, "data-external-id": visible[index]?.external_id })}
            renderRow={(index) => {
              const row = visible[index];
              if (!row) return null;
              const result = lastResults.get(row.name);
              return (
                <>
                  <span role="cell">
                    <Checkbox
                      aria-label={text.resend.selectOrder(row.name)}
                      checked={selected.has(row.external_id)}
                      onChange={() => setSelected(toggle(selected, row.external_id))}
                    />
                  </span>
                  <span role="cell"><Data value={row.name} /></span>
                  <span role="cell"><Data value={row.customer} /></span>
                  <span role="cell"><Data value={`${row.total} ${row.currency}`} /></span>
                  <span role="cell">{row.problem ? text.problem[row.problem] : text.state[row.state]}</span>
                  <span role="cell">{result ? outcomeWord(result).word : ""}</span>
                </>
              );
            }}
          />
        </>
      )}
      <Group>
        <Button disabled={chosen.length === 0} loading={resend.isPending} onClick={() => resend.mutate(chosen)} data-testid="resend-selected">
          {text.resend.resend(chosen.length)}
        </Button>
        {resend.isPending && progress && (
          <Text size="sm" role="status">
            {text.resend.sending(progress.done, progress.total)}
          </Text>
        )}
      </Group>
      {resend.isPending && (
        <Progress
          value={progress ? (100 * progress.done) / Math.max(progress.total, 1) : 0}
          aria-label={progress ? text.resend.sending(progress.done, progress.total) : text.resend.sending(0, chosen.length)}
          animated
        />
      )}
      {resend.isError && <Alert color="red" role="alert">{errorText(resend.error)}</Alert>}
      {finished && (
        <Stack gap="xs" data-testid="resend-finished">
          <Text role="status">{text.resend.finished(finished.filter((r) => r.verified).length, finished.length)}</Text>
          <ResendResults results={finished} />
        </Stack>
      )}
    </Stack>
  );
}
