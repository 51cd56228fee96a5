import { useMutation, useQuery } from "@tanstack/preact-query";
import { useState } from "preact/hooks";

import { Data } from "../components/Data";
import { Alert, Badge, Button, Loading, Row, SelectField, Stack, TextField, type Tone } from "../components/elements";
import type { ReconciledOrder, Standing } from "../generated/app";
import { backend, errorText } from "../ipc";
import { money } from "../language";
import { text } from "../text";

const STANDINGS: Standing[] = ["in_both", "totals_differ", "duplicated", "store_only", "erp_only"];

const TONE: Record<Standing, Tone> = {
  in_both: "green",
  totals_differ: "orange",
  duplicated: "red",
  store_only: "yellow",
  erp_only: "orange",
};

/** `YYYY-MM-DD` of a day `daysBack` before today, in this computer's calendar. */
function day(daysBack: number): string {
  const at = new Date();
  at.setDate(at.getDate() - daysBack);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Store and ERP side by side for a period, with what to do about each difference. */
export function Reconcile() {
  const [from, setFrom] = useState(() => day(30));
  const [to, setTo] = useState(() => day(0));
  const [period, setPeriod] = useState({ from, to });
  const [show, setShow] = useState<"attention" | "all" | Standing>("attention");
  const comparison = useQuery({
    queryKey: ["reconcile", period.from, period.to],
    queryFn: () => backend.reconcile(period.from, period.to),
  });
  const save = useMutation({
    mutationFn: (format: "csv" | "html") => backend.exportReconciliation(period.from, period.to, format),
  });
  const rows = (comparison.data?.rows ?? []).filter((row: ReconciledOrder) =>
    show === "all" ? true : show === "attention" ? row.standing !== "in_both" : row.standing === show,
  );
  const count = (standing: Standing) => comparison.data?.rows.filter((r) => r.standing === standing).length ?? 0;

  return (
    <Stack data-testid="reconcile">
      <h2 className="title-2">{text.reconcile.title}</h2>
      <p>{text.reconcile.intro}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setPeriod({ from, to });
        }}
      >
        <Row align="end" gap="md">
          <TextField type="date" label={text.reconcile.from} value={from} max={to} onInput={(e) => setFrom(e.currentTarget.value)} data-testid="reconcile-from" />
          <TextField type="date" label={text.reconcile.to} value={to} min={from} onInput={(e) => setTo(e.currentTarget.value)} data-testid="reconcile-to" />
          <Button type="submit" loading={comparison.isFetching} data-testid="reconcile-compare">
            {text.reconcile.compare}
          </Button>
          <Button variant="outline" onClick={() => save.mutate("csv")} loading={save.isPending && save.variables === "csv"} disabled={!comparison.data} data-testid="reconcile-save-csv">
            {text.reconcile.saveCsv}
          </Button>
          <Button variant="outline" onClick={() => save.mutate("html")} loading={save.isPending && save.variables === "html"} disabled={!comparison.data} data-testid="reconcile-save-html">
            {text.reconcile.savePrintable}
          </Button>
        </Row>
      </form>
      {save.isSuccess && (
        <Alert tone={save.data ? "green" : "gray"} role="status" data-testid="reconcile-saved">
          {save.data ? <Data value={text.reconcile.saved(save.data)} /> : text.reconcile.notSaved}
        </Alert>
      )}
      {save.isError && <Alert tone="red" role="alert">{errorText(save.error)}</Alert>}
      {comparison.isError && <Alert tone="red" role="alert">{errorText(comparison.error)}</Alert>}
      {comparison.isPending && <Loading label={text.reconcile.comparing} />}
      {comparison.data && (
        <>
          <ul className="standings">
            {STANDINGS.map((standing) => (
              <li key={standing} data-standing={standing}>
                <Badge tone={TONE[standing]}>{text.reconcile.standing[standing]}</Badge> <strong data-testid={`count-${standing}`}>{count(standing)}</strong>{" "}
                <span className="small">{text.reconcile.meaning[standing]}</span>
              </li>
            ))}
          </ul>
          <SelectField
            label={text.reconcile.filter}
            value={show}
            options={[
              { value: "attention", label: text.reconcile.allButMatching },
              { value: "all", label: text.reconcile.everything },
              ...STANDINGS.map((s) => ({ value: s, label: text.reconcile.standing[s] })),
            ]}
            onChange={(value) => setShow(value as typeof show)}
            style={{ width: 280 }}
          />
          {rows.length === 0 ? (
            <p role="status">{text.reconcile.none}</p>
          ) : (
            <table className="table" data-testid="reconcile-rows">
              <thead>
                <tr>
                  <th>{text.reconcile.column.standing}</th>
                  <th>{text.reconcile.column.order}</th>
                  <th>{text.reconcile.column.reference}</th>
                  <th>{text.reconcile.column.date}</th>
                  <th>{text.reconcile.column.total}</th>
                  <th>{text.reconcile.column.erp}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.standing}-${row.external_id}`} data-standing={row.standing} data-reference={row.external_id}>
                    <td>
                      <Badge tone={TONE[row.standing]}>{text.reconcile.standing[row.standing]}</Badge>
                    </td>
                    <td>
                      <Data value={row.order ?? "—"} />
                    </td>
                    <td>
                      <Data value={row.external_id} />
                    </td>
                    <td>{row.date}</td>
                    <td>
                      <Data value={row.store_total ? money(row.store_total, row.currency) : ""} />
                    </td>
                    <td>
                      <Data value={row.erp.map((d) => `${d.number || d.erp_id} (${d.status})`).join(", ")} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {comparison.data.look_alikes.length > 0 && (
            <Stack gap="sm" data-testid="reconcile-look-alikes">
              <h3 className="title-3">{text.reconcile.lookAlikes}</h3>
              <p className="small">{text.reconcile.lookAlikesIntro}</p>
              <ul>
                {comparison.data.look_alikes.map((alike, i) => (
                  <li key={i}>
                    <Data value={`${alike.orders.join(", ")}: ${alike.documents.map((d) => `${d.number || d.erp_id} (${d.status})`).join(", ")}`} />
                  </li>
                ))}
              </ul>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
