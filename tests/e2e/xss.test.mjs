// Hostile order data travels the real path: into the simulated Shopify, out through its
// GraphQL wire format, through the connector and the database, into the webview. None of it
// may run, and each payload must be shown as the text it is.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { cliBinary, simulatedSecrets, freshDir, openScreen, openStep, screenshot, startApp, typeInto, waitFor, waitForWizard, textOf } from "./support.mjs";

const payloads = JSON.parse(readFileSync(join(import.meta.dirname, "xss-payloads.json"), "utf8"));
const work = freshDir("osd-e2e-xss-");
const data = freshDir("osd-e2e-xss-data-");
let simulators;
let app;

function hostileOrder(payload, n) {
  const address = {
    name: payload,
    company: payload,
    line1: payload,
    line2: null,
    city: payload,
    province: null,
    province_code: null,
    postcode: "10001",
    country: "United States",
    country_code: "US",
    phone: null,
  };
  return {
    store_id: `gid://shopify/Order/${7_700_000 + n}`,
    name: `#X${n}`,
    source: "shopify",
    created_at: new Date(Date.now() - 3_600_000).toISOString(),
    currency: "USD",
    customer: { name: payload, email: `xss${n}@example.com`, guest: false },
    billing: address,
    shipping: address,
    lines: [{ sku: payload, title: payload, quantity: "1", unit_price: "10.00", tax_lines: [] }],
    tax_lines: [],
    taxes_included: false,
    shipping_total: "0",
    discount_total: "0",
    subtotal: "10.00",
    total_tax: "0",
    total: "10.00",
    note: payload,
    presentment_currency: null,
  };
}

before(async () => {
  simulators = spawn(cliBinary, ["simulate", "--write-profile", work], { stdio: ["ignore", "ignore", "inherit"] });
  await waitFor("the simulators", () => existsSync(join(work, "simulated.toml")));
  const { store } = JSON.parse(readFileSync(join(work, "simulated.json"), "utf8"));
  const answer = await fetch(new URL("__sim/orders", store), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payloads.map(hostileOrder)),
  });
  assert.equal(answer.status, 204, await answer.text());
  // The app's own configuration, pointing at the simulators, secrets from the environment.
  const profile = readFileSync(join(work, "simulated.toml"), "utf8").replace(/^name = .*$/m, "use_demo = false");
  writeFileSync(join(data, "app.toml"), profile);
  app = await startApp({ SYNC_DOCTOR_DATA_DIR: data, ...simulatedSecrets(join(work, "simulated.env")) });
});

after(async () => {
  await app?.stop();
  simulators?.kill();
});

/** Nothing ran, nothing became markup: no handler attributes, no script or frame elements. */
async function assertInert(browser, where) {
  const found = await browser.execute(() => {
    const markup = [];
    for (const element of document.querySelectorAll("#app *")) {
      const tag = element.tagName.toLowerCase();
      if (["script", "iframe", "object", "embed", "img", "video", "audio", "frameset", "base", "meta", "link", "style", "form", "marquee", "math", "template", "dialog", "details"].includes(tag)) {
        markup.push(tag);
      }
      for (const name of element.getAttributeNames()) {
        if (name.startsWith("on")) markup.push(`${tag}[${name}]`);
        const value = element.getAttribute(name) ?? "";
        // Only attributes a browser follows as URLs can run `javascript:`; data-* never do.
        const followed = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcdoc"];
        if (followed.includes(name) && /^\s*javascript:/i.test(value)) markup.push(`${tag}[${name}=javascript:]`);
      }
    }
    return { pwned: window.__pwned ?? null, markup };
  });
  assert.equal(found.pwned, null, `a payload ran (${where})`);
  assert.deepEqual(found.markup, [], `payload markup in the page (${where})`);
}

test("an XSS corpus in names, addresses and notes is shown as text and never runs", async () => {
  assert.ok(payloads.length >= 50);
  const { browser } = app;
  await waitForWizard(browser);
  let shown = "";
  for (let n = 1; n <= 5; n++) {
    await openStep(browser, n);
    // Open every "Technical details" so raw values are in the page too.
    // Scripted clicks: a button scrolled under the fixed header would refuse a real one.
    await browser.execute(() => {
      for (const button of document.querySelectorAll('[data-testid="step-panel"] button[aria-expanded="false"]')) button.click();
    });
    await assertInert(browser, `step ${n}`);
    shown += await browser.execute(() => document.querySelector('[data-testid="step-panel"]')?.textContent ?? "");
    await screenshot(browser, `xss-step-${n}`);
  }
  assert.ok(payloads.some((p) => shown.includes(p)), "payloads appear in the findings as text");

  // Each payload, found by its order's number, is the customer's name as plain text.
  await openScreen(browser, "orders");
  for (const [n, payload] of payloads.entries()) {
    await typeInto(browser, 'input[data-testid="orders-search"]', `#X${n}`);
    const cell = await waitFor(`order #X${n}`, async () => {
      const found = await browser.$(`[role="row"][data-order="#X${n}"] [data-column="customer"]`);
      return (await found.isExisting()) ? found : null;
    }, { timeout: 20_000 }).catch(async (error) => {
      await screenshot(browser, "xss-failure");
      throw error;
    });
    assert.equal(await textOf(cell), payload, `#X${n} shows its customer's name as text`);
  }
  await assertInert(browser, "orders");
  await screenshot(browser, "xss-orders");
});
