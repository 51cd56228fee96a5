// The real app on the built-in demo: walk the five steps, apply a SKU mapping from its
// preview, resend the orders it unblocks, and check both the window (each shown verified)
// and the simulated NetSuite (each held exactly once).
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { freshDir, openStep, press, reach, readJson, screenshot, startApp, typeInto, waitFor, waitForWizard, textOf } from "./support.mjs";

const data = freshDir("osd-e2e-wizard-");
let app;

before(async () => {
  app = await startApp({ SYNC_DOCTOR_DATA_DIR: data });
});

after(async () => {
  await app?.stop();
});

test("walks the five steps, fixes a SKU with one click and resends exactly once", async () => {
  const { browser } = app;
  await waitForWizard(browser);
  const banner = await browser.$('[data-testid="demo-banner"]');
  await banner.waitForExist({ timeout: 30_000 });
  assert.match(await textOf(banner), /exploring demo data/);

  // The five steps fit on one row at the window's default size, and nothing scrolls sideways.
  const stepper = await browser.execute(() => ({
    rows: new Set([...document.querySelectorAll("ol.stepper button.step")].map((b) => Math.round(b.getBoundingClientRect().top))).size,
    sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  assert.deepEqual(stepper, { rows: 1, sideways: false }, "the stepper is one row");

  for (let n = 1; n <= 5; n++) {
    await openStep(browser, n);
    const verdict = await textOf(await browser.$('[data-testid="step-verdict"]'));
    assert.ok(["OK", "Needs attention", "Blocked"].includes(verdict), verdict);
    await screenshot(browser, `step-${n}`);
  }

  // Step 2: the missing SKU, grouped, with a one-click mapping.
  await openStep(browser, 2);
  const mapButton = await waitFor("a SKU mapping remedy", async () => {
    const buttons = await browser.$$('button[data-remedy^="map-sku:"]');
    return buttons.length > 0 ? buttons[0] : null;
  });
  const remedy = await mapButton.getAttribute("data-remedy");
  await mapButton.click();
  const clears = await waitFor("the preview", async () => {
    const element = await browser.$('[data-testid="preview-clears"]');
    return (await element.isExisting()) ? element.getAttribute("data-orders") : null;
  });
  const unblocked = JSON.parse(clears);
  assert.ok(unblocked.length > 0, `the preview names the orders it unblocks (${remedy})`);
  await screenshot(browser, "fix-preview");
  await press(browser, '[data-testid="remedy-apply"]');
  try {
    await (await browser.$('[data-testid="remedy-done"]')).waitForExist({ timeout: 60_000 });
  } catch (error) {
    await screenshot(browser, "fix-apply-timeout");
    throw error;
  }
  await screenshot(browser, "fix-applied");
  await browser.keys("Escape");

  // Step 5: select exactly the unblocked orders and resend them.
  await openStep(browser, 5);
  const search = await browser.$('input[data-testid="resend-search"]');
  const externalIds = new Map();
  for (const name of unblocked) {
    await search.waitForExist({ timeout: 60_000 });
    await typeInto(browser, 'input[data-testid="resend-search"]', name);
    const row = await waitFor(`row ${name}`, async () => {
      const found = await browser.$(`[data-testid="resend-panel"] [role="row"][data-order="${name}"]`);
      return (await found.isExisting()) ? found : null;
    });
    externalIds.set(name, await row.getAttribute("data-external-id"));
    await (await reach(await row.$('input[type="checkbox"]'))).click();
  }
  await typeInto(browser, 'input[data-testid="resend-search"]', "");
  assert.match(await textOf(await browser.$('[data-testid="selected-count"]')), new RegExp(`^${unblocked.length} of`));
  await screenshot(browser, "resend-selected");
  await press(browser, '[data-testid="resend-selected"]');
  await (await browser.$('[data-testid="resend-finished"]')).waitForExist({ timeout: 120_000 });
  await screenshot(browser, "resend-finished");

  for (const name of unblocked) {
    const result = await browser.$(`[data-testid="resend-finished"] tr[data-order="${name}"]`);
    assert.equal(await result.getAttribute("data-verified"), "true", `${name} is shown verified`);
  }

  // No stale screen: once the list has reloaded, nothing is ticked, the count says so, and the
  // resent orders are no longer listed as waiting with their old problem.
  await waitFor("the waiting list to reload", async () => {
    const listed = await browser.execute(
      (names) => names.filter((n) => document.querySelector(`[data-testid="resend-panel"] [role="row"][data-order="${n}"]`)),
      unblocked,
    );
    return listed.length === 0;
  });
  const ticked = await browser.execute(() => document.querySelectorAll('[data-testid="resend-panel"] input[type="checkbox"]:checked').length);
  assert.equal(ticked, 0, "no row stays ticked after the resend");
  assert.match(await textOf(await browser.$('[data-testid="selected-count"]')), /^0 of/);

  // The simulated NetSuite holds each resent order exactly once.
  const { erp } = readJson(join(data, "demo-simulators.json"));
  const held = await (await fetch(new URL("__sim/sales-orders", erp))).json();
  for (const [name, externalId] of externalIds) {
    const copies = held.items.filter((o) => o.externalId === externalId);
    assert.equal(copies.length, 1, `${name} (${externalId}) is in NetSuite once`);
    assert.equal(copies[0].writes, 1, `${name} was written once`);
  }

});
