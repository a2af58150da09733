"""Relations between a table's columns, learnt from its own rows.

A table states the same arithmetic on every row: a share column is one count over
another ("| Moorside | 118 | 220 | 54% |"), or each row's share of the column's total (an
election's votes and shares), a change column is the difference or the percentage change
between two columns, a total column the sum of others. :func:`column_relations` finds,
for each table, the relations most of its rows keep (at least two rows, and at least
twice as many rows keep it as break it), and :func:`row_misfits` returns the rows that
break one: the cell that disagrees and the value the rest of its row gives.

Nothing is assumed from the headers: a relation holds because the rows say so.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from lintnews.records import ValueRecord
from lintnews.analysis.figures.quantity import to_base
from lintnews.analysis.figures.reader import Figure, read_figures
from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document
import re

__all__ = ["RowMisfit", "TotalMisfit", "row_misfits", "share_column_excess", "total_misfits"]

#: Kinds a table's amounts may have (percentages are the derived columns).
_AMOUNTS = frozenset("count currency length mass area volume energy data duration".split())


class RowMisfit(ValueRecord):
    """``cell`` breaks the relation ``how`` (``ratio``, ``share-of-total``, ``change``,
    ``percent-change``, ``sum``) that the other rows of its table keep; ``expected`` is the
    value its row's other cells give, ``sources`` the cells it is computed from."""

    cell: Figure
    expected: float
    how: str
    sources: Tuple[Figure, ...]
    kept: int  # how many rows keep the relation

    __slots__ = ("cell", "expected", "how", "sources", "kept")

    def __init__(
        self,
        cell: Figure,
        expected: float,
        how: str,
        sources: Tuple[Figure, ...],
        kept: int,
    ) -> None:
        self.cell = cell
        self.expected = expected
        self.how = how
        self.sources = sources
        self.kept = kept


def row_misfits(doc: Document) -> List[RowMisfit]:
    """Every row cell that breaks a relation the rest of its table keeps (a memo of the
    document)."""
    return doc.memo("figures.table-misfits", _misfits)


def _misfits(doc: Document) -> List[RowMisfit]:
    tables: Dict[int, Dict[int, Dict[str, Figure]]] = {}
    for f in read_figures(doc):
        if f.place != "table" or not f.row or f.table is None or f.quantity is None or not f.comparable \
                or f.upper is not None:
            continue
        row = tables.setdefault(f.table, {}).setdefault(f.row, {})
        if f.column not in row:
            row[f.column] = f
    out: List[RowMisfit] = []
    for rows in tables.values():
        if len(rows) >= 3:
            out.extend(_table(list(rows.values())))
    return out


class TotalMisfit(ValueRecord):
    """A total row's cell (``cell``) that is not the sum of the column above it (``parts``)."""

    cell: Figure
    parts: Tuple[Figure, ...]

    __slots__ = ("cell", "parts")

    def __init__(self, cell: Figure, parts: Tuple[Figure, ...]) -> None:
        self.cell, self.parts = cell, parts


#: A row that adds up the rows above it: "Total", "All", "Overall", "Combined", "Sum".
_TOTAL_LABEL = frozenset("total totals all overall combined sum altogether".split())


def total_misfits(doc: Document) -> List[TotalMisfit]:
    """The cells of a table's total row ("| Total | 22 | 1,450 |") that are not the sum of
    the rows above it, column by column (a memo of the document). A column is summed only
    when every row above gives it a figure of the total's kind; percentages and averages
    are not sums, so a column whose other cells are percentages, or whose total is a
    percentage, is left alone; the rounding of every cell is allowed."""
    return doc.memo("figures.table-totals", _total_misfits)


def _total_misfits(doc: Document) -> List[TotalMisfit]:
    tables: Dict[int, Dict[int, Dict[str, Figure]]] = {}
    for f in read_figures(doc):
        if f.place != "table" or not f.row or f.table is None or f.quantity is None or not f.comparable \
                or f.upper is not None or f.approx:
            continue
        tables.setdefault(f.table, {}).setdefault(f.row, {}).setdefault(f.column, f)
    out: List[TotalMisfit] = []
    if tables:
        out.extend(_prose_totals(doc, tables))
    for rows in tables.values():
        ordered = sorted(rows.items())
        for k, (row, cells) in enumerate(ordered):
            label = next(iter(cells.values())).row_label.strip().lower().split()
            if not label or label[0].strip("*_:") not in _TOTAL_LABEL or k < 2:
                continue
            above = [c for r, c in ordered[:k]]
            for column, total in cells.items():
                if total.kind not in _AMOUNTS:
                    continue
                parts = [c.get(column) for c in above]
                if any(p is None or p.kind != total.kind or p.currency != total.currency or p.unit != total.unit
                       for p in parts):
                    continue
                s_lo = sum(p.value - p.half for p in parts)
                s_hi = sum(p.value + p.half for p in parts)
                if s_lo - total.half - 1e-9 > total.value or total.value > s_hi + total.half + 1e-9:
                    out.append(TotalMisfit(total, tuple(parts)))
    return out


#: A column header that names the shares of one whole: "Share of journeys", "% of sales",
#: "Proportion of staff", "Percentage of trips" (not "% change", "Turnout %").
_SHARE_HEADER = lazyre.compile(r"\b(?:share|proportion|percentage|split)\s+of\b|(?:%|per\s?cent)\s+of\b|"
                               r"^\W*(?:share|proportion)\W*$", re.I)
#: How far past 100% a share column may add up before it is read as shares of different
#: wholes (a table of places, each with its own share) rather than one whole's parts.
_SHARE_EXCESS_CAP = 112.0


def share_column_excess(doc: Document) -> List[Tuple[Figure, ...]]:
    """The columns of percentages, headed as the shares of one whole ("| Share of journeys |"),
    whose rows add up to more than 100% beyond their rounding: each as its cells, top
    first (a memo of the document). A total row is left out of the sum; a column past
    about 112% is left alone (shares of different wholes, a row each)."""
    return doc.memo("figures.table-share-columns", _share_column_excess)


def _share_column_excess(doc: Document) -> List[Tuple[Figure, ...]]:
    columns: Dict[Tuple[int, str], Dict[int, Figure]] = {}
    mixed = set()
    for f in read_figures(doc):
        if f.place != "table" or not f.row or f.table is None or not f.column:
            continue
        key = (f.table, f.column)
        if f.kind != "percent" or f.quantity is None or not f.comparable or f.upper is not None or f.approx:
            mixed.add(key)
            continue
        label = f.row_label.strip().lower().split()
        if label and label[0].strip("*_:") in _TOTAL_LABEL:
            continue
        if f.row in columns.setdefault(key, {}):
            mixed.add(key)  # two shares in one cell: not one row's part
        columns[key][f.row] = f
    out: List[Tuple[Figure, ...]] = []
    for key, rows in columns.items():
        if key in mixed or len(rows) < 3 or not _SHARE_HEADER.search(key[1]):
            continue
        cells = tuple(rows[r] for r in sorted(rows))
        low = sum(c.value - c.half for c in cells)
        if 100.0 + 1e-9 < low and sum(c.value for c in cells) <= _SHARE_EXCESS_CAP:
            out.append(cells)
    return out


#: A total told in prose beside a table: "on 36 days in total", "61 in all", "a total of 61".
_IN_ALL_AFTER = lazyre.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:in\s+all|in\s+total|altogether|combined|between\s+them)\b", re.I)
_TOTAL_BEFORE = lazyre.compile(r"\b(?:a\s+total\s+of|totalling|totaling|in\s+all)\s+$", re.I)
_TOTAL_OPENING = lazyre.compile(r"\s*(?:In\s+total|In\s+all|Altogether|All\s+told|Overall)\s*,", re.I)


def _prose_totals(doc: Document, tables: Dict[int, Dict[int, Dict[str, Figure]]]) -> List[TotalMisfit]:
    """A table with one column of amounts and no total row, against the total the
    paragraph right after it (or right before) gives: "| Mill Lane | 9 |" ... "the limit was
    exceeded on 36 days in total"."""
    by_region: Dict[int, List[Figure]] = {}  # prose figures by paragraph, read once
    for f in read_figures(doc):
        if f.place != "table":
            by_region.setdefault(f.region.index, []).append(f)
    out: List[TotalMisfit] = []
    for rows in tables.values():
        cells = [c for r in sorted(rows) for c in rows[r].values()]
        if len(rows) < 2 or any(len(r) != 1 for r in rows.values()) or cells[0].kind not in _AMOUNTS:
            continue
        first = cells[0]
        if any(c.kind != first.kind or c.unit != first.unit or c.currency != first.currency for c in cells):
            continue
        labels = [c.row_label.strip().lower().split() for c in cells]
        if any(lab and lab[0].strip("*_:") in _TOTAL_LABEL for lab in labels):
            continue  # a total row of its own (checked above)
        before, after = first.region.index - 1, cells[-1].region.index + 1
        regions = doc.regions
        while before >= 0 and regions[before].kind == "table-cell":
            before -= 1  # (the header row's cells)
        header = (first.column or "").lower()
        near = [f for f in by_region.get(before, []) + by_region.get(after, [])
                if (f.kind == first.kind or first.kind == "count" and f.kind == "duration" and f.unit
                     and f.unit in header)  # "| Days over limit |" and "36 days in total"
                and f.quantity is not None and f.comparable and not f.approx]
        stated = [f for f in near if _IN_ALL_AFTER.match(f.region.text, f.end)
                  or _TOTAL_BEFORE.search(f.region.text, max(0, f.qual_start - 20), f.start)]
        if not stated:
            # "In total, the limit was broken on 41 days": a sentence that opens on the total
            stated = [f for f in near if f.sentence is not None
                      and _TOTAL_OPENING.match(f.region.text, f.sentence.start)
                      and sum(1 for g in near if g.sentence is f.sentence) == 1]
        if len(stated) != 1:
            continue
        total = stated[0]
        if first.kind == "currency" and total.currency != first.currency:
            continue
        said = total.sentence.text if total.sentence is not None else total.region.text
        if any(c.row_label.split() and c.row_label.split()[-1] in said for c in cells):
            continue  # "Hale polled 3,400 votes in all": one row's figure, not the column's
        s_lo = sum(c.value - c.half for c in cells)
        s_hi = sum(c.value + c.half for c in cells)
        if s_lo - total.half - 1e-9 > total.value or total.value > s_hi + total.half + 1e-9:
            out.append(TotalMisfit(total, tuple(cells)))
    out.extend(_route_totals(doc, tables, by_region))
    return out


#: The length of a whole route in prose: "the 12.4-mile route", "the 14km line", "a 21-mile
#: path", "The trail is 12 miles long".
_ROUTE_AFTER = lazyre.compile(r"(?:\s*\([^()]{1,20}\))?[\s-]+(?:long\s+)?(?:new\s+|main\s+|whole\s+|full\s+)?"
                              r"(?:[a-z]+\s+)?(?:route|line|path|track|trail|road|railway|tramway|course|bypass|canal|"
                              r"cycleway|greenway|pipeline|walk|link|extension|towpath|footpath|walkway|promenade|"
                              r"circuit|loop)\b|\s+long\b", re.I)
#: A table's rows are the route's sections: "| Section |", "| Stage |", or rows "A to B".
_SECTION_HEADER = frozenset("section sections stage stages leg legs phase phases stretch part parts segment "
                            "segments".split())


def _route_totals(doc: Document, tables: Dict[int, Dict[int, Dict[str, Figure]]],
                  by_region: Dict[int, List[Figure]]) -> List[TotalMisfit]:
    """A table of a route's sections, each with its length ("| Town to Mill Lane | 4.1
    miles |"), against the route's length the paragraph right before or after it gives
    ("The 12.4-mile route has three sections"): the sections make up the route."""
    out: List[TotalMisfit] = []
    regions = doc.regions
    for rows in tables.values():
        ordered = [rows[r] for r in sorted(rows)]
        lengths = {col for cells in ordered for col, c in cells.items() if c.kind == "length"}
        if len(ordered) < 2 or len(lengths) != 1:
            continue
        column = lengths.pop()
        cells = [r.get(column) for r in ordered]
        if any(c is None for c in cells) or any(c.unit != cells[0].unit for c in cells):
            continue
        first = cells[0]
        labels = [c.row_label.strip().lower() for c in cells]
        if any(lab.split() and lab.split()[0].strip("*_:") in _TOTAL_LABEL for lab in labels):
            continue
        before = first.region.index - 1
        while before >= 0 and regions[before].kind == "table-cell":
            before -= 1
        header = regions[before + 1].text.strip().lower().split() if before + 1 < len(regions) else []
        if not (all(" to " in lab or "-" in lab for lab in labels) or header and header[0].strip("*_:|")
                in _SECTION_HEADER):
            continue
        after = cells[-1].region.index + 1
        near = [f for f in by_region.get(before, []) + by_region.get(after, [])
                if f.kind == "length" and f.quantity is not None and f.comparable and not f.approx
                and f.place != "table" and _ROUTE_AFTER.match(f.region.text, f.quantity.extra.get("after", f.end))]
        if len(near) != 1:
            continue
        total = near[0]
        if total.unit != first.unit:
            if first.quantity is None or not to_base(1.0, first.quantity):
                continue
            mult = to_base(1.0, total.quantity) / to_base(1.0, first.quantity)
        else:
            mult = 1.0
        s_lo = sum(c.value - c.half for c in cells)
        s_hi = sum(c.value + c.half for c in cells)
        value, half = total.value * mult, total.half * mult
        # more than the route, or short of it by more than rounding but close enough (85%)
        # to be meant as all of it: a table of some stages of a longer route falls well short
        if s_lo - half - 1e-9 > value or 0.85 * value <= s_hi and value > s_hi + half + 1e-9:
            out.append(TotalMisfit(total, tuple(cells)))
    return out


class _Cell:
    """A cell's figure with its sign as written ("-10%": the reader keeps magnitudes)."""

    __slots__ = ("figure", "value", "half", "text")

    def __init__(self, f: Figure) -> None:
        self.figure, self.half, self.text = f, f.half, f.text
        before = f.region.text[max(0, f.qual_start - 1) : f.qual_start]
        self.value = -f.value if before in ("-", "−", "–") else f.value

    @property
    def kind(self) -> str:
        return self.figure.kind


def _table(figure_rows: List[Dict[str, Figure]]) -> List[RowMisfit]:
    rows = [{c: _Cell(f) for c, f in row.items()} for row in figure_rows]
    columns: List[str] = []
    for row in rows:
        for c in row:
            if c not in columns:
                columns.append(c)
    kinds = {c: {row[c].kind for row in rows if c in row} for c in columns}
    amounts = [c for c in columns if len(kinds[c]) == 1 and next(iter(kinds[c])) in _AMOUNTS]
    percents = [c for c in columns if kinds[c] == {"percent"}]
    out: List[RowMisfit] = []
    for p in percents:
        best = None
        for x in amounts:
            # each row's share of the column's total: an election's votes and shares
            total = sum(row[x].value for row in rows if x in row)
            if total > 0:
                best = _better(best, _check(rows, p, (x,), lambda r: 100 * r[x].value / total, "share-of-total"))
            for y in amounts:
                if x == y:
                    continue
                best = _better(best, _check(rows, p, (x, y), lambda r, x=x, y=y: 100 * r[x].value / r[y].value
                                            if r[y].value else None, "ratio"))
                best = _better(best, _check(rows, p, (x, y), lambda r, x=x, y=y: 100 * (r[y].value - r[x].value)
                                            / r[x].value if r[x].value else None, "percent-change"))
        if best is not None:
            out.extend(best[1])
    for z in amounts:
        best = None
        for i, x in enumerate(amounts):
            for y in amounts[i + 1 :]:
                if z in (x, y):
                    continue
                best = _better(best, _check(rows, z, (x, y), lambda r, x=x, y=y: r[x].value + r[y].value, "sum"))
                best = _better(best, _check(rows, z, (x, y), lambda r, x=x, y=y: r[y].value - r[x].value, "change"))
        if best is not None:
            out.extend(best[1])
    return out


def _better(best, found):
    if found is None:
        return best
    return found if best is None or found[0] > best[0] else best


def _check(rows: List[Dict[str, Figure]], target: str, sources: Tuple[str, ...], expect, how: str):
    """``(rows kept, misfits)`` when most rows keep ``row[target] == expect(row)``."""
    kept = 0
    broken: List[RowMisfit] = []
    for row in rows:
        if target not in row or any(s not in row for s in sources):
            continue
        value = expect(row)
        if value is None:
            continue
        cell = row[target]
        if _agrees(cell, value, [row[s] for s in sources], how):
            kept += 1
        else:
            broken.append(RowMisfit(cell.figure, value, how, tuple(row[s].figure for s in sources), 0))
    if kept < 2 or not broken or kept < 2 * len(broken):
        return None
    for b in broken:
        b.kept = kept
    return kept, broken


def _agrees(cell: "_Cell", value: float, sources: List["_Cell"], how: str) -> bool:
    """The cell matches the value its row gives, within the cell's rounding (and the
    rounding its sources pass on to a share: half a point)."""
    slack = cell.half if cell.half else 0.5
    if how in ("ratio", "share-of-total", "percent-change"):
        slack = max(slack, 0.5) + 0.1
    else:
        slack += sum(s.half for s in sources)
    return abs(cell.value - value) <= slack + 1e-9 * max(1.0, abs(value))


def describe(m: RowMisfit) -> str:
    """ "74 / 140 = 52.9%", "1,478 of 3,547 = 41.7%", "12 + 30 = 42"."""
    src = m.sources
    if m.how == "ratio":
        return f"{src[0].text} / {src[1].text} is {m.expected:.1f}%"
    if m.how == "share-of-total":
        return f"{src[0].text} of the column's total is {m.expected:.1f}%"
    if m.how == "percent-change":
        return f"{src[0].text} to {src[1].text} is {m.expected:+.1f}%"
    if m.how == "sum":
        return f"{src[0].text} + {src[1].text} is {_num(m.expected)}"
    return f"{src[1].text} - {src[0].text} is {_num(m.expected)}"


def _num(x: float) -> str:
    return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}"


def misfit_row(m: RowMisfit) -> Optional[str]:
    return m.cell.row_label or None
