"""A real SMTP server for the e-mail alert test: aiosmtpd on loopback, STARTTLS required
before AUTH (user "doctor", password "s3cret"), each accepted message written to OUTDIR.

Usage: smtp_receiver.py PORT CERT KEY OUTDIR   (runs until killed)
"""
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

port, cert, key, outdir = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]


class Keep:
    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(outdir, f"{len(os.listdir(outdir)):04d}.eml")
        with open(name, "wb") as out:
            out.write(envelope.original_content or envelope.content)
        return "250 OK"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == b"doctor"
        and auth_data.password == b"s3cret"
    )
    # handled=False: aiosmtpd then answers 535 itself (by default it leaves that to us).
    return AuthResult(success=ok, handled=False)


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)
controller = Controller(
    Keep(),
    hostname="127.0.0.1",
    port=port,
    tls_context=context,
    require_starttls=True,
    authenticator=authenticate,
    auth_require_tls=True,
)
controller.start()
print(f"smtp receiver on 127.0.0.1:{port}", flush=True)
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
signal.signal(signal.SIGINT, lambda *_: stop.set())
stop.wait()
controller.stop()
