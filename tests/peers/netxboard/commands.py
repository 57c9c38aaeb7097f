"""Command dispatch and the commands that need no data connection (login, TYPE, MODE,
PORT/EPRT/PASV/EPSV, folders, DELE, RNFR/RNTO), with the board's reply texts."""

import ipaddress
import os
import re
import socket
import stat
import struct

from .wire import EPSV_WINDOW, eol_arg, parse_verb, short_field, valid_fat_name


class Commands:
    """The control commands; HANDLERS (server.py) maps verbs to them."""

    def process(self, sess, pkt):
        verb, rest = parse_verb(pkt)
        if verb == b"PASS":
            self.log(sess, "< %r" % (b"PASS ***",))
        else:
            self.log(sess, "< %r" % (pkt[:200] + (b"..." if len(pkt) > 200 else b""),))
        if not sess.authenticated and verb not in (b"USER", b"PASS"):
            self.reply(sess, "530", "Not logged in")
            return
        handler = self.HANDLERS.get(verb)
        if handler is None:
            self.reply(sess, "502", "Not Implemented")
            return
        handler(self, sess, verb, rest)

    def cmd_user(self, sess, verb, rest):
        sess.user = short_field(rest)
        self.reply(sess, "331", "Enter password")

    def cmd_pass(self, sess, verb, rest):
        sess.password = short_field(rest)
        if sess.user == os.fsencode(self.args.user) and sess.password == os.fsencode(self.args.password):
            sess.authenticated = True
            sess.type = "A"
            self.reply(sess, "230", "Logged in")
        else:
            # Like the board, a failed PASS does not log an authenticated session out.
            self.log(sess, "login failed for user %r" % sess.user)
            self.reply(sess, "530", "Login Fail")

    def cmd_quit(self, sess, verb, rest):
        self.reply(sess, "221", "Logging Off")
        self.end_session(sess, "QUIT")

    def cmd_type(self, sess, verb, rest):
        c = rest[:1]
        if c == b"I":
            sess.type = "I"
            self.reply(sess, "200", "Type Binary")
        elif c == b"A":
            sess.type = "A"
            self.reply(sess, "200", "Type ASCII")
        else:
            self.reply(sess, "504", "Type Non ASCII or Binary")

    def cmd_mode(self, sess, verb, rest):
        # Recent NetX Duo knows MODE S/B; block mode is not emulated here.
        if rest[:1] == b"S":
            self.reply(sess, "200", "Mode Stream")
        else:
            self.reply(sess, "504", "Mode Non Stream or Block")

    def cmd_noop(self, sess, verb, rest):
        self.reply(sess, "200", "NOOP Success")

    def cmd_port(self, sess, verb, rest):
        if sess.family == socket.AF_INET6:
            self.reply(sess, "502", "PORT illegal in IPv6")
            return
        buf = rest
        n = len(buf)
        commas = 0
        ip = 0
        j = 0
        temp = 0
        ok = True
        while j < n:
            c = buf[j]
            if 48 <= c <= 57:
                temp = temp * 10 + (c - 48)
            if c in (13, 10, 0):
                ok = False
                break
            if c == 44:
                commas += 1
                ip = ((ip << 8) & 0xFFFFFFFF) | (temp & 0xFF)
                temp = 0
                if commas == 4:
                    j += 1
                    break
            j += 1
        port = 0
        temp = 0
        while j < n:
            c = buf[j]
            if 48 <= c <= 57:
                temp = temp * 10 + (c - 48)
            if c in (13, 10, 0):
                break
            if c == 44:
                commas += 1
                port = ((port << 8) & 0xFFFFFFFF) | (temp & 0xFF)
                temp = 0
                if commas >= 6:
                    ok = False
                    break
            j += 1
        port = ((port << 8) & 0xFFFFFFFF) | (temp & 0xFF)
        peer_ip = struct.unpack("!I", socket.inet_aton(sess.peer[0]))[0]
        last = buf[j] if j < n else -1
        if last != 13 or commas != 5 or ip == 0 or port == 0 or ip != peer_ip:
            ok = False
        sess.data_port = port                # saved even when the command fails
        if ok:
            self.reply(sess, "200", "Port set")
        else:
            self.reply(sess, "501", "Port Fail")

    def _open_passive(self, sess, epsv):
        if sess.data_sock is not None or sess.pasv_listener is not None:
            self.cleanup_data(sess)
        try:
            if sess.family == socket.AF_INET6 and not epsv:
                # The board answers PASV with its interface's IPv4 address even on an
                # IPv6 session; here that is the IPv4 loopback.
                ls = self._new_listener(socket.AF_INET, "127.0.0.1")
            else:
                ls = self._new_listener(sess.family, sess.local_ip)
            if epsv and self.args.epsv_upload_bug:
                # Inherited by the accepted data socket: the board's 2 KiB window.
                ls.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, EPSV_WINDOW)
        except OSError as e:
            self.log(sess, "passive listen failed: %s" % e)
            self.reply(sess, "501", "EPSV Fail" if epsv else "PASV Fail")
            return
        sess.pasv_listener = ls
        sess.pasv_is_epsv = epsv
        sess.passive = True
        self._reg(ls, "pasv", sess)
        port = ls.getsockname()[1]
        if epsv:
            self.send(sess, b"229 Entering Extended Passive Mode (|||%d|)\r\n" % port)
        else:
            h = ls.getsockname()[0].split(".")
            self.send(sess, ("227 Entering Passive Mode (%s,%s,%s,%s,%d,%d).\r\n"
                             % (h[0], h[1], h[2], h[3], port >> 8, port & 0xFF)).encode())

    def cmd_pasv(self, sess, verb, rest):
        self._open_passive(sess, False)

    def cmd_epsv(self, sess, verb, rest):
        self._open_passive(sess, True)

    def cmd_eprt(self, sess, verb, rest):
        if sess.family != socket.AF_INET6:
            self.reply(sess, "502", "EPRT illegal in IPv4")
            return
        m = re.match(rb"\|2\|([0-9A-Fa-f:]+)\|", rest)
        addr_ok = False
        if m:
            try:
                ipaddress.IPv6Address(m.group(1).decode())
                addr_ok = True
            except ValueError:
                pass
        if not addr_ok:
            self.reply(sess, "501", "Bad IPv6 address")
            return
        pm = re.match(rb"(\d{1,5})(\||\r)", rest[m.end():])
        if not pm:
            self.reply(sess, "501", "EPRT command failed")
            return
        # The board checks the address' syntax only: it always connects to the
        # control connection's peer.
        sess.data_port = int(pm.group(1))
        self.reply(sess, "200", "EPRT command set")

    def _path_arg(self, rest, strip):
        a = eol_arg(rest)
        if strip and len(a) > 1 and a[-1:] in (b"/", b"\\"):
            a = a[:-1]
        return a.decode("utf-8", "surrogateescape")

    def _resolve_dir(self, sess, raw):
        """fx_directory_local_path_set: the parts of an existing folder, or None."""
        if raw in ("/", "\\"):
            return []
        if raw == "":
            return None
        parts = self.split_path(sess.cwd, raw)
        found = self.lookup(parts)
        if found is None or not stat.S_ISDIR(found[1].st_mode):
            return None
        return parts

    def cmd_cwd(self, sess, verb, rest):
        if verb == b"CDUP":
            raw = ".."
        else:
            if len(rest) == 0:
                self.reply(sess, "550", "Change Dir Fail")
                return
            raw = self._path_arg(rest, True)
        parts = self._resolve_dir(sess, raw)
        if parts is None:
            self.reply(sess, "550", "Change Dir Fail")
            return
        sess.cwd = parts
        self.dir_reply(sess, "250", parts, "set successfully")

    def cmd_pwd(self, sess, verb, rest):
        self.dir_reply(sess, "257", sess.cwd, "is current Directory")

    def cmd_mkd(self, sess, verb, rest):
        if len(rest) == 0:
            self.reply(sess, "550", "Directory Create failed")
            return
        raw = self._path_arg(rest, True)
        parts = self.split_path(sess.cwd, raw) if raw else None
        target = self.lookup_create(parts) if parts else None
        if (target is None or target[2] is not None
                or not valid_fat_name(self._last_raw_component(raw))):
            self.reply(sess, "550", "Directory Create failed")
            return
        try:
            os.mkdir(os.path.join(target[0], target[1]))
        except (OSError, ValueError) as e:
            self.log(sess, "mkdir failed: %s" % e)
            self.reply(sess, "550", "Directory Create failed")
            return
        self.dir_reply(sess, "200", parts, "Directory Created")

    def cmd_rmd(self, sess, verb, rest):
        if len(rest) == 0:
            self.reply(sess, "550", "Delete Directory Fail")
            return
        raw = self._path_arg(rest, True)
        parts = self.split_path(sess.cwd, raw) if raw else None
        found = self.lookup(parts) if parts else None
        if (found is None or not stat.S_ISDIR(found[1].st_mode)
                or self._last_raw_component(raw) in (".", "..") or self._read_only(found[1])):
            self.reply(sess, "550", "Delete Directory Fail")
            return
        try:
            os.rmdir(found[0])
        except OSError as e:
            self.log(sess, "rmdir failed: %s" % e)
            self.reply(sess, "550", "Delete Directory Fail")
            return
        self.reply(sess, "250", "Directory Deleted")

    def _file_target(self, sess, rest):
        """RETR/STOR/DELE names: no trailing-slash stripping (a trailing separator makes
        the name fail), returns (raw, parts) or (raw, None)."""
        raw = self._path_arg(rest, False)
        if raw == "" or raw[-1:] in ("/", "\\"):
            return raw, None
        return raw, self.split_path(sess.cwd, raw)

    def cmd_dele(self, sess, verb, rest):
        if len(rest) == 0:
            self.reply(sess, "550", "Delete Failed")
            return
        raw, parts = self._file_target(sess, rest)
        found = self.lookup(parts) if parts else None
        if (found is None or not stat.S_ISREG(found[1].st_mode) or self._read_only(found[1])
                or found[0] in self.open_for_write):
            self.reply(sess, "550", "Delete Failed")
            return
        try:
            os.unlink(found[0])
        except OSError as e:
            self.log(sess, "delete failed: %s" % e)
            self.reply(sess, "550", "Delete Failed")
            return
        self.reply(sess, "250", "File Deleted")

    def cmd_rnfr(self, sess, verb, rest):
        if len(rest) == 0:
            self.reply(sess, "550", "Rename File not found")
            return
        raw = self._path_arg(rest, True)
        parts = self.split_path(sess.cwd, raw) if raw else None
        if not parts or self.lookup(parts) is None:
            self.reply(sess, "550", "Rename File not found")
            return
        sess.rnfr = raw          # resolved again at RNTO time, against the cwd then
        self.reply(sess, "350", "Rename File From")

    def cmd_rnto(self, sess, verb, rest):
        if len(rest) == 0:
            self.reply(sess, "550", "Rename failed")
            return
        if sess.rnfr is None:
            self.log(sess, "RNTO without a successful RNFR: this would crash a real board "
                           "(NULL packet dereference in nxd_ftp_server.c)")
            self.reply(sess, "550", "Rename failed")
            return
        src_raw, sess.rnfr = sess.rnfr, None
        raw = self._path_arg(rest, True)
        src = self.lookup(self.split_path(sess.cwd, src_raw))
        parts = self.split_path(sess.cwd, raw) if raw else None
        dst = self.lookup_create(parts) if parts else None
        if (src is None or dst is None or dst[2] is not None or self._read_only(src[1])
                or src[0] in self.open_for_write
                or not valid_fat_name(self._last_raw_component(raw))):
            self.reply(sess, "550", "Rename failed")
            return
        try:
            os.rename(src[0], os.path.join(dst[0], dst[1]))
        except OSError as e:
            self.log(sess, "rename failed: %s" % e)
            self.reply(sess, "550", "Rename failed")
            return
        self.reply(sess, "250", "File Renamed")
