"""The control connection, read one server segment at a time (capture, recv or lines framing)."""

import select
import socket
import time

from .replies import reply_units


class ControlChannel:
    """The control connection, read one server segment at a time."""

    def __init__(self, sock, capture, log, lines):
        self.sock = sock
        self.capture = capture
        self.log = log
        self.lines = lines            # split a recv() holding several complete replies
        self.pending = []
        self.pos = 0

    @property
    def mode(self):
        return "capture" if self.capture else ("lines" if self.lines else "recv")

    def _fall_back(self, why):
        self.log("segment capture gave up (%s): lines framing from now on" % why)
        self.capture.close()
        self.capture = None
        self.lines = True

    def _recv_lines(self, deadline):
        if self.pending:
            return self.pending.pop(0)
        data = self._recv(65536, deadline)
        units = reply_units(data)
        if units and len(units) > 1:
            self.log("possible DRIFT (not checked): %d replies came in one recv() %r; recv() "
                     "cannot tell one segment from back-to-back segments, so they are taken "
                     "one by one (--segments capture tells them apart)" % (len(units), data))
            self.pending = units[1:]
            return units[0]
        return data

    def _recv(self, n, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise socket.timeout("timed out")
        self.sock.settimeout(remaining)
        data = self.sock.recv(n)
        self.pos += len(data)
        return data

    def read_segment(self, timeout):
        """One segment's bytes; b"" once the server closed; socket.timeout if none came."""
        deadline = time.monotonic() + timeout
        if self.capture is None:
            return self._recv_lines(deadline) if self.lines else self._recv(65536, deadline)
        waiting_since = None
        while True:
            cap = self.capture
            cap.poll()
            end = cap.segs.get(self.pos)
            for start, stop in list(cap.segs.items()):
                if stop <= self.pos:
                    del cap.segs[start]              # consumed (or a retransmission of it)
                elif start < self.pos and end is None:
                    end = stop                       # rest of a segment cut by a timeout
            if end is not None:
                want = end - self.pos
                out = b""
                while len(out) < want:
                    piece = self._recv(want - len(out), deadline)   # record kept on timeout
                    if not piece:
                        break
                    out += piece
                return out
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise socket.timeout("timed out")
            if waiting_since is None:
                r, _, _ = select.select([self.sock, cap.sock], [], [], remaining)
                if self.sock in r:
                    try:
                        peek = self.sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
                    except BlockingIOError:
                        continue
                    if not peek:
                        return b""                   # FIN, nothing left
                    waiting_since = time.monotonic()  # data without its packet yet
            else:
                if time.monotonic() - waiting_since > 0.5:
                    self._fall_back("data on the socket but no packet seen")
                    return self._recv_lines(deadline)
                select.select([cap.sock], [], [], 0.01)

    def close(self):
        if self.capture:
            self.capture.close()
            self.capture = None
