#!/usr/bin/python3
"""tests/peers/pyftpd_server.py plus the checksum commands HASH (draft-bryan-ftpext-hash, SHA-256 selected)
and XMD5, for the checksum criterion of Ferry's synchronization tests. Same options and READY line."""

import hashlib
import os
import sys
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "peers"))

from pyftpdlib import handlers  # noqa: E402

import pyftpd_server  # noqa: E402


def _digest(handler, real, algorithm):
    # pyftpdlib hands path arguments of commands with a permission over as file-system paths.
    if not handler.fs.isfile(real):
        handler.respond("550 %s is not a file." % handler.fs.fs2ftp(real))
        return None
    h = hashlib.new(algorithm)
    with open(real, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest(), os.path.getsize(real)


def ftp_HASH(self, line):
    result = _digest(self, line, "sha256")
    if result:
        digest, size = result
        self.respond("213 SHA-256 0-%d %s %s" % (max(size - 1, 0), digest, self.fs.fs2ftp(line)))


def ftp_XMD5(self, line):
    result = _digest(self, line, "md5")
    if result:
        self.respond("250 %s" % result[0])


for verb, method in (("HASH", ftp_HASH), ("XMD5", ftp_XMD5)):
    handlers.proto_cmds[verb] = {"perm": "r", "auth": True, "arg": True, "help": "checksum of a file"}
    setattr(handlers.FTPHandler, "ftp_" + verb, method)
_plain_feat = handlers.FTPHandler.ftp_FEAT


def ftp_FEAT(self, line):
    """pyftpdlib's FEAT with the checksum commands added before its last line."""
    pushed = []
    push, respond = self.push, self.respond
    self.push = pushed.append
    self.respond = lambda text: pushed.append(text + "\r\n")
    try:
        _plain_feat(self, line)
    finally:
        self.push, self.respond = push, respond
    text = "".join(pushed)
    end = text.rindex("211 ")
    self.push(text[:end] + " HASH SHA-256*;MD5\r\n XMD5\r\n")
    self.respond(text[end:].rstrip("\r\n"))


handlers.FTPHandler.ftp_FEAT = ftp_FEAT

if __name__ == "__main__":
    pyftpd_server.main()
