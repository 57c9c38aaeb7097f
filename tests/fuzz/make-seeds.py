#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/ from the real lines of the table tests.

Every C/C++ string literal (adjacent literals joined, escapes decoded) of the test files listed for a
target becomes a seed when it passes the target's filter; the hand-written seeds in EXTRA are added.
Files are named by the SHA-1 of their content, as libFuzzer names what it finds, so reruns are
idempotent and inputs that libFuzzer added later sit beside them. Run from anywhere:

    python3 tests/fuzz/make-seeds.py
"""
import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fuzz" / "corpus"

LITERAL = re.compile(rb'"((?:[^"\\\n]|\\.)*)"')
JOINER = re.compile(rb'^\s*$')
CODE = re.compile(rb"^[1-5][0-9][0-9]")


def unescape(body: bytes) -> bytes:
    out = bytearray()
    i = 0
    simple = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("0"): b"\0", ord("\\"): b"\\",
              ord('"'): b'"', ord("'"): b"'", ord("a"): b"\a", ord("b"): b"\b", ord("f"): b"\f",
              ord("v"): b"\v", ord("?"): b"?"}
    while i < len(body):
        c = body[i]
        if c != ord("\\") or i + 1 >= len(body):
            out.append(c)
            i += 1
            continue
        n = body[i + 1]
        if n == ord("x"):
            j = i + 2
            while j < len(body) and chr(body[j]) in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(body[i + 2:j], 16) & 0xFF)
            i = j
        elif ord("0") <= n <= ord("7") and i + 2 < len(body) and ord("0") <= body[i + 2] <= ord("7"):
            j = i + 1
            while j < len(body) and j < i + 4 and ord("0") <= body[j] <= ord("7"):
                j += 1
            out.append(int(body[i + 1:j], 8) & 0xFF)
            i = j
        else:
            out += simple.get(n, bytes([n]))
            i += 2
    return bytes(out)


def literals(path: pathlib.Path):
    """The string literals of a source file, adjacent ones joined."""
    text = path.read_bytes()
    result = []
    last_end = None
    for m in LITERAL.finditer(text):
        value = unescape(m.group(1))
        if last_end is not None and JOINER.match(text[last_end:m.start()]) and result:
            result[-1] += value
        else:
            result.append(value)
        last_end = m.end()
    return result


def tests(*names):
    return [ROOT / "tests" / n for n in names]


def is_listing(s):
    return len(s) >= 12 and (b" " in s or b";" in s or b"\t" in s)


def is_reply(s):
    return bool(CODE.match(s))


def is_command(s):
    return bool(re.match(rb"^[A-Za-z]{3,4}( |\r|\n|$)", s)) or s.startswith(b"\xff")


TARGETS = {
    "replyreader": (tests("unit/tst_replyreader.cpp", "integration/tst_client_engine.cpp"), is_reply),
    "listing": (tests("unit/tst_listingparser.cpp", "server/tst_serverprotocol.cpp"), is_listing),
    "dataaddress": (tests("unit/tst_dataaddress.cpp"),
                    lambda s: re.search(rb"[0-9],[0-9]|\|[0-9]|[0-9]\|", s) is not None),
    "commandline": (tests("server/tst_serverprotocol.cpp", "server/tst_ftpserver.cpp",
                          "server/tst_servernetx.cpp"), is_command),
    "virtualpath": (tests("server/tst_virtualpath.cpp"), lambda s: len(s) > 0),
    "ftpurl": (tests("cli/tst_ftpurl.cpp"), lambda s: b"://" in s or b"@" in s or b"%" in s),
    "feat": (tests("unit/tst_replyreader.cpp", "integration/tst_client_engine.cpp",
                   "transfer/tst_filetransfer.cpp", "transfer/tst_transferunits.cpp"),
             lambda s: s.startswith(b"211") or b"HASH" in s or b"XSHA" in s or b"XCRC" in s or b"XMD5" in s),
    "checksum": (tests("transfer/tst_filetransfer.cpp", "transfer/tst_transferunits.cpp"),
                 lambda s: is_reply(s) or re.search(rb"[0-9a-f]{8}", s) is not None),
    "fingerprint": (tests("net/tst_certificates.cpp", "cli/tst_cli_tls.cpp"),
                    lambda s: re.search(rb"[0-9A-Fa-f]{2}[: ]?[0-9A-Fa-f]{2}", s) is not None),
}

# Seeds no table holds in one piece: whole exchanges and the prefixes some targets expect.
EXTRA = {
    "fingerprint": [
        b"00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF",
        b"SHA256:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        b"sha256=00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff",
    ],
    "commandline": [
        b"\xffUSER anonymous\r\nPASS guest\r\nSYST\r\nFEAT\r\nPWD\r\nTYPE I\r\nEPSV\r\nLIST\r\nQUIT\r\n",
        b"\x10USER bob\r\n" + b"A" * 40 + b"\r\nNOOP\r\n",
        b"\xff\xff\xf4\xff\xf2ABOR\r\n",
        b"\xff\xff\xfb\x01\xff\xfd\x03\xff\xffUSER x\r\n",
    ],
    "virtualpath": [b"/a/b\x00../../../etc/passwd", b"/\x00a\\..\\..\\x", b"/srv\x00/../../..//./x/",
                    b"/a\x00%2e%2e/b", b"/\x00" + b"n" * 256],
    "listing": [
        b"total 8\r\ndrwxr-xr-x   2 user  group     4096 Jan  1 00:10 dir\r\n"
        b"-rw-r--r--   1 user  group      123 Dec 31 23:50 file.txt\r\n"
        b"lrwxrwxrwx   1 user  group        7 Feb 29  2020 link -> ../../x\r\n",
        b"type=dir;modify=20240101003000;perm=el; sub\r\ntype=file;size=12;modify=20231231235959.5; a b\r\n",
        b"01-01-24  12:30AM       <DIR>          Folder\r\n12-31-23  11:59PM                  42 file.bin\r\n",
        b"+i8388621.48594,m825718503,r,s280,\tdjb.html\r\n+/,m824255907,\t514\r\n",
    ],
}


def tls_policy(dialogue: bytes, policy: str, after: bytes = None) -> bytes:
    """A seed for fuzz_serversession, which takes its TLS policy from the input's length (length % 4:
    0 Required, 1 Off, 2 and 3 Optional) and sends what follows the first NUL only once the rest is
    answered: `dialogue`, padded with spaces before its last line end to the length that chooses
    `policy`, then NUL and `after` if given."""
    want = {"required": 0, "off": 1, "optional": 2}[policy]
    tail = b"\r\n" if dialogue.endswith(b"\r\n") else b""
    body = dialogue[:len(dialogue) - len(tail)]
    rest = b"" if after is None else b"\x00" + after
    while (len(body) + len(tail) + len(rest)) % 4 != want:
        body += b" "
    return body + tail + rest


# FTPS dialogues for the server session: AUTH TLS/SSL, PBSZ and PROT before and without TLS, under each
# policy; the switch (clear text after AUTH in the same piece, which must be dropped; after a NUL, the bytes
# the harness sends once 234 has come, which are no ClientHello and must end the session); Required's
# refusals of USER and PASS.
HELLO = b"\x16\x03\x01\x00\x2e\x01\x00\x00\x2a\x03\x03" + b"\x00" * 32 + b"\x00\x00\x02\x13\x01\x01\x00"
EXTRA["serversession"] = [
    tls_policy(b"FEAT\r\nPBSZ 0\r\nPROT P\r\nAUTH TLS\r\nUSER user\r\nPASS secret\r\n", "optional"),
    tls_policy(b"AUTH SSL\r\n", "optional", HELLO),
    tls_policy(b"AUTH TLS\r\n", "optional", b"PBSZ 0\r\nPROT P\r\n"),
    tls_policy(b"AUTH TLS\r\n", "required", b"\x16\x03\x01\x00"),
    tls_policy(b"AUTH TLS-C\r\nPBSZ 0\r\nPROT P\r\nLIST\r\n", "required"),
    tls_policy(b"AUTH TLS-P\r\n", "optional"),
    tls_policy(b"AUTH KERBEROS_V4\r\nAUTH\r\nPBSZ\r\nPROT\r\nPROT S\r\nPROT E\r\nPROT Q\r\n", "optional"),
    tls_policy(b"USER anonymous\r\nPASS x\r\nAUTH TLS\r\nPBSZ 0\r\nPROT C\r\nEPSV\r\nLIST\r\n", "optional"),
    tls_policy(b"USER user\r\nPASS secret\r\nUSER anonymous\r\nPASV\r\nLIST\r\nFEAT\r\nAUTH TLS\r\n",
               "required"),
    tls_policy(b"AUTH TLS\r\nPBSZ 0\r\nPROT P\r\nFEAT\r\nUSER anonymous\r\nPASS x\r\n", "off"),
    tls_policy(b"USER anonymous\r\n", "optional", b"PASS x\r\nPWD\r\n"),
]


def main():
    for target in EXTRA.keys() - TARGETS.keys():
        folder = CORPUS / target
        for seed in EXTRA[target]:
            (folder / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
        print(f"{target}: {len(EXTRA[target])} hand-written seeds")
    for target, (files, keep) in TARGETS.items():
        folder = CORPUS / target
        folder.mkdir(parents=True, exist_ok=True)
        seeds = set()
        for path in files:
            for value in literals(path):
                if keep(value):
                    seeds.add(value)
        if target == "commandline":
            # The first byte picks the line limit: 0xff the server's default (512), 0x10 a short one (32).
            seeds = {s if s.endswith(b"\n") else s + b"\r\n" for s in seeds}
            seeds = {b"\xff" + s for s in seeds} | {b"\x10" + s for s in seeds}
        seeds |= set(EXTRA.get(target, []))
        for seed in seeds:
            name = hashlib.sha1(seed).hexdigest()
            (folder / name).write_bytes(seed)
        print(f"{target}: {len(seeds)} seeds")


if __name__ == "__main__":
    main()
