import type { RetryInMiddleware } from "../generated/app";
import { text } from "../text";
import { Data } from "./Data";
import { Badge, type Tone } from "./elements";

/** What became of one order's retry in the integration tool, as a word and its colour. */
export function retryWord(row: RetryInMiddleware): { word: string; tone: Tone; detail: string } {
  const words = text.retry.outcome;
  switch (row.kind) {
    case "already_in_erp":
      return { word: words.alreadyInErp, tone: "green", detail: row.marked_resolved ? words.markedResolved : words.leftAsIs };
    case "unknown_order":
      return { word: words.unknown, tone: "orange", detail: words.unknownDetail };
    case "not_retried":
      return { word: words.notRetried, tone: "red", detail: row.reason };
    case "retried":
      if (row.in_erp) return { word: words.inErp, tone: "green", detail: "" };
      if (row.succeeded) return { word: words.endedNotInErp, tone: "orange", detail: "" };
      return { word: row.error === null ? words.running : words.failedAgain, tone: row.error === null ? "orange" : "red", detail: row.error ?? "" };
  }
}

/** One line per order of a retry in the integration tool. */
export function RetryResults({ results }: { results: RetryInMiddleware[] }) {
  return (
    <table className="table" data-testid="retry-results">
      <thead>
        <tr>
          <th>{text.resend.column.order}</th>
          <th>{text.resend.column.result}</th>
          <th>{text.resend.column.problem}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((row) => {
          const { word, tone, detail } = retryWord(row);
          return (
            <tr key={row.order} data-order={row.order} data-kind={row.kind}>
              <td className="order">
                <Data value={row.order} />
              </td>
              <td>
                <Badge tone={tone}>{word}</Badge>
              </td>
              <td>
                <Data value={detail} className="muted" />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
