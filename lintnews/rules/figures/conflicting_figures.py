"""FIG001: one quantity given two different values in the same draft."""

from __future__ import annotations

from typing import Iterator, List, Optional

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document
from lintnews.analysis.figures.ages import age_pairs
from lintnews.analysis.figures.context import describe
from lintnews.analysis.figures.match import headline_regions, pairs
from lintnews.model import Finding, Severity
from lintnews.analysis.figures.extract import Quantity, in_scope, quantities
from lintnews.rule import DEFAULT_SCOPE, Rule
from lintnews.analysis.figures.compare import disjoint
from lintnews.analysis.figures.match import measure_class
from lintnews.analysis.figures.context import STOP, stem
from lintnews.analysis.figures.reader import read_figures
from lintnews.analysis.figures.dates import draft_date
from lintnews.analysis.figures.messages import voice_note
from lintnews.analysis.figures.spans import span_statements
import bisect
import re

__all__ = ["ConflictingFigures"]

#: How many paragraphs before and after a table its rows are looked for in the text.
TABLE_REACH = 8


class ConflictingFigures(Rule):
    """What it flags: a figure that contradicts an earlier statement of the same quantity: the
    headline's "4,000 jobs" against the body's "3,000 jobs", a back-reference that does not
    match ("cut 4,000 jobs ... the 3,000 jobs", "3,000 firms ... the 2,000 businesses"), a
    rate "held at 2.5%" and later "kept at 2.75%", a person's age given twice ("Jane Doe,
    52" then "Ms Doe, 54" or "the 54-year-old"; "Byrds producer Melcher dies at 62" over
    "has died aged 64"). The message names both figures and the line of the other one.

    Figures are compared only where a restatement can be recognised: a headline (or a
    standfirst set as a subheading) figure that no body figure gives, against the body
    figure that restates it (reported in the headline); the headline against the first body
    figure for the same thing; a definite back-reference ("the four stations", "its 500
    patents", "these two players", "the £12m fine") against the earlier figures for that
    noun or one of its kind (firms and businesses, titles and newspapers); figures
    introduced by the same measure ("rates at", "its majority ... to 14"); counts of the
    same modified noun ("19 Endurance pickups", "a six-month contract"); and ages of one
    person. A back-reference may name the event by a modifier made of the earlier verb ("the
    2,570 laid-off workers" after "2,750 workers were laid off"), a headline may count people
    under another noun for one event ("saves 95 lives" over "pulled 75 people from the
    sea"; rescued and saved, evacuated and moved), "one in ten" in a headline is checked
    against the body's "about one in seven", and a measure taken up with "the" may have its
    digits transposed ("4,200 hectares" ... "the 2,400 hectares burned"). Different quantities that share a unit stay quiet ("20 people died ... 35
    people were hurt", "another 3,000", "the first five ... the last five", "the two-year
    bans" on two athletes and "the two-year ban" on their coach). Rounding is allowed
    ("£3.2m" and "£3.24m" agree; a headline's "$16bn" for $16.6bn is fine), and so are
    qualifiers ("more than 4,000" and "4,500" agree; "more than 4,000" and "more than
    6,000" do not).

    Severity: a warning where the draft's own words tie the two figures together; info
    (the message ends "if they are the same") for looser readings: a bare "the three"
    after a count, "the four detainees" after "four Britons", a part ("two of the banks")
    taken up by a back-reference, an age after several people's ages.

    A headline's bound is held to the body's figure ("Over 300,000 evacuated" above "moved
    286,000 people", more than 2% short), and money "of" a kind of thing in a headline
    ("£310m of assets frozen") is compared like any amount, and the headline's count taken up
    by its subject with a verb of reach ("The notice will affect 21,000 households" under
    "Boil-water notice for 18,000 homes") is compared with it. "The four victims" is checked
    against the count of the dead before it ("Three passengers died"), and a noun phrase with
    "the" that names the same event as an earlier count up to eight paragraphs back ("The
    evacuation of the 840 people", "the 3,200 evacuated neighbours") against that count. A
    table row's figure is checked against the text that names the row in lower case after
    "the", a possessive or another word of its name ("the trust", "the rail
    trust"), and a table whose rows are years against a figure beside its column's name in a
    sentence naming the year ("against inflation of 2.6%" this year).

    Why: a figure that changes between the top and the bottom of a story is the error
    readers notice first, and one of the two is wrong.

    Instead: check the source and make both figures agree, or say why they differ ("4,000
    jobs, 3,000 of them in the UK").

    Fix safety: no fix: the message cannot tell which of the two figures is wrong.
    """

    code = "FIG001"
    name = "conflicting-figures"
    category = "figures"
    severity = Severity.WARNING
    #: Figures in quotations are still figures: a quote that contradicts the body is worth a query.
    scope = DEFAULT_SCOPE | {"blockquote"}
    summary = "The same quantity is given two different values in one draft."
    examples = {
        "fail": [
            "# Carmaker to cut 4,000 jobs\n\nThe carmaker said it would cut 3,000 jobs at its two plants.",
            "Jane Doe, 52, runs the shop. Ms Doe, 54, said trade was slow.",
            "The council will close four libraries. The three libraries employ 40 people.",
            "The central bank held interest rates at 2.5% on Thursday. "
            "The bank's decision to keep rates at 2.75% was unanimous.",
            "The government plans to renationalise 3,000 firms. Prosecutors listed the 2,000 businesses.",
        ],
        "pass": [
            "# Carmaker to cut 4,000 jobs\n\nThe carmaker said it would cut 4,000 jobs at its two plants.",
            "The plant employs 4,000 people. Another 3,000 people work for its suppliers.",
            "The fire killed 20 people. 35 people were taken to hospital.",
            "Eight players qualified. The two players who won will go to Dallas.",
            "The central bank held interest rates at 2.5% on Thursday. "
            "A year ago it held rates at 0.75%.",
            "More than 240 firms from 31 countries attended. Relations between the two countries improved.",
        ],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        figures = [q for q in in_scope(quantities(doc), self.applies_to) if q.comparable]
        yield from self._ages(doc, [q for q in figures if q.dim == "age"])
        yield from self._table_text(doc)
        others = [q for q in figures if q.dim != "age"]
        pinned: list = []  # durations given with their own two ends, read once if needed
        for pair in pairs(doc, others):
            a, b = pair.earlier, pair.later
            if a.dim == "time" and b.dim == "time":
                if not pinned:
                    pinned.append({id(st.duration.quantity): (id(st.first), id(st.second))
                                   for st in span_statements(doc) if st.how == "sentence"})
                ends_a, ends_b = pinned[0].get(id(a)), pinned[0].get(id(b))
                if (ends_a or ends_b) and ends_a != ends_b:
                    continue  # "from 1980 until 2010, a total of 30 years": the length of its own span
                    # (checked against it by FIG008), not the headline's "marks 150 years"
            if pair.at_headline:
                # no body figure gives the headline's: the headline is the one to query
                yield self._finding(doc, b, a, describe(b), describe(a), strong=pair.strong)
            else:
                yield self._finding(doc, a, b, describe(a), describe(b), strong=pair.strong)

    def _table_text(self, doc: Document) -> Iterator[Finding]:
        """A table row's figure against the text's figure for the same row and column:
        "| Sam Hartley | Labour | 61,400 |" and "Hartley won with 64,100 votes"."""
        figures = read_figures(doc)
        cells = [f for f in figures if f.place == "table" and f.row and f.row_label and f.column
                 and f.comparable and f.quantity is not None and self.applies_to(f.region)]
        if not cells:
            return
        text_figures = [f for f in figures if f.place != "table" and f.quantity is not None and f.comparable
                        and f.sentence is not None and self.applies_to(f.region)]
        by_table: dict = {}
        for c in cells:
            by_table.setdefault(c.table, []).append(c)
        words: dict = {}  # sentence -> its words, read once
        starts = [f.region.index for f in text_figures]
        year_now: list = []  # the draft's year, read once if a table's rows are years
        for table_cells in by_table.values():
            keys = {_label_word(c.row_label) for c in table_cells} - {""}
            label_words = {_label_word(c.row_label): {w.lower() for w in _WORD.findall(c.row_label)}
                           for c in table_cells}
            words = {}  # (a sentence's words depend on this table's row names)
            years = {c.row_label.strip() for c in table_cells if _YEAR_LABEL.fullmatch(c.row_label.strip())}
            if years and not keys:
                if not year_now:
                    dated = draft_date(doc)
                    year_now.append(dated[0].year if dated is not None else None)
                yield from self._year_rows(doc, table_cells, years, year_now[0], text_figures)
                continue
            # the text the table stands in: a few paragraphs either side of it
            lo = bisect.bisect_left(starts, table_cells[0].region.index - TABLE_REACH)
            hi = bisect.bisect_right(starts, table_cells[-1].region.index + TABLE_REACH)
            near = text_figures[lo:hi]
            for f in near:
                sw = words.get(id(f.sentence))
                if sw is None:
                    sw = words[id(f.sentence)] = _words(f.sentence.text, keys, label_words)
                if not (keys & sw) or f.role == "change" or measure_class(f.quantity)[0] == "margin":
                    continue  # "9,000 ahead", "up 5%": not a row's figure
                key = _closest_label(f, keys)
                linked = []
                for cell in table_cells:
                    if _label_word(cell.row_label) != key or cell.row_label == cell.text:
                        continue
                    if f.kind != cell.kind or f.currency != cell.currency:
                        continue
                    column = _column_words(cell.column)
                    if f.kind == "count" and not (column & _words_near(f)) and not _same_column_noun(column, f):
                        continue
                    linked.append(cell)
                if not linked or any(not disjoint(cell.quantity, f.quantity) for cell in linked):
                    continue  # the row gives this figure in one of its columns
                cell = min(linked, key=lambda c: abs(c.value - f.value))
                if _near_value(cell.value, f.value):
                    line = doc.line_of(cell.region.source_span(cell.start, cell.end)[0])
                    message = (f"{f.shown} here for {key}, but the table gives {cell.text} "
                               f"({cell.column}, line {line}): the same quantity given two different values")
                    yield self.report(doc, f.region, f.qual_start, f.end, message)

    def _year_rows(self, doc: Document, cells: list, years: set, now, text_figures: list) -> Iterator[Finding]:
        """A table whose rows are years ("| 2025 | 1.8% | 3.1% |") against a figure of the text
        beside its column's name ("against inflation of 2.6%") in a sentence that names one
        of the years ("in 2025"; "this year" is the draft's year, or the table's last)."""
        lo_region = cells[0].region.index - TABLE_REACH
        hi_region = cells[-1].region.index + TABLE_REACH
        latest = max(years)
        for f in text_figures:
            if not lo_region <= f.region.index <= hi_region or f.kind not in ("percent", "currency", "count"):
                continue  # (a change is a row's figure when its column is one: "Wage growth")
            named = set(_YEAR_IN.findall(f.sentence.text))
            if _THIS_YEAR.search(f.sentence.text):
                named.add(str(now) if now is not None else latest)
            named &= years
            if len(named) != 1:
                continue
            year = named.pop()
            near = _column_near(f)
            linked = [c for c in cells if c.row_label.strip() == year and c.kind == f.kind and c.currency == f.currency
                      and c.column and _column_words(c.column) <= near]
            if len(linked) != 1 or not disjoint(linked[0].quantity, f.quantity):
                continue
            cell = linked[0]
            if _near_value(cell.value, f.value):
                line = doc.line_of(cell.region.source_span(cell.start, cell.end)[0])
                message = (f"{f.shown} here for {year}, but the table gives {cell.text} "
                           f"({cell.column}, line {line}): the same quantity given two different values"
                           f"{voice_note((f,))}")
                yield self.report(doc, f.region, f.qual_start, f.end, message)

    def _ages(self, doc: Document, ages: List[Quantity]) -> Iterator[Finding]:
        for pair in age_pairs(doc, ages, headline_regions(doc)):
            a, b = (pair.later, pair.earlier) if pair.at_headline else (pair.earlier, pair.later)
            yield self._finding(doc, a, b, a.text, b.text, who=pair.who, strong=pair.strong)

    def _finding(self, doc: Document, a: Quantity, b: Quantity, a_text: str, b_text: str, who: str = "",
                 strong: bool = True) -> Finding:
        a_at = a.region.source_span(a.start, a.end)[0]
        b_at = b.region.source_span(b.start, b.end)[0]
        line, here = doc.position(a_at)[0], doc.position(b_at)[0]
        if line == here:
            where = "earlier on this line" if a_at < b_at else "later on this line"
        else:
            where = f"on line {line}"
        subject = f"{who}'s age" if who else "the same quantity"
        message = f"{b_text} here, {a_text} {where}: {subject} given two different values"
        if not strong:
            message += " (if they are the same)"
        return self.report(doc, b.region, b.qual_start, b.extra.get("after", b.end), message,
                           severity=None if strong else Severity.INFO)


def _near_value(a: float, b: float) -> bool:
    """Within half as much again: a row's figure restated wrongly is a slip of a digit or
    two, while "£2.40 for two hours" beside a row's "£6.00" daily charge is another
    quantity of the same row."""
    lo, hi = sorted((abs(a), abs(b)))
    return lo > 0 and hi < 1.5 * lo


def _label_word(label: str) -> str:
    """What the text calls a row: the last capitalised word of its label ("Hartley"; not a
    function word capitalised only because it opens the label: "By post", "In person")."""
    words = [w for w in re.findall(r"[A-Z][\w'’-]+", label) if w.lower() not in STOP]
    return words[-1] if words else ""


def _column_words(header: str) -> set:
    return {stem(w) for w in re.findall(r"[A-Za-z]+", header)}


_YEAR_LABEL = lazyre.compile(r"(?:19|20)\d\d")
_YEAR_IN = lazyre.compile(r"\b((?:19|20)\d\d)\b")
_THIS_YEAR = lazyre.compile(r"\bthis\s+year\b", re.I)


def _column_near(f) -> set:
    """The words right before a figure, in its clause ("against inflation of 2.6%")."""
    text = f.region.text
    before = text[max(f.sentence.start, f.qual_start - 30) : f.qual_start]
    before = re.split(r"[,;:]|\b(?:and|but|while|against|than)\b", before)[-1]
    return {stem(w) for w in re.findall(r"[A-Za-z]+", before)}


def _words_near(f) -> set:
    text = f.region.text
    end = f.quantity.extra.get("after", f.end)
    return {stem(w) for w in re.findall(r"[A-Za-z]+", text[max(0, f.qual_start - 20) : end + 25])}


_CLAUSE = lazyre.compile(r"[,;:()]|\b(?:while|whereas|but|and|against)\b")
#: Words as the text writes them (row names are matched against these, not searched for
#: with patterns built from the draft's words).
_WORD = lazyre.compile(r"[A-Za-z][\w'’-]*")


def _words(text: str, keys: set = frozenset(), labels: Optional[dict] = None) -> set:
    """The words of *text*, possessives bare; a row name written in lower case after
    "the", "its" or a possessive ("the town's trust" for "Harbour Trust") counts as the
    name."""
    found = _WORD.findall(text)
    out = {_bare(w) for w in found}
    labels = labels or {}
    if keys:
        lower = {k.lower(): k for k in keys if k[:1].isupper()}
        for i, w in enumerate(found[1:], 1):
            key = lower.get(_bare(w))
            before = found[i - 1].lower()
            if key is not None and i >= 2 and before in labels.get(key, ()) and found[i - 2].lower() in ("the", "its",
                                                                                                         "their"):
                before = "the"  # "the rail trust" for "Northern Rail Trust": another word of the row's name
            if key is not None and (before in ("the", "its", "their")
                                    or found[i - 1].endswith(("'", "’", "'s", "’s"))) \
                    and (i + 1 >= len(found) or found[i + 1].lower() not in ("in", "of", "for", "that", "to")):
                out.add(key)  # (not "the fans' trust in the deal": the common noun)
    return out


def _bare(word: str) -> str:
    """A word without its possessive: "Nakamura's" is "Nakamura"."""
    return word[:-2] if word.endswith(("'s", "’s")) else word.rstrip("'’")


def _closest_label(f, keys) -> str:
    """The row name (of *keys*) written nearest *f* in its sentence."""
    text = f.region.text
    s = f.sentence
    best = None
    lower = {k.lower(): k for k in keys}
    for m in _WORD.finditer(text, s.start, s.end):
        key = _bare(m.group())
        key = key if key in keys else lower.get(key, "")
        if key:
            lo, hi = sorted((m.start(), f.start))
            d = hi - lo + (100 if _CLAUSE.search(text, lo, hi) else 0)
            if best is None or d < best[0]:
                best = (d, key)
    return best[1] if best is not None else ""


_HEADCOUNT = {stem(w) for w in "jobs staff employees workers workforce people headcount posts".split()}


def _same_column_noun(column: set, f) -> bool:
    """The figure counts what the column counts: the same noun or one of its kind ("Jobs"
    and "1,500 staff")."""
    from lintnews.analysis.figures.nouns import is_person_noun, same_noun

    thing = stem(f.thing) if f.thing else ""
    if not thing:
        return False
    if any(same_noun(thing, c) for c in column):
        return True
    return bool(column & _HEADCOUNT) and (thing in _HEADCOUNT or is_person_noun(thing))
