// Every word the window shows goes through the message files: each property of `text` and
// `connectorText` names a message every language has, and in the pseudo-locale every one of
// them comes out accented and bracketed (a sentence written straight into text.ts would not).
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { afterEach, describe, expect, it } from "vitest";

import de from "../../locales/de/window.ftl?raw";
import en from "../../locales/en/window.ftl?raw";
import es from "../../locales/es/window.ftl?raw";
import fr from "../../locales/fr/window.ftl?raw";
import nl from "../../locales/nl/window.ftl?raw";
import source from "./text.ts?raw";
import type { ActivityItem } from "./generated/app";
import { currentLanguage, languageOf, say, setLanguage, stretch } from "./language";
import { connectorText, text } from "./text";

/** A property of the catalogue; `read` gets it in the language spoken at the time. */
type Leaf = { path: string; read: () => unknown };

function leaves(node: object, path: string): Leaf[] {
  return Object.entries(Object.getOwnPropertyDescriptors(node)).flatMap(([key, descriptor]) => {
    const here = `${path}.${key}`;
    const getter = descriptor.get;
    if (getter) return [{ path: here, read: () => getter.call(node) }];
    const value: unknown = descriptor.value;
    if (value && typeof value === "object") return leaves(value, here);
    return [{ path: here, read: () => value }];
  });
}

const activity: ActivityItem = {
  id: 1,
  at: "2026-12-06T10:00:00Z",
  actor: "user",
  action: "send",
  subject: "#1001",
  outcome: "failed",
  code: "sku_not_found",
  order: "#1001",
} as unknown as ActivityItem;

/** Each leaf as the window would show it, functions called with sample values. */
function shown(leaf: Leaf): string {
  const value = leaf.read();
  if (typeof value === "string") return value;
  if (typeof value !== "function") throw new Error(`${leaf.path} is neither text nor a function`);
  const f = value as (...args: unknown[]) => string;
  if (leaf.path.endsWith(".describe")) return f(activity);
  const names = /^\(?([^)=]*)\)?\s*=>/.exec(f.toString())?.[1] ?? "";
  const args = names
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => (["path", "erp", "name", "day", "label", "authority", "channel", "error", "language"].includes(n) ? "X" : 2));
  return f(...args);
}

const all = [...leaves(text, "text"), ...leaves(connectorText, "connectorText")];

afterEach(() => setLanguage("en"));

describe("the window's words", () => {
  it("are all read from the message files", () => {
    expect(all.length).toBeGreaterThan(400);
    setLanguage("en-XA");
    for (const leaf of all) {
      const value = shown(leaf);
      // The CSV export has no secret: its label is empty in every language.
      if (value === "") continue;
      expect(value, leaf.path).toMatch(/^\[.*~\]$/s);
    }
  });

  it("name messages that every language has, and none the window does not use", () => {
    const used = new Set(Array.from(source.matchAll(/say\("([a-z0-9-]+)"/g), (m) => m[1]));
    for (const [tag, file] of Object.entries({ en, de, fr, es, nl })) {
      const bundle = new FluentBundle(tag);
      expect(bundle.addResource(new FluentResource(file)), tag).toEqual([]);
      for (const id of used) expect(bundle.hasMessage(id ?? ""), `${tag}: ${id}`).toBe(true);
      const defined = Array.from(file.matchAll(/^([a-z][a-z0-9-]*) =/gm), (m) => m[1]);
      expect(defined.filter((id) => !used.has(id)), tag).toEqual([]);
    }
  });

  it("follow the language chosen, with its plural rules and number format", () => {
    expect(text.wizard.orders(1)).toBe("1 order");
    expect(text.wizard.orders(1234)).toBe("1,234 orders");
    setLanguage("de");
    expect(currentLanguage()).toBe("de");
    expect(text.nav.settings).toBe("Einstellungen");
    expect(text.wizard.orders(1234)).toBe("1.234 Aufträge");
    setLanguage("fr");
    // French counts 0 and 1 as singular.
    expect(text.wizard.orders(0)).toBe("0 commande");
    expect(say("no-such-message")).toBe("no-such-message");
  });

  it("take a saved choice or a locale name, and refuse languages the app does not speak", () => {
    expect(languageOf("de-AT")).toBe("de");
    expect(languageOf("nl_BE.UTF-8")).toBe("nl");
    expect(languageOf("en-XA")).toBe("en-XA");
    expect(languageOf("ja")).toBeNull();
    expect(languageOf(null)).toBeNull();
    expect(stretch("Order")).toBe("[Öřďéř~]");
    expect(stretch("")).toBe("");
  });
});
