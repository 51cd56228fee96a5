#!/usr/bin/env bash
# Starts the SMTP receiver for the e-mail alert test on loopback: a throwaway certificate
# authority and server certificate (openssl), aiosmtpd in a cached venv.
# Usage: scripts/test-servers/smtp.sh WORKDIR PORT  → WORKDIR/ca.pem, WORKDIR/mail/, WORKDIR/smtp.pid
set -euo pipefail
work="$1"
port="$2"
here="$(cd "$(dirname "$0")" && pwd)"
venv="${XDG_CACHE_HOME:-$HOME/.cache}/order-sync-doctor/smtp-venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import aiosmtpd" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "aiosmtpd==1.4.6"
fi
rm -rf "$work" && mkdir -p "$work/mail"
cd "$work"
# A CA, and a server certificate it signs for 127.0.0.1 (TLS libraries refuse a CA as a leaf).
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Order Sync Doctor test CA" \
  -keyout ca-key.pem -out ca.pem 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout key.pem -out server.csr 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > ext.cnf
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 \
  -extfile ext.cnf -out cert.pem 2>/dev/null
"$venv/bin/python" "$here/smtp_receiver.py" "$port" cert.pem key.pem "$work/mail" > smtp.log 2>&1 &
echo $! > smtp.pid
for _ in $(seq 100); do
  grep -q "smtp receiver on" smtp.log 2>/dev/null && exit 0
  sleep 0.1
done
echo "the SMTP receiver did not start:"; cat smtp.log; exit 1
