#!/usr/bin/env bash
# Cold start and idle memory of the desktop app under Xvfb, on the demo:
#   cold start  = launch → the window has drawn the five-step check (the UI's own signal);
#   idle memory = PSS summed over the app and its WebKit processes, 3 s after that
#                 (PSS shares each shared page among the processes using it; RSS would count
#                 the shared libraries once per process).
# Usage: scripts/measure-app.sh [BINARY] [RUNS]   (default: the release build, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
inside=false
if [ "${1:-}" = "--inside-display" ]; then inside=true; shift; fi
binary="${1:-${CARGO_TARGET_DIR:-target}/release/order-sync-doctor}"
runs="${2:-5}"
[ -x "$binary" ] || { echo "no app at $binary (build it: see the README's Packaging)"; exit 2; }

pss_kb() {  # PSS of a process and all its descendants
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" 2>/dev/null; for c in $(pgrep -P "$1" 2>/dev/null); do pgrep -P "$c"; done); do
    local kb
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}

measure_once() {
  local data log start pid ready
  data=$(mktemp -d); log=$(mktemp)
  start=$(date +%s%N)
  SYNC_DOCTOR_SMOKE=1 SYNC_DOCTOR_SMOKE_LINGER_MS=6000 SYNC_DOCTOR_DATA_DIR="$data" "$binary" >"$log" 2>/dev/null &
  pid=$!
  for _ in $(seq 600); do
    grep -q "^smoke:" "$log" && break
    sleep 0.01
  done
  ready=$(date +%s%N)
  sleep 3
  local pss; pss=$(pss_kb "$pid")
  wait "$pid" 2>/dev/null || true
  rm -rf "$data" "$log"
  echo "$(( (ready - start) / 1000000 )) $((pss / 1024))"
}

if $inside; then
  for _ in $(seq "$runs"); do measure_once; done
  exit 0
fi
# The measuring runs inside the virtual display and a private D-Bus session.
results=$(xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- "$0" --inside-display "$binary" "$runs" 2>/dev/null \
  | grep -E "^[0-9]+ [0-9]+$")
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "cold start to drawn check: median $(cut -d' ' -f1 <<<"$results" | median) ms over $runs runs ($(cut -d' ' -f1 <<<"$results" | sort -n | tr '\n' ' '))"
echo "idle memory (PSS, app + WebKit processes): median $(cut -d' ' -f2 <<<"$results" | median) MB"
