"""Necessary literals of a regular expression: a cheap prefilter, as ripgrep does.

:func:`necessary_literals` returns a set of strings such that every match of the
pattern contains at least one of them, or None when no useful set exists. A scanner
tests ``any(s in text for s in literals)`` (fast substring search in C) before running
the regex on a paragraph, which skips most paragraphs for most rules.
"""

from __future__ import annotations

import sys
from typing import FrozenSet, Iterator, List, Optional, Tuple

from lintnews.matching.safe_regex import _sre_parse
from lintnews.matching.tries import trie_regex
from lintnews.matching import patterns as lazyre

_MIN_USEFUL = 3
# Words so common in news copy that a gate made of them lets almost every paragraph
# through; a set of rarer strings is preferred even when it has more members.
_COMMON = frozenset(
    """that this with from have been were will would could should there their they them
    what when which while some many more most also than then into over about after said
    says year years the and for are was not but had has its one two new may can all any
    other such only just like being does""".split()
)
_INLINE_I = lazyre.compile(r"\(\?[aiLmsux]*i[aiLmsux]*(?:-[imsx]+)?[:)]")  # shortest literal worth testing for


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
_MAXREPEAT = _sre_parse.MAXREPEAT


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

    Built from the pattern's leading phrases (:func:`leading_phrases`: its leading
    literals and, past white space, the words that follow them), lower-cased, with any
    white space where the pattern has ``\\s+``: a trigger that reads "it is" or "it
    was" stops at far fewer places than one that reads "it" (which also stands inside
    "with" and "city"). Only ASCII literals are used: a character equal to an ASCII one
    (or, case-insensitively, one of its cases) is that character once lower-cased, apart
    from "İ", "ı" and "ſ" (case-insensitive matching takes them for i, i and s): text
    holding one must not use the trigger for a case-insensitive pattern. The expression
    starts with plain literals, so ``re`` scans for it quickly.
    """
    leads = leading_phrases(pattern)
    if not leads or not all(s.isascii() for s in leads):
        return ""
    lowered = sorted({s.lower() for s in leads})
    if min(len(s) for s in lowered) < MIN_TRIGGER:
        return ""
    return trie_regex(lowered, space=r"\s+")


#: Most first words whose leading phrases get a trigger each (see :func:`trigger_sources`).
MAX_SPLIT = 4


def trigger_sources(pattern: str) -> Tuple[str, ...]:
    """:func:`trigger_source` as one expression per first word of the leading phrases,
    when they begin with two to :data:`MAX_SPLIT` words, not all with one letter ("is",
    "are", "was", "were"); else the one expression, or () when there is none. Each then starts with a plain
    literal, which ``re`` finds by a quick scan, where the one expression starts with
    an alternation and ``re`` tries it at every character that may begin one of the
    words (every "a", "i" and "w" of the text). :class:`FirstOf` finds the first
    place any of them matches: the place the one expression finds."""
    whole = trigger_source(pattern)
    if not whole:
        return ()
    groups: dict = {}
    for phrase in sorted({s.lower() for s in leading_phrases(pattern) or ()}):
        groups.setdefault(phrase.split(" ", 1)[0], []).append(phrase)
    if not 2 <= len(groups) <= MAX_SPLIT or len({word[0] for word in groups}) == 1:
        return (whole,)  # one word, too many, or all begin alike (the one starts with a literal)
    return tuple(trie_regex(group, space=r"\s+") for _word, group in sorted(groups.items()))


class FirstOf:
    """Searches like one expression made of several (:func:`trigger_sources`): its
    ``search(text, pos, endpos)`` gives the match that starts first among theirs (only
    its start is used). The expressions are compiled the first time one is asked for."""

    __slots__ = ("patterns",)

    def __init__(self, patterns: List) -> None:
        self.patterns = patterns

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        best = None
        for rx in self.patterns:
            m = rx.search(text, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best


#: Words a leading phrase runs to at most, and leading phrases kept at most: past
#: either, a phrase stops where it is.
PHRASE_WORDS = 3
PHRASE_LIMIT = 96


def leading_phrases(pattern: str, words: int = PHRASE_WORDS, limit: int = PHRASE_LIMIT) -> Optional[FrozenSet[str]]:
    """Strings one of which every match of *pattern* begins with, a space standing for
    one or more white-space characters (where the pattern has ``\\s+``), or None when
    some match may begin otherwise. Like :func:`leading_literals`, but a literal is
    followed past ``\\s+`` into the next word, and past an optional group both ways,
    up to *words* words (fewer when that gives more than *limit* strings; a shorter
    phrase is still a leading one: each string is cut where the pattern becomes anything
    else). A literal space in the
    pattern also reads as a space; what it stands for then matches more, never less.
    """
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # pragma: no cover - the pattern was compiled already
        return None
    for most in range(words, 0, -1):  # the most words that keep the phrases few
        found = _phrases(list(parsed), 0, most, limit)
        if found is not _TOO_MANY:
            break
    if not found or found is _TOO_MANY or "" in found:
        return None
    return frozenset(found)


#: What :func:`_phrases` returns when the phrases are more than the limit.
_TOO_MANY: set = set()


def _is_spaces(arg) -> bool:
    """Whether a repeat (its argument) is ``\\s+``: one or more white-space characters."""
    lo, hi, sub = arg
    if lo != 1 or hi != _MAXREPEAT or len(sub) != 1:
        return False
    op, av = sub[0]
    return str(op) == "IN" and len(av) == 1 and str(av[0][0]) == "CATEGORY" and str(av[0][1]) == "CATEGORY_SPACE"


def _phrases(items: list, k: int, words: int, limit: int) -> set:
    """Leading phrases of ``items[k:]`` (see :func:`leading_phrases`) of at most *words*
    words, or :data:`_TOO_MANY`. ``{""}`` when the sequence may begin with anything."""
    run: List[str] = []
    while k < len(items):
        op, arg = items[k]
        name = str(op)
        if name in _ZERO_WIDTH:
            k += 1  # zero-width: constrains where, not what
            continue
        if name == "LITERAL":
            run.append(chr(arg))
            k += 1
            continue
        if name in _REPEATS and _is_spaces(arg):
            if words <= 1 or not run:
                break
            run.append(" ")
            words -= 1
            k += 1
            continue
        alternatives: Optional[List[list]] = None
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = arg
            if add_flags or del_flags:
                break  # scoped flags change what a literal matches
            items = list(sub) + items[k + 1 :]  # the group matches once
            k = 0
            continue
        if name == "BRANCH":
            alternatives = [list(alt) for alt in arg[1]]
        elif name == "IN" and len(arg) <= _MAX_CLASS and all(str(o) == "LITERAL" for o, _ in arg):
            alternatives = [[(_LITERAL, ch)] for _op, ch in arg]
        elif name in _REPEATS and arg[0] == 0 and arg[1] == 1:
            alternatives = [list(arg[2]), []]  # an optional item: there, or not
        if alternatives is None:
            break  # anything else: the phrase stops here
        head = "".join(run)
        out: set = set()
        for alt in alternatives:
            sub = _phrases(alt + items[k + 1 :], 0, words, limit)
            if sub is _TOO_MANY:
                return sub
            out |= {head + s for s in sub}
            if len(out) > limit:
                return _TOO_MANY
        return out
    return {"".join(run)}


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


# -- literals that stand at the start of a word ---------------------------------------

_WORD = lazyre.compile(r"\w")
_NON_WORD_CATEGORIES = frozenset({"CATEGORY_SPACE", "CATEGORY_NOT_WORD"})


def word_start_literals(pattern: str, ignorecase: bool) -> Optional[FrozenSet[str]]:
    """Like :func:`necessary_literals`, but each string is one that every match holds
    *at the start of a word*: no word character stands right before it (or it begins
    the text). Such strings are found by scanning from one non-word character to the
    next, which is much quicker than trying every character. None when the pattern
    offers no such set.

    A literal is at a word start when what the pattern matches just before it cannot be
    a word character: white space or another non-word character, or ``\\b`` before a
    word character, or the start of the text.
    """
    if not ignorecase and _INLINE_I.search(pattern):
        return None
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # pragma: no cover - the pattern was compiled already
        return None
    found = _word_seq(list(parsed), ignorecase, False, False)
    if not found or min(len(s) for s in found) < _MIN_USEFUL:
        return None
    return found


def _is_word(ch: str) -> bool:
    return _WORD.match(ch) is not None


def _word_seq(items, ignorecase: bool, after_non_word: bool, boundary: bool) -> Optional[FrozenSet[str]]:
    """The best set of word-start literals of the sequence *items*: *after_non_word* when
    the character before it is surely not a word character, *boundary* when a ``\\b``
    stands right before it."""
    options: List[FrozenSet[str]] = []
    run: List[str] = []
    run_ok = False
    at = after_non_word

    def flush() -> None:
        if run and run_ok:
            options.append(frozenset({"".join(run)}))
        run.clear()

    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            ch = chr(arg)
            if not run:
                run_ok = at or (boundary and _is_word(ch))
            run.append(ch.lower() if ignorecase else ch)
            at, boundary = not _is_word(ch), False
            continue
        if name == "AT":
            if str(arg) == "AT_BOUNDARY":
                boundary = True
            continue  # zero-width: the character before stays the same
        if name in ("ASSERT", "ASSERT_NOT"):
            continue
        flush()
        was_boundary, boundary = boundary, False
        if name == "IN":
            at = _class_non_word(arg)
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = arg
            if add_flags or del_flags:
                at = False
                continue
            best = _word_seq(list(sub), ignorecase, at, was_boundary)
            if best:
                options.append(best)
            if _alt_width(sub) == 0:  # when skipped, a "\b" before it still counts
                boundary = was_boundary and _ends_non_word(sub)
            at = _after(sub, at)
        elif name == "BRANCH":
            union: Optional[set] = set()
            for alt in arg[1]:
                best = _word_seq(list(alt), ignorecase, at, was_boundary)
                if not best:
                    union = None
                    break
                union |= best
            if union:
                options.append(frozenset(union))
            if any(_alt_width(alt) == 0 for alt in arg[1]):
                boundary = was_boundary and all(_ends_non_word(alt) or _alt_width(alt) == 0 for alt in arg[1])
            at = all(_after(alt, at) for alt in arg[1])
        elif name in _REPEATS:
            lo, _hi, sub = arg
            ends = _ends_non_word(sub)
            if lo >= 1:
                # a later repetition starts after the end of the one before
                best = _word_seq(list(sub), ignorecase, at and ends, False)
                if best:
                    options.append(best)
            if lo == 0:  # when skipped, a "\b" before it still counts
                boundary = was_boundary and ends
            at = ends and (lo >= 1 and _min_width(sub) > 0 or at)
        else:
            at = False
    flush()
    options = [o for o in options if o]
    return max(options, key=_quality) if options else None


def _class_non_word(arg) -> bool:
    """Whether every character a class matches is not a word character."""
    for op, value in arg:
        name = str(op)
        if name == "LITERAL":
            if _is_word(chr(value)):
                return False
        elif name == "CATEGORY":
            if str(value) not in _NON_WORD_CATEGORIES:
                return False
        elif name == "RANGE":
            lo, hi = value
            if hi - lo > 256 or any(_is_word(chr(c)) for c in range(lo, hi + 1)):
                return False
        else:  # NEGATE and anything else
            return False
    return True


def _min_width(sub) -> int:
    try:
        return sub.getwidth()[0]
    except AttributeError:  # a plain list of items (a branch alternative)
        return 0


def _ends_non_word(sub) -> bool:
    """Whether every non-empty match of *sub* ends with a non-word character."""
    items = [it for it in sub if str(it[0]) not in _ZERO_WIDTH]
    if not items:
        return False
    op, arg = items[-1]
    name = str(op)
    if name == "LITERAL":
        return not _is_word(chr(arg))
    if name == "IN":
        return _class_non_word(arg)
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, inner = arg
        return not add_flags and not del_flags and _min_width(inner) > 0 and _ends_non_word(inner)
    if name == "BRANCH":
        return all(_ends_non_word(alt) and _alt_width(alt) > 0 for alt in arg[1])
    if name in _REPEATS:
        lo, _hi, inner = arg
        return lo >= 1 and _min_width(inner) > 0 and _ends_non_word(inner)
    return False


def _alt_width(alt) -> int:
    return _min_width(alt) if hasattr(alt, "getwidth") else 0


def _after(sub, at: bool) -> bool:
    """Whether the character before the position after *sub* is surely not a word
    character, given *at* for the position before it."""
    ends = _ends_non_word(sub)
    return ends if _alt_width(sub) > 0 else (ends and at)
