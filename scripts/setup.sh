#!/usr/bin/env bash
# One-time (and idempotent) set-up on Debian/Ubuntu: the system packages Tauri, the tests and
# the keychain need, and the UI's npm packages. Uses sudo when not root.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev
  libdbus-1-dev                                   # keyring's Secret Service client
  xvfb xauth dbus dbus-x11 gnome-keyring          # headless window and keychain in tests
  webkit2gtk-driver libsecret-tools               # end-to-end tests: WebKitWebDriver, secret-tool
  dunst openssl                                   # a real notification server; test certificates
  python3 python3-venv                            # a real Tryton server for the Tryton tests
  sudo                                            # the updater installs a .deb through sudo
)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

command -v cargo >/dev/null || { echo "setup: Rust is missing; install it with rustup (https://rustup.rs)"; exit 1; }
command -v npm >/dev/null || { echo "setup: Node.js 20+ with npm is missing"; exit 1; }

# tauri-driver bridges WebDriver clients to WebKitWebDriver for the end-to-end tests.
if ! command -v tauri-driver >/dev/null && [ ! -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ]; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --locked --version 2.1.0 --quiet
fi

# Fuzzing (scripts/fuzz.sh) drives libFuzzer through cargo-fuzz on the nightly toolchain;
# without nightly the test run keeps to the stable fuzz driver, which always runs.
if rustup toolchain list 2>/dev/null | grep -q '^nightly' \
    && ! command -v cargo-fuzz >/dev/null && [ ! -x "${CARGO_HOME:-$HOME/.cargo}/bin/cargo-fuzz" ]; then
  echo "setup: installing cargo-fuzz"
  cargo install cargo-fuzz --locked --version 0.13.2 --quiet
fi
# cargo-deny checks the dependency tree: advisories, licences, duplicate versions, sources.
if ! command -v cargo-deny >/dev/null && [ ! -x "${CARGO_HOME:-$HOME/.cargo}/bin/cargo-deny" ]; then
  echo "setup: installing cargo-deny"
  cargo install cargo-deny --locked --version 0.20.2 --quiet
fi

# The UI's packages, exactly as locked. Only reinstalled when the lock file changed.
if [ ! -f ui/node_modules/.package-lock.json ] || ! cmp -s ui/package-lock.json ui/node_modules/.lock-copy; then
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
  cp ui/package-lock.json ui/node_modules/.lock-copy
fi
