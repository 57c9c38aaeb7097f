"""The board's LIST format ("-rw-rw-rw-  1 owner group SIZE MON DD HH:MM NAME") and FileX
directory order."""

import os
import stat
import time


MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


class ListingFormat:
    """LIST lines and the entries of a folder, as the board lists them."""

    def list_line(self, name, st):
        isdir = stat.S_ISDIR(st.st_mode)
        perms = ("d" if isdir else "-") + ("r--r--r--" if self._read_only(st) else "rw-rw-rw-")
        size = 0 if isdir else (st.st_size & 0xFFFFFFFF)   # FileX ULONG size, 10 columns
        t = time.localtime(st.st_mtime)
        head = "%s  1 owner group %10d %s %02d %02d:%02d " % (
            perms, size, MONTHS[t.tm_mon - 1], t.tm_mday, t.tm_hour, t.tm_min)
        return head.encode() + os.fsencode(name) + b"\r\n"

    def dir_entries(self, disk, parts):
        """FileX directory order: "." and ".." first in a sub-folder (FAT keeps them as
        real entries), none in the root; the rest sorted by name for determinism."""
        out = []
        if parts:
            out.append((".", os.lstat(disk)))
            parent = self.lookup(parts[:-1])
            out.append(("..", parent[1] if parent else os.lstat(disk)))
        for name in sorted(os.listdir(disk)):
            try:
                st = os.lstat(os.path.join(disk, name))
            except OSError:
                continue
            if (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)) and len(os.fsencode(name)) <= 255:
                out.append((name, st))
        return out
