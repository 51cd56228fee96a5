#!/usr/bin/env bash
# libFuzzer over every parser of outside data (fuzz/, cargo-fuzz on the nightly toolchain):
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# Each target starts from a copy of its committed seeds (fuzz/corpus/<target>) plus past
# crashes (fuzz/regressions/<target>), so a run never rewrites the corpus. A crash stops the
# script with the input in fuzz/artifacts/<target>/: fix it, then move that file to
# fuzz/regressions/<target>/ (the stable driver replays it on every test run).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(shopify_order woocommerce_order shopify_csv erp_error middleware_log status_page)
fi
# CI keeps its build outside the clone, next to the workspace's.
target_dir=()
if [ -n "${CARGO_TARGET_DIR:-}" ]; then target_dir=(--target-dir "$CARGO_TARGET_DIR/fuzz"); fi
cargo +nightly fuzz build -O "${target_dir[@]}" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
  mkdir -p "$work/$target"
  cp fuzz/corpus/"$target"/* "$work/$target"/
  if [ -d fuzz/regressions/"$target" ]; then cp fuzz/regressions/"$target"/* "$work/$target"/; fi
  log="$work/$target.log"
  if ! cargo +nightly fuzz run -O "${target_dir[@]}" "$target" "$work/$target" -- \
      -max_total_time="$seconds" -max_len=16384 -print_final_stats=1 >"$log" 2>&1; then
    grep -E -A1 "panicked|ERROR: libFuzzer|SUMMARY" "$log" | head -12
    echo "fuzz: $target crashed; the input is in fuzz/artifacts/$target/" >&2
    exit 1
  fi
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 || true)
  corpus=$(ls "$work/$target" | wc -l)
  echo "fuzz: $target: $runs runs in ${seconds} s, $cov, corpus $corpus inputs, no crash"
done
