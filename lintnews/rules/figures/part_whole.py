"""FIG003: parts that exceed their whole ("of the 30 members, 32 voted")."""

from __future__ import annotations

import re
from typing import Callable, Dict, Iterator, List, Optional

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document, Sentence
from lintnews.analysis.figures.context import context, stem
from lintnews.model import Finding, Severity
from lintnews.analysis.figures.numbers import parse_words
from lintnews.analysis.figures.extract import Quantity, fresh_extra, in_scope, quantities
from lintnews.rule import DEFAULT_SCOPE, Rule
from lintnews.analysis.figures.messages import at, line_of, voice_note
from lintnews.analysis.figures.tables import describe, row_misfits, share_column_excess, total_misfits
from lintnews.analysis.figures.parts import (bullet_groups, combined_groups, referred_total_groups, headline_sum_groups, earlier_wholes, enumerated_groups, left_groups, next_sentence_groups, place_groups, falls_short, figure_interval,
                                             list_precision, part_groups, remaining_groups, rounding, sum_interval)

__all__ = ["PartExceedsWhole"]

#: Nouns that give the size of a voting body ("the 30-member council", "its 12 members").
BODY_NOUNS = frozenset(
    stem(w)
    for w in """member members seat seats councillor councillors mp mps senator senators juror jurors
    judge judges director directors delegate delegates governor governors justice justices peer peers
    minister ministers representative representatives lord lords commissioner commissioners trustee
    trustees deputy deputies legislator legislators lawmaker lawmakers alderman aldermen strong""".split()
)
_NUM = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
        r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)")
VOTE_PATTERNS = [
    lazyre.compile(rf"\b(?P<a>{_NUM})\s+votes?\s+to\s+(?P<b>{_NUM})\b", re.I),
    lazyre.compile(rf"\bby\s+(?P<a>{_NUM})\s+to\s+(?P<b>{_NUM})\b(?!\s*%|\s+per)", re.I),
    lazyre.compile(rf"\b(?P<a>{_NUM})\s+(?:votes\s+)?(?:in\s+favour|for)(?:,|\s+and|\s+with|\s+to)*\s+(?P<b>{_NUM})\s+"
               rf"(?:votes\s+)?against\b", re.I),
    lazyre.compile(rf"\bvoted\s+(?:by\s+)?(?P<a>{_NUM})(?:-|\s+to\s+)(?P<b>{_NUM})\b(?!\s*%)"
               rf"|\b(?P<a2>{_NUM})-(?P<b2>{_NUM})\s+vote\b", re.I),
]
#: Words each of :data:`VOTE_PATTERNS` contains (in lower case): in ASCII text a pattern
#: whose words are missing cannot match, and is not run.
_VOTE_WORDS = (("vote", "to"), ("by", "to"), ("against",), ("vote",))
assert len(_VOTE_WORDS) == len(VOTE_PATTERNS)
_BODY_AFTER = lazyre.compile(r"[\s-]+(?:[\w'’-]+\s+)?(?:members?|seats?|councillors?|mps?|senators?|jurors?|judges?|"
                         r"directors?|delegates?|governors?|justices?|peers?|ministers?|representatives?|lords?|"
                         r"commissioners?|trustees?|deput(?:y|ies)|legislators?|lawmakers?|alderm[ae]n|strong)\b", re.I)
#: "with no abstentions", "none abstained", "unanimously" is not one (it says nothing of who was there).
NO_ABSTENTIONS = lazyre.compile(r"\b(?:no|zero|nil|without\s+any)\s+abstentions?\b|\bnone?\s+(?:\w+\s+)?abstained\b|"
                                r"\bnobody\s+abstained\b", re.I)
#: The body's size said to be everyone there: "attended by all 49 councillors", "all 12
#: members were present", "with all 30 members present".
_ALL_PRESENT = lazyre.compile(r"\b(?:attended\s+by|with|in\s+front\s+of)\s+(?:all|every\s+one\s+of)\s+(?:the\s+|its\s+)?\d"
                              r"|\ball\s+(?:the\s+|its\s+)?\d[\d,]*\s+(?:\w+\s+){0,2}(?:of\s+(?:the\s+|its\s+)?\w+\s+)?(?:were\s+)?(?:present|there|"
                              r"attended|attending|in\s+attendance|voted|voting)\b", re.I)
ABSTAIN = lazyre.compile(rf"\b(?P<c>{_NUM})\s+(?:abstentions?|(?:\w+\s+)?abstained)\b", re.I)
#: Words that make shares exclusive answers to one question (votes, yes/no, for/against):
#: "77% have a mobile and half a fixed line" may add up to more than 100%, votes may not.
SHARE_CUES = lazyre.compile(
    r"\b(?:against|oppos\w*|disagree\w*|undecided|(?:don't|do\s+not|did\s+not|didn't)\s+know|"
    r"of\s+the\s+(?:vote|votes|poll|ballot)|voted|(?:said|say|says|answered|voting)\s+(?:yes|no)|"
    r"in\s+favour|abstained|"
    # a remainder or neutral answer beside the others: the shares are answers to one question
    r"no\s+(?:change|view|opinion|preference|difference)|not\s+sure|unsure|neither|"
    r"(?:stayed|remained|was|were)\s+(?:the\s+)?(?:same|unchanged)|"
    r"(?:the\s+)?(?:remaining|other)\s+\d+|\d\s?(?:%|per\s?cent),?\s+(?:were\s+|was\s+)?(?:the\s+)?(?:rest|remainder)|"
    r"(?:improved|better)\b[^.;]{1,60}\b(?:worse|worsened|deteriorated)|"
    r"(?:satisfied|likely|agreed?)\b[^.;]{1,60}\b(?:dissatisfied|unlikely|disagreed?)|"
    # a vote by shares: "by 52% to 41%"
    r"by\s+\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s+to\s+\d+)\b",
    re.I,
)


#: Words after a list of shares that compare them: "a gap of seven points", "five points apart".
_COMPARED_AFTER = lazyre.compile(r"\b(?:gap|difference|lead|margin)\s+of\b|\bpoints?\s+(?:apart|ahead|behind|higher|lower)\b",
                                 re.I)


class PartExceedsWhole(Rule):
    """What it flags: arithmetic between parts and their whole that cannot be right:
    "32 of the 30 members", "of the 30 members, 32 voted", "12 out of 10"; parts listed
    after their whole that add up to more ("Of the 410 staff, 260 ..., 95 ... and 70 ...";
    "18,200 people, of whom 12,900 ... and 6,100 ..."; "of which", "including", "among
    them"); parts that make up a whole and do not add up to it ("Nine people were
    arrested: four men and six women"; "The €32m fee is made up of €26m and €8m";
    "14 warnings and 31 alerts, 45 in all"; "40 of the 94 turbines ..., the remaining 48";
    "repaid £200,000 of the £730,000 loan, leaving £560,000"); votes for, against and
    abstaining that add up to more than the body that cast them ("the 30-member council
    voted 20 to 12"); a majority that is not the difference between the votes ("by 2,310
    votes to 2,187, a majority of 213"); parts listed in the sentence after their whole,
    tied to it by its noun, that add up to more ("cancelled 140 flights. Some 61 were
    domestic and 95 international"); a share given beside its count that disagrees ("12 of the 40 members
    (40%)", "45% of the 200 people surveyed, or 100 people"); and shares of one total that
    add up to more than 100%: answers to one question ("52% said yes, 45% said no and 8%
    did not know") or a list whose first share names its total ("A holds 51% of the
    project, B 35% and C 24%"; "Of all complaints, 39% ..., 13% ... and 59% ..."). Rounding is
    allowed: each figure's last digit, and half a point on each share.

    Parts may be listed in a later sentence than their whole ("Streaming accounted for 3.9
    million of the viewers, with 7.9 million watching live"; "The remaining 5" after "4 of
    the missing people"), votes with no abstentions must add up to a body all present, and
    a table's total column is checked on every row against the columns the other rows add, and a
    total row ("| Total | ... |") against the rows above it. A playing record must make up the games
    played ("won 11 of their 17 games, drawn four and lost three"). A part used and the part
    left of a whole given just before them must make it up ("The club has 40 lockers; 26 are
    taken and 14 are free"; "The appeal needs £50,000. It has raised £32,000, leaving
    £18,000 to find"), and counts split by kind in the next sentence may leave their verbs
    out ("Eleven people were hurt. Four were children and seven adults"), and so may parts
    named by their kind ("Of the 12,400 hectares burned, 7,100 are of forest, 3,900 of
    scrub and 1,600 of farmland"). A table with one column of amounts and no total row is
    checked against a total the paragraph beside it gives ("the limit was exceeded on 36
    days in total", "a total of 40 breaches"; not one row's "Hale polled 3,900 votes in
    all"), and a vote against a body said to be all there in a later sentence ("29 for, 21
    against, 3 abstentions ... All 51 councillors present voted"; up to six paragraphs on
    when that sentence says they took part in the vote; reported at the later sentence).

    A list is only required to add up to its whole when its wording says it is complete (a
    colon or dashes, "made up of", "split between", "in all", "the remaining", "leaving",
    men and women); "including" and "of whom" lists may leave some out, but may not exceed
    the whole, and a listing ("of whom", "of which", "Of the N, ...") of two or more parts
    that comes within 85% of its whole but short of it by more than rounding is taken for a
    sum gone wrong. A combined total for a named number of members ("The pact gives the
    two parties 25 seats", "a combined 805 members", "between them") is checked against the
    counts or sums listed for each in its sentence or the one before ("won 18 seats and the
    Greens 5", "The first phase cost £3.2m and the second £1.9m, a combined £5.6m"), or
    given one a sentence in the sentences right before ("The east pier berths 120 boats.
    The west pier berths 85. Between them the two piers berth 225 boats"), and the headline's one amount against its breakdown in the first two body
    paragraphs ("# £18m to revive town centre" / "The money comes from three sources: £8m
    ..., £4m ... and £3m ..."; each amount in brackets after its giver, "Funding comes from
    the council (£5m), ..."). Parts set out after a colon that names the groups ("were
    split across three wards: 12 in ..., 15 in ... and 18 in ..."), after a semicolon when the
    list ends with what remains ("sent 450 officers; 320 arrived on Friday and the remaining
    180 on Saturday"), or after a verb set first as German word order puts it ("Of the 612
    members present voted 320 for, ..."); exact parts under an "around" whole must come
    within a twentieth of it ("around £50m, of which £30m ... and £14m ..."), and a
    remainder worked out from its whole must make it up to the list's last digit ("1.5bn
    and the rest, 1.0bn" under 2.4bn). A table of a route's sections ("| Section | Length
    |" or rows "A to B") must make up the route's length the paragraph beside it gives ("The
    12.4-mile route"; short of it by more than rounding but within 85%, or over it), and a
    table's total may be given by a sentence that opens on it ("In total, ... on 29 days").
    Parts after "comprise", "is comprised of" or "is composed of" make up their whole; parts
    tied to a total of the sentence or two before by "of that total", "Of the sum,", "Of
    this amount," may not add up to more (a part given "each" for a number of things counts
    that many times: "the three frigates cost £250m each"); and a table column headed as one
    whole's shares ("| Share of journeys |", "| % of sales |") may not add up to more than
    100% (a column past about 112% is read as shares of different wholes, a row each).
    Parts may leave their verb and unit out after the first ("Of the 5,300 hectares, 2,400
    were barley, 1,900 oats and 1,300 rye") and follow ", of them" or ", out of which"; rounded
    parts whose least sum reaches the rounded whole's top are too many ("52 million, of which
    30 million, 15 million and 9 million"). A record told in nouns ("15 wins, three draws and
    eight losses from their 24 matches") must make up its games.
    Shares of a classification may leave the copula out after the first ("About 60% of the
    woodland is oak, 30% beech and 18% ash"). Figures a source gives are checked too.

    Why: a reader can check these sums without any other source, and a wrong one discredits
    the whole story.

    Instead: check which figure is wrong; if the shares are of different totals, say so
    ("52% of men and 45% of women").

    Fix safety: no fix: any of the figures may be the wrong one.
    """

    code = "FIG003"
    name = "part-exceeds-whole"
    category = "figures"
    severity = Severity.WARNING
    #: Figures in quotations are still figures: a quote that contradicts the body is worth a query.
    scope = DEFAULT_SCOPE | {"blockquote"}
    summary = "Parts do not add up to their whole, or shares of one total add up to more than 100%."
    examples = {
        "fail": [
            "Of the 30 members, 32 voted for the plan.",
            "The 30-member council voted 20 to 12 in favour.",
            "In the poll, 52% said yes, 45% said no and 8% did not know.",
        ],
        "pass": [
            "Of the 30 members, 22 voted for the plan.",
            "The 30-member council voted 17 to 12 in favour.",
            "In the poll, 52% of men and 61% of women said yes.",
        ],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from self._groups(doc)
        yield from self._records(doc)
        yield from self._noun_records(doc)
        for t in total_misfits(doc):
            if self.applies_to(t.cell.region):
                added = sum(p.value for p in t.parts)
                if t.cell.place == "table":
                    message = (f"{t.cell.text} here for {t.cell.row_label.strip()}, but the {len(t.parts)} rows above "
                               f"add up to {_fmt_like(added, t.cell)}: the parts do not add up to the whole")
                elif t.cell.region.index < t.parts[0].region.index:
                    # "The 12.4-mile route" before the table of its sections: the table is the later claim
                    last = t.parts[-1]
                    message = (f"the table's {len(t.parts)} rows ({_line(doc, t.parts[0])} to {_line(doc, last)[3:]}) "
                               f"add up to {round(added, 6):g} {last.unit}, but the whole is {t.cell.text} "
                               f"({_line(doc, t.cell)}): the parts do not add up to the whole")
                    yield self.report(doc, last.region, last.start, last.end, message)
                    continue
                else:
                    message = (f"{t.cell.text} in all here, but the table's {len(t.parts)} rows ({_line(doc, t.parts[0])} "
                               f"to {_line(doc, t.parts[-1])[3:]}) add up to {_fmt_like(added, t.cell)}: the parts do "
                               f"not add up to the whole")
                yield self.report(doc, t.cell.region, t.cell.start, t.cell.end, message)
        for cells in share_column_excess(doc):
            last = cells[-1]
            if self.applies_to(last.region):
                listed = " + ".join(c.text for c in cells)
                message = (f"{listed} = {sum(c.value for c in cells):g}% in the column {last.column.strip()!r} "
                           f"({_line(doc, cells[0])} to {_line(doc, last)[3:]}): shares of one total cannot "
                           f"exceed 100%")
                yield self.report(doc, last.region, last.start, last.end, message)
        for m in row_misfits(doc):
            if m.how == "sum" and self.applies_to(m.cell.region):
                message = (f"{m.cell.text} here for {m.cell.row_label}, but {describe(m)}: the parts do not add up "
                           f"to the whole (the table's other rows keep this: {m.kept} rows)")
                yield self.report(doc, m.cell.region, m.cell.start, m.cell.end, message)
        by_sentence: Dict[int, List[Quantity]] = {}
        all_figures = in_scope(quantities(doc), self.applies_to)
        for q in all_figures:
            if q.sentence is not None and q.comparable:
                by_sentence.setdefault(id(q.sentence), []).append(q)
        bodies: List[List[Quantity]] = []  # read once, the first time a vote is counted

        def body_sizes() -> List[Quantity]:
            if not bodies:
                bodies.append([q for q in all_figures if q.dim == "count" and _BODY_AFTER.match(q.region.text, q.end)
                               and (context(q).head in BODY_NOUNS or BODY_NOUNS & context(q).modifiers)])
            return bodies[0]
        # Only sentences with two figures, or in a paragraph that mentions a vote, can fire:
        # the others are skipped a paragraph at a time.
        regions = {id(figures[0].region) for figures in by_sentence.values() if len(figures) >= 2}
        tally: List[tuple] = []  # the last "by A votes to B": (a, b, region index, text, line)
        for region in doc.regions:
            if not self.applies_to(region):
                continue
            votes = "vot" in region.text or "Vot" in region.text
            majority = "majorit" in region.text
            if not votes and not majority and id(region) not in regions:
                continue
            for sentence in region.sentences:
                figures = by_sentence.get(id(sentence), [])
                if len(figures) >= 2:
                    yield from self._parts(doc, figures)
                    yield from self._shares(doc, sentence, figures)
                if votes:
                    yield from self._votes(doc, sentence, body_sizes)
                if votes or majority:
                    yield from self._majority(doc, sentence, tally)

    # -- a whole and the parts it is split into ------------------------------------------

    def _groups(self, doc: Document) -> Iterator[Finding]:
        for group in (part_groups(doc) + earlier_wholes(doc) + remaining_groups(doc) + enumerated_groups(doc)
                      + next_sentence_groups(doc) + place_groups(doc) + left_groups(doc) + combined_groups(doc)
                      + headline_sum_groups(doc) + bullet_groups(doc) + referred_total_groups(doc)):
            whole, parts = group.whole, group.parts
            if not self.applies_to(whole.region):
                continue
            fine = list_precision([whole, *parts])
            lo, hi = sum_interval(parts, fine=fine)
            w_lo, w_hi = figure_interval(whole, fine)
            total = sum(p.value for p in parts)
            line = line_of(doc, parts[0].region, parts[0].qual_start)
            listed = " + ".join(p.text for p in parts)
            shown = _fmt_like(total, whole)
            whole_text = at(doc, whole, line, noun=True)
            note = voice_note([whole, *parts])
            if lo > w_hi + 1e-9 * max(1.0, abs(w_hi)) or _rounded_past(whole, parts, fine, lo, w_hi):
                message = (f"{listed} = {shown} here, more than the {whole_text} it is part of: "
                           f"the parts add up to more than the whole{note}")
            elif group.complete and whole.approx == "" and not any(p.approx in ("about", "over", "nearly")
                                                                   for p in parts) \
                    and (_complete_mismatch(parts, whole, fine) or _remainder_mismatch(parts, whole, fine)):
                message = (f"{listed} = {shown} here, but they make up the {whole_text}: "
                           f"the parts do not add up to the whole{note}")
            elif falls_short(group):
                message = (f"{listed} = {shown} here, short of the {whole_text} they are listed as: "
                           f"the parts do not add up to the whole{note}")
            else:
                continue
            first, last = parts[0], parts[-1]
            if group.how == "combined" and len({id(p.sentence) for p in parts}) > 1:
                # "Together the two stands hold 11,500" after one stand a sentence: at the total
                w_line = line_of(doc, whole.region, whole.qual_start)
                message = (f"{at(doc, whole, w_line, noun=True)} here, but the parts given before come to {shown} "
                           f"({listed}, from line {line}): the parts do not add up to the whole{note}")
                yield self.report(doc, whole.region, whole.qual_start, whole.end, message)
                continue
            if last.region is not first.region:
                first = last  # "the remaining 5" after a part taken in an earlier paragraph: reported at the rest
            yield self.report(doc, first.region, first.qual_start, last.end, message)

    # -- "32 of the 30 members", "of the 30 members, 32 voted", "12 of 40 (40%)" -----------

    def _parts(self, doc: Document, figures: List[Quantity]) -> Iterator[Finding]:
        text = figures[0].region.text
        for i, part in enumerate(figures[:-1]):
            whole = figures[i + 1]
            if part.dim == "percent" and whole.dim == "count":
                finding = self._share_count(doc, figures, i, text)
                if finding is not None:
                    yield finding
                continue
            if part.key != whole.key or part.dim != "count":
                continue
            gap = text[part.extra.get("after", part.end) : whole.qual_start]
            if _OUT_OF_GAP.fullmatch(gap):
                if part.low > whole.high and not whole.qualifier:
                    yield self.report(doc, part.region, part.qual_start, whole.end,
                                      f"{part.text} of {whole.text}: the part is larger than the whole")
                    continue
                share = _share_after(figures, i + 1, text)
                if share is not None and whole.value > 0:
                    actual = 100 * part.value / whole.value
                    if abs(actual - share.value) > share.half + 1.0 and not share.qualifier:
                        yield self.report(doc, share.region, share.qual_start, share.end,
                                          f"{share.text} here, but {part.text} of {whole.text} is {actual:.0f}%")
        lead = figures[0]
        if _OF_LEAD.match(text[lead.sentence.start : lead.qual_start]):
            head = context(lead).head
            for part in figures[1:]:
                if part.qual_start - lead.end > 60:
                    break  # "Of the two products, one is ... with a risk level of three": far past the lead
                word = context(part).head_word.lower()
                plural_other = word.endswith("s") and context(part).head != head
                if part.key != lead.key or plural_other or context(part).distinct:
                    continue
                if part.low > lead.high and not lead.qualifier:
                    yield self.report(doc, part.region, part.qual_start, part.extra.get("after", part.end),
                                      f"{part.text} here, of {lead.text} {context(lead).head_word}: "
                                      "the part is larger than the whole")
                break

    def _share_count(self, doc: Document, figures: List[Quantity], i: int, text: str) -> Optional[Finding]:
        """ "45% of the 200 people surveyed, or 100 people": the share against its count."""
        share, whole = figures[i], figures[i + 1]
        if i + 2 >= len(figures) or share.qualifier not in ("", "about") or share.upper is not None \
                or whole.value <= 0:
            return None
        count = figures[i + 2]
        if count.dim != "count" or count.qualifier not in ("", "about") or count.upper is not None:
            return None
        if not _OF_GAP.fullmatch(text, share.extra.get("after", share.end), whole.qual_start):
            return None
        if not _RESTATED_COUNT.fullmatch(text, whole.extra.get("after", whole.end), count.qual_start):
            return None
        expected = share.value / 100 * whole.value
        # the digits as written, and a percentage point more for "about" or "some"
        point = 1.0 if share.qualifier or count.qualifier else 0.0
        slack = ((share.half + point) / 100) * whole.value + whole.half * share.value / 100 + count.half + 0.5
        if abs(expected - count.value) <= slack:
            return None
        return self.report(doc, count.region, count.qual_start, count.extra.get("after", count.end),
                           f"{count.text} here, but {share.text} of {whole.text} is {expected:,.0f}")

    # -- shares of one total adding to more than 100% --------------------------------------

    def _shares(self, doc: Document, sentence: Sentence, figures: List[Quantity]) -> Iterator[Finding]:
        text = sentence.region.text
        pct = [q for q in figures if q.dim == "percent"]
        if not pct or len(pct) == 1 and pct[0].upper is None:
            return  # (at most one share: nothing to add up)
        shares: List[Quantity] = []
        vote = _BY_SHARES.search(text, sentence.start, sentence.end)
        for q in figures:
            if q.dim == "percent" and q.upper is not None and vote is not None and vote.start() <= q.start < vote.end():
                # "by 27% to 58%" read as a range: a result of two shares
                shares.extend((q.replace(upper=None, extra=fresh_extra(q)),
                               q.replace(value=q.upper, upper=None, extra=fresh_extra(q))))
                continue
            if q.dim != "percent" or q.upper is not None:
                continue
            if shares and _OPEN_PAREN_GAP.fullmatch(text[shares[-1].end : q.qual_start]):
                continue  # "three-quarters of respondents (73%)": the same share restated
            shares.append(q)
        if len(shares) < 2:
            return
        bases = set()
        partitive = []
        remainder = False
        for q in shares:
            c = context(q)
            if vote is not None and vote.start() <= q.start < vote.end():
                partitive.append(False)
                continue  # "won by 52% to 41%": a result, not a change
            if c.distinct and c.marker in ("remaining", "other", "rest"):
                remainder = True  # "and the remaining 27%": the shares make up the whole
            elif c.change or c.reference or c.distinct or q.qualifier == "over":
                return
            partitive.append(c.partitive)
            if c.partitive:
                bases.add(_of_phrase(q))
        if len(bases) > 1:
            return  # "52% of men and 61% of women": different totals
        # shares of one total: an exclusive answer ("said yes", "voted", "against"), or a
        # list whose first share names its total and the rest leave it understood ("A holds
        # 51% of the project, B 35% and C 24%"), with no other time between them
        if _YEAR_OR_TIME.search(text, shares[1].qual_start, sentence.end):
            return  # "40% of the vote in 2019, 35% in 2017": shares of different totals (a time after
            # the first share's clause, "Gas supplied 41% of power last year, wind 52% ...", is all of theirs)
        if _NEW_WHOLE.search(text, shares[0].end, shares[-1].qual_start):
            return  # "Of the men, 61% ...; of the women, 58% ...": another whole
        if _COMPARED_AFTER.search(text, shares[-1].end, sentence.end):
            return  # "91% ... and Hospital B 84%, a gap of seven points": shares compared, not summed
        if any(_BENCHMARK_BEFORE.search(text, max(0, q.qual_start - 30, p.end if p is not None else 0), q.qual_start)
               for p, q in zip([None] + shares[:-1], shares)):
            # (read from the share before: "29% on standard tariffs and 17% on ...": the word is the
            # earlier part's noun, not a benchmark this share is set against)
            return  # "74.2% were seen within four hours, against a target of 78%"
        elliptic = partitive[0] and not any(partitive[1:]) and _ELLIPTIC_LIST.search(
            text, shares[0].end, shares[-1].qual_start) is not None \
            and (all(_NOTHING_AFTER.match(text, q.extra.get("after", q.end)) for q in shares[1:])
                 or _same_destination(text, shares) or _disposed(text, shares) or _classified(text, shares))
        opening = _OF_ALL_OPENING.match(text, sentence.start) is not None and not any(partitive) \
            and _parallel(text, shares)
        if not elliptic and not opening and not SHARE_CUES.search(sentence.text):
            return
        if _NOT_SHARES.search(text[shares[0].qual_start : shares[-1].end]):
            return
        total_low = sum(q.value - _slack(q) for q in shares)
        if remainder and sum(q.value + q.half for q in shares) + 0.5 * len(shares) < 100.0:
            listed = ", ".join(q.text if " to " not in q.text else f"{q.value:g}%" for q in shares)
            first, last = shares[0], shares[-1]
            yield self.report(doc, first.region, first.qual_start, last.end,
                              f"{listed} add up to {sum(q.value for q in shares):g}%: with the remainder "
                              "they should make 100%")
        elif total_low > 100.0:
            listed = ", ".join(q.text if " to " not in q.text else f"{q.value:g}%" for q in shares)
            first, last = shares[0], shares[-1]
            yield self.report(doc, first.region, first.qual_start, last.end,
                              f"{listed} add up to {sum(q.value for q in shares):g}%: shares of one total "
                              "cannot exceed 100%")

    # -- a playing record against the games played ------------------------------------------

    def _records(self, doc: Document) -> Iterator[Finding]:
        """Won, drawn and lost against the games played: "won 11 of their 17 league games,
        drawn four and lost three" (18). With draws and defeats both given they must make
        up the games; with one of them, they may not exceed them."""
        for region in doc.regions:
            text = region.text
            if "of" not in text or not self.applies_to(region):
                continue
            if region.fold_safe and "won" not in region.folded and "win" not in region.folded:
                continue  # (the verb every record opens with, looked for in C first)
            for m in _record_matches(region):
                w, n = _number(m.group("w")), _number(m.group("n"))
                rest = m.group("rest")
                d = _DRAWN.search(rest)
                lost = _LOST.search(rest)
                if w is None or n is None or (d is None and lost is None):
                    continue
                dv = _number(d.group("d")) if d is not None else 0.0
                lv = _number(lost.group("l")) if lost is not None else 0.0
                if dv is None or lv is None:
                    continue
                total = w + dv + lv
                if total > n or d is not None and lost is not None and total != n:
                    kinds = [("won", w)] + ([("drawn", dv)] if d is not None else []) + ([("lost", lv)] if lost is not None else [])
                    names = ", ".join(k for k, _ in kinds[:-1]) + f" and {kinds[-1][0]}"
                    said = " + ".join(f"{v:g}" for _, v in kinds)
                    yield self.report(doc, region, m.start("n"), m.end("n"),
                                      f"{m.group('n')} games here, but {names} add up to {total:g} "
                                      f"({said}): the parts do not add up to the whole")

    def _noun_records(self, doc: Document) -> Iterator[Finding]:
        """A record told in nouns before the games it came from: "15 wins, three draws and
        eight losses from their 24 matches", "nine victories and two defeats in 12 races".
        With draws and defeats both given they must make up the games; with one of them,
        they may not exceed them."""
        for region in doc.regions:
            folded = region.folded if region.fold_safe else region.text.lower()
            if "win" not in folded and "victor" not in folded or not self.applies_to(region):
                continue
            text = region.text
            for m in _NOUN_RECORD.finditer(text):
                w, n = _number(m.group("w")), _number(m.group("n"))
                rest = m.group("rest")
                d = _DRAWS.search(rest)
                lost = _DEFEATS.search(rest)
                if w is None or n is None or (d is None and lost is None):
                    continue
                dv = _number(d.group("d")) if d is not None else 0.0
                lv = _number(lost.group("l")) if lost is not None else 0.0
                if dv is None or lv is None:
                    continue
                total = w + dv + lv
                if total > n or d is not None and lost is not None and total != n:
                    kinds = [("wins", w)] + ([("draws", dv)] if d is not None else []) + \
                        ([("defeats", lv)] if lost is not None else [])
                    names = ", ".join(k for k, _ in kinds[:-1]) + f" and {kinds[-1][0]}"
                    said = " + ".join(f"{v:g}" for _, v in kinds)
                    yield self.report(doc, region, m.start("n"), m.end("n"),
                                      f"{m.group('n')} games here, but {names} add up to {total:g} "
                                      f"({said}): the parts do not add up to the whole")

    # -- votes against the size of the body ------------------------------------------------

    def _majority(self, doc: Document, sentence: Sentence, tally: List[tuple]) -> Iterator[Finding]:
        """A majority is the difference between the two vote counts given: "won by 1,204
        votes to 1,162" and then "a majority of 42"; one a few paragraphs on must match."""
        text = sentence.text
        # (what "by 1,204 votes to 1,162" needs, tested first: both words and a digit, of
        # another script too outside ASCII)
        may_tally = "by" in text and "to" in text and (any(d in text for d in "0123456789") or not text.isascii())
        for m in _BY_VOTES.finditer(text) if may_tally and _VOTE_VERB.search(text) else ():
            a, b = _number(m.group("a")), _number(m.group("b"))
            if a is not None and b is not None and a > b:
                tally[:] = [(a, b, sentence.region.index, m.group(0), line_of(doc, sentence.region,
                                                                            sentence.start + m.start()))]
        if not tally:
            return
        a, b, index, said, line = tally[0]
        if sentence.region.index - index > 3:
            return
        same = may_tally and _BY_VOTES.search(text) is not None and _VOTE_VERB.search(text) is not None
        for m in _MAJORITY.finditer(text):
            if m.group("approx"):
                continue
            if not same and text[max(0, m.start() - 4) : m.start()].lower() != "the ":
                continue  # "The government has a majority of 80": another majority; "the majority of 42" is this one
            value = _number(m.group("m"))
            if value is None or value == a - b or m.end() <= len(text) and _MAJORITY_OTHER.match(text, m.end()):
                continue
            where = "on this line" if line == line_of(doc, sentence.region, sentence.start + m.start()) \
                else f"on line {line}"
            message = (f"a majority of {m.group('m')} here, but {said} {where} is a majority of {a - b:g}: "
                       f"the majority is the difference between the votes")
            yield self.report(doc, sentence.region, sentence.start + m.start("m"), sentence.start + m.end("m"),
                              message)

    def _votes(self, doc: Document, sentence: Sentence, bodies: Callable[[], List[Quantity]]) -> Iterator[Finding]:
        text = sentence.text
        if "vot" not in text and "Vot" not in text or not _VOTE_WORD.search(text):
            return
        low = text.lower() if text.isascii() else None
        for pattern, words in zip(VOTE_PATTERNS, _VOTE_WORDS):
            if low is not None and not all(w in low for w in words):
                continue
            m = pattern.search(text)
            if m is None:
                continue
            a = _number(m.group("a") or m.groupdict().get("a2"))
            b = _number(m.group("b") or m.groupdict().get("b2"))
            if a is None or b is None:
                continue
            abstained = ABSTAIN.search(text)
            c = _number(abstained.group("c")) if abstained else 0
            body = _body_for(bodies(), sentence)
            later = None
            if body is None or body.sentence is not sentence:
                later = _present_after(bodies(), sentence)  # "... All 51 councillors present voted."
                body = later or body
            if body is None or body.qualifier or body.upper is not None:
                return
            if body.region is sentence.region and sentence.start + m.start() <= body.start < sentence.start + m.end():
                return
            cast = a + b + (c or 0)
            start = sentence.start + m.start()
            end = sentence.start + m.end()
            where = _line(doc, body)
            if cast > body.value and later is not None:
                # "All 41 members present took part" after the tally: the later claim is reported
                tally_line = line_of(doc, sentence.region, start)
                message = (f"{_body_text(body)} here, but {m.group(0)} (on line {tally_line}) makes {cast:g} votes"
                           f"{' and abstentions' if c else ' cast'}: the votes do not add up to the members there")
                yield self.report(doc, body.region, body.qual_start, body.extra.get("after", body.end), message)
            elif cast > body.value:
                message = (f"{m.group(0)}: {cast:g} votes cast, but the body has {body.value:g} members "
                           f"({_body_text(body)} {where})")
                yield self.report(doc, sentence.region, start, end, message)
            elif cast < body.value and (abstained or NO_ABSTENTIONS.search(text)) and body.sentence is sentence \
                    and _ALL_PRESENT.search(body.region.text, max(sentence.start, body.qual_start - 40),
                                            min(sentence.end, body.end + 40)) \
                    or cast < body.value and later is not None and (abstained or NO_ABSTENTIONS.search(text)):
                # "by 38 votes to 9, with no abstentions, at a meeting attended by all 49
                # councillors": everyone there voted or abstained
                message = (f"{m.group(0)}: {cast:g} votes and abstentions, but all {body.value:g} members were "
                           f"there ({_body_text(body)} {where}): the votes do not add up")
                yield self.report(doc, sentence.region, start, end, message)
            return


def _parallel(text: str, shares: List[Quantity]) -> bool:
    """The shares after "Of the 500 staff," say one thing of each part: the same word after
    each ("39% were about delays, 13% about fares"), or after the first a verb the later
    ones leave understood ("39% concerned delays, 13% fares and 48% staff"). "40% work
    part-time, 30% are over 50 and 45% are women" says three things, which may overlap."""
    firsts = []
    for q in shares:
        m = _PREDICATE.match(text, q.extra.get("after", q.end))
        firsts.append(m.group(1).lower() if m else "")
    if len(set(firsts)) == 1:
        return True
    return all(_ELLIPTIC_PART.match(text, q.extra.get("after", q.end)) for q in shares[1:])


_PREDICATE = lazyre.compile(r"\s+(?:of\s+them\s+)?(?:were|are|was|is|had|have)?\s*([a-z]+)")
#: A later share with only a noun phrase after it, its verb left understood.
_ELLIPTIC_PART = lazyre.compile(r"(?:\s+(?:[a-z]|[A-Z](?=[a-z]))[\w'’-]*){1,3}\s*(?:,|\band\b|\.|;|$)")


def _of_phrase(q: Quantity) -> str:
    """ "the voting shares" in "97.3% of the voting shares"."""
    m = _OF_PLURAL.match(q.region.text[q.end : q.end + 60])
    return m.group(1).lower() if m else "?"


_OUT_OF_GAP = lazyre.compile(r"(?:\s+[a-z][\w'’-]*){0,2}\s+out\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                             r"|\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?")
_OF_LEAD = lazyre.compile(r"\s*of\s+(?:(?:the|its|their|all)\s+)?(?:[\w-]+['’]s?\s+)?$", re.I)
_NEW_WHOLE = lazyre.compile(r"[;:]\s*(?:and\s+|but\s+)?(?:of|among|for|in)\s+(?:the\s+|all\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*,",
                            re.I)
_BY_SHARES = lazyre.compile(r"\bby\s+\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s+to\s+\d+(?:\.\d+)?\s?(?:%|per\s?cent)", re.I)
_OPEN_PAREN_GAP = lazyre.compile(r"[^()]{0,40}\(\s*")
_NOT_SHARES = lazyre.compile(r"\b(?:each|respectively|per(?!\s?cent)|increase|rise|fall|growth|up|down)\b", re.I)
#: "Of all complaints, 39% were about delays, 13% about fares and 48% about staff".
_OF_ALL_OPENING = lazyre.compile(r"\s*(?:Of|Among)\s+(?:all\s+(?:the\s+)?|the\s+|those\s+)[\w\s'’-]{1,40}?,\s")
_BENCHMARK_BEFORE = lazyre.compile(r"\b(?:target|goal|aim|forecast|expectation|expected|limit|threshold|benchmark|"
                                   r"standard|average|median|compared\s+with|compared\s+to|against\s+(?:a|an|the)|than|"
                                   r"versus|"
                                   r"up\s+from|down\s+from|from)\b(?:(?!\band\b)[^,;]){0,20}$", re.I)
#: (not across "and": "29% on standard tariffs and 17% on ..." names the earlier part)
def _slack(share: Quantity) -> float:
    """How far below its stated value a share may be: its last digit's rounding, and for
    "about 70%" the rounding of a figure given to the nearest five points (half a point
    more for one not a multiple of five)."""
    if share.qualifier == "about":
        return 2.5 if share.value % 5 == 0 else share.half + 1.0
    return share.half


#: Where a part of one total goes, each share with its own verb: "70% of the crop is
#: exported, 20% is sold at home and 15% is thrown away"; "60% goes to ..., 30% is kept".
_DISPOSAL = lazyre.compile(
    r"\s+(?:(?:is|are|was|were|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been|gets?|got)\s+)?"
    r"(?:[a-z]+ly\s+)?(?:then\s+)?"
    r"(?:go(?:es|ing)?|went|sold|exported|imported|spent|used|kept|given|sent|allocated|earmarked|paid|donated|"
    r"recycled|landfilled|burn[te]d?|incinerated|processed|wasted|thrown\s+away|reserved|set\s+aside|distributed|"
    r"consumed|eaten|shipped|delivered|dumped|handed|assigned|awarded|invested|lent|retained|stored|destroyed|"
    r"composted|returned|reused)\b", re.I)


def _disposed(text: str, shares: List[Quantity]) -> bool:
    """ "About 70% of the crop goes to the mills, 25% is sold abroad and 10% is kept":
    every share, the first naming the total, followed by a verb of where that part goes."""
    first = shares[0].extra.get("after", shares[0].end)
    of = _OF_TOTAL.match(text, first)
    return _DISPOSAL.match(text, of.end() if of else first) is not None \
        and all(_DISPOSAL.match(text, q.extra.get("after", q.end)) for q in shares[1:])


def _classified(text: str, shares: List[Quantity]) -> bool:
    """ "About 60% of the forest is pine, 30% oak and 15% birch": the first share names its
    total and a copula, the later ones leave the copula out and give only their kind (one
    or two words): a classification, whose kinds cannot overlap. (A gapped ordinary verb,
    "70% own a car, 40% a bike", may count one member twice: not read.)"""
    first = shares[0].extra.get("after", shares[0].end)
    of = _OF_TOTAL_COPULA.match(text, first)
    return of is not None and all(_KIND_ONLY.match(text, q.extra.get("after", q.end)) for q in shares[1:])


#: "of the burned area was", "of the fleet is": the total named, then a copula.
_OF_TOTAL_COPULA = lazyre.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:is|are|was|were)\s+(?!not\b|also\b|still\b)[a-z]", re.I)
#: A later share with only its kind after it: "25% pine,", "10% scrub.", "35% hybrid and".
_KIND_ONLY = lazyre.compile(r"\s+(?!(?:is|are|was|were|of|in|on|at|to|for|from|by|with|than|more|less|higher|lower|"
                            r"up|down|rise|fall|increase)\b)[A-Za-z][\w'’-]*(?:\s+(?!and\b)[a-z][\w'’-]*)?\s*(?:[,.;:)]|\band\b|$)")


#: The total a first share names: "70% of the region's crop".
_OF_TOTAL = lazyre.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,4}?(?=[\w'’-]+\s+(?:is|are|was|were|will|would|has|have|had|gets?|got|go|goes|went)\b)"
                           r"[\w'’-]+", re.I)


def _same_destination(text: str, shares: List[Quantity]) -> bool:
    """ "58% of the cars went to Europe, 27% to Asia and 21% to Africa": each later share
    takes the preposition the first one's verb took, with only its own noun after it."""
    preps = set()
    for q in shares[1:]:
        m = _PREP_PART.match(text, q.extra.get("after", q.end))
        if m is None:
            return False
        preps.add(m.group(1).lower())
    if len(preps) != 1:
        return False
    first_clause = text[shares[0].extra.get("after", shares[0].end) : shares[1].qual_start].lower()
    return re.search(rf"\b[a-z]+\s+{preps.pop()}\b", first_clause) is not None


#: A later share's own destination: "27% to Asia", "21% in rented homes".
_PREP_PART = lazyre.compile(r"\s+(to|in|on|at|for|from|into|by|with|as|via|through)\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s*){1,3}(?:,|\band\b|\.|;|$)")
_NOTHING_AFTER = lazyre.compile(r"\s*(?:[,.;:)]|\band\b|$)")
_ELLIPTIC_LIST = lazyre.compile(r",|\band\b")
_YEAR_OR_TIME = lazyre.compile(r"\b(?:1[89]\d\d|20\d\d|last\s+year|a\s+year\s+(?:earlier|ago|before)|"
                               r"previously|in\s+(?:January|February|March|April|May|June|July|August|September|"
                               r"October|November|December))\b")
_VOTE_WORD = lazyre.compile(r"\bvot(?:e|es|ed|ing)\b", re.I)
_OF_PLURAL = lazyre.compile(r"\s+of\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+?s)\b")
_WORDS_PAREN_GAP = lazyre.compile(r"(?:\s+[\w'’-]+){0,3}\s*\(\s*")
_NEXT_WORD = lazyre.compile(r"-[\w'’]+|\s+[\w'’]+")
_OF_GAP = lazyre.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?")
#: "45% of the 200 people surveyed, or 90 people", "... (90 people)", "... - 90 of them"
_RESTATED_COUNT = lazyre.compile(r"(?:\s+[\w'’-]+){0,3}\s*(?:,\s*or|\(|[-–—]\s*(?:or\s+)?)\s*(?:some\s+)?")


def _share_after(figures: List[Quantity], i: int, text: str) -> Optional[Quantity]:
    """A percentage in parentheses right after ``figures[i]`` (or its noun)."""
    if i + 1 >= len(figures):
        return None
    nxt = figures[i + 1]
    if nxt.dim != "percent":
        return None
    gap = text[figures[i].end : nxt.qual_start]
    return nxt if _WORDS_PAREN_GAP.fullmatch(gap) else None


_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
_BY_VOTES = lazyre.compile(rf"\bby\s+(?P<a>{_COUNT})\s+(?:votes?\s+)?to\s+(?P<b>{_COUNT})(?:\s+votes?)?\b")
_MAJORITY = lazyre.compile(r"\bmajority\s+of\s+(?P<approx>(?:about|around|some|nearly|almost|more\s+than|just|"
                           r"over|under|fewer\s+than|less\s+than)\s+)?(?P<m>\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)"
                           r"(?![\d%]|\.\d)", re.I)
_VOTE_VERB = lazyre.compile(r"\b(?:vot\w*|won|wins?|passed|carried|elected|backed|approved|defeated|rejected|"
                            r"re-elected|beat)\b", re.I)
#: "a majority of 42 per cent", "a majority of 12 seats": another measure.
_MAJORITY_OTHER = lazyre.compile(r"\s*(?:%|per\s*cent|percent|points?|seats?|members?|countries|states)\b", re.I)


#: A playing record: "won 11 of their 17 league games, drawn four and lost three".
_RECORD = lazyre.compile(
    rf"\bw(?:on|ins?)\s+(?P<w>{_NUM})\s+(?:of|out\s+of)\s+(?:their|its|his|her|the|our)\s+(?P<n>{_NUM})\s+"
    r"(?:[\w-]+\s+){0,2}?(?:games|matches|fixtures|races|contests|fights|bouts|ties|rounds)\b"
    rf"(?P<rest>[^.;:]{{0,60}})", re.I)
#: Where a match of ``_RECORD`` may start in a region's folded text: "won", "win" or "wins"
#: opening a word (the word boundary tested after the "w", a literal the engine skips to in C).
_RECORD_START = lazyre.compile(r"w(?<!\w.)(?:on|ins?)\s")


def _record_matches(region) -> Iterator["re.Match[str]"]:
    """What ``_RECORD.finditer(region.text)`` finds. (The case-blind pattern opens with a
    word boundary, so a search tries it at every character; in a region whose folded text
    can be read for it, it is tried only where the verb opens a word.)"""
    text = region.text
    if not region.fold_safe:
        yield from _RECORD.finditer(text)
        return
    end = 0
    for hit in _RECORD_START.finditer(region.folded):
        if hit.start() < end:
            continue
        m = _RECORD.match(text, hit.start())
        if m is not None:
            end = m.end()
            yield m


def _rounded_past(whole, parts, fine, lo: float, w_hi: float) -> bool:
    """Rounded parts whose least sum only touches the rounded whole's top ("38 million, of
    which 21 million, 12 million and 7 million": 20.5 + 11.5 + 6.5 = 38.5, which would be
    given as 39 million): a value rounds to the nearest, so the top of its interval is never
    reached. Only when every figure is rounded and none is qualified."""
    if whole.approx or whole.upper is not None or rounding(whole, fine) <= 0:
        return False
    if any(p.approx or p.upper is not None or rounding(p, fine) <= 0 for p in parts):
        return False
    return lo >= w_hi - 1e-9 * max(1.0, abs(w_hi))


#: A record in nouns: "15 wins, three draws and eight losses from their 24 matches".
_NOUN_RECORD = lazyre.compile(
    rf"\b(?P<w>{_NUM})\s+(?:wins?|victor(?:y|ies))\b(?P<rest>(?:,?\s+(?:and\s+)?{_NUM}\s+(?:draws?|ties|defeats?|"
    rf"loss(?:es)?)\b){{1,2}})\s*,?\s+(?:from|in|out\s+of)\s+(?:their|its|his|her|the|our)?\s*(?P<n>{_NUM})\s+"
    r"(?:[\w-]+\s+){0,2}?(?:games|matches|fixtures|races|contests|fights|bouts|rounds|outings|starts)\b", re.I)
_DRAWS = lazyre.compile(rf"\b(?P<d>{_NUM})\s+(?:draws?|ties)\b", re.I)
_DEFEATS = lazyre.compile(rf"\b(?P<l>{_NUM})\s+(?:defeats?|loss(?:es)?)\b", re.I)
_DRAWN = lazyre.compile(rf"\b(?:drawn|drew|tied)\s+(?P<d>{_NUM})\b", re.I)
_LOST = lazyre.compile(rf"\blost\s+(?P<l>{_NUM})\b", re.I)


def _number(text: Optional[str]) -> Optional[float]:
    if not text:
        return None
    text = text.replace(",", "")
    if text.isdigit():
        return float(text)
    n = parse_words(text)
    return n.value if n is not None else None


def _body_for(bodies: List[Quantity], sentence: Sentence) -> Optional[Quantity]:
    """The body size stated in the sentence, or the last one before it in the same region
    or the region before."""
    best = None
    for q in bodies:
        s = q.sentence
        if s is None:
            continue
        if q.region is sentence.region and s.index <= sentence.index:
            best = q
        elif q.region.index == sentence.region.index - 1 and (best is None or best.region is not sentence.region):
            best = q
    return best


def _present_after(bodies: List[Quantity], sentence: Sentence) -> Optional[Quantity]:
    """A body said to be all there in a sentence after the vote's, in its paragraph or the
    next two: "The motion passed by 31 votes to 17, with 4 abstentions. All 52 members
    present took part." """
    for q in bodies:
        s = q.sentence
        if s is None or q.region.index < sentence.region.index or q.region.index > sentence.region.index + 6:
            continue
        if q.region is sentence.region and s.index <= sentence.index:
            continue
        # the first body after the vote only; beyond the next two paragraphs, only one said to
        # have taken part in the vote ("All 41 members present took part in the vote")
        if q.region.index > sentence.region.index + 2 and not _IN_THE_VOTE.search(s.text):
            return None
        return q if _ALL_PRESENT.search(q.region.text, max(s.start, q.qual_start - 40), min(s.end, q.end + 40)) \
            else None
    return None


_IN_THE_VOTE = lazyre.compile(r"\b(?:in|on)\s+the\s+(?:vote|ballot)\b|\bvoted\b", re.I)


def _body_text(q: Quantity) -> str:
    """ "30-member" or "30 members", as written."""
    m = _NEXT_WORD.match(q.region.text[q.end : q.end + 40])
    return f"'{q.text}{m.group(0) if m else ''}'"


def _line(doc: Document, q: Quantity) -> str:
    line = doc.position(q.region.source_span(q.start, q.end)[0])[0]
    return f"on line {line}"


def _remainder_mismatch(parts, whole, fine=None) -> bool:
    """The last part is what is left of the whole ("the rest, 0.9 billion"; "the remaining
    500"), worked out from the whole and the other parts: the parts as written must add up to
    the whole as written, to the list's last digit (1.5bn and the rest 1.0bn is 2.5bn, not
    the 2.4bn before them, whatever the rounding of each)."""
    last = parts[-1]
    if len(parts) < 2 or last.sentence is None or any(p.approx or p.upper is not None for p in parts) \
            or whole.upper is not None:
        return False
    text = last.region.text
    if not _REST_BEFORE.search(text, max(0, last.qual_start - 30), last.qual_start):
        return False
    step = 2 * fine if fine else (1.0 if all(p.scale <= 1 and "." not in p.text for p in (*parts, whole)) else None)
    if step is None:
        return False
    return abs(sum(p.value for p in parts) - whole.value) > 0.5 * step + 1e-9 * max(1.0, whole.value)


_REST_BEFORE = lazyre.compile(r"\b(?:the|its|their)\s+(?:rest|remainder|balance|remaining)\b[\s,]*(?:\w+\s+){0,2}?$", re.I)


def _complete_mismatch(parts, whole, fine=None) -> bool:
    """The parts of a complete list, at their values as written (a part "up to £8m"
    counted in full) and within their rounding, cannot make the whole."""
    lo = sum(p.value - rounding(p, fine) for p in parts)
    hi = sum((p.upper if p.upper is not None else p.value) + rounding(p, fine) for p in parts)
    w_lo = whole.value - rounding(whole, fine)
    w_hi = (whole.upper if whole.upper is not None else whole.value) + rounding(whole, fine)
    return hi < w_lo - 1e-9 * max(1.0, abs(w_lo)) or lo > w_hi + 1e-9 * max(1.0, abs(w_hi))


def _fmt_like(value: float, like) -> str:
    """*value* written like figure *like* ("£2.45m", "425", "1.99bn yuan")."""
    text = like.text
    prefix = text[0] if text[:1] in "£$€¥" else ""
    if like.scale >= 1e9:
        body = f"{value / 1e9:,.3g}bn"
    elif like.scale >= 1e6:
        body = f"{value / 1e6:,.3g}m"
    elif value == int(value):
        body = f"{value:,.0f}"
    else:
        body = f"{value:,.2f}"
    return prefix + body
