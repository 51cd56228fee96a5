// The page's own start-up, split at its performance marks: script running, first commit,
// first frame ("interactive"), and WebKit's first contentful paint, in ms after navigation.
// Medians of RUNS launches of the release app over WebDriver (which adds its own overhead:
// compare runs of this script with each other, not with scripts/measure-app.sh).
// Usage, inside a display: node tests/e2e/page-marks.mjs [RUNS]  (scripts/page-marks.sh wraps it)
import { join } from "node:path";

import { freshDir, root, startApp, waitFor } from "./support.mjs";

const runs = Number(process.argv[2] ?? 5);
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const binary = join(target, "release", "order-sync-doctor");
const names = ["ui:script", "ui:committed", "first-contentful-paint", "ui:interactive"];
const seen = Object.fromEntries(names.map((n) => [n, []]));

for (let run = 0; run < runs; run++) {
  const app = await startApp({ SYNC_DOCTOR_DATA_DIR: freshDir("osd-marks-") }, { binary });
  const marks = await waitFor("the first frame", async () => {
    const found = await app.browser.execute(() =>
      [...performance.getEntriesByType("mark"), ...performance.getEntriesByType("paint")].map((e) => [e.name, e.startTime]),
    );
    return found.some(([name]) => name === "ui:interactive") ? found : null;
  });
  for (const [name, at] of marks) seen[name]?.push(at);
  await app.stop();
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
for (const name of names) {
  if (seen[name].length) console.log(`${name.padEnd(24)} ${median(seen[name]).toFixed(0).padStart(5)} ms  (median of ${seen[name].length})`);
}
