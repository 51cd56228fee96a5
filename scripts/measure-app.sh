#!/usr/bin/env bash
# Cold start and idle memory of the desktop app under Xvfb, on the demo, against an empty
# Tauri 2 window (benches/empty-window, same Tauri) measured in the same run:
#   cold start  = launch → the app's first frame: its shell drawn and taking input (the UI's
#                 own signal), against launch → the empty window's first frame; also
#                 launch → the five-step check drawn on the demo, for reference;
#   idle memory = PSS summed over the process and its WebKit processes, 3 s after that
#                 (PSS shares each shared page among the processes using it; RSS would count
#                 the shared libraries once per process).
# Usage: scripts/measure-app.sh [RUNS]   (release builds; 5 runs each, interleaved)
set -euo pipefail
cd "$(dirname "$0")/.."
inside=false
if [ "${1:-}" = "--inside-display" ]; then inside=true; shift; fi
runs="${1:-5}"
target="${CARGO_TARGET_DIR:-target}"
app="$target/release/order-sync-doctor"
empty="$target/release/empty-window"
[ -x "$app" ] || { echo "no app at $app (build it: see the README's Packaging)"; exit 2; }
[ -x "$empty" ] || { echo "no empty window at $empty (cargo build --release -p empty-window)"; exit 2; }

pss_kb() {  # PSS of a process and all its descendants
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" 2>/dev/null; for c in $(pgrep -P "$1" 2>/dev/null); do pgrep -P "$c"; done); do
    local kb
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}

measure_once() {  # BINARY [DATA] → "interactive-ms megabytes drawn-ms page-ms fresh-drawn-ms"
  # DATA: a data folder to start in (a later launch, with the last check kept); a new one if
  # not given (the first launch).
  local binary=$1 data=${2:-} log start pid ready drawn fresh keep=true
  if [ -z "$data" ]; then data=$(mktemp -d); keep=false; fi
  log=$(mktemp)
  start=$(date +%s%N)
  SYNC_DOCTOR_SMOKE=1 SYNC_DOCTOR_SMOKE_LINGER_MS=6000 SYNC_DOCTOR_DATA_DIR="$data" "$binary" >"$log" 2>/dev/null &
  pid=$!
  ready=""; drawn=""; fresh=""
  for _ in $(seq 1000); do
    # The app says "ready:" at its first frame, "smoke: … the last check" once it has drawn
    # the kept check and "smoke: … the check" once the new one is drawn; the empty window has
    # only its first frame ("smoke:").
    if [ -z "$ready" ] && grep -qE "^(ready|smoke):" "$log"; then ready=$(date +%s%N); fi
    if [ -z "$drawn" ] && grep -q "^smoke:" "$log"; then drawn=$(date +%s%N); fi
    if grep -qE "^smoke: (window rendered the check|empty)" "$log"; then
      fresh=$(date +%s%N); break
    fi
    sleep 0.005
  done
  [ -n "$drawn" ] || drawn=$(date +%s%N)
  [ -n "$fresh" ] || fresh=$(date +%s%N)
  sleep 3
  local pss; pss=$(pss_kb "$pid")
  wait "$pid" 2>/dev/null || true
  # The page's own clock at its first frame: the web part of the start-up.
  local page; page=$(grep -m1 -oE "^(ready|smoke):.* ([0-9]+) ms after the page" "$log" | grep -oE "[0-9]+ ms after" | grep -oE "^[0-9]+" || echo 0)
  $keep || rm -rf "$data"
  rm -f "$log"
  echo "$(( (ready - start) / 1000000 )) $((pss / 1024)) $(( (drawn - start) / 1000000 )) ${page:-0} $(( (fresh - start) / 1000000 ))"
}

if $inside; then
  for _ in $(seq "$runs"); do
    echo "empty $(measure_once "$empty")"
    # The first launch on a new data folder, then a later one on the same folder.
    folder=$(mktemp -d)
    echo "app $(measure_once "$app" "$folder")"
    echo "again $(measure_once "$app" "$folder")"
    rm -rf "$folder"
  done
  exit 0
fi
# The measuring runs inside the virtual display and a private D-Bus session.
results=$(xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- "$0" --inside-display "$runs" 2>/dev/null \
  | grep -E "^(app|again|empty) [0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+$")
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
column() { grep "^$1 " <<<"$results" | cut -d' ' -f"$2" | median; }
app_ms=$(column app 2); empty_ms=$(column empty 2); app_mb=$(column app 3); empty_mb=$(column empty 3)
drawn_ms=$(column app 4); app_page=$(column app 5); empty_page=$(column empty 5)
echo "cold start: app interactive (its first frame) in $app_ms ms; empty Tauri window first paint $empty_ms ms; ratio $(awk -v a="$app_ms" -v b="$empty_ms" 'BEGIN { printf "%.2f", a / b }')× (target ≤ 1.3×; medians of $runs runs)"
echo "            of which the page (load and run the UI to its first frame): app $app_page ms, empty window $empty_page ms"
again_drawn=$(column again 4); again_fresh=$(column again 6)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "            first launch (nothing kept): the five-step check drawn on the demo in $drawn_ms ms ($(ratio "$drawn_ms" "$empty_ms")× the empty window's first paint)"
echo "five-step check drawn, a later launch: the last check in $again_drawn ms; ratio $(ratio "$again_drawn" "$empty_ms")× the empty window's first paint (target ≤ 1.3×); the new check replaced it at $again_fresh ms"
echo "idle memory (PSS, process + WebKit): app $app_mb MB; empty window $empty_mb MB; ratio $(awk -v a="$app_mb" -v b="$empty_mb" 'BEGIN { printf "%.2f", a / b }')× (target ≤ 1.3×)"
