#!/usr/bin/env bash
# Starts a real Tryton 8.0 on loopback with the fixture data the Tryton connector's tests use:
# trytond and its modules from PyPI into a virtual environment, a fresh SQLite database, the
# modules activated, fixture.py's data loaded, then `trytond -d DB` (the database must be
# preloaded: without -d the first login fails with KeyError 'res.user').
#
# Usage: scripts/tryton/start.sh [WORKDIR] [PORT]   → prints the URL; the admin password is in
# WORKDIR/admin-password. Stop it with: kill "$(cat WORKDIR/trytond.pid)"
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${1:-${TMPDIR:-/tmp}/osd-tryton}"
port="${2:-8765}"
mkdir -p "$work/db"

if [ ! -x "$work/venv/bin/trytond" ]; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q \
    "trytond>=8.0,<8.1" "proteus>=8.0,<8.1" "trytond_sale>=8.0,<8.1" "trytond_account>=8.0,<8.1" \
    "trytond_account_invoice>=8.0,<8.1" "trytond_stock>=8.0,<8.1" "trytond_company>=8.0,<8.1" \
    "trytond_currency>=8.0,<8.1" "trytond_country>=8.0,<8.1" "trytond_party>=8.0,<8.1" \
    "trytond_product>=8.0,<8.1"
fi

export TRYTOND_DATABASE__URI="sqlite://" TRYTOND_DATABASE__PATH="$work/db"
export TRYTOND_WEB__LISTEN="127.0.0.1:$port" TRYTONPASSFILE="$work/admin-password"
[ -s "$TRYTONPASSFILE" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$TRYTONPASSFILE"

rm -f "$work/db/shop.sqlite"*
touch "$work/db/shop.sqlite"
"$work/venv/bin/trytond-admin" -d shop --all --email admin@example.invalid > "$work/admin.log" 2>&1
"$work/venv/bin/trytond-admin" -d shop -u sale account_invoice stock --activate-dependencies >> "$work/admin.log" 2>&1
"$work/venv/bin/python" "$here/fixture.py" shop >> "$work/admin.log" 2>&1

"$work/venv/bin/trytond" -d shop > "$work/trytond.log" 2>&1 &
echo $! > "$work/trytond.pid"
for _ in $(seq 1 100); do
  curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' \
    -d '{"id":1,"method":"common.server.version","params":[]}' "http://127.0.0.1:$port/rpc/" && break
  sleep 0.2
done
echo "http://127.0.0.1:$port/shop/rpc/"
