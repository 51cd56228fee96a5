import { Badge, Button, Collapse, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";

import type { Finding } from "../generated/bindings";
import { severityColor } from "../logic/verdict";
import { text } from "../text";
import { Data } from "./Data";

/** The order names shown under a finding before "showing N of M". */
const SHOWN_ORDERS = 25;

/** `onRemedy` opens a remedy's dialog, which the screen owns: a remedy that works removes
 * this finding, and its result (with Undo) must stay on screen. */
export function FindingCard({ finding, onRemedy }: { finding: Finding; onRemedy: (remedy: string) => void }) {
  const [detailsOpen, setDetailsOpen] = useState(false);
  const shown = finding.orders.slice(0, SHOWN_ORDERS);
  const detailsId = `details-${finding.code}-${finding.key ?? "none"}`.replace(/[^A-Za-z0-9_-]/g, "_");
  return (
    <Paper withBorder p="sm" data-testid="finding" data-code={finding.code} data-key={finding.key ?? ""}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge color={severityColor[finding.severity]} variant="light" style={{ flexShrink: 0 }}>
            {text.wizard.severity[finding.severity]}
          </Badge>
          <Text fw={600}>
            <Data value={finding.message} />
          </Text>
        </Group>
        <Text size="sm">
          <Text span fw={600} inherit>
            {`${text.wizard.howToFix}: `}
          </Text>
          <Data value={finding.fix} />
        </Text>
        {finding.orders.length > 0 && (
          <Text size="sm" c="dark.6" data-testid="finding-orders">
            {finding.orders.length > SHOWN_ORDERS
              ? `${text.wizard.shownOrders(SHOWN_ORDERS, finding.orders.length)}: `
              : `${text.wizard.waitingOn(finding.orders.length)}: `}
            <Data value={shown.join(", ")} />
          </Text>
        )}
        <Group gap="xs">
          {finding.remedies.map((r) => (
            <Button key={r.id} size="xs" onClick={() => onRemedy(r.id)} data-remedy={r.id}>
              <Data value={r.label} />
            </Button>
          ))}
          {finding.detail && (
            <Button
              size="xs"
              variant="subtle"
              aria-expanded={detailsOpen}
              aria-controls={detailsId}
              onClick={() => setDetailsOpen((o) => !o)}
            >
              {text.wizard.technicalDetails}
            </Button>
          )}
        </Group>
        <Collapse in={detailsOpen} id={detailsId}>
          <Paper bg="gray.1" p="xs">
            <pre className="detail" dir="auto">
              {finding.detail}
            </pre>
          </Paper>
        </Collapse>
      </Stack>
    </Paper>
  );
}
