// The app in every language it ships, in the real webview:
// - the pseudo-locale (every word accented and 40 % longer) walked through every step, dialog
//   and screen: no text clipped or overlapping, and no word that skipped the message files;
// - English, then each language chosen in Settings: the window and the findings the backend
//   words switch at once, with a screenshot of step 2 in each.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { freshDir, openScreen, openStep, press, root, screenshot, showStep, startApp, textOf, visitEverything, waitFor, waitForWizard } from "./support.mjs";

/** Run `body` with the app started on a fresh data folder holding `app.toml`; always stop it
 * (one app at a time: a second would meet the single-instance lock). */
async function withApp(prefix, config, body) {
  const data = freshDir(prefix);
  writeFileSync(join(data, "app.toml"), config);
  const app = await startApp({ SYNC_DOCTOR_DATA_DIR: data });
  try {
    await body(app.browser);
  } finally {
    await app.stop();
  }
}

/** A message of a language's file, its first line (enough for plain messages). */
function message(language, file, id) {
  const text = readFileSync(join(root, "locales", language, file), "utf8");
  const found = new RegExp(`^${id} = (.+)$`, "m").exec(text);
  assert.ok(found, `${id} in locales/${language}/${file}`);
  return found[1];
}

/**
 * Everything on screen that a person could not read whole, measured in the page: text cut off
 * by a box that hides its overflow, and text drawn over other text. A dialog that is open is
 * checked alone (the page under it is covered on purpose).
 */
function layoutProblems() {
  const hides = (v) => v === "hidden" || v === "clip";
  const dialog = [...document.querySelectorAll("dialog[open]")].pop();
  const scope = dialog ?? document.body;
  const shown = (el) => {
    // The inside of a closed <details> is not drawn, whatever its boxes say.
    const closed = el.closest("details:not([open])");
    if (closed && !el.closest("summary")) return false;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.opacity !== "0";
  };
  // What a sticky or fixed element covers is scrolled under it by design.
  const pinned = (el) => {
    for (let a = el; a; a = a.parentElement) {
      const p = getComputedStyle(a).position;
      if (p === "sticky" || p === "fixed") return true;
    }
    return false;
  };
  // A line scrolled out of its scroll box (a virtual table's rows) is not on screen.
  const scrolledAway = (el, r) => {
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (!/auto|scroll/.test(style.overflowX + style.overflowY)) continue;
      const box = a.getBoundingClientRect();
      if (r.bottom <= box.top || r.top >= box.bottom || r.right <= box.left || r.left >= box.right) return true;
    }
    return false;
  };
  const textNodes = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent.trim() && node.parentElement && shown(node.parentElement)) textNodes.push(node);
  }
  const problems = [];
  const lines = [];
  for (const node of textNodes) {
    const el = node.parentElement;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
    const sample = node.textContent.trim().slice(0, 60);
    // The nearest box that hides overflow must hold the whole text.
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
      const box = a.getBoundingClientRect();
      const out = rects.some((r) => r.right > box.right + 1 || r.left < box.left - 1 || r.bottom > box.bottom + 1 || r.top < box.top - 1);
      if (out) problems.push(`clipped: "${sample}" in ${a.tagName.toLowerCase()}.${[...a.classList].join(".")}`);
      break;
    }
    if (getComputedStyle(el).textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`cut with an ellipsis: "${sample}"`);
    }
    if (!pinned(el)) for (const r of rects) if (!scrolledAway(el, r)) lines.push({ node, r, sample });
  }
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i];
      const b = lines[j];
      if (a.node === b.node) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      // Lines of text may touch; two glyph boxes sharing more than a few pixels do not.
      if (w > 2 && h > 3) problems.push(`overlapping: "${a.sample}" and "${b.sample}"`);
    }
  }
  return [...new Set(problems)];
}

/**
 * Words on screen that did not go through the message files: in the pseudo-locale every
 * message is accented and bracketed, so plain English left over is a string outside them.
 * Data from the store or ERP (`.data`), raw technical text (`pre`, `code`) and form values are
 * not messages.
 */
function untranslated() {
  const dialog = [...document.querySelectorAll("dialog[open]")].pop();
  const scope = dialog ?? document.body;
  const found = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    // A label in another language than the window's (each language by its own name) is
    // marked with its own lang.
    if (!el || el.closest(".data, pre, code, script, style, [data-raw], [lang]:not(html)")) continue;
    const rest = node.textContent.replace(/\[[^\]]*~\]/g, "");
    const word = /[A-Za-z]{3,}/.exec(rest);
    if (word) found.push(node.textContent.trim().slice(0, 80));
  }
  for (const el of scope.querySelectorAll("[aria-label], [title], [placeholder]")) {
    for (const name of ["aria-label", "title", "placeholder"]) {
      const value = el.getAttribute(name);
      if (value && /[A-Za-z]{3,}/.test(value.replace(/\[[^\]]*~\]/g, ""))) found.push(`${name}="${value}"`);
    }
  }
  return [...new Set(found)];
}

test("the pseudo-locale walk: nothing clipped, nothing overlapping, nothing outside the message files", async () => {
  await withApp("osd-e2e-pseudo-", 'language = "en-XA"\n', walk);
});

async function walk(browser) {
  await waitForWizard(browser);
  const seen = {};
  await visitEverything(browser, async (where) => {
    const problems = [...(await browser.execute(layoutProblems)), ...(await browser.execute(untranslated)).map((t) => `not from the message files: ${t}`)];
    if (problems.length > 0) seen[where] = problems;
    await screenshot(browser, `pseudo-${where.replaceAll(" ", "-")}`);
  });
  assert.deepEqual(seen, {}, JSON.stringify(seen, null, 2));
}

test("each language chosen in Settings changes the window and the findings at once", async () => {
  await withApp("osd-e2e-languages-", 'language = "en"\n', switchLanguages);
});

async function switchLanguages(browser) {
  await waitForWizard(browser);
  const stepTitle = async () => textOf(await browser.$('[data-testid="step-panel"] h2'));
  const firstFinding = async () => textOf(await browser.$('[data-testid="step-panel"] [data-testid="finding"] p.strong'));
  await openStep(browser, 2);
  assert.match(await stepTitle(), /Error log/);
  const english = await firstFinding();
  await showStep(browser);
  await screenshot(browser, "step-2-en");
  for (const language of ["de", "fr", "es", "nl"]) {
    await openScreen(browser, "settings");
    const select = await browser.$("select");
    await select.waitForExist({ timeout: 30_000 });
    await select.selectByAttribute("value", language);
    await press(browser, 'button[data-testid="save-settings"]');
    const nav = message(language, "window.ftl", "nav-wizard");
    await waitFor(`the window in ${language}`, async () => (await textOf(await browser.$('[data-screen="wizard"]'))) === nav);
    assert.equal(await browser.execute(() => document.documentElement.lang), language);
    await openScreen(browser, "wizard");
    await waitForWizard(browser);
    await openStep(browser, 2);
    const title = message(language, "doctor.ftl", "step-2");
    await waitFor(`step 2 titled in ${language}`, async () => (await stepTitle()).includes(title));
    const finding = await firstFinding();
    assert.notEqual(finding, english, `${language}: the first finding is still in English`);
    await showStep(browser);
    await screenshot(browser, `step-2-${language}`);
  }
}
