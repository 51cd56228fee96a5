#!/usr/bin/env bash
# Starts a real n8n 1.x on loopback for the middleware tests: installed from the npm registry
# into APPDIR (kept between runs), with a fresh user folder (its SQLite database) in RUNDIR every
# time, the owner account set up and an API key created through n8n's own REST endpoints.
#
# n8n's package asks for `xlsx` from cdn.sheetjs.com, which this machine cannot reach; the
# `overrides` in package.json take the last xlsx on the npm registry instead (only n8n's
# spreadsheet nodes use it, and the tests use none).
#
# Usage: scripts/n8n/start.sh APPDIR RUNDIR [PORT] → prints the URL; the API key is in
# RUNDIR/api-key. Stop it with: kill "$(cat RUNDIR/n8n.pid)"
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$1"
work="$2"
port="${3:-5678}"
mkdir -p "$app" "$work"

if ! cmp -s "$here/package.json" "$app/package.json" || [ ! -x "$app/node_modules/.bin/n8n" ]; then
  started=$(date +%s)
  rm -rf "$app/node_modules" "$app/package-lock.json"
  (cd "$app" && cp "$here/package.json" package.json.new && mv package.json.new package.json \
    && npm install --no-audit --no-fund --loglevel=error > "$app/install.log" 2>&1) \
    || { rm -f "$app/package.json"; tail -20 "$app/install.log" >&2; exit 1; }
  echo "n8n installed in $(( $(date +%s) - started )) s" >&2
fi

# One n8n per work folder: a previous one is stopped first, and its port given time to free.
if [ -s "$work/n8n.pid" ] && kill "$(cat "$work/n8n.pid")" 2>/dev/null; then
  for _ in $(seq 1 60); do kill -0 "$(cat "$work/n8n.pid")" 2>/dev/null || break; sleep 0.5; done
fi
rm -rf "$work/home"
mkdir -p "$work/home"
N8N_USER_FOLDER="$work/home" N8N_PORT="$port" N8N_LISTEN_ADDRESS=127.0.0.1 \
  N8N_DIAGNOSTICS_ENABLED=false N8N_PERSONALIZATION_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false \
  N8N_TEMPLATES_ENABLED=false N8N_RUNNERS_ENABLED=false N8N_SECURE_COOKIE=false \
  N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=true WEBHOOK_URL="http://127.0.0.1:$port/" \
  "$app/node_modules/.bin/n8n" start > "$work/n8n.log" 2>&1 &
echo $! > "$work/n8n.pid"
base="http://127.0.0.1:$port"
# Ready once its REST API answers in JSON: while the database migrates, n8n answers every
# path with a "starting up" page.
ready() { curl -sf "$base/rest/settings" | python3 -c 'import json, sys; json.load(sys.stdin)' 2>/dev/null; }
for _ in $(seq 1 300); do
  ready && break
  sleep 0.5
done
ready || { tail -20 "$work/n8n.log" >&2; exit 1; }

password="Osd-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')9"
cookies="$work/cookies"
curl -sf -o /dev/null -X POST "$base/rest/owner/setup" -H 'Content-Type: application/json' \
  -d "{\"email\":\"owner@example.invalid\",\"firstName\":\"Test\",\"lastName\":\"Owner\",\"password\":\"$password\"}"
curl -sf -o /dev/null -c "$cookies" -X POST "$base/rest/login" -H 'Content-Type: application/json' \
  -d "{\"emailOrLdapLoginId\":\"owner@example.invalid\",\"password\":\"$password\"}"
curl -sf -b "$cookies" -X POST "$base/rest/api-keys" -H 'Content-Type: application/json' \
  -d '{"label":"order-sync-doctor tests","expiresAt":null,"scopes":["workflow:read","workflow:list","workflow:create","workflow:update","workflow:activate","execution:read","execution:list","execution:retry"]}' \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["rawApiKey"])' > "$work/api-key"
chmod 600 "$work/api-key"
rm -f "$cookies"
echo "$base/"
