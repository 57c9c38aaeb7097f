"""Data transfers as the NetX client does them: PASV/EPSV or PORT/EPRT, the 1-tick flush and
TYPE I before RETR/STOR, the data disconnect (FIN, wait, reset), RETR, STOR and NLST."""

import hashlib
import re
import socket
import struct
import sys
import time

from .errors import NetError, Refused, UsageError
from .replies import eprt_command, parse_epsv, parse_pasv, port_command


FLUSH_TICK = 0.01          # NetX's 1-tick control-queue flush before TYPE I (100 Hz tick)
DATA_CHUNK = 64 * 1024
LIST_LINE = re.compile(r"^[-dlbcps][rwxsStT-]{9}[.+@]?\s+\d+\s")


class DataTransfers:
    """The data operations of NetXClient (client.py): get, put, nlst."""

    def _data_setup(self):
        """PASV/EPSV + connect, or listen + PORT/EPRT. Returns (socket, listener)."""
        if not self.args.active:
            v6 = self.family == socket.AF_INET6
            verb = "EPSV" if v6 else "PASV"
            self.send(verb)
            seg = self.reply(verb)
            try:
                if v6:
                    ip, port = self.sock.getpeername()[0], parse_epsv(seg)
                else:
                    ip, port = parse_pasv(seg)
            except ValueError as e:
                raise Refused("%s: %s answered %r: %s" % (self.step, verb, seg, e))
            try:
                d = socket.create_connection((ip, port), timeout=self.timeout)
            except OSError as e:
                raise NetError("%s: data connection to %s port %d (from %s) failed: %s"
                               % (self.step, ip, port, verb, e))
            self.log("data: connected to %s port %d" % (ip, port))
            return d, None
        local = self.sock.getsockname()[0]
        ls = socket.socket(self.family, socket.SOCK_STREAM)
        try:
            ls.bind((local, 0))
            ls.listen(5)
            port = ls.getsockname()[1]
            line = eprt_command(local, port) if self.family == socket.AF_INET6 else port_command(local, port)
            self.command(line, b"2", "2xx")
        except BaseException:
            ls.close()
            raise
        self.log("data: listening on %s port %d" % (local, port))
        return None, ls

    def _data_accept(self, data, ls, what):
        if ls is None:
            return data
        ls.settimeout(self.timeout)
        try:
            d, peer = ls.accept()
        except socket.timeout:
            pending = b""
            try:
                pending = self.sock.recv(4096, socket.MSG_PEEK | socket.MSG_DONTWAIT)
            except OSError:
                pass
            raise NetError("%s: the server did not open the data connection for %s within %.1f s "
                           "(NetX accepts it before reading the reply; queued reply: %r)"
                           % (self.step, what, self.timeout, pending))
        finally:
            ls.close()
        self.log("data: accepted connection from %s port %d" % (peer[0], peer[1]))
        return d

    @staticmethod
    def _reset(d):
        try:
            d.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        d.close()

    def _data_disconnect(self, d, got_eof=False):
        """nx_tcp_socket_disconnect(wait_option): FIN, wait for the server's FIN, reset if
        it does not come in time."""
        if d is None:
            return
        if got_eof and self.args.rst_after_fin:
            self.log("data: reset after the server's FIN (--rst-after-fin)")
            self._reset(d)
            return
        try:
            d.shutdown(socket.SHUT_WR)
        except OSError:
            d.close()
            return
        if got_eof:
            d.close()
            self.log("data: closed")
            return
        deadline = time.monotonic() + self.timeout
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise socket.timeout()
                d.settimeout(remaining)
                if not d.recv(65536):
                    break
            d.close()
            self.log("data: closed (server closed its side)")
        except socket.timeout:
            note = ("%s: the server did not close the data connection within %.1f s after our "
                    "FIN; NetX's disconnect waits that long, then resets it" % (self.step, self.timeout))
            self.log("data: " + note)
            if not self.args.verbose:
                sys.stderr.write("netx_client: note: %s\n" % note)
            self._reset(d)
        except OSError as e:
            self.log("data: %s while closing" % e)
            d.close()

    def _file_open(self, verb, path):
        """_nx_ftp_client_file_open: flush, TYPE I, data setup, RETR/STOR, accept, 1xx."""
        try:
            stale = self.ctl.read_segment(FLUSH_TICK)
        except socket.timeout:
            stale = None
        except OSError as e:
            raise NetError("%s: control connection failed: %s" % (self.step, e))
        if stale is not None:
            self.log("< %r (1-tick flush before TYPE I)" % stale)
            if stale:
                self.drift("flush before TYPE I", "a stale segment was pending; NetX discards "
                           "it unread", stale)
        self.command("TYPE I", b"2", "2xx")
        d, ls = self._data_setup()
        try:
            self.send("%s %s" % (verb, path))
            d = self._data_accept(d, ls, verb)
            seg = self.reply(verb)
            self.expect(verb, seg, b"1", "1xx")
        except Refused:
            self._data_disconnect(d)
            raise
        except BaseException:
            if d is not None:
                d.close()
            raise
        return d

    def op_get(self, remote, local):
        d = self._file_open("RETR", remote)
        h = hashlib.sha256()
        total = 0
        reset = False
        try:
            f = open(local, "wb")
        except OSError as e:
            d.close()
            raise UsageError("%s: cannot write %s: %s" % (self.step, local, e))
        try:
            with f:
                d.settimeout(self.timeout)
                while True:
                    try:
                        chunk = d.recv(DATA_CHUNK)
                    except ConnectionResetError:
                        reset = True
                        break
                    except socket.timeout:
                        raise NetError("%s: no data on the RETR data connection for %.1f s "
                                       "(%d bytes so far)" % (self.step, self.timeout, total))
                    if not chunk:
                        break
                    f.write(chunk)
                    h.update(chunk)
                    total += len(chunk)
        except BaseException:
            d.close()
            raise
        self.log("data: %d bytes received, %s, sha256 %s"
                 % (total, "reset by the server (NetX: end of file)" if reset else "FIN", h.hexdigest()))
        if reset:
            d.close()
        else:
            self._data_disconnect(d, got_eof=True)
        seg = self.reply("RETR (after the data)")
        self.expect("RETR", seg, b"2", "2xx after the data")

    def op_put(self, local, remote):
        try:
            f = open(local, "rb")
        except OSError as e:
            raise UsageError("%s: cannot read %s: %s" % (self.step, local, e))
        with f:
            d = self._file_open("STOR", remote)
            h = hashlib.sha256()
            total = 0
            try:
                d.settimeout(self.timeout)
                while True:
                    chunk = f.read(DATA_CHUNK)
                    if not chunk:
                        break
                    d.sendall(chunk)
                    h.update(chunk)
                    total += len(chunk)
            except OSError as e:
                d.close()
                raise NetError("%s: sending the STOR data failed after %d bytes: %s"
                               % (self.step, total, e))
        self.log("data: %d bytes sent, sha256 %s" % (total, h.hexdigest()))
        self._data_disconnect(d)
        seg = self.reply("STOR (after the data)")
        self.expect("STOR", seg, b"2", "2xx after the data")

    def op_nlst(self, path=""):
        d, ls = self._data_setup()
        try:
            self.send("NLST " + path)
            d = self._data_accept(d, ls, "NLST")
            seg = self.reply("NLST")
        except BaseException:
            if d is not None:
                d.close()
            raise
        if not (len(seg) >= 3 and seg.startswith(b"1")):
            self._data_disconnect(d)
            if seg.startswith(b"550"):
                self.log("NLST answered 550 without 1xx: an empty listing for NetX")
                return []
            raise Refused("%s: NLST answered %r; NetX needs 1xx (or 550 for an empty listing)"
                          % (self.step, seg))
        data = bytearray()
        reset = False
        d.settimeout(self.timeout)
        try:
            while True:
                try:
                    chunk = d.recv(DATA_CHUNK)
                except ConnectionResetError:
                    reset = True
                    break
                if not chunk:
                    break
                data += chunk
        except socket.timeout:
            d.close()
            raise NetError("%s: no NLST data for %.1f s (%d bytes so far)"
                           % (self.step, self.timeout, len(data)))
        self.log("data: %d bytes of listing%s: %r" % (len(data), ", reset" if reset else "",
                                                      bytes(data[:2000])))
        if reset:
            d.close()
        else:
            self._data_disconnect(d, got_eof=True)
        if not data:
            self.drift("NLST", "1xx then no data: NetX's listing_get fails before reading the "
                       "final reply, which stays queued and is taken as the reply to the next "
                       "command (send 550 without 1xx for an empty listing)", seg)
            return []
        seg = self.reply("NLST (after the data)")
        self.expect("NLST", seg, b"2", "2xx after the listing")
        text = bytes(data).decode("utf-8", "surrogateescape")
        names = [n for n in re.split(r"\r?\n", text) if n != ""]
        for n in names:
            if LIST_LINE.match(n):
                self.drift("NLST data", "line looks like LIST output, NetX expects names only", n)
                break
        if not text.endswith("\n"):
            self.log("NLST data does not end with a line break")
        return names
