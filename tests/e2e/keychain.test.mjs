// A credential typed into the Connections screen lands in the real Secret Service
// (gnome-keyring in a private D-Bus session, started by scripts/test.sh), and nowhere else:
// not in the app's data folder, not in any answer the window gets back.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";

import { filesUnder, freshDir, openScreen, press, screenshot, startApp, typeInto, waitFor, waitForWizard, textOf } from "./support.mjs";

// Dev and test builds use their own identifier, hence their own keychain service.
const SERVICE = "com.ordersyncdoctor.desktop.dev";
const secret = `e2e-keychain-${process.pid}-${Date.now()}-s3cr3t`;
const data = freshDir("osd-e2e-keychain-");
let app;

before(async () => {
  app = await startApp({ SYNC_DOCTOR_DATA_DIR: data });
});

after(async () => {
  await app?.stop();
  try {
    execFileSync("secret-tool", ["clear", "service", SERVICE, "username", "app/erp"]);
  } catch {
    // Already gone.
  }
});

test("a credential saved in the app is in the keychain and nowhere in its data", { skip: !process.env.SYNC_DOCTOR_KEYCHAIN_TEST && "needs a Secret Service (scripts/test.sh starts one)" }, async () => {
  const { browser } = app;
  await waitForWizard(browser);
  await openScreen(browser, "connections");
  const erp = await browser.$('[data-testid="connection-erp"]');
  await erp.waitForExist({ timeout: 30_000 });
  // Choose Tryton in the ERP card's system list.
  await (await erp.$('select[data-testid="connector-kind"]')).selectByVisibleText("Tryton");
  await typeInto(browser, '[data-testid="connection-erp"] input[data-field="url"]', "http://127.0.0.1:9/");
  await typeInto(browser, '[data-testid="connection-erp"] input[data-field="database"]', "shop");
  await typeInto(browser, '[data-testid="connection-erp"] input[data-field="username"]', "admin");
  await typeInto(browser, '[data-testid="connection-erp"] input[data-field="secret"]', secret);
  await press(browser, '[data-testid="connection-erp"] [data-testid="save-connection"]');
  const badge = await waitFor("the saved badge", async () => {
    const element = await erp.$('[data-testid="secret-state"]');
    return (await element.isExisting()) ? element : null;
  });
  assert.match(await textOf(badge), /saved in the keychain/i);
  await screenshot(browser, "connections-saved");

  const stored = execFileSync("secret-tool", ["lookup", "service", SERVICE, "username", "app/erp"], { encoding: "utf8" });
  assert.equal(stored.trim(), secret, "the secret is in the keychain");

  for (const file of filesUnder(data)) {
    assert.ok(!readFileSync(file).includes(secret), `the secret leaked into ${file}`);
  }
  const answer = await browser.executeAsync((done) => {
    window.__TAURI_INTERNALS__.invoke("connections").then((v) => done(JSON.stringify(v)), (e) => done(String(e)));
  });
  assert.ok(!answer.includes(secret), "the window never gets the secret back");
  assert.match(answer, /"secret_saved":true/);
});
