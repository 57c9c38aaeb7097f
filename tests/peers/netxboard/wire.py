"""The board's wire limits and how it cuts a command packet into verb and argument
(nx_ftp_server.c's parsing), plus FAT's name rules."""

import os


CTRL_RECV_MAX = 400          # NX_FTP_CONTROL_WINDOW_SIZE: longer commands arrive split
NAME_MAX = 19                # NX_FTP_USERNAME_SIZE / NX_FTP_PASSWORD_SIZE minus the NUL
UPLOAD_CHUNK = 256 * 1024
UPLOAD_BUDGET = 16 * 1024 * 1024   # bytes read from one upload per loop pass (fairness)
HELD_MAX = 64
EPSV_WINDOW = 2048           # the board's data socket window: the EPSV defect stalls beyond it
FAT_BAD_CHARS = set('\\/:*?"<>|')


class Stop(BaseException):
    """Raised by the signal handler; BaseException so no catch-all swallows it."""


def eol_arg(rest):
    """The argument as NetX extracts it: up to the first CR/LF/NUL, scanning at most
    len-1 bytes (a line without CRLF loses its last character, as on the board)."""
    n = len(rest)
    j = 0
    while j < n - 1 and rest[j] not in (13, 10, 0):
        j += 1
    return rest[:j]


def short_field(rest):
    """USER/PASS: at most 19 characters, cut at CR/LF/NUL."""
    j = 0
    n = len(rest)
    while j < NAME_MAX and j < n:
        if rest[j] in (13, 10, 0):
            break
        j += 1
    return rest[:j]


def parse_verb(pkt):
    """_nx_ftp_server_parse_command: token ends at ' ' or CR or at len-1, a-z upper-cased;
    the argument starts right after the single separating character."""
    n = len(pkt)
    if n == 0:
        return b"", b""
    i = 0
    while i < n - 1 and pkt[i] != 0x20 and pkt[i] != 13:
        i += 1
    verb = pkt[:i].split(b"\0", 1)[0].upper()
    return verb, pkt[i + 1:]


def valid_fat_name(name):
    if not name or len(os.fsencode(name)) > 255 or name in (".", ".."):
        return False
    if name.strip(". ") == "":
        return False
    return not any(c in FAT_BAD_CHARS or ord(c) < 32 for c in name)
