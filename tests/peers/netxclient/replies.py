"""Replies and commands as the NetX Duo client parses and writes them (pure functions on bytes):
PASV/EPSV replies, PORT/EPRT commands, and why a segment would make NetX drift."""

import ipaddress
import re


def parse_pasv(seg):
    """(ip, port) from a PASV reply, exactly as _nx_ftp_client_passive_transfer_setup
    parses it (IPv4 branch). Raises ValueError with the reason NetX would fail."""
    n = len(seg)
    if n < 3 or seg[:3] != b"227":
        raise ValueError("PASV needs exactly a 227 reply")
    b = seg + b"\0"          # NetX reads one byte past the reply: a NUL, never a CR
    i = 3
    while i < n and not (48 <= b[i] <= 57):
        i += 1
    if i >= n:
        raise ValueError("227 reply without digits")
    commas = ip = temp = 0
    ok = True
    while i < n:
        c = b[i]
        if 48 <= c <= 57:
            temp = (temp * 10 + c - 48) & 0xFFFFFFFF
        if c in (13, 10, 0):
            ok = False
            break
        if c == 44:
            commas += 1
            ip = ((ip << 8) & 0xFFFFFFFF) | (temp & 0xFF)
            temp = 0
            if commas == 4:
                i += 1
                break
        i += 1
    port = temp = 0
    while i < n:
        c = b[i]
        if 48 <= c <= 57:
            temp = (temp * 10 + c - 48) & 0xFFFFFFFF
        if c in (13, 10, 0):
            break
        if c == 44:
            commas += 1
            port = ((port << 8) & 0xFFFFFFFF) | (temp & 0xFF)
            temp = 0
            if commas >= 6:
                ok = False
                break
        i += 1
    port = ((port << 8) & 0xFFFFFFFF) | (temp & 0xFF)
    if not ok:
        raise ValueError("227 reply: CR/LF inside the address or more than 5 commas")
    if b[i] != 13:
        raise ValueError("227 reply: the port is not followed by CR")
    if commas != 5:
        raise ValueError("227 reply: %d commas, NetX needs exactly 5" % commas)
    if ip == 0 or port == 0:
        raise ValueError("227 reply: zero address or port")
    return "%d.%d.%d.%d" % (ip >> 24, (ip >> 16) & 255, (ip >> 8) & 255, ip & 255), port


def parse_epsv(seg):
    """The port from an EPSV reply, as NetX's IPv6 branch parses it."""
    n = len(seg)
    if n < 3 or seg[:3] != b"229":
        raise ValueError("EPSV needs exactly a 229 reply")
    if n < 8:
        raise ValueError("229 reply too short")
    b = seg + b"\0"
    i = 7
    while i < n:
        if b[i - 3:i + 1] == b"(|||":
            break
        i += 1
    if i >= n:
        raise ValueError('229 reply without "(|||"')
    port = 0
    i += 1
    while i < n and b[i] != 0x7C:
        if not 48 <= b[i] <= 57:
            break
        port = (port * 10 + b[i] - 48) & 0xFFFFFFFF
        i += 1
    if b[i] != 0x7C or port == 0:
        raise ValueError('229 reply: port not digits closed by "|"')
    if port > 65535:
        raise ValueError("229 reply: port %d out of range" % port)
    return port


def port_command(ip, port):
    """NetX's PORT: every field three digits, zero-padded (decimal)."""
    h = [int(x) for x in ip.split(".")]
    return "PORT %03d,%03d,%03d,%03d,%03d,%03d" % (h[0], h[1], h[2], h[3], port >> 8, port & 255)


def eprt_command(ip, port):
    """NetX's EPRT: the IPv6 address as eight 4-digit upper-case groups."""
    return "EPRT |2|%s|%d|" % (ipaddress.IPv6Address(ip.split("%")[0]).exploded.upper(), port)


def segment_issues(seg, greeting=False):
    """Why a segment would make a NetX client drift (empty list: it is exactly one reply)."""
    lines = seg.split(b"\r\n")
    tail = lines.pop()
    if greeting and all(l[:2] == b"22" for l in lines + ([tail] if tail else [])):
        return []        # every piece of a 22x banner is flushed by NetX: harmless
    issues = []
    replies = []          # (code, multiline, complete)
    i = 0
    while i < len(lines):
        m = re.match(rb"^(\d{3})(-?)", lines[i])
        if m and m.group(2) == b"-":
            code = m.group(1)
            j = i + 1
            while j < len(lines) and not (lines[j][:3] == code and lines[j][3:4] in (b" ", b"")):
                j += 1
            replies.append((code, True, j < len(lines)))
            i = j + 1
        else:
            replies.append((m.group(1) if m else None, False, True))
            i += 1
    if tail:
        if not replies:
            issues.append("reply incomplete (no CRLF at the end of the segment): NetX takes "
                          "its rest as the next reply")
        else:
            issues.append("segment ends in a partial line %r: NetX takes it as the next reply" % tail[:40])
    if replies and replies[0][1]:
        if replies[0][2]:
            issues.append("multi-line reply: NetX reads one segment per reply and the server "
                          "cannot keep the lines in one segment")
        else:
            issues.append("multi-line reply not finished in this segment: the rest is taken as "
                          "the next reply")
    if len(replies) > 1:
        issues.append("%d replies in one segment: NetX uses the first and drops the others"
                      % len(replies))
    if replies and replies[0][0] is None:
        issues.append("segment does not start with a reply code")
    return issues


def reply_units(seg):
    """The complete replies in seg (a multi-line reply is one unit), or None when seg
    does not consist of complete replies only."""
    if not seg.endswith(b"\r\n"):
        return None
    lines = seg[:-2].split(b"\r\n")
    units = []
    i = 0
    while i < len(lines):
        m = re.match(rb"^(\d{3})(-?)", lines[i])
        if not m:
            return None
        j = i
        if m.group(2) == b"-":
            j = i + 1
            while j < len(lines) and not (lines[j][:3] == m.group(1) and lines[j][3:4] in (b" ", b"")):
                j += 1
            if j >= len(lines):
                return None
        units.append(b"".join(l + b"\r\n" for l in lines[i:j + 1]))
        i = j + 1
    return units
