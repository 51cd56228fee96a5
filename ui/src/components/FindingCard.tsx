import { useState } from "preact/hooks";

import type { Finding } from "../generated/bindings";
import { severityColor } from "../logic/verdict";
import { text } from "../text";
import { Data } from "./Data";
import { Badge, Button, Row, Stack } from "./elements";

/** The order names shown under a finding before "showing N of M". */
const SHOWN_ORDERS = 25;

/** `onRemedy` opens a remedy's dialog, which the screen owns: a remedy that works removes
 * this finding, and its result (with Undo) must stay on screen. */
export function FindingCard({ finding, onRemedy }: { finding: Finding; onRemedy: (remedy: string) => void }) {
  const [detailsOpen, setDetailsOpen] = useState(false);
  const shown = finding.orders.slice(0, SHOWN_ORDERS);
  const detailsId = `details-${finding.code}-${finding.key ?? "none"}`.replace(/[^A-Za-z0-9_-]/g, "_");
  return (
    <Stack gap="xs" className="card" data-testid="finding" data-code={finding.code} data-key={finding.key ?? ""}>
      <Row gap="xs" nowrap align="start">
        <Badge tone={severityColor[finding.severity]}>{text.wizard.severity[finding.severity]}</Badge>
        <p className="strong">
          <Data value={finding.message} />
        </p>
      </Row>
      <p className="small">
        <span className="strong">{`${text.wizard.howToFix}: `}</span>
        <Data value={finding.fix} />
      </p>
      {finding.orders.length > 0 && (
        <p className="small muted" data-testid="finding-orders">
          {finding.orders.length > SHOWN_ORDERS
            ? `${text.wizard.shownOrders(SHOWN_ORDERS, finding.orders.length)}: `
            : `${text.wizard.waitingOn(finding.orders.length)}: `}
          <Data value={shown.join(", ")} />
        </p>
      )}
      <Row gap="xs">
        {finding.remedies.map((r) => (
          <Button key={r.id} size="xs" onClick={() => onRemedy(r.id)} data-remedy={r.id}>
            <Data value={r.label} />
          </Button>
        ))}
        {finding.detail && (
          <Button size="xs" variant="subtle" aria-expanded={detailsOpen} aria-controls={detailsId} onClick={() => setDetailsOpen((o) => !o)}>
            {text.wizard.technicalDetails}
          </Button>
        )}
      </Row>
      {finding.detail && (
        <div id={detailsId} className="detail-box" hidden={!detailsOpen}>
          <pre className="detail" dir="auto">
            {finding.detail}
          </pre>
        </div>
      )}
    </Stack>
  );
}
