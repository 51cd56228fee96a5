// Accessibility of every screen and dialog, measured with axe-core in the real webview on the
// built-in demo: no violation of serious or critical impact anywhere.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { freshDir, openScreen, openStep, press, screenshot, seriousViolations, startApp, waitFor, waitForWizard } from "./support.mjs";

const data = freshDir("osd-e2e-a11y-");
let app;

before(async () => {
  app = await startApp({ SYNC_DOCTOR_DATA_DIR: data });
});

after(async () => {
  await app?.stop();
});

test("every screen and dialog passes axe with no serious or critical violation", async () => {
  const { browser } = app;
  await waitForWizard(browser);
  const found = {};
  const scan = async (where) => {
    // Open every "Technical details" so what they hide is scanned too.
    await browser.execute(() => {
      for (const button of document.querySelectorAll('button[aria-expanded="false"]')) button.click();
    });
    const violations = await seriousViolations(browser);
    if (violations.length > 0) found[where] = violations;
  };
  for (let n = 1; n <= 5; n++) {
    await openStep(browser, n);
    await scan(`step ${n}`);
  }
  // The dialogs: a remedy's preview, then the fix plan's.
  await openStep(browser, 2);
  await press(browser, 'button[data-remedy^="map-sku:"]');
  await (await browser.$('[data-testid="preview-clears"]')).waitForExist({ timeout: 60_000 });
  await scan("remedy dialog");
  await browser.keys("Escape");
  await press(browser, '[data-testid="plan-apply"]');
  await (await browser.$('[data-testid="plan-preview"]')).waitForExist({ timeout: 60_000 });
  await scan("fix plan dialog");
  await browser.keys("Escape");
  for (const screen of ["orders", "reconcile", "activity", "connections", "settings"]) {
    await openScreen(browser, screen);
    await waitFor(`the ${screen} screen`, async () => (await browser.$$("main.shell-main > *")).length > 0);
    await browser.pause(500);
    await scan(`${screen} screen`);
    await screenshot(browser, `a11y-${screen}`);
  }
  assert.deepEqual(found, {}, JSON.stringify(found, null, 2));
});
