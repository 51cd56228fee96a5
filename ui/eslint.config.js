import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "src/generated"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      // Customer data must never be parsed as HTML.
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Render customer data with textContent." },
        { property: "outerHTML", message: "Render customer data with textContent." },
        { property: "insertAdjacentHTML", message: "Render customer data with textContent." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.name='invoke']",
          message: "Call the backend through src/ipc.ts only.",
        },
      ],
    },
  },
  {
    files: ["src/ipc.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
);
