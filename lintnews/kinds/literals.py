"""Necessary literals of a regular expression: a cheap prefilter, as ripgrep does.

:func:`necessary_literals` returns a set of strings such that every match of the
pattern contains at least one of them, or None when no useful set exists. A scanner
tests ``any(s in text for s in literals)`` (fast substring search in C) before running
the regex on a paragraph, which skips most paragraphs for most rules.
"""

from __future__ import annotations

import re
from typing import FrozenSet, List, Optional, Tuple

from ..safe_regex import _sre_parse

_MIN_USEFUL = 3
# Words so common in news copy that a gate made of them lets almost every paragraph
# through; a set of rarer strings is preferred even when it has more members.
_COMMON = frozenset(
    """that this with from have been were will would could should there their they them
    what when which while some many more most also than then into over about after said
    says year years the and for are was not but had has its one two new may can all any
    other such only just like being does""".split()
)
_INLINE_I = re.compile(r"\(\?[aiLmsux]*i[aiLmsux]*(?:-[imsx]+)?[:)]")  # shortest literal worth testing for


def _seq(items, ignorecase: bool) -> Optional[Tuple[FrozenSet[str], bool]]:
    """Best necessary set of a sequence, and whether the sequence is purely literal."""
    options: List[FrozenSet[str]] = []
    run: List[str] = []
    pure = True

    def flush() -> None:
        if run:
            options.append(frozenset({"".join(run)}))
            run.clear()

    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            ch = chr(arg)
            run.append(ch.lower() if ignorecase else ch)
            continue
        if name == "AT" or name in ("ASSERT", "ASSERT_NOT"):
            continue  # zero-width: neither breaks nor feeds a literal run
        pure = False
        flush()
        if name == "SUBPATTERN":
            sub = _seq(arg[-1], ignorecase)
            if sub:
                options.append(sub[0])
        elif name == "BRANCH":
            union = set()
            for alt in arg[1]:
                sub = _seq(alt, ignorecase)
                if not sub:
                    union = None
                    break
                union |= sub[0]
            if union:
                options.append(frozenset(union))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, _hi, sub_items = arg
            if lo >= 1:
                sub = _seq(sub_items, ignorecase)
                if sub:
                    options.append(sub[0])
    flush()
    options = [o for o in options if o and min(len(s) for s in o) >= 1]
    if not options:
        return None
    best = max(options, key=_quality)
    return best, pure


def _quality(option: FrozenSet[str]) -> Tuple[bool, int, int]:
    """Rank a candidate set: rare words first, then longer strings, then fewer of them."""
    rare = not any(s.strip() in _COMMON for s in option)
    return rare and min(len(s) for s in option) >= _MIN_USEFUL, min(len(s) for s in option), -len(option)


def necessary_literals(pattern: str, ignorecase: bool) -> Optional[FrozenSet[str]]:
    """Strings one of which every match of *pattern* contains (lower-cased if
    *ignorecase*), or None when the pattern offers no literal of useful length."""
    if not ignorecase and _INLINE_I.search(pattern):
        return None  # inline case-insensitivity: literal case is unknown
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # pragma: no cover - the pattern was compiled already
        return None
    found = _seq(list(parsed), ignorecase)
    if not found:
        return None
    literals = found[0]
    if min(len(s) for s in literals) < _MIN_USEFUL:
        return None
    return literals
