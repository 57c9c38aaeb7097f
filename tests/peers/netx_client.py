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
"""

import argparse
import ctypes
import hashlib
import ipaddress
import re
import select
import socket
import struct
import sys
import time

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_DRIFT, EXIT_NET = 0, 1, 2, 3, 4
FLUSH_TICK = 0.01          # NetX's 1-tick control-queue flush before TYPE I (100 Hz tick)
DATA_CHUNK = 64 * 1024
OPS = {"put": (2, 2), "get": (2, 2), "nlst": (0, 1), "mkdir": (1, 1), "rmdir": (1, 1),
       "delete": (1, 1), "cd": (1, 1), "rename": (2, 2), "quit": (0, 0)}
LIST_LINE = re.compile(r"^[-dlbcps][rwxsStT-]{9}[.+@]?\s+\d+\s")


class ClientError(Exception):
    code = EXIT_REFUSED


class Refused(ClientError):
    code = EXIT_REFUSED


class Drift(ClientError):
    code = EXIT_DRIFT


class NetError(ClientError):
    code = EXIT_NET


class UsageError(ClientError):
    code = EXIT_USAGE


# ---------------------------------------------------------------------- reply parsing (NetX rules)
def parse_pasv(seg):
    """(ip, port) from a PASV reply, exactly as _nx_ftp_client_passive_transfer_setup
    parses it (IPv4 branch). Raises ValueError with the reason NetX would fail."""
    n = len(seg)
    if n < 3 or seg[:3] != b"227":
        raise ValueError("PASV needs exactly a 227 reply")
    b = seg + b"\0"          # NetX reads one byte past the reply: a NUL, never a CR
    i = 3
    while i < n and not (48 <= b[i] <= 57):
        i += 1
    if i >= n:
        raise ValueError("227 reply without digits")
    commas = ip = temp = 0
    ok = True
    while i < n:
        c = b[i]
        if 48 <= c <= 57:
            temp = (temp * 10 + c - 48) & 0xFFFFFFFF
        if c in (13, 10, 0):
            ok = False
            break
        if c == 44:
            commas += 1
            ip = ((ip << 8) & 0xFFFFFFFF) | (temp & 0xFF)
            temp = 0
            if commas == 4:
                i += 1
                break
        i += 1
    port = temp = 0
    while i < n:
        c = b[i]
        if 48 <= c <= 57:
            temp = (temp * 10 + c - 48) & 0xFFFFFFFF
        if c in (13, 10, 0):
            break
        if c == 44:
            commas += 1
            port = ((port << 8) & 0xFFFFFFFF) | (temp & 0xFF)
            temp = 0
            if commas >= 6:
                ok = False
                break
        i += 1
    port = ((port << 8) & 0xFFFFFFFF) | (temp & 0xFF)
    if not ok:
        raise ValueError("227 reply: CR/LF inside the address or more than 5 commas")
    if b[i] != 13:
        raise ValueError("227 reply: the port is not followed by CR")
    if commas != 5:
        raise ValueError("227 reply: %d commas, NetX needs exactly 5" % commas)
    if ip == 0 or port == 0:
        raise ValueError("227 reply: zero address or port")
    return "%d.%d.%d.%d" % (ip >> 24, (ip >> 16) & 255, (ip >> 8) & 255, ip & 255), port


def parse_epsv(seg):
    """The port from an EPSV reply, as NetX's IPv6 branch parses it."""
    n = len(seg)
    if n < 3 or seg[:3] != b"229":
        raise ValueError("EPSV needs exactly a 229 reply")
    if n < 8:
        raise ValueError("229 reply too short")
    b = seg + b"\0"
    i = 7
    while i < n:
        if b[i - 3:i + 1] == b"(|||":
            break
        i += 1
    if i >= n:
        raise ValueError('229 reply without "(|||"')
    port = 0
    i += 1
    while i < n and b[i] != 0x7C:
        if not 48 <= b[i] <= 57:
            break
        port = (port * 10 + b[i] - 48) & 0xFFFFFFFF
        i += 1
    if b[i] != 0x7C or port == 0:
        raise ValueError('229 reply: port not digits closed by "|"')
    if port > 65535:
        raise ValueError("229 reply: port %d out of range" % port)
    return port


def port_command(ip, port):
    """NetX's PORT: every field three digits, zero-padded (decimal)."""
    h = [int(x) for x in ip.split(".")]
    return "PORT %03d,%03d,%03d,%03d,%03d,%03d" % (h[0], h[1], h[2], h[3], port >> 8, port & 255)


def eprt_command(ip, port):
    """NetX's EPRT: the IPv6 address as eight 4-digit upper-case groups."""
    return "EPRT |2|%s|%d|" % (ipaddress.IPv6Address(ip.split("%")[0]).exploded.upper(), port)


def segment_issues(seg, greeting=False):
    """Why a segment would make a NetX client drift (empty list: it is exactly one reply)."""
    lines = seg.split(b"\r\n")
    tail = lines.pop()
    if greeting and all(l[:2] == b"22" for l in lines + ([tail] if tail else [])):
        return []        # every piece of a 22x banner is flushed by NetX: harmless
    issues = []
    replies = []          # (code, multiline, complete)
    i = 0
    while i < len(lines):
        m = re.match(rb"^(\d{3})(-?)", lines[i])
        if m and m.group(2) == b"-":
            code = m.group(1)
            j = i + 1
            while j < len(lines) and not (lines[j][:3] == code and lines[j][3:4] in (b" ", b"")):
                j += 1
            replies.append((code, True, j < len(lines)))
            i = j + 1
        else:
            replies.append((m.group(1) if m else None, False, True))
            i += 1
    if tail:
        if not replies:
            issues.append("reply incomplete (no CRLF at the end of the segment): NetX takes "
                          "its rest as the next reply")
        else:
            issues.append("segment ends in a partial line %r: NetX takes it as the next reply" % tail[:40])
    if replies and replies[0][1]:
        if replies[0][2]:
            issues.append("multi-line reply: NetX reads one segment per reply and the server "
                          "cannot keep the lines in one segment")
        else:
            issues.append("multi-line reply not finished in this segment: the rest is taken as "
                          "the next reply")
    if len(replies) > 1:
        issues.append("%d replies in one segment: NetX uses the first and drops the others"
                      % len(replies))
    if replies and replies[0][0] is None:
        issues.append("segment does not start with a reply code")
    return issues


def reply_units(seg):
    """The complete replies in seg (a multi-line reply is one unit), or None when seg
    does not consist of complete replies only."""
    if not seg.endswith(b"\r\n"):
        return None
    lines = seg[:-2].split(b"\r\n")
    units = []
    i = 0
    while i < len(lines):
        m = re.match(rb"^(\d{3})(-?)", lines[i])
        if not m:
            return None
        j = i
        if m.group(2) == b"-":
            j = i + 1
            while j < len(lines) and not (lines[j][:3] == m.group(1) and lines[j][3:4] in (b" ", b"")):
                j += 1
            if j >= len(lines):
                return None
        units.append(b"".join(l + b"\r\n" for l in lines[i:j + 1]))
        i = j + 1
    return units


# ---------------------------------------------------------------------- segment framing
class SegmentCapture:
    """Sees the server->client segments of the control connection (AF_PACKET + BPF) and
    records their stream offsets, so the byte stream can be cut where the server's TCP
    cut it."""

    ETH_P_IP, ETH_P_IPV6 = 0x0800, 0x86DD
    SO_ATTACH_FILTER = 26
    PACKET_OUTGOING = 4
    SNAP = 160

    def __init__(self, family, server_ip, server_port, local_port):
        self.family = family
        self.src = socket.inet_pton(family, server_ip.split("%")[0])
        self.sport = server_port
        self.dport = local_port
        self.isn = None
        self.segs = {}
        proto = self.ETH_P_IP if family == socket.AF_INET else self.ETH_P_IPV6
        self.sock = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(proto))
        try:
            self._attach_filter()
            self.sock.setblocking(False)
            while True:                      # drop what arrived before the filter
                try:
                    self.sock.recv(self.SNAP)
                except BlockingIOError:
                    break
        except Exception:
            self.sock.close()
            raise

    def _attach_filter(self):
        if self.family == socket.AF_INET:
            prog = [
                (0x30, 0, 0, 9),             # ldb [9]          protocol
                (0x15, 0, 8, 6),             # jeq #6 else drop TCP
                (0x28, 0, 0, 6),             # ldh [6]          fragment offset
                (0x45, 6, 0, 0x1FFF),        # jset -> drop
                (0xB1, 0, 0, 0),             # ldxb 4*([0]&0xf)
                (0x48, 0, 0, 0),             # ldh [x+0]        source port
                (0x15, 0, 3, self.sport),
                (0x48, 0, 0, 2),             # ldh [x+2]        destination port
                (0x15, 0, 1, self.dport),
                (0x06, 0, 0, self.SNAP),
                (0x06, 0, 0, 0),
            ]
        else:
            prog = [
                (0x30, 0, 0, 6),             # ldb [6]          next header
                (0x15, 0, 5, 6),
                (0x28, 0, 0, 40),            # ldh [40]         source port
                (0x15, 0, 3, self.sport),
                (0x28, 0, 0, 42),            # ldh [42]         destination port
                (0x15, 0, 1, self.dport),
                (0x06, 0, 0, self.SNAP),
                (0x06, 0, 0, 0),
            ]
        raw = b"".join(struct.pack("HBBI", *ins) for ins in prog)
        self._filter_buf = ctypes.create_string_buffer(raw)
        fprog = struct.pack("HL", len(prog), ctypes.addressof(self._filter_buf))
        self.sock.setsockopt(socket.SOL_SOCKET, self.SO_ATTACH_FILTER, fprog)

    def poll(self):
        while True:
            try:
                pkt, addr = self.sock.recvfrom(self.SNAP)
            except (BlockingIOError, InterruptedError):
                return
            if len(addr) > 2 and addr[2] == self.PACKET_OUTGOING:
                continue
            try:
                if self.family == socket.AF_INET:
                    ihl = (pkt[0] & 15) * 4
                    total = struct.unpack("!H", pkt[2:4])[0]
                    if pkt[12:16] != self.src:
                        continue
                    th = ihl
                    payload = total - ihl
                else:
                    if pkt[8:24] != self.src:
                        continue
                    th = 40
                    payload = struct.unpack("!H", pkt[4:6])[0]
                sport, dport, seq = struct.unpack("!HHI", pkt[th:th + 8])
                doff = (pkt[th + 12] >> 4) * 4
                flags = pkt[th + 13]
            except (IndexError, struct.error):
                continue
            if sport != self.sport or dport != self.dport:
                continue
            if flags & 0x12 == 0x12:          # SYN-ACK: the server's initial sequence number
                self.isn = seq
                continue
            length = payload - doff
            if length > 0 and self.isn is not None:
                off = (seq - self.isn - 1) & 0xFFFFFFFF
                self.segs.setdefault(off, off + length)

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class ControlChannel:
    """The control connection, read one server segment at a time."""

    def __init__(self, sock, capture, log, lines):
        self.sock = sock
        self.capture = capture
        self.log = log
        self.lines = lines            # split a recv() holding several complete replies
        self.pending = []
        self.pos = 0

    @property
    def mode(self):
        return "capture" if self.capture else ("lines" if self.lines else "recv")

    def _fall_back(self, why):
        self.log("segment capture gave up (%s): lines framing from now on" % why)
        self.capture.close()
        self.capture = None
        self.lines = True

    def _recv_lines(self, deadline):
        if self.pending:
            return self.pending.pop(0)
        data = self._recv(65536, deadline)
        units = reply_units(data)
        if units and len(units) > 1:
            self.log("possible DRIFT (not checked): %d replies came in one recv() %r; recv() "
                     "cannot tell one segment from back-to-back segments, so they are taken "
                     "one by one (--segments capture tells them apart)" % (len(units), data))
            self.pending = units[1:]
            return units[0]
        return data

    def _recv(self, n, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise socket.timeout("timed out")
        self.sock.settimeout(remaining)
        data = self.sock.recv(n)
        self.pos += len(data)
        return data

    def read_segment(self, timeout):
        """One segment's bytes; b"" once the server closed; socket.timeout if none came."""
        deadline = time.monotonic() + timeout
        if self.capture is None:
            return self._recv_lines(deadline) if self.lines else self._recv(65536, deadline)
        waiting_since = None
        while True:
            cap = self.capture
            cap.poll()
            end = cap.segs.get(self.pos)
            for start, stop in list(cap.segs.items()):
                if stop <= self.pos:
                    del cap.segs[start]              # consumed (or a retransmission of it)
                elif start < self.pos and end is None:
                    end = stop                       # rest of a segment cut by a timeout
            if end is not None:
                want = end - self.pos
                out = b""
                while len(out) < want:
                    piece = self._recv(want - len(out), deadline)   # record kept on timeout
                    if not piece:
                        break
                    out += piece
                return out
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise socket.timeout("timed out")
            if waiting_since is None:
                r, _, _ = select.select([self.sock, cap.sock], [], [], remaining)
                if self.sock in r:
                    try:
                        peek = self.sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
                    except BlockingIOError:
                        continue
                    if not peek:
                        return b""                   # FIN, nothing left
                    waiting_since = time.monotonic()  # data without its packet yet
            else:
                if time.monotonic() - waiting_since > 0.5:
                    self._fall_back("data on the socket but no packet seen")
                    return self._recv_lines(deadline)
                select.select([cap.sock], [], [], 0.01)

    def close(self):
        if self.capture:
            self.capture.close()
            self.capture = None


# ---------------------------------------------------------------------- the client
class NetXClient:
    def __init__(self, args):
        self.args = args
        self.timeout = args.timeout
        self.strict = args.strict
        self.step = "connect"
        self.ctl = None
        self.sock = None
        self.family = None
        self.drifts = 0
        self.logf = None
        if args.log:
            self.logf = open(args.log, "a", buffering=1, encoding="utf-8", errors="backslashreplace")

    # ------------------------------------------------------------------ logging
    def log(self, msg):
        now = time.time()
        line = "%s.%03d [netx-client] %s\n" % (time.strftime("%H:%M:%S", time.localtime(now)),
                                               int((now % 1) * 1000), msg)
        if self.logf:
            self.logf.write(line)
        if self.args.verbose:
            sys.stderr.write(line)

    def drift(self, what, issue, seg):
        self.drifts += 1
        msg = "DRIFT in %s, %s: %s; segment %r" % (self.step, what, issue, seg)
        if self.strict:
            raise Drift(msg)             # logged and printed once, by main()
        self.log(msg)
        if not self.args.verbose:
            sys.stderr.write("netx_client: %s\n" % msg)

    def close(self):
        if self.ctl:
            self.ctl.close()
        if self.sock:
            try:
                self.sock.close()
            except OSError:
                pass
            self.sock = None
        if self.logf:
            self.logf.close()
            self.logf = None

    # ------------------------------------------------------------------ control channel
    def send(self, line):
        data = line.encode("utf-8", "surrogateescape") + b"\r\n"
        self.log("> %r" % data)
        try:
            n = self.sock.send(data)
            if n != len(data):                 # never seen for a short command line
                self.log("send() took only %d of %d bytes" % (n, len(data)))
                self.sock.sendall(data[n:])
        except OSError as e:
            raise NetError("%s: sending %r failed: %s" % (self.step, line, e))

    def reply(self, what, greeting=False, timeout=None):
        try:
            seg = self.ctl.read_segment(self.timeout if timeout is None else timeout)
        except socket.timeout:
            raise NetError("%s: no reply to %s within %.1f s" % (self.step, what, self.timeout))
        except OSError as e:
            raise NetError("%s: control connection failed waiting for the reply to %s: %s"
                           % (self.step, what, e))
        self.log("< %r" % seg)
        if not seg:
            raise NetError("%s: server closed the control connection (waiting for the reply to %s)"
                           % (self.step, what))
        for issue in segment_issues(seg, greeting):
            self.drift("reply to " + what, issue, seg)
        return seg

    def expect(self, what, seg, prefix, need):
        if len(seg) < 3 or not seg.startswith(prefix):
            raise Refused("%s: %s answered %r; NetX needs %s" % (self.step, what, seg, need))

    def command(self, line, prefix, need):
        self.send(line)
        seg = self.reply(line.split(" ")[0])
        self.expect(line, seg, prefix, need)
        return seg

    # ------------------------------------------------------------------ session
    def connect_login(self):
        a = self.args
        try:
            infos = socket.getaddrinfo(a.host, a.port, 0, socket.SOCK_STREAM)
        except OSError as e:
            raise NetError("connect: cannot resolve %s: %s" % (a.host, e))
        family, _, _, _, addr = infos[0]
        self.family = family
        s = socket.socket(family, socket.SOCK_STREAM)
        self.sock = s
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        s.bind(("0.0.0.0" if family == socket.AF_INET else "::", 0))
        capture = None
        if a.segments in ("auto", "capture"):
            try:
                capture = SegmentCapture(family, addr[0], addr[1], s.getsockname()[1])
            except (OSError, AttributeError) as e:
                if a.segments == "capture":
                    raise UsageError("--segments capture: cannot open a packet socket: %s" % e)
                self.log("segment capture unavailable (%s): lines framing" % e)
        self.ctl = ControlChannel(s, capture, self.log, lines=a.segments != "recv")
        self.log("connecting to %s port %d (segments: %s, %s mode%s)"
                 % (addr[0], addr[1], self.ctl.mode, "active" if a.active else "passive",
                    ", strict" if a.strict else ""))
        s.settimeout(self.timeout)
        try:
            s.connect(addr)
        except OSError as e:
            raise NetError("connect: %s port %d: %s" % (addr[0], addr[1], e))
        self.step = "login"
        seg = self.reply("connect (greeting)", greeting=True)
        self.expect("the greeting", seg, b"22", "22x")
        self.send("USER " + a.user)
        while True:
            seg = self.reply("USER", greeting=True)
            if len(seg) >= 3 and seg.startswith(b"22"):
                self.log("22x segment after USER discarded (NetX flushes extra banner segments)")
                continue
            break
        self.expect("USER", seg, b"33", "33x (a 230 straight after USER breaks the NetX client)")
        self.send("PASS " + a.password)
        seg = self.reply("PASS")
        self.expect("PASS", seg, b"23", "23x")

    def op_quit(self):
        self.command("QUIT", b"2", "2xx")
        try:
            self.sock.close()
        finally:
            self.sock = None

    # ------------------------------------------------------------------ simple commands
    def op_mkdir(self, path):
        self.command("MKD " + path, b"2", "2xx (200 or 257)")

    def op_rmdir(self, path):
        self.command("RMD " + path, b"2", "2xx")

    def op_delete(self, path):
        self.command("DELE " + path, b"2", "2xx")

    def op_cd(self, path):
        self.command("CWD " + path, b"2", "2xx")

    def op_rename(self, old, new):
        self.command("RNFR " + old, b"3", "3xx")
        self.command("RNTO " + new, b"2", "2xx")

    # ------------------------------------------------------------------ data connections
    def _data_setup(self):
        """PASV/EPSV + connect, or listen + PORT/EPRT. Returns (socket, listener)."""
        if not self.args.active:
            v6 = self.family == socket.AF_INET6
            verb = "EPSV" if v6 else "PASV"
            self.send(verb)
            seg = self.reply(verb)
            try:
                if v6:
                    ip, port = self.sock.getpeername()[0], parse_epsv(seg)
                else:
                    ip, port = parse_pasv(seg)
            except ValueError as e:
                raise Refused("%s: %s answered %r: %s" % (self.step, verb, seg, e))
            try:
                d = socket.create_connection((ip, port), timeout=self.timeout)
            except OSError as e:
                raise NetError("%s: data connection to %s port %d (from %s) failed: %s"
                               % (self.step, ip, port, verb, e))
            self.log("data: connected to %s port %d" % (ip, port))
            return d, None
        local = self.sock.getsockname()[0]
        ls = socket.socket(self.family, socket.SOCK_STREAM)
        try:
            ls.bind((local, 0))
            ls.listen(5)
            port = ls.getsockname()[1]
            line = eprt_command(local, port) if self.family == socket.AF_INET6 else port_command(local, port)
            self.command(line, b"2", "2xx")
        except BaseException:
            ls.close()
            raise
        self.log("data: listening on %s port %d" % (local, port))
        return None, ls

    def _data_accept(self, data, ls, what):
        if ls is None:
            return data
        ls.settimeout(self.timeout)
        try:
            d, peer = ls.accept()
        except socket.timeout:
            pending = b""
            try:
                pending = self.sock.recv(4096, socket.MSG_PEEK | socket.MSG_DONTWAIT)
            except OSError:
                pass
            raise NetError("%s: the server did not open the data connection for %s within %.1f s "
                           "(NetX accepts it before reading the reply; queued reply: %r)"
                           % (self.step, what, self.timeout, pending))
        finally:
            ls.close()
        self.log("data: accepted connection from %s port %d" % (peer[0], peer[1]))
        return d

    @staticmethod
    def _reset(d):
        try:
            d.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        d.close()

    def _data_disconnect(self, d, got_eof=False):
        """nx_tcp_socket_disconnect(wait_option): FIN, wait for the server's FIN, reset if
        it does not come in time."""
        if d is None:
            return
        if got_eof and self.args.rst_after_fin:
            self.log("data: reset after the server's FIN (--rst-after-fin)")
            self._reset(d)
            return
        try:
            d.shutdown(socket.SHUT_WR)
        except OSError:
            d.close()
            return
        if got_eof:
            d.close()
            self.log("data: closed")
            return
        deadline = time.monotonic() + self.timeout
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise socket.timeout()
                d.settimeout(remaining)
                if not d.recv(65536):
                    break
            d.close()
            self.log("data: closed (server closed its side)")
        except socket.timeout:
            note = ("%s: the server did not close the data connection within %.1f s after our "
                    "FIN; NetX's disconnect waits that long, then resets it" % (self.step, self.timeout))
            self.log("data: " + note)
            if not self.args.verbose:
                sys.stderr.write("netx_client: note: %s\n" % note)
            self._reset(d)
        except OSError as e:
            self.log("data: %s while closing" % e)
            d.close()

    def _file_open(self, verb, path):
        """_nx_ftp_client_file_open: flush, TYPE I, data setup, RETR/STOR, accept, 1xx."""
        try:
            stale = self.ctl.read_segment(FLUSH_TICK)
        except socket.timeout:
            stale = None
        except OSError as e:
            raise NetError("%s: control connection failed: %s" % (self.step, e))
        if stale is not None:
            self.log("< %r (1-tick flush before TYPE I)" % stale)
            if stale:
                self.drift("flush before TYPE I", "a stale segment was pending; NetX discards "
                           "it unread", stale)
        self.command("TYPE I", b"2", "2xx")
        d, ls = self._data_setup()
        try:
            self.send("%s %s" % (verb, path))
            d = self._data_accept(d, ls, verb)
            seg = self.reply(verb)
            self.expect(verb, seg, b"1", "1xx")
        except Refused:
            self._data_disconnect(d)
            raise
        except BaseException:
            if d is not None:
                d.close()
            raise
        return d

    def op_get(self, remote, local):
        d = self._file_open("RETR", remote)
        h = hashlib.sha256()
        total = 0
        reset = False
        try:
            f = open(local, "wb")
        except OSError as e:
            d.close()
            raise UsageError("%s: cannot write %s: %s" % (self.step, local, e))
        try:
            with f:
                d.settimeout(self.timeout)
                while True:
                    try:
                        chunk = d.recv(DATA_CHUNK)
                    except ConnectionResetError:
                        reset = True
                        break
                    except socket.timeout:
                        raise NetError("%s: no data on the RETR data connection for %.1f s "
                                       "(%d bytes so far)" % (self.step, self.timeout, total))
                    if not chunk:
                        break
                    f.write(chunk)
                    h.update(chunk)
                    total += len(chunk)
        except BaseException:
            d.close()
            raise
        self.log("data: %d bytes received, %s, sha256 %s"
                 % (total, "reset by the server (NetX: end of file)" if reset else "FIN", h.hexdigest()))
        if reset:
            d.close()
        else:
            self._data_disconnect(d, got_eof=True)
        seg = self.reply("RETR (after the data)")
        self.expect("RETR", seg, b"2", "2xx after the data")

    def op_put(self, local, remote):
        try:
            f = open(local, "rb")
        except OSError as e:
            raise UsageError("%s: cannot read %s: %s" % (self.step, local, e))
        with f:
            d = self._file_open("STOR", remote)
            h = hashlib.sha256()
            total = 0
            try:
                d.settimeout(self.timeout)
                while True:
                    chunk = f.read(DATA_CHUNK)
                    if not chunk:
                        break
                    d.sendall(chunk)
                    h.update(chunk)
                    total += len(chunk)
            except OSError as e:
                d.close()
                raise NetError("%s: sending the STOR data failed after %d bytes: %s"
                               % (self.step, total, e))
        self.log("data: %d bytes sent, sha256 %s" % (total, h.hexdigest()))
        self._data_disconnect(d)
        seg = self.reply("STOR (after the data)")
        self.expect("STOR", seg, b"2", "2xx after the data")

    def op_nlst(self, path=""):
        d, ls = self._data_setup()
        try:
            self.send("NLST " + path)
            d = self._data_accept(d, ls, "NLST")
            seg = self.reply("NLST")
        except BaseException:
            if d is not None:
                d.close()
            raise
        if not (len(seg) >= 3 and seg.startswith(b"1")):
            self._data_disconnect(d)
            if seg.startswith(b"550"):
                self.log("NLST answered 550 without 1xx: an empty listing for NetX")
                return []
            raise Refused("%s: NLST answered %r; NetX needs 1xx (or 550 for an empty listing)"
                          % (self.step, seg))
        data = bytearray()
        reset = False
        d.settimeout(self.timeout)
        try:
            while True:
                try:
                    chunk = d.recv(DATA_CHUNK)
                except ConnectionResetError:
                    reset = True
                    break
                if not chunk:
                    break
                data += chunk
        except socket.timeout:
            d.close()
            raise NetError("%s: no NLST data for %.1f s (%d bytes so far)"
                           % (self.step, self.timeout, len(data)))
        self.log("data: %d bytes of listing%s: %r" % (len(data), ", reset" if reset else "",
                                                      bytes(data[:2000])))
        if reset:
            d.close()
        else:
            self._data_disconnect(d, got_eof=True)
        if not data:
            self.drift("NLST", "1xx then no data: NetX's listing_get fails before reading the "
                       "final reply, which stays queued and is taken as the reply to the next "
                       "command (send 550 without 1xx for an empty listing)", seg)
            return []
        seg = self.reply("NLST (after the data)")
        self.expect("NLST", seg, b"2", "2xx after the listing")
        text = bytes(data).decode("utf-8", "surrogateescape")
        names = [n for n in re.split(r"\r?\n", text) if n != ""]
        for n in names:
            if LIST_LINE.match(n):
                self.drift("NLST data", "line looks like LIST output, NetX expects names only", n)
                break
        if not text.endswith("\n"):
            self.log("NLST data does not end with a line break")
        return names


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
