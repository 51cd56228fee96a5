import type { HTMLAttributes } from "preact";

import { classes, type Attributes } from "./elements";

/**
 * Text that came from a store or an ERP: always a text node (Preact escapes it), direction
 * taken from the text itself, long words wrapped.
 */
export function Data({ value, className, ...props }: { value: string | null | undefined } & Attributes<HTMLAttributes<HTMLSpanElement>>) {
  return (
    <span dir="auto" className={classes("data", className)} {...props}>
      {value ?? ""}
    </span>
  );
}
