"""Inline suppressions in Markdown HTML comments.

``<!-- lintnews-disable SEL... -->`` … ``<!-- lintnews-enable SEL... -->`` (a range),
``<!-- lintnews-disable-next-line SEL... -->``, ``<!-- lintnews-disable-line SEL... -->``
and ``<!-- lintnews-disable-file [SEL...] -->``. ``SEL`` is a rule code, name, prefix,
pack or category, separated by spaces or commas; no selector means every rule.
A malformed pragma is reported as ``LN900`` and one that suppressed nothing as ``LN901``.
"""

from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence, Tuple

from lintnews.records import ValueRecord
from lintnews.text.document import Document, Pragma
from lintnews.model import Finding
from lintnews.matching import patterns as lazyre

DIRECTIVES = (
    "lintnews-disable",
    "lintnews-enable",
    "lintnews-disable-next-line",
    "lintnews-disable-line",
    "lintnews-disable-file",
)
_SPLIT = lazyre.compile(r"[\s,]+")


class Suppression(ValueRecord):
    pragma: Pragma
    selectors: Tuple[str, ...]  # empty: every rule
    first_line: int
    last_line: int  # inclusive
    used: bool
    matched: Dict[str, bool]

    __slots__ = ("pragma", "selectors", "first_line", "last_line", "used", "matched")

    def __init__(
        self,
        pragma: Pragma,
        selectors: Tuple[str, ...],
        first_line: int,
        last_line: int,
        used: bool = False,
        matched: Optional[Dict[str, bool]] = None,
    ) -> None:
        self.pragma = pragma
        self.selectors = selectors
        self.first_line = first_line
        self.last_line = last_line
        self.used = used
        self.matched = {} if matched is None else matched

    __hash__ = None  # type: ignore[assignment]  # compared by value and mutable


class PragmaProblem(ValueRecord):
    pragma: Pragma
    code: str  # LN900 or LN901
    message: str

    __slots__ = ("pragma", "code", "message")

    def __init__(self, pragma: Pragma, code: str, message: str) -> None:
        self.pragma = pragma
        self.code = code
        self.message = message

    __hash__ = None  # type: ignore[assignment]  # compared by value and mutable


def parse_suppressions(
    doc: Document, is_known: Callable[[str], bool]
) -> Tuple[List[Suppression], List[PragmaProblem]]:
    """Turn a document's pragmas into suppression ranges (by line) and problems."""
    last_line = len(doc.line_starts)
    lines = doc.source.splitlines()
    out: List[Suppression] = []
    problems: List[PragmaProblem] = []
    open_ranges: List[Suppression] = []
    for pragma in doc.pragmas:
        if pragma.directive not in DIRECTIVES:
            problems.append(
                PragmaProblem(pragma, "LN900", f"unknown directive '{pragma.directive}' (expected one of: {', '.join(DIRECTIVES)})")
            )
            continue
        selectors = tuple(s for s in _SPLIT.split(pragma.argument) if s)
        unknown = [s for s in selectors if not is_known(s)]
        if unknown:
            problems.append(PragmaProblem(pragma, "LN900", f"'{pragma.directive}' names unknown rule '{unknown[0]}'"))
            continue
        line = doc.line_of(pragma.offset)
        end_line = doc.line_of(max(pragma.end - 1, pragma.offset))
        d = pragma.directive
        if d == "lintnews-disable":
            sup = Suppression(pragma, selectors, line, last_line)
            open_ranges.append(sup)
            out.append(sup)
        elif d == "lintnews-enable":
            closing = [s for s in open_ranges if not selectors or set(s.selectors) & set(selectors)]
            if not closing:
                problems.append(PragmaProblem(pragma, "LN900", "'lintnews-enable' has no matching 'lintnews-disable' before it"))
                continue
            for sup in closing:
                sup.last_line = line
                open_ranges.remove(sup)
        elif d == "lintnews-disable-next-line":
            target = end_line + 1
            while target <= len(lines) and not lines[target - 1].strip():
                target += 1
            out.append(Suppression(pragma, selectors, target, target))
        elif d == "lintnews-disable-line":
            out.append(Suppression(pragma, selectors, line, end_line))
        else:  # disable-file
            out.append(Suppression(pragma, selectors, 1, last_line))
    return out, problems


def apply_suppressions(
    findings: Sequence[Finding],
    suppressions: Sequence[Suppression],
    matches: Callable[[str, Finding], bool],
) -> List[Finding]:
    """Drop findings covered by a suppression; mark the suppressions used."""
    if not suppressions:
        return list(findings)
    kept = []
    for f in findings:
        hit: Optional[Suppression] = None
        for sup in suppressions:
            if sup.first_line <= f.line <= sup.last_line and (
                not sup.selectors or any(matches(sel, f) for sel in sup.selectors)
            ):
                hit = sup
                sup.used = True
        if hit is None:
            kept.append(f)
    return kept
