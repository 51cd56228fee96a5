import { useMutation, useQuery, useQueryClient } from "@tanstack/preact-query";
import { useEffect, useMemo, useState } from "preact/hooks";

import type { OrderRow, ResendProgress, ResendRow } from "../generated/app";
import type { CheckReport, FindingCode } from "../generated/bindings";
import { backend, errorText } from "../ipc";
import { money } from "../language";
import { keepListed, liveProblem, problemsPresent, selectAll, selectNone, toggle, toSend, visibleOrders, withCurrentProblems } from "../logic/selection";
import { currentProblems } from "../logic/verdict";
import { refreshOrderViews } from "../orderViews";
import { text } from "../text";
import { Data } from "./Data";
import { Alert, Button, Progress, Row, SelectField, Stack, TextField } from "./elements";
import { outcomeWord, ResendResults } from "./ResendResults";
import { VirtualTable } from "./VirtualTable";

const PAGE = 500;
const ROW_HEIGHT = 46;
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

/** `report` is the check on screen: the problem column and filter say what it says. */
export function ResendPanel({ report }: { report?: CheckReport }) {
  const queries = useQueryClient();
  const waiting = useQuery({ queryKey: ["waiting"], queryFn: waitingOrders });
  const [chosenProblem, setProblem] = useState<FindingCode | null>(null);
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [progress, setProgress] = useState<ResendProgress | null>(null);
  const [lastResults, setLastResults] = useState<Map<string, ResendRow>>(new Map());
  const problemsNow = useMemo(() => (report ? currentProblems(report) : null), [report]);
  const rows = useMemo(() => withCurrentProblems(waiting.data ?? [], problemsNow), [waiting.data, problemsNow]);
  // A problem every order of which was fixed or sent no longer hides the list (the filter
  // would show "Any problem" while still filtering).
  const problem = liveProblem(chosenProblem, rows);
  // Orders that left the list leave the selection, whoever sent them.
  useEffect(() => setSelected((current) => keepListed(current, rows)), [rows]);
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
      void refreshOrderViews(queries);
    },
  });

  const finished = resend.data;
  return (
    <section className="stack gap-md" aria-labelledby="resend-title" data-testid="resend-panel">
      <h3 className="title-3" id="resend-title">
        {text.resend.title}
      </h3>
      {waiting.isError && <Alert tone="red" role="alert">{errorText(waiting.error)}</Alert>}
      {waiting.data && rows.length === 0 && <p>{text.resend.none}</p>}
      {rows.length > 0 && (
        <>
          <Row align="end">
            <SelectField
              label={text.resend.filter}
              options={[
                { value: "", label: text.resend.filterAll },
                ...problems.map((p) => ({ value: p.code, label: `${text.problem[p.code]} (${p.count})` })),
              ]}
              value={problem ?? ""}
              onChange={(v) => setProblem(v ? (v as FindingCode) : null)}
              data-testid="problem-filter"
            />
            <TextField label={text.resend.search} value={search} onInput={(e) => setSearch(e.currentTarget.value)} data-testid="resend-search" />
            <Button variant="default" onClick={() => setSelected(selectAll(selected, visible))} data-testid="select-all">
              {text.resend.selectAll}
            </Button>
            <Button variant="default" onClick={() => setSelected(selectNone(selected, visible))}>
              {text.resend.selectNone}
            </Button>
          </Row>
          <p className="small" role="status" data-testid="selected-count">
            {text.resend.selected(chosen.length, rows.length)}
          </p>
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
                    <input
                      type="checkbox"
                      className="checkbox"
                      aria-label={text.resend.selectOrder(row.name)}
                      checked={selected.has(row.external_id)}
                      onChange={() => setSelected(toggle(selected, row.external_id))}
                    />
                  </span>
                  <span role="cell"><Data value={row.name} /></span>
                  <span role="cell"><Data value={row.customer} /></span>
                  <span role="cell"><Data value={money(row.total, row.currency)} /></span>
                  <span role="cell">
                    {row.problem ? text.problem[row.problem] : problemsNow?.has(row.name) ? text.resend.ready : text.state[row.state]}
                  </span>
                  <span role="cell">{result ? outcomeWord(result).word : ""}</span>
                </>
              );
            }}
          />
        </>
      )}
      <Row>
        <Button disabled={chosen.length === 0} loading={resend.isPending} onClick={() => resend.mutate(chosen)} data-testid="resend-selected">
          {text.resend.resend(chosen.length)}
        </Button>
        {resend.isPending && progress && (
          <p className="small" role="status">
            {text.resend.sending(progress.done, progress.total)}
          </p>
        )}
      </Row>
      {resend.isPending && (
        <Progress
          value={progress ? (100 * progress.done) / Math.max(progress.total, 1) : 0}
          label={progress ? text.resend.sending(progress.done, progress.total) : text.resend.sending(0, chosen.length)}
        />
      )}
      {resend.isError && <Alert tone="red" role="alert">{errorText(resend.error)}</Alert>}
      {finished && (
        <Stack gap="xs" data-testid="resend-finished">
          <p role="status">{text.resend.finished(finished.filter((r) => r.verified).length, finished.length)}</p>
          <ResendResults results={finished} />
        </Stack>
      )}
    </section>
  );
}
