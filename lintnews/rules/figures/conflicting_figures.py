"""FIG001: one quantity given two different values in the same draft."""

from __future__ import annotations

import re
from typing import Dict, Iterator, List

from ...document import Document
from ...figure_context import describe
from ...figure_match import disjoint, pairs
from ...model import Finding, Severity
from ...quantities import Quantity, quantities
from ...rule import DEFAULT_SCOPE, Rule

__all__ = ["ConflictingFigures"]


class ConflictingFigures(Rule):
    code = "FIG001"
    name = "conflicting-figures"
    category = "figures"
    severity = Severity.WARNING
    #: Figures in quotations are still figures: a quote that contradicts the body is worth a query.
    scope = DEFAULT_SCOPE | {"blockquote"}
    summary = "The same quantity is given two different values in one draft."
    doc = """\
What it flags: a figure that contradicts an earlier statement of the same quantity: the
headline's "4,000 jobs" against the body's "3,000 jobs", a back-reference that does not
match ("cut 4,000 jobs ... the 3,000 jobs"), a rate "held at 2.5%" and later "held at
2.75%", a person's age given twice ("Jane Doe, 52" then "Ms Doe, 54" or "the
54-year-old"). The message names both figures and the line of the earlier one.

Figures are compared only where a restatement can be recognised: the headline against
the first body figure for the same thing, a definite back-reference ("the four
stations") against the earlier figures for that noun, figures introduced by the same
measure ("rates at", "a range of"), counts of the same modified noun ("19 Endurance
pickups"), and ages of one named person. Different quantities
that share a unit stay quiet ("20 people died ... 35 people were hurt"). Rounding is
allowed ("£3.2m" and "£3.24m" agree; a headline's "$16bn" for $16.6bn is fine), and so
are qualifiers ("more than 4,000" and "4,500" agree).

Why: a figure that changes between the top and the bottom of a story is the error
readers notice first, and one of the two is wrong.

Instead: check the source and make both figures agree, or say why they differ ("4,000
jobs, 3,000 of them in the UK")."""
    examples = {
        "fail": [
            "# Carmaker to cut 4,000 jobs\n\nThe carmaker said it would cut 3,000 jobs at its two plants.",
            "Jane Doe, 52, runs the shop. Ms Doe, 54, said trade was slow.",
            "The council will close four libraries. The three libraries employ 40 people.",
            "The central bank held interest rates at 2.5% on Thursday. "
            "The bank's decision to keep rates at 2.75% was unanimous.",
        ],
        "pass": [
            "# Carmaker to cut 4,000 jobs\n\nThe carmaker said it would cut 4,000 jobs at its two plants.",
            "The plant employs 4,000 people. Another 3,000 people work for its suppliers.",
            "The fire killed 20 people. 35 people were taken to hospital.",
            "Eight players qualified. The two players who won will go to Dallas.",
            "The central bank held interest rates at 2.5% on Thursday. "
            "A year ago it held rates at 0.75%.",
        ],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        figures = [q for q in quantities(doc) if q.comparable and self.applies_to(q.region)]
        yield from self._ages(doc, [q for q in figures if q.dim == "age"])
        others = [q for q in figures if q.dim != "age"]
        seen = set()
        for a, b, _why in pairs(doc, others):
            if id(b) not in seen:
                seen.add(id(b))
                yield self._finding(doc, a, b, describe(a), describe(b))

    def _ages(self, doc: Document, ages: List[Quantity]) -> Iterator[Finding]:
        named: Dict[str, Quantity] = {}
        text = "\n".join(r.text for r in doc.regions)
        for q in ages:
            if not q.person or not _is_person(q.person, text):
                continue
            first = named.setdefault(q.person, q)
            if first is not q and disjoint(first, q) and q.sentence is not first.sentence:
                yield self._finding(doc, first, q, first.text, q.text, who=q.person)
        # "the 54-year-old" after "Jane Doe, 52": the one person whose age the draft gives
        if len(named) != 1:
            return
        (person, first), = named.items()
        for q in ages:
            if q.person or _order(q) < _order(first) or q.sentence is first.sentence:
                continue
            if _is_back_reference(q) and disjoint(first, q):
                yield self._finding(doc, first, q, first.text, q.text, who=person)

    def _finding(self, doc: Document, a: Quantity, b: Quantity, a_text: str, b_text: str, who: str = "") -> Finding:
        line = doc.position(a.region.source_span(a.start, a.end)[0])[0]
        here = doc.position(b.region.source_span(b.start, b.end)[0])[0]
        where = "earlier on this line" if line == here else f"on line {line}"
        subject = f"{who}'s age" if who else "the same quantity"
        message = f"{b_text} here, {a_text} {where}: {subject} given two different values"
        return self.report(doc, b.region, b.qual_start, b.extra.get("after", b.end), message)


def _is_person(surname: str, text: str) -> bool:
    """A surname the draft also gives with a first name or a title ("Jane Doe", "Ms Doe")."""
    pattern = rf"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.?\s+|\b[A-Z][a-z]+\s+){re.escape(surname)}\b"
    return re.search(pattern, text) is not None


def _is_back_reference(q: Quantity) -> bool:
    """ "the 52-year-old" standing alone (not "the 52-year-old Jane Doe")."""
    text = q.region.text
    if text[max(0, q.qual_start - 4) : q.qual_start].lower() != "the ":
        return False
    return not re.match(r"\s+(?:[a-z-]+\s+){0,2}[A-Z]", text[q.end : q.end + 40])


_FULL_NAME = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+|[A-Z][a-z]+\s+)([A-Z][a-z][\w'’-]+)\b(?![\w'’-]*\s+[A-Z])")


def _last_named(doc: Document, q: Quantity) -> str:
    """The surname of the person named last before *q* (in its region or the one before)."""
    regions = [q.region]
    if q.region.index > 0:
        regions.insert(0, doc.regions[q.region.index - 1])
    found = ""
    for region in regions:
        end = q.start if region is q.region else len(region.text)
        for m in _FULL_NAME.finditer(region.text, 0, end):
            if m.group(1) not in _NOT_SURNAMES:
                found = m.group(1)
    return found


_NOT_SURNAMES = frozenset(
    """Cup League Open Championship Championships Club United City Party Office Bank Council Committee
    Commission Court House Street Road Park Stadium Games Trophy Prix Series Award Awards Festival
    Union Association Federation Ministry Department Service Times News Post Radio Television Group
    Company Corporation University College School Hospital Police Army Navy Force Kingdom States
    Republic Island Islands Valley Hill Square Centre Center Tour Masters Classic Final Finals Six
    Nations Premiership Championship Conference Division Sport Sports""".split()
)


def _order(q: Quantity) -> tuple:
    return (q.region.index, q.start)
