// The ERP is the truth, in the real app on the built-in demo: six orders the demo's NetSuite
// held are deleted there by one of its users; "Check again" lists them in step 5 as gone from
// NetSuite, and one click (its preview, then Apply) sends each back exactly once.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { freshDir, openStep, press, reach, readJson, screenshot, startApp, waitFor, waitForWizard } from "./support.mjs";

const data = freshDir("osd-e2e-reconcile-");
let app;

before(async () => {
  app = await startApp({ SYNC_DOCTOR_DATA_DIR: data });
});

after(async () => {
  await app?.stop();
});

test("six orders deleted in the ERP are found gone and sent back once with one click", async () => {
  const { browser } = app;
  await waitForWizard(browser);
  const { erp } = readJson(join(data, "demo-simulators.json"));
  const held = async () => (await (await fetch(new URL("__sim/sales-orders", erp))).json()).items;

  // The newest six: the demo closes last month, and an order dated there would be refused on
  // its way back for that reason alone.
  const six = (await held())
    .filter((o) => o.externalId && o.tranDate)
    .sort((a, b) => b.tranDate.localeCompare(a.tranDate))
    .slice(0, 6);
  assert.equal(six.length, 6, "the demo's NetSuite holds six of the store's orders");
  for (const order of six) {
    const answer = await fetch(new URL(`__sim/sales-orders/${order.id}`, erp), { method: "DELETE" });
    assert.equal(answer.status, 204, `deleted ${order.externalId}`);
  }

  await press(browser, '[data-testid="check-again"]');
  await openStep(browser, 5);
  const resend = await waitFor(
    "step 5's resend of the orders gone from NetSuite",
    async () => {
      const button = await browser.$('button[data-remedy="resend:order_left_erp"]');
      return (await button.isExisting()) ? button : null;
    },
    { timeout: 120_000 },
  );
  await screenshot(browser, "left-erp-step-5");
  await (await reach(resend)).click();
  const clears = await waitFor("the resend preview", async () => {
    const element = await browser.$('[data-testid="preview-clears"]');
    return (await element.isExisting()) ? element.getAttribute("data-orders") : null;
  });
  assert.equal(JSON.parse(clears).length, 6, `the preview names the six orders: ${clears}`);
  await press(browser, '[data-testid="remedy-apply"]');
  try {
    await (await browser.$('[data-testid="remedy-done"]')).waitForExist({ timeout: 120_000 });
  } catch (error) {
    await screenshot(browser, "left-erp-apply-timeout");
    throw error;
  }
  await screenshot(browser, "left-erp-resent");

  const now = await held();
  for (const order of six) {
    const copies = now.filter((o) => o.externalId === order.externalId);
    assert.equal(copies.length, 1, `${order.externalId} is in NetSuite once`);
  }
});
