"""Data connections: passive listeners and accepts, active connects, event-driven upload
reads, the data disconnect and its 2xx, the FIN-then-wait close after a download."""

import select
import socket
import time

from .wire import EPSV_WINDOW, UPLOAD_BUDGET


class DataConnections:
    """The data socket of each session, as nx_ftp_server.c handles it."""

    def _new_listener(self, family, host):
        ls = socket.socket(family, socket.SOCK_STREAM)
        try:
            if family == socket.AF_INET6:
                ls.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            ls.bind((host, 0))
            ls.listen(5)
            ls.setblocking(False)
        except OSError:
            ls.close()
            raise
        return ls

    def accept_passive(self, sess):
        """The board accepts the passive connection as soon as it arrives (the data
        socket was put in accept state with NX_NO_WAIT when PASV/EPSV was handled)."""
        ls = sess.pasv_listener
        try:
            conn, addr = ls.accept()
        except (BlockingIOError, InterruptedError):
            return False
        except OSError as e:
            self.log(sess, "passive accept failed: %s" % e)
            return False
        conn.setblocking(False)
        self._unreg(ls)              # one data socket per PASV, like NetX
        sess.data_sock = conn
        sess.data_is_epsv = sess.pasv_is_epsv
        sess.data_eof = False
        self.log(sess, "data connection from %s:%d (%s)" % (addr[0], addr[1], "EPSV" if sess.data_is_epsv else "PASV"))
        self._reg(conn, "data", sess)
        self.service_data(sess)      # data already received before STOR is discarded
        return True

    def service_data(self, sess):
        """_nx_ftp_server_data_process: read what is queued; write it when a STOR is open,
        drop it otherwise. EOF/reset marks the data disconnect (handled after commands)."""
        ds = sess.data_sock
        if ds is None or sess.data_eof:
            return
        if sess.stalled:
            return
        epsv_bug = self.args.epsv_upload_bug and sess.data_is_epsv and sess.open_write
        budget = UPLOAD_BUDGET
        while budget > 0:
            try:
                if epsv_bug:
                    # Read no further than one byte past the 2 KiB window: an upload that
                    # ends within it is stored empty, a larger one stalls.
                    n = ds.recv_into(self.buf, EPSV_WINDOW - sess.epsv_dropped + 1)
                else:
                    n = ds.recv_into(self.buf)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:
                self.log(sess, "data connection error: %s" % e)
                n = 0
            if n == 0:
                sess.data_eof = True
                self._unreg(ds)
                return
            sess.last = time.monotonic()
            budget -= n
            if epsv_bug:
                sess.epsv_dropped += n
                if sess.epsv_dropped > EPSV_WINDOW:
                    sess.stalled = True
                    self._unreg(ds)
                    self.log(sess, "--epsv-upload-bug: the receive window is full; the upload "
                             "stalls (no reply until the client gives up)")
                    return
                continue
            if not sess.open_write:
                self.log(sess, "discarded %d data bytes received before STOR was processed" % n)
                continue
            sess.upload_total += n
            if sess.write_error:
                continue
            try:
                mv = self.view[:n]
                while mv:
                    w = sess.upload.write(mv)
                    mv = mv[w:]
            except OSError as e:
                sess.write_error = True
                self.log(sess, "upload write failed: %s" % e)

    def data_disconnect(self, sess):
        """_nx_ftp_server_data_disconnect_process: the client closed the data connection."""
        was_write = sess.open_write
        ok = not sess.write_error
        if was_write and self.args.busy_upload_loss:
            self.wait_for_disconnect(sess)
        if sess.upload is not None and not (self.args.epsv_upload_bug and sess.data_is_epsv):
            try:
                sess.upload.flush()
            except OSError:
                ok = False
        self.cleanup_data(sess)
        sess.last = time.monotonic()
        if was_write:
            if ok:
                self.reply(sess, self.done_code, "File Written")
            else:
                self.reply(sess, "550", "File Write Failed")
    def cleanup_data(self, sess):
        """_nx_ftp_server_data_socket_cleanup: close data socket, stop listening, close
        the file, clear the passive flag. Sends no reply."""
        if sess.data_sock is not None:
            self._unreg(sess.data_sock)
            try:
                sess.data_sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            self._plain_close(sess.data_sock)
        if sess.pasv_listener is not None:
            self._unreg(sess.pasv_listener)
            self._plain_close(sess.pasv_listener)
        if sess.upload is not None:
            try:
                sess.upload.close()
            except OSError:
                pass
            self.open_for_write.discard(sess.upload_disk)
        sess.data_sock = None
        sess.pasv_listener = None
        sess.data_eof = False
        sess.data_is_epsv = False
        sess.upload = None
        sess.upload_disk = None
        sess.open_write = False
        sess.write_error = False
        sess.epsv_dropped = 0
        sess.stalled = False
        sess.lost_unread = False
        sess.passive = False

    def close_after_send(self, sess, ds):
        """nx_tcp_socket_disconnect with the 1 s timeout: FIN, wait for the client's FIN,
        reset the connection if it does not come."""
        try:
            ds.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        closed = False
        deadline = time.monotonic() + self.timeout
        try:
            ds.setblocking(False)
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                r, _, _ = select.select([ds], [], [], left)
                if not r:
                    break
                try:
                    d = ds.recv(65536)
                except (BlockingIOError, InterruptedError):
                    continue
                if not d:
                    closed = True
                    break
        except OSError:
            closed = True
        if closed:
            self._plain_close(ds)
        else:
            self.log(sess, "client did not close the data connection within %.1fs: reset" % self.timeout)
            self._rst_close(ds)

    def get_data_connection(self, sess):
        """Passive: the accepted connection, else wait at most data-timeout for it
        (nx_tcp_socket_state_wait, blocking the whole server). Active: connect to the
        control peer's address and the PORT/EPRT port with the same timeout.
        Returns a socket or None (the caller answers 550, never 425)."""
        if sess.passive:
            if sess.data_sock is not None and not sess.data_eof:
                self._unreg(sess.data_sock)
                return sess.data_sock
            if sess.pasv_listener is None or sess.data_sock is not None:
                # Dead passive state (an earlier wait timed out, or the connection is
                # already half closed): state_wait runs into its timeout.
                time.sleep(self.timeout)
                self.log(sess, "passive data connection not established (timeout)")
                self._passive_timeout_teardown(sess)
                return None
            try:
                r, _, _ = select.select([sess.pasv_listener], [], [], self.timeout)
            except (OSError, ValueError):
                r = []
            if r and self.accept_passive(sess) and not sess.data_eof:
                self._unreg(sess.data_sock)
                return sess.data_sock
            self.log(sess, "no passive data connection within %.1fs" % self.timeout)
            self._passive_timeout_teardown(sess)
            return None
        if sess.data_sock is not None:
            return None                       # NX_NOT_CLOSED
        return self._connect_active(sess)

    def _passive_timeout_teardown(self, sess):
        # NetX unaccepts/unlistens/deletes the socket but leaves the passive flag set.
        if sess.data_sock is not None:
            self._unreg(sess.data_sock)
            self._rst_close(sess.data_sock)
            sess.data_sock = None
        if sess.pasv_listener is not None:
            self._unreg(sess.pasv_listener)
            self._plain_close(sess.pasv_listener)
            sess.pasv_listener = None
        sess.data_eof = False

    def _connect_active(self, sess):
        port = sess.data_port
        s = None
        try:
            s = socket.socket(sess.family, socket.SOCK_STREAM)
            s.bind((sess.local_ip, 0))
            s.settimeout(self.timeout)
            if sess.family == socket.AF_INET6:
                s.connect((sess.peer[0], port, 0, sess.peer[3] if len(sess.peer) > 3 else 0))
            else:
                s.connect((sess.peer[0], port))
        except (OSError, OverflowError, ValueError) as e:
            self.log(sess, "active connect to port %d failed: %s" % (port, e))
            if s is not None:
                self._plain_close(s)
            return None
        self.log(sess, "active data connection to port %d" % port)
        return s
