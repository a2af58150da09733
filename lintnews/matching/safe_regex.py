"""Compile regular expressions from rule packs, so that no pattern can hang a run.

Python's ``re`` backtracks: a pattern such as ``(a|aa)+$`` or ``(a{1,100}){1,100}$``
takes exponential time on a near-miss. Patterns in the packs shipped with lintnews are
checked here for nested unbounded repetition. Patterns in the user's own packs (config
``packs:``, ``--pack``; loaded inside :func:`user_patterns`) are untrusted input:

* where ``google-re2`` is installed (``pip install 'lintnews[re2]'``) they run under RE2,
  whose matching time is linear in the text, translated so that ``\\w``, ``\\d`` and
  ``\\s`` keep Python's Unicode meaning (RE2's ``\\b`` looks at ASCII letters only);
* a pattern RE2 cannot run (look-around, back-references), or every pattern where RE2 is
  not installed, runs under ``re`` only if :func:`backtracking_risk` finds nothing that
  can make it backtrack badly; otherwise the pack is refused when it loads, with the
  reason, and the run ends with exit status 2.
"""

from __future__ import annotations

import contextvars
import re
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterator, List, Optional, Tuple

from lintnews import cache
from lintnews.matching import patterns as lazyre
from lintnews.matching.patterns import LazyPattern

try:  # Python 3.11+
    import re._parser as _sre_parse  # type: ignore[import-not-found]
    from re._constants import MAXREPEAT  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    from sre_constants import MAXREPEAT  # type: ignore[no-redef]

_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}

#: True while a user's own pack loads (see :func:`user_patterns`).
_USER = contextvars.ContextVar("lintnews_user_patterns", default=False)


def compiling_for_user() -> str:
    """What :func:`compile_user_regex` would build now, for cache keys: ``builtin``,
    ``user-re2`` or ``user-re`` (a cached pack must not outlive a change of engine)."""
    if not _USER.get():
        return "builtin"
    return "user-re2" if re2_available() else "user-re"


@contextmanager
def user_patterns() -> Iterator[None]:
    """Within this block, :func:`compile_user_regex` compiles for a user's own pack."""
    token = _USER.set(True)
    try:
        yield
    finally:
        _USER.reset(token)


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


def compile_user_regex(pattern: str, ignorecase: bool = False) -> Any:
    """Check and compile *pattern* from a rule pack; raise ``ValueError`` (with the
    reason) if it is invalid or could hang. Inside :func:`user_patterns` the result runs
    under RE2 where it can (see the module's doc). The result pickles uncompiled."""
    if _USER.get():
        return _compile_for_user(pattern, ignorecase)
    return _compile_builtin(pattern, ignorecase)


@lru_cache(maxsize=None)
def _compile_builtin(pattern: str, ignorecase: bool = False) -> LazyPattern:
    flags = re.IGNORECASE if ignorecase else 0
    compiled, parsed = _parse(pattern, flags)
    if _star_height(list(parsed)) > 1:
        raise ValueError(
            f"regular expression {pattern!r} nests unbounded repetition (like '(a+)+'), "
            "which can take exponential time; rewrite it without the nested '+' or '*'"
        )
    return LazyPattern(pattern, flags, compiled)


def _parse(pattern: str, flags: int):
    try:
        compiled = cache.compile(pattern, flags)  # a pack's own pattern: its program is kept
        parsed = _sre_parse.parse(pattern, flags)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    except RecursionError:
        raise ValueError(f"regular expression {pattern!r} is nested too deeply") from None
    return compiled, parsed


@lru_cache(maxsize=None)
def _compile_for_user(pattern: str, ignorecase: bool = False) -> Any:
    flags = re.IGNORECASE if ignorecase else 0
    compiled, parsed = _parse(pattern, flags)
    if re2_available():
        translated = to_re2(pattern)
        if translated is not None and _re2_compile(translated, ignorecase) is not None:
            return LinearPattern(pattern, flags)
    risk = backtracking_risk(parsed)
    if risk is None:
        return LazyPattern(pattern, flags, compiled)
    if re2_available():
        advice = "RE2, which runs the other patterns in linear time, cannot run this one; rewrite it"
    else:
        advice = "install lintnews[re2] to run it in linear time, or rewrite it"
    raise ValueError(f"regular expression {pattern!r} {risk}, which can make matching take exponential time; {advice}")


# --------------------------------------------------------------------------- RE2


@lru_cache(maxsize=None)
def re2_available() -> bool:
    """Whether ``google-re2`` can be imported (``pip install 'lintnews[re2]'``)."""
    try:
        import re2  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=None)
def _re2_compile(translated: str, ignorecase: bool) -> Any:
    import re2

    options = re2.Options()
    options.case_sensitive = not ignorecase
    options.log_errors = False
    try:
        return re2.compile(translated, options)
    except re2.error:
        return None


# Python's classes, as RE2 classes with the same (Unicode) meaning.
_WORD = r"\p{L}\p{N}\p{Mn}\p{Mc}_"
_DIGIT = r"\p{Nd}"
_SPACE = r"\t\n\x0b\f\r \x1c-\x1f\x85\p{Z}"
_CLASSES = {"w": f"[{_WORD}]", "W": f"[^{_WORD}]", "d": _DIGIT, "D": r"\P{Nd}", "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]"}
_IN_CLASS = {"w": _WORD, "d": _DIGIT, "s": _SPACE}
_HEX = lazyre.compile(r"x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}")


def to_re2(pattern: str) -> Optional[str]:
    """*pattern* (Python syntax) in RE2's syntax, or None where a Python escape has no
    RE2 equal (``\\W`` inside a class, named characters, ...). RE2 refuses on its own
    what it cannot run at all (look-around, back-references)."""
    out: List[str] = []
    i, n = 0, len(pattern)
    in_class = False
    class_start = -1
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                return None
            e = pattern[i + 1]
            hexa = _HEX.match(pattern, i + 1)
            if hexa is not None:
                out.append("\\x{%s}" % hexa.group()[1:])
                i = hexa.end()
                continue
            if e in _CLASSES:
                if in_class:
                    if e not in _IN_CLASS:
                        return None
                    out.append(_IN_CLASS[e])
                else:
                    out.append(_CLASSES[e])
            elif e == "Z":
                out.append("\\z")
            elif e in "0123456789" and not in_class:
                return None  # a back-reference (or an octal escape): RE2 has neither
            elif e in "NgpP":
                return None
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "]" and i > class_start:
                in_class = False
            elif c == "[" and pattern.startswith("[:", i):
                return None  # Python reads "[:" as two characters, RE2 as a POSIX class
        elif c == "[":
            in_class = True
            class_start = i + 1
            if pattern.startswith("^", class_start):
                class_start += 1
            if pattern.startswith("]", class_start):  # a "]" first is a literal
                out.append(pattern[i : class_start + 1])
                i = class_start + 1
                class_start = i
                continue
        out.append(c)
        i += 1
    return "".join(out)


class LinearPattern:
    """A user pack's pattern run under RE2: the methods the scanner and the pack kinds
    use (``finditer``, ``search``, ``match``, ``pattern``, ``flags``, ``groupindex``),
    with Python's ``pattern`` and ``flags`` kept for analysis. Matches are RE2's, with
    ``.re`` this object. Pickles as its source and compiles on first use."""

    linear = True

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._rx: Any = None

    def __reduce__(self):
        return (_restore, (self.pattern, self.flags, "re2"))

    @property
    def compiled(self) -> Any:
        rx = self._rx
        if rx is None:
            translated = to_re2(self.pattern)
            rx = _re2_compile(translated, bool(self.flags & re.IGNORECASE)) if translated is not None else None
            if rx is None:  # pragma: no cover - checked when the pack loaded
                raise ValueError(f"RE2 cannot run {self.pattern!r}")
            self._rx = rx
        return rx

    @property
    def groupindex(self):
        return self.compiled.groupindex

    @property
    def groups(self) -> int:
        return self.compiled.groups

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator["_Match"]:
        for m in self.compiled.finditer(text, pos, endpos):
            yield _Match(m, self)

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Optional["_Match"]:
        m = self.compiled.search(text, pos, endpos)
        return None if m is None else _Match(m, self)

    def match(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Optional["_Match"]:
        m = self.compiled.match(text, pos, endpos)
        return None if m is None else _Match(m, self)

    def __repr__(self) -> str:
        return f"LinearPattern({self.pattern[:40]!r})"


def _restore(pattern: str, flags: int, engine: str) -> LinearPattern:
    """Unpickle a :class:`LinearPattern`; a cache written where RE2 was installed is
    refused (and rebuilt) where it no longer is."""
    if engine == "re2" and not re2_available():
        raise ValueError("google-re2 is no longer installed")
    return LinearPattern(pattern, flags)


class _Match:
    """An RE2 match whose ``.re`` is the :class:`LinearPattern` that found it."""

    __slots__ = ("_m", "re")

    def __init__(self, m: Any, rx: LinearPattern) -> None:
        self._m = m
        self.re = rx

    def __getattr__(self, name: str) -> Any:
        return getattr(self._m, name)

    def group(self, *groups):
        return self._m.group(*groups)

    def start(self, group=0) -> int:
        return self._m.start(group)

    def end(self, group=0) -> int:
        return self._m.end(group)

    def span(self, group=0) -> Tuple[int, int]:
        return self._m.span(group)

    def expand(self, template: str) -> str:
        return self._m.expand(template)


# --------------------------------------------------------------------------- backtracking


def backtracking_risk(parsed) -> Optional[str]:
    """Why a parsed pattern may backtrack badly under ``re``, or None.

    Conservative: a repetition (``*``, ``+``, ``{m,n}`` with n > 1) may only repeat
    something that matches in one way and always the same length (a character, a class,
    a fixed string, or a group of such without alternatives that could start alike),
    and two repetitions that can match the same character may not stand side by side.
    Under these rules each attempt to match backtracks at most once per character.
    """
    return _risk(list(parsed))


def _risk(items) -> Optional[str]:
    previous: Optional[frozenset] = None  # what the last unbounded repetition can match
    for op, arg in items:
        name = str(op)
        if name in _REPEATS:
            lo, hi, body = arg
            if hi > 1:
                why = _repeatable(list(body))
                if why:
                    return why
                chars = _first_chars(list(body))
                if hi != lo and previous is not None and (chars is None or previous & chars):
                    return "has two repetitions side by side that can match the same characters"
                previous = chars if hi != lo else previous
            else:
                why = _risk(list(body))
                if why:
                    return why
            continue
        if name == "SUBPATTERN":
            why = _risk(list(arg[-1]))
        elif name == "BRANCH":
            why = next((w for w in (_risk(list(alt)) for alt in arg[1]) if w), None)
        elif name in ("ASSERT", "ASSERT_NOT"):
            why = _risk(list(arg[1]))
        elif name == "ATOMIC_GROUP":
            why = _risk(list(arg))
        elif name in ("GROUPREF", "GROUPREF_EXISTS"):
            return "uses a back-reference"
        else:
            why = None
        if why:
            return why
        if name not in ("AT",):  # anything that consumes text ends a run of repetitions
            previous = None if _width(op, arg) != (0, 0) else previous
    return None


def _width(op, arg) -> Tuple[int, int]:
    sub = _sre_parse.SubPattern(_sre_parse.State(), [(op, arg)])
    try:
        return sub.getwidth()
    except Exception:  # pragma: no cover - defensive
        return (0, MAXREPEAT)


def _repeatable(body) -> Optional[str]:
    """Why *body* may not be repeated, or None when it matches one way, one length."""
    sub = _sre_parse.SubPattern(_sre_parse.State(), body)
    lo, hi = sub.getwidth()
    if lo != hi:
        return "repeats a group whose matches differ in length (like '(a|aa)+' or '(a{1,9})+')"
    for op, arg in body:
        name = str(op)
        if name in _REPEATS:
            if arg[1] > 1:
                return "nests repetition inside repetition (like '(a+)+')"
            why = _repeatable(list(arg[2]))
        elif name == "SUBPATTERN":
            why = _repeatable(list(arg[-1]))
        elif name == "BRANCH":
            alts = [list(alt) for alt in arg[1]]
            firsts = [_first_chars(alt) for alt in alts]
            if any(f is None for f in firsts) or sum(len(f) for f in firsts) != len(frozenset().union(*firsts)):
                return "repeats alternatives that can start with the same character (like '(a|a)*')"
            why = next((w for w in (_repeatable(alt) for alt in alts) if w), None)
        elif name in ("ASSERT", "ASSERT_NOT", "ATOMIC_GROUP", "GROUPREF", "GROUPREF_EXISTS"):
            return "repeats a look-around or back-reference"
        else:
            why = None
        if why:
            return why
    return None


#: Characters tried to tell which ones a class can match (enough to see two classes overlap).
_PROBE = "".join(chr(c) for c in range(32, 127)) + "\t\n\xa0\xe9\xc9\u00df\u0131\u03b1\u0416\u4e00\u2019\u2014\u00b2\u0663"


def _first_chars(items) -> Optional[frozenset]:
    """The probe characters a match of *items* can start with; None when it can start
    with nothing (an empty match) or is too complex to tell."""
    for op, arg in items:
        name = str(op)
        if name == "AT":
            continue
        if name in ("LITERAL", "NOT_LITERAL", "IN", "ANY", "CATEGORY"):
            try:  # case-insensitive always: a superset, so overlaps are never missed
                compiled = re.compile(_unparse_single(op, arg), re.DOTALL | re.IGNORECASE)
            except (re.error, ValueError):
                return None
            return frozenset(c for c in _PROBE if compiled.fullmatch(c))
        if name == "SUBPATTERN":
            return _first_chars(list(arg[-1]))
        if name in _REPEATS and arg[0] >= 1:
            return _first_chars(list(arg[2]))
        return None
    return None


def _unparse_single(op, arg) -> str:
    """A Python pattern for one single-character item of a parsed pattern."""
    name = str(op)
    if name == "LITERAL":
        return re.escape(chr(arg))
    if name == "NOT_LITERAL":
        return "[^" + re.escape(chr(arg)) + "]"
    if name == "ANY":
        return "."
    if name == "IN":
        parts = []
        negate = ""
        for iop, iarg in arg:
            iname = str(iop)
            if iname == "NEGATE":
                negate = "^"
            elif iname == "LITERAL":
                parts.append(re.escape(chr(iarg)))
            elif iname == "RANGE":
                parts.append(re.escape(chr(iarg[0])) + "-" + re.escape(chr(iarg[1])))
            elif iname == "CATEGORY":
                parts.append(_CATEGORY[str(iarg)])
            else:
                raise ValueError(iname)
        return "[" + negate + "".join(parts) + "]"
    raise ValueError(name)


_CATEGORY = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
