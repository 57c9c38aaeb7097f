"""The opt-in upload defects of a real board that need their own code path (board-servers.md):
--busy-upload-loss. (--epsv-upload-bug is a window limit checked where the data is read.)"""

import socket
import time

from .wire import UPLOAD_CHUNK


class UploadDefects:
    """Defects of a board that a test switches on."""

    def wait_for_disconnect(self, sess):
        """--busy-upload-loss: the board's thread waits for this session's disconnect while
        other sessions' upload data and FIN come in; those sessions are then cleaned up
        without their queued data being read (stored short, still answered 2xx)."""
        others = [o for o in self.sessions
                  if o is not sess and o.alive and o.open_write and o.data_sock is not None
                  and not o.data_eof and not o.stalled]
        if not others:
            return
        time.sleep(self.args.busy_wait)
        for o in others:
            pending = bytearray()
            eof = False
            while True:
                try:
                    d = o.data_sock.recv(UPLOAD_CHUNK, socket.MSG_DONTWAIT)
                except (BlockingIOError, InterruptedError):
                    break
                except OSError:
                    eof = True
                    break
                if not d:
                    eof = True
                    break
                pending += d
            if eof:
                o.lost_unread = True
                o.data_eof = True
                self._unreg(o.data_sock)
                self.log(o, "--busy-upload-loss: closed while the thread waited on s%d: "
                         "%d bytes dropped unread" % (sess.sid, len(pending)))
            elif pending and o.upload is not None and not o.write_error:
                try:
                    o.upload.write(pending)
                    o.upload_total += len(pending)
                except OSError as e:
                    o.write_error = True
                    self.log(o, "upload write failed: %s" % e)
