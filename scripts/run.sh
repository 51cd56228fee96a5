#!/usr/bin/env bash
# Starts the desktop app on the built-in demo (a simulated Shopify and NetSuite).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
(cd ui && npm run --silent build)
exec cargo run -p order-sync-doctor "$@"
