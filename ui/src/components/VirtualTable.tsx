import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from "@tanstack/virtual-core";
import type { ComponentChildren, CSSProperties } from "preact";
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from "preact/hooks";

/**
 * TanStack's virtualizer bound to this component: it measures the scroller and asks for a
 * render whenever the rows in view change.
 */
function useVirtualRows(count: number, rowHeight: number, scroller: { current: HTMLDivElement | null }) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = {
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 15,
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLDivElement, Element>(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}

/**
 * A table whose rows exist only while in view, so 100,000 rows scroll like 100. Rows are
 * ARIA rows in an ARIA table; `renderRow` returns the cells (`role="cell"`) of row `index`.
 */
export function VirtualTable({
  label,
  columns,
  headers,
  count,
  rowHeight,
  height,
  renderRow,
  rowProps,
  onRange,
}: {
  label: string;
  /** CSS grid columns, shared by the header and every row. */
  columns: string;
  headers: string[];
  count: number;
  rowHeight: number;
  height: CSSProperties["height"];
  renderRow: (index: number) => ComponentChildren;
  rowProps?: (index: number) => Record<string, string | undefined>;
  /** Told which rows are in view, to load them. */
  onRange?: (first: number, last: number) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualRows(count, rowHeight, scroller);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => onRange?.(first, last), [onRange, first, last]);
  return (
    <div role="table" aria-label={label} aria-rowcount={count + 1}>
      <div role="row" className="virtual-head" style={{ gridTemplateColumns: columns }}>
        {headers.map((header) => (
          <span role="columnheader" key={header}>
            {header}
          </span>
        ))}
      </div>
      <div ref={scroller} className="virtual-scroll" style={{ height }} role="rowgroup" tabIndex={0}>
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {items.map((item) => (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              className="virtual-row"
              style={{ top: item.start, height: rowHeight, gridTemplateColumns: columns }}
              {...rowProps?.(item.index)}
            >
              {renderRow(item.index)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
