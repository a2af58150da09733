"""An on-disk cache of loaded rule packs (and other slow-to-build data), so that a pre-commit call does not re-read,
re-validate and re-compile unchanged YAML packs on every run.

The key covers the lintnews version, the Python version, every pack file (path,
modification time, size) and the source files of every rule kind involved, so editing
a pack or upgrading lintnews invalidates it. Patterns are stored uncompiled and compile
on first use. The cache lives in ``$LINTNEWS_CACHE_DIR``, else ``$XDG_CACHE_HOME/lintnews``,
else ``~/.cache/lintnews``; ``LINTNEWS_NO_CACHE=1`` turns it off. A cache that cannot be
read or written is ignored: it only ever saves time.
"""

from __future__ import annotations

import inspect
import os
import sys
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, Sequence

from lintnews import __version__

try:  # the C pickler alone: the ``pickle`` module also defines a pure-Python one
    from _pickle import dumps as _dumps, load as _load
except ImportError:  # pragma: no cover - interpreters without the C module
    from pickle import dumps as _dumps, load as _load

try:  # the hash itself, without loading OpenSSL as ``hashlib`` does (milliseconds per start)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - interpreters without the built-in module
    from hashlib import blake2b

_HERE = Path(__file__).resolve().parent
# Engine files whose change alters what a loaded pack looks like.
_ENGINE_FILES = ("engine/packs.py", "cache.py", "matching/patterns.py", "matching/safe_regex.py", "rule.py", "kinds")


def cache_dir() -> Optional[Path]:
    if os.environ.get("LINTNEWS_NO_CACHE"):
        return None
    explicit = os.environ.get("LINTNEWS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lintnews"


def file_stamp(path: Path) -> str:
    """A file's identity for cache keys: resolved path, modification time and size."""
    st = path.stat()
    return f"{path.resolve()}:{st.st_mtime_ns}:{st.st_size}"


def digest(text: str) -> str:
    """32 hex digits identifying *text* (lone surrogates included)."""
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def cache_name(prefix: str, *parts: Any) -> str:
    """A cache entry name: *prefix* and a digest of everything the entry depends on."""
    return f"{prefix}-{digest(repr(parts))}"


def _key(paths: Sequence[Path], kinds: Mapping[str, type]) -> str:
    parts = [__version__, sys.version]
    for name in _ENGINE_FILES:
        target = _HERE / name
        files = sorted(target.glob("*.py")) if target.is_dir() else [target]
        parts += [file_stamp(f) for f in files]
    for name, cls in sorted(kinds.items()):
        try:
            source = Path(inspect.getfile(cls))
            parts.append(f"{name}={cls.__module__}.{cls.__qualname__}@{file_stamp(source)}")
        except (TypeError, OSError):
            return ""  # a kind without a source file: do not cache
    parts += [file_stamp(Path(p)) for p in paths]
    from lintnews.matching.safe_regex import compiling_for_user

    parts.append(compiling_for_user())  # the engine a user's pack patterns compile for
    return digest("\n".join(parts))


def cached(paths: Sequence[Path], kinds: Mapping[str, type], build: Callable[[], Any]) -> Any:
    """``build()``'s result for these pack files, from the cache when it is current."""
    try:
        key = _key(paths, kinds)
    except OSError:
        return build()  # a pack file is missing: let build() report it
    if not key:
        return build()
    return cached_value(f"packs-{key}", build)


def cached_value(name: str, build: Callable[[], Any]) -> Any:
    """``build()``'s result, kept in the cache folder under *name* (which must change
    whenever the result would)."""
    folder = cache_dir()
    if folder is None:
        return build()
    target = folder / f"{name}.pickle"
    try:
        with open(target, "rb") as fh:
            return _load(fh)
    except Exception:  # absent, stale format or unreadable: rebuild
        pass
    value = build()
    if value is None:
        return value
    try:
        from lintnews.text.reading import write_bytes_atomic

        folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, _dumps(value, protocol=-1))  # -1: the highest protocol
        _prune(folder)
    except Exception:  # read-only home, unpicklable plugin kind, ...: just don't cache
        pass
    return value


#: Cache files kept; the least recently written beyond this are removed.
KEEP = 64
#: Files kept of one kind (name prefix): a kind's entries for installations, packs or
#: data files gone since (each upgrade writes new ones; the word-pair model is 5 MB).
KEEP_EACH = 8


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    kept: dict = {}
    for i, path in enumerate(files):
        kind = path.stem.rpartition("-")[0]
        kept[kind] = kept.get(kind, 0) + 1
        if i >= KEEP or kept[kind] > KEEP_EACH:
            try:
                path.unlink()
            except OSError:
                pass
