"""Small values derived from strings, kept on disk between runs, one file per entry.

A :class:`DiskMemo` maps a text key (a regex source, a word list) to a value that
``marshal`` can store (numbers, strings, lists, tuples, dicts). Each entry is one file in
a folder of the lintnews cache (see :mod:`lintnews.pack_cache`), named by a digest of its
key and holding the key itself, so a run reads only the entries it asks for and a digest
collision can never return another key's value. New entries are written when the process
exits, atomically; anything that fails (no cache folder, a read-only one, a damaged file)
only means the value is computed again.
"""

from __future__ import annotations

import atexit
import marshal
from pathlib import Path
from typing import Any, Dict, Optional

from .pack_cache import digest


class DiskMemo:
    """Values by text key in the cache folder ``<cache>/<name>/``.

    A folder keeps at most *limit* entries: when a run's new entries take it over, the
    entries written longest ago are removed (patterns of packs edited since, of older
    lintnews versions ...)."""

    def __init__(self, name: str, limit: int = 4000, replaces: str = "") -> None:
        self.name = name
        self.limit = limit
        #: Folders named ``<replaces>-*`` hold what older code computed: a new folder of
        #: this memo removes them.
        self.replaces = replaces
        self._folder: Optional[Path] = None
        self._new: Dict[str, Any] = {}

    def folder(self) -> Optional[Path]:
        """The entries' folder, or None when caching is off."""
        if self._folder is None:
            from .pack_cache import cache_dir

            base = cache_dir()
            if base is None:
                return None
            self._folder = base / self.name
        return self._folder

    def get(self, key: str) -> Optional[Any]:
        """The stored value of *key*, or None."""
        if key in self._new:
            return self._new[key]
        folder = self.folder()
        if folder is None:
            return None
        try:
            data = marshal.loads(self._file(folder, key).read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return None
        if isinstance(data, tuple) and len(data) == 2 and data[0] == key:
            return data[1]
        return None

    def put(self, key: str, value: Any) -> None:
        """Keep *value* for *key*; written to disk when the process exits."""
        if not self._new:
            atexit.register(self.save)
        self._new[key] = value

    def save(self) -> None:
        """Write the new entries now (atomically; errors ignored)."""
        if not self._new:
            return
        try:
            folder = self.folder()
            if folder is None:
                return
            from .io import write_bytes_atomic

            if not folder.is_dir():
                folder.mkdir(parents=True)
                self._remove_older(folder)
            for key, value in self._new.items():
                write_bytes_atomic(self._file(folder, key), marshal.dumps((key, value)))
            self._new.clear()
            self._prune(folder)
        except Exception:
            pass

    def _remove_older(self, folder: Path) -> None:
        if not self.replaces:
            return
        import shutil

        for other in folder.parent.glob(f"{self.replaces}-*"):
            if other != folder and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)

    def _prune(self, folder: Path) -> None:
        entries = list(folder.glob("*.marshal"))
        if len(entries) <= self.limit:
            return
        entries.sort(key=lambda f: f.stat().st_mtime_ns)
        for old in entries[: len(entries) - self.limit * 3 // 4]:
            try:
                old.unlink()
            except OSError:
                pass

    @classmethod
    def of_code(cls, prefix: str, source_file: str) -> "DiskMemo":
        """A memo for values computed by the code in *source_file*: its folder name
        changes with the lintnews version and with that file, so an edit to the code
        starts afresh."""
        from . import __version__
        from .pack_cache import cache_name, file_stamp

        try:
            stamp = file_stamp(Path(source_file))
        except OSError:
            stamp = ""
        return cls(cache_name(prefix, __version__, stamp), replaces=prefix)

    @staticmethod
    def _file(folder: Path, key: str) -> Path:
        return folder / f"{digest(key)}.marshal"
