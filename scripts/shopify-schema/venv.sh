#!/usr/bin/env bash
# Installs graphql-core (the Python port of graphql-js, the reference implementation) into a
# cached virtual environment for the Shopify schema test (crates/connectors/tests/shopify_schema.rs)
# and prints that environment's python. scripts/test.sh exports it as SYNC_DOCTOR_GRAPHQL_PYTHON.
set -euo pipefail
venv="${XDG_CACHE_HOME:-$HOME/.cache}/order-sync-doctor/graphql-venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import graphql" 2>/dev/null; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet "graphql-core==3.2.8" >&2
fi
echo "$venv/bin/python"
