"""Applying fixes: choose non-overlapping edits, apply them, lint again until nothing is left.

A finding's :class:`lintnews.model.Fix` holds edits in source offsets. ``--fix`` applies
the safe ones, ``--unsafe-fixes`` the others too. Two fixes whose edits overlap cannot
both be applied to the same text: the one that starts first wins (ties broken by end,
then code, then the edits themselves, so the choice never depends on rule order), and
the other is reconsidered on the next pass, after the text has been linted again.
Passes repeat until no fix applies, so a second run of ``--fix`` finds nothing to fix.

Everything here is pure except :func:`write_fixed`.
"""

from __future__ import annotations

import difflib
import itertools
import os
from typing import TYPE_CHECKING, Callable, Iterable, List, Optional, Sequence, Tuple

from lintnews.model import Edit, Finding, Fix

if TYPE_CHECKING:  # pragma: no cover
    from lintnews.engine.config import Settings
    from lintnews.engine.linter import Linter

#: Upper bound on lint-and-fix passes over one text (each pass applies at least one fix).
MAX_PASSES = 10

_BOM = b"\xef\xbb\xbf"


def applicable(finding: Finding, unsafe: bool = False) -> bool:
    """True when *finding* has a fix that ``--fix`` (or, with *unsafe*, ``--unsafe-fixes``) applies."""
    return finding.fix is not None and bool(finding.fix.edits) and (finding.fix.safe or unsafe)


def _valid(fix: Fix, length: int) -> bool:
    """Edits inside the text, each well-formed, none overlapping another of the same fix."""
    edits = fix.edits
    for e in edits:
        if not (0 <= e.start <= e.end <= length) or not isinstance(e.replacement, str):
            return False
    return not any(_clash(a, b) for a, b in itertools.combinations(edits, 2))


def _clash(a: Edit, b: Edit) -> bool:
    """Whether two edits touch the same text (two insertions at one point also clash)."""
    if a.start == a.end == b.start == b.end:
        return True
    return a.start < b.end and b.start < a.end


def _key(f: Finding) -> tuple:
    assert f.fix is not None
    edits = tuple(sorted((e.start, e.end, e.replacement) for e in f.fix.edits))
    return (edits[0][0], max(e[1] for e in edits), f.code, edits)


def select_fixes(findings: Iterable[Finding], length: int, unsafe: bool = False) -> List[Finding]:
    """The findings whose fixes are applied together to a text of *length* characters.

    Deterministic: candidates are taken in order of their first edit (then last end,
    code and edits) and a candidate that clashes with one already taken is left out.
    Fixes whose edits fall outside the text or overlap each other are never taken.
    """
    chosen: List[Finding] = []
    taken: List[Edit] = []
    seen = set()
    for f in sorted((f for f in findings if applicable(f, unsafe)), key=_key):
        assert f.fix is not None
        ident = tuple(sorted(f.fix.edits, key=lambda e: (e.start, e.end, e.replacement)))
        if ident in seen or not _valid(f.fix, length):
            continue
        if any(_clash(e, t) for e in f.fix.edits for t in taken):
            continue
        seen.add(ident)
        chosen.append(f)
        taken.extend(f.fix.edits)
    return chosen


def apply_edits(source: str, edits: Iterable[Edit]) -> str:
    """*source* with non-overlapping *edits* applied (raises ``ValueError`` on overlap)."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    out: List[str] = []
    pos = 0
    for e in ordered:
        if e.start < pos or e.end > len(source) or e.start > e.end:
            raise ValueError(f"edit {e} overlaps another edit or falls outside the text")
        out.append(source[pos : e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(source[pos:])
    return "".join(out)


class FixOutcome:
    """What fixing one text did: the final text, how many fixes, what is left."""

    original: str
    text: str
    applied: int
    #: Findings in the final text (the ones no fix resolved).
    remaining: List[Finding]

    __slots__ = ("original", "text", "applied", "remaining")

    def __init__(
        self,
        original: str,
        text: str,
        applied: int = 0,
        remaining: Optional[List[Finding]] = None,
    ) -> None:
        self.original = original
        self.text = text
        self.applied = applied
        self.remaining = [] if remaining is None else remaining

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"original={self.original!r}, "
            f"text={self.text!r}, "
            f"applied={self.applied!r}, "
            f"remaining={self.remaining!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.original, self.text, self.applied, self.remaining) == (
                other.original, other.text, other.applied, other.remaining
            )
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by value and mutable

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def unsafe_left(self) -> int:
        """Remaining findings that ``--unsafe-fixes`` would fix."""
        return sum(1 for f in self.remaining if applicable(f, unsafe=True) and not applicable(f))


def fix_findings(
    text: str,
    lint: Callable[[str], Sequence[Finding]],
    unsafe: bool = False,
    max_passes: int = MAX_PASSES,
) -> FixOutcome:
    """Lint *text* with *lint* and apply fixes, pass after pass, until none applies.

    Stops early, keeping the last text, if a pass would bring back a text already seen
    (two rules undoing each other's fixes).
    """
    findings = list(lint(text))
    outcome = FixOutcome(original=text, text=text, remaining=findings)
    seen = {text}
    for _ in range(max_passes):
        chosen = select_fixes(outcome.remaining, len(outcome.text), unsafe)
        if not chosen:
            break
        new_text = apply_edits(outcome.text, (e for f in chosen for e in f.fix.edits))  # type: ignore[union-attr]
        if new_text in seen:
            break
        seen.add(new_text)
        outcome.text = new_text
        outcome.applied += len(chosen)
        outcome.remaining = list(lint(new_text))
    return outcome


def fix_text(
    linter: "Linter",
    text: str,
    path: str = "<text>",
    settings: "Optional[Settings]" = None,
    unsafe: bool = False,
) -> FixOutcome:
    """Fix *text* with *linter* and *settings* (see :func:`fix_findings`)."""
    return fix_findings(text, lambda t: linter.lint_text(t, path, settings), unsafe)


def unified_diff(old: str, new: str, path: str, bom: bool = False) -> str:
    """A unified diff from *old* to *new*: labelled ``a/PATH`` and ``b/PATH`` (git style,
    for ``git apply`` and ``patch -p1``) when *path* is relative, plain *path* otherwise.
    With *bom* the file starts with a byte-order mark, which the diff's first line keeps
    so that the patch applies to the file as it is on disk."""
    if old == new:
        return ""
    if bom:
        old, new = "\ufeff" + old, "\ufeff" + new
    label = path.replace(os.sep, "/")
    relative = not os.path.isabs(path) and not label.startswith("<")
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{label}" if relative else label,
        tofile=f"b/{label}" if relative else label,
    )
    out = []
    for line in lines:
        if not line.endswith(("\n", "\r")):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    return "".join(out)


_MARKS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16 LE, whose mark it starts with
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def file_encoding(path: str) -> Tuple[str, bool]:
    """How the draft at *path* is encoded: ``(codec, has a byte-order mark)``, so that
    fixes are written back in the same encoding, byte order and mark."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError:
        return "utf-8", False
    for mark, codec in _MARKS:
        if head.startswith(mark):
            return codec, True
    return "utf-8", False


def has_bom(path: str) -> bool:
    """Whether the file at *path* starts with a UTF-8 byte-order mark."""
    return file_encoding(path) == ("utf-8", True)


def write_fixed(path: str, text: str, bom: bool = False, encoding: str = "utf-8") -> None:
    """Write *text* over *path* (see :func:`lintnews.text.reading.write_atomic`), keeping
    its mode, owner, hard links and symbolic links, its encoding and its byte-order mark."""
    from lintnews.text.reading import write_atomic

    write_atomic(os.path.realpath(path), ("\ufeff" + text) if bom else text, encoding, path)
