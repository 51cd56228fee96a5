#!/usr/bin/env bash
# The dependency checks: cargo-deny over the Rust tree (licences, banned and duplicate crates,
# sources, and RustSec advisories) and npm audit over the UI's and the end-to-end tests'
# packages. Exceptions and their reasons are in deny.toml and docs/security.md.
#
# The advisory databases live on the internet (github.com/rustsec/advisory-db, the npm
# registry's audit endpoint). Where a machine cannot reach them the check says so and is
# skipped; everything that needs no network must pass.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo deny --log-level error --locked --all-features check bans licenses sources && echo "audit: cargo deny: licences, bans and sources ok"

if timeout 20 git ls-remote https://github.com/rustsec/advisory-db HEAD >/dev/null 2>&1; then
  cargo deny --log-level error --locked --all-features check advisories
else
  echo "audit: RustSec advisories not checked: github.com (the advisory database) cannot be reached from this machine"
fi

for dir in ui tests/e2e; do
  out=$(cd "$dir" && npm audit --omit=dev --audit-level=high 2>&1) && status=0 || status=$?
  if grep -qE "audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|EAI_AGAIN" <<<"$out"; then
    echo "audit: npm audit not checked in $dir: the registry's audit endpoint did not answer ($(grep -m1 -oE '[0-9]{3} [A-Za-z ]+ - POST' <<<"$out" || echo unreachable))"
  elif [ "$status" -ne 0 ]; then
    echo "$out"
    echo "audit: npm audit found high or critical advisories in $dir" >&2
    exit 1
  else
    echo "audit: npm audit in $dir: $(tail -1 <<<"$out")"
  fi
done
