"""Compile regular expressions from user rule packs, refusing ones that can hang.

Python's ``re`` backtracks, so a pattern with nested unbounded repetition such as
``(a+)+$`` takes exponential time on a near-miss. User packs are untrusted input, so
such patterns are rejected when the pack loads, with a message naming the construct.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lintnews import cache
from lintnews.matching.patterns import LazyPattern

try:  # Python 3.11+
    import re._parser as _sre_parse  # type: ignore[import-not-found]
    from re._constants import MAXREPEAT  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    from sre_constants import MAXREPEAT  # type: ignore[no-redef]

_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def _star_height(items, depth: int = 0) -> int:
    """Nesting depth of unbounded repetition in a parsed pattern."""
    best = depth
    for op, arg in items:
        name = str(op)
        if name in _REPEATS:
            lo, hi, sub = arg
            unbounded = hi == MAXREPEAT or hi > 100
            best = max(best, _star_height(sub, depth + (1 if unbounded else 0)))
        elif name == "SUBPATTERN":
            best = max(best, _star_height(arg[-1], depth))
        elif name == "BRANCH":
            for alt in arg[1]:
                best = max(best, _star_height(alt, depth))
        elif name in ("ASSERT", "ASSERT_NOT"):
            best = max(best, _star_height(arg[1], depth))
        elif name == "ATOMIC_GROUP":
            best = max(best, _star_height(arg, depth))
    return best


@lru_cache(maxsize=None)
def compile_user_regex(pattern: str, ignorecase: bool = False) -> "LazyPattern":
    """Check and compile *pattern*; raise ``ValueError`` if it is invalid or can
    backtrack badly. The result pickles uncompiled (see :mod:`lintnews.matching.patterns`)."""
    flags = re.IGNORECASE if ignorecase else 0
    try:
        compiled = cache.compile(pattern, flags)  # a pack's own pattern: its program is kept
        parsed = _sre_parse.parse(pattern, flags)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    if _star_height(list(parsed)) > 1:
        raise ValueError(
            f"regular expression {pattern!r} nests unbounded repetition (like '(a+)+'), "
            "which can take exponential time; rewrite it without the nested '+' or '*'"
        )
    return LazyPattern(pattern, flags, compiled)
