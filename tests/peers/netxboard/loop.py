"""Sessions and the main loop: the listener, at most --max-sessions greeted sessions (later
connections held without a greeting), idle resets, one select loop in the board's order."""

import socket
import sys
import time
import traceback

from .session import Session
from .wire import CTRL_RECV_MAX, HELD_MAX, Stop


class SessionLoop:
    """Accepts, holds, serves and ends control sessions."""

    def new_session(self, sock, peer):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(self.timeout)
        sess = Session(self.next_sid, sock, peer, sock.family)
        self.next_sid += 1
        self.sessions.append(sess)
        self._reg(sock, "ctrl", sess)
        self.log(sess, "connected (%d/%d sessions)" % (len(self.sessions), self.args.max_sessions))
        self.reply(sess, "220", "Connection Ready")

    def end_session(self, sess, how):
        if not sess.alive:
            return
        sess.alive = False
        self.cleanup_data(sess)
        self._unreg(sess.sock)
        if how == "reset":
            self._rst_close(sess.sock)
        else:
            try:
                sess.sock.setblocking(False)
                while sess.sock.recv(4096):
                    pass
            except OSError:
                pass
            try:
                sess.sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            self._plain_close(sess.sock)
        if sess in self.sessions:
            self.sessions.remove(sess)
        self.log(sess, "session ended (%s)" % how)
        self.promote_held()

    def promote_held(self):
        while self.held and len(self.sessions) < self.args.max_sessions:
            sock, peer, _, _ = self.held.pop(0)
            self._unreg(sock)
            if not self._held_alive(sock):
                self.log(None, "held connection from %s:%d went away" % (peer[0], peer[1]))
                self._plain_close(sock)
                continue
            self.log(None, "slot free: greeting held connection from %s:%d" % (peer[0], peer[1]))
            self.new_session(sock, peer)

    @staticmethod
    def _held_alive(sock):
        try:
            d = sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
        except (BlockingIOError, InterruptedError):
            return True
        except OSError:
            return False
        return bool(d)

    def on_accept(self):
        while True:
            try:
                sock, peer = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:
                self.log(None, "accept failed: %s" % e)
                return
            sock.setblocking(True)
            if len(self.sessions) < self.args.max_sessions:
                self.promote_held()          # earlier queued connections go first
            if len(self.sessions) < self.args.max_sessions:
                self.new_session(sock, peer)
            elif len(self.held) >= HELD_MAX:
                self.log(None, "too many held connections: reset %s:%d" % (peer[0], peer[1]))
                self._rst_close(sock)
            else:
                # The board has no free socket: no SYN-ACK, no greeting. The kernel has
                # already completed the handshake here; we just never answer until a
                # slot frees.
                self.log(None, "all %d sessions busy: holding %s:%d without greeting"
                         % (self.args.max_sessions, peer[0], peer[1]))
                entry = [sock, peer, time.monotonic(), True]
                self.held.append(entry)
                self._reg(sock, "held", entry)

    def on_held(self, entry):
        sock = entry[0]
        if entry not in self.held:
            return
        try:
            d = sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            d = b""
        if not d:
            self.held.remove(entry)
            self._unreg(sock)
            self._plain_close(sock)
            self.log(None, "held connection from %s:%d closed by the client" % (entry[1][0], entry[1][1]))
        else:
            self._unreg(sock)        # data waits for the greeting; stop polling it
            entry[3] = False

    def on_ctrl(self, sess):
        try:
            pkt = sess.sock.recv(CTRL_RECV_MAX)
        except (BlockingIOError, InterruptedError, socket.timeout):
            return
        except OSError as e:
            self.log(sess, "control connection error: %s" % e)
            pkt = b""
        if not pkt:
            self.log(sess, "client closed the control connection")
            self.end_session(sess, "client disconnect")
            return
        sess.last = time.monotonic()
        try:
            self.process(sess, pkt)
        except Stop:
            raise
        except Exception:
            self.log(sess, "internal error handling %r:\n%s" % (pkt[:200], traceback.format_exc()))

    def check_idle(self):
        now = time.monotonic()
        limit = self.args.idle_timeout
        for sess in list(self.sessions):
            if now - sess.last >= limit:
                self.log(sess, "idle for %.0fs: reset (no 421)" % (now - sess.last))
                self.end_session(sess, "reset")
        for entry in list(self.held):
            if now - entry[2] >= limit:
                self.held.remove(entry)
                self._unreg(entry[0])
                self._rst_close(entry[0])
                self.log(None, "held connection from %s:%d reset after %.0fs" % (entry[1][0], entry[1][1], limit))

    def next_wakeup(self):
        now = time.monotonic()
        t = 1.0
        for sess in self.sessions:
            t = min(t, sess.last + self.args.idle_timeout - now)
        for entry in self.held:
            t = min(t, entry[2] + self.args.idle_timeout - now)
        return max(0.0, t)

    # ------------------------------------------------------------------ main loop
    def serve(self):
        fam = socket.AF_INET6 if ":" in self.args.bind else socket.AF_INET
        ls = socket.socket(fam, socket.SOCK_STREAM)
        ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if fam == socket.AF_INET6:
            ls.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        ls.bind((self.args.bind, self.args.port))
        ls.listen(64)
        ls.setblocking(False)
        self.listener = ls
        self._reg(ls, "listen", None)
        port = ls.getsockname()[1]
        self.log(None, "listening on %s port %d, root %s" % (self.args.bind, port, self.root))
        sys.stdout.write("READY %d\n" % port)
        sys.stdout.flush()
        while True:
            try:
                self.loop_once()
            except Stop:
                raise
            except Exception:
                self.log(None, "internal error:\n%s" % traceback.format_exc())

    def loop_once(self):
        events = self.sel.select(self.next_wakeup())
        kinds = {"listen": [], "pasv": [], "data": [], "ctrl": [], "held": []}
        for key, _ in events:
            kind, obj = key.data
            kinds[kind].append(obj)
        # Same order as the board's thread: connect, data, command, data disconnect,
        # control disconnect, activity timeout.
        if kinds["listen"]:
            self.on_accept()
        for sess in kinds["pasv"]:
            if sess.alive and sess.pasv_listener is not None and sess.data_sock is None:
                self.accept_passive(sess)
        for sess in kinds["data"]:
            if sess.alive:
                self.service_data(sess)
        for entry in kinds["held"]:
            self.on_held(entry)
        for sess in kinds["ctrl"]:
            if sess.alive:
                self.on_ctrl(sess)
        for sess in list(self.sessions):
            if sess.data_eof and sess.data_sock is not None:
                self.data_disconnect(sess)
        self.check_idle()

    def shutdown(self):
        for sess in list(self.sessions):
            sess.alive = False
            self.cleanup_data(sess)
            self._plain_close(sess.sock)
        for entry in self.held:
            self._plain_close(entry[0])
        if self.listener is not None:
            self._plain_close(self.listener)
        self.log(None, "stopped")
