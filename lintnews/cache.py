"""The on-disk cache: what lintnews builds from its own installed files and from the user's
rule packs, kept between runs so that a pre-commit call on one short draft does not load,
validate and compile every pack and pattern again. Nothing from a draft ever goes in.

Two kinds of entry:

* **values** (:func:`cached`), one pickle file each: the loaded rule packs, the plugin
  entry points, parsed YAML files, the word-pair model;
* **the fixed store** (:func:`compile`, :func:`derived`), one file: the compiled programs
  of the regular expressions fixed in lintnews's modules and in rule packs, and small
  tables built from fixed word lists (trie sources, the pack scanner's and cue sets'
  gates). It is read once, on first use, and written back when the process exits if the
  run added to it.

**One key rule.** An entry is named by a digest of the contents it is built from: the
installed lintnews files (:func:`installed`), what the caller names (the pack files' and
data files' digests, see :func:`file_digest`) and the interpreter
(``importlib.util.MAGIC_NUMBER``, ``_sre.MAGIC`` and the version). Editing any of them,
upgrading lintnews or changing Python gives new names; the old entries are never read
again and are removed in time. Modification times are no part of a key: the stat of an
installed file (size, modification and change times, inode) only finds the digest of its
contents worked out earlier, and the user's files are read and hashed every time. A file
changed less than :data:`RACY_NS` before its digest is worked out is hashed again next
time (as git treats a "racily clean" file): a second write within the clock's granularity
may leave the same stat on other contents.

**Fixed input only.** A pattern or table built from a draft (a name it mentions, a word
it uses) is never passed here: it is compiled with :func:`re.compile`, whose own cache is
bounded and lives in memory.

The folder is ``$LINTNEWS_CACHE_DIR``, else ``$XDG_CACHE_HOME/lintnews``, else
``~/.cache/lintnews``; ``LINTNEWS_NO_CACHE=1`` turns the cache off (the fixed store reads
them when a process first compiles a pattern; importing lintnews reads nothing). A cache
that cannot be read or written only costs time.
"""

from __future__ import annotations

import atexit
import importlib.util
import marshal
import os
import re
import stat
import sys
import time
from array import array
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, Optional, Pattern, Tuple, TypeVar

try:  # the hash itself, without loading OpenSSL as ``hashlib`` does
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - interpreters without the built-in module
    from hashlib import blake2b

try:  # what re.compile runs: the parser and code generator in Python, then _sre (3.11+)
    import _sre
    from re import _compiler as _re_compiler, _parser as _re_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    try:
        import _sre
        import sre_compile as _re_compiler  # type: ignore[no-redef]
        import sre_parse as _re_parser  # type: ignore[no-redef]
    except ImportError:
        _sre = _re_compiler = _re_parser = None  # type: ignore[assignment]

T = TypeVar("T")

#: The installed lintnews package.
PACKAGE = Path(__file__).resolve().parent

#: What an entry built by another interpreter could differ in (programs are stored as
#: machine words).
INTERPRETER = repr((
    sys.implementation.name,
    tuple(sys.version_info),
    importlib.util.MAGIC_NUMBER,
    getattr(_sre, "MAGIC", None),
    sys.byteorder,
    array("I").itemsize,
))

#: Pickled values kept of one name (the newest written); older ones belong to packs or
#: installations since changed.
KEEP_EACH = 8
#: Fixed stores kept (one per installation and interpreter).
KEEP_STORES = 3
#: Entries the fixed store holds at most: past it, it keeps only the entries of the run
#: that writes it. (It holds only fixed patterns, a few thousand at most.)
STORE_LIMIT = 20_000


def folder() -> Optional[Path]:
    """The cache folder, or None when caching is off."""
    if os.environ.get("LINTNEWS_NO_CACHE"):
        return None
    explicit = os.environ.get("LINTNEWS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lintnews"


# --------------------------------------------------------------------------- keys


def digest(data: bytes) -> str:
    """32 hex digits identifying *data*."""
    return blake2b(data, digest_size=16).hexdigest()


def file_digest(path: "os.PathLike[str] | str", installed: bool = False) -> str:
    """The digest of a file's contents (raises :class:`OSError` when it cannot be read).

    With *installed* (files of an installed package: lintnews's own, a data package's),
    a digest worked out before is found by the file's stat (size, modification and
    change times, inode: writing the file changes its change time, whatever its
    modification time says) instead of reading the file again."""
    if not installed:
        return digest(read_regular(path))
    path = os.path.abspath(path)
    return _DIGESTS.get(path, os.stat(path))


def read_regular(path: "os.PathLike[str] | str") -> bytes:
    """The bytes of *path*; :class:`OSError` when it is not a regular file (a named pipe
    is refused without waiting on it: opened non-blocking and checked first)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path}: not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as fh:
            fd = -1
            return fh.read()
    finally:
        if fd != -1:
            os.close(fd)


#: A file changed this recently (nanoseconds) is not trusted to its stat.
RACY_NS = 2_000_000_000


class _Digests:
    """Digests of installed files by their stat, in ``digests.marshal``."""

    def __init__(self) -> None:
        self._known: Optional[Dict[str, tuple]] = None
        self._changed = False

    def get(self, path: str, st: os.stat_result) -> str:
        """The digest of the file at *path* (absolute) whose stat is *st*."""
        stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        known = self._known if self._known is not None else self._load()
        found = known.get(path)
        if found is not None and found[0] == stamp:
            return found[1]
        with open(path, "rb") as fh:
            value = digest(fh.read())
        if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_NS:
            return value  # changed just now: its stat may not tell the next change apart
        known[path] = (stamp, value)
        if not self._changed:
            self._changed = True
            atexit.register(self.save)
        return value

    def _load(self) -> Dict[str, tuple]:
        self._known = {}
        base = folder()
        if base is not None:
            try:
                loaded = marshal.loads((base / "digests.marshal").read_bytes())
                if isinstance(loaded, dict):
                    self._known = loaded
            except (OSError, ValueError, EOFError, TypeError):
                pass
        return self._known

    def save(self) -> None:
        base = folder()
        if base is None or not self._changed or self._known is None:
            return
        # only files that still exist: a removed installation's entries go
        kept = {p: v for p, v in self._known.items() if os.path.exists(p)}
        _write(base / "digests.marshal", marshal.dumps(kept))
        self._changed = False


_DIGESTS = _Digests()
_INSTALLED: Optional[str] = None


def installed() -> str:
    """A digest of every file of the installed lintnews package (worked out once a process)."""
    global _INSTALLED
    if _INSTALLED is None:
        top = str(PACKAGE)
        skip = len(top) + 1
        parts = sorted(f"{path[skip:]}\0{_DIGESTS.get(path, st)}" for path, st in _package_files(top))
        _INSTALLED = digest("\n".join(parts).encode("utf-8", "surrogateescape"))
    return _INSTALLED


def _package_files(top: str) -> Iterator[Tuple[str, os.stat_result]]:
    """``(path, stat)`` of every file under *top* but compiled bytecode."""
    with os.scandir(top) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    yield from _package_files(entry.path)
            elif not entry.name.endswith((".pyc", ".pyo")):
                yield entry.path, entry.stat(follow_symlinks=True)


def key(*parts: Any) -> str:
    """The name of an entry built from *parts* by this installation and interpreter."""
    return digest(repr((installed(), INTERPRETER) + parts).encode("utf-8", "surrogatepass"))


# --------------------------------------------------------------------------- values


def cached(name: str, build: Callable[[], T], *parts: Any) -> T:
    """``build()``'s result, kept as ``<name>-<key>.pickle``. *parts* name what the value
    is built from besides the installed lintnews files (digests of the pack or data files
    it reads, see :func:`file_digest`); a None result is not kept."""
    base = folder()
    if base is None:
        return build()
    target = base / f"{name}-{key(name, *parts)}.pickle"
    try:
        with open(target, "rb") as fh:
            from _pickle import load

            return load(fh)
    except Exception:  # absent, damaged or of an older format: build it again
        pass
    value = build()
    if value is not None:
        try:
            from pickle import HIGHEST_PROTOCOL, dumps

            data = dumps(value, protocol=HIGHEST_PROTOCOL)
        except Exception:  # e.g. a plugin's kind that cannot be pickled: not kept
            return value
        if _write(target, data):
            _prune(base, f"{name}-", ".pickle", KEEP_EACH)
    return value


# --------------------------------------------------------------------------- the fixed store


class _Store:
    """Values by key (marshalled, each decoded when asked for), in one file per
    installation and interpreter.

    The file holds an index, from a digest of each key to where its value lies, and the
    values one after another: a run reads the file whole but decodes only the values it
    asks for, and never the keys (a key can be a long word list or pattern)."""

    def __init__(self) -> None:
        self._index: Optional[Dict[bytes, Tuple[int, int]]] = None
        self._values: memoryview = memoryview(b"")
        self._new: Dict[bytes, bytes] = {}
        self._path: Optional[Path] = None

    def _load(self) -> Dict[bytes, Tuple[int, int]]:
        self._index = {}
        base = folder()
        if base is not None:
            self._path = base / f"fixed-{key('fixed')}.marshal"
            self._index, values = _read_store(self._path)
            self._values = memoryview(values)
        return self._index

    def get(self, k: Any) -> Any:
        index = self._index if self._index is not None else self._load()
        name = _entry_name(k)
        where = index.get(name)
        try:
            if where is not None:
                start, size = where
                return marshal.loads(self._values[start : start + size])
            blob = self._new.get(name)
            return None if blob is None else marshal.loads(blob)
        except (ValueError, EOFError, TypeError):
            return None

    def put(self, k: Any, value: Any) -> None:
        if self._path is None:
            return  # caching is off
        if not self._new:
            atexit.register(self.save)
        self._new[_entry_name(k)] = marshal.dumps(value)

    def save(self) -> None:
        """Write this run's new entries, with those another process may have written since."""
        if not self._new or self._path is None:
            return
        index, values = _read_store(self._path)
        entries = {name: values[start : start + size] for name, (start, size) in index.items()}
        entries.update(self._new)
        if len(entries) > STORE_LIMIT:
            entries = dict(self._new)
        fresh = not self._path.exists()
        if _write(self._path, _store_bytes(entries)) and fresh:
            _prune(self._path.parent, "fixed-", ".marshal", KEEP_STORES)
        self._new = {}


def _entry_name(k: Any) -> bytes:
    """The digest a key is found by in the store (marshal's format 2 writes equal keys
    the same way, however their parts are shared)."""
    return blake2b(marshal.dumps(k, 2), digest_size=16).digest()


def _store_bytes(entries: Dict[bytes, bytes]) -> bytes:
    """The store file of *entries* (names to marshalled values): the index, then the values."""
    index: Dict[bytes, Tuple[int, int]] = {}
    at = 0
    for name, blob in entries.items():
        index[name] = (at, len(blob))
        at += len(blob)
    return marshal.dumps((index, b"".join(entries.values())))


def _read_store(path: Path) -> Tuple[Dict[bytes, Tuple[int, int]], bytes]:
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}, b""
    if isinstance(loaded, tuple) and len(loaded) == 2:
        index, values = loaded
        if isinstance(index, dict) and isinstance(values, bytes):
            return index, values
    return {}, b""


_STORE = _Store()


def derived(kind: str, source: Any, build: Callable[[], T]) -> T:
    """``build()``'s result for *source* (strings, numbers and tuples of them: a word list,
    a pattern), from the fixed store. *build* must return what ``marshal`` stores (not
    None) and depend on *source* and the installed lintnews files alone.

    Only for input fixed in lintnews's modules or in rule packs: never a draft's words."""
    k = (kind, source)
    value = _STORE.get(k)
    if value is None:
        value = build()
        _STORE.put(k, value)
    return value


#: What ``_sre.compile`` takes besides the pattern, the code as machine words.
Program = Tuple[int, bytes, int, dict, tuple]
_programs = _re_compiler is not None and hasattr(_re_compiler, "_code") and hasattr(_sre, "MAGIC")


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 - mirrors re.compile
    """``re.compile(pattern, flags)``, its program from the fixed store when it has it.

    What ``re`` compiles in Python (parsing the pattern and generating its program) is most
    of the cost of a long word list; the program then goes to ``_sre.compile``, as
    ``re.compile`` itself does. Only for patterns fixed in lintnews's modules or in rule
    packs: never one built from a draft."""
    global _programs
    if not _programs:
        return re.compile(pattern, flags)
    flags = int(flags)
    k = ("re", flags, pattern)
    entry = _STORE.get(k)
    if entry is not None:
        try:
            program_flags, code, groups, groupindex, indexgroup = entry
            return _sre.compile(pattern, program_flags, array("I", code).tolist(), groups, groupindex, indexgroup)
        except Exception:  # a damaged entry (_sre checks the code): compile it afresh
            pass
    try:
        entry = _program(pattern, flags)
        program_flags, code, groups, groupindex, indexgroup = entry
        rx = _sre.compile(pattern, program_flags, array("I", code).tolist(), groups, groupindex, indexgroup)
    except (re.error, RecursionError, OverflowError):
        raise  # as re.compile raises them
    except Exception:  # internals other than expected: plain compiles from now on
        _programs = False
        return re.compile(pattern, flags)
    _STORE.put(k, entry)
    return rx


def _program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile`` passes to ``_sre.compile``, as plain data."""
    parsed = _re_parser.parse(pattern, flags)
    code = array("I", [int(op) for op in _re_compiler._code(parsed, flags)]).tobytes()
    state = parsed.state
    groupindex = dict(state.groupdict)
    indexgroup = [None] * state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup)


# --------------------------------------------------------------------------- files


def _write(path: Path, data: bytes) -> bool:
    """Write *path* atomically; False (and nothing written) when that fails."""
    try:
        from lintnews.text.reading import write_bytes_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, data)
        return True
    except Exception:  # a read-only or missing home: the cache only saves time
        return False


def _prune(base: Path, prefix: str, suffix: str, keep: int) -> None:
    """Remove all but the *keep* newest entries named ``<prefix><key><suffix>``."""
    size = len(prefix) + 32 + len(suffix)
    try:
        found = [(e.stat().st_mtime_ns, e.path) for e in os.scandir(base)
                 if len(e.name) == size and e.name.startswith(prefix) and e.name.endswith(suffix)]
    except OSError:
        return
    found.sort(reverse=True)
    for _, path in found[keep:]:
        try:
            os.unlink(path)
        except OSError:
            pass
