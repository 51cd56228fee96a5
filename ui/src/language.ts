// The language the window speaks: Fluent bundles of locales/<language>/window.ftl (the same
// folder the Rust side reads its words from), plural rules and number formats by the language,
// and a pseudo-locale (accented, 40 % longer) that shows clipped text or a word that never went
// through the message files.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

import de from "../../locales/de/window.ftl?raw";
import en from "../../locales/en/window.ftl?raw";
import es from "../../locales/es/window.ftl?raw";
import fr from "../../locales/fr/window.ftl?raw";
import nl from "../../locales/nl/window.ftl?raw";

export const languages = ["en", "de", "fr", "es", "nl"] as const;
export type LanguageTag = (typeof languages)[number] | "en-XA";

/** Each language by its own name: the choice must be findable by someone who cannot read the
 * language the app is in now, so these are never translated. */
export const languageNames: Record<(typeof languages)[number], string> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  nl: "Nederlands",
};

const sources: Record<(typeof languages)[number], string> = { en, de, fr, es, nl };

function bundleOf(tag: (typeof languages)[number]): FluentBundle {
  // No isolation marks: nothing the app shows is written right to left, and they would end up
  // in copied text and in the accessible names screen readers speak.
  const bundle = new FluentBundle(tag, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(sources[tag]));
  if (errors.length > 0) console.error(`locales/${tag}/window.ftl`, errors);
  return bundle;
}

const loaded = new Map<string, FluentBundle>();
function bundle(tag: (typeof languages)[number]): FluentBundle {
  let found = loaded.get(tag);
  if (!found) {
    found = bundleOf(tag);
    loaded.set(tag, found);
  }
  return found;
}

/** A language tag the window speaks, from a saved choice or a locale name (`de-AT`). */
export function languageOf(tag: string | null | undefined): LanguageTag | null {
  if (!tag) return null;
  if (tag.toLowerCase() === "en-xa") return "en-XA";
  const base = tag.split(/[-_.]/)[0]?.toLowerCase();
  return languages.find((l) => l === base) ?? null;
}

declare global {
  interface Window {
    /** Set by the app before the page's scripts run: the language it speaks. */
    __ORDER_SYNC_DOCTOR_LANGUAGE__?: string;
  }
}

let current: LanguageTag =
  languageOf(typeof window === "undefined" ? null : window.__ORDER_SYNC_DOCTOR_LANGUAGE__) ??
  languageOf(typeof navigator === "undefined" ? null : navigator.language) ??
  "en";
const listeners = new Set<() => void>();
// Screen readers pick their voice, and CSS its hyphenation, by the page's language.
if (typeof document !== "undefined") document.documentElement.lang = current;

export function currentLanguage(): LanguageTag {
  return current;
}

/** Speak another language from now on; every subscriber (the app's root) draws again. */
export function setLanguage(tag: LanguageTag): void {
  if (tag === current) return;
  current = tag;
  document.documentElement.lang = tag;
  for (const listener of listeners) listener();
}

export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const plain = "AaBbCcDdEeFfGgHhIiJjKkLlMmNnOoPpRrSsTtUuWwYyZz";
const accented = Array.from("ÅåƁƀĊċĎďÉéƑƒĜĝĤĥÎîĴĵĶķĻļṀṁŃńÖöƤƥŘřŠšŢţÛûŴŵÝýŽž");

/** The pseudo-locale's form of a text, the same as the Rust side's (crates/i18n/src/pseudo.rs). */
export function stretch(text: string): string {
  if (text === "") return text;
  const body = Array.from(text, (c) => {
    const i = plain.indexOf(c);
    return i < 0 ? c : (accented[i] ?? c);
  }).join("");
  const length = Array.from(text).length;
  const padding = Math.max(Math.ceil((length * 2) / 5) - 2, 1);
  return `[${body}${"~".repeat(padding)}]`;
}

/** The tag `Intl` formats with: the pseudo-locale writes numbers and dates as English does. */
function formatTag(): string {
  return current === "en-XA" ? "en" : current;
}

/** A moment the way the language writes it, to the minute ("12/6/26, 7:08 PM", "06.12.26, 19:08"). */
export function dateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(formatTag(), { dateStyle: "short", timeStyle: "short" }).format(date);
}

/** An amount with its currency code where the language puts it ("USD 1,234.50", "1.234,50 USD"),
 * as the Rust side writes it; the text as it came when it is not a number or not a currency. */
export function money(amount: string, currency: string): string {
  const value = Number(amount);
  if (amount.trim() === "" || !Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(formatTag(), { style: "currency", currency, currencyDisplay: "code" }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A message of the window in the language spoken now; English when a file lacks it (CI keeps
 * that from shipping), its id when none has it. */
export function say(id: string, args?: Record<string, FluentVariable>): string {
  const tag = current === "en-XA" ? "en" : current;
  for (const candidate of [bundle(tag), bundle("en")]) {
    const message = candidate.getMessage(id);
    if (message?.value) {
      const text = candidate.formatPattern(message.value, args);
      return current === "en-XA" ? stretch(text) : text;
    }
  }
  return id;
}
