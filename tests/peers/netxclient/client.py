"""The NetX client session: log, drift reports, one command per send(), one reply per segment,
login and the commands without data (MKD, RMD, DELE, CWD, RNFR/RNTO, QUIT)."""

import socket
import sys
import time

from .capture import SegmentCapture
from .control import ControlChannel
from .errors import Drift, NetError, Refused, UsageError
from .replies import segment_issues
from .transfers import DataTransfers


class NetXClient(DataTransfers):
    """One session of the NetX client; main() (netx_client.py) runs the script's operations."""

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
