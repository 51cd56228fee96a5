// The integration tool in the window: the simulated Make holds the runs its flow could not write
// to the simulated Business Central (the demo's old integration), the app connects to it from
// its own configuration, step 2 shows them beside the ERP's errors ("In Make: …") with the
// remedy that creates the item, and step 5's "Retry these orders in Make" retries them there —
// the orders Business Central already holds (their runs timed out after it took them) are not
// retried, the others land in it exactly once.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { cliBinary, freshDir, openStep, press, screenshot, simulatedSecrets, startApp, textOf, waitFor, waitForWizard } from "./support.mjs";

const work = freshDir("osd-e2e-middleware-");
const data = freshDir("osd-e2e-middleware-data-");
let simulators;
let app;
let secrets;

before(async () => {
  simulators = spawn(cliBinary, ["simulate", "--erp", "business-central", "--middleware", "make", "--write-profile", work], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor("the simulators", () => existsSync(join(work, "simulated.toml")));
  const profile = readFileSync(join(work, "simulated.toml"), "utf8").replace(/^name = .*$/m, "use_demo = false");
  assert.match(profile, /\[middleware\]\nkind = "make"/);
  writeFileSync(join(data, "app.toml"), profile);
  secrets = simulatedSecrets(join(work, "simulated.env"));
  app = await startApp({ SYNC_DOCTOR_DATA_DIR: data, ...secrets });
});

after(async () => {
  await app?.stop();
  simulators?.kill();
});

/** The incomplete executions Make holds, read from its API as any client would. */
async function incomplete() {
  const { middleware } = JSON.parse(readFileSync(join(work, "simulated.json"), "utf8"));
  const headers = { authorization: `Token ${secrets.SIM_MIDDLEWARE_TOKEN}` };
  const scenarios = await (await fetch(new URL("scenarios?teamId=71", middleware), { headers })).json();
  const id = scenarios.scenarios[0].id;
  const list = await (await fetch(new URL(`dlqs?scenarioId=${id}`, middleware), { headers })).json();
  return list.dlqs;
}

test("Make's failed runs are explained in step 2 and retried from step 5, none twice", async () => {
  const { browser } = app;
  await waitForWizard(browser);
  const before = await incomplete();
  assert.ok(before.length > 5, `Make holds the old integration's failures (${before.length})`);

  await openStep(browser, 2);
  const inMake = await waitFor("Make's failures in step 2", async () => {
    for (const card of await browser.$$('[data-testid="finding"]')) {
      const words = await textOf(card);
      if (words.includes("In Make:") && (await card.getAttribute("data-code")) === "sku_not_found") return card;
    }
    return null;
  });
  const sku = await inMake.getAttribute("data-key");
  assert.ok(sku, "grouped by the item Business Central lacks");
  await browser.execute((card) => card.scrollIntoView({ block: "center" }), inMake);
  await screenshot(browser, "middleware-step-2");
  // The remedy on Make's card creates the item in Business Central.
  await press(browser, `[data-testid="finding"][data-key="${sku}"] button[data-remedy="create-item:${sku}"]`);
  await (await browser.$('[data-testid="remedy-apply"]')).waitForExist({ timeout: 60_000 });
  await press(browser, '[data-testid="remedy-apply"]');
  await (await browser.$('[data-testid="remedy-done"]')).waitForExist({ timeout: 60_000 });
  await browser.keys("Escape");

  await openStep(browser, 5);
  const retry = await waitFor("step 5's retry in Make", async () => {
    const button = await browser.$('button[data-remedy="retry-in-middleware:all"]');
    return (await button.isExisting()) ? button : null;
  });
  assert.match(await textOf(retry), /^Retry these \d+ orders in Make$/);
  await press(browser, 'button[data-remedy="retry-in-middleware:all"]');
  const listed = await waitFor("the retry's preview", async () => {
    const element = await browser.$('[data-testid="preview-clears"]');
    return (await element.isExisting()) ? JSON.parse(await element.getAttribute("data-orders")) : null;
  });
  assert.equal(listed.length, before.length, "every run that names an order");
  await screenshot(browser, "middleware-retry-preview");
  await press(browser, '[data-testid="remedy-apply"]');
  await (await browser.$('[data-testid="retry-results"]')).waitForExist({ timeout: 120_000 });
  await screenshot(browser, "middleware-retried");

  const kinds = await browser.execute(() =>
    Object.fromEntries([...document.querySelectorAll('[data-testid="retry-results"] tr[data-order]')].map((row) => [row.dataset.order, row.dataset.kind])),
  );
  const held = Object.entries(kinds).filter(([, kind]) => kind === "already_in_erp").map(([order]) => order);
  const retried = Object.entries(kinds).filter(([, kind]) => kind === "retried").map(([order]) => order);
  assert.ok(held.length > 0, `the orders whose run timed out after Business Central took them are not retried: ${JSON.stringify(kinds)}`);
  assert.equal(held.length + retried.length, listed.length, JSON.stringify(kinds));

  // Make's side: only the retried runs were run again; those of the item now created resolved.
  const after = await incomplete();
  const attempts = after.filter((d) => d.attempts > 0).length;
  assert.equal(attempts, retried.length, "Make ran only the retries the app asked for");
  assert.ok(after.some((d) => d.resolved), "a retry after the fix went through");
  assert.equal(after.filter((d) => !d.resolved && d.attempts === 0).length, held.length, "the held orders' runs were left alone");
});
