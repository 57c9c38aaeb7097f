"""The commands that move data: RETR (inline, blocking the other sessions), STOR (event
driven), LIST and NLST."""

import os
import stat
import time

from .wire import eol_arg, valid_fat_name


class TransferCommands:
    """RETR, STOR, LIST and NLST."""

    def cmd_retr(self, sess, verb, rest):
        if sess.type != "I":
            self.reply(sess, "504", "Only Image transfer allowed")
            return
        if len(rest) == 0 or sess.open_write:
            self.reply(sess, "550", "File Open Fail")
            return
        raw, parts = self._file_target(sess, rest)
        found = self.lookup(parts) if parts else None
        f = None
        if found is not None and stat.S_ISREG(found[1].st_mode):
            try:
                f = open(found[0], "rb")
            except OSError as e:
                self.log(sess, "open failed: %s" % e)
        if f is None:
            self.reply(sess, "550", "File Open Fail")
            return
        try:
            size = os.fstat(f.fileno()).st_size
            ds = self.get_data_connection(sess)
            if ds is None:
                self.reply(sess, "550", "File Open Fail")
                return
            self.reply(sess, "125", "File Opened")
            t0 = time.monotonic()
            sent = 0
            ok = False
            try:
                ds.settimeout(self.timeout)      # per send, like NX_FTP_SERVER_TIMEOUT
                sent = ds.sendfile(f) if size else 0
                ok = sent == size
            except (OSError, ValueError) as e:
                self.log(sess, "download aborted after %d bytes: %s" % (sent, e))
            dt = time.monotonic() - t0
            self.close_after_send(sess, ds)
            sess.data_sock = None
            self.cleanup_data(sess)
            sess.last = time.monotonic()
            if ok:
                self.log(sess, "sent %d bytes in %.3fs (%.0f MB/s)"
                         % (size, dt, size / dt / 1e6 if dt > 0 else 0.0))
                self.reply(sess, self.done_code, "File Sent")
            else:
                self.reply(sess, "550", "Read Fail")
        finally:
            f.close()

    def cmd_stor(self, sess, verb, rest):
        if sess.type != "I":
            self.reply(sess, "504", "Only Image transfer allowed")
            return
        if len(rest) == 0 or sess.open_write:
            self.reply(sess, "550", "File Open Failed")
            return
        raw, parts = self._file_target(sess, rest)
        target = self.lookup_create(parts) if parts else None
        f = None
        disk = None
        if target is not None:
            disk = os.path.join(target[0], target[1])
            st = target[2]
            if st is None:
                usable = valid_fat_name(target[1])
            else:
                usable = (stat.S_ISREG(st.st_mode) and not self._read_only(st)
                          and disk not in self.open_for_write)
            if usable:
                try:
                    # Opened and truncated before any data connection is tried.
                    f = open(disk, "wb", buffering=0)
                except (OSError, ValueError) as e:
                    self.log(sess, "open for write failed: %s" % e)
        if f is None:
            self.reply(sess, "550", "File Open Failed")
            return
        if not sess.passive:
            if sess.data_sock is not None:
                f.close()
                self.reply(sess, "550", "File Open Failed")
                return
            ds = self._connect_active(sess)
            if ds is None:
                f.close()
                self.reply(sess, "550", "File Open Failed")
                return
            ds.setblocking(False)
            sess.data_sock = ds
            sess.data_is_epsv = False
            sess.data_eof = False
            self._reg(ds, "data", sess)
        # Passive STOR does not wait for the data connection: 125 goes out at once and
        # the data is handled as it arrives (the board's data events), so uploads do
        # not block the other sessions.
        sess.upload = f
        sess.upload_disk = disk
        sess.upload_total = 0
        sess.write_error = False
        sess.open_write = True
        self.open_for_write.add(disk)
        if sess.passive and self.args.epsv_upload_bug and sess.pasv_is_epsv:
            self.log(sess, "--epsv-upload-bug: this EPSV upload will be stored empty or stall")
        self.reply(sess, "125", "File Open for Write")

    def _listing_target(self, sess, rest, allow_file):
        """Returns ("dir", parts) / ("file", (name, st)) / None."""
        a = eol_arg(rest)
        if len(a) > 1 and a[-1:] in (b"/", b"\\"):
            a = a[:-1]
        if not a:
            return "dir", list(sess.cwd)
        raw = a.decode("utf-8", "surrogateescape")
        parts = self._resolve_dir(sess, raw)
        if parts is not None:
            return "dir", parts
        if allow_file:
            found = self.lookup(self.split_path(sess.cwd, raw))
            if found is not None and stat.S_ISREG(found[1].st_mode):
                return "file", (self._last_raw_component(raw), found[1])
        return None

    def _send_listing(self, sess, ds, data):
        ok = True
        if data:
            try:
                ds.settimeout(self.timeout)
                ds.sendall(data)
            except OSError as e:
                self.log(sess, "listing send failed: %s" % e)
                ok = False
        self.close_after_send(sess, ds)
        sess.data_sock = None
        self.cleanup_data(sess)
        sess.last = time.monotonic()
        return ok

    def cmd_list(self, sess, verb, rest):
        if len(rest) == 0 or sess.open_write:
            self.reply(sess, "550", "Bad Directory")
            return
        target = self._listing_target(sess, rest, True)
        if target is None:
            self.reply(sess, "550", "Bad Directory")
            return
        data = b""
        ok = True
        try:
            if target[0] == "file":
                data = self.list_line(*target[1])
            else:
                found = self.lookup(target[1])
                if found is None:
                    ok = False
                else:
                    data = b"".join(self.list_line(n, st) for n, st in self.dir_entries(found[0], target[1]))
        except OSError as e:
            self.log(sess, "listing failed: %s" % e)
            ok = False
        ds = self.get_data_connection(sess)
        if ds is None:
            self.reply(sess, "550", "Bad Directory")
            return
        self.reply(sess, "125", "Sending List")
        sent = self._send_listing(sess, ds, data if ok else b"")
        if ok and sent:
            self.reply(sess, self.done_code, "List End")
        else:
            self.reply(sess, "550", "List fail")

    def cmd_nlst(self, sess, verb, rest):
        if len(rest) == 0 or sess.open_write:
            self.reply(sess, "550", "List bad Directory")
            return
        target = self._listing_target(sess, rest, False)
        if target is None:
            self.reply(sess, "550", "List bad Directory")
            return
        data = b""
        try:
            found = self.lookup(target[1])
            if found is not None:
                data = b"".join(os.fsencode(n) + b"\r\n" for n, _ in self.dir_entries(found[0], target[1]))
        except OSError as e:
            self.log(sess, "listing failed: %s" % e)
            data = b""
        ds = self.get_data_connection(sess)
        if ds is None:
            self.reply(sess, "550", "List bad Directory")
            return
        self.reply(sess, "125", "Sending List")
        self._send_listing(sess, ds, data)
        if data:
            self.reply(sess, self.done_code, "List End")
        else:
            # The board's NLST of an empty folder: 125, no data, then 550.
            self.reply(sess, "550", "List fail")
