"""Necessary literals of a regular expression: a cheap prefilter, as ripgrep does.

:func:`necessary_literals` returns a set of strings such that every match of the
pattern contains at least one of them, or None when no useful set exists. A scanner
tests ``any(s in text for s in literals)`` (fast substring search in C) before running
the regex on a paragraph, which skips most paragraphs for most rules.
"""

from __future__ import annotations

import re
from typing import FrozenSet, Iterator, List, Optional, Tuple

from ..safe_regex import _sre_parse
from ..wordtrie import trie_regex

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


_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})
_MAX_CLASS = 4  # larger classes of plain characters give too many literals
_LITERAL = _sre_parse.LITERAL
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


def leading_literals(pattern: str) -> Optional[FrozenSet[str]]:
    """Strings one of which every match of *pattern* *begins* with (as written in the
    pattern, before any case folding), or None when some match may begin otherwise.

    Zero-width items at the start (``\\b``, look-arounds) are passed over: they
    constrain where a match may begin, not what it begins with.
    """
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # pragma: no cover - the pattern was compiled already
        return None
    found = _lead(list(parsed), 0)
    return frozenset(found) if found else None


def _lead(items: list, k: int) -> Optional[set]:
    """Leading literals of the sequence ``items[k:]`` (None: unknown or may be empty)."""
    while k < len(items) and str(items[k][0]) in _ZERO_WIDTH:
        k += 1
    if k >= len(items):
        return None  # the rest may match the empty string
    op, arg = items[k]
    name = str(op)
    if name == "LITERAL":
        run = []
        while k < len(items) and str(items[k][0]) == "LITERAL":
            run.append(chr(items[k][1]))
            k += 1
        return {"".join(run)}
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, sub = arg
        if add_flags or del_flags:
            return None  # scoped flags (e.g. "(?i:...)") change what a literal matches
        return _lead(list(sub) + items[k + 1 :], 0)  # the group matches once
    if name == "BRANCH":
        out: set = set()
        for alt in arg[1]:
            sub = _lead(list(alt) + items[k + 1 :], 0)
            if sub is None:
                return None
            out |= sub
        return out
    if name == "IN" and len(arg) <= _MAX_CLASS and all(str(o) == "LITERAL" for o, _ in arg):
        # a small class of plain characters ("[Ww]"): one branch per character
        out = set()
        for _op, ch in arg:
            sub = _lead([(_LITERAL, ch)] + items[k + 1 :], 0)
            if sub is None:  # pragma: no cover - a literal always leads
                return None
            out |= sub
        return out
    if name in _REPEATS:
        lo, _hi, sub_items = arg
        # The first repetition is followed by another one or by the rest, so only the
        # body's own leading literals are certain (None when the body may be empty).
        first = _lead(list(sub_items), 0)
        if first is None:
            return None
        if lo >= 1:
            return first
        rest = _lead(items, k + 1)  # or zero repetitions
        return None if rest is None else first | rest
    return None


#: Shortest leading literal worth a trigger: a one-character one stands almost everywhere.
MIN_TRIGGER = 2


def trigger_source(pattern: str) -> str:
    """The source of an expression that finds, in lower-cased text, every place where a
    match of *pattern* may begin; "" when there is none worth using.

    Built from the pattern's leading literals, lower-cased. Only ASCII literals are used:
    a character equal to an ASCII one (or, case-insensitively, one of its cases) is that
    character once lower-cased, apart from "İ", "ı" and "ſ" (case-insensitive matching
    takes them for i, i and s): text holding one must not use the trigger for a
    case-insensitive pattern. The expression starts with plain literals, so ``re``
    scans for it quickly.
    """
    leads = leading_literals(pattern)
    if not leads or not all(s.isascii() for s in leads):
        return ""
    lowered = sorted({s.lower() for s in leads})
    if min(len(s) for s in lowered) < MIN_TRIGGER:
        return ""
    return trie_regex(lowered)


def triggered_matches(match, search, text: str, folded: str, base: int) -> Iterator["re.Match"]:
    """The matches ``finditer`` gives, tried only where a leading literal stands.

    *match* is the pattern's ``match`` method; *search* that of an expression finding
    its leading literals in *folded*, where ``folded[base:base + len(text)]`` corresponds
    to *text* character for character. Every match begins with one of the literals, so
    the places where ``finditer`` would find its next match are among those where
    *search* matches. Trying the pattern there with ``match`` on the same string gives
    the same match: ``\\b`` and look-behinds still see the characters before. Matches are
    not empty (they contain a literal), so after one the next is looked for from its
    end, as ``finditer`` does.
    """
    end = base + len(text)
    hit = search(folded, base, end)
    while hit is not None:
        at = hit.start()
        m = match(text, at - base)
        if m is not None:
            yield m
            hit = search(folded, base + m.end(), end)
        else:
            hit = search(folded, at + 1, end)
