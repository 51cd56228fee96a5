#!/usr/bin/env bash
# The page's start-up split at its marks (tests/e2e/page-marks.mjs), under Xvfb, on the
# release build from the README's Packaging step. Usage: scripts/page-marks.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="$(cd "${CARGO_TARGET_DIR:-target}" && pwd)"
xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- node tests/e2e/page-marks.mjs "${1:-5}" 2>/dev/null \
  | grep -E "^(ui:|first-)"
