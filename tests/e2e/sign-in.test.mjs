// Browser sign-in, end to end: the app opens the authority's sign-in page (written to a file
// here instead of a real browser), this test plays the browser — it gives consent on the
// simulated Microsoft Entra ID or NetSuite page and follows the redirect back to the app — and
// the app lands connected. The refresh token is then in the Secret Service and nowhere else,
// and once an administrator revokes it, step 1 asks the manager to sign in again.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";

import {
  appBinary, cliBinary, filesUnder, freshDir, openScreen, openStep, press, readJson, screenshot, simulatedSecrets,
  startApp, textOf, typeInto, waitFor, waitForWizard,
} from "./support.mjs";

const SERVICE = "com.ordersyncdoctor.desktop.dev";
const skip = !process.env.SYNC_DOCTOR_KEYCHAIN_TEST && "needs a Secret Service (scripts/test.sh starts one)";
const data = freshDir("osd-e2e-sign-in-data-");
const work = freshDir("osd-e2e-sign-in-");
const browserLog = join(work, "browser.log");
const appLog = join(work, "app.log");
const simulators = {};
const answers = [];
let app;

function simulate(erp, store = "shopify") {
  const name = store === "shopify" ? erp : store;
  const folder = join(work, name);
  const child = spawn(cliBinary, ["simulate", "--store", store, "--erp", erp, "--write-profile", folder], { stdio: ["ignore", "ignore", "inherit"] });
  simulators[name] = { child, folder };
}

async function simulated(erp) {
  const { folder } = simulators[erp];
  await waitFor(`the ${erp} simulators`, () => existsSync(join(folder, "simulated.toml")));
  return { ...readJson(join(folder, "simulated.json")), toml: readFileSync(join(folder, "simulated.toml"), "utf8"), env: simulatedSecrets(join(folder, "simulated.env")) };
}

/** The `key = "value"` lines of one section of simulated.toml. */
function section(toml, name) {
  const body = toml.split(/^\[/m).find((s) => s.startsWith(`${name}]`)) ?? "";
  const fields = {};
  for (const match of body.matchAll(/^([a-z_]+) = "([^"]*)"$/gm)) fields[match[1]] = match[2];
  return fields;
}

async function invoke(browser, command, args = {}) {
  const answer = await browser.executeAsync((command, args, done) => {
    window.__TAURI_INTERNALS__.invoke(command, args).then((value) => done({ ok: true, value }), (error) => done({ ok: false, value: error }));
  }, command, args);
  answers.push([command, JSON.stringify(answer)]);
  return answer;
}

/** The sign-in pages the app opened so far. */
function opened() {
  return existsSync(browserLog) ? readFileSync(browserLog, "utf8").split("\n").filter(Boolean) : [];
}

/** Play the browser: open the page the app opened, press Accept/Allow; where it sends us next. */
async function consent(address) {
  const page = await fetch(address, { redirect: "manual" });
  assert.equal(page.status, 200, `the sign-in page: ${await page.clone().text()}`);
  const html = await page.text();
  const action = html.match(/action="([^"]+)"/)[1];
  const request = html.match(/name="request" value="([^"]+)"/)[1];
  const answer = await fetch(new URL(action, address), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ request, decision: "allow" }),
  });
  assert.equal(answer.status, 302);
  return answer.headers.get("location");
}

async function signInThroughTheWindow(browser, kind, fields, advanced, side = "erp") {
  await openScreen(browser, "connections");
  const card = `[data-testid="connection-${side}"]`;
  await (await browser.$(`${card} select[data-testid="connector-kind"]`)).selectByVisibleText(kind);
  for (const [key, value] of Object.entries(fields)) await typeInto(browser, `${card} input[data-field="${key}"]`, value);
  await press(browser, `${card} details[data-testid="advanced"] summary`);
  for (const [key, value] of Object.entries(advanced)) await typeInto(browser, `${card} input[data-field="${key}"]`, value);
  const before = opened().length;
  await press(browser, `${card} [data-testid="sign-in-button"]`);
  const address = await waitFor("the app to open the sign-in page", () => opened()[before]);
  await waitFor("the waiting note", async () => (await browser.$(`${card} [data-testid="sign-in-waiting"]`)).isExisting());
  return address;
}

async function verdict(browser, side = "erp") {
  const element = await waitFor("the sign-in verdict", async () => {
    const found = await browser.$(`[data-testid="connection-${side}"] [data-testid="sign-in-verdict"]`);
    return (await found.isExisting()) ? found : null;
  });
  return textOf(element);
}

function keychainEntry(side = "erp") {
  return execFileSync("secret-tool", ["lookup", "service", SERVICE, "username", `app/${side}`], { encoding: "utf8" }).trim();
}

before(async () => {
  simulate("business-central");
  simulate("netsuite");
  simulate("odoo", "square");
  app = await startApp({ SYNC_DOCTOR_DATA_DIR: data, SYNC_DOCTOR_TEST_BROWSER_LOG: browserLog, SYNC_DOCTOR_LOG: "trace" }, { logTo: appLog });
});

after(async () => {
  await app?.stop();
  for (const { child } of Object.values(simulators)) child.kill();
  try {
    execFileSync("secret-tool", ["clear", "service", SERVICE, "username", "app/erp"]);
    execFileSync("secret-tool", ["clear", "service", SERVICE, "username", "app/store"]);
  } catch {
    // Already gone.
  }
});

test("signing in to Business Central through Entra ID in the browser; a revoked sign-in asks to sign in again", { skip }, async () => {
  const { browser } = app;
  const bc = await simulated("business-central");
  await waitForWizard(browser);
  const profile = section(bc.toml, "erp");
  const address = await signInThroughTheWindow(
    browser,
    "Business Central",
    { tenant: profile.tenant, client_id: "0d5e7a11-0000-4000-8000-0000005ign1n" },
    { api_url: profile.api_url, login_url: bc.erp },
  );
  const authorize = new URL(address);
  assert.equal(authorize.searchParams.get("code_challenge_method"), "S256");
  assert.ok(!authorize.searchParams.has("client_secret"));
  await screenshot(browser, "sign-in-waiting");
  const back = await consent(address);
  assert.match(back, /^http:\/\/127\.0\.0\.1:\d+\/\?code=/, "Entra sends the browser back to the app's loopback listener");
  const landed = await fetch(back);
  assert.equal(landed.status, 200);
  assert.doesNotMatch(await landed.text(), /code=/, "the page the browser shows repeats nothing it was given");
  assert.match(await verdict(browser), /Connected to Business Central/);
  await waitFor("the signed-in badge", async () => /Signed in/.test(await textOf(await browser.$('[data-testid="connection-erp"] [data-testid="secret-state"]'))));
  await screenshot(browser, "sign-in-connected");
  await assert.rejects(fetch(back), "the listener took one answer and closed");

  // The refresh token is in the Secret Service, and it is a live one.
  const refreshToken = keychainEntry();
  assert.ok(refreshToken.length >= 32, "a refresh token is saved in the keychain");
  const renewed = await fetch(new URL(`${profile.tenant}/oauth2/v2.0/token`, bc.erp), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "refresh_token", client_id: "0d5e7a11-0000-4000-8000-0000005ign1n", refresh_token: refreshToken, scope: "https://api.businesscentral.dynamics.com/Financials.ReadWrite.All offline_access" }),
  });
  assert.equal(renewed.status, 200, "the saved refresh token works at Entra's token endpoint");

  // Use it: the simulated Shopify as the store, then the check on the real connections.
  const store = section(bc.toml, "store");
  delete store.kind;
  delete store.secret_env;
  const savedStore = await invoke(browser, "save_connection", { draft: { side: "store", kind: "shopify", fields: store, secret: bc.env.SIM_SHOPIFY_TOKEN } });
  assert.ok(savedStore.ok, JSON.stringify(savedStore));
  assert.ok((await invoke(browser, "use_demo", { demo: false })).ok);
  const first = await invoke(browser, "run_check");
  assert.ok(first.ok, JSON.stringify(first).slice(0, 400));
  const codes = (report) => report.steps[0].findings.map((f) => f.code);
  assert.ok(!codes(first.value).includes("sign_in_again"), `signed in: ${codes(first.value)}`);

  // An administrator revokes the user's sessions; the next connection cannot renew.
  assert.equal((await fetch(new URL("__sim/entra/revoke-sessions", bc.erp), { method: "POST" })).status, 204);
  await invoke(browser, "use_demo", { demo: true });
  await invoke(browser, "use_demo", { demo: false });
  const after = await invoke(browser, "run_check");
  assert.ok(after.ok);
  assert.ok(codes(after.value).includes("sign_in_again"), `step 1 asks to sign in again: ${codes(after.value)}`);
  await browser.refresh();
  await waitForWizard(browser);
  await openStep(browser, 1);
  const panel = await textOf(await browser.$('[data-testid="step-panel"]'));
  assert.match(panel, /sign-in has ended/i);
  assert.match(panel, /sign in to Business Central again/i);
  assert.doesNotMatch(panel.split(/Technical details/i)[0], /AADSTS|invalid_grant/, "no raw code outside the technical details");
  await screenshot(browser, "sign-in-again");

  // The refresh token the app holds now (Entra gave it a new one on the last renewal) is in
  // the keychain only: not in any answer the window got, the log, or any file.
  const current = keychainEntry();
  await app.stop();
  app = undefined;
  const places = [
    ...answers.map(([command, answer], i) => [`IPC answer ${i} (${command})`, Buffer.from(answer)]),
    ["the app's log", readFileSync(appLog)],
    ...filesUnder(data).map((file) => [file, readFileSync(file)]),
    ...filesUnder(process.env.HOME).map((file) => [file, readFileSync(file)]),
  ];
  assert.ok(readFileSync(appLog).length > 0, "the app logged");
  const leaks = [];
  for (const token of new Set([refreshToken, current])) {
    for (const [where, bytes] of places) if (bytes.includes(token)) leaks.push(where);
  }
  assert.deepEqual(leaks, [], `the refresh token leaked (${places.length} places scanned)`);
});

test("signing in to NetSuite: the browser comes back through the app's own link", { skip }, async () => {
  app ??= await startApp({ SYNC_DOCTOR_DATA_DIR: data, SYNC_DOCTOR_TEST_BROWSER_LOG: browserLog }, { logTo: appLog });
  const { browser } = app;
  const ns = await simulated("netsuite");
  await waitForWizard(browser);
  const profile = section(ns.toml, "erp");
  const address = await signInThroughTheWindow(
    browser,
    "NetSuite",
    { url: profile.url, account_id: profile.account_id, client_id: "5e1f5e1f0000public0000000000000000000000000000000000000000000000" },
    { authorize_url: new URL("app/login/oauth2/authorize.nl", ns.erp).toString() },
  );
  const state = new URL(address).searchParams.get("state");
  assert.ok(state.length >= 22 && state.length <= 1024, "a state NetSuite accepts");
  const back = await consent(address);
  assert.match(back, /^order-sync-doctor:\/\/sign-in\/netsuite\?/, "NetSuite redirects to the app's link, never to http://");
  // The OS starts the app with the link; the running one takes it over.
  execFileSync(appBinary, [back], { env: process.env, timeout: 60_000 });
  assert.match(await verdict(browser), /Connected to NetSuite/);
  const saved = await invoke(browser, "connections");
  assert.equal(saved.value.erp.kind, "netsuite");
  assert.equal(saved.value.erp.fields.auth, "browser");
  assert.ok(keychainEntry().length >= 32, "NetSuite's refresh token is in the keychain");
  assert.ok(!JSON.stringify(saved).includes(keychainEntry()));
});

test("signing in to Square as the seller: Square's https:// page hands the answer to the app", { skip }, async () => {
  app ??= await startApp({ SYNC_DOCTOR_DATA_DIR: data, SYNC_DOCTOR_TEST_BROWSER_LOG: browserLog }, { logTo: appLog });
  const { browser } = app;
  const square = await simulated("square");
  // The window is where the NetSuite sign-in left it: on the Connections screen.
  const profile = section(square.toml, "store");
  // The demo's Square application (crates/simulators/src/square/oauth.rs).
  const relay = "https://relay.example/sign-in/square.html";
  const address = await signInThroughTheWindow(
    browser,
    "Square",
    { url: profile.url, client_id: "sq0idp-OrderSyncDoctorDemo", redirect_url: relay },
    {},
    "store",
  );
  const authorize = new URL(address);
  assert.equal(authorize.searchParams.get("scope"), "MERCHANT_PROFILE_READ ORDERS_READ ITEMS_READ CUSTOMERS_READ");
  assert.ok(authorize.searchParams.get("code_challenge"), "PKCE");
  const back = await consent(address);
  assert.ok(back.startsWith(`${relay}?`), `Square answers on the registered https:// page: ${back}`);
  // That page (site/sign-in/square.html) sends the browser on to the app's own link.
  const link = `order-sync-doctor://sign-in/square${new URL(back).search}`;
  execFileSync(appBinary, [link], { env: process.env, timeout: 60_000 });
  assert.match(await verdict(browser, "store"), /Connected to Square/);
  const saved = await invoke(browser, "connections");
  assert.equal(saved.value.store.kind, "square");
  assert.equal(saved.value.store.fields.auth, "browser");
  const refreshToken = keychainEntry("store");
  assert.ok(refreshToken.length >= 32, "Square's refresh token is in the keychain");
  assert.ok(!JSON.stringify(saved).includes(refreshToken));
});
