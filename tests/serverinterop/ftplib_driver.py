#!/usr/bin/python3
"""Python's ftplib against a running `ferry serve`: every command the server implements.

Run by tst_interop_ftplib (tests/serverinterop); usable by hand too:

  ftplib_driver.py --host 127.0.0.1|::1 --port N --user U --password P --served DIR
                   [--active] [--big NAME]

DIR is the folder `ferry serve` shares (to check SIZE, MDTM and MLSD facts against the file system).
NAME is a large file in DIR for ABOR (default big.bin). The session works in the folder /work,
which must not exist yet.

Exercises USER PASS QUIT NOOP SYST FEAT OPTS HELP STAT PWD XPWD CWD XCWD CDUP XCUP TYPE MODE STRU PORT
EPRT PASV EPSV LIST NLST MLSD MLST RETR STOR APPE STOU REST SIZE MDTM DELE MKD XMKD RMD XRMD RNFR RNTO
ABOR ALLO and an unknown command (502), with multi-line replies (FEAT, HELP, STAT, MLST) parsed by
ftplib, set_pasv(False) for --active, mlsd(), size(). Every transferred byte is checked by SHA-256.

Prints "REMOTE <sha256> <path>" for each file it leaves under /work, then "OK <checks> checks".
A failed check does not stop the session: every failure is listed on stderr at the end.
Exit codes: 0 success, 1 a check failed or the session broke (the reasons on stderr), 2 usage.
"""

import argparse
import ftplib
import hashlib
import io
import os
import random
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
        self.ftp = None

    # ------------------------------------------------------------------------------------------
    # Helpers

    def check(self, condition, message):
        """A failed check is recorded and the session goes on, so that one run reports every failure."""
        self.checks += 1
        if not condition:
            self.failures.append(message)
            print(f"CHECK FAILED: {message}", file=sys.stderr)

    def expect(self, reply, code, what):
        self.check(reply.startswith(code), f"{what}: expected {code}, got {reply!r}")
        return reply

    def cmd(self, line, code):
        """Sends one command and checks the reply code (any reply, errors included)."""
        try:
            reply = self.ftp.sendcmd(line)
        except ftplib.error_reply as e:
            reply = str(e)
        except (ftplib.error_temp, ftplib.error_perm) as e:
            reply = str(e)
        return self.expect(reply, code, line)

    @staticmethod
    def data(size, seed):
        return random.Random(seed).randbytes(size)

    @staticmethod
    def sha(data):
        return hashlib.sha256(data).hexdigest()

    def served(self, path):
        return os.path.join(self.args.served, path.lstrip("/"))

    def retr(self, path, rest=None):
        chunks = []
        self.expect(self.ftp.retrbinary(f"RETR {path}", chunks.append, rest=rest), "226", f"RETR {path}")
        return b"".join(chunks)

    def stor(self, path, data, rest=None, verb="STOR"):
        reply = self.ftp.storbinary(f"{verb} {path}", io.BytesIO(data), rest=rest)
        return self.expect(reply, "226", f"{verb} {path}")

    def open_data(self, method, command):
        """The data connection by an explicit method, then the command; returns (socket, 1xx reply)."""
        ftp = self.ftp
        if method in ("PASV", "EPSV"):
            if method == "PASV":
                host, port = ftplib.parse227(self.cmd("PASV", "227"))
            else:
                host, port = ftplib.parse229(self.cmd("EPSV", "229"), ftp.sock.getpeername())
            conn = socket.create_connection((host, port), TIMEOUT)
            reply = self.cmd(command, "150")
            return conn, reply
        family = socket.AF_INET6 if self.ipv6 else socket.AF_INET
        local = ftp.sock.getsockname()[0]
        with socket.create_server((local, 0), family=family) as listener:
            listener.settimeout(TIMEOUT)
            port = listener.getsockname()[1]
            if method == "PORT":
                hbytes = local.split(".")
                self.cmd("PORT " + ",".join(hbytes + [str(port >> 8), str(port & 0xFF)]), "200")
            else:
                self.cmd(f"EPRT |{2 if self.ipv6 else 1}|{local}|{port}|", "200")
            reply = self.cmd(command, "150")
            conn, _ = listener.accept()
        conn.settimeout(TIMEOUT)
        return conn, reply

    def read_all(self, conn):
        chunks = []
        with conn:
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks)

    # ------------------------------------------------------------------------------------------
    # The session

    def run(self):
        args = self.args
        ftp = ftplib.FTP(timeout=TIMEOUT, encoding="utf-8")
        self.ftp = ftp
        self.expect(ftp.connect(args.host, args.port), "220", "greeting")

        # Before login: HELP and FEAT work, the rest asks for a login.
        self.cmd("PWD", "530")
        self.cmd("STAT", "530")
        self.cmd("USER " + args.user, "331")
        self.cmd("PASS " + args.password, "230")
        self.cmd("USER " + args.user, "503")  # already logged in
        ftp.set_pasv(not args.active)

        self.cmd("NOOP", "200")
        self.expect(self.cmd("SYST", "215"), "215 UNIX Type: L8", "SYST")
        self.session_commands()
        self.folders()
        self.transfers()
        self.listings()
        self.data_methods()
        self.renames_and_deletes()
        self.abort()
        self.epsv_all()
        self.cmd("FOOBAR", "502")
        self.cmd("XYZZY arg", "502")
        self.report()
        self.expect(ftp.quit(), "221", "QUIT")
        # The server closed the connection after 221.
        self.check(ftp.sock is None, "ftplib kept the socket")

    def session_commands(self):
        ftp = self.ftp
        # FEAT: multi-line 211, one feature a line.
        feat = self.cmd("FEAT", "211")
        lines = feat.split("\n")
        self.check(lines[0].startswith("211-") and lines[-1].startswith("211 "), f"FEAT framing: {feat!r}")
        features = {line.strip().split(" ")[0] for line in lines[1:-1]}
        for wanted in ("EPRT", "EPSV", "MDTM", "MLST", "PASV", "REST", "SIZE", "TVFS", "UTF8"):
            self.check(wanted in features, f"FEAT lacks {wanted}: {feat!r}")
        self.check(any(line.strip() == "REST STREAM" for line in lines), f"FEAT lacks REST STREAM: {feat!r}")
        self.cmd("OPTS UTF8 ON", "200")
        self.cmd("OPTS NOSUCHOPTION 1", "501")
        # HELP: multi-line 214 that names every verb; HELP VERB a single line.
        help_text = self.cmd("HELP", "214")
        self.check(help_text.startswith("214-") and help_text.split("\n")[-1].startswith("214 "), "HELP framing")
        words = set(help_text.replace("\n", " ").split())
        for verb in VERBS:
            self.check(verb in words, f"HELP does not name {verb}: {help_text!r}")
        self.cmd("HELP SIZE", "214")
        self.cmd("HELP FOOBAR", "502")
        # STAT without argument: multi-line 211 about the session.
        stat = self.cmd("STAT", "211")
        self.check(stat.startswith("211-") and stat.split("\n")[-1].startswith("211 "), f"STAT framing: {stat!r}")
        self.check(f"Logged in as {self.args.user}" in stat, f"STAT: {stat!r}")
        # Transfer parameters.
        self.cmd("TYPE A", "200")
        self.cmd("TYPE I", "200")
        self.cmd("TYPE E", "504")
        self.cmd("MODE S", "200")
        self.cmd("MODE B", "504")
        self.cmd("STRU F", "200")
        self.cmd("STRU R", "504")
        self.cmd("ALLO 1000", "202")
        self.check(ftp.pwd() == "/", "PWD after login")
        self.expect(self.cmd("XPWD", "257"), '257 "/"', "XPWD")

    def folders(self):
        ftp = self.ftp
        self.expect(self.cmd("MKD /work", "257"), '257 "/work"', "MKD")
        self.cmd("MKD /work", "550")  # exists
        self.cmd("CWD /work", "250")
        self.expect(self.cmd("XMKD sub one", "257"), '257 "/work/sub one"', "XMKD")
        self.expect(self.cmd("MKD ünïcödé", "257"), '257 "/work/ünïcödé"', "MKD UTF-8")
        self.check(ftp.mkd("empty") == "/work/empty", "ftp.mkd")
        self.cmd("CWD sub one", "250")
        self.check(ftp.pwd() == "/work/sub one", "PWD after CWD")
        self.cmd("CDUP", "250")
        self.check(ftp.pwd() == "/work", "PWD after CDUP")
        self.cmd("XCWD ünïcödé", "250")
        self.check(ftp.pwd() == "/work/ünïcödé", "PWD after XCWD")
        self.cmd("XCUP", "250")
        self.check(ftp.pwd() == "/work", "PWD after XCUP")
        self.cmd("CWD missing", "550")
        self.check(ftp.pwd() == "/work", "PWD after a failed CWD")
        self.check(os.path.isdir(self.served("/work/sub one")), "sub one not on disk")

    def transfers(self):
        ftp = self.ftp
        files = {
            "zero.bin": self.data(0, 1),
            "one.bin": self.data(1, 2),
            "data.bin": self.data(1024 * 1024 + 3, 3),
            "sub one/ünï cödé.txt": "grüße, 世界\n".encode("utf-8"),
        }
        self.files = dict(files)
        for name, data in files.items():
            self.stor(name, data)
        for name, data in files.items():
            got = self.retr(name)
            self.check(self.sha(got) == self.sha(data), f"RETR {name}: content differs")
            self.check(ftp.size(name) == len(data), f"SIZE {name}")
            on_disk = self.served("/work/" + name)
            with open(on_disk, "rb") as f:
                self.check(self.sha(f.read()) == self.sha(data), f"{on_disk}: content differs")
            # MDTM: the file's modification time in UTC, to the second.
            mdtm = self.cmd(f"MDTM {name}", "213").split()[1]
            expected = time.strftime("%Y%m%d%H%M%S", time.gmtime(int(os.stat(on_disk).st_mtime)))
            self.check(mdtm[:14] == expected, f"MDTM {name}: {mdtm}, file system says {expected} UTC")
        self.cmd("SIZE missing.bin", "550")
        self.cmd("SIZE /work/sub one", "550")  # a folder

        data = files["data.bin"]
        # REST + RETR: the rest of the file from an offset.
        tail = self.retr("data.bin", rest=500001)
        self.check(tail == data[500001:], "REST 500001 + RETR")
        self.check(self.retr("data.bin", rest=len(data)) == b"", "REST at the end + RETR")
        # REST + STOR: the first part, then the rest in place.
        self.stor("resumed.bin", data[:300000])
        self.stor("resumed.bin", data[300000:], rest=300000)
        self.check(self.retr("resumed.bin") == data, "REST + STOR")
        self.files["resumed.bin"] = data
        # APPE: creates, then appends.
        self.stor("appended.bin", data[:1000], verb="APPE")
        self.stor("appended.bin", data[1000:], verb="APPE")
        self.check(self.retr("appended.bin") == data, "APPE twice")
        self.files["appended.bin"] = data
        # STOR replaces.
        self.stor("one.bin", b"X")
        self.check(self.retr("one.bin") == b"X", "STOR over an existing file")
        self.files["one.bin"] = b"X"
        # STOU: a name of the server's choosing, announced in the 150 reply.
        for expected_payload in (b"unique 1", b"unique 2"):
            method = ("EPRT" if self.ipv6 else "PORT") if self.args.active else ("EPSV" if self.ipv6 else "PASV")
            conn, reply = self.open_data(method, "STOU")
            self.expect(reply, "150 FILE: ", "STOU")
            name = reply[len("150 FILE: "):].strip()
            with conn:
                conn.sendall(expected_payload)
            self.expect(ftp.voidresp(), "226", "STOU end")
            self.check(name not in self.files, f"STOU reused the name {name}")
            self.check(self.retr(name) == expected_payload, f"STOU {name} content")
            self.files[name] = expected_payload
        # A failing data command (no such file) after a data-connection set-up.
        try:
            ftp.retrbinary("RETR missing.bin", lambda b: None)
            self.check(False, "RETR missing.bin succeeded")
        except ftplib.error_perm as e:
            self.expect(str(e), "550", "RETR missing.bin")
        self.cmd("NOOP", "200")  # in step after the failed transfer

    def listings(self):
        ftp = self.ftp
        names = sorted(ftp.nlst())
        expected = sorted([n for n in self.files if "/" not in n] + ["sub one", "ünïcödé", "empty"])
        self.check(names == expected, f"NLST: {names} != {expected}")
        self.check(ftp.nlst("empty") == [], "NLST of an empty folder")
        self.check(ftp.nlst("sub one") == ["ünï cödé.txt"], f"NLST sub one: {ftp.nlst('sub one')}")
        lines = []
        self.expect(ftp.retrlines("LIST", lines.append), "226", "LIST")
        self.check(len(lines) == len(expected), f"LIST lines: {lines}")
        for line in lines:
            name = line.split(None, 8)[8]
            self.check(name in expected, f"LIST name {name!r} in {line!r}")
            if name in self.files:
                self.check(line.startswith("-") and line.split()[4] == str(len(self.files[name])), f"LIST: {line}")
            else:
                self.check(line.startswith("d"), f"LIST folder: {line}")
        lines = []
        ftp.retrlines("LIST -la sub one", lines.append)
        self.check(len(lines) == 1 and lines[0].endswith(" ünï cödé.txt"), f"LIST -la sub one: {lines}")
        # MLSD with selected facts (ftplib sends OPTS MLST first), checked against the file system.
        selected = {"type", "size", "modify"}
        entries = dict(ftp.mlsd(facts=sorted(selected)))
        self.check(sorted(n for n, e in entries.items() if e.get("type") in ("file", "dir")) == expected,
                   f"MLSD names: {sorted(entries)}")
        unselected = set()
        for name, facts in entries.items():
            path = self.served("/work/" + name)
            if facts["type"] == "file":
                self.check(int(facts["size"]) == os.path.getsize(path), f"MLSD size of {name}: {facts}")
            expected_time = time.strftime("%Y%m%d%H%M%S", time.gmtime(int(os.stat(path).st_mtime)))
            self.check(facts["modify"][:14] == expected_time, f"MLSD modify of {name}: {facts} vs {expected_time}")
            unselected |= set(facts) - selected
        # RFC 3659 7.9: after OPTS MLST only the selected facts are returned.
        self.check(not unselected, "MLSD after \"OPTS MLST modify;size;type;\" (answered 200) still sends "
                   f"the unselected facts {sorted(unselected)}")
        self.expect(self.cmd("OPTS MLST size;", "200"), "200 MLST OPTS size;", "OPTS MLST size;")
        facts_text = self.cmd("MLST data.bin", "250").split("\n")[1].strip().partition(" ")[0]
        names = sorted(f.split("=", 1)[0] for f in facts_text.rstrip(";").split(";"))
        self.check(names == ["size"], f"MLST after \"OPTS MLST size;\" sends the facts {names}")
        self.cmd("OPTS MLST type;size;modify;perm;unix.mode;", "200")
        # MLST: a multi-line 250 naming the path.
        mlst = self.cmd("MLST data.bin", "250")
        lines = mlst.split("\n")
        self.check(len(lines) == 3 and lines[0].startswith("250-") and lines[2].startswith("250"), f"MLST: {mlst!r}")
        facts_text, _, path = lines[1].strip().partition(" ")
        facts = dict(f.split("=", 1) for f in facts_text.rstrip(";").split(";"))
        self.check(path == "/work/data.bin", f"MLST path: {path!r}")
        self.check(facts.get("type") == "file" and facts.get("size") == str(len(self.files["data.bin"])),
                   f"MLST facts: {facts}")
        self.cmd("MLST missing", "550")
        # STAT PATH: a listing on the control connection (multi-line 213).
        stat = self.cmd("STAT sub one", "213")
        lines = stat.split("\n")
        self.check(lines[0].startswith("213-") and lines[-1].startswith("213 ")
                   and any(l.endswith(" ünï cödé.txt") for l in lines[1:-1]), f"STAT sub one: {stat!r}")

    def data_methods(self):
        """NLST, RETR and STOR over each data command the address family allows; the others are refused."""
        if self.ipv6:
            methods = ("EPSV", "EPRT")
            self.cmd("PASV", "501")
            self.cmd("PORT 127,0,0,1,200,10", "501")
            self.cmd("EPSV 1", "522")
            port = self.ftp.sock.getsockname()[1]
            self.cmd(f"EPRT |1|127.0.0.1|{port}|", "522")
        else:
            methods = ("PASV", "EPSV", "PORT", "EPRT")
            self.cmd("EPSV 2", "522")
            self.cmd("EPRT |2|::1|40000|", "522")
        self.cmd("NLST", "425")  # no data connection prepared
        for method in methods:
            conn, _ = self.open_data(method, "NLST")
            names = self.read_all(conn).decode("utf-8").split("\r\n")
            self.expect(self.ftp.voidresp(), "226", f"NLST over {method}")
            self.check("data.bin" in names, f"NLST over {method}: {names}")
            conn, _ = self.open_data(method, "RETR data.bin")
            got = self.read_all(conn)
            self.expect(self.ftp.voidresp(), "226", f"RETR over {method}")
            self.check(got == self.files["data.bin"], f"RETR over {method}")
            conn, _ = self.open_data(method, f"STOR via-{method}.bin")
            with conn:
                conn.sendall(self.files["data.bin"])
            self.expect(self.ftp.voidresp(), "226", f"STOR over {method}")
            self.files[f"via-{method}.bin"] = self.files["data.bin"]

    def epsv_all(self):
        """EPSV ALL (RFC 2428): from then on only EPSV; the session's last data connections."""
        if not self.ipv6:
            self.cmd("EPSV 1", "229")
        self.cmd("EPSV ALL", "200")
        self.cmd("PASV", "503")
        self.cmd("PORT 127,0,0,1,200,10", "503")
        self.cmd("EPRT |1|127.0.0.1|40000|", "503")
        conn, _ = self.open_data("EPSV", "NLST")
        names = self.read_all(conn).decode("utf-8").split("\r\n")
        self.expect(self.ftp.voidresp(), "226", "NLST after EPSV ALL")
        self.check("one.bin" in names, f"NLST after EPSV ALL: {names}")

    def renames_and_deletes(self):
        ftp = self.ftp
        self.cmd("RNTO nowhere", "503")  # no RNFR
        self.cmd("RNFR missing", "550")
        self.expect(ftp.rename("data.bin", "sub one/renamed data.bin"), "250", "RNFR/RNTO")
        self.files["sub one/renamed data.bin"] = self.files.pop("data.bin")
        self.cmd("RNFR empty", "350")
        self.cmd("RNTO emptied", "250")  # a folder
        self.cmd("RMD sub one", "550")  # not empty
        self.expect(ftp.delete("zero.bin"), "250", "DELE")
        del self.files["zero.bin"]
        self.cmd("DELE zero.bin", "550")
        self.cmd("RMD emptied", "250")
        self.cmd("XRMD ünïcödé", "250")
        self.cmd("RMD /", "550")
        self.check(not os.path.exists(self.served("/work/ünïcödé")), "XRMD left the folder")
        self.check(sorted(ftp.nlst()) == sorted([n for n in self.files if "/" not in n] + ["sub one"]),
                   f"after renames and deletes: {ftp.nlst()}")

    def abort(self):
        """ABOR during a download (ftplib sends it as urgent data); ABOR with nothing to abort."""
        ftp = self.ftp
        ftp.voidcmd("TYPE I")
        conn = ftp.transfercmd("RETR /" + self.args.big)
        first = conn.recv(65536)
        self.check(len(first) > 0, "no data before ABOR")
        reply = ftp.abort()
        conn.close()
        if reply.startswith("426"):
            # The transfer was cut: 426 for it, then 226 for the ABOR.
            self.expect(ftp.getresp(), "226", "ABOR after 426")
        else:
            # The whole file was already sent: 226 for the transfer, then 226 for the ABOR.
            self.expect(reply, "226", "ABOR")
            self.expect(ftp.getresp(), "226", "ABOR after a finished transfer")
        self.cmd("NOOP", "200")
        self.cmd("ABOR", "226")  # nothing to abort
        self.cmd("NOOP", "200")

    def report(self):
        for name, data in sorted(self.files.items()):
            print(f"REMOTE {self.sha(data)} /work/{name}")


# Every command the server implements (its HELP must name them all).
VERBS = ("USER PASS QUIT NOOP SYST FEAT OPTS HELP STAT PWD XPWD CWD XCWD CDUP XCUP TYPE MODE STRU PORT EPRT "
         "PASV EPSV LIST NLST MLSD MLST RETR STOR APPE STOU REST SIZE MDTM DELE MKD XMKD RMD XRMD RNFR RNTO "
         "ABOR ALLO").split()


def main():
    parser = argparse.ArgumentParser(description="ftplib against ferry serve: every command")
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--served", required=True, help="the folder ferry serve shares")
    parser.add_argument("--active", action="store_true", help="set_pasv(False)")
    parser.add_argument("--big", default="big.bin", help="a large file in the served folder, for ABOR")
    args = parser.parse_args()
    driver = Driver(args)
    try:
        driver.run()
    except Exception as e:  # noqa: BLE001 - any failure is reported the same way
        traceback.print_exc()
        print(f"FAILED after {driver.checks} checks: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    if driver.failures:
        print(f"FAILED: {len(driver.failures)} of {driver.checks} checks:", file=sys.stderr)
        for failure in driver.failures:
            print("  " + failure, file=sys.stderr)
        return 1
    print(f"OK {driver.checks} checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
