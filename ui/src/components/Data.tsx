import type { HTMLAttributes } from "react";

import { classes } from "./elements";

/**
 * Text that came from a store or an ERP: always a text node (React escapes it), direction
 * taken from the text itself, long words wrapped.
 */
export function Data({ value, className, ...props }: { value: string | null | undefined } & HTMLAttributes<HTMLSpanElement>) {
  return (
    <span dir="auto" className={classes("data", className)} {...props}>
      {value ?? ""}
    </span>
  );
}
