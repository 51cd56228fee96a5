// The app updates itself (run by scripts/updater-e2e.sh, which builds, bundles, signs, serves
// and installs; not part of the ordinary end-to-end run). The installed build trusts a release
// key made for this run and asks a manifest on loopback; the script swaps which manifest is
// served: a tampered package, a package signed with a foreign key, then the genuine one.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, readdirSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { freshDir, openScreen, press, reach, screenshot, startApp, textOf, waitFor, waitForWizard } from "../support.mjs";

const site = process.env.UPDATE_SITE;
const installedApp = process.env.UPDATE_INSTALLED_APP;
const from = process.env.UPDATE_FROM;
const to = process.env.UPDATE_TO;
const data = freshDir("osd-update-");
const env = { SYNC_DOCTOR_DATA_DIR: data };
const slackSecret = `https://hooks.slack.com/services/T0UPDATE/B0UPDATE/${process.pid}keepme`;

async function invoke(browser, command, args = {}) {
  return browser.executeAsync((command, args, done) => {
    window.__TAURI_INTERNALS__.invoke(command, args).then((value) => done({ ok: true, value }), (error) => done({ ok: false, value: error }));
  }, command, args);
}

function serve(manifest) {
  copyFileSync(join(site, manifest), join(site, "latest.json"));
}

/** The version the app last started as, from its app.toml. */
function lastVersion() {
  const path = join(data, "app.toml");
  if (!existsSync(path)) return null;
  return readFileSync(path, "utf8").match(/^last_version = "([^"]*)"$/m)?.[1] ?? null;
}

function packageVersion() {
  return execFileSync("dpkg-query", ["-W", "-f", "${Version}", process.env.UPDATE_PACKAGE], { encoding: "utf8" });
}

/** Processes running the installed app (whatever file is at its path now). */
function runningApps() {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, "") === installedApp;
      } catch {
        return false;
      }
    });
}

async function offerAndInstall(browser, manifest) {
  serve(manifest);
  await press(browser, '[data-testid="check-update"]');
  await waitFor(`the offer of ${to}`, async () => (await textOf(await browser.$('[data-testid="updates"]'))).includes(to));
  await press(browser, '[data-testid="install-update"]');
}

async function refusal(browser, manifest) {
  await offerAndInstall(browser, manifest);
  const error = await reach(await browser.$('[data-testid="update-error"]'), { timeout: 120_000 });
  await screenshot(browser, `update-refused-${manifest.replace(".json", "")}`);
  const message = await textOf(error);
  console.log(`${manifest}: ${message}`);
  return message;
}

test("a tampered or foreign-signed update is refused; the genuine one installs and the app comes back on it", async () => {
  const first = await startApp(env, { binary: installedApp });
  try {
    const { browser } = first;
    await waitForWizard(browser);
    assert.equal(lastVersion(), from);
    // What must survive the update: a setting in app.toml and a secret in the keychain.
    const saved = await invoke(browser, "save_settings", {
      change: { interval_minutes: 7, grace_minutes: 10, auto_send: false, desktop: true, slack: true, slack_webhook: slackSecret, email: null, smtp_password: null, language: null },
    });
    assert.ok(saved.ok && saved.value.slack_saved, JSON.stringify(saved));

    await openScreen(browser, "settings");
    const card = await browser.$('[data-testid="updates"]');
    await card.waitForExist({ timeout: 30_000 });
    assert.match(await textOf(await browser.$('[data-testid="update-version"]')), new RegExp(`version ${from.replaceAll(".", "\\.")}`));

    const tampered = await refusal(browser, "tampered.json");
    const foreign = await refusal(browser, "foreign-key.json");
    for (const message of [tampered, foreign]) {
      assert.match(message, new RegExp(`update to ${to.replaceAll(".", "\\.")} was refused: it is not exactly what the publisher`), message);
      assert.match(message, new RegExp(`still on version ${from.replaceAll(".", "\\.")}`), message);
    }
    // Nothing changed and the app still works.
    assert.equal(packageVersion(), from);
    assert.equal(lastVersion(), from);
    const check = await invoke(browser, "run_check");
    assert.ok(check.ok, "the running version still checks orders");
    const before = runningApps();
    assert.equal(before.length, 1, `one app running: ${before}`);

    await offerAndInstall(browser, "good.json");
    await waitFor("the new version to start on the same data", () => lastVersion() === to, { timeout: 240_000 });
    assert.equal(packageVersion(), to, "the package manager installed the update");
    await waitFor("the restarted app", () => runningApps().some((pid) => !before.includes(pid)), { timeout: 30_000 });
  } finally {
    // Also ends the restarted app (it has this test's data folder).
    await first.stop();
  }

  const second = await startApp(env, { binary: installedApp });
  try {
    const { browser } = second;
    await waitForWizard(browser);
    const info = await invoke(browser, "app_info");
    assert.equal(info.value.version, to);
    assert.equal(info.value.updated_from, from);
    const settings = await invoke(browser, "settings");
    assert.equal(settings.value.interval_minutes, 7, "app.toml kept");
    assert.ok(settings.value.slack_saved, "the Slack webhook is still in the keychain");
    assert.equal(settings.value.monitor_paused, false, "the monitor runs after the update");
    await openScreen(browser, "settings");
    const version = await browser.$('[data-testid="update-version"]');
    await version.waitForExist({ timeout: 30_000 });
    await reach(version);
    assert.match(await textOf(version), new RegExp(`Updated from version ${from.replaceAll(".", "\\.")} to version ${to.replaceAll(".", "\\.")}`));
    await screenshot(browser, "updated");
  } finally {
    await second.stop();
  }
});
