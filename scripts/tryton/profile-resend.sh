#!/usr/bin/env bash
# A resend to a real Tryton 8.0, profiled: ORDERS good orders (a Shopify-format CSV store) are
# checked, then resent with `sync-doctor reprocess --all-failed`; every JSON-RPC round trip is
# logged with its method and time (the connector's `tryton_calls` debug log), and the resend's
# wall time is split into the server's part (the round trips, as the client waits for them)
# and ours (everything else: lookups, bookkeeping, the database, pacing).
#
# Usage: scripts/tryton/profile-resend.sh [ORDERS] [BINARY]
#   BINARY: a sync-doctor build (default: the release build in CARGO_TARGET_DIR or target/).
# With SYNC_DOCTOR_TRYTON_URL and SYNC_DOCTOR_TRYTON_PASSWORD set it uses that Tryton (as
# scripts/test.sh does); otherwise it starts one with scripts/tryton/start.sh. It fails when
# an order was not sent.
set -euo pipefail
cd "$(dirname "$0")/../.."
orders="${1:-120}"
binary="${2:-${CARGO_TARGET_DIR:-target}/release/sync-doctor}"
[ -x "$binary" ] || { echo "no sync-doctor at $binary (cargo build --release -p osd-cli)"; exit 2; }

work=$(mktemp -d)
if [ -n "${SYNC_DOCTOR_TRYTON_URL:-}" ] && [ -n "${SYNC_DOCTOR_TRYTON_PASSWORD:-}" ]; then
  # A Tryton already running (scripts/test.sh starts one for the tests).
  trap 'rm -rf "$work"' EXIT
  url="$SYNC_DOCTOR_TRYTON_URL"
  password="$SYNC_DOCTOR_TRYTON_PASSWORD"
else
  trap 'kill "$(cat "$work/tryton/trytond.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$work"' EXIT
  # The Tryton venv is kept where scripts/test.sh keeps it, so its packages install once.
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/order-sync-doctor/tryton"
  mkdir -p "$cache" "$work/tryton"
  [ -d "$cache/venv" ] && ln -s "$cache/venv" "$work/tryton/venv"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  url=$(scripts/tryton/start.sh "$work/tryton" "$port" | tail -1)
  url="${url%shop/rpc/}"
  password="$(cat "$work/tryton/admin-password")"
fi

now=$(date -u +"%Y-%m-%d %H:%M:%S +0000")
{
  echo "Name,Email,Currency,Subtotal,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Tax 1 Name,Tax 1 Value,Billing Name,Billing Address1,Billing City,Billing Province,Billing Country"
  for n in $(seq "$orders"); do
    echo "#P$$-$n,customer1@example.com,USD,20.00,1.45,21.45,$now,1,Item,20.00,TSHIRT-BLK-M,CA State Tax 7.25%,1.45,Ada Lovelace,1 Market Street,Oakland,CA,US"
  done
} > "$work/orders.csv"
cat > "$work/tryton.toml" <<TOML
name = "profile-$$"
[store]
kind = "csv"
path = "orders.csv"
[erp]
kind = "tryton"
url = "$url"
database = "shop"
username = "admin"
secret_env = "TRYTON_PASSWORD"
TOML

run() {
  TRYTON_PASSWORD="$password" SYNC_DOCTOR_DATA_DIR="$work/data" \
    SYNC_DOCTOR_LOG="tryton_calls=debug" "$binary" --profile "$work/tryton.toml" "$@"
}
run check --json > /dev/null 2> "$work/check.log" || true
start=$(date +%s%N)
run reprocess --all-failed --json > "$work/resend.json" 2> "$work/resend.log" || true
wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))

python3 - "$work/resend.log" "$work/resend.json" "$wall_ms" "$orders" <<'PY'
import json, re, sys
log, results, wall_ms, orders = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
calls = {}
for line in open(log, encoding="utf-8", errors="replace"):
    line = re.sub(r"\x1b\[[0-9;]*m", "", line)
    m = re.search(r'tryton call method="?([\w.]+)"? ms=([\d.]+)', line)
    if m:
        count, total = calls.get(m[1], (0, 0.0))
        calls[m[1]] = (count + 1, total + float(m[2]))
sent = sum(1 for r in json.load(open(results))["results"] if r.get("outcome") in ("created", "already_in_erp"))
if not calls:
    sys.exit("no `tryton call` lines in the resend's log; its first lines:\n" + "".join(open(log, encoding="utf-8", errors="replace").readlines()[:5]))
server = sum(t for _, t in calls.values())
n = sum(c for c, _ in calls.values())
print(f"Resend of {orders} orders to a real Tryton 8.0 (SQLite): {sent} sent, {wall_ms / 1000:.1f} s, {wall_ms / 1000 / max(sent, 1):.3f} s an order")
print(f"  {'call':<34} {'count':>6} {'per order':>10} {'total ms':>10} {'mean ms':>8}")
for method, (count, total) in sorted(calls.items(), key=lambda kv: -kv[1][1]):
    print(f"  {method:<34} {count:>6} {count / max(sent, 1):>10.2f} {total:>10.0f} {total / count:>8.1f}")
if sent != orders:
    sys.exit(f"only {sent} of {orders} orders were sent: {open(results).read()[:2000]}")
print(f"  round trips: {n} ({n / max(sent, 1):.2f} an order), {server / 1000:.1f} s waiting for Tryton = {100 * server / wall_ms:.0f} % of the wall time; ours: {(wall_ms - server) / 1000:.1f} s")
PY
