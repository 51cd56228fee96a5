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
          message: "Put words the window shows in locales/en/window.ftl and read them through src/text.ts.",
        },
        {
          selector:
            "JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label|description|closeLabel)$/] > Literal[value=/[A-Za-z]{3,}/]",
          message: "Put words the window shows in locales/en/window.ftl and read them through src/text.ts.",
        },
        {
          selector: ":matches(JSXElement, JSXFragment) > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{3,}/]",
          message: "Put words the window shows in locales/en/window.ftl and read them through src/text.ts.",
        },
      ],
    },
  },
  {
    // text.ts only names messages: a sentence written here would skip the translations.
    files: ["src/text.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Literal[value=/\\s/]",
          message: "Words belong in locales/<language>/window.ftl; text.ts names the message.",
        },
        { selector: "TemplateLiteral", message: "Words belong in locales/<language>/window.ftl." },
      ],
    },
  },
  {
    files: ["src/ipc.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
);
