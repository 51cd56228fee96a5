// The secrets scan. The app is connected to simulated Shopify and NetSuite with credentials
// saved through its own Connections path (so they live in the Secret Service), given a Slack
// webhook and an SMTP password, and then used: every screen, a check, a resend, a test alert,
// an exported report. Afterwards none of those secrets may appear in any IPC answer the window
// received, in the app's log (at its most verbose), in the exported report, in the database or
// anywhere else under the app's data folder or the (throwaway) home folder.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { cliBinary, simulatedSecrets, filesUnder, freshDir, openScreen, openStep, screenshot, startApp, waitFor, waitForWizard } from "./support.mjs";

const work = freshDir("osd-e2e-security-");
const data = freshDir("osd-e2e-security-data-");
const log = join(work, "app.log");
let report; // where the app saved the exported report
const slackSecret = `T0SEC${process.pid}/B0SEC/${Date.now()}xoxSlackHookSecret`;
const smtpPassword = `smtp-${process.pid}-${Date.now()}-pa55word`;
let simulators;
let app;
let secrets;

/** The `key = "value"` lines of one section of simulated.toml, as a connection draft's fields. */
function section(toml, name) {
  const body = toml.split(/^\[/m).find((s) => s.startsWith(`${name}]`)) ?? "";
  const fields = {};
  for (const match of body.matchAll(/^([a-z_]+) = "([^"]*)"$/gm)) {
    if (match[1] !== "kind" && match[1] !== "secret_env") fields[match[1]] = match[2];
  }
  return { kind: body.match(/^kind = "([^"]*)"$/m)?.[1], fields };
}

// Every answer the window got back, as text. (Tauri freezes its IPC object, so the page's own
// calls cannot be tapped; the test makes each command's call itself, through the same path.)
const answers = [];

/** Call a command through the window's IPC and keep its answer. */
async function invoke(browser, command, args = {}) {
  const answer = await browser.executeAsync((command, args, done) => {
    window.__TAURI_INTERNALS__.invoke(command, args).then(
      (value) => done({ ok: true, value }),
      (error) => done({ ok: false, value: error }),
    );
  }, command, args);
  answers.push([command, JSON.stringify(answer)]);
  return answer;
}

before(async () => {
  simulators = spawn(cliBinary, ["simulate", "--write-profile", work], { stdio: ["ignore", "ignore", "inherit"] });
  await waitFor("the simulators", () => existsSync(join(work, "simulated.toml")));
  const env = simulatedSecrets(join(work, "simulated.env"));
  const privateKey = env.SIM_ERP_SECRET;
  secrets = {
    "NetSuite private key": privateKey,
    // A leak of part of the key is a leak: its longest base64 line.
    "a line of the NetSuite private key": privateKey.split("\n").sort((a, b) => b.length - a.length)[0],
    "Shopify access token": env.SIM_SHOPIFY_TOKEN,
    "Slack webhook secret": slackSecret,
    "SMTP password": smtpPassword,
  };
  // The app starts on the demo with a data folder an older version left open to every account
  // (0755, with a 0644 file in it); everything else comes through IPC.
  chmodSync(data, 0o755);
  writeFileSync(join(data, "left-by-an-older-version.txt"), "customers", { mode: 0o644 });
  chmodSync(join(data, "left-by-an-older-version.txt"), 0o644);
  app = await startApp({ SYNC_DOCTOR_DATA_DIR: data, SYNC_DOCTOR_LOG: "trace", SYNC_DOCTOR_SAVE_REPORT_TO: work }, { logTo: log });
});

after(async () => {
  await app?.stop();
  simulators?.kill();
});

test("no secret is in any IPC answer, log, report, database or file the app wrote", { skip: !process.env.SYNC_DOCTOR_KEYCHAIN_TEST && "needs a Secret Service (scripts/test.sh starts one)" }, async () => {
  const { browser } = app;
  await waitForWizard(browser);
  const toml = readFileSync(join(work, "simulated.toml"), "utf8");
  for (const [side, name, secret] of [["store", "store", secrets["Shopify access token"]], ["erp", "erp", secrets["NetSuite private key"]]]) {
    const { kind, fields } = section(toml, name);
    const tested = await invoke(browser, "test_connection", { draft: { side, kind, fields, secret } });
    assert.ok(tested.ok && tested.value.ok, `${side} connection test: ${JSON.stringify(tested)}`);
    const saved = await invoke(browser, "save_connection", { draft: { side, kind, fields, secret } });
    assert.ok(saved.ok, `${side} saved: ${JSON.stringify(saved)}`);
  }
  assert.ok((await invoke(browser, "use_demo", { demo: false })).ok);
  const settings = await invoke(browser, "settings");
  assert.ok(settings.ok);
  const changed = await invoke(browser, "save_settings", {
    change: {
      interval_minutes: 15,
      grace_minutes: 10,
      auto_send: false,
      desktop: false,
      slack: true,
      // Nothing listens there: the test alert fails, and its failure must not quote the URL.
      slack_webhook: `https://127.0.0.1:9/services/${slackSecret}`,
      email: { smtp_host: "127.0.0.1", smtp_port: 9, username: "alerts@example.com", from: "alerts@example.com", to: ["manager@example.com"] },
      smtp_password: smtpPassword,
    },
  });
  assert.ok(changed.ok, JSON.stringify(changed));
  await invoke(browser, "send_test_alert");

  // Use the app as a person would: the check on the real connections, every step and screen.
  await browser.refresh();
  await waitForWizard(browser);
  for (let step = 1; step <= 5; step += 1) await openStep(browser, step);
  for (const screen of ["orders", "activity", "connections", "settings", "wizard"]) {
    await openScreen(browser, screen);
    await browser.pause(500);
  }
  const check = await invoke(browser, "run_check");
  assert.ok(check.ok, "the check ran on the simulated systems");
  for (const command of ["app_info", "connections", "settings", "start_at_login"]) await invoke(browser, command);
  await invoke(browser, "activity", { limit: 200 });
  const remedy = check.value.steps.flatMap((s) => s.findings).flatMap((f) => f.remedies)[0];
  assert.ok(remedy, "the check offers a remedy to preview");
  await invoke(browser, "preview_remedy", { remedy: remedy.id });
  const waiting = await invoke(browser, "orders_page", { query: { search: null, only_waiting: true, offset: 0, limit: 20 } });
  assert.ok(waiting.ok && waiting.value.rows.length > 0, `orders wait: ${JSON.stringify(waiting).slice(0, 300)}`);
  // A resend writes to NetSuite with the saved key; its progress comes over a channel.
  const resent = await browser.executeAsync((orders, done) => {
    const internals = window.__TAURI_INTERNALS__;
    const progress = [];
    const channel = `__CHANNEL__:${internals.transformCallback((message) => progress.push(message))}`;
    internals.invoke("resend_orders", { orders, onProgress: channel }).then(
      (value) => done({ ok: true, value, progress }),
      (error) => done({ ok: false, value: error, progress }),
    );
  }, waiting.value.rows.slice(0, 5).map((row) => row.name));
  answers.push(["resend_orders", JSON.stringify(resent)]);
  assert.ok(resent.ok, `the resend ran: ${JSON.stringify(resent)}`);
  const exported = await invoke(browser, "export_report");
  report = exported.value;
  assert.ok(exported.ok && report && existsSync(report), `the report was written: ${JSON.stringify(exported)}`);
  await screenshot(browser, "security-scan");

  await app.stop();
  app = undefined;

  const places = [
    ...answers.map(([command, answer], i) => [`IPC answer ${i} (${command})`, Buffer.from(answer)]),
    ["the app's log", readFileSync(log)],
    ["the exported report", readFileSync(report)],
    ...filesUnder(data).map((file) => [file, readFileSync(file)]),
    ...filesUnder(process.env.HOME).map((file) => [file, readFileSync(file)]),
  ];
  assert.ok(answers.length >= 15, `answers were recorded (${answers.length})`);
  assert.ok(readFileSync(log).length > 0, "the app logged");
  assert.ok(filesUnder(data).some((f) => f.endsWith(".sqlite")), "the database was scanned");
  const leaks = [];
  for (const [name, secret] of Object.entries(secrets)) {
    assert.ok(secret && secret.length >= 16, `${name} is a real secret`);
    for (const [where, bytes] of places) {
      if (bytes.includes(secret)) leaks.push(`${name} in ${where}`);
    }
  }
  writeFileSync(join(work, "scanned.txt"), places.map(([where, bytes]) => `${bytes.length}\t${where}`).join("\n"));
  assert.deepEqual(leaks, [], `secrets found (${places.length} places scanned)`);
});

/** Every path under `path` (itself included) that another account could read: a group or other bit. */
function readableByOthers(path) {
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info || info.isSymbolicLink()) return [];
  const own = info.mode & 0o077 ? [`${path} (${(info.mode & 0o777).toString(8)})`] : [];
  return info.isDirectory() ? own.concat(readdirSync(path).flatMap((name) => readableByOthers(join(path, name)))) : own;
}

test("nothing the app keeps can be read by another account on the computer", { skip: !process.env.SYNC_DOCTOR_KEYCHAIN_TEST && "runs after the scan above" }, () => {
  // The app's own folders in the (throwaway) home: Tauri's and WebKit's, under the dev identifier.
  const identifier = "com.ordersyncdoctor.desktop.dev";
  const home = process.env.HOME;
  const appFolders = [
    join(process.env.XDG_DATA_HOME ?? join(home, ".local/share"), identifier),
    join(process.env.XDG_CONFIG_HOME ?? join(home, ".config"), identifier),
    join(process.env.XDG_CACHE_HOME ?? join(home, ".cache"), identifier),
  ].filter((folder) => existsSync(folder));
  assert.ok(appFolders.length > 0, "the app made folders of its own in the home folder");
  assert.ok(existsSync(join(data, "left-by-an-older-version.txt")), "nothing was deleted");
  const open = [data, report, ...appFolders].flatMap(readableByOthers);
  assert.deepEqual(open, [], "readable by other accounts");
});
