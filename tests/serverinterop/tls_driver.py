#!/usr/bin/python3
"""Python's ssl and ftplib.FTP_TLS against a running `ferry serve` with FTPS (RFC 4217).

Run by tst_interop_tls (tests/serverinterop); usable by hand too:

  tls_driver.py MODE --host 127.0.0.1|::1 --port N --user U --password P [--cafile CERT]
                [--active] [--tls 1.2|1.3] [--count N] [--fingerprint AB:CD:...]

Modes:
  ftplib    ftplib.FTP_TLS: AUTH TLS, PBSZ/PROT P, listings, uploads and downloads (0 bytes, 1 byte,
            2 MiB + 17, every byte checked by SHA-256), PROT S and E refused with 536, PROT C back to
            clear data (allowed under the optional policy). ftplib does not resume the control session
            on data connections: the server must not require reuse.
  resume    The session-reuse checker: the control connection on Python's ssl, then --count data
            connections, each offering the control connection's session (wrap_socket(session=...)),
            alternating download, upload and listing; every one must report session_reused. With
            --fingerprint, the SHA-256 of the certificate the server presents must be that one.
  noreuse   Plain FTP_TLS (no session offered on the data connection) against a server that requires
            reuse: every data connection is answered 522 after the 150, and the session goes on.
  inject    The STARTTLS command injection: "AUTH TLS\\r\\nUSER evil\\r\\n" in one segment; after the
            handshake PASS must find no USER (503), then a normal login works.
  required  Against --tls required: a clear login gets 534; after AUTH TLS, data with PROT C (or no PROT)
            gets 522, with PROT P it works.

Prints "OK <mode> <checks> checks <details>" on success. Exit codes: 0 success, 1 a check failed (the
reasons on stderr), 2 usage.
"""

import argparse
import ftplib
import hashlib
import io
import random
import socket
import ssl
import sys
import traceback

TIMEOUT = 20


class Failed(Exception):
    pass


class Driver:
    def __init__(self, args):
        self.args = args
        self.checks = 0
        self.ipv6 = ":" in args.host

    def check(self, condition, message):
        self.checks += 1
        if not condition:
            raise Failed(message)

    # --- TLS ---------------------------------------------------------------------------------------

    def context(self):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if self.args.cafile:
            ctx.load_verify_locations(self.args.cafile)
            ctx.check_hostname = True  # the certificate names 127.0.0.1 and ::1 (and localhost)
        else:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        if self.args.tls == "1.2":
            ctx.minimum_version = ctx.maximum_version = ssl.TLSVersion.TLSv1_2
        elif self.args.tls == "1.3":
            ctx.minimum_version = ctx.maximum_version = ssl.TLSVersion.TLSv1_3
        return ctx

    def ftp_tls(self):
        ftp = ftplib.FTP_TLS(context=self.context(), timeout=TIMEOUT)
        ftp.connect(self.args.host, self.args.port)
        ftp.auth()
        ftp.login(self.args.user, self.args.password)
        ftp.set_pasv(not self.args.active)
        return ftp

    def expect_error(self, call, code, what):
        try:
            reply = call()
        except ftplib.all_errors as error:
            self.check(str(error).startswith(code), f"{what}: expected {code}, got {error!r}")
            return str(error)
        raise Failed(f"{what}: expected {code}, got success {reply!r}")

    # --- modes ------------------------------------------------------------------------------------

    def run_ftplib(self):
        ftp = self.ftp_tls()
        self.check(isinstance(ftp.sock, ssl.SSLSocket), "control connection not TLS after AUTH TLS")
        ftp.prot_p()
        names = {"tls-zero.bin": b"", "tls-one.bin": b"x",
                 "tls-big.bin": random.Random(7).randbytes(2 * 1024 * 1024 + 17)}
        for name, data in names.items():
            ftp.storbinary(f"STOR {name}", io.BytesIO(data))
        listed = ftp.nlst()
        for name in names:
            self.check(name in listed, f"{name} not in NLST {listed}")
        for name, data in names.items():
            got = io.BytesIO()
            ftp.retrbinary(f"RETR {name}", got.write)
            self.check(hashlib.sha256(got.getvalue()).hexdigest() == hashlib.sha256(data).hexdigest(),
                       f"{name}: downloaded bytes differ")
            self.check(ftp.size(name) == len(data), f"{name}: SIZE")
        self.expect_error(lambda: ftp.sendcmd("PROT S"), "536", "PROT S")
        self.expect_error(lambda: ftp.sendcmd("PROT E"), "536", "PROT E")
        ftp.prot_c()  # clear data on a TLS control connection: allowed by the optional policy
        got = io.BytesIO()
        ftp.retrbinary("RETR tls-one.bin", got.write)
        self.check(got.getvalue() == b"x", "clear download after PROT C")
        for name in names:
            ftp.delete(name)
        ftp.quit()
        return f"{len(names)} files up and down"

    def control(self):
        """The control connection on Python's ssl: (socket, reader, send)."""
        raw = socket.create_connection((self.args.host, self.args.port), timeout=TIMEOUT)
        state = {"sock": raw, "buffer": b""}

        def line():
            while b"\r\n" not in state["buffer"]:
                chunk = state["sock"].recv(4096)
                if not chunk:
                    raise Failed(f"control connection closed; pending {state['buffer']!r}")
                state["buffer"] += chunk
            text, state["buffer"] = state["buffer"].split(b"\r\n", 1)
            return text.decode()

        def reply():
            first = line()
            if len(first) > 3 and first[3] == "-":
                while True:
                    more = line()
                    if more.startswith(first[:3] + " "):
                        return first[:3] + " " + more[4:]
            return first

        def command(text):
            state["sock"].sendall(text.encode() + b"\r\n")
            return reply()

        return state, reply, command

    def open_data(self, command):
        """Prepares a data connection: passive (connected now) or active (a listener). Returns a callable
        that gives the connected socket once the 150 came."""
        if self.args.active:
            family = socket.AF_INET6 if self.ipv6 else socket.AF_INET
            listener = socket.socket(family, socket.SOCK_STREAM)
            listener.bind((self.args.host, 0))
            listener.listen(1)
            listener.settimeout(TIMEOUT)
            port = listener.getsockname()[1]
            reply = command(f"EPRT |{2 if self.ipv6 else 1}|{self.args.host}|{port}|")
            self.check(reply.startswith("200"), f"EPRT: {reply}")

            def accept():
                sock, _ = listener.accept()
                listener.close()
                return sock
            return accept
        reply = command("EPSV")
        self.check(reply.startswith("229"), f"EPSV: {reply}")
        port = int(reply.split("|||")[1].split("|")[0])
        sock = socket.create_connection((self.args.host, port), timeout=TIMEOUT)
        return lambda: sock

    def run_resume(self):
        state, reply, command = self.control()
        self.check(reply().startswith("220"), "greeting")
        self.check(command("AUTH TLS").startswith("234"), "AUTH TLS")
        ctx = self.context()
        ctrl = ctx.wrap_socket(state["sock"], server_hostname=self.args.host)
        state["sock"] = ctrl
        if self.args.fingerprint:
            digest = hashlib.sha256(ctrl.getpeercert(binary_form=True)).hexdigest().upper()
            shown = ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))
            self.check(shown == self.args.fingerprint, f"certificate {shown} is not {self.args.fingerprint}")
        self.check(command(f"USER {self.args.user}").startswith("331"), "USER")
        self.check(command(f"PASS {self.args.password}").startswith("230"), "PASS")
        self.check(command("PBSZ 0").startswith("200"), "PBSZ")
        self.check(command("PROT P").startswith("200"), "PROT P")
        self.check(command("TYPE I").startswith("200"), "TYPE I")
        # TLS 1.3: the session (ticket) arrived after the handshake and was read with the replies above.
        session = ctrl.session
        self.check(session is not None, "no TLS session on the control connection")
        payload = random.Random(11).randbytes(1024 * 1024 + 3)
        reused = 0
        for i in range(self.args.count):
            kind = ("STOR", "RETR", "NLST")[i % 3]
            connect = self.open_data(command)
            line = {"STOR": "STOR resume.bin", "RETR": "RETR resume.bin", "NLST": "NLST"}[kind]
            self.check(command(line).startswith("150"), f"{line}: no 150")
            data = ctx.wrap_socket(connect(), server_hostname=self.args.host, session=session)
            self.check(data.session_reused, f"data connection {i} ({kind}) did not resume the control session")
            reused += 1
            received = b""
            if kind == "STOR":
                data.sendall(payload)
            else:
                while chunk := data.recv(65536):
                    received += chunk
            data.unwrap().close()  # close_notify both ways
            final = reply()
            self.check(final.startswith("226"), f"{line}: {final}")
            if kind == "RETR":
                self.check(received == payload, "downloaded bytes differ")
            if kind == "NLST":
                self.check(b"resume.bin" in received, f"NLST: {received!r}")
        self.check(command("DELE resume.bin").startswith("250"), "DELE")
        self.check(command("QUIT").startswith("221"), "QUIT")
        return f"{reused} of {self.args.count} data connections resumed, {ctrl.version()} {ctrl.cipher()[0]}"

    def run_noreuse(self):
        ftp = self.ftp_tls()
        ftp.prot_p()
        refused = 0
        for command in ("LIST", "STOR noreuse.bin"):
            conn = ftp.transfercmd(command)  # 150, then a full handshake: no session offered
            try:
                while conn.recv(4096):
                    pass
            except (ssl.SSLError, OSError):
                pass
            conn.close()
            final = ftp.getline()
            self.check(final.startswith("522"), f"{command}: expected 522, got {final!r}")
            refused += 1
        self.check(ftp.voidcmd("NOOP").startswith("200"), "the session goes on after 522")
        ftp.quit()
        return f"{refused} refused"

    def run_inject(self):
        state, reply, command = self.control()
        self.check(reply().startswith("220"), "greeting")
        state["sock"].sendall(b"AUTH TLS\r\nUSER evil\r\n")  # one segment
        self.check(reply().startswith("234"), "AUTH TLS")
        # Nothing else may have been answered in clear text.
        self.check(state["buffer"] == b"", f"clear text after 234: {state['buffer']!r}")
        state["sock"] = self.context().wrap_socket(state["sock"], server_hostname=self.args.host)
        answer = command(f"PASS {self.args.password}")
        self.check(answer.startswith("503"), f"PASS after the injection: expected 503, got {answer}")
        self.check(command("PWD").startswith("530"), "not logged in")
        self.check(command(f"USER {self.args.user}").startswith("331"), "USER")
        self.check(command(f"PASS {self.args.password}").startswith("230"), "PASS")
        self.check(command("QUIT").startswith("221"), "QUIT")
        return "injection dropped"

    def run_required(self):
        clear = ftplib.FTP(timeout=TIMEOUT)
        clear.connect(self.args.host, self.args.port)
        self.expect_error(lambda: clear.login(self.args.user, self.args.password), "534", "clear login")
        clear.close()
        ftp = self.ftp_tls()
        self.expect_error(lambda: ftp.nlst(), "522", "data without PROT P")
        ftp.sendcmd("PBSZ 0")
        ftp.sendcmd("PROT C")
        self.expect_error(lambda: ftp.nlst(), "522", "data with PROT C")
        ftp.prot_p()
        listed = ftp.nlst()
        self.expect_error(lambda: ftp.sendcmd("PROT S"), "536", "PROT S")
        ftp.quit()
        return f"{len(listed)} names over TLS"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["ftplib", "resume", "noreuse", "inject", "required"])
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--cafile")
    parser.add_argument("--active", action="store_true")
    parser.add_argument("--tls", choices=["1.2", "1.3"])
    parser.add_argument("--count", type=int, default=6)
    parser.add_argument("--fingerprint")
    args = parser.parse_args()
    driver = Driver(args)
    try:
        details = getattr(driver, "run_" + args.mode)()
    except Exception as error:  # noqa: BLE001 - every failure is reported the same way
        traceback.print_exc()
        print(f"FAILED {args.mode}: {error}", file=sys.stderr)
        return 1
    print(f"OK {args.mode} {driver.checks} checks {details}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
