"""The state of one control session (one of the board's --max-sessions slots)."""

import time


class Session:
    def __init__(self, sid, sock, peer, family):
        self.sid = sid
        self.sock = sock
        self.peer = peer
        self.family = family
        self.local_ip = sock.getsockname()[0]
        self.user = b""
        self.password = b""
        self.authenticated = False
        self.type = None
        self.cwd = []                 # components as typed (FileX keeps the typed path)
        self.passive = False          # nx_ftp_client_request_passive_transfer_enabled
        self.pasv_listener = None
        self.pasv_is_epsv = False
        self.data_sock = None
        self.data_is_epsv = False
        self.data_eof = False
        self.data_port = 0
        self.open_write = False
        self.upload = None
        self.upload_disk = None
        self.upload_total = 0
        self.write_error = False
        self.epsv_dropped = 0         # --epsv-upload-bug: bytes of this upload never stored
        self.stalled = False          # --epsv-upload-bug: the upload no longer read (window full)
        self.lost_unread = False      # --busy-upload-loss: the tail of this upload was dropped
        self.rnfr = None
        self.last = time.monotonic()
        self.alive = True

    def tag(self):
        host, port = self.peer[0], self.peer[1]
        return "s%d %s:%d" % (self.sid, host, port)
