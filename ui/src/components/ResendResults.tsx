import { Badge, Table } from "@mantine/core";

import type { ResendRow } from "../generated/app";
import { text } from "../text";
import { Data } from "./Data";

export function outcomeWord(row: ResendRow): { word: string; color: string } {
  if (row.verified) return { word: text.resend.outcome.verified, color: "green.9" };
  if (row.outcome !== "failed") return { word: text.resend.outcome.sent, color: "orange.9" };
  if (row.state === "retry_scheduled") return { word: text.resend.outcome.retry, color: "orange.9" };
  return { word: text.resend.outcome.failed, color: "red.9" };
}

/** One line per order of a resend: what became of it, and the ERP's status read back. */
export function ResendResults({ results }: { results: ResendRow[] }) {
  return (
    <Table data-testid="resend-results" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{text.resend.column.order}</Table.Th>
          <Table.Th>{text.resend.column.result}</Table.Th>
          <Table.Th>{text.resend.column.problem}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {results.map((row) => {
          const { word, color } = outcomeWord(row);
          return (
            <Table.Tr key={row.order} data-order={row.order} data-verified={row.verified}>
              <Table.Td>
                <Data value={row.order} />
              </Table.Td>
              <Table.Td>
                <Badge color={color} variant="light">
                  {word}
                </Badge>{" "}
                <Data value={row.erp_status} size="sm" />
              </Table.Td>
              <Table.Td>
                <Data value={row.code ? text.problem[row.code] : ""} size="sm" />{" "}
                <Data value={row.message} size="sm" c="dark.6" />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
