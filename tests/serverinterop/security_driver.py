#!/usr/bin/python3
"""Security checks against a running `ferry serve`, at process level, with Python's ftplib.

Run by tst_interop_security (tests/serverinterop). The details of each rule are tested in-process in
tests/server; this checks that the real process applies them to a real client:

  security_driver.py --host H --port N --user U --password P CHECK...

  traversal   RETR/SIZE/MDTM/LIST/CWD/MKD/STOR/RNTO with "..", "/.." and a symlink leading out of the
              shared folder ("link", made by the test): nothing outside is read, listed or written.
              The test puts "secret.txt" next to the shared folder, and "inside.txt" in it.
  bruteforce  three wrong passwords: 530 each (delayed, longer each time), then 421 and the connection
              is closed; a new connection with the right password still works.
  ban         a guesser from 127.0.0.3 who reconnects (the server runs with --ban-after 4): the fourth
              wrong password, on its second connection, gets 530 then 421 and the address is refused
              from then on (421 at connect); 127.0.0.2 still logs in (IPv4 only).
  bounce      PORT/EPRT to another address (127.0.0.2, ::2) refused with 501, to port 80 with 504;
              no connection reaches a listener on 127.0.0.2 (IPv4 only).
  theft       control connection from 127.0.0.2, data connection from 127.0.0.1 to its passive port:
              refused; the client's own data connection still works (IPv4 only).

Prints "OK <checks> checks". A failed check does not stop the run: every failure is listed on stderr.
Exit codes: 0 success, 1 failures, 2 usage.
"""

import argparse
import ftplib
import io
import socket
import sys
import time
import traceback

TIMEOUT = 20


class Driver:
    def __init__(self, args):
        self.args = args
        self.checks = 0
        self.failures = []
        self.ipv6 = ":" in args.host

    def check(self, condition, message):
        self.checks += 1
        if not condition:
            self.failures.append(message)
            print(f"CHECK FAILED: {message}", file=sys.stderr)

    def login(self, source=None):
        ftp = ftplib.FTP(timeout=TIMEOUT, encoding="utf-8", source_address=source)
        ftp.connect(self.args.host, self.args.port)
        ftp.login(self.args.user, self.args.password)
        return ftp

    def refused(self, action, code, what):
        """Runs action; it must raise an ftplib error whose reply starts with code."""
        try:
            result = action()
        except (ftplib.error_perm, ftplib.error_temp, ftplib.error_reply) as e:
            self.check(str(e).startswith(code), f"{what}: expected {code}, got {e}")
            return str(e)
        self.check(False, f"{what}: expected {code}, got success ({result!r})")
        return None

    def cmd(self, ftp, line, code):
        try:
            reply = ftp.sendcmd(line)
        except (ftplib.error_perm, ftplib.error_temp, ftplib.error_reply) as e:
            reply = str(e)
        self.check(reply.startswith(code), f"{line}: expected {code}, got {reply!r}")
        return reply

    # ------------------------------------------------------------------------------------------

    def traversal(self):
        ftp = self.login()
        secret = []
        for path in ("../secret.txt", "../../secret.txt", "/../secret.txt", "../../../../../../etc/passwd",
                     "/etc/passwd", "link/secret.txt", "link/../secret.txt"):
            self.refused(lambda p=path: ftp.retrbinary(f"RETR {p}", secret.append), "550", f"RETR {path}")
            self.refused(lambda p=path: ftp.size(p), "550", f"SIZE {path}")
            self.cmd(ftp, f"MDTM {path}", "550")
        self.check(not secret, f"data from outside the shared folder: {secret!r}")
        # CWD above the root stays at the root; the symlink out is refused.
        for path in ("/..", "..", "../..", "/../../..", "../link/.."):
            self.cmd(ftp, f"CWD {path}", "250")
            self.check(ftp.pwd() == "/", f"PWD after CWD {path}: {ftp.pwd()}")
        self.cmd(ftp, "CWD link", "550")
        self.check(ftp.pwd() == "/", "PWD after CWD link")
        self.cmd(ftp, "CDUP", "250")
        self.check(ftp.pwd() == "/", "PWD after CDUP at the root")
        # A listing of ".." is the shared folder's own; the symlink's target is not listed.
        names = sorted(ftp.nlst(".."))
        self.check("inside.txt" in names and "secret.txt" not in names, f"NLST ..: {names}")
        self.refused(lambda: ftp.nlst("link"), "550", "NLST link")
        self.refused(lambda: ftp.retrlines("LIST link/", lambda line: None), "550", "LIST link/")
        # Writes with ".." land inside (the test checks that nothing appeared outside).
        self.cmd(ftp, "MKD ../outside-dir", "257")
        self.cmd(ftp, "RMD /outside-dir", "250")
        ftp.storbinary("STOR ../../outside.txt", io.BytesIO(b"x"))
        self.cmd(ftp, "DELE /outside.txt", "250")
        self.cmd(ftp, "RNFR inside.txt", "350")
        self.cmd(ftp, "RNTO ../../inside-renamed.txt", "250")
        self.cmd(ftp, "RNFR /inside-renamed.txt", "350")
        self.cmd(ftp, "RNTO inside.txt", "250")
        self.cmd(ftp, "MKD link/made-through-link", "550")
        self.refused(lambda: ftp.storbinary("STOR link/written-through-link.txt", io.BytesIO(b"x")),
                     "550", "STOR through the symlink")
        self.cmd(ftp, "DELE link/secret.txt", "550")
        self.cmd(ftp, "RNFR link/secret.txt", "550")
        ftp.quit()

    def bruteforce(self):
        ftp = ftplib.FTP(timeout=TIMEOUT)
        ftp.connect(self.args.host, self.args.port)
        started = time.monotonic()
        for attempt in range(1, 4):
            self.cmd(ftp, f"USER {self.args.user}", "331")
            self.cmd(ftp, f"PASS wrong-password-{attempt}", "530")
        elapsed = time.monotonic() - started
        # The server delays each 530 (a second, then longer).
        self.check(elapsed >= 2.5, f"three failed logins took only {elapsed:.2f} s")
        self.expect_421_and_close(ftp, "after three failed logins")
        ftp.sock.settimeout(TIMEOUT)
        try:
            rest = ftp.sock.recv(100)
        except ConnectionResetError:
            rest = b""
        self.check(rest == b"", f"the connection stays open after 421: {rest!r}")
        ftp.close()
        # The right password still works (from the same address).
        ftp = self.login()
        self.cmd(ftp, "NOOP", "200")
        ftp.quit()
        print(f"bruteforce: three failed logins took {elapsed:.2f} s")

    def expect_421_and_close(self, ftp, what):
        try:
            reply = ftp.getresp()
        except (ftplib.error_temp, ftplib.error_perm) as e:
            reply = str(e)
        except EOFError:
            reply = "EOF"
        self.check(reply.startswith("421"), f"{what}: {reply!r}, expected 421")
        return reply

    def ban(self):
        if self.ipv6:
            return
        guesser = ("127.0.0.3", 0)
        started = time.monotonic()
        ftp = ftplib.FTP(timeout=TIMEOUT)
        ftp.connect(self.args.host, self.args.port, source_address=guesser)
        for attempt in range(1, 4):
            self.cmd(ftp, f"USER {self.args.user}", "331")
            self.cmd(ftp, f"PASS guess-{attempt}", "530")
        self.expect_421_and_close(ftp, "after three failed logins")
        ftp.close()
        # It reconnects and goes on: the fourth failure from this address bans it.
        ftp = ftplib.FTP(timeout=TIMEOUT)
        ftp.connect(self.args.host, self.args.port, source_address=guesser)
        self.cmd(ftp, f"USER {self.args.user}", "331")
        self.cmd(ftp, "PASS guess-4", "530")
        reply = self.expect_421_and_close(ftp, "after the fourth failed login from the address")
        self.check("failed logins from your address" in reply, f"ban reply: {reply!r}")
        ftp.close()
        elapsed = time.monotonic() - started
        # Refused at connect from now on, even with the right password ready.
        for _ in range(3):
            ftp = ftplib.FTP(timeout=TIMEOUT)
            try:
                ftp.connect(self.args.host, self.args.port, source_address=guesser)
                self.check(False, "a banned address was greeted")
            except ftplib.error_temp as e:
                self.check(str(e).startswith("421"), f"connect from a banned address: {e}")
            ftp.close()
        # Another address is not affected.
        ftp = self.login(source=("127.0.0.2", 0))
        self.cmd(ftp, "NOOP", "200")
        ftp.quit()
        print(f"ban: four failed logins over two connections took {elapsed:.2f} s")

    def bounce(self):
        ftp = self.login()
        if self.ipv6:
            self.cmd(ftp, "EPRT |2|::2|40001|", "501")
            self.cmd(ftp, "EPRT |2|::1|80|", "504")
            self.cmd(ftp, "NLST", "425")  # nothing was prepared
            ftp.quit()
            return
        with socket.create_server(("127.0.0.2", 0)) as listener:
            listener.setblocking(False)
            port = listener.getsockname()[1]
            self.cmd(ftp, f"PORT 127,0,0,2,{port >> 8},{port & 0xFF}", "501")
            self.cmd(ftp, "NLST", "425")
            self.cmd(ftp, f"EPRT |1|127.0.0.2|{port}|", "501")
            self.cmd(ftp, "NLST", "425")
            self.cmd(ftp, "PORT 127,0,0,1,0,80", "504")
            self.cmd(ftp, "EPRT |1|127.0.0.1|21|", "504")
            self.cmd(ftp, "NLST", "425")
            try:
                conn, peer = listener.accept()
                conn.close()
                self.check(False, f"the server connected to 127.0.0.2 from {peer}")
            except BlockingIOError:
                pass
        # The session goes on: active mode to the client's own address works.
        ftp.set_pasv(False)
        self.check("inside.txt" in ftp.nlst(), "NLST in active mode after the refusals")
        ftp.quit()

    def theft(self):
        if self.ipv6:
            return
        ftp = self.login(source=("127.0.0.2", 0))
        host, port = ftplib.parse227(ftp.sendcmd("PASV"))
        # Another host (127.0.0.1) takes the passive port first: the server drops it.
        thief = socket.create_connection((host, port), TIMEOUT, source_address=("127.0.0.1", 0))
        thief.settimeout(TIMEOUT)
        try:
            stolen = thief.recv(100)
        except ConnectionResetError:
            stolen = b""
        thief.close()
        self.check(stolen == b"", f"the thief's data connection got {stolen!r}")
        conn = socket.create_connection((host, port), TIMEOUT, source_address=("127.0.0.2", 0))
        self.cmd(ftp, "NLST", "150")
        chunks = []
        with conn:
            conn.settimeout(TIMEOUT)
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        self.check(ftp.voidresp().startswith("226"), "NLST end")
        self.check(b"inside.txt" in b"".join(chunks), f"NLST over the client's own data connection: {chunks}")
        ftp.quit()


def main():
    parser = argparse.ArgumentParser(description="security checks against ferry serve")
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("checks", nargs="+", choices=("traversal", "bruteforce", "ban", "bounce", "theft"))
    args = parser.parse_args()
    driver = Driver(args)
    for name in args.checks:
        try:
            getattr(driver, name)()
        except Exception as e:  # noqa: BLE001 - any failure is reported the same way
            traceback.print_exc()
            driver.failures.append(f"{name}: {type(e).__name__}: {e}")
    if driver.failures:
        print(f"FAILED: {len(driver.failures)} of {driver.checks} checks:", file=sys.stderr)
        for failure in driver.failures:
            print("  " + failure, file=sys.stderr)
        return 1
    print(f"OK {driver.checks} checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
