#!/usr/bin/python3
"""Scripted FTP client that behaves on the wire like the NetX Duo (ThreadX) FTP client.

Ferry's embedded server must serve board clients built on NetX Duo's
addons/ftp/nxd_ftp_client.c. This script reproduces that client, as described in
docs/board-servers.md ("The client") and cross-checked against the NetX source:

* one TCP segment per expected reply, only its first digits are looked at, the rest of
  the segment is dropped; nothing is buffered across replies;
* greeting must start "22"; after USER every segment starting "22" is discarded (extra
  banner segments), then "33" is needed (a 230 straight after USER fails); PASS needs "23";
* before each RETR/STOR: one 10 ms read that discards a stale segment (NetX's 1-tick
  flush), then "TYPE I" expecting 2xx; NLST sends no TYPE;
* passive: IPv4 "PASV" needing exactly 227, parsed with NetX's own rules (IP and port
  from the reply, the reply must end in CR, exactly 5 commas, any digit after "227"
  starts h1); IPv6 "EPSV" needing exactly 229 and "(|||port|)"; the data socket is
  connected right after the reply, before RETR/STOR/NLST is sent;
* active: listen first, "PORT h1,h2,h3,h4,p1,p2" with every field zero-padded to three
  digits, on IPv6 "EPRT |2|<fully expanded upper-case address>|port|"; 2xx needed; the
  data connection is accepted (from any source port) before the 1xx is read;
* RETR/STOR/NLST: any 1xx, then after the data any 2xx; STOR data goes out only after
  the 1xx; the data socket is closed (FIN, waiting for the server's FIN) before the
  final 2xx is read; --rst-after-fin resets the data connection as soon as the server's
  FIN arrives (RETR/NLST), as NetX's disconnect callback may;
* NLST <path> or "NLST " (trailing space), never LIST; names only. A 550 without 1xx
  is an empty listing (after the data connection was made). A 1xx followed by zero
  bytes of data makes NetX's listing_get fail without reading the final reply: that
  reply stays queued and every later reply drifts (reproduced, reported as DRIFT);
* MKD/CWD/RMD/DELE/RNTO/QUIT need 2xx (MKD 200 or 257), RNFR needs 3xx. Never sends
  LIST, PWD, FEAT, SIZE, REST, ABOR, NOOP. USER/PASS go out as given (no length limit).
  Each command is one send() on a TCP_NODELAY socket.

Usage:
  netx_client.py --host 127.0.0.1|::1 --port N --user U --password P
                 [--active] [--strict] [--rst-after-fin] [--timeout 10] [--log FILE] [-v]
                 [--segments auto|capture|recv|lines] SCRIPT...

SCRIPT, run in one session (QUIT is implicit at the end):
  put LOCAL REMOTE      STOR          get REMOTE LOCAL   RETR
  nlst [PATH]           NLST, names printed one per line on stdout (PATH is taken
                        unless it is an operation name; "nlst ''" sends "NLST ")
  mkdir PATH  rmdir PATH  delete PATH  cd PATH  rename FROM TO  quit
  A "!" before an operation ("!get missing out") expects the server to refuse it:
  the refusal is logged and the session goes on; success then fails the run.

Exit codes: 0 success; 1 the server refused or answered what NetX cannot accept;
2 usage; 3 protocol drift under --strict; 4 network error or timeout.

DRIFT: a segment holding more than one reply, a multi-line reply, a reply not ending
in CRLF (its rest arrives as the "next reply"), a stale reply before TYPE I, or an NLST
with 1xx and no data. Always reported on stderr and in the log; fatal (exit 3) only with
--strict, otherwise the run goes on exactly as the board would (and usually fails later).
A multi-line greeting is tolerated when every line of it starts with "22".

Segment framing (--segments): a userspace recv() cannot see TCP segment boundaries (the
kernel merges queued segments), so two replies sent a few microseconds apart may come
back from one recv().
  capture  exact: watches the control connection's packets with an AF_PACKET socket and
           a BPF filter (root or CAP_NET_RAW) and hands out the byte stream one server
           segment at a time, as NetX receives it.
  recv     one recv() = one segment, literally: stricter than a board (replies the server
           sent back to back, e.g. a 150 and a quick 226, can be reported as drift).
  lines    like recv, but a recv() made only of complete replies is taken one reply at a
           time with a "possible DRIFT" note (never fatal): looser than a board, it cannot
           see two replies written in one send(). Partial replies, multi-line replies and
           stale replies are still caught.
  auto     (default) capture if the packet socket can be opened, else lines.

Choices where NetX's behaviour is not a plain rule:
* Active data ports are picked by the kernel (NetX takes the next free port after the
  previous one); the listening address is the control connection's local address.
* The wait option of every NetX call is --timeout; a data disconnect that the server
  does not complete (its FIN) within it ends in a reset, as nx_tcp_socket_disconnect does.
* A data connection reset by the server counts as end of file (NetX maps it like a FIN).
* NLST data is read as a whole (NetX hands it out packet by packet; no wire difference).

This script is the command line; the client is the package netxclient/ beside it (reply
parsing, segment capture, the control channel, the session, data transfers; see
netxclient/__init__.py). parse_pasv, parse_epsv, port_command, eprt_command and
segment_issues stay importable from here.
"""

import argparse
import os
import socket
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:  # the package beside this script, also under python3 -I
    sys.path.insert(0, HERE)

from netxclient.client import NetXClient  # noqa: E402
from netxclient.errors import EXIT_NET, EXIT_OK, EXIT_USAGE, ClientError, Refused, UsageError  # noqa: E402
from netxclient.replies import (eprt_command, parse_epsv, parse_pasv, port_command,  # noqa: E402
                                reply_units, segment_issues)

__all__ = ["main", "parse_script", "parse_pasv", "parse_epsv", "port_command", "eprt_command",
           "segment_issues", "reply_units"]

OPS = {"put": (2, 2), "get": (2, 2), "nlst": (0, 1), "mkdir": (1, 1), "rmdir": (1, 1),
       "delete": (1, 1), "cd": (1, 1), "rename": (2, 2), "quit": (0, 0)}


# ---------------------------------------------------------------------- command line
def parse_script(tokens):
    ops = []
    i = 0
    names = set(OPS)
    while i < len(tokens):
        tok = tokens[i]
        refuse = tok.startswith("!")
        op = tok[1:] if refuse else tok
        if op not in OPS:
            raise UsageError("unknown operation %r (known: %s)" % (tok, ", ".join(sorted(OPS))))
        lo, hi = OPS[op]
        i += 1
        params = tokens[i:i + lo]
        if len(params) < lo:
            raise UsageError("%s needs %d argument(s)" % (op, lo))
        i += lo
        while len(params) < hi and i < len(tokens) and tokens[i].lstrip("!") not in names:
            params.append(tokens[i])
            i += 1
        ops.append((refuse, op, params))
        if op == "quit" and i < len(tokens):
            raise UsageError("nothing may follow quit")
    return ops


def main(argv=None):
    p = argparse.ArgumentParser(
        description="FTP client that behaves on the wire like the NetX Duo FTP client",
        usage="%(prog)s --host H --port N --user U --password P [options] SCRIPT...")
    p.add_argument("--host", required=True, help="server address, e.g. 127.0.0.1 or ::1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--active", action="store_true", help="PORT/EPRT instead of PASV/EPSV")
    p.add_argument("--strict", action="store_true", help="protocol drift fails the run (exit 3)")
    p.add_argument("--rst-after-fin", action="store_true",
                   help="reset the data connection when the server's FIN arrives")
    p.add_argument("--timeout", type=float, default=10.0, help="NetX wait option, seconds")
    p.add_argument("--log", help="append the wire log to this file")
    p.add_argument("-v", "--verbose", action="store_true", help="wire log on stderr")
    p.add_argument("--segments", choices=("auto", "capture", "recv", "lines"), default="auto",
                   help="how server segments are told apart (see the module docstring)")
    p.add_argument("script", nargs="*", metavar="SCRIPT")

    class _Exit(Exception):
        pass

    def _error(message):
        sys.stderr.write("netx_client: usage error: %s\n" % message)
        raise _Exit()

    p.error = _error
    try:
        args = p.parse_args(argv)
        if not 0 < args.port < 65536:
            _error("--port must be 1..65535")
        if args.timeout <= 0:
            _error("--timeout must be positive")
        ops = parse_script(args.script)
    except _Exit:
        return EXIT_USAGE
    except UsageError as e:
        sys.stderr.write("netx_client: usage error: %s\n" % e)
        return EXIT_USAGE

    client = NetXClient(args)
    quitted = False
    try:
        client.connect_login()
        for n, (refuse, op, params) in enumerate(ops, 1):
            client.step = "step %d (%s%s)" % (n, "!" if refuse else "", " ".join([op] + params))
            client.log("--- %s" % client.step)
            try:
                result = getattr(client, "op_" + op)(*params)
            except Refused as e:
                if not refuse:
                    raise
                client.log("refused as expected: %s" % e)
                continue
            if refuse:
                raise Refused("%s: expected the server to refuse, but it succeeded" % client.step)
            if op == "nlst":
                for name in result:
                    sys.stdout.write(name + "\n")
                sys.stdout.flush()
            if op == "quit":
                quitted = True
        if not quitted:
            client.step = "quit (implicit)"
            client.op_quit()
        client.log("session done%s" % (", %d drift(s) seen" % client.drifts if client.drifts else ""))
        return EXIT_OK
    except ClientError as e:
        client.log("FAILED: %s" % e)
        sys.stderr.write("netx_client: %s\n" % e)
        return e.code
    except (socket.timeout, TimeoutError) as e:
        msg = "%s: timed out: %s" % (client.step, e)
        client.log("FAILED: " + msg)
        sys.stderr.write("netx_client: %s\n" % msg)
        return EXIT_NET
    except OSError as e:
        msg = "%s: %s" % (client.step, e)
        client.log("FAILED: " + msg)
        sys.stderr.write("netx_client: %s\n" % msg)
        return EXIT_NET
    finally:
        client.close()


if __name__ == "__main__":
    sys.exit(main())
