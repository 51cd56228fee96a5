#!/usr/bin/env bash
# End-to-end tests: the real app (debug build) in its real webview, driven through
# tauri-driver and WebKitWebDriver under Xvfb, with a real Secret Service (gnome-keyring) in a
# private D-Bus session and a throwaway HOME. Screenshots go to test-output/e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd ui && npm run --silent build)
cargo build --locked -p order-sync-doctor -p osd-cli
rm -rf test-output/e2e
scripts/e2e-session.sh "$@"
echo "e2e: screenshots in test-output/e2e/"
