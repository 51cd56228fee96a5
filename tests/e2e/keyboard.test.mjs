// The whole fix-and-resend path by keyboard alone, on the built-in demo: Tab reaches the fix
// plan's button with a visible focus mark on every stop, Enter opens the plan, focus stays in
// the dialog however far one tabs, Enter applies it, Escape closes it, and focus goes back to
// where the manager was.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { freshDir, screenshot, startApp, waitFor, waitForWizard } from "./support.mjs";

const data = freshDir("osd-e2e-keyboard-");
let app;

before(async () => {
  app = await startApp({ SYNC_DOCTOR_DATA_DIR: data });
});

after(async () => {
  await app?.stop();
});

/** What has focus: its test id or tag and text, whether a focus mark shows, and where it is. */
const focused = (browser) =>
  browser.execute(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { what: "body", visible: false, inDialog: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none";
    return {
      what: element.getAttribute("data-testid") ?? `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`,
      visible: outline || ring,
      inDialog: element.closest("dialog[open]") !== null,
      dialogOpen: document.querySelector("dialog[open]") !== null,
    };
  });

test("the fix plan is reached, applied and closed by keyboard alone", async () => {
  const { browser } = app;
  await waitForWizard(browser);
  await (await browser.$('[data-testid="plan-apply"]')).waitForEnabled({ timeout: 60_000 });

  // Tab from the top of the window to the plan's button; every stop shows where focus is.
  const stops = [];
  let at = null;
  for (let n = 0; n < 80; n++) {
    await browser.keys("Tab");
    at = await focused(browser);
    stops.push(at);
    assert.ok(at.visible, `no visible focus mark on ${at.what} (stop ${n + 1})`);
    if (at.what === "plan-apply") break;
  }
  assert.equal(at.what, "plan-apply", `Tab never reached the fix plan: ${stops.map((s) => s.what).join(" → ")}`);

  await browser.keys("Enter");
  await (await browser.$('[data-testid="plan-confirm"]')).waitForExist({ timeout: 60_000 });
  await waitFor("focus in the dialog", async () => (await focused(browser)).inDialog);
  // However far one tabs, focus stays in the dialog.
  let confirm = false;
  for (let n = 0; n < 40; n++) {
    await browser.keys("Tab");
    const here = await focused(browser);
    assert.ok(here.inDialog, `focus left the open dialog for ${here.what}`);
    assert.ok(here.visible, `no visible focus mark on ${here.what} in the dialog`);
    if (here.what === "plan-confirm") confirm = true;
    if (confirm && n > 20) break;
  }
  assert.ok(confirm, "Tab reaches the dialog's confirm button");
  // Back to the confirm button, then Enter.
  await waitFor("the confirm button", async () => {
    if ((await focused(browser)).what === "plan-confirm") return true;
    await browser.keys("Tab");
    return false;
  });
  await screenshot(browser, "keyboard-plan-confirm");
  await browser.keys("Enter");
  await (await browser.$('[data-testid="plan-done"]')).waitForExist({ timeout: 180_000 });
  await screenshot(browser, "keyboard-plan-done");

  await browser.keys("Escape");
  await waitFor("the dialog to close", async () => !(await focused(browser)).dialogOpen);
  const back = await focused(browser);
  assert.notEqual(back.what, "body", "focus went back into the window, not lost");
  assert.ok(back.visible, `focus is shown where it came back to (${back.what})`);
});
