"""Compiled regular expressions kept on disk between runs, as ``.pyc`` files keep bytecode.

Python's ``re`` parses and compiles a pattern in pure Python; for the large word-list
expressions of the rule packs that costs far more than running them on a short draft.
What the compiler produces is a list of integers (the ``_sre`` program), which this
module stores, with the group tables, as one small ``marshal`` file per pattern in the
lintnews cache folder (see :mod:`lintnews.cache`); a run reads only the programs
it needs. A later run hands the stored program straight to ``_sre.compile``, which is
what ``re.compile`` itself does after compiling.

The folder is named by the exact Python version and ``_sre.MAGIC``, so a program is
only ever reused by the interpreter that produced it. Anything unexpected (no cache folder,
an unreadable or foreign file, an interpreter without these internals) falls back to
``re.compile``: the cache only ever saves time.
"""

from __future__ import annotations

import re
from typing import Optional, Pattern, Tuple

from lintnews.cache_memo import DiskMemo

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


def compile(pattern: str, flags: int = 0, keep: bool = True) -> Pattern:  # noqa: A001 - mirrors re.compile
    """``re.compile(pattern, flags)``, from the on-disk program cache when it has it.

    A new program is stored (when the process exits) if *keep*; otherwise it is only
    offered to the start-up bundle (see :meth:`lintnews.cache_memo.DiskMemo.offer`)."""
    global _enabled
    if not _enabled:
        return _plain_compile(pattern, flags)
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
        return _plain_compile(pattern, flags)
    if keep:
        memo.put(key, entry)
    else:
        memo.offer(key, entry)
    return rx


def _plain_compile(pattern: str, flags: int) -> Pattern:
    """``re.compile`` itself (its own cache included), bypassing :func:`route_re_compiles`."""
    original = _original_compile
    if original is None:
        return re.compile(pattern, flags)
    return original(pattern, flags)


def _programs() -> DiskMemo:
    """The programs of this interpreter (the folder is named by its version)."""
    global _memo
    if _memo is None:
        _memo = DiskMemo.of_interpreter("regex", _sre.MAGIC)
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


_original_compile = None


def route_re_compiles(on: bool) -> None:
    """While *on*, every ``re`` compile of a text pattern in this process goes through
    this cache, not only lintnews's own: the standard library's and markdown-it-py's
    module-level patterns, compiled afresh by every process that imports them.

    ``re.compile`` and the functions that take a pattern string call
    ``re._compiler.compile`` for anything not in ``re``'s own cache; this swaps that
    function for one that returns the same pattern object from a stored program.
    """
    global _original_compile
    if not _enabled or _re_compiler is None:
        return
    if on and _original_compile is None:
        original = _original_compile = _re_compiler.compile

        def cached_compile(p, flags=0):
            if _enabled and isinstance(p, str) and not flags & re.DEBUG:
                try:
                    # Not kept on its own: such patterns may be built in set order.
                    return compile(p, flags, keep=False)
                except re.error:
                    pass  # let re raise its own error, from its own code
            return original(p, flags)

        _re_compiler.compile = cached_compile
    elif not on and _original_compile is not None:
        _re_compiler.compile = _original_compile
        _original_compile = None
