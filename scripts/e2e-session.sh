#!/usr/bin/env bash
# Runs node tests (tests/e2e, the files named) against the real app in a desktop session of its
# own: Xvfb, a private D-Bus session with gnome-keyring unlocked, a throwaway HOME. Used by
# scripts/e2e.sh (every end-to-end test) and scripts/updater-e2e.sh (the self-update).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f tests/e2e/node_modules/.package-lock.json ] || ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.lock-copy; then
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  cp tests/e2e/package-lock.json tests/e2e/node_modules/.lock-copy
fi
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$CARGO_HOME/bin:$PATH"
export CARGO_TARGET_DIR="$(cd "${CARGO_TARGET_DIR:-target}" && pwd)"
e2e_home=$(mktemp -d)
# The app draws on the CPU (src-tauri/src/rendering.rs), and WebKitWebDriver's screenshots never
# return from a window drawn that way; the tests keep WebKit's GPU compositing so that every
# screen is saved. scripts/smoke-app.sh covers the CPU drawing the app ships with.
export WEBKIT_DISABLE_COMPOSITING_MODE=0
HOME="$e2e_home" XDG_DATA_HOME="$e2e_home/data" XDG_CONFIG_HOME="$e2e_home/config" \
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
    echo -n "test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd tests/e2e && SYNC_DOCTOR_KEYCHAIN_TEST=1 node --test --test-concurrency=1 --test-timeout=240000 --test-reporter=spec "$@" 2>&1 \
      | grep -vE "^(dbus-daemon|SpiRegistry|GNOME_KEYRING|Ignoring invalid max threads)|xdg-desktop-portal|pw.conf|PipeWire|^\s*$"
    exit "${PIPESTATUS[0]}"
  ' e2e "$@"
