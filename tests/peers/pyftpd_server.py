#!/usr/bin/python3
"""A pyftpdlib FTP server for Ferry's integration tests (started by tests/support/pyftpdlibserver.cpp).

Run it with Debian's /usr/bin/python3, for which python3-pyftpdlib is installed:

    /usr/bin/python3 tests/peers/pyftpd_server.py --bind 127.0.0.1 --port 0 --root DIR \
        --user ferry --password ferry-pw --passive-ports 61000-61063

It serves DIR to one user with every permission, on IPv4 or IPv6 (by the --bind address), passive
(PASV/EPSV) and active (PORT/EPRT, to the client's own address only) data connections, and prints
"READY <port>" on stdout once it listens. Its log goes to stderr. SIGTERM stops it.

With --tls-cert CERT --tls-key KEY it is an FTPS server (pyftpdlib's TLS_FTPHandler, explicit TLS with
AUTH TLS/SSL, PBSZ and PROT; needs python3-openssl) that requires TLS on the control connection and on
every data connection.
"""

import argparse
import logging
import signal
import sys
import warnings

# pyftpdlib 1.5.x imports asyncore/asynchat, which Python 3.11 marks deprecated: keep stderr readable.
warnings.filterwarnings("ignore", category=DeprecationWarning)

from pyftpdlib.authorizers import DummyAuthorizer  # noqa: E402
from pyftpdlib.handlers import FTPHandler  # noqa: E402
from pyftpdlib.servers import FTPServer  # noqa: E402


def port_range(text):
    first, _, last = text.partition("-")
    first, last = int(first), int(last or first)
    if not 0 < first <= last <= 65535:
        raise argparse.ArgumentTypeError(f"bad port range {text!r}")
    return range(first, last + 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on (IPv4 or IPv6)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one")
    parser.add_argument("--root", required=True, help="folder served as /")
    parser.add_argument("--user", default="ferry")
    parser.add_argument("--password", default="ferry-pw")
    parser.add_argument("--passive-ports", type=port_range, default=None, help="e.g. 61000-61063")
    parser.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    parser.add_argument("--tls-cert", default=None, help="PEM certificate: serve FTPS (explicit TLS)")
    parser.add_argument("--tls-key", default=None, help="PEM private key of --tls-cert")
    args = parser.parse_args()

    logging.basicConfig(
        stream=sys.stderr,
        level=getattr(logging, args.log_level),
        format="[%(asctime)s] %(levelname)s %(message)s",
    )

    authorizer = DummyAuthorizer()
    # e l r a d f m w M T: cd, list, retrieve, append, delete, rename, mkdir, store, chmod, set mtime.
    authorizer.add_user(args.user, args.password, args.root, perm="elradfmwMT")

    if args.tls_cert:
        from pyftpdlib.handlers import TLS_FTPHandler  # noqa: E402  (needs python3-openssl)

        class Handler(TLS_FTPHandler):
            pass

        Handler.certfile = args.tls_cert
        Handler.keyfile = args.tls_key or args.tls_cert
        Handler.tls_control_required = True
        Handler.tls_data_required = True
    else:

        class Handler(FTPHandler):
            pass

    Handler.authorizer = authorizer
    Handler.banner = "pyftpdlib ready for Ferry's tests"
    # Active mode: connect only back to the control connection's peer, never to a third address.
    Handler.permit_foreign_addresses = False
    Handler.permit_privileged_ports = False
    if args.passive_ports is not None:
        Handler.passive_ports = args.passive_ports

    server = FTPServer((args.bind, args.port), Handler)
    port = server.socket.getsockname()[1]

    def on_sigterm(signum, frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, on_sigterm)
    print(f"READY {port}", flush=True)
    try:
        server.serve_forever(handle_exit=True)
    finally:
        server.close_all()


if __name__ == "__main__":
    main()
