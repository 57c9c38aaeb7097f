"""FileX-like path semantics: "/" or "\\" separators, case-insensitive lookup (FAT), ".." at
the root fails; symlinks and special files do not exist."""

import os
import re
import stat


class FileXPaths:
    """Resolves the paths the client types against the served root."""

    def split_path(self, cwd, raw):
        parts = [] if raw[:1] in ("/", "\\") else list(cwd)
        for comp in re.split(r"[/\\]", raw):
            if comp in ("", "."):
                continue
            if comp == "..":
                if not parts:
                    return None
                parts.pop()
                continue
            parts.append(comp)
        return parts

    @staticmethod
    def _match(dirpath, name):
        try:
            os.lstat(os.path.join(dirpath, name))
            return name
        except (OSError, ValueError):
            pass
        low = name.casefold()
        try:
            for entry in os.listdir(dirpath):
                if entry.casefold() == low:
                    return entry
        except (OSError, ValueError):
            pass
        return None

    def lookup(self, parts):
        """(disk path, lstat) of an existing file or folder inside the root, else None.
        Symlinks and special files do not exist for the board (FAT has none)."""
        if parts is None:
            return None
        cur = self.root
        try:
            st = os.lstat(cur)
            for comp in parts:
                if not stat.S_ISDIR(st.st_mode):
                    return None
                name = self._match(cur, comp)
                if name is None:
                    return None
                cur = os.path.join(cur, name)
                st = os.lstat(cur)
                if not (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)):
                    return None
        except (OSError, ValueError):
            return None
        return cur, st

    def lookup_create(self, parts):
        """For STOR/MKD/RNTO: (parent disk path, disk name, existing lstat or None)."""
        if not parts:
            return None
        parent = self.lookup(parts[:-1])
        if parent is None or not stat.S_ISDIR(parent[1].st_mode):
            return None
        name = self._match(parent[0], parts[-1])
        if name is None:
            return parent[0], parts[-1], None
        try:
            return parent[0], name, os.lstat(os.path.join(parent[0], name))
        except (OSError, ValueError):
            return None

    @staticmethod
    def _last_raw_component(raw):
        return re.split(r"[/\\]", raw)[-1]

    @staticmethod
    def _read_only(st):
        return not (st.st_mode & stat.S_IWUSR)
