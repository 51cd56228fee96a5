import type { ResendRow } from "../generated/app";
import { text } from "../text";
import { Data } from "./Data";
import { Badge, type Tone } from "./elements";

export function outcomeWord(row: ResendRow): { word: string; tone: Tone } {
  if (row.verified) return { word: text.resend.outcome.verified, tone: "green" };
  if (row.outcome !== "failed") return { word: text.resend.outcome.sent, tone: "orange" };
  if (row.state === "retry_scheduled") return { word: text.resend.outcome.retry, tone: "orange" };
  return { word: text.resend.outcome.failed, tone: "red" };
}

/** One line per order of a resend: what became of it, and the ERP's status read back. */
export function ResendResults({ results }: { results: ResendRow[] }) {
  return (
    <table className="table" data-testid="resend-results">
      <thead>
        <tr>
          <th>{text.resend.column.order}</th>
          <th>{text.resend.column.result}</th>
          <th>{text.resend.column.problem}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((row) => {
          const { word, tone } = outcomeWord(row);
          return (
            <tr key={row.order} data-order={row.order} data-verified={row.verified}>
              <td className="order">
                <Data value={row.order} />
              </td>
              <td>
                <Badge tone={tone}>{word}</Badge> <Data value={row.erp_status} />
              </td>
              <td>
                <Data value={row.code ? text.problem[row.code] : ""} /> <Data value={row.message} className="muted" />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
