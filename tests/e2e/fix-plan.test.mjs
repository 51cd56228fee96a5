// The real app on the built-in demo: the fix plan at the top of "Check & fix" gets every order
// the app can fix into the simulated NetSuite in a handful of clicks (each counted), every one
// shown verified and held there exactly once; then nothing on screen still shows the old state.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { freshDir, openStep, press, readJson, screenshot, startApp, textOf, waitFor, waitForWizard } from "./support.mjs";

const data = freshDir("osd-e2e-fix-plan-");
/** The most clicks a manager may need from the first screen to every fixable order verified. */
const MOST_CLICKS = 5;
let app;

before(async () => {
  app = await startApp({ SYNC_DOCTOR_DATA_DIR: data });
});

after(async () => {
  await app?.stop();
});

/** `name` of every element `selector` finds, in order. */
const attributes = async (browser, selector, name) => Promise.all([...(await browser.$$(selector))].map((e) => e.getAttribute(name)));

const ordersOf = async (browser, selector) => JSON.parse((await (await browser.$(selector)).getAttribute("data-orders")) ?? "[]");

test("the fix plan applies every app fix and resends in at most five clicks, each order once", async () => {
  const { browser } = app;
  let clicks = 0;
  const click = async (selector) => {
    clicks += 1;
    await press(browser, selector);
  };

  await waitForWizard(browser);
  const card = await browser.$('[data-testid="fix-plan"]');
  await card.waitForExist({ timeout: 60_000 });
  assert.match(await textOf(await browser.$('[data-testid="plan-waiting"]')), /^44 orders are waiting to reach NetSuite/);
  const fixes = await attributes(browser, '[data-testid="plan-fix"]', "data-remedy");
  for (const expected of ["map-sku:TSHRT-BLK-M=TSHIRT-BLK-M", "create-item:CANDLE-LAV-XL", "policy:closed-period=first-open", "policy:fit-text=on"]) {
    assert.ok(fixes.includes(expected), `${expected} is in the plan: ${fixes}`);
  }
  // What only someone in NetSuite can do is named with where to do it.
  const person = await attributes(browser, '[data-testid="plan-person"]', "data-code");
  assert.ok(person.includes("currency_inactive") && person.includes("tax_code_unmapped"), `${person}`);
  const sends = await ordersOf(browser, '[data-testid="plan-sends"]');
  assert.ok(sends.length > 20, `the plan sends the orders it can: ${sends.length}`);
  await card.scrollIntoView({ block: "start" });
  await screenshot(browser, "fix-plan");

  await click('[data-testid="plan-apply"]');
  const preview = await browser.$('[data-testid="plan-writes"]');
  await preview.waitForExist({ timeout: 60_000 });
  assert.deepEqual(JSON.parse(await preview.getAttribute("data-orders")), sends, "the preview names every order it writes");
  const previewed = await attributes(browser, '[data-testid="plan-preview-fix"]', "data-remedy");
  assert.deepEqual(previewed, fixes, "the preview shows every change of the plan");
  const writes = '[data-testid="plan-writes"] tr[data-order]';
  const names = await attributes(browser, writes, "data-order");
  const ids = await attributes(browser, writes, "data-external-id");
  const externalIds = new Map(names.map((name, i) => [name, ids[i]]));
  await screenshot(browser, "fix-plan-preview");

  await click('[data-testid="plan-confirm"]');
  try {
    await (await browser.$('[data-testid="plan-done"]')).waitForExist({ timeout: 180_000 });
  } catch (error) {
    await screenshot(browser, "fix-plan-timeout");
    throw error;
  }
  await screenshot(browser, "fix-plan-done");
  for (const name of sends) {
    const result = await browser.$(`[data-testid="plan-done"] tr[data-order="${name}"]`);
    assert.equal(await result.getAttribute("data-verified"), "true", `${name} is shown verified`);
  }
  console.log(`fix plan: ${sends.length} orders verified in NetSuite after ${clicks} clicks`);
  assert.ok(clicks <= MOST_CLICKS, `${clicks} clicks`);

  // The simulated NetSuite holds each order exactly once, written once.
  const { erp } = readJson(join(data, "demo-simulators.json"));
  const held = await (await fetch(new URL("__sim/sales-orders", erp))).json();
  assert.equal(externalIds.size, sends.length);
  for (const [name, externalId] of externalIds) {
    const copies = held.items.filter((o) => o.externalId === externalId);
    assert.equal(copies.length, 1, `${name} (${externalId}) is in NetSuite once`);
    assert.equal(copies[0].writes, 1, `${name} was written once`);
  }

  // No stale screen: without a "Check again", the plan has nothing left for the app, and
  // step 5 no longer lists a sent order.
  await browser.keys("Escape");
  await waitFor("the plan to be worked out again", async () => (await ordersOf(browser, '[data-testid="plan-sends"]')).length === 0);
  assert.equal((await browser.$$('[data-testid="plan-fix"]')).length, 0, "no fix is left for the app");
  assert.match(await textOf(await browser.$('[data-testid="plan-waiting"]')), new RegExp(`^${44 - sends.length} orders are waiting`));
  await openStep(browser, 5);
  await waitFor("the waiting list without the sent orders", async () => {
    const listed = await browser.execute(
      (names) => names.filter((n) => document.querySelector(`[data-testid="resend-panel"] [role="row"][data-order="${n}"]`)),
      sends,
    );
    const rows = await browser.$$('[data-testid="resend-panel"] [role="row"][data-order]');
    return listed.length === 0 && rows.length > 0;
  });
});
