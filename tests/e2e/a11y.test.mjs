// Accessibility of every screen and dialog, measured with axe-core in the real webview on the
// built-in demo: no violation of serious or critical impact anywhere.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { freshDir, screenshot, seriousViolations, startApp, visitEverything, waitForWizard } from "./support.mjs";

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
  // Every "Technical details" is opened, so what they hide is scanned too.
  await visitEverything(browser, async (where) => {
    const violations = await seriousViolations(browser);
    if (violations.length > 0) found[where] = violations;
    if (where.endsWith("screen")) await screenshot(browser, `a11y-${where.replace(" screen", "")}`);
  });
  assert.deepEqual(found, {}, JSON.stringify(found, null, 2));
});
