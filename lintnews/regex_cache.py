"""Compiled regular expressions kept on disk between runs, as ``.pyc`` files keep bytecode.

Python's ``re`` parses and compiles a pattern in pure Python; for the large word-list
expressions of the rule packs that costs far more than running them on a short draft.
What the compiler produces is a list of integers (the ``_sre`` program), which this
module stores, with the group tables, as one small ``marshal`` file per pattern in the
lintnews cache folder (see :mod:`lintnews.pack_cache`); a run reads only the programs
it needs. A later run hands the stored program straight to ``_sre.compile``, which is
what ``re.compile`` itself does after compiling.

The folder is named by the exact Python version and ``_sre.MAGIC``, so a program is
only ever reused by the interpreter that produced it. Anything unexpected (no cache folder,
an unreadable or foreign file, an interpreter without these internals) falls back to
``re.compile``: the cache only ever saves time.
"""

from __future__ import annotations

import re
import sys
from typing import Optional, Pattern, Tuple

from .disk_memo import DiskMemo

try:  # the internals re.compile uses (3.11+ names, then 3.10 names)
    import _sre
    from re import _compiler as _re_compiler, _parser as _re_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    try:
        import _sre
        import sre_compile as _re_compiler  # type: ignore[no-redef]
        import sre_parse as _re_parser  # type: ignore[no-redef]
    except ImportError:
        _re_compiler = _re_parser = None  # type: ignore[assignment]

Entry = Tuple[int, list, int, dict, tuple]

_enabled = _re_compiler is not None and hasattr(_re_compiler, "_code") and hasattr(_sre, "MAGIC")
_memo: Optional[DiskMemo] = None


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 - mirrors re.compile
    """``re.compile(pattern, flags)``, from the on-disk program cache when it has it."""
    global _enabled
    if not _enabled:
        return re.compile(pattern, flags)
    flags = int(flags)
    key = f"{flags}:{pattern}"
    memo = _programs()
    entry = memo.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except Exception:  # a damaged entry: compile it afresh
            pass
    try:
        entry = _program(pattern, flags)
        rx = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # internals other than expected: stop caching
        _enabled = False
        return re.compile(pattern, flags)
    memo.put(key, entry)
    return rx


def _programs() -> DiskMemo:
    """The programs of this interpreter (the folder is named by its version)."""
    global _memo
    if _memo is None:
        version = ".".join(str(v) for v in sys.version_info[:3])
        _memo = DiskMemo(f"regex-{sys.implementation.name}-{version}-{_sre.MAGIC}")
    return _memo


def _program(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` passes to ``_sre.compile``, as plain data."""
    parsed = _re_parser.parse(pattern, flags)
    code = [int(op) for op in _re_compiler._code(parsed, flags)]
    state = parsed.state
    groupindex = dict(state.groupdict)
    indexgroup = [None] * state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup)
