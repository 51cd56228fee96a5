// Shared by the end-to-end tests: start the real app through tauri-driver (which drives
// WebKitWebDriver, the webview's own WebDriver), find things, save screenshots.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, readFileSync, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { remote } from "webdriverio";

export const root = resolve(import.meta.dirname, "../..");
const target = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : join(root, "target");
export const appBinary = join(target, "debug", "order-sync-doctor");
export const cliBinary = join(target, "debug", "sync-doctor");
export const screenshots = join(root, "test-output", "e2e");

export function freshDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

async function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on("error", fail);
  });
}

export async function waitFor(what, check, { timeout = 60_000, every = 200 } = {}) {
  const until = Date.now() + timeout;
  let last;
  while (Date.now() < until) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await sleep(every);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ""}`);
}

/**
 * Start the app (the debug build unless `binary` names another) with `env` added to this
 * process's environment (the driver passes its own environment down to the webview driver
 * and from there to the app).
 */
export async function startApp(env, { logTo, binary = appBinary } = {}) {
  if (!existsSync(binary)) throw new Error(`build the app first: ${binary} is missing`);
  const port = await freePort();
  const nativePort = await freePort();
  // The app's output reaches us through the drivers; `logTo` keeps it in a file.
  const output = logTo ? openSync(logTo, "a") : "inherit";
  const driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", output, output],
  });
  await waitFor("tauri-driver", async () => {
    const answer = await fetch(`http://127.0.0.1:${port}/status`);
    return answer.ok;
  });
  const browser = await remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "error",
    connectionRetryTimeout: 120_000,
    capabilities: { "tauri:options": { application: binary } },
  });
  const stop = async () => {
    await browser.deleteSession().catch(() => undefined);
    driver.kill();
    // An app the driver failed to end would hold the single-instance lock and turn the next
    // test's app away: end every one started with this test's data folder.
    await sleep(500);
    endAppsWith(env);
  };
  return { browser, stop };
}

/** SIGKILL every running app whose environment has this test's data folder (Linux's /proc). */
function endAppsWith(env) {
  const folder = env?.SYNC_DOCTOR_DATA_DIR;
  if (!folder || !existsSync("/proc")) return;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("order-sync-doctor")) continue;
      const environment = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      if (environment.includes(`SYNC_DOCTOR_DATA_DIR=${folder}`)) process.kill(Number(pid), "SIGKILL");
    } catch {
      // Gone already, or not ours to read.
    }
  }
}

export async function screenshot(browser, name) {
  mkdirSync(screenshots, { recursive: true });
  const path = join(screenshots, `${name}.png`);
  await browser.saveScreenshot(path);
  return path;
}

/** Wait for the wizard to show this start's check (not the last one, drawn while it runs). */
export async function waitForWizard(browser) {
  try {
    await waitFor(
      "the wizard",
      async () => (await browser.$$('[data-testid="step-panel"]')).length > 0 && (await browser.$$('[data-testid="earlier-check"]')).length === 0,
      { timeout: 120_000 },
    );
  } catch (error) {
    const shown = await browser.execute(() => document.body.innerText).catch(() => "(no page)");
    throw new Error(`${error.message}; the window shows: ${shown}`);
  }
}

/**
 * Click step `n` (1–5) of the stepper and wait for its panel. The click is made again while
 * the panel has not moved: a check finishing in the background redraws the stepper, and a
 * click on a button being replaced is lost (seen once in CI after a language change).
 */
export async function openStep(browser, n) {
  const shown = async () => (await (await browser.$('[data-testid="step-panel"]')).getAttribute("data-step")) === String(n);
  await waitFor(`step ${n}`, async () => {
    if (await shown()) return true;
    const steps = await browser.$$("ol.stepper button.step");
    await steps[n - 1]?.click().catch(() => undefined);
    return shown();
  }, { every: 500 });
}

export async function openScreen(browser, screen) {
  await (await browser.$(`[data-screen="${screen}"]`)).click();
}

/**
 * Scroll `element` to the middle of the window, as a person would before using it: WebDriver's
 * own scrolling puts it at an edge, where a scrolled table or the window's edge can cover it.
 */
export async function reach(element, { timeout = 30_000 } = {}) {
  await element.waitForExist({ timeout });
  await element.scrollIntoView({ block: "center" });
  return element;
}

/** Replace the text of an input (found by `selector`) by typing, as a person would. */
export async function typeInto(browser, selector, value) {
  const input = await reach(await browser.$(selector), { timeout: 10_000 });
  // Select and delete, as a person would: React hears every key.
  await input.click();
  await browser.keys(["Control", "a"]);
  await browser.keys("Backspace");
  if (value) await input.addValue(value);
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** The element's text as the DOM holds it (WebDriver's rendered text can come back empty). */
export async function textOf(element) {
  return (await element.getProperty("textContent")) ?? "";
}

/**
 * Click once the element has stopped moving: a dialog that is still sliding in would take
 * the click somewhere else (on its backdrop, which closes it).
 */
export async function press(browser, selector) {
  const element = await reach(await browser.$(selector));
  await element.waitForClickable({ timeout: 30_000 });
  let last = null;
  await waitFor(`${selector} to settle`, async () => {
    const rect = await browser.execute((el) => JSON.stringify(el.getBoundingClientRect()), element);
    const settled = rect === last;
    last = rect;
    return settled;
  }, { every: 100 });
  await element.click();
}

/** Every file under `dir`, however deep. */
export function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return [];
    return info.isDirectory() ? filesUnder(path) : info.isFile() ? [path] : [];
  });
}

/** The `export NAME='value'` lines of the simulated.env that `sync-doctor simulate` writes. */
export function simulatedSecrets(path) {
  const env = {};
  for (const match of readFileSync(path, "utf8").matchAll(/^export ([A-Z_]+)='([^']*)'$/gm)) {
    env[match[1]] = match[2];
  }
  return env;
}

const axeSource = readFileSync(join(import.meta.dirname, "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * Run axe-core (WCAG 2.x A and AA rules, best practices) on what the window shows now; the
 * violations of serious or critical impact, each as "rule: where (how many)".
 */
export async function seriousViolations(browser) {
  // The page's CSP forbids eval, so axe's source goes in as a script of the driver's own.
  if (!(await browser.execute(() => Boolean(window.axe)))) {
    await browser.execute(`${axeSource}\nreturn true;`);
  }
  const result = await browser.executeAsync((done) => {
    window.axe
      .run(document, { resultTypes: ["violations"], runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } })
      .then((r) => done(JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) })))))
      .catch((e) => done(JSON.stringify({ error: String(e) })));
  });
  const violations = JSON.parse(result);
  if (!Array.isArray(violations)) throw new Error(`axe could not run: ${violations.error}`);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).join(", ")}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ""}`);
}

/** Scroll the step shown to the top of the window (for its screenshot). */
export async function showStep(browser) {
  await browser.execute(() => document.querySelector('[data-testid="step-panel"]')?.scrollIntoView({ block: "start" }));
  await browser.pause(300);
}

/**
 * Every step, both dialogs (a remedy's preview, the fix plan's) and every screen of the demo,
 * one after the other, with every "Technical details" opened: `visit(where)` runs at each.
 */
export async function visitEverything(browser, visit) {
  const look = async (where) => {
    await browser.execute(() => {
      for (const button of document.querySelectorAll('button[aria-expanded="false"]')) button.click();
    });
    await browser.pause(300);
    await visit(where);
  };
  for (let n = 1; n <= 5; n++) {
    await openStep(browser, n);
    await showStep(browser);
    await look(`step ${n}`);
  }
  await openStep(browser, 2);
  await press(browser, 'button[data-remedy^="map-sku:"]');
  await (await browser.$('[data-testid="preview-clears"]')).waitForExist({ timeout: 60_000 });
  await look("remedy dialog");
  await browser.keys("Escape");
  await press(browser, '[data-testid="plan-apply"]');
  await (await browser.$('[data-testid="plan-preview"]')).waitForExist({ timeout: 60_000 });
  await look("fix plan dialog");
  await browser.keys("Escape");
  for (const screen of ["orders", "reconcile", "activity", "connections", "settings"]) {
    await openScreen(browser, screen);
    await waitFor(`the ${screen} screen`, async () => (await browser.$$("main.shell-main > *")).length > 0);
    await browser.pause(800);
    await look(`${screen} screen`);
  }
}
