#!/usr/bin/env bash
# Opens the desktop app under Xvfb on the demo and waits for the UI to report that it drew
# the five-step report. Exits non-zero if the window never renders. It runs with the app's own
# drawing (on the CPU, src-tauri/src/rendering.rs), which the end-to-end tests cannot use.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
data=$(mktemp -d)
log=$(mktemp)
set +e
SYNC_DOCTOR_SMOKE=1 SYNC_DOCTOR_DATA_DIR="$data" \
  timeout 180 xvfb-run -a -s "-screen 0 1280x900x24" \
  dbus-run-session -- "$target/debug/order-sync-doctor" >"$log" 2>&1
status=$?
set -e
if [ $status -ne 0 ] || ! grep -q "smoke: window rendered the check with" "$log"; then
  echo "the app did not render its window (exit $status):"
  cat "$log"
  exit 1
fi
grep "smoke:" "$log"
