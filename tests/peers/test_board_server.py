#!/usr/bin/python3
"""Self-test of board_server.py (the NetX Duo board stand-in).

Run: /usr/bin/python3 tests/peers/test_board_server.py
Starts the server as subprocesses on loopback, checks the wire behaviour documented in
docs/board-servers.md with raw sockets and ftplib, and stops every server it started.
"""

import ftplib
import hashlib
import io
import os
import random
import re
import select
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "board_server.py")
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
USER = "board-test-user-019"     # exactly 19 characters: the board keeps 19
PASSWORD = "secret"
T = 5.0                          # generous timeout for blocking reads


def local_ts(y, mo, d, h, mi, s=0):
    return time.mktime((y, mo, d, h, mi, s, 0, 0, -1))


class Peer:
    """One running board_server.py."""

    def __init__(self, root, *extra, bind="127.0.0.1"):
        self.root = root
        self.log = root.rstrip("/") + ".log"
        cmd = [PYTHON, SERVER, "--bind", bind, "--port", "0", "--root", root,
               "--user", USER, "--password", PASSWORD, "--log", self.log] + list(extra)
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
        self.host = bind
        r, _, _ = select.select([self.proc.stdout], [], [], 10)
        line = self.proc.stdout.readline() if r else b""
        m = re.match(rb"^READY (\d+)\n$", line)
        if not m:
            self.stop()
            raise RuntimeError("server did not start: %r" % line)
        self.port = int(m.group(1))

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stdout.close()
        if os.path.exists(self.log) and "internal error" in self.log_text():
            raise AssertionError("server logged an internal error, see %s:\n%s" % (self.log, self.log_text()[-3000:]))
        return self.proc.returncode

    def log_text(self):
        with open(self.log, encoding="utf-8", errors="replace") as f:
            return f.read()


class Ctl:
    """Raw control connection that returns replies as exact bytes."""

    def __init__(self, peer, greet=True, login=False):
        fam = socket.AF_INET6 if ":" in peer.host else socket.AF_INET
        self.peer = peer
        self.s = socket.socket(fam, socket.SOCK_STREAM)
        self.s.settimeout(T)
        self.s.connect((peer.host, peer.port))
        self.buf = b""
        self.greeting = self.reply() if greet else None
        if login:
            self.login()

    def reply(self, timeout=T):
        self.s.settimeout(timeout)
        while b"\r\n" not in self.buf:
            d = self.s.recv(4096)
            if not d:
                raise EOFError("control connection closed, buffered %r" % self.buf)
            self.buf += d
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line + b"\r\n"

    def send(self, data):
        self.s.sendall(data)

    def cmd(self, line, timeout=T):
        if isinstance(line, str):
            line = line.encode()
        self.send(line + b"\r\n")
        return self.reply(timeout)

    def login(self):
        assert self.cmd("USER " + USER) == b"331 Enter password \r\n"
        assert self.cmd("PASS " + PASSWORD) == b"230 Logged in \r\n"

    def pasv(self):
        r = self.cmd("PASV")
        m = re.match(rb"^227 Entering Passive Mode \((\d+),(\d+),(\d+),(\d+),(\d+),(\d+)\)\.\r\n$", r)
        assert m, r
        host = b".".join(m.group(1, 2, 3, 4)).decode()
        port = int(m.group(5)) * 256 + int(m.group(6))
        return socket.create_connection((host, port), timeout=T)

    def epsv(self):
        r = self.cmd("EPSV")
        m = re.match(rb"^229 Entering Extended Passive Mode \(\|\|\|(\d+)\|\)\r\n$", r)
        assert m, r
        return socket.create_connection((self.peer.host, int(m.group(1))), timeout=T)

    def close(self):
        try:
            self.s.close()
        except OSError:
            pass


def read_all(sock, hasher=None):
    sock.settimeout(T)
    chunks = []
    total = 0
    while True:
        d = sock.recv(1 << 20)
        if not d:
            break
        total += len(d)
        if hasher is not None:
            hasher.update(d)
        else:
            chunks.append(d)
    sock.close()
    return total if hasher is not None else b"".join(chunks)


def closed_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def port_cmd(port, ip=(127, 0, 0, 1), pad=True):
    fields = list(ip) + [port >> 8, port & 0xFF]
    fmt = "%03d" if pad else "%d"
    return "PORT " + ",".join(fmt % f for f in fields)


class BoardServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="board-server-test-")
        cls.root = os.path.join(cls.tmp, "root")
        r = cls.root
        os.makedirs(os.path.join(r, "logs"))
        os.makedirs(os.path.join(r, "sub", "empty"))
        os.makedirs(os.path.join(r, "full"))
        with open(os.path.join(r, "test.txt"), "wb") as f:
            f.write(b"twenty-eight bytes of text\r\n")
        os.utime(os.path.join(r, "test.txt"), (local_ts(2024, 4, 2, 8, 5, 30),) * 2)
        with open(os.path.join(r, "logs", "app.log"), "wb") as f:
            f.write(b"log\n")
        with open(os.path.join(r, "full", "keep.txt"), "wb") as f:
            f.write(b"keep\n")
        os.utime(os.path.join(r, "logs"), (local_ts(2024, 2, 10, 9, 0),) * 2)
        ro = os.path.join(r, "readonly.txt")
        with open(ro, "wb") as f:
            f.write(b"12345")
        os.chmod(ro, 0o444)
        os.utime(ro, (local_ts(2023, 12, 25, 23, 59),) * 2)
        rnd = random.Random(1234)
        cls.big = os.path.join(r, "big.bin")
        with open(cls.big, "wb") as f:
            f.write(rnd.randbytes(8 * 1024 * 1024 + 123))
        cls.huge = os.path.join(r, "huge.bin")           # sparse, for blocking/throughput
        with open(cls.huge, "wb") as f:
            f.truncate(64 * 1024 * 1024)
        cls.peer = Peer(cls.root)
        cls.extra_peers = []

    @classmethod
    def tearDownClass(cls):
        rc = cls.peer.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)
        assert rc == 0, "server exit code %r after SIGTERM" % rc

    def start_peer(self, *extra, root=None, bind="127.0.0.1"):
        if root is None:
            root = tempfile.mkdtemp(dir=self.tmp)
        peer = Peer(root, *extra, bind=bind)

        def stop():
            self.assertEqual(peer.stop(), 0)
        self.addCleanup(stop)
        return peer

    def ctl(self, peer=None, **kw):
        c = Ctl(peer or self.peer, **kw)
        self.addCleanup(c.close)
        return c

    # --------------------------------------------------------------- session basics
    def test_greeting_exact_bytes(self):
        c = self.ctl()
        self.assertEqual(c.greeting, b"220 Connection Ready \r\n")

    def test_login_rules(self):
        c = self.ctl()
        self.assertEqual(c.cmd("QUIT"), b"530 Not logged in \r\n")
        self.assertEqual(c.cmd("NOOP"), b"530 Not logged in \r\n")
        self.assertEqual(c.cmd("FEAT"), b"530 Not logged in \r\n")
        self.assertEqual(c.cmd("USER nobody"), b"331 Enter password \r\n")
        self.assertEqual(c.cmd("PASS " + PASSWORD), b"530 Login Fail \r\n")
        # USER is cut to 19 characters: extra characters do not matter.
        self.assertEqual(c.cmd("user " + USER + "-and-more"), b"331 Enter password \r\n")
        self.assertEqual(c.cmd("pass " + PASSWORD), b"230 Logged in \r\n")
        self.assertEqual(c.cmd("NOOP"), b"200 NOOP Success \r\n")
        self.assertEqual(c.cmd("QUIT"), b"221 Logging Off \r\n")
        self.assertEqual(c.s.recv(100), b"")

    def test_type(self):
        c = self.ctl(login=True)
        # TYPE is ASCII after login: RETR needs TYPE I.
        self.assertEqual(c.cmd("RETR test.txt"), b"504 Only Image transfer allowed \r\n")
        self.assertEqual(c.cmd("STOR x.txt"), b"504 Only Image transfer allowed \r\n")
        self.assertEqual(c.cmd("TYPE I"), b"200 Type Binary \r\n")
        self.assertEqual(c.cmd("TYPE A N"), b"200 Type ASCII \r\n")
        self.assertEqual(c.cmd("TYPE Image"), b"200 Type Binary \r\n")
        self.assertEqual(c.cmd("TYPE X"), b"504 Type Non ASCII or Binary \r\n")

    def test_not_implemented(self):
        c = self.ctl(login=True)
        for verb in ("FEAT", "SYST", "SIZE test.txt", "MDTM test.txt", "REST 0", "ABOR",
                     "APPE a", "MLSD", "MLST test.txt", "OPTS UTF8 ON", "AUTH TLS", "STAT",
                     "HELP", "SITE CHMOD 777 x", "XPWD", "BOGUS"):
            self.assertEqual(c.cmd(verb), b"502 Not Implemented \r\n", verb)

    def test_pipelined_commands_only_first_answered(self):
        c = self.ctl(login=True)
        c.send(b"NOOP\r\nPWD\r\n")
        self.assertEqual(c.reply(), b"200 NOOP Success \r\n")
        # Had PWD been answered, its 257 would come before this reply.
        self.assertEqual(c.cmd("TYPE I"), b"200 Type Binary \r\n")

    def test_long_command_fails(self):
        c = self.ctl(login=True)
        c.send(b"CWD " + b"a" * 500 + b"\r\n")
        self.assertEqual(c.reply(), b"550 Change Dir Fail \r\n")     # first 400 bytes
        self.assertEqual(c.reply(), b"502 Not Implemented \r\n")     # the rest
        self.assertEqual(c.cmd("NOOP"), b"200 NOOP Success \r\n")

    def test_bad_input_and_abrupt_disconnects(self):
        rnd = random.Random(99)
        for _ in range(3):
            s = socket.create_connection((self.peer.host, self.peer.port), timeout=T)
            s.recv(100)
            for _ in range(20):
                s.sendall(rnd.randbytes(rnd.randint(1, 3000)))
            s.close()
        # A client vanishing mid-download, then one vanishing mid-upload.
        c = Ctl(self.peer, login=True)
        c.cmd("TYPE I")
        d = c.pasv()
        self.assertEqual(c.cmd("RETR huge.bin"), b"125 File Opened \r\n")
        d.recv(65536)
        d.close()
        c.s.close()
        c = Ctl(self.peer, login=True)
        c.cmd("TYPE I")
        d = c.pasv()
        self.assertEqual(c.cmd("STOR vanished.bin"), b"125 File Open for Write \r\n")
        d.sendall(b"x" * 100000)
        c.s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
        c.s.close()
        d.close()
        # The server is still fine.
        c2 = self.ctl(login=True)
        self.assertEqual(c2.cmd("NOOP"), b"200 NOOP Success \r\n")

    # --------------------------------------------------------------- transfers
    def test_pasv_retr_sha256(self):
        c = self.ctl(login=True)
        self.assertEqual(c.cmd("TYPE I"), b"200 Type Binary \r\n")
        d = c.pasv()               # connected right after the 227, before RETR
        self.assertEqual(c.cmd("RETR big.bin"), b"125 File Opened \r\n")
        h = hashlib.sha256()
        n = read_all(d, h)
        self.assertEqual(c.reply(), b"250 File Sent \r\n")
        with open(self.big, "rb") as f:
            self.assertEqual(h.hexdigest(), hashlib.sha256(f.read()).hexdigest())
        self.assertEqual(n, os.path.getsize(self.big))

    def test_ftplib_client(self):
        f = ftplib.FTP()
        f.connect(self.peer.host, self.peer.port, timeout=T)
        self.addCleanup(f.close)
        self.assertEqual(f.getwelcome(), "220 Connection Ready ")
        f.login(USER, PASSWORD)
        buf = io.BytesIO()
        self.assertEqual(f.retrbinary("RETR test.txt", buf.write), "250 File Sent ")
        self.assertEqual(buf.getvalue(), b"twenty-eight bytes of text\r\n")
        self.assertEqual(f.storbinary("STOR ftplib.bin", io.BytesIO(b"z" * 70000)), "250 File Written ")
        self.assertEqual(os.path.getsize(os.path.join(self.root, "ftplib.bin")), 70000)
        f.set_pasv(False)           # PORT mode
        buf = io.BytesIO()
        self.assertEqual(f.retrbinary("RETR ftplib.bin", buf.write), "250 File Sent ")
        self.assertEqual(buf.getvalue(), b"z" * 70000)
        self.assertIn("ftplib.bin", f.nlst())
        self.assertEqual(f.quit(), "221 Logging Off ")

    def test_epsv_on_ipv4(self):
        c = self.ctl(login=True)
        c.cmd("TYPE I")
        d = c.epsv()
        self.assertEqual(c.cmd("RETR test.txt"), b"125 File Opened \r\n")
        self.assertEqual(read_all(d), b"twenty-eight bytes of text\r\n")
        self.assertEqual(c.reply(), b"250 File Sent \r\n")
        # Without --epsv-upload-bug an EPSV upload works.
        d = c.epsv()
        self.assertEqual(c.cmd("STOR epsv-ok.bin"), b"125 File Open for Write \r\n")
        d.sendall(b"e" * 3000)
        d.close()
        self.assertEqual(c.reply(), b"250 File Written \r\n")
        self.assertEqual(os.path.getsize(os.path.join(self.root, "epsv-ok.bin")), 3000)

    def test_port_retr_connects_before_reply(self):
        c = self.ctl(login=True)
        c.cmd("TYPE I")
        ls = socket.socket()
        ls.bind(("127.0.0.1", 0))
        ls.listen(1)
        self.addCleanup(ls.close)
        # Zero-padded fields, as the NetX client sends them: decimal, not octal.
        self.assertEqual(c.cmd(port_cmd(ls.getsockname()[1])), b"200 Port set \r\n")
        self.assertEqual(c.cmd("RETR test.txt"), b"125 File Opened \r\n")
        r, _, _ = select.select([ls], [], [], 0)
        self.assertTrue(r, "server must connect before it sends the 125")
        d, _ = ls.accept()
        self.assertEqual(read_all(d), b"twenty-eight bytes of text\r\n")
        self.assertEqual(c.reply(), b"250 File Sent \r\n")

    def test_port_errors(self):
        c = self.ctl(login=True)
        p = closed_port()
        self.assertEqual(c.cmd(port_cmd(p, ip=(127, 0, 0, 2))), b"501 Port Fail \r\n")
        self.assertEqual(c.cmd("PORT 0,0,0,0,0,0"), b"501 Port Fail \r\n")
        self.assertEqual(c.cmd("PORT 127,0,0,1,0,0"), b"501 Port Fail \r\n")
        c.send(("%s\n" % port_cmd(p, pad=False)).encode())             # no CR
        self.assertEqual(c.reply(), b"501 Port Fail \r\n")
        self.assertEqual(c.cmd("EPRT |1|127.0.0.1|%d|" % p), b"502 EPRT illegal in IPv4 \r\n")

    def test_active_connect_failure_is_only_550(self):
        c = self.ctl(login=True)
        c.cmd("TYPE I")
        self.assertEqual(c.cmd(port_cmd(closed_port())), b"200 Port set \r\n")
        self.assertEqual(c.cmd("RETR test.txt"), b"550 File Open Fail \r\n")
        self.assertEqual(c.cmd(port_cmd(closed_port())), b"200 Port set \r\n")
        self.assertEqual(c.cmd("LIST"), b"550 Bad Directory \r\n")
        self.assertEqual(c.cmd(port_cmd(closed_port())), b"200 Port set \r\n")
        self.assertEqual(c.cmd("NLST"), b"550 List bad Directory \r\n")

    def test_stor_pasv(self):
        c = self.ctl(login=True)
        c.cmd("TYPE I")
        payload = random.Random(5).randbytes(1024 * 1024 + 7)
        d = c.pasv()
        self.assertEqual(c.cmd("STOR upload.bin"), b"125 File Open for Write \r\n")
        d.sendall(payload)
        d.close()
        self.assertEqual(c.reply(), b"250 File Written \r\n")
        with open(os.path.join(self.root, "upload.bin"), "rb") as f:
            self.assertEqual(f.read(), payload)

    def test_stor_truncates_before_data_connection(self):
        victim = os.path.join(self.root, "victim.txt")
        with open(victim, "wb") as f:
            f.write(b"precious")
        c = self.ctl(login=True)
        c.cmd("TYPE I")
        self.assertEqual(c.cmd(port_cmd(closed_port())), b"200 Port set \r\n")
        self.assertEqual(c.cmd("STOR victim.txt"), b"550 File Open Failed \r\n")
        self.assertEqual(os.path.getsize(victim), 0)

    def test_aborted_upload_still_250(self):
        c = self.ctl(login=True)
        c.cmd("TYPE I")
        d = c.pasv()
        self.assertEqual(c.cmd("STOR partial.bin"), b"125 File Open for Write \r\n")
        d.sendall(b"p" * 5000)
        d.close()                   # "abort" = close the data connection
        self.assertEqual(c.reply(), b"250 File Written \r\n")
        self.assertEqual(os.path.getsize(os.path.join(self.root, "partial.bin")), 5000)

    def test_passive_data_sent_before_stor_is_lost(self):
        c = self.ctl(login=True)
        c.cmd("TYPE I")
        d = c.pasv()
        d.sendall(b"EARLY")
        # The server handles data events before commands: once NOOP is answered the
        # early bytes have been received and dropped.
        self.assertEqual(c.cmd("NOOP"), b"200 NOOP Success \r\n")
        self.assertEqual(c.cmd("STOR early.bin"), b"125 File Open for Write \r\n")
        d.sendall(b"LATE")
        d.close()
        self.assertEqual(c.reply(), b"250 File Written \r\n")
        with open(os.path.join(self.root, "early.bin"), "rb") as f:
            self.assertEqual(f.read(), b"LATE")

    def test_passive_timeout_is_one_second(self):
        c = self.ctl(login=True)
        c.cmd("TYPE I")
        c.cmd("PASV")               # never connect
        t0 = time.monotonic()
        self.assertEqual(c.cmd("RETR test.txt"), b"550 File Open Fail \r\n")
        dt = time.monotonic() - t0
        self.assertGreaterEqual(dt, 0.8)
        self.assertLess(dt, 3.0)
        c.cmd("PASV")
        t0 = time.monotonic()
        self.assertEqual(c.cmd("LIST"), b"550 Bad Directory \r\n")
        self.assertGreaterEqual(time.monotonic() - t0, 0.8)
        # A fresh PASV works again.
        d = c.pasv()
        self.assertEqual(c.cmd("RETR test.txt"), b"125 File Opened \r\n")
        self.assertEqual(read_all(d), b"twenty-eight bytes of text\r\n")
        self.assertEqual(c.reply(), b"250 File Sent \r\n")

    def test_download_blocks_other_sessions(self):
        a = self.ctl(login=True)
        b = self.ctl(login=True)
        a.cmd("TYPE I")
        d = a.pasv()
        self.addCleanup(d.close)
        self.assertEqual(a.cmd("RETR huge.bin"), b"125 File Opened \r\n")
        # A never reads: the single server thread is stuck in the download until its
        # 1 s send timeout, so B's NOOP waits.
        t0 = time.monotonic()
        self.assertEqual(b.cmd("NOOP"), b"200 NOOP Success \r\n")
        self.assertGreaterEqual(time.monotonic() - t0, 0.8)
        self.assertEqual(a.reply(), b"550 Read Fail \r\n")

    # --------------------------------------------------------------- listings
    def list_cmd(self, c, cmd):
        d = c.pasv()
        r1 = c.cmd(cmd)
        if not r1.startswith(b"125"):
            d.close()
            return r1, None, None
        data = read_all(d)
        return r1, data, c.reply()

    def test_list_format(self):
        c = self.ctl(login=True)
        r1, data, r2 = self.list_cmd(c, "LIST")
        self.assertEqual((r1, r2), (b"125 Sending List \r\n", b"250 List End \r\n"))
        lines = data.split(b"\r\n")
        self.assertEqual(lines[-1], b"")
        self.assertIn(b"-rw-rw-rw-  1 owner group         28 APR 02 08:05 test.txt", lines)
        self.assertIn(b"drw-rw-rw-  1 owner group          0 FEB 10 09:00 logs", lines)
        self.assertIn(b"-r--r--r--  1 owner group          5 DEC 25 23:59 readonly.txt", lines)
        self.assertIn(b"-rw-rw-rw-  1 owner group    8388731 ", data)
        pat = re.compile(rb"^[-d][rw-]{9}  1 owner group [ \d]{10} [A-Z]{3} \d\d \d\d:\d\d .+$")
        for line in lines[:-1]:
            self.assertRegex(line, pat)
        names = [line[50:] for line in lines[:-1]]
        self.assertNotIn(b".", names)
        self.assertNotIn(b"..", names)
        # Sub-folder listings start with "." and "..", a trailing "/" is stripped.
        r1, data, r2 = self.list_cmd(c, "LIST logs/")
        self.assertEqual(r2, b"250 List End \r\n")
        names = [line[50:] for line in data.split(b"\r\n")[:-1]]
        self.assertEqual(names, [b".", b"..", b"app.log"])
        # LIST of one file, LIST -la taken as a path.
        r1, data, r2 = self.list_cmd(c, "LIST test.txt")
        self.assertEqual(data, b"-rw-rw-rw-  1 owner group         28 APR 02 08:05 test.txt\r\n")
        self.assertEqual(self.list_cmd(c, "LIST -la")[0], b"550 Bad Directory \r\n")
        self.assertEqual(self.list_cmd(c, "LIST nowhere")[0], b"550 Bad Directory \r\n")

    def test_nlst(self):
        c = self.ctl(login=True)
        r1, data, r2 = self.list_cmd(c, "NLST ")           # "NLST ␠" like the NetX client
        self.assertEqual((r1, r2), (b"125 Sending List \r\n", b"250 List End \r\n"))
        names = data.split(b"\r\n")
        self.assertIn(b"test.txt", names)
        self.assertIn(b"logs", names)
        self.assertEqual(self.list_cmd(c, "NLST test.txt")[0], b"550 List bad Directory \r\n")
        # A FAT sub-folder is never empty for FileX: "." and "..".
        r1, data, r2 = self.list_cmd(c, "NLST sub/empty")
        self.assertEqual((data, r2), (b".\r\n..\r\n", b"250 List End \r\n"))

    def test_empty_root_listings(self):
        peer = self.start_peer()
        c = self.ctl(peer, login=True)
        r1, data, r2 = self.list_cmd(c, "NLST")
        self.assertEqual((r1, data, r2), (b"125 Sending List \r\n", b"", b"550 List fail \r\n"))
        r1, data, r2 = self.list_cmd(c, "LIST")
        self.assertEqual((r1, data, r2), (b"125 Sending List \r\n", b"", b"250 List End \r\n"))

    # --------------------------------------------------------------- file management
    def test_directories(self):
        c = self.ctl(login=True)
        self.assertEqual(c.cmd("MKD newdir"), b'200 "/newdir" Directory Created \r\n')
        self.assertEqual(c.cmd("MKD newdir"), b"550 Directory Create failed \r\n")
        self.assertEqual(c.cmd("MKD my dir/"), b'200 "/my dir" Directory Created \r\n')
        self.assertEqual(c.cmd("CWD my dir"), b'250 "/my dir" set successfully \r\n')
        self.assertEqual(c.cmd("MKD inner"), b'200 "/my dir/inner" Directory Created \r\n')
        self.assertEqual(c.cmd("CWD /newdir/"), b'250 "/newdir" set successfully \r\n')
        self.assertEqual(c.cmd("PWD"), b'257 "/newdir" is current Directory \r\n')
        self.assertEqual(c.cmd("CDUP"), b'250 "/" set successfully \r\n')
        self.assertEqual(c.cmd("CWD .."), b"550 Change Dir Fail \r\n")
        self.assertEqual(c.cmd("CWD nowhere"), b"550 Change Dir Fail \r\n")
        self.assertEqual(c.cmd("CWD test.txt"), b"550 Change Dir Fail \r\n")
        self.assertEqual(c.cmd("RMD full"), b"550 Delete Directory Fail \r\n")
        self.assertEqual(c.cmd("RMD newdir"), b"250 Directory Deleted \r\n")
        self.assertEqual(c.cmd("RMD newdir"), b"550 Delete Directory Fail \r\n")
        self.assertTrue(os.path.isdir(os.path.join(self.root, "full")))

    def test_rename_and_delete(self):
        with open(os.path.join(self.root, "old.txt"), "wb") as f:
            f.write(b"old")
        c = self.ctl(login=True)
        self.assertEqual(c.cmd("RNTO nothing.txt"), b"550 Rename failed \r\n")
        self.assertIn("would crash a real board", self.peer.log_text())
        self.assertEqual(c.cmd("RNFR missing.txt"), b"550 Rename File not found \r\n")
        self.assertEqual(c.cmd("RNFR old.txt"), b"350 Rename File From \r\n")
        self.assertEqual(c.cmd("RNTO new.txt"), b"250 File Renamed \r\n")
        self.assertTrue(os.path.exists(os.path.join(self.root, "new.txt")))
        self.assertEqual(c.cmd("DELE new.txt/"), b"550 Delete Failed \r\n")
        self.assertEqual(c.cmd("DELE new.txt"), b"250 File Deleted \r\n")
        self.assertEqual(c.cmd("DELE new.txt"), b"550 Delete Failed \r\n")
        self.assertEqual(c.cmd("DELE readonly.txt"), b"550 Delete Failed \r\n")
        self.assertEqual(c.cmd("DELE logs"), b"550 Delete Failed \r\n")

    def test_paths_confined_to_root(self):
        c = self.ctl(login=True)
        c.cmd("TYPE I")
        self.assertEqual(c.cmd("CWD /../.."), b"550 Change Dir Fail \r\n")
        d = c.pasv()
        self.assertEqual(c.cmd("RETR ../../../../etc/passwd"), b"550 File Open Fail \r\n")
        d.close()
        self.assertEqual(c.cmd("CWD logs"), b'250 "/logs" set successfully \r\n')
        self.assertEqual(c.cmd("CWD ../.."), b"550 Change Dir Fail \r\n")
        self.assertEqual(c.cmd("PWD"), b'257 "/logs" is current Directory \r\n')

    # --------------------------------------------------------------- sessions
    def test_fifth_session_gets_no_greeting(self):
        peer = self.start_peer("--max-sessions", "4", root=self.root)
        first = [self.ctl(peer) for _ in range(4)]
        for c in first:
            self.assertEqual(c.greeting, b"220 Connection Ready \r\n")
        fifth = self.ctl(peer, greet=False)
        with self.assertRaises(socket.timeout):
            fifth.reply(timeout=1.2)
        self.assertEqual(first[0].cmd("QUIT"), b"530 Not logged in \r\n")   # QUIT needs login
        first[0].close()
        # A slot frees: the held connection is greeted, as the board serves a queued SYN.
        self.assertEqual(fifth.reply(timeout=T), b"220 Connection Ready \r\n")
        fifth.login()

    def test_idle_session_is_reset(self):
        peer = self.start_peer("--idle-timeout", "1", root=self.root)
        c = self.ctl(peer, login=True)
        c.s.settimeout(T)
        with self.assertRaises(ConnectionResetError):
            c.s.recv(100)

    # --------------------------------------------------------------- variants
    def test_epsv_upload_bug_and_226(self):
        peer = self.start_peer("--epsv-upload-bug", "--closing-code", "226")
        c = self.ctl(peer, login=True)
        c.cmd("TYPE I")
        d = c.epsv()
        self.assertEqual(c.cmd("STOR lost.bin"), b"125 File Open for Write \r\n")
        d.sendall(b"q" * 1500)
        d.close()
        self.assertEqual(c.reply(), b"226 File Written \r\n")
        self.assertEqual(os.path.getsize(os.path.join(peer.root, "lost.bin")), 0)
        d = c.pasv()
        self.assertEqual(c.cmd("STOR kept.bin"), b"125 File Open for Write \r\n")
        d.sendall(b"q" * 1500)
        d.close()
        self.assertEqual(c.reply(), b"226 File Written \r\n")
        self.assertEqual(os.path.getsize(os.path.join(peer.root, "kept.bin")), 1500)

    def test_epsv_upload_bug_stalls_beyond_the_window(self):
        peer = self.start_peer("--epsv-upload-bug")
        c = self.ctl(peer, login=True)
        c.cmd("TYPE I")
        d = c.epsv()
        self.assertEqual(c.cmd("STOR stalled.bin"), b"125 File Open for Write \r\n")
        d.setblocking(False)
        sent = 0
        try:
            while sent < 64 * 1024 * 1024:
                sent += d.send(b"s" * 65536)
        except BlockingIOError:
            pass                         # the window is full: the writer stalls
        self.assertLess(sent, 64 * 1024 * 1024)
        d.close()
        # No reply comes, even after the client closed its side.
        with self.assertRaises(socket.timeout):
            c.reply(timeout=1.5)
        self.assertEqual(os.path.getsize(os.path.join(peer.root, "stalled.bin")), 0)
        self.assertIn("stalls", peer.log_text())

    def test_busy_upload_loss(self):
        peer = self.start_peer("--busy-upload-loss", "--busy-wait", "0.3")
        a = self.ctl(peer, login=True)
        b = self.ctl(peer, login=True)
        a.cmd("TYPE I")
        b.cmd("TYPE I")
        da = a.pasv()
        self.assertEqual(a.cmd("STOR a.bin"), b"125 File Open for Write \r\n")
        db = b.pasv()
        self.assertEqual(b.cmd("STOR b.bin"), b"125 File Open for Write \r\n")
        da.sendall(b"a" * 5000)
        db.sendall(b"b" * 1000)
        time.sleep(0.2)                  # b's first bytes are stored
        da.close()                       # the thread waits on a's disconnect...
        time.sleep(0.05)
        db.sendall(b"b" * 4000)          # ...while b's last data and FIN arrive
        db.close()
        self.assertEqual(a.reply(), b"250 File Written \r\n")
        self.assertEqual(b.reply(), b"250 File Written \r\n")
        self.assertEqual(os.path.getsize(os.path.join(peer.root, "a.bin")), 5000)
        self.assertEqual(os.path.getsize(os.path.join(peer.root, "b.bin")), 1000)
        self.assertIn("dropped unread", peer.log_text())
        # One upload at a time loses nothing.
        d = a.pasv()
        self.assertEqual(a.cmd("STOR c.bin"), b"125 File Open for Write \r\n")
        d.sendall(b"c" * 5000)
        d.close()
        self.assertEqual(a.reply(), b"250 File Written \r\n")
        self.assertEqual(os.path.getsize(os.path.join(peer.root, "c.bin")), 5000)

    def test_ipv6(self):
        try:
            s = socket.socket(socket.AF_INET6)
            s.bind(("::1", 0))
            s.close()
        except OSError:
            self.skipTest("no IPv6 loopback")
        peer = self.start_peer(root=self.root, bind="::1")
        c = self.ctl(peer, login=True)
        c.cmd("TYPE I")
        self.assertEqual(c.cmd("PORT 127,0,0,1,4,1"), b"502 PORT illegal in IPv6 \r\n")
        d = c.epsv()
        self.assertEqual(c.cmd("RETR test.txt"), b"125 File Opened \r\n")
        self.assertEqual(read_all(d), b"twenty-eight bytes of text\r\n")
        self.assertEqual(c.reply(), b"250 File Sent \r\n")
        ls = socket.socket(socket.AF_INET6)
        ls.bind(("::1", 0))
        ls.listen(1)
        self.addCleanup(ls.close)
        eprt = "EPRT |2|0000:0000:0000:0000:0000:0000:0000:0001|%d|" % ls.getsockname()[1]
        self.assertEqual(c.cmd(eprt), b"200 EPRT command set \r\n")
        self.assertEqual(c.cmd("EPRT |2|not-an-address|1|"), b"501 Bad IPv6 address \r\n")
        self.assertEqual(c.cmd("RETR test.txt"), b"125 File Opened \r\n")
        d, _ = ls.accept()
        self.assertEqual(read_all(d), b"twenty-eight bytes of text\r\n")
        self.assertEqual(c.reply(), b"250 File Sent \r\n")

    def test_throughput(self):
        c = self.ctl(login=True)
        c.cmd("TYPE I")
        size = os.path.getsize(self.huge)
        d = c.pasv()
        self.assertEqual(c.cmd("RETR huge.bin"), b"125 File Opened \r\n")
        t0 = time.monotonic()
        buf = bytearray(1 << 20)
        n = 0
        d.settimeout(T)
        while True:
            k = d.recv_into(buf)
            if not k:
                break
            n += k
        d.close()
        down = size / (time.monotonic() - t0) / 1e6
        self.assertEqual(c.reply(), b"250 File Sent \r\n")
        self.assertEqual(n, size)
        d = c.pasv()
        self.assertEqual(c.cmd("STOR huge-up.bin"), b"125 File Open for Write \r\n")
        chunk = b"\0" * (256 * 1024)
        t0 = time.monotonic()
        for _ in range(size // len(chunk)):
            d.sendall(chunk)
        d.close()
        self.assertEqual(c.reply(timeout=30), b"250 File Written \r\n")
        up = size / (time.monotonic() - t0) / 1e6
        self.assertEqual(os.path.getsize(os.path.join(self.root, "huge-up.bin")), size)
        sys.stderr.write("\n  throughput (64 MiB): RETR %.0f MB/s, STOR %.0f MB/s ... " % (down, up))
        self.assertGreater(down, 100)
        self.assertGreater(up, 100)


if __name__ == "__main__":
    unittest.main(verbosity=2)
