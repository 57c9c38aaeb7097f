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
"""

import argparse
import ipaddress
import os
import re
import select
import selectors
import signal
import socket
import stat
import struct
import sys
import time
import traceback

CTRL_RECV_MAX = 400          # NX_FTP_CONTROL_WINDOW_SIZE: longer commands arrive split
NAME_MAX = 19                # NX_FTP_USERNAME_SIZE / NX_FTP_PASSWORD_SIZE minus the NUL
UPLOAD_CHUNK = 256 * 1024
UPLOAD_BUDGET = 16 * 1024 * 1024   # bytes read from one upload per loop pass (fairness)
HELD_MAX = 64
EPSV_WINDOW = 2048           # the board's data socket window: the EPSV defect stalls beyond it
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
FAT_BAD_CHARS = set('\\/:*?"<>|')


class _Stop(BaseException):
    """Raised by the signal handler; BaseException so no catch-all swallows it."""


def _eol_arg(rest):
    """The argument as NetX extracts it: up to the first CR/LF/NUL, scanning at most
    len-1 bytes (a line without CRLF loses its last character, as on the board)."""
    n = len(rest)
    j = 0
    while j < n - 1 and rest[j] not in (13, 10, 0):
        j += 1
    return rest[:j]


def _short_field(rest):
    """USER/PASS: at most 19 characters, cut at CR/LF/NUL."""
    j = 0
    n = len(rest)
    while j < NAME_MAX and j < n:
        if rest[j] in (13, 10, 0):
            break
        j += 1
    return rest[:j]


def _parse_verb(pkt):
    """_nx_ftp_server_parse_command: token ends at ' ' or CR or at len-1, a-z upper-cased;
    the argument starts right after the single separating character."""
    n = len(pkt)
    if n == 0:
        return b"", b""
    i = 0
    while i < n - 1 and pkt[i] != 0x20 and pkt[i] != 13:
        i += 1
    verb = pkt[:i].split(b"\0", 1)[0].upper()
    return verb, pkt[i + 1:]


def _valid_fat_name(name):
    if not name or len(os.fsencode(name)) > 255 or name in (".", ".."):
        return False
    if name.strip(". ") == "":
        return False
    return not any(c in FAT_BAD_CHARS or ord(c) < 32 for c in name)


class Session:
    def __init__(self, sid, sock, peer, family):
        self.sid = sid
        self.sock = sock
        self.peer = peer
        self.family = family
        self.local_ip = sock.getsockname()[0]
        self.user = b""
        self.password = b""
        self.authenticated = False
        self.type = None
        self.cwd = []                 # components as typed (FileX keeps the typed path)
        self.passive = False          # nx_ftp_client_request_passive_transfer_enabled
        self.pasv_listener = None
        self.pasv_is_epsv = False
        self.data_sock = None
        self.data_is_epsv = False
        self.data_eof = False
        self.data_port = 0
        self.open_write = False
        self.upload = None
        self.upload_disk = None
        self.upload_total = 0
        self.write_error = False
        self.epsv_dropped = 0         # --epsv-upload-bug: bytes of this upload never stored
        self.stalled = False          # --epsv-upload-bug: the upload no longer read (window full)
        self.lost_unread = False      # --busy-upload-loss: the tail of this upload was dropped
        self.rnfr = None
        self.last = time.monotonic()
        self.alive = True

    def tag(self):
        host, port = self.peer[0], self.peer[1]
        return "s%d %s:%d" % (self.sid, host, port)


class BoardServer:
    def __init__(self, args):
        self.args = args
        self.root = os.path.realpath(args.root)
        self.timeout = args.data_timeout
        self.done_code = args.closing_code
        self.sel = selectors.DefaultSelector()
        self.sessions = []
        self.held = []               # [(sock, peer, accepted_at, watched)]
        self.next_sid = 1
        self.open_for_write = set()  # disk paths being uploaded (FileX refuses a 2nd writer)
        self.buf = bytearray(UPLOAD_CHUNK)
        self.view = memoryview(self.buf)
        if args.log:
            self.logf = open(args.log, "a", buffering=1, encoding="utf-8", errors="backslashreplace")
        else:
            self.logf = sys.stderr
        self.listener = None

    # ------------------------------------------------------------------ logging
    def log(self, sess, msg):
        now = time.time()
        stamp = time.strftime("%H:%M:%S", time.localtime(now)) + ".%03d" % int((now % 1) * 1000)
        who = sess.tag() if sess is not None else "server"
        try:
            self.logf.write("%s [%s] %s\n" % (stamp, who, msg))
        except Exception:
            pass

    # ------------------------------------------------------------------ selector helpers
    def _reg(self, sock, kind, obj):
        try:
            self.sel.register(sock, selectors.EVENT_READ, (kind, obj))
        except (KeyError, ValueError, OSError):
            pass

    def _unreg(self, sock):
        try:
            self.sel.unregister(sock)
        except (KeyError, ValueError, OSError):
            pass

    @staticmethod
    def _rst_close(sock):
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        try:
            sock.close()
        except OSError:
            pass

    @staticmethod
    def _plain_close(sock):
        try:
            sock.close()
        except OSError:
            pass

    # ------------------------------------------------------------------ replies
    def send(self, sess, data):
        """One reply, one send(); failures are ignored like nx_tcp_socket_send errors."""
        self.log(sess, "> %r" % data)
        try:
            sess.sock.sendall(data)
        except OSError as e:
            self.log(sess, "reply not sent: %s" % e)

    def reply(self, sess, code, text):
        if isinstance(text, str):
            text = text.encode()
        self.send(sess, code.encode() + b" " + text + b" \r\n")

    def dir_reply(self, sess, code, parts, text):
        path = os.fsencode("/" + "/".join(parts)).replace(b'"', b'""')
        self.send(sess, code.encode() + b' "' + path + b'" ' + text.encode() + b" \r\n")

    # ------------------------------------------------------------------ paths (FileX-like)
    def split_path(self, cwd, raw):
        parts = [] if raw[:1] in ("/", "\\") else list(cwd)
        for comp in re.split(r"[/\\]", raw):
            if comp in ("", "."):
                continue
            if comp == "..":
                if not parts:
                    return None
                parts.pop()
                continue
            parts.append(comp)
        return parts

    @staticmethod
    def _match(dirpath, name):
        try:
            os.lstat(os.path.join(dirpath, name))
            return name
        except (OSError, ValueError):
            pass
        low = name.casefold()
        try:
            for entry in os.listdir(dirpath):
                if entry.casefold() == low:
                    return entry
        except (OSError, ValueError):
            pass
        return None

    def lookup(self, parts):
        """(disk path, lstat) of an existing file or folder inside the root, else None.
        Symlinks and special files do not exist for the board (FAT has none)."""
        if parts is None:
            return None
        cur = self.root
        try:
            st = os.lstat(cur)
            for comp in parts:
                if not stat.S_ISDIR(st.st_mode):
                    return None
                name = self._match(cur, comp)
                if name is None:
                    return None
                cur = os.path.join(cur, name)
                st = os.lstat(cur)
                if not (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)):
                    return None
        except (OSError, ValueError):
            return None
        return cur, st

    def lookup_create(self, parts):
        """For STOR/MKD/RNTO: (parent disk path, disk name, existing lstat or None)."""
        if not parts:
            return None
        parent = self.lookup(parts[:-1])
        if parent is None or not stat.S_ISDIR(parent[1].st_mode):
            return None
        name = self._match(parent[0], parts[-1])
        if name is None:
            return parent[0], parts[-1], None
        try:
            return parent[0], name, os.lstat(os.path.join(parent[0], name))
        except (OSError, ValueError):
            return None

    @staticmethod
    def _last_raw_component(raw):
        return re.split(r"[/\\]", raw)[-1]

    @staticmethod
    def _read_only(st):
        return not (st.st_mode & stat.S_IWUSR)

    def list_line(self, name, st):
        isdir = stat.S_ISDIR(st.st_mode)
        perms = ("d" if isdir else "-") + ("r--r--r--" if self._read_only(st) else "rw-rw-rw-")
        size = 0 if isdir else (st.st_size & 0xFFFFFFFF)   # FileX ULONG size, 10 columns
        t = time.localtime(st.st_mtime)
        head = "%s  1 owner group %10d %s %02d %02d:%02d " % (
            perms, size, MONTHS[t.tm_mon - 1], t.tm_mday, t.tm_hour, t.tm_min)
        return head.encode() + os.fsencode(name) + b"\r\n"

    def dir_entries(self, disk, parts):
        """FileX directory order: "." and ".." first in a sub-folder (FAT keeps them as
        real entries), none in the root; the rest sorted by name for determinism."""
        out = []
        if parts:
            out.append((".", os.lstat(disk)))
            parent = self.lookup(parts[:-1])
            out.append(("..", parent[1] if parent else os.lstat(disk)))
        for name in sorted(os.listdir(disk)):
            try:
                st = os.lstat(os.path.join(disk, name))
            except OSError:
                continue
            if (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)) and len(os.fsencode(name)) <= 255:
                out.append((name, st))
        return out

    # ------------------------------------------------------------------ data connections
    def _new_listener(self, family, host):
        ls = socket.socket(family, socket.SOCK_STREAM)
        try:
            if family == socket.AF_INET6:
                ls.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            ls.bind((host, 0))
            ls.listen(5)
            ls.setblocking(False)
        except OSError:
            ls.close()
            raise
        return ls

    def accept_passive(self, sess):
        """The board accepts the passive connection as soon as it arrives (the data
        socket was put in accept state with NX_NO_WAIT when PASV/EPSV was handled)."""
        ls = sess.pasv_listener
        try:
            conn, addr = ls.accept()
        except (BlockingIOError, InterruptedError):
            return False
        except OSError as e:
            self.log(sess, "passive accept failed: %s" % e)
            return False
        conn.setblocking(False)
        self._unreg(ls)              # one data socket per PASV, like NetX
        sess.data_sock = conn
        sess.data_is_epsv = sess.pasv_is_epsv
        sess.data_eof = False
        self.log(sess, "data connection from %s:%d (%s)" % (addr[0], addr[1], "EPSV" if sess.data_is_epsv else "PASV"))
        self._reg(conn, "data", sess)
        self.service_data(sess)      # data already received before STOR is discarded
        return True

    def service_data(self, sess):
        """_nx_ftp_server_data_process: read what is queued; write it when a STOR is open,
        drop it otherwise. EOF/reset marks the data disconnect (handled after commands)."""
        ds = sess.data_sock
        if ds is None or sess.data_eof:
            return
        if sess.stalled:
            return
        epsv_bug = self.args.epsv_upload_bug and sess.data_is_epsv and sess.open_write
        budget = UPLOAD_BUDGET
        while budget > 0:
            try:
                if epsv_bug:
                    # Read no further than one byte past the 2 KiB window: an upload that
                    # ends within it is stored empty, a larger one stalls.
                    n = ds.recv_into(self.buf, EPSV_WINDOW - sess.epsv_dropped + 1)
                else:
                    n = ds.recv_into(self.buf)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:
                self.log(sess, "data connection error: %s" % e)
                n = 0
            if n == 0:
                sess.data_eof = True
                self._unreg(ds)
                return
            sess.last = time.monotonic()
            budget -= n
            if epsv_bug:
                sess.epsv_dropped += n
                if sess.epsv_dropped > EPSV_WINDOW:
                    sess.stalled = True
                    self._unreg(ds)
                    self.log(sess, "--epsv-upload-bug: the receive window is full; the upload "
                             "stalls (no reply until the client gives up)")
                    return
                continue
            if not sess.open_write:
                self.log(sess, "discarded %d data bytes received before STOR was processed" % n)
                continue
            sess.upload_total += n
            if sess.write_error:
                continue
            try:
                mv = self.view[:n]
                while mv:
                    w = sess.upload.write(mv)
                    mv = mv[w:]
            except OSError as e:
                sess.write_error = True
                self.log(sess, "upload write failed: %s" % e)

    def data_disconnect(self, sess):
        """_nx_ftp_server_data_disconnect_process: the client closed the data connection."""
        was_write = sess.open_write
        ok = not sess.write_error
        if was_write and self.args.busy_upload_loss:
            self.wait_for_disconnect(sess)
        if sess.upload is not None and not (self.args.epsv_upload_bug and sess.data_is_epsv):
            try:
                sess.upload.flush()
            except OSError:
                ok = False
        self.cleanup_data(sess)
        sess.last = time.monotonic()
        if was_write:
            if ok:
                self.reply(sess, self.done_code, "File Written")
            else:
                self.reply(sess, "550", "File Write Failed")

    def wait_for_disconnect(self, sess):
        """--busy-upload-loss: the board's thread waits for this session's disconnect while
        other sessions' upload data and FIN come in; those sessions are then cleaned up
        without their queued data being read (stored short, still answered 2xx)."""
        others = [o for o in self.sessions
                  if o is not sess and o.alive and o.open_write and o.data_sock is not None
                  and not o.data_eof and not o.stalled]
        if not others:
            return
        time.sleep(self.args.busy_wait)
        for o in others:
            pending = bytearray()
            eof = False
            while True:
                try:
                    d = o.data_sock.recv(UPLOAD_CHUNK, socket.MSG_DONTWAIT)
                except (BlockingIOError, InterruptedError):
                    break
                except OSError:
                    eof = True
                    break
                if not d:
                    eof = True
                    break
                pending += d
            if eof:
                o.lost_unread = True
                o.data_eof = True
                self._unreg(o.data_sock)
                self.log(o, "--busy-upload-loss: closed while the thread waited on s%d: "
                         "%d bytes dropped unread" % (sess.sid, len(pending)))
            elif pending and o.upload is not None and not o.write_error:
                try:
                    o.upload.write(pending)
                    o.upload_total += len(pending)
                except OSError as e:
                    o.write_error = True
                    self.log(o, "upload write failed: %s" % e)

    def cleanup_data(self, sess):
        """_nx_ftp_server_data_socket_cleanup: close data socket, stop listening, close
        the file, clear the passive flag. Sends no reply."""
        if sess.data_sock is not None:
            self._unreg(sess.data_sock)
            try:
                sess.data_sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            self._plain_close(sess.data_sock)
        if sess.pasv_listener is not None:
            self._unreg(sess.pasv_listener)
            self._plain_close(sess.pasv_listener)
        if sess.upload is not None:
            try:
                sess.upload.close()
            except OSError:
                pass
            self.open_for_write.discard(sess.upload_disk)
        sess.data_sock = None
        sess.pasv_listener = None
        sess.data_eof = False
        sess.data_is_epsv = False
        sess.upload = None
        sess.upload_disk = None
        sess.open_write = False
        sess.write_error = False
        sess.epsv_dropped = 0
        sess.stalled = False
        sess.lost_unread = False
        sess.passive = False

    def close_after_send(self, sess, ds):
        """nx_tcp_socket_disconnect with the 1 s timeout: FIN, wait for the client's FIN,
        reset the connection if it does not come."""
        try:
            ds.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        closed = False
        deadline = time.monotonic() + self.timeout
        try:
            ds.setblocking(False)
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                r, _, _ = select.select([ds], [], [], left)
                if not r:
                    break
                try:
                    d = ds.recv(65536)
                except (BlockingIOError, InterruptedError):
                    continue
                if not d:
                    closed = True
                    break
        except OSError:
            closed = True
        if closed:
            self._plain_close(ds)
        else:
            self.log(sess, "client did not close the data connection within %.1fs: reset" % self.timeout)
            self._rst_close(ds)

    def get_data_connection(self, sess):
        """Passive: the accepted connection, else wait at most data-timeout for it
        (nx_tcp_socket_state_wait, blocking the whole server). Active: connect to the
        control peer's address and the PORT/EPRT port with the same timeout.
        Returns a socket or None (the caller answers 550, never 425)."""
        if sess.passive:
            if sess.data_sock is not None and not sess.data_eof:
                self._unreg(sess.data_sock)
                return sess.data_sock
            if sess.pasv_listener is None or sess.data_sock is not None:
                # Dead passive state (an earlier wait timed out, or the connection is
                # already half closed): state_wait runs into its timeout.
                time.sleep(self.timeout)
                self.log(sess, "passive data connection not established (timeout)")
                self._passive_timeout_teardown(sess)
                return None
            try:
                r, _, _ = select.select([sess.pasv_listener], [], [], self.timeout)
            except (OSError, ValueError):
                r = []
            if r and self.accept_passive(sess) and not sess.data_eof:
                self._unreg(sess.data_sock)
                return sess.data_sock
            self.log(sess, "no passive data connection within %.1fs" % self.timeout)
            self._passive_timeout_teardown(sess)
            return None
        if sess.data_sock is not None:
            return None                       # NX_NOT_CLOSED
        return self._connect_active(sess)

    def _passive_timeout_teardown(self, sess):
        # NetX unaccepts/unlistens/deletes the socket but leaves the passive flag set.
        if sess.data_sock is not None:
            self._unreg(sess.data_sock)
            self._rst_close(sess.data_sock)
            sess.data_sock = None
        if sess.pasv_listener is not None:
            self._unreg(sess.pasv_listener)
            self._plain_close(sess.pasv_listener)
            sess.pasv_listener = None
        sess.data_eof = False

    def _connect_active(self, sess):
        port = sess.data_port
        s = None
        try:
            s = socket.socket(sess.family, socket.SOCK_STREAM)
            s.bind((sess.local_ip, 0))
            s.settimeout(self.timeout)
            if sess.family == socket.AF_INET6:
                s.connect((sess.peer[0], port, 0, sess.peer[3] if len(sess.peer) > 3 else 0))
            else:
                s.connect((sess.peer[0], port))
        except (OSError, OverflowError, ValueError) as e:
            self.log(sess, "active connect to port %d failed: %s" % (port, e))
            if s is not None:
                self._plain_close(s)
            return None
        self.log(sess, "active data connection to port %d" % port)
        return s

    # ------------------------------------------------------------------ session lifecycle
    def new_session(self, sock, peer):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(self.timeout)
        sess = Session(self.next_sid, sock, peer, sock.family)
        self.next_sid += 1
        self.sessions.append(sess)
        self._reg(sock, "ctrl", sess)
        self.log(sess, "connected (%d/%d sessions)" % (len(self.sessions), self.args.max_sessions))
        self.reply(sess, "220", "Connection Ready")

    def end_session(self, sess, how):
        if not sess.alive:
            return
        sess.alive = False
        self.cleanup_data(sess)
        self._unreg(sess.sock)
        if how == "reset":
            self._rst_close(sess.sock)
        else:
            try:
                sess.sock.setblocking(False)
                while sess.sock.recv(4096):
                    pass
            except OSError:
                pass
            try:
                sess.sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            self._plain_close(sess.sock)
        if sess in self.sessions:
            self.sessions.remove(sess)
        self.log(sess, "session ended (%s)" % how)
        self.promote_held()

    def promote_held(self):
        while self.held and len(self.sessions) < self.args.max_sessions:
            sock, peer, _, _ = self.held.pop(0)
            self._unreg(sock)
            if not self._held_alive(sock):
                self.log(None, "held connection from %s:%d went away" % (peer[0], peer[1]))
                self._plain_close(sock)
                continue
            self.log(None, "slot free: greeting held connection from %s:%d" % (peer[0], peer[1]))
            self.new_session(sock, peer)

    @staticmethod
    def _held_alive(sock):
        try:
            d = sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
        except (BlockingIOError, InterruptedError):
            return True
        except OSError:
            return False
        return bool(d)

    def on_accept(self):
        while True:
            try:
                sock, peer = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:
                self.log(None, "accept failed: %s" % e)
                return
            sock.setblocking(True)
            if len(self.sessions) < self.args.max_sessions:
                self.promote_held()          # earlier queued connections go first
            if len(self.sessions) < self.args.max_sessions:
                self.new_session(sock, peer)
            elif len(self.held) >= HELD_MAX:
                self.log(None, "too many held connections: reset %s:%d" % (peer[0], peer[1]))
                self._rst_close(sock)
            else:
                # The board has no free socket: no SYN-ACK, no greeting. The kernel has
                # already completed the handshake here; we just never answer until a
                # slot frees.
                self.log(None, "all %d sessions busy: holding %s:%d without greeting"
                         % (self.args.max_sessions, peer[0], peer[1]))
                entry = [sock, peer, time.monotonic(), True]
                self.held.append(entry)
                self._reg(sock, "held", entry)

    def on_held(self, entry):
        sock = entry[0]
        if entry not in self.held:
            return
        try:
            d = sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            d = b""
        if not d:
            self.held.remove(entry)
            self._unreg(sock)
            self._plain_close(sock)
            self.log(None, "held connection from %s:%d closed by the client" % (entry[1][0], entry[1][1]))
        else:
            self._unreg(sock)        # data waits for the greeting; stop polling it
            entry[3] = False

    def on_ctrl(self, sess):
        try:
            pkt = sess.sock.recv(CTRL_RECV_MAX)
        except (BlockingIOError, InterruptedError, socket.timeout):
            return
        except OSError as e:
            self.log(sess, "control connection error: %s" % e)
            pkt = b""
        if not pkt:
            self.log(sess, "client closed the control connection")
            self.end_session(sess, "client disconnect")
            return
        sess.last = time.monotonic()
        try:
            self.process(sess, pkt)
        except _Stop:
            raise
        except Exception:
            self.log(sess, "internal error handling %r:\n%s" % (pkt[:200], traceback.format_exc()))

    def check_idle(self):
        now = time.monotonic()
        limit = self.args.idle_timeout
        for sess in list(self.sessions):
            if now - sess.last >= limit:
                self.log(sess, "idle for %.0fs: reset (no 421)" % (now - sess.last))
                self.end_session(sess, "reset")
        for entry in list(self.held):
            if now - entry[2] >= limit:
                self.held.remove(entry)
                self._unreg(entry[0])
                self._rst_close(entry[0])
                self.log(None, "held connection from %s:%d reset after %.0fs" % (entry[1][0], entry[1][1], limit))

    def next_wakeup(self):
        now = time.monotonic()
        t = 1.0
        for sess in self.sessions:
            t = min(t, sess.last + self.args.idle_timeout - now)
        for entry in self.held:
            t = min(t, entry[2] + self.args.idle_timeout - now)
        return max(0.0, t)

    # ------------------------------------------------------------------ main loop
    def serve(self):
        fam = socket.AF_INET6 if ":" in self.args.bind else socket.AF_INET
        ls = socket.socket(fam, socket.SOCK_STREAM)
        ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if fam == socket.AF_INET6:
            ls.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        ls.bind((self.args.bind, self.args.port))
        ls.listen(64)
        ls.setblocking(False)
        self.listener = ls
        self._reg(ls, "listen", None)
        port = ls.getsockname()[1]
        self.log(None, "listening on %s port %d, root %s" % (self.args.bind, port, self.root))
        sys.stdout.write("READY %d\n" % port)
        sys.stdout.flush()
        while True:
            try:
                self.loop_once()
            except _Stop:
                raise
            except Exception:
                self.log(None, "internal error:\n%s" % traceback.format_exc())

    def loop_once(self):
        events = self.sel.select(self.next_wakeup())
        kinds = {"listen": [], "pasv": [], "data": [], "ctrl": [], "held": []}
        for key, _ in events:
            kind, obj = key.data
            kinds[kind].append(obj)
        # Same order as the board's thread: connect, data, command, data disconnect,
        # control disconnect, activity timeout.
        if kinds["listen"]:
            self.on_accept()
        for sess in kinds["pasv"]:
            if sess.alive and sess.pasv_listener is not None and sess.data_sock is None:
                self.accept_passive(sess)
        for sess in kinds["data"]:
            if sess.alive:
                self.service_data(sess)
        for entry in kinds["held"]:
            self.on_held(entry)
        for sess in kinds["ctrl"]:
            if sess.alive:
                self.on_ctrl(sess)
        for sess in list(self.sessions):
            if sess.data_eof and sess.data_sock is not None:
                self.data_disconnect(sess)
        self.check_idle()

    def shutdown(self):
        for sess in list(self.sessions):
            sess.alive = False
            self.cleanup_data(sess)
            self._plain_close(sess.sock)
        for entry in self.held:
            self._plain_close(entry[0])
        if self.listener is not None:
            self._plain_close(self.listener)
        self.log(None, "stopped")

    # ------------------------------------------------------------------ command dispatch
    def process(self, sess, pkt):
        verb, rest = _parse_verb(pkt)
        if verb == b"PASS":
            self.log(sess, "< %r" % (b"PASS ***",))
        else:
            self.log(sess, "< %r" % (pkt[:200] + (b"..." if len(pkt) > 200 else b""),))
        if not sess.authenticated and verb not in (b"USER", b"PASS"):
            self.reply(sess, "530", "Not logged in")
            return
        handler = self.HANDLERS.get(verb)
        if handler is None:
            self.reply(sess, "502", "Not Implemented")
            return
        handler(self, sess, verb, rest)

    def cmd_user(self, sess, verb, rest):
        sess.user = _short_field(rest)
        self.reply(sess, "331", "Enter password")

    def cmd_pass(self, sess, verb, rest):
        sess.password = _short_field(rest)
        if sess.user == os.fsencode(self.args.user) and sess.password == os.fsencode(self.args.password):
            sess.authenticated = True
            sess.type = "A"
            self.reply(sess, "230", "Logged in")
        else:
            # Like the board, a failed PASS does not log an authenticated session out.
            self.log(sess, "login failed for user %r" % sess.user)
            self.reply(sess, "530", "Login Fail")

    def cmd_quit(self, sess, verb, rest):
        self.reply(sess, "221", "Logging Off")
        self.end_session(sess, "QUIT")

    def cmd_type(self, sess, verb, rest):
        c = rest[:1]
        if c == b"I":
            sess.type = "I"
            self.reply(sess, "200", "Type Binary")
        elif c == b"A":
            sess.type = "A"
            self.reply(sess, "200", "Type ASCII")
        else:
            self.reply(sess, "504", "Type Non ASCII or Binary")

    def cmd_mode(self, sess, verb, rest):
        # Recent NetX Duo knows MODE S/B; block mode is not emulated here.
        if rest[:1] == b"S":
            self.reply(sess, "200", "Mode Stream")
        else:
            self.reply(sess, "504", "Mode Non Stream or Block")

    def cmd_noop(self, sess, verb, rest):
        self.reply(sess, "200", "NOOP Success")

    def cmd_port(self, sess, verb, rest):
        if sess.family == socket.AF_INET6:
            self.reply(sess, "502", "PORT illegal in IPv6")
            return
        buf = rest
        n = len(buf)
        commas = 0
        ip = 0
        j = 0
        temp = 0
        ok = True
        while j < n:
            c = buf[j]
            if 48 <= c <= 57:
                temp = temp * 10 + (c - 48)
            if c in (13, 10, 0):
                ok = False
                break
            if c == 44:
                commas += 1
                ip = ((ip << 8) & 0xFFFFFFFF) | (temp & 0xFF)
                temp = 0
                if commas == 4:
                    j += 1
                    break
            j += 1
        port = 0
        temp = 0
        while j < n:
            c = buf[j]
            if 48 <= c <= 57:
                temp = temp * 10 + (c - 48)
            if c in (13, 10, 0):
                break
            if c == 44:
                commas += 1
                port = ((port << 8) & 0xFFFFFFFF) | (temp & 0xFF)
                temp = 0
                if commas >= 6:
                    ok = False
                    break
            j += 1
        port = ((port << 8) & 0xFFFFFFFF) | (temp & 0xFF)
        peer_ip = struct.unpack("!I", socket.inet_aton(sess.peer[0]))[0]
        last = buf[j] if j < n else -1
        if last != 13 or commas != 5 or ip == 0 or port == 0 or ip != peer_ip:
            ok = False
        sess.data_port = port                # saved even when the command fails
        if ok:
            self.reply(sess, "200", "Port set")
        else:
            self.reply(sess, "501", "Port Fail")

    def _open_passive(self, sess, epsv):
        if sess.data_sock is not None or sess.pasv_listener is not None:
            self.cleanup_data(sess)
        try:
            if sess.family == socket.AF_INET6 and not epsv:
                # The board answers PASV with its interface's IPv4 address even on an
                # IPv6 session; here that is the IPv4 loopback.
                ls = self._new_listener(socket.AF_INET, "127.0.0.1")
            else:
                ls = self._new_listener(sess.family, sess.local_ip)
            if epsv and self.args.epsv_upload_bug:
                # Inherited by the accepted data socket: the board's 2 KiB window.
                ls.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, EPSV_WINDOW)
        except OSError as e:
            self.log(sess, "passive listen failed: %s" % e)
            self.reply(sess, "501", "EPSV Fail" if epsv else "PASV Fail")
            return
        sess.pasv_listener = ls
        sess.pasv_is_epsv = epsv
        sess.passive = True
        self._reg(ls, "pasv", sess)
        port = ls.getsockname()[1]
        if epsv:
            self.send(sess, b"229 Entering Extended Passive Mode (|||%d|)\r\n" % port)
        else:
            h = ls.getsockname()[0].split(".")
            self.send(sess, ("227 Entering Passive Mode (%s,%s,%s,%s,%d,%d).\r\n"
                             % (h[0], h[1], h[2], h[3], port >> 8, port & 0xFF)).encode())

    def cmd_pasv(self, sess, verb, rest):
        self._open_passive(sess, False)

    def cmd_epsv(self, sess, verb, rest):
        self._open_passive(sess, True)

    def cmd_eprt(self, sess, verb, rest):
        if sess.family != socket.AF_INET6:
            self.reply(sess, "502", "EPRT illegal in IPv4")
            return
        m = re.match(rb"\|2\|([0-9A-Fa-f:]+)\|", rest)
        addr_ok = False
        if m:
            try:
                ipaddress.IPv6Address(m.group(1).decode())
                addr_ok = True
            except ValueError:
                pass
        if not addr_ok:
            self.reply(sess, "501", "Bad IPv6 address")
            return
        pm = re.match(rb"(\d{1,5})(\||\r)", rest[m.end():])
        if not pm:
            self.reply(sess, "501", "EPRT command failed")
            return
        # The board checks the address' syntax only: it always connects to the
        # control connection's peer.
        sess.data_port = int(pm.group(1))
        self.reply(sess, "200", "EPRT command set")

    def _path_arg(self, rest, strip):
        a = _eol_arg(rest)
        if strip and len(a) > 1 and a[-1:] in (b"/", b"\\"):
            a = a[:-1]
        return a.decode("utf-8", "surrogateescape")

    def _resolve_dir(self, sess, raw):
        """fx_directory_local_path_set: the parts of an existing folder, or None."""
        if raw in ("/", "\\"):
            return []
        if raw == "":
            return None
        parts = self.split_path(sess.cwd, raw)
        found = self.lookup(parts)
        if found is None or not stat.S_ISDIR(found[1].st_mode):
            return None
        return parts

    def cmd_cwd(self, sess, verb, rest):
        if verb == b"CDUP":
            raw = ".."
        else:
            if len(rest) == 0:
                self.reply(sess, "550", "Change Dir Fail")
                return
            raw = self._path_arg(rest, True)
        parts = self._resolve_dir(sess, raw)
        if parts is None:
            self.reply(sess, "550", "Change Dir Fail")
            return
        sess.cwd = parts
        self.dir_reply(sess, "250", parts, "set successfully")

    def cmd_pwd(self, sess, verb, rest):
        self.dir_reply(sess, "257", sess.cwd, "is current Directory")

    def cmd_mkd(self, sess, verb, rest):
        if len(rest) == 0:
            self.reply(sess, "550", "Directory Create failed")
            return
        raw = self._path_arg(rest, True)
        parts = self.split_path(sess.cwd, raw) if raw else None
        target = self.lookup_create(parts) if parts else None
        if (target is None or target[2] is not None
                or not _valid_fat_name(self._last_raw_component(raw))):
            self.reply(sess, "550", "Directory Create failed")
            return
        try:
            os.mkdir(os.path.join(target[0], target[1]))
        except (OSError, ValueError) as e:
            self.log(sess, "mkdir failed: %s" % e)
            self.reply(sess, "550", "Directory Create failed")
            return
        self.dir_reply(sess, "200", parts, "Directory Created")

    def cmd_rmd(self, sess, verb, rest):
        if len(rest) == 0:
            self.reply(sess, "550", "Delete Directory Fail")
            return
        raw = self._path_arg(rest, True)
        parts = self.split_path(sess.cwd, raw) if raw else None
        found = self.lookup(parts) if parts else None
        if (found is None or not stat.S_ISDIR(found[1].st_mode)
                or self._last_raw_component(raw) in (".", "..") or self._read_only(found[1])):
            self.reply(sess, "550", "Delete Directory Fail")
            return
        try:
            os.rmdir(found[0])
        except OSError as e:
            self.log(sess, "rmdir failed: %s" % e)
            self.reply(sess, "550", "Delete Directory Fail")
            return
        self.reply(sess, "250", "Directory Deleted")

    def _file_target(self, sess, rest):
        """RETR/STOR/DELE names: no trailing-slash stripping (a trailing separator makes
        the name fail), returns (raw, parts) or (raw, None)."""
        raw = self._path_arg(rest, False)
        if raw == "" or raw[-1:] in ("/", "\\"):
            return raw, None
        return raw, self.split_path(sess.cwd, raw)

    def cmd_dele(self, sess, verb, rest):
        if len(rest) == 0:
            self.reply(sess, "550", "Delete Failed")
            return
        raw, parts = self._file_target(sess, rest)
        found = self.lookup(parts) if parts else None
        if (found is None or not stat.S_ISREG(found[1].st_mode) or self._read_only(found[1])
                or found[0] in self.open_for_write):
            self.reply(sess, "550", "Delete Failed")
            return
        try:
            os.unlink(found[0])
        except OSError as e:
            self.log(sess, "delete failed: %s" % e)
            self.reply(sess, "550", "Delete Failed")
            return
        self.reply(sess, "250", "File Deleted")

    def cmd_rnfr(self, sess, verb, rest):
        if len(rest) == 0:
            self.reply(sess, "550", "Rename File not found")
            return
        raw = self._path_arg(rest, True)
        parts = self.split_path(sess.cwd, raw) if raw else None
        if not parts or self.lookup(parts) is None:
            self.reply(sess, "550", "Rename File not found")
            return
        sess.rnfr = raw          # resolved again at RNTO time, against the cwd then
        self.reply(sess, "350", "Rename File From")

    def cmd_rnto(self, sess, verb, rest):
        if len(rest) == 0:
            self.reply(sess, "550", "Rename failed")
            return
        if sess.rnfr is None:
            self.log(sess, "RNTO without a successful RNFR: this would crash a real board "
                           "(NULL packet dereference in nxd_ftp_server.c)")
            self.reply(sess, "550", "Rename failed")
            return
        src_raw, sess.rnfr = sess.rnfr, None
        raw = self._path_arg(rest, True)
        src = self.lookup(self.split_path(sess.cwd, src_raw))
        parts = self.split_path(sess.cwd, raw) if raw else None
        dst = self.lookup_create(parts) if parts else None
        if (src is None or dst is None or dst[2] is not None or self._read_only(src[1])
                or src[0] in self.open_for_write
                or not _valid_fat_name(self._last_raw_component(raw))):
            self.reply(sess, "550", "Rename failed")
            return
        try:
            os.rename(src[0], os.path.join(dst[0], dst[1]))
        except OSError as e:
            self.log(sess, "rename failed: %s" % e)
            self.reply(sess, "550", "Rename failed")
            return
        self.reply(sess, "250", "File Renamed")

    def cmd_retr(self, sess, verb, rest):
        if sess.type != "I":
            self.reply(sess, "504", "Only Image transfer allowed")
            return
        if len(rest) == 0 or sess.open_write:
            self.reply(sess, "550", "File Open Fail")
            return
        raw, parts = self._file_target(sess, rest)
        found = self.lookup(parts) if parts else None
        f = None
        if found is not None and stat.S_ISREG(found[1].st_mode):
            try:
                f = open(found[0], "rb")
            except OSError as e:
                self.log(sess, "open failed: %s" % e)
        if f is None:
            self.reply(sess, "550", "File Open Fail")
            return
        try:
            size = os.fstat(f.fileno()).st_size
            ds = self.get_data_connection(sess)
            if ds is None:
                self.reply(sess, "550", "File Open Fail")
                return
            self.reply(sess, "125", "File Opened")
            t0 = time.monotonic()
            sent = 0
            ok = False
            try:
                ds.settimeout(self.timeout)      # per send, like NX_FTP_SERVER_TIMEOUT
                sent = ds.sendfile(f) if size else 0
                ok = sent == size
            except (OSError, ValueError) as e:
                self.log(sess, "download aborted after %d bytes: %s" % (sent, e))
            dt = time.monotonic() - t0
            self.close_after_send(sess, ds)
            sess.data_sock = None
            self.cleanup_data(sess)
            sess.last = time.monotonic()
            if ok:
                self.log(sess, "sent %d bytes in %.3fs (%.0f MB/s)"
                         % (size, dt, size / dt / 1e6 if dt > 0 else 0.0))
                self.reply(sess, self.done_code, "File Sent")
            else:
                self.reply(sess, "550", "Read Fail")
        finally:
            f.close()

    def cmd_stor(self, sess, verb, rest):
        if sess.type != "I":
            self.reply(sess, "504", "Only Image transfer allowed")
            return
        if len(rest) == 0 or sess.open_write:
            self.reply(sess, "550", "File Open Failed")
            return
        raw, parts = self._file_target(sess, rest)
        target = self.lookup_create(parts) if parts else None
        f = None
        disk = None
        if target is not None:
            disk = os.path.join(target[0], target[1])
            st = target[2]
            if st is None:
                usable = _valid_fat_name(target[1])
            else:
                usable = (stat.S_ISREG(st.st_mode) and not self._read_only(st)
                          and disk not in self.open_for_write)
            if usable:
                try:
                    # Opened and truncated before any data connection is tried.
                    f = open(disk, "wb", buffering=0)
                except (OSError, ValueError) as e:
                    self.log(sess, "open for write failed: %s" % e)
        if f is None:
            self.reply(sess, "550", "File Open Failed")
            return
        if not sess.passive:
            if sess.data_sock is not None:
                f.close()
                self.reply(sess, "550", "File Open Failed")
                return
            ds = self._connect_active(sess)
            if ds is None:
                f.close()
                self.reply(sess, "550", "File Open Failed")
                return
            ds.setblocking(False)
            sess.data_sock = ds
            sess.data_is_epsv = False
            sess.data_eof = False
            self._reg(ds, "data", sess)
        # Passive STOR does not wait for the data connection: 125 goes out at once and
        # the data is handled as it arrives (the board's data events), so uploads do
        # not block the other sessions.
        sess.upload = f
        sess.upload_disk = disk
        sess.upload_total = 0
        sess.write_error = False
        sess.open_write = True
        self.open_for_write.add(disk)
        if sess.passive and self.args.epsv_upload_bug and sess.pasv_is_epsv:
            self.log(sess, "--epsv-upload-bug: this EPSV upload will be stored empty or stall")
        self.reply(sess, "125", "File Open for Write")

    def _listing_target(self, sess, rest, allow_file):
        """Returns ("dir", parts) / ("file", (name, st)) / None."""
        a = _eol_arg(rest)
        if len(a) > 1 and a[-1:] in (b"/", b"\\"):
            a = a[:-1]
        if not a:
            return "dir", list(sess.cwd)
        raw = a.decode("utf-8", "surrogateescape")
        parts = self._resolve_dir(sess, raw)
        if parts is not None:
            return "dir", parts
        if allow_file:
            found = self.lookup(self.split_path(sess.cwd, raw))
            if found is not None and stat.S_ISREG(found[1].st_mode):
                return "file", (self._last_raw_component(raw), found[1])
        return None

    def _send_listing(self, sess, ds, data):
        ok = True
        if data:
            try:
                ds.settimeout(self.timeout)
                ds.sendall(data)
            except OSError as e:
                self.log(sess, "listing send failed: %s" % e)
                ok = False
        self.close_after_send(sess, ds)
        sess.data_sock = None
        self.cleanup_data(sess)
        sess.last = time.monotonic()
        return ok

    def cmd_list(self, sess, verb, rest):
        if len(rest) == 0 or sess.open_write:
            self.reply(sess, "550", "Bad Directory")
            return
        target = self._listing_target(sess, rest, True)
        if target is None:
            self.reply(sess, "550", "Bad Directory")
            return
        data = b""
        ok = True
        try:
            if target[0] == "file":
                data = self.list_line(*target[1])
            else:
                found = self.lookup(target[1])
                if found is None:
                    ok = False
                else:
                    data = b"".join(self.list_line(n, st) for n, st in self.dir_entries(found[0], target[1]))
        except OSError as e:
            self.log(sess, "listing failed: %s" % e)
            ok = False
        ds = self.get_data_connection(sess)
        if ds is None:
            self.reply(sess, "550", "Bad Directory")
            return
        self.reply(sess, "125", "Sending List")
        sent = self._send_listing(sess, ds, data if ok else b"")
        if ok and sent:
            self.reply(sess, self.done_code, "List End")
        else:
            self.reply(sess, "550", "List fail")

    def cmd_nlst(self, sess, verb, rest):
        if len(rest) == 0 or sess.open_write:
            self.reply(sess, "550", "List bad Directory")
            return
        target = self._listing_target(sess, rest, False)
        if target is None:
            self.reply(sess, "550", "List bad Directory")
            return
        data = b""
        try:
            found = self.lookup(target[1])
            if found is not None:
                data = b"".join(os.fsencode(n) + b"\r\n" for n, _ in self.dir_entries(found[0], target[1]))
        except OSError as e:
            self.log(sess, "listing failed: %s" % e)
            data = b""
        ds = self.get_data_connection(sess)
        if ds is None:
            self.reply(sess, "550", "List bad Directory")
            return
        self.reply(sess, "125", "Sending List")
        self._send_listing(sess, ds, data)
        if data:
            self.reply(sess, self.done_code, "List End")
        else:
            # The board's NLST of an empty folder: 125, no data, then 550.
            self.reply(sess, "550", "List fail")

    HANDLERS = {
        b"USER": cmd_user, b"PASS": cmd_pass, b"QUIT": cmd_quit, b"TYPE": cmd_type,
        b"MODE": cmd_mode, b"NOOP": cmd_noop, b"PORT": cmd_port, b"PASV": cmd_pasv,
        b"EPSV": cmd_epsv, b"EPRT": cmd_eprt, b"CWD": cmd_cwd, b"CDUP": cmd_cwd,
        b"PWD": cmd_pwd, b"MKD": cmd_mkd, b"XMKD": cmd_mkd, b"RMD": cmd_rmd,
        b"XRMD": cmd_rmd, b"DELE": cmd_dele, b"RNFR": cmd_rnfr, b"RNTO": cmd_rnto,
        b"RETR": cmd_retr, b"STOR": cmd_stor, b"LIST": cmd_list, b"NLST": cmd_nlst,
    }


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
        raise _Stop()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    server = BoardServer(args)
    try:
        server.serve()
    except _Stop:
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
