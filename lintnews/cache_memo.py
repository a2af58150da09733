"""Small values derived from strings, kept on disk between runs, one file per entry.

A :class:`DiskMemo` maps a text key (a regex source, a word list) to a value that
``marshal`` can store (numbers, strings, lists, tuples, dicts). Each entry is one file in
a folder of the lintnews cache (see :mod:`lintnews.cache`), named by a digest of its
key and holding the key itself, so a run reads only the entries it asks for and a digest
collision can never return another key's value. New entries are written when the process
exits, atomically; anything that fails (no cache folder, a read-only one, a damaged file)
only means the value is computed again.

A command-line run reads a hundred or more entries before its first finding (the patterns
and word lists of every rule). Between :func:`begin_startup` and :func:`end_startup`,
entries come from one *start-up bundle* file holding what the previous run's start-up
read, in a single read; when this start-up asked for anything the bundle lacked, the
bundle is rewritten with it.
"""

from __future__ import annotations

import atexit
import marshal
import sys
from pathlib import Path
from typing import Any, Callable, Dict, Optional, Tuple

from lintnews import __version__
from lintnews.cache import cache_dir, cache_name, digest, file_stamp


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
            base = cache_dir()
            if base is None:
                return None
            self._folder = base / self.name
        return self._folder

    def get(self, key: str) -> Optional[Any]:
        """The stored value of *key*, or None."""
        if key in self._new:
            return self._new[key]
        bundle = _startup
        if bundle is not None:
            value = bundle.get(self.name, key)
            if value is None:
                value = self._read(key)
                if value is not None:
                    bundle.add(self.name, key, value)
            return value
        return self._read(key)

    def _read(self, key: str) -> Optional[Any]:
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

    def get_or_build(self, key: str, build: Callable[[], Any]) -> Any:
        """The stored value of *key*; else ``build()``'s, which is stored (it must not be None)."""
        value = self.get(key)
        if value is None:
            value = build()
            self.put(key, value)
        return value

    def put(self, key: str, value: Any) -> None:
        """Keep *value* for *key*; written to disk when the process exits. With caching
        off nothing is kept: there is nowhere to write it."""
        if self.folder() is None:
            return
        if not self._new:
            atexit.register(self.save)
        self._new[key] = value
        if _startup is not None:
            _startup.add(self.name, key, value)

    def offer(self, key: str, value: Any) -> None:
        """Keep *value* for *key* in the start-up bundle, if one is in use and gets
        rewritten for other reasons; no file of its own. For values whose keys may
        never recur (a pattern built from a set, in this process's hash order)."""
        if _startup is not None:
            _startup.add(self.name, key, value, new=False)

    def save(self) -> None:
        """Write the new entries now (atomically; errors ignored)."""
        if not self._new:
            return
        try:
            folder = self.folder()
            if folder is None:
                return
            from lintnews.text.reading import write_bytes_atomic

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
    def of_interpreter(cls, prefix: str, *more: Any) -> "DiskMemo":
        """A memo for values only this exact interpreter may reuse (compiled programs,
        code objects): its folder is named by the implementation and version (and *more*)."""
        version = ".".join(str(v) for v in sys.version_info[:3])
        return cls("-".join([prefix, sys.implementation.name, version, *map(str, more)]))

    @classmethod
    def of_code(cls, prefix: str, *source_files: str) -> "DiskMemo":
        """A memo for values computed by the code in *source_files*: its folder name
        changes with the lintnews version and with those files, so an edit to the code
        starts afresh."""
        stamps = []
        for source_file in source_files:
            try:
                stamps.append(file_stamp(Path(source_file)))
            except OSError:
                stamps.append("")
        return cls(cache_name(prefix, __version__, *stamps), replaces=prefix)

    @staticmethod
    def _file(folder: Path, key: str) -> Path:
        return folder / f"{digest(key)}.marshal"


class _Bundle:
    """The entries a start-up reads, kept together in one file."""

    #: Entries kept at most: past it, a rewrite keeps only this start-up's entries.
    LIMIT = 3000

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            loaded = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            loaded = {}
        self.stored: Dict[Tuple[str, str], Any] = loaded if isinstance(loaded, dict) else {}
        self.used: Dict[Tuple[str, str], Any] = {}
        self.missed = False

    def get(self, name: str, key: str) -> Optional[Any]:
        value = self.stored.get((name, key))
        if value is not None:
            self.used[(name, key)] = value
        return value

    def add(self, name: str, key: str, value: Any, new: bool = True) -> None:
        self.used[(name, key)] = value
        self.missed = self.missed or new

    def save(self) -> None:
        if not self.missed:
            return
        entries = dict(self.stored)
        entries.update(self.used)
        if len(entries) > self.LIMIT:
            entries = self.used
        try:
            from lintnews.text.reading import write_bytes_atomic

            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self.path, marshal.dumps(entries))
        except Exception:  # a cache that cannot be written only costs time
            pass


_startup: Optional[_Bundle] = None


def begin_startup(*identity: Any) -> None:
    """Serve :class:`DiskMemo` entries from the start-up bundle of this *identity* (the
    program and its version: two installations must not share one) until
    :func:`end_startup`. Does nothing when caching is off."""
    global _startup
    base = cache_dir()
    if base is not None and _startup is None:
        _startup = _Bundle(base / (cache_name("startup", *identity) + ".marshal"))


def end_startup() -> None:
    """Stop using the start-up bundle; rewrite it if this start-up needed more."""
    global _startup
    bundle, _startup = _startup, None
    if bundle is not None:
        bundle.save()
