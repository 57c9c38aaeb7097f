"""What every part of the board server shares: its state, the log, the selector and socket
closing helpers, and the reply senders (one reply, one send())."""

import os
import selectors
import socket
import struct
import sys
import time

from .wire import UPLOAD_CHUNK


class ServerBase:
    """State, log, selector helpers and replies."""

    def __init__(self, args):
        self.args = args
        self.root = os.path.realpath(args.root)
        self.timeout = args.data_timeout
        self.done_code = args.closing_code
        self.sel = selectors.DefaultSelector()
        self.sessions = []
        self.held = []               # [(sock, peer, accepted_at, watched)]
        self.next_sid = 1
        self.open_for_write = set()  # disk paths being uploaded (FileX refuses a 2nd writer)
        self.buf = bytearray(UPLOAD_CHUNK)
        self.view = memoryview(self.buf)
        if args.log:
            self.logf = open(args.log, "a", buffering=1, encoding="utf-8", errors="backslashreplace")
        else:
            self.logf = sys.stderr
        self.listener = None

    # ------------------------------------------------------------------ logging
    def log(self, sess, msg):
        now = time.time()
        stamp = time.strftime("%H:%M:%S", time.localtime(now)) + ".%03d" % int((now % 1) * 1000)
        who = sess.tag() if sess is not None else "server"
        try:
            self.logf.write("%s [%s] %s\n" % (stamp, who, msg))
        except Exception:
            pass

    # ------------------------------------------------------------------ selector helpers
    def _reg(self, sock, kind, obj):
        try:
            self.sel.register(sock, selectors.EVENT_READ, (kind, obj))
        except (KeyError, ValueError, OSError):
            pass

    def _unreg(self, sock):
        try:
            self.sel.unregister(sock)
        except (KeyError, ValueError, OSError):
            pass

    @staticmethod
    def _rst_close(sock):
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        try:
            sock.close()
        except OSError:
            pass

    @staticmethod
    def _plain_close(sock):
        try:
            sock.close()
        except OSError:
            pass

    # ------------------------------------------------------------------ replies
    def send(self, sess, data):
        """One reply, one send(); failures are ignored like nx_tcp_socket_send errors."""
        self.log(sess, "> %r" % data)
        try:
            sess.sock.sendall(data)
        except OSError as e:
            self.log(sess, "reply not sent: %s" % e)

    def reply(self, sess, code, text):
        if isinstance(text, str):
            text = text.encode()
        self.send(sess, code.encode() + b" " + text + b" \r\n")

    def dir_reply(self, sess, code, parts, text):
        path = os.fsencode("/" + "/".join(parts)).replace(b'"', b'""')
        self.send(sess, code.encode() + b' "' + path + b'" ' + text.encode() + b" \r\n")
