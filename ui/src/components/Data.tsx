import { Text, type TextProps } from "@mantine/core";

/**
 * Text that came from a store or an ERP: always a text node (React escapes it), direction
 * taken from the text itself, long words wrapped.
 */
export function Data({ value, ...props }: { value: string | null | undefined } & TextProps) {
  return (
    <Text component="span" dir="auto" className="data" inherit {...props}>
      {value ?? ""}
    </Text>
  );
}
