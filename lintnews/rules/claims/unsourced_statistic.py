"""CLM004 unsourced-statistic: a figure with no source."""

from __future__ import annotations

from lintnews.analysis.claims.cues import STATISTIC
from lintnews.analysis.claims.base import ClaimRule
from lintnews.analysis.claims.data_scope import continues_data_source
from lintnews.analysis.claims.statistics import spoken, states_a_statistic
from lintnews.analysis.figures.relations import own_arithmetic
from lintnews.matching.cues import CueHit
from lintnews.model import Severity

__all__ = ["UnsourcedStatistic"]


class UnsourcedStatistic(ClaimRule):
    """What it flags: figures that state something about the world, with no source: a
    share of a population ("three-quarters of England's rivers", "58% of voters", "nine
    out of ten young people", "most of the guns"), a rate or a poll finding ("one in five
    adults", "X% say", "six times more likely"), a macro quantity with its level or trend
    ("unemployment is 5%", "crime has doubled", "premiums are coming down"), an aggregate
    over a period ("266,000 arrests in the last two years", "costs £2bn a year"), a count
    of a general population in a present state ("35 million people lack insurance"), a
    public cost ("has cost taxpayers $4bn", "costs farmers €2bn a year"), a rate against a
    norm ("twice the national average"), a quantity claim with no figure ("there is a
    limited supply of"). In the first or second person (a speech, a debate, an opinion
    piece) every figure is the speaker's claim. Information only, and opt-in: it runs
    only where the configuration names it (``extend-select = ["CLM004"]``), since most
    figures in news copy are the story's own and editors query few of those it would
    flag in drafts.

    Not flagged: an event's own facts, which are what the story reports: counts of the
    event ("nine people were arrested", "won 26 of the 51 seats", "a crowd of 2,150",
    "300 jobs are at risk"), prices, fees, budgets and transactions ("tickets cost £245",
    "raised £12m", "is spending $100m over the next three years"), an actor's act on its
    own quantity ("the club cut its ticket prices", "200 staff will lose their jobs"), a
    stake ("owns 44% of the carmaker"), what one body does or has ("the hospice treats
    about 1,500 patients a year"), a share of the story's own set with what happened to
    it ("most of the sailings were cancelled"), one body's own results ("sales at the
    chain rose 4%"), one person's pay ("the MSP earns up to £30,000 a year"), parts
    of a stated whole ("Of the 410 staff, 260 ..."), figures with their own arithmetic
    ("from £1,850 to £1,960", "up from 300p"), measurements and conversions, dates and
    ages. A source named earlier in the paragraph covers the figures that follow it
    ("Sales rose 5%, the company said. Profits doubled."), and so does a reference back
    to a source's data ("the same figures show", "if we compare the numbers"). Further on
    in the story, figures on the same topic as a data source named before them (a
    sourced sentence that gives figures or names data: "according to the register",
    "figures published by the trust show") continue that source until the topic or the
    section changes; a figure on a topic no source has given stays reported.

    Why: a figure is a checkable claim. Readers, and fact-checkers, need to know where it
    came from and how it was measured.

    Instead: name the source in the sentence ("..., official figures show", "according to
    the Office for National Statistics") or link to it.

    Fix safety: no fix: only the writer knows the source to name.
    """

    code = "CLM004"
    name = "unsourced-statistic"
    kind = STATISTIC
    severity = Severity.INFO
    opt_in = True
    carries = True
    message = "Statistic ('{match}') with no source: who produced the figure?"
    summary = "A percentage, sum of money, large count or share with no source."
    examples = {
        "fail": [
            "Fifty-eight percent of young people are out of work.",
            "The scheme has cost taxpayers $4bn since 2019.",
            "There is a limited supply of the vaccine.",
        ],
        "pass": [
            "Fifty-eight percent of young people are out of work, the census shows.",
            "The scheme has cost taxpayers $4bn since 2019, according to the audit office.",
            "The committee met three times in 2019.",
        ],
    }

    def keep(self, hit: CueHit) -> bool:
        return states_a_statistic(hit)

    def _reports(self, doc, settings):
        out = super()._reports(doc, settings)
        if not out:
            return out
        # a figure the draft works out from its own figures ("rose from 415,000 to 520,000, a
        # jump of 21%", "one in eight of its 2,750 staff", "Of the catch, 70% ...") is the
        # story's arithmetic, checked by the figures rules, not a claim about the world
        own = own_arithmetic(doc)
        return [r for r in out if not any(s <= r[1].start < e or r[1].start <= s < r[1].end
                                          for s, e in own.get(id(r[0].region), ()))]

    def continues_source(self, doc, sentence, settings) -> bool:
        # a speaker's own figure ("we cut waiting lists by half") is theirs, whatever came before
        return not spoken(sentence) and continues_data_source(doc, sentence, settings)
