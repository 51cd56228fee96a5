import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "src/generated"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Customer data must never be parsed as HTML.
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Render customer data as text." },
        { property: "outerHTML", message: "Render customer data as text." },
        { property: "insertAdjacentHTML", message: "Render customer data as text." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.name='invoke']",
          message: "Call the backend through src/ipc.ts only.",
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Customer data is rendered as text, never as HTML.",
        },
        {
          selector: "JSXText[value=/[A-Za-z]{3,}/]",
          message: "Put words the window shows in src/text.ts (the catalogue).",
        },
      ],
    },
  },
  {
    files: ["src/ipc.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
);
