"""Code that ``dataclasses`` generates, compiled once and kept on disk.

Creating a dataclass writes the source of its ``__init__``, ``__repr__``, ``__eq__``
(and more) and compiles it with ``exec``: about a millisecond per class, where compiling
is most of the cost, and a run creates a few dozen classes (lintnews's records,
markdown-it-py's) before its first finding. While :func:`route_dataclass_exec` is on, the
module's ``exec`` calls take their code objects from a :class:`~lintnews.cache_memo.DiskMemo`
keyed by the exact source text; the code is what ``exec`` itself would compile (same
file name ``<string>``, same flags: ``dataclasses`` has no ``__future__`` imports) and
runs the same way. The memo is named by the exact Python version, as ``.pyc`` files are
by their magic number.
"""

from __future__ import annotations

import builtins
import types
from typing import Any, Optional

from lintnews.cache_memo import DiskMemo

_memo: Optional[DiskMemo] = None
_routed = False


def cached_exec(source: Any, globals: Any = None, locals: Any = None) -> None:  # noqa: A002
    """``exec(source, globals, locals)``, with a text *source* compiled from the memo."""
    if isinstance(source, str):
        memo = _codes()
        code = memo.get(source)
        if type(code) is not types.CodeType:  # absent, or a damaged entry
            code = builtins.compile(source, "<string>", "exec", dont_inherit=True)
            memo.put(source, code)
        source = code
    builtins.exec(source, globals, locals)



def _codes() -> DiskMemo:
    global _memo
    if _memo is None:
        _memo = DiskMemo.of_interpreter("code")
    return _memo


def route_dataclass_exec(on: bool) -> None:
    """While *on*, the ``exec`` calls of the ``dataclasses`` module go through
    :func:`cached_exec` (a module global named ``exec`` comes before the built-in)."""
    global _routed
    import dataclasses

    if on and not _routed and "exec" not in vars(dataclasses):
        dataclasses.exec = cached_exec  # type: ignore[attr-defined]
        _routed = True
    elif not on and _routed:
        if vars(dataclasses).get("exec") is cached_exec:
            del dataclasses.exec  # type: ignore[attr-defined]
        _routed = False
