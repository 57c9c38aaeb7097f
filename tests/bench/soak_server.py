#!/usr/bin/python3
"""Load and soak of `ferry serve`: many concurrent sessions for minutes, with checks that nothing is lost.

  tests/bench/soak_server.py --ferry BUILD/app/ferry [--sessions 200] [--seconds 300] [--guessers 4]
                             [--dir DIR] [--seed N] [--serve-wrapper "CMD ..."]

Starts `ferry serve` on a fresh folder (127.0.0.1 and ::1, a free port, three read-write users and
anonymous read-only), then runs SESSIONS client threads (Python's ftplib) for SECONDS. Each client
loops: connects (IPv4 or IPv6), logs in as a random user, and does random work until it has done 5 to
40 things, then quits or drops the connection:

  - listings (LIST, NLST, MLSD) of its own folder and of the shared seed folder;
  - uploads of 0 B to 4 MiB of seeded random data, passive or active, followed by a download of the
    same file compared by SHA-256; files are replaced (STOR over an existing name) and deleted;
  - downloads of the shared seed files, compared by SHA-256;
  - abrupt ends: the control connection reset without QUIT; a download whose sockets are reset after
    a few KiB; an upload whose data connection is reset half-way (the server must answer 426 and keep
    no file); an upload after which the whole client vanishes (no file may appear).

Meanwhile GUESSERS threads, each from its own loopback address (127.0.0.10 and up), guess passwords
without pause (the server bans such an address after 10 failures: 421 at connect).

Every minute it samples the server process: resident memory (VmRSS), open descriptors, threads, CPU
time. At the end every file a client saw confirmed (226) is read from the disk and compared with the
SHA-256 the client computed; no ".ferry-upload-*" file may remain, no aborted upload may have appeared,
and the server's descriptors must come back to what they were before the load.

Prints the per-minute samples and a summary; exit status 0 when nothing was lost or corrupted and no
descriptor leaked, 1 otherwise, 2 for a usage error. --serve-wrapper runs the server under another
command (e.g. an ASan build's environment: "env ASAN_OPTIONS=detect_leaks=1").
"""

import argparse
import collections
import ftplib
import hashlib
import io
import os
import random
import re
import shlex
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time

TIMEOUT = 60
USERS = (("alice", "alice-pw"), ("bob", "bob-pw"), ("carol", "carol-pw"))
SEED_FILES = (("seed/empty.bin", 0), ("seed/one.bin", 1), ("seed/small.bin", 4096),
              ("seed/medium.bin", 1024 * 1024 + 7), ("seed/large.bin", 8 * 1024 * 1024))


def seeded_bytes(seed, size):
    return random.Random(seed).randbytes(size)


def sha(data):
    return hashlib.sha256(data).hexdigest()


def reset(sock):
    """Closes a socket with an RST (SO_LINGER 0) instead of a FIN."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = collections.Counter()
        self.errors = collections.Counter()
        self.error_samples = {}
        self.committed = {}  # path -> sha256 of the last upload the server confirmed (226)
        self.deleted = set()
        self.aborted = []  # paths of uploads that must never appear
        self.corrupt = []  # (what, detail)

    def count(self, what, n=1):
        with self.lock:
            self.counts[what] += n

    def error(self, kind, detail):
        with self.lock:
            self.errors[kind] += 1
            self.error_samples.setdefault(kind, detail)

    def corruption(self, what, detail):
        with self.lock:
            self.corrupt.append((what, detail))


class Client(threading.Thread):
    def __init__(self, index, args, port, stats, stop, hosts):
        super().__init__(daemon=True)
        self.index = index
        self.args = args
        self.port = port
        self.stats = stats
        self.stop = stop
        self.hosts = hosts
        self.rng = random.Random(args.seed * 100003 + index)
        self.serial = 0
        self.local = {}  # this client's own files: name -> sha256 (what it last uploaded and saw 226 for)

    def run(self):
        while not self.stop.is_set():
            try:
                self.session()
            except (OSError, EOFError, ftplib.Error) as e:
                self.stats.error(type(e).__name__, f"client {self.index}: {e}")
            except Exception as e:  # noqa: BLE001 - a bug in the driver is reported, not fatal
                self.stats.error("driver:" + type(e).__name__, f"client {self.index}: {e!r}")

    def connect(self):
        host = self.rng.choice(self.hosts)
        ftp = ftplib.FTP(timeout=TIMEOUT, encoding="utf-8")
        ftp.connect(host, self.port)
        if self.rng.random() < 0.1:
            ftp.login("anonymous", "soak@example.com")
            user = None
        else:
            user = self.rng.choice(USERS)
            ftp.login(user[0], user[1])
        ftp.set_pasv(self.rng.random() < 0.75)
        self.stats.count("logins")
        return ftp, user

    def session(self):
        ftp, user = self.connect()
        folder = f"/u/c{self.index}"
        if user is not None:
            try:
                ftp.mkd(folder)
            except ftplib.error_perm:
                pass  # it exists already
        steps = self.rng.randint(5, 40)
        for _ in range(steps):
            if self.stop.is_set():
                break
            action = self.rng.random()
            if user is None or action < 0.25:
                self.listing(ftp, folder if user is not None else "/seed")
                if user is None and self.rng.random() < 0.5:
                    self.download_seed(ftp)
            elif action < 0.55:
                self.upload_and_check(ftp, folder)
            elif action < 0.7:
                self.download_seed(ftp)
            elif action < 0.8:
                self.delete_one(ftp, folder)
            elif action < 0.86:
                self.broken_download(ftp)
                return
            elif action < 0.92:
                self.reset_upload(ftp, folder)
            elif action < 0.96:
                self.vanish_during_upload(ftp, folder)
                return
            else:
                reset(ftp.sock)
                self.stats.count("control resets")
                return
        try:
            ftp.quit()
        except (OSError, EOFError, ftplib.Error):
            ftp.close()

    def listing(self, ftp, folder):
        what = self.rng.choice(("LIST", "NLST", "MLSD"))
        lines = []
        if what == "NLST":
            try:
                lines = ftp.nlst(folder)
            except ftplib.error_perm as e:
                # An empty folder: 550, as NetX Duo clients need it, for a client that sent no FEAT/PWD/LIST.
                if not str(e).startswith("550"):
                    raise
        elif what == "MLSD":
            lines = list(ftp.mlsd(folder))
        else:
            ftp.retrlines(f"LIST {folder}", lines.append)
        self.stats.count("listings")

    def upload_and_check(self, ftp, folder):
        # Replace one of its files now and then, else a new name.
        if self.local and self.rng.random() < 0.3:
            name = self.rng.choice(sorted(self.local))
        else:
            self.serial += 1
            name = f"f{self.serial}.bin"
        size = self.rng.choice((0, 1, 1000, 65536, 300000, 1024 * 1024, 4 * 1024 * 1024 - 3))
        data = seeded_bytes(self.rng.random(), size)
        digest = sha(data)
        path = f"{folder}/{name}"
        reply = ftp.storbinary(f"STOR {path}", io.BytesIO(data), blocksize=65536)
        if not reply.startswith("226"):
            raise ftplib.error_reply(f"STOR {path}: {reply}")
        with self.stats.lock:
            self.stats.committed[path] = digest
            self.stats.deleted.discard(path)
        self.local[name] = digest
        self.stats.count("uploads")
        self.stats.count("bytes up", size)
        chunks = []
        ftp.retrbinary(f"RETR {path}", chunks.append)
        got = b"".join(chunks)
        if sha(got) != digest:
            self.stats.corruption("download after upload", f"{path}: {len(got)} bytes, {size} sent")
        self.stats.count("downloads")
        self.stats.count("bytes down", len(got))

    def download_seed(self, ftp):
        name, size = self.rng.choice(SEED_FILES)
        chunks = []
        ftp.retrbinary(f"RETR /{name}", chunks.append)
        got = b"".join(chunks)
        if sha(got) != self.args.seed_hashes[name]:
            self.stats.corruption("seed download", f"/{name}: {len(got)} of {size} bytes")
        self.stats.count("downloads")
        self.stats.count("bytes down", len(got))

    def delete_one(self, ftp, folder):
        if not self.local:
            return
        name = self.rng.choice(sorted(self.local))
        path = f"{folder}/{name}"
        ftp.delete(path)
        del self.local[name]
        with self.stats.lock:
            self.stats.committed.pop(path, None)
            self.stats.deleted.add(path)
        self.stats.count("deletes")

    def broken_download(self, ftp):
        ftp.voidcmd("TYPE I")
        conn = ftp.transfercmd("RETR /seed/large.bin")
        conn.settimeout(TIMEOUT)
        got = 0
        while got < 20000:
            chunk = conn.recv(8192)
            if not chunk:
                break
            got += len(chunk)
        reset(conn)
        reset(ftp.sock)
        self.stats.count("downloads reset")

    def reset_upload(self, ftp, folder):
        # The data connection is reset half-way while the control connection stays: 426, no file.
        self.serial += 1
        path = f"{folder}/reset-{self.serial}.bin"
        ftp.voidcmd("TYPE I")
        conn = ftp.transfercmd(f"STOR {path}")
        conn.sendall(seeded_bytes(self.serial, 200000))
        reset(conn)
        try:
            reply = ftp.voidresp()
        except ftplib.Error as e:
            reply = str(e)
        if not reply.startswith(("426", "451")):
            self.stats.corruption("reset upload accepted", f"{path}: {reply}")
        with self.stats.lock:
            self.stats.aborted.append(path)
        self.stats.count("uploads reset")

    def vanish_during_upload(self, ftp, folder):
        self.serial += 1
        path = f"{folder}/vanished-{self.serial}.bin"
        ftp.voidcmd("TYPE I")
        conn = ftp.transfercmd(f"STOR {path}")
        conn.sendall(seeded_bytes(self.serial, 100000))
        reset(conn)
        reset(ftp.sock)
        with self.stats.lock:
            self.stats.aborted.append(path)
        self.stats.count("clients vanished mid-upload")


class Guesser(threading.Thread):
    def __init__(self, index, port, stats, stop):
        super().__init__(daemon=True)
        self.address = f"127.0.0.{10 + index}"
        self.port = port
        self.stats = stats
        self.stop = stop

    def run(self):
        attempt = 0
        while not self.stop.is_set():
            ftp = ftplib.FTP(timeout=TIMEOUT)
            try:
                ftp.connect("127.0.0.1", self.port, source_address=(self.address, 0))
            except ftplib.error_temp:
                self.stats.count("guesser connections refused at connect (421)")
                self.stop.wait(0.2)
                continue
            except (OSError, EOFError, ftplib.Error):
                self.stats.count("guesser connections failed")
                continue
            try:
                while not self.stop.is_set():
                    attempt += 1
                    try:
                        ftp.login("alice", f"guess-{attempt}")
                        self.stats.corruption("guessed", f"{self.address} logged in")
                        return
                    except ftplib.error_perm:
                        self.stats.count("wrong passwords")
            except ftplib.error_temp as e:
                banned = "from your address" in str(e)
                self.stats.count("guessers banned (421 after PASS)" if banned
                                 else "guessers disconnected after 3 failures (421)")
            except (OSError, EOFError, ftplib.Error):
                self.stats.count("guesser connections failed")
            ftp.close()


def process_sample(pid):
    sample = {}
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(("VmRSS:", "VmHWM:", "Threads:")):
                    key, value = line.split(":", 1)
                    sample[key] = int(value.split()[0])
        sample["fds"] = len(os.listdir(f"/proc/{pid}/fd"))
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
            ticks = os.sysconf("SC_CLK_TCK")
            sample["cpu"] = (int(fields[11]) + int(fields[12])) / ticks
    except OSError:
        pass
    return sample


def main():
    parser = argparse.ArgumentParser(description="load and soak of ferry serve")
    parser.add_argument("--ferry", required=True, help="the ferry executable")
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=300)
    parser.add_argument("--guessers", type=int, default=4)
    parser.add_argument("--dir", default=None, help="where the served folder is made (default: a temporary folder)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--serve-wrapper", default="", help="command prefix for the server")
    args = parser.parse_args()
    if args.sessions < 1 or args.seconds < 1:
        return 2

    work = tempfile.mkdtemp(prefix="ferry-soak-", dir=args.dir)
    served = os.path.join(work, "served")
    os.makedirs(os.path.join(served, "seed"))
    os.makedirs(os.path.join(served, "u"))
    args.seed_hashes = {}
    for name, size in SEED_FILES:
        data = seeded_bytes(name, size)
        with open(os.path.join(served, name), "wb") as f:
            f.write(data)
        args.seed_hashes[name] = sha(data)

    hosts = ["127.0.0.1"]
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
            hosts.append("::1")
    except OSError:
        pass
    command = shlex.split(args.serve_wrapper) + [args.ferry, "serve", served, "--port", "0"]
    for host in hosts:
        command += ["--bind", host]
    for user, password in USERS:
        command += ["--user", f"{user}:{password}:rw"]
    limit = str(args.sessions + args.guessers + 64)
    command += ["--anonymous", "--max-sessions", limit, "--max-per-address", limit]
    log_path = os.path.join(work, "serve.log")
    log_file = open(log_path, "wb")
    server = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    port = None
    deadline = time.monotonic() + 30
    while port is None and time.monotonic() < deadline and server.poll() is None:
        time.sleep(0.1)
        with open(log_path, "rb") as f:
            m = re.search(rb"on port (\d+) to", f.read())
            if m:
                port = int(m.group(1))
    if port is None:
        print("ferry serve did not start:", open(log_path, "rb").read().decode(errors="replace"), file=sys.stderr)
        server.kill()
        return 1
    pid = server.pid
    # Let it settle, then the baseline of descriptors.
    time.sleep(1)
    baseline = process_sample(pid)
    print(f"soak: ferry serve pid {pid} on port {port} ({', '.join(hosts)}), {args.sessions} sessions and "
          f"{args.guessers} guessers for {args.seconds} s; served from {served}", flush=True)
    print(f"minute  RSS MiB  peak MiB  fds  threads  CPU s  logins  uploads  downloads  listings  errors",
          flush=True)

    def show(label, sample):
        with stats.lock:
            counts = dict(stats.counts)
            errors = sum(stats.errors.values())
        print(f"{label:>6}  {sample.get('VmRSS', 0) / 1024:7.1f}  {sample.get('VmHWM', 0) / 1024:8.1f}  "
              f"{sample.get('fds', 0):3d}  {sample.get('Threads', 0):7d}  {sample.get('cpu', 0):5.1f}  "
              f"{counts.get('logins', 0):6d}  {counts.get('uploads', 0):7d}  {counts.get('downloads', 0):9d}  "
              f"{counts.get('listings', 0):8d}  {errors:6d}", flush=True)

    stats = Stats()
    stop = threading.Event()
    show("start", baseline)
    clients = [Client(i, args, port, stats, stop, hosts) for i in range(args.sessions)]
    guessers = [Guesser(i, port, stats, stop) for i in range(args.guessers)]
    started = time.monotonic()
    for thread in clients + guessers:
        thread.start()
    samples = []
    minute = 0
    while time.monotonic() - started < args.seconds:
        time.sleep(min(60, args.seconds - (time.monotonic() - started)))
        minute += 1
        sample = process_sample(pid)
        samples.append(sample)
        show(str(minute), sample)
        if server.poll() is not None:
            print("ferry serve exited during the run", file=sys.stderr)
            break
    stop.set()
    for thread in clients + guessers:
        thread.join(TIMEOUT + 10)
    elapsed = time.monotonic() - started

    # Every session closes; then the descriptors must be back where they were.
    end_deadline = time.monotonic() + 60
    final = process_sample(pid)
    while time.monotonic() < end_deadline and final.get("fds", 0) > baseline.get("fds", 0):
        time.sleep(0.5)
        final = process_sample(pid)
    show("end", final)

    # Check the files.
    lost = []
    for path, digest in sorted(stats.committed.items()):
        local = os.path.join(served, path.lstrip("/"))
        try:
            with open(local, "rb") as f:
                got = sha(f.read())
        except OSError as e:
            lost.append(f"{path}: {e}")
            continue
        if got != digest:
            lost.append(f"{path}: the content differs from the last upload confirmed")
    appeared = [p for p in stats.aborted if os.path.exists(os.path.join(served, p.lstrip("/")))]
    leftovers = []
    for root, _, files in os.walk(served):
        leftovers += [os.path.join(root, f) for f in files if f.startswith(".ferry-upload-")]
    for name, size in SEED_FILES:
        with open(os.path.join(served, name), "rb") as f:
            if sha(f.read()) != args.seed_hashes[name]:
                lost.append(f"/{name}: the seed file changed")

    server.send_signal(signal.SIGTERM)
    try:
        code = server.wait(60)
    except subprocess.TimeoutExpired:
        server.kill()
        code = "killed after 60 s"
    log_file.close()
    with open(log_path, "rb") as f:
        log = f.read().decode(errors="replace")

    with stats.lock:
        counts = dict(stats.counts)
    print()
    print(f"ran {elapsed:.0f} s; server exit: {code}")
    for key in sorted(counts):
        value = counts[key]
        if key.startswith("bytes"):
            print(f"  {key}: {value / 1e9:.2f} GB")
        else:
            print(f"  {key}: {value}")
    print(f"  files confirmed and checked: {len(stats.committed)}; deleted: {len(stats.deleted)}")
    print(f"  aborted uploads (must not appear): {len(stats.aborted)}; appeared: {len(appeared)}")
    print(f"  lost or corrupted: {len(lost) + len(stats.corrupt)}; temporary files left: {len(leftovers)}")
    rss = [s.get("VmRSS", 0) / 1024 for s in samples]
    if rss:
        print(f"  RSS per minute (MiB): {', '.join(f'{r:.1f}' for r in rss)}; peak {max(s.get('VmHWM', 0) for s in samples) / 1024:.1f}")
    print(f"  descriptors: {baseline.get('fds')} before, {max((s.get('fds', 0) for s in samples), default=0)} at most, "
          f"{final.get('fds')} after")
    print(f"  server CPU: {final.get('cpu', 0) - baseline.get('cpu', 0):.1f} s")
    print(f"  log: {log.count(chr(10))} lines; bans: {log.count('connections from this address are refused')}; "
          f"'banned for' lines: {log.count('is banned for')}; 'Cannot accept': {log.count('Cannot accept')}")
    if stats.errors:
        print("  client-side errors (expected some: resets, bans, timeouts under load):")
        for kind, n in stats.errors.most_common():
            print(f"    {kind}: {n}  e.g. {stats.error_samples[kind][:160]}")
    problems = lost + [f"{w}: {d}" for w, d in stats.corrupt] + [f"appeared: {p}" for p in appeared] + \
        [f"left: {p}" for p in leftovers]
    leaked = final.get("fds", 0) > baseline.get("fds", 0)
    if leaked:
        problems.append(f"descriptors: {final.get('fds')} after the load, {baseline.get('fds')} before")
    if "ERROR: AddressSanitizer" in log or "ERROR: LeakSanitizer" in log or "runtime error:" in log:
        problems.append("sanitizer report in the server's output")
    if problems:
        print("PROBLEMS:")
        for p in problems[:50]:
            print("  " + p)
    else:
        print("OK: nothing lost or corrupted, no descriptor leaked")
    if problems:
        print(f"work folder kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
