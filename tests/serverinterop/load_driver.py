#!/usr/bin/python3
"""Many concurrent ftplib sessions against a running `ferry serve`.

Run by tst_interop_load (tests/serverinterop):

  load_driver.py --port N --user U --password P [--clients 200] [--hosts 127.0.0.1,::1] [--mixed-modes]
                 [--timeout 30]

Each client (a thread) connects and logs in; when all of them are logged in at the same time (a
barrier: that many sessions are open at once), each uploads two small files and one of 1 MiB into
/c<N>/, downloads them back and compares SHA-256, then quits. Clients take the hosts in turn; with
--mixed-modes every second client uses active mode.

Prints "REMOTE <sha256> <path>" for every uploaded file, "CONCURRENT <n>" (sessions logged in at
once), "WALL <seconds>" and "OK <clients> clients" or the failures on stderr.
Exit codes: 0 every client succeeded, 1 some failed, 2 usage.
"""

import argparse
import ftplib
import hashlib
import io
import random
import sys
import threading
import time

TIMEOUT = 30  # seconds, per network operation and for the barrier (--timeout)
SIZES = (("small-a.bin", 1000), ("small-b.bin", 10 * 1024 + 1), ("large.bin", 1024 * 1024))


def client(index, args, host, active, barrier, results):
    name = f"client {index} ({host}, {'active' if active else 'passive'})"
    try:
        ftp = ftplib.FTP(timeout=TIMEOUT)
        ftp.connect(host, args.port)
        ftp.login(args.user, args.password)
        ftp.set_pasv(not active)
        barrier.wait(TIMEOUT)
        folder = f"/c{index}"
        ftp.mkd(folder)
        ftp.cwd(folder)
        files = {}
        for file_name, size in SIZES:
            data = random.Random(index * 10 + size).randbytes(size)
            files[file_name] = data
            reply = ftp.storbinary(f"STOR {file_name}", io.BytesIO(data))
            if not reply.startswith("226"):
                raise RuntimeError(f"STOR {file_name}: {reply}")
        for file_name, data in files.items():
            chunks = []
            ftp.retrbinary(f"RETR {file_name}", chunks.append)
            got = b"".join(chunks)
            if hashlib.sha256(got).digest() != hashlib.sha256(data).digest():
                raise RuntimeError(f"RETR {file_name}: {len(got)} bytes differ from the {len(data)} sent")
            if ftp.size(file_name) != len(data):
                raise RuntimeError(f"SIZE {file_name}")
        ftp.quit()
        results[index] = ("ok", {f"{folder}/{n}": hashlib.sha256(d).hexdigest() for n, d in files.items()})
    except threading.BrokenBarrierError:
        results[index] = ("failed", f"{name}: not all clients logged in within {TIMEOUT} s")
    except Exception as e:  # noqa: BLE001 - any failure of a client is reported the same way
        results[index] = ("failed", f"{name}: {type(e).__name__}: {e}")
        barrier.abort()


def main():
    global TIMEOUT
    parser = argparse.ArgumentParser(description="concurrent ftplib sessions against ferry serve")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--hosts", default="127.0.0.1")
    parser.add_argument("--mixed-modes", action="store_true")
    parser.add_argument("--timeout", type=float, default=TIMEOUT)
    args = parser.parse_args()
    TIMEOUT = args.timeout
    hosts = args.hosts.split(",")

    concurrent = [0]

    def all_logged_in():
        concurrent[0] = args.clients

    barrier = threading.Barrier(args.clients, action=all_logged_in)
    results = [None] * args.clients
    threads = []
    started = time.monotonic()
    for index in range(args.clients):
        host = hosts[index % len(hosts)]
        active = args.mixed_modes and (index // len(hosts)) % 2 == 1
        thread = threading.Thread(target=client, args=(index, args, host, active, barrier, results), daemon=True)
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join(TIMEOUT * 4)
    wall = time.monotonic() - started

    failures = []
    for index, result in enumerate(results):
        if result is None:
            failures.append(f"client {index}: did not finish")
        elif result[0] == "failed":
            failures.append(result[1])
        else:
            for path, digest in sorted(result[1].items()):
                print(f"REMOTE {digest} {path}")
    print(f"CONCURRENT {concurrent[0]}")
    print(f"WALL {wall:.2f}")
    if failures:
        print(f"FAILED: {len(failures)} of {args.clients} clients:", file=sys.stderr)
        for failure in failures[:50]:
            print("  " + failure, file=sys.stderr)
        return 1
    print(f"OK {args.clients} clients")
    return 0


if __name__ == "__main__":
    sys.exit(main())
