#!/usr/bin/python3
"""Scripted FTP server that stands in for a NetX Duo (ThreadX) board in Ferry's tests.

It reproduces, on the wire, the server behaviour described in docs/board-servers.md
("The server"), cross-checked against NetX Duo's addons/ftp/nxd_ftp_server.c:

* one thread for every session (a select loop); RETR/LIST/NLST run inline and block
  the other sessions, like the board's single FTP server thread;
* one recv() of at most 400 bytes (the board's control window) per command; only the
  first command in it is handled, the rest is dropped;
* the exact reply texts, one reply per send(), with the trailing space before CRLF;
* 1 s data timeouts, passive connections accepted as soon as they arrive, active
  connections made before the 1xx reply;
* STOR truncates first, uploads are event driven (data received before STOR was
  processed is discarded), an upload ends when the client closes the data connection;
* at most --max-sessions sessions, idle sessions reset without a 421.

Usage:
  board_server.py --bind 127.0.0.1 --port 0 --root DIR --user U --password P
                  [--max-sessions 4] [--data-timeout 1.0] [--idle-timeout 200]
                  [--log FILE] [--epsv-upload-bug] [--busy-upload-loss]
                  [--closing-code 250|226]
Prints "READY <port>" on stdout once listening. SIGTERM/SIGINT end it cleanly (exit 0).

Choices where the board's behaviour is not a plain reply text (from the NetX source):
* Passive RETR/LIST/NLST wait at most --data-timeout for the data connection; without
  one the board answers the command's ordinary 550 ("550 File Open Fail",
  "550 Bad Directory", "550 List bad Directory"), never 425 and no 1xx. Its passive
  state then stays "on" with no socket: the next transfer without a new PASV/EPSV
  waits the timeout again and fails the same way.
* Passive STOR does not wait at all: "125 File Open for Write" goes out at once and the
  upload is handled as data arrives, without blocking other sessions; a client that
  never connects gets no final reply (as on the board). The final reply comes when the
  client closes (FIN or reset) the data connection.
* A passive transfer is one-shot: after it the session is in active mode again (the
  board clears the flag), so every transfer needs its own PASV/EPSV or PORT/EPRT.
  PORT does not switch an unused PASV off.
* After RETR/LIST/NLST data the server sends FIN, waits up to --data-timeout for the
  client's FIN (resetting otherwise), then replies; a send that makes no progress for
  --data-timeout aborts the download with "550 Read Fail".
* --closing-code: older NetX Duo (up to the 6.4.3 releases) answers 250 File Sent /
  File Written / List End, as board-servers.md says; the 2025 eclipse-threadx sources
  answer 226. Default 250.
* MODE S answers "200 Mode Stream" (newer NetX); block mode is not emulated (504).
* PASV on an IPv6 session answers with the IPv4 loopback address and listens there
  (the board answers with its interface's IPv4 address).

Deliberate simplifications:
* A 5th connection is accepted by the kernel (unavoidable) but gets nothing, not even
  the greeting, until a session slot frees: then it is greeted, as the board greets a
  queued SYN when a socket re-listens. Held connections that close are dropped; held
  ones still waiting after --idle-timeout are reset.
* The board parses every queued TCP segment as its own command; userspace cannot see
  segment boundaries, so segments that the kernel coalesced into one recv() count as
  one (stricter than the board; a client that waits for each reply never notices).
* Path semantics follow FileX: "/" or "\\" separators, case-insensitive name lookup
  (FAT), ".." at the root fails, the reply paths keep the case the client typed; "."
  components are normalised away in replies. Sub-folders list "." and ".." (LIST and
  NLST), the root does not; so only an empty root gives NLST's 125 + 550. Entries are
  sorted by name (the board uses FAT directory order). Symlinks and special files are
  invisible. Files without owner write permission are the FAT read-only files:
  listed r--r--r--, and STOR/DELE/RNFR+RNTO on them fail.
* The idle timeout is exact (the board checks every 60 s, i.e. drops after 180-240 s).
* RETR/LIST/NLST while an upload of the same session is still open answer 550 (the
  board would misuse the upload's data socket).
* The two upload defects of board-servers.md are opt-in (the tests that need them ask):
  --epsv-upload-bug: an upload over an EPSV data connection is never stored. The data
  socket gets a 2 KiB receive buffer; an upload whose data and FIN fit in 2 KiB is
  stored empty and answered 2xx; a larger one stalls (the socket is no longer read, so
  the client's writes block once the window is full, and no reply comes) until the
  client gives up and closes the control connection.
  --busy-upload-loss: when an upload's data connection closes, the thread "waits" for
  that disconnect (--busy-wait, 0.1 s) while other sessions' uploads are open; a session
  whose remaining data and FIN arrived during that wait is cleaned up unread: what was
  not written yet is dropped, and the reply is still 2xx File Written.

This script is the command line; the server is the package netxboard/ beside it (one
module per job: wire parsing, sessions and the loop, commands, data connections, the
listing format, FileX paths, defects; see netxboard/__init__.py).
"""

import argparse
import os
import signal
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:  # the package beside this script, also under python3 -I
    sys.path.insert(0, HERE)

from netxboard.server import BoardServer  # noqa: E402
from netxboard.wire import Stop  # noqa: E402


def main(argv=None):
    p = argparse.ArgumentParser(description="NetX Duo FTP server stand-in for Ferry's tests")
    p.add_argument("--bind", default="127.0.0.1", help="127.0.0.1 or ::1")
    p.add_argument("--port", type=int, default=0, help="0 picks a free port")
    p.add_argument("--root", required=True, help="served folder")
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--max-sessions", type=int, default=4)
    p.add_argument("--data-timeout", type=float, default=1.0)
    p.add_argument("--idle-timeout", type=float, default=200.0)
    p.add_argument("--log", help="log file (default: stderr)")
    p.add_argument("--epsv-upload-bug", action="store_true",
                   help="never store uploads over EPSV data connections: up to 2 KiB stored "
                        "empty with 2xx, larger ones stall with no reply")
    p.add_argument("--busy-upload-loss", action="store_true",
                   help="drop the unread tail of uploads whose data connection closes while "
                        "another session's upload disconnect is handled (still 2xx)")
    p.add_argument("--busy-wait", type=float, default=0.1,
                   help="seconds the thread waits on one upload disconnect (--busy-upload-loss)")
    p.add_argument("--closing-code", choices=("250", "226"), default="250",
                   help="code of File Sent / File Written / List End (226 in NetX Duo 2025)")
    args = p.parse_args(argv)
    if not os.path.isdir(args.root):
        p.error("--root %s is not a folder" % args.root)
    if args.max_sessions < 1:
        p.error("--max-sessions must be at least 1")

    def on_signal(signum, frame):
        raise Stop()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    server = BoardServer(args)
    try:
        server.serve()
    except Stop:
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
