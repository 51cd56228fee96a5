#!/usr/bin/env bash
# The app updates itself, end to end, on this machine (docs/platforms.md, "Updates"):
#   1. a throwaway release key pair (and a second, foreign one) from `tauri signer generate`;
#   2. two builds of the app that trust the release key and ask a manifest on loopback, the one
#      installed (version N) and the update (N+1), each bundled as a .deb by `tauri bundle`;
#   3. the update signed with the release key (`tauri signer sign`, bound to its version), a
#      copy with one byte changed under the same signature, and a copy signed with the foreign
#      key, each behind a manifest in Tauri's static format, served by a plain HTTP server;
#   4. version N installed with dpkg; tests/e2e/updates/self-update.mjs drives it: the two bad
#      updates are refused and change nothing, the good one is installed with the package
#      manager and the app comes back on N+1 with its settings and keychain entries.
# The updater installs a .deb through pkexec, a graphical sudo or sudo (scripts/setup.sh installs
# sudo); this runs as root (CI) or as a user whose sudo needs no password.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="$(mkdir -p "${CARGO_TARGET_DIR:-target}" && cd "${CARGO_TARGET_DIR:-target}" && pwd)"
tauri=("$PWD/ui/node_modules/.bin/tauri")
# tauri.conf.json lives at the root, the app crate in src-tauri (README).
export TAURI_APP_PATH=src-tauri TAURI_FRONTEND_PATH=ui

if [ "$(id -u)" -ne 0 ] && ! sudo -n true 2>/dev/null; then
  echo "updater e2e: needs root or a sudo without password (it installs a .deb)" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo -n); fi

work=$(mktemp -d)
site="$work/site"
mkdir -p "$site"
package=order-sync-doctor
cleanup() {
  kill "$(cat "$work/server.pid" 2>/dev/null)" 2>/dev/null || true
  "${as_root[@]}" dpkg -r "$package" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
installed_version=$(python3 -c 'import json; print(json.load(open("tauri.conf.json"))["version"])')
update_version=$(python3 -c 'import sys; a = sys.argv[1].split("."); a[2] = str(int(a[2]) + 1); print(".".join(a))' "$installed_version")

"${tauri[@]}" signer generate --ci -p "" -w "$work/release.key" >/dev/null
"${tauri[@]}" signer generate --ci -p "" -w "$work/foreign.key" >/dev/null

# What both builds share: the release key and a manifest on loopback over plain HTTP (the
# download's signature is what makes it safe; release builds ask GitHub over HTTPS).
config_for() {
  python3 - "$1" "$(cat "$work/release.key.pub")" "http://127.0.0.1:$port/latest.json" <<'PY'
import json, sys
version, key, manifest = sys.argv[1:]
print(json.dumps({"version": version, "plugins": {"updater": {
    "pubkey": key, "endpoints": [manifest], "dangerousInsecureTransportProtocol": True}}}))
PY
}

# Build version $1 and bundle it as a .deb (debug build, stripped: the bundle is what a release
# ships, the binary only smaller). Prints the .deb's path.
build_deb() {
  local version=$1 stage="$work/build-$1"
  local config
  config=$(config_for "$version")
  TAURI_CONFIG="$config" cargo build --locked -p order-sync-doctor >&2
  mkdir -p "$stage/debug"
  strip -o "$stage/debug/order-sync-doctor" "$CARGO_TARGET_DIR/debug/order-sync-doctor"
  CARGO_TARGET_DIR="$stage" "${tauri[@]}" bundle --debug --bundles deb --ci --config "$config" >&2
  ls "$stage"/debug/bundle/deb/*.deb
}

(cd ui && npm run --silent build)
echo "updater e2e: building $installed_version (installed) and $update_version (the update)"
installed_deb=$(build_deb "$installed_version")
update_deb=$(build_deb "$update_version")

cp "$update_deb" "$site/update.deb"
"${tauri[@]}" signer sign --private-key-path "$work/release.key" -p "" --app-version "$update_version" "$site/update.deb" >/dev/null
# One byte in the middle changed, the genuine signature kept.
python3 - "$site/update.deb" "$site/tampered.deb" <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
data[len(data) // 2] ^= 0x01
open(sys.argv[2], "wb").write(data)
PY
cp "$site/update.deb" "$site/foreign.deb"
"${tauri[@]}" signer sign --private-key-path "$work/foreign.key" -p "" --app-version "$update_version" "$site/foreign.deb" >/dev/null

# Tauri's static manifest: version, notes, date and per platform ("linux-x86_64-deb": the OS,
# the architecture and the bundle the running app came in) the package's URL and signature.
manifest() {
  python3 - "$update_version" "http://127.0.0.1:$port/$1" "$(cat "$site/$2")" <<'PY'
import json, sys
version, url, signature = sys.argv[1:]
print(json.dumps({"version": version, "notes": "Faster first check.\nClearer tax findings.",
                  "pub_date": "2026-12-06T12:00:00Z",
                  "platforms": {"linux-x86_64-deb": {"url": url, "signature": signature}}}))
PY
}
manifest update.deb update.deb.sig > "$site/good.json"
manifest tampered.deb update.deb.sig > "$site/tampered.json"
manifest foreign.deb foreign.deb.sig > "$site/foreign-key.json"

python3 -m http.server --bind 127.0.0.1 --directory "$site" "$port" >"$work/server.log" 2>&1 &
echo $! > "$work/server.pid"

"${as_root[@]}" dpkg -i "$installed_deb" >/dev/null
installed_app=$(dpkg -L "$package" | grep -E '^/usr/bin/' | head -n1)
echo "updater e2e: $package $installed_version installed as $installed_app"

UPDATE_SITE="$site" UPDATE_INSTALLED_APP="$installed_app" UPDATE_FROM="$installed_version" \
  UPDATE_TO="$update_version" UPDATE_PACKAGE="$package" \
  scripts/e2e-session.sh updates/self-update.mjs
