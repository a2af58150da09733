"""Which figures are statistics: a number that states something about the world.

The statistic cues (:mod:`lintnews.analysis.claims.statistic_cues`) find every figure that
could be one: percentages, sums of money, counts, shares, rates, changes, trends. Most
figures in news copy are not statistics but **an event's own facts**: how many were
arrested or evacuated, the votes and seats of an election, what a ticket costs, what a
company raised, the parts of a stated whole, a price moving from one figure to another,
a measurement or a conversion. Those need no source of their own: they are what the
story reports. :func:`states_a_statistic` keeps the figures that make a claim about the
world, which a reader would want sourced:

- a **share of a population** ("three-quarters of England's rivers", "nine out of ten
  young people", "58% of voters", "one in five adults"), not of a set the sentence
  counts ("of the 410 staff", "26 of the 51 seats");
- a **rate** or a **poll finding** ("X% say", "per 100,000", "six times more likely");
- a **macro quantity** stated with its level or trend ("unemployment is 5%", "crime has
  doubled", "wages are falling", "the deficit is £40bn");
- a **count of a general population** in a present state or a trend ("35 million
  people lack insurance", "we have lost 70,000 factories", "thousands of jobs have gone");
- a **quantity claim with no figure** ("prices are soaring", "jobs are pouring out of
  the country", "there is a limited supply of").

Dates, ages, scores, durations, prices, fees, budgets and transactions, results, and
figures with their own arithmetic in the sentence ("from £1,850 to £1,960", "up from
300p") are left alone.
"""

from __future__ import annotations

import re

from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import CueHit, alternation, gated_search, literal_gate, may_match_text
from lintnews.text.document import Sentence

# Macro quantities: a level or a trend of one is a statistic about the world.
_MACRO_WORDS = """unemployment employment inflation crime poverty admissions referrals attendances applications growth gdp economy deficit debt borrowing wage
wages earnings income incomes productivity house prices rents prices emissions pollution homelessness obesity
smoking mortality literacy truancy absence exports imports output manufacturing investment spending taxes
rate rates level levels share proportion jobs salaries pensions benefits bills costs demand supply sales usage
use premiums fares""".split() + ["life expectancy", "birth rate", "death rate", "tax burden", "interest rates", "waiting list",
                  "waiting lists", "waiting times", "house prices", "knife crime", "turnover of staff"]
_MACRO = (
    r"\b(?:" + alternation(_MACRO_WORDS) + r"|number\s+of\s+[a-z]+"
    r"|(?:burglar|robber|theft|assault|murder|homicide|killing|violence|shoplifting|fraud)[a-z]*)\b"
)
# A population: people or things in general ("young people", "England's rivers", "voters").
_POPULATION_HEAD = r"(?:[a-z][a-z-]*s|[a-z-]*(?:people|men|women|children|staff|public|population|youth)|[A-Z][a-z]+(?:ans|ers|ans|ish|ese|s))\b"
# A population the sentence counts or names as a set: "of the 410 staff", "of them".
_SET = lazyre.compile(
    r"^\s*(?:all\s+|the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|these\s+|those\s+)?(?:[\w'’-]+\s+){0,2}?[\d£$€]"
    r"|^\s*(?:them|those|these|us|it|which|whom)\b"
    r"|^\s*(?:its|their|his|her|our|my|the\s+(?:project|company|firm|club|group|business|plan|scheme|budget|"
    r"fund|vote|votes|seats|tickets|shares|council|board|total|sample|field|pot|pool|fee|deal|sum|money|"
    r"budget|cost|bill|award|prize|payout|capacity|site|stock|stake|estate|collection))\b",
    re.IGNORECASE,
)
_OF_AFTER = lazyre.compile(r"\s+of\b", re.IGNORECASE)
_OF_IN = lazyre.compile(r"\s+of\b", re.IGNORECASE)
_SHARE_WORD = lazyre.compile(
    r"\b(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)|half|(?:a|one|two|three)[\s-]+(?:third|quarter|fifth|tenth)s?|"
    r"three-quarters|two-thirds|majority|minority|most|bulk)\s*$",
    re.IGNORECASE,
)
# Arithmetic of the event's own figures: "from £1,850 to £1,960", "up from 300p", "an increase of".
_OWN_ARITHMETIC = lazyre.compile(
    r"\bfrom\s+[£$€]?\d[\d,.]*\S*\s+to\s+[£$€]?\d|\d[\d.,]*\s?%\s+to\s+\d|\b(?:up|down)\s+from\s+[£$€]?\d|\bto\s+[£$€]?\d[\d,.]*\S*\s+from\s+[£$€]?\d"
    r"|\bcompare[sd]?\s+with\s+[£$€]?\d|\bcompared\s+with\s+[£$€]?\d|\b(?:an?\s+)?(?:increase|rise|fall|drop|cut|reduction|"
    r"decrease)\s+of\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?\d|\b(?:of\s+whom|of\s+which)\b|^\s*(?:of\s+the|of\s+its)\b"
    r"|\b\d[\d,.]*\s+of\s+the\s+\d",
    re.IGNORECASE,
)
# _OWN_ARITHMETIC in three parts, searched in the lower-cased sentence (as ``has`` searches
# it), one of which matches exactly when it does: the alternatives that open with a word,
# each opening with its first letter (the word boundary before it tested after it), so
# that ``re`` skips in C to the places where one may begin, instead of trying every
# alternative at every character; those that open with a digit, behind one digit class;
# and the one anchored at the start, matched there alone.
_OWN_ARITHMETIC_WORDS = lazyre.compile(
    r"f(?<!\w.)rom\s+[£$€]?\d[\d,.]*\S*\s+to\s+[£$€]?\d|u(?<!\w.)p\s+from\s+[£$€]?\d|d(?<!\w.)own\s+from\s+[£$€]?\d"
    r"|t(?<!\w.)o\s+[£$€]?\d[\d,.]*\S*\s+from\s+[£$€]?\d|c(?<!\w.)ompare[sd]?\s+with\s+[£$€]?\d"
    r"|a(?<!\w.)n?\s+(?:increase|rise|fall|drop|cut|reduction|decrease)\s+of\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?\d"
    r"|(?:i(?<!\w.)ncrease|r(?<!\w.)ise|f(?<!\w.)all|d(?<!\w.)rop|c(?<!\w.)ut|r(?<!\w.)eduction|d(?<!\w.)ecrease)"
    r"\s+of\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?\d"
    r"|o(?<!\w.)f\s+wh(?:om|ich)\b"
)
_OWN_ARITHMETIC_DIGITS = lazyre.compile(r"\d(?:[\d.,]*\s?%\s+to\s+\d|(?<!\w.)[\d,.]*\s+of\s+the\s+\d)")
_OWN_ARITHMETIC_START = lazyre.compile(r"\s*(?:of\s+the|of\s+its)\b")


def _own_arithmetic(low: str) -> bool:
    """Whether ``_cased(_OWN_ARITHMETIC)`` (see ``_Sentence.has``) finds a match in *low*
    (the alternatives that open with a word searched only where *low* holds one of the
    words one of which each of them holds: :data:`_OWN_ARITHMETIC_GATE`)."""
    return ((_holds_any(low, _OWN_ARITHMETIC_GATE) and _OWN_ARITHMETIC_WORDS.search(low) is not None)
            or _OWN_ARITHMETIC_DIGITS.search(low) is not None or _OWN_ARITHMETIC_START.match(low) is not None)


#: A word every match of _OWN_ARITHMETIC_WORDS holds: "from" (from ... to, up from, down
#: from, to ... from), "compare", the change nouns before "of", or "whom"/"which".
_OWN_ARITHMETIC_GATE = ("from", "compare", "increase", "rise", "fall", "drop", "cut", "reduction", "decrease", "whom", "which")


def _holds_any(low: str, strings: tuple) -> bool:
    for string in strings:
        if string in low:
            return True
    return False


# Prices, fees, transactions, budgets and results: what a story reports, not a statistic.
_MONEY_EVENT_WORDS = """cost costs costing price priced prices fee fees fare fares charge charged charges charging pay
pays paid paying worth fine fined fines sold sell sells bought buy buys bid offer offered deal raise raised raising
round funding donate donated donation donations donor donors grant budget plan package invest invests invested
investing investment investments investor investors salary ticket tickets ticketing deposit loan mortgage revenue
profit profits losses turnover takings spent spend award awards awarded compensation damages settlement bonus
stole stolen taken took fraud valued value values shares stake holds owns capital transfer signing add-ons
instalment instalments allocate allocated allocation allocations earmarked introduced demand demands demanded
demanding need needs needed require requires required scheduled""".split() + ["wage of", "income from", "spending on", "set aside", "go to", "will go", "called for",
                        "calls for", "minimum wage"]
_MONEY_EVENT = lazyre.compile(r"\b" + alternation(_MONEY_EVENT_WORDS) + r"\b", re.IGNORECASE)
# Events and their counts: "nine people were arrested", "31 voted in favour", "attended".
_EVENT_WORDS = """killed died dead injured hurt wounded missing arrested detained charged evacuated rescued transferred
attended assisted gathered marched queued signed voted elected won seat seats vote votes ballot ballots turnout
abstained registered crowd attendance spectators passengers underground aboard trapped treated employs employed
staff workforce members tickets practices collected received recorded counted tested surveyed sampled planted
harvested built opened placed installed yesterday today tonight""".split() + [
    "death in", "deaths in", "took part", "turned out", "sold out", "on board", "brought to the surface",
    "taken to hospital", "patients per", "this morning", "the night", "slept", "fled", "sheltered", "camped",
    "took to the streets", "lined the streets", "took shelter", "were stranded", "were left without", "at risk",
    "under threat", "threatened", "redundant", "redundancies"]
_EVENT = lazyre.compile(
    r"\b(?:" + alternation(_EVENT_WORDS) + r"|majority\s+of\s+\d"
    r"|(?:on|last|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|week|weekend))\b",
    re.IGNORECASE,
)
# Measurements: a distance, an age, a temperature, a size or a conversion.
_MEASURE = lazyre.compile(
    r"\b(?:km|miles?|metres?|meters?|feet|ft|light[\s-]years?|years?\s+old|aged|tonnes?|tons?|kg|lb|acres?|hectares?|"
    r"mm|cm|inches|in\b|°|degrees|mph|km/h|mw|gw|kwh|square|equivalent\s+to|about\s+the\s+size)\b",
    re.IGNORECASE,
)
# A state or trend of a population: present tense, perfect, or a change.
_STATE_OR_TREND = lazyre.compile(
    r"\b(?:are|is|have|has|live|lives|lack|lacks|remain|remains|fail|fails|face|faces|struggle|struggles|"
    r"do|does|say|says|think|thinks|believe|believes|want|wants|support|supports|oppose|opposes|back|backs|"
    r"carry|carries|use|uses|own|owns|rely|relies|suffer|suffers|go|goes|earn|earns|leaving|fleeing|pouring|losing|"
    r"(?:have|has)\s+(?:\w+\s+)?(?:lost|gained|left|gone|disappeared|fallen|risen|doubled|tripled|grown|been)|"
    r"now|every\s+(?:year|day|week|month)|a\s+(?:year|day|week|month)|each\s+(?:year|day))\b",
    re.IGNORECASE,
)
_POLL = lazyre.compile(
    r"^\s*(?:of\s+(?:[\w'’-]+\s+){1,4})?(?:say|said|think|believe|back|support|oppose|want|favou?r|agree|disagree|"
    r"trust|distrust|approve|disapprove|expect|fear|would)\b",
    re.IGNORECASE,
)
_COMPARISON = lazyre.compile(
    r"^\s*(?:more|less|fewer|higher|lower|bigger|larger|greater|likelier|more\s+likely|less\s+likely)\s+(?:[\w-]+\s+){0,2}?than\b",
    re.IGNORECASE,
)
# "nine in ten", "three out of four", "one in every five": a rate, whichever cue found it.
_RATE = lazyre.compile(
    r"\b\w+\s+(?:out\s+of|in)\s+(?:every\s+)?(?:[2-9]|10|20|100|1,?000|ten|five|four|three|twenty|(?:a\s+)?hundred|(?:a\s+)?thousand)\b"
    r"(?!\s+(?:years|months|weeks|days|hours|minutes|games|matches|attempts))",
    re.IGNORECASE,
)
_EXISTENTIAL = lazyre.compile(r"\b(?:there\s+(?:is|are|was|were)|has|have|faces?|facing)\s+(?:a\s+|an\s+)?$", re.IGNORECASE)


class _Sentence:
    """What the figures of one sentence share, worked out once and only when asked."""

    __slots__ = ("sentence", "low", "_seen")

    def __init__(self, sentence) -> None:
        self.sentence = sentence
        self.low = sentence.text.lower()  # searched by case-sensitive copies: faster than ignoring case
        self._seen: dict = {}

    def has(self, name: str, rx) -> bool:
        seen = self._seen
        value = seen.get(name)
        if value is None:
            low = self.low
            value = seen[name] = _may_hold(rx, low) and _cased(rx).search(low) is not None
        return value

    def own_arithmetic(self) -> bool:
        """``has("own-arithmetic", _OWN_ARITHMETIC)``, searched for in parts (see
        :func:`_own_arithmetic`)."""
        seen = self._seen
        value = seen.get("own-arithmetic")
        if value is None:
            value = seen["own-arithmetic"] = _own_arithmetic(self.low)
        return value

    @property
    def spoken(self) -> bool:
        value = self._seen.get("spoken")
        if value is None:
            said = _outside_quotes(self.sentence)
            low = said.lower()
            if "we" in low or "you" in low:  # (every match of _DISCOURSE holds one)
                said = _DISCOURSE.sub("", said)
            value = self._seen["spoken"] = _SPOKEN.search(said) is not None
        return value


def _may_hold(rx, low: str) -> bool:
    """False when the lower-cased text *low* holds none of the strings one of which every
    match of *rx* holds (:func:`lintnews.matching.cues.literal_gate`), so that the
    case-sensitive copy of *rx* finds nothing in it. Those strings have straight
    apostrophes, and *low* may have curly ones: a gate with an apostrophe is not used."""
    gate = literal_gate(rx)
    if gate is None or any("'" in string for string in gate):
        return True
    for string in gate:
        if string in low:
            return True
    return False


_CASED: dict = {}


def _cased(rx):
    """A case-sensitive copy of the case-insensitive pattern *rx*, for lower-cased text."""
    cased = _CASED.get(rx)
    if cased is None:
        cased = _CASED[rx] = lazyre.compile(rx.pattern, rx.flags & ~re.IGNORECASE)
    return cased


# A small count: a speaker's "two failing schools" is no statistic.
_SMALL = lazyre.compile(r"(?:[0-9]|1[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)", re.IGNORECASE)


def _features(sentence) -> _Sentence:
    return sentence.memo("claims.statistic-features", _Sentence)


def spoken(sentence: Sentence) -> bool:
    """True when *sentence* is in the first or second person outside its quotations (a
    speech, a debate, an opinion piece): its figures are the speaker's claims."""
    return _features(sentence).spoken


def states_a_statistic(hit: CueHit) -> bool:
    """True when the statistic cue *hit* states a statistic about the world (see the
    module documentation), False for an event's own figure."""
    label = hit.cue.label
    sentence = hit.sentence
    text = sentence.region.text
    s_start, s_end = sentence.start, sentence.end
    f = _features(sentence)
    before = text[s_start : hit.start]
    after = text[hit.end : s_end]
    own_arithmetic = f.own_arithmetic()
    if label in ("a large number", "a count", "an estimate") and _POSSESSED.search(before[-12:]):
        return False  # "our 700,000 members", "its 4,000 staff": the size of the possessor's own body
    if not own_arithmetic and f.spoken and not _MEASURE.match(after) and not _SMALL.fullmatch(text[hit.start : hit.end].split()[0]):
        # a speaker's figure (a speech, a debate, an opinion piece): what they claim, not
        # the reporter's record of an event
        return True
    if label in ("a rate", "a comparison") or _RATE.search(text, hit.start, hit.end):
        # "found in 41 of them, about one in five": a part of a whole the sentence counts
        return not (label == "a rate" and _PART_OF_COUNTED.search(before))
    if label == "a change in a quantity" and _OWN_QUANTITY.search(text, hit.start, hit.end) and not _ONGOING.search(before[-20:]):
        # "The club cut its ticket prices", "raised the fares", "200 staff will lose their jobs":
        # an actor's act on its own quantity is the story's event, not a claim about the world
        return False
    if label in ("a percentage", "a change", "a sum of money", "a trend with no figure") and gated_search(_OWN_RESULTS, sentence.region, s_start, s_end):
        return False  # "sales at the chain rose 4%", "the club's membership has doubled": one body's own results
    if label in ("a trend with no figure", "a change in a quantity", "a flow with no figure", "a change with no figure"):
        return not own_arithmetic
    if label == "a quantity":  # "there is a limited supply of": a state of the world
        return bool(_EXISTENTIAL.search(before[-60:]))
    if label == "an approximate quantity":  # "vast quantities of drugs"
        return True
    if label == "a share":  # the population starts at the hit's "of"
        span = text[hit.start : s_end]
        of = _OF_IN.search(span)
        rest = span[of.start() :] if of else after
        return _general_population(rest) and not _EVENT_SHARE.match(rest)
    if label == "a percentage":
        return _percentage_is_statistic(f, before, after, own_arithmetic)
    if own_arithmetic:
        return False  # "from £1,850 to £1,960", "up from 300p", "of whom": the event's own figures
    if label == "a change":  # "doubled", "halved": of a macro quantity, or over a period (a trend)
        return _macro_before(before) or bool(_MACRO_ANYWHERE.search(after, 0, 40)) or bool(_OVER_A_PERIOD.match(after))
    if label == "a sum of money":
        return _money_is_statistic(f, before, after)
    # counts, large numbers, estimates, approximate counts
    if f.has("approximate-money", _APPROXIMATE_MONEY):
        return True  # "hundreds of millions of dollars": an estimate of money
    if _CURRENCY_AFTER.match(after) or _CURRENCY_END.search(text, hit.start, hit.end):
        return _money_is_statistic(f, before, after)  # "10 million euros": a sum of money
    return _count_is_statistic(f, before, after, text[hit.start : hit.end])


def _macro_before(before: str) -> bool:
    """A macro quantity ends within 60 characters before the figure, in its clause
    ("unemployment rose to", "the deficit is")."""
    tail = before[-90:]
    cut = max(tail.rfind(","), tail.rfind(";"), tail.rfind(":"))
    if cut >= 0:
        tail = tail[cut + 1 :]
    limit = len(tail) - 60
    for m in _MACRO_ANYWHERE.finditer(tail):
        if m.end() >= limit:
            return True
    return False


# "are up nearly 60%", "is down by a fifth": a quantity's present level against the past.
_PRESENT_CHANGE = lazyre.compile(
    r"\b(?:is|are|['’]s|['’]re)\s+(?:now\s+)?(?:up|down|(?:going|coming)\s+(?:up|down)|rising|falling|increasing|"
    r"decreasing|growing|shrinking|climbing|dropping)\s+(?:by\s+)?(?:(?:nearly|almost|more\s+than|about|some|over|around|"
    r"roughly)\s+)?$",
    re.IGNORECASE,
)
# A period a trend is measured over, and the verbs of a change: one alternation each, for
# the sentence-wide tests and the change-then-period expression alike.
_PERIODS = (
    r"last\s+year|this\s+year|in\s+(?:the\s+)?(?:last|past)\s+\w+\s+(?:years?|months?|decades?)|since\s+(?:19|20)\d\d|"
    r"in\s+recent\s+years|over\s+(?:the\s+)?(?:last|past)\s+(?:\w+\s+)?(?:years?|decades?)"
)
_CHANGES = r"rose|risen|fell|fallen|dropped|increased|decreased|grew|grown|declined|soared|plunged|jumped|went\s+up|went\s+down"
_PERIOD_WORDS = lazyre.compile(r"\b(?:" + _PERIODS + r")\b", re.IGNORECASE)
_CHANGE_WORDS = lazyre.compile(r"\b(?:" + _CHANGES + r")\b", re.IGNORECASE)
# A change over a period: "dropped 92 percent once the wall was up" is the event's; "rose
# 17% last year" is a trend.
_TREND_PERIOD = lazyre.compile(
    r"\b(?:" + _CHANGES + r"|up|down)\b[^.;]{0,60}?\b(?:" + _PERIODS + r")\b", re.IGNORECASE
)
_MACRO_ANYWHERE = lazyre.compile(_MACRO, re.IGNORECASE)
# A part of a whole the sentence counts, just before a rate: "41 of them, about".
_PART_OF_COUNTED = lazyre.compile(
    r"\b\d[\d,]*\s+(?:of|out\s+of)\s+(?:them|those|these|the\s+\d[\d,]*|\d[\d,]*)\b[^.;:]{0,20}$", re.IGNORECASE
)
# A multiplication over a period: "have tripled in five years", "has halved since 2010".
_OVER_A_PERIOD = lazyre.compile(
    r"\s*(?:,\s*)?(?:in|over|within|since|during)\s+(?:(?:the|a|just|only|barely|less\s+than|under|little\s+more\s+than|"
    r"last|past|previous|recent)\s+)*(?:(?:\w+|\d+)\s+)?(?:years?|decades?|months?|generation|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# One event: a day, a match, an incident.
_ONE_EVENT = lazyre.compile(
    r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight|last\s+night|"
    r"this\s+morning|at\s+the\s+(?:scene|match|game|meeting|weekend))\b",
    re.IGNORECASE,
)
_POPULATION = lazyre.compile(
    r"^\s*(?:of\s+)?(?:all\s+)?(?:(?:the\s+)?[\w-]+['’]s?\s+|the\s+|[A-Z][\w-]+\s+)?(?:[a-z][\w-]*\s+){0,3}?" + _POPULATION_HEAD,
)


# A speaker in the first or second person outside quotation marks: a transcript, a
# speech or an opinion piece, where every figure is the speaker's claim. "I", "we", "our",
# "us", "you", "your" or "my" as a word (so also the "I" of "I'm", the "we" of "we've"),
# written to open with a character class, which ``re`` skips to in C: the word boundary
# before it is tested after its first letter, and the letter read again by a look-behind.
_SPOKEN = lazyre.compile(
    r"[IWwOoUuYyMm](?<!\w.)(?:(?<=I)|(?<=[Ww])e|(?<=[Oo])ur|(?<=[Uu])s|(?<=[Yy])our?|(?<=[Mm])y)\b"
)


# "If we compare the figures with last year": the writer addressing the reader, not a speaker.
_DISCOURSE = lazyre.compile(
    r"\b(?:if|when|as)\s+(?:we|you)\s+(?:compare|confront|look\s+at|consider|take|examine|set|put|count)\b[^,;]*", re.IGNORECASE
)


def _outside_quotes(sentence) -> str:
    text = sentence.region.text
    start, end = sentence.start, sentence.end
    if not sentence.quote_spans:
        return text[start:end]
    parts, at = [], start
    for qs, qe in sorted(sentence.quote_spans):
        if qs > at:
            parts.append(text[at:qs])
        at = max(at, qe)
    if at < end:
        parts.append(text[at:end])
    return " ".join(parts)


def _general_population(after: str) -> bool:
    """True when what follows a share ("of England's rivers", "young people") is a
    population in general, not a set the sentence counts or names."""
    rest = after
    m = _OF_AFTER.match(rest)
    if m:
        rest = rest[m.end() :]
    if _SET.match(rest):
        return False
    return bool(_POPULATION.match(rest))


def _percentage_is_statistic(f: _Sentence, before: str, after: str, own_arithmetic: bool) -> bool:
    window = before[-40:]
    if may_match_text(_STAKE, window) and _STAKE.search(window):
        return False  # "owns 44% of the carmaker", "wrote off 100% of the debts": a stake or a deal
    if _OF_AFTER.match(after):
        return _general_population(after) and not _EVENT_SHARE.match(after)
    if _POLL.match(after) or _COMPARISON.match(after):
        return True
    if own_arithmetic or f.has("money-event", _MONEY_EVENT) or f.has("event", _EVENT):
        return False
    if _PRESENT_CHANGE.search(before[-40:]):
        return True  # "they are up nearly 60%": where a quantity stands now
    return (
        _macro_before(before) or bool(_MACRO_ANYWHERE.search(after, 0, 40))
        or (f.has("period-words", _PERIOD_WORDS) and f.has("change-words", _CHANGE_WORDS))
    )


_PUBLIC_COST = lazyre.compile(
    r"\btaxpayers?\b|\b(?:cost|costs|costing|cost\s+us)\s+(?:[\w'’-]+\s+){0,2}?(?:farmers|motorists|drivers|cyclists|households|"
    r"families|businesses|consumers|patients|tenants|renters|workers|people|shoppers|travellers|commuters|pensioners|"
    r"employers|homeowners|landlords|borrowers|savers|residents|parents|students)\b|\b(?:cost|costs|costing|cost\s+us|save|saves|saving|saved|lose|loses|losing|lost)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:the|our|this|their)\s+(?:economy|country|nation|public\s+purse|exchequer|nhs|state|government|treasury)\b"
    r"|\b(?:trillion|tn|trn)\b",
    re.IGNORECASE,
)
# An aggregate over a period turns a count into a statistic: "266,000 arrests in the last
# two years", "homicides increased by 17% last year", "costs £2bn a year".
_PERIOD = lazyre.compile(
    r"\b(?:(?:in|over|during)\s+(?:the\s+)?(?:last|past|previous)\s+(?:\w+\s+){0,2}?(?:years?|decades?|months?)|"
    r"since\s+(?:19|20)\d\d|(?:a|per|each|every)\s+(?:year|decade)|annually|in\s+recent\s+(?:years|decades)|"
    r"over\s+(?:\w+\s+)?(?:years|decades)|last\s+year\s+alone|year[\s-]on[\s-]year)\b",
    re.IGNORECASE,
)


_APPROXIMATE_MONEY = lazyre.compile(
    r"\b(?:hundreds|tens|billions|millions)\s+of\s+(?:millions\s+of\s+|billions\s+of\s+)?(?:dollars|pounds|euros)\b", re.IGNORECASE
)


# One person's pay or income: a singular subject (a name, a pronoun, a role) that earns,
# makes or is paid. "Nurses earn £25,000" (a population) stays a statistic.
_ONES_PAY = lazyre.compile(
    r"(?:\b(?:he|she|i)|(?-i:\b[A-Z][\w'’-]+)|\b(?:the|this|that|a)\s+(?:[a-z-]+\s+)?[a-z]+(?<![^s]s))\s+"
    r"(?:(?:also|now|currently|still|reportedly)\s+)?"
    r"(?:earns|earned|makes|made|was\s+paid|is\s+paid|gets|got|receives|received|was\s+getting\s+paid)\s+"
    r"(?:(?:up\s+to|about|around|nearly|almost|more\s+than|over|at\s+least|between)\s+)?$"
    r"|\b(?:his|her|my)\s+(?:[\w-]+\s+){0,2}?(?:income|salary|pay|earnings|wage)\s+(?:of\s+)?(?:(?:up\s+to|about|around)\s+)?$",
    re.IGNORECASE,
)
_AVERAGE = lazyre.compile(r"\b(?:average|typical|median|mean)\b", re.IGNORECASE)
_FUTURE_PERIOD = lazyre.compile(
    r"\b(?:over|in|within|during)\s+the\s+(?:next|coming)\s+(?:\w+\s+)?(?:years?|months?|decades?)\b", re.IGNORECASE
)


def _money_is_statistic(f: _Sentence, before: str, after: str) -> bool:
    # "has cost taxpayers $4bn", "costs the economy £4bn a year"
    if f.has("public-cost", _PUBLIC_COST):
        return True
    window = before[-60:]
    ones_pay = may_match_text(_ONES_PAY, window) and _ONES_PAY.search(window) and not _AVERAGE.search(window)
    if f.has("money-event", _MONEY_EVENT) or ones_pay or f.has("future-period", _FUTURE_PERIOD):
        # a price or a deal; one person's pay ("the MSP earns up to £30,000 a year"); a plan
        # over the years ahead ("is spending $100m over the next three years")
        return False
    # "a deficit of £40bn", "debt has reached £2tn", "an $800bn trade deficit", "£2bn a year"
    return _macro_before(before) or bool(_MACRO_ANYWHERE.search(after, 0, 40)) or f.has("period", _PERIOD)


def _count_is_statistic(f: _Sentence, before: str, after: str, counted: str = "") -> bool:
    if _MEASURE.match(after):
        return False
    if _MILLIONS.search(counted) and _JOBS_AFTER.match(after):
        return True  # "would cost 3.5 million jobs", "created two million jobs": jobs in an economy
    if _THROUGHPUT.search(before[-40:]):
        return False  # "The hospice treats about 1,500 patients a year": the size of one body's work
    if f.has("period", _PERIOD) and not f.has("one-event", _ONE_EVENT):
        return True  # "266,000 arrests in the last two years"
    if f.has("event", _EVENT) or f.has("money-event", _MONEY_EVENT):
        return False
    if _COUNTED_POPULATION.match(after) or (
        _COUNTED_POPULATION_END.search(counted) and _CLAUSE_START.search(before) and not _SMALL_COUNT.match(counted)
    ):
        # "35 million people lack insurance", "around 15,000 households in the borough are on
        # the waiting list": a population in a present state or a trend
        return bool(_STATE_OR_TREND.search(after, 0, 80) or _STATE_OR_TREND.search(before[-40:]))
    return False


_POPULATION_NOUNS = (
    r"(?:people|jobs|families|children|adults|households|workers|americans|britons|pensioners|patients|homes|"
    r"businesses|companies|factories|pupils|students|women|men|immigrants|migrants|refugees|voters|citizens|"
    r"residents|young|teenagers|deaths|cases|victims|crimes|offences|incidents|tenants|renters|landlords|"
    r"homeowners|farmers|drivers|motorists|cyclists|commuters|passengers|nurses|doctors|teachers|graduates|"
    r"claimants|borrowers|savers|consumers|shoppers|smokers|owners)"
)
_COUNTED_POPULATION = lazyre.compile(r"^\s*(?:of\s+)?(?:[\w-]+\s+){0,2}?" + _POPULATION_NOUNS + r"\b", re.IGNORECASE)
# the population inside the hit itself ("around 15,000 households"), as the subject of its clause
_COUNTED_POPULATION_END = lazyre.compile(r"\b" + _POPULATION_NOUNS + r"$", re.IGNORECASE)
_SMALL_COUNT = lazyre.compile(
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|at\s+least)\s+)?(?:[0-9]|1[0-9]|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve)\s+(?!(?:hundred|thousand|million|billion|m|bn)\b)",
    re.IGNORECASE,
)
_CLAUSE_START = lazyre.compile(r"(?:^|[,;:]|\b(?:and|but|while|whereas|where|with)\s*)\s*$", re.IGNORECASE)

# What one body does, in the singular, before its count: "the hospice treats about 1,500
# patients a year", "the airline carried 12 million passengers". The size of its work, not
# a claim about the world ("Hospitals treat ..." in the plural stays a statistic).
_THROUGHPUT = lazyre.compile(
    r"\b(?:the|its|their|this|that|each)\s+(?:[\w'’-]+\s+){0,6}?(?:(?:has|had|now|also|still)\s+)?(?:treats|treated|supports|supported|serves|served|carries|carried|handles|handled|employs|employed|"
    r"produces|produced|makes|builds|built|sells|sold|welcomes|welcomed|attracts|attracted|receives|received|"
    r"processes|processed|hosts|hosted|houses|housed|runs|operates|operated|trains|trained|teaches|taught|"
    r"helps|helped|answers|answered|delivers|delivered|feeds|fed|cares\s+for|cared\s+for|looks\s+after|"
    r"looked\s+after|flies|flew|stocks|stocked|plants|planted|supplies|supplied|has|had|powers|powered|screens|screened|"
    r"tests|tested|vaccinates|vaccinated)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to|at\s+least|an\s+estimated|as\s+many\s+as)\s+)?$",
    re.IGNORECASE,
)
# An actor's act on its own quantity: a possessive, an article or a noun modifier before the
# quantity ("cut its agency spending", "raised the prices", "cut ticket prices", "lose their
# jobs"). A bare macro quantity ("cut taxes", "drives down wages") stays a claim.
_OWN_QUANTITY = lazyre.compile(
    r"\s(?:its|their|his|her|the|(?-i:[A-Z])[\w-]*['’]s)\s|\s(?!(?:down|up|us|them|you|americans|workers|people|it|of|the|"
    r"their|your|our|his|her|its|my|taxes)\b)[a-z][\w-]*\s+(?:[\w-]+\s+)?(?:taxes|tax|wages|wage|jobs|premiums|prices|costs|"
    r"debt|deficit|spending|unemployment|incomes|income|salaries|benefits|pensions|pay|emissions|production|exports|"
    r"imports|output|budget|funding|savings)\b",
    re.IGNORECASE,
)
# One body's own results: "sales at the chain", "its profits", "the club's membership",
# "Acme's turnover". A market's or a country's figures ("sales of electric cars", "Britain's
# exports") are still statistics.
_OWN_RESULTS = lazyre.compile(
    r"\b(?:its|their|(?-i:[A-Z])[\w&-]*['’]s|the\s+(?:[\w-]+\s+)?(?:company|firm|group|chain|club|bank|retailer|airline|business|"
    r"trust|charity|band|carmaker|brewer|grocer|supermarket|shop|store|theatre|museum|gallery|festival|zoo|paper|"
    r"station|operator|insurer|lender|builder|developer|publisher|studio|label)['’]s)\s+(?:[\w-]+\s+)?(?:sales|profits?|"
    r"revenues?|turnover|earnings|income|losses|membership|ticket\s+sales|bookings|takings|margins?|dividend|share\s+price)\b"
    r"|\b(?:sales|profits?|revenues?|turnover|earnings|income|losses|bookings|takings|margins?)\s+(?:at|for)\s+(?:the\s+(?:[\w-]+\s+)?"
    r"(?:company|firm|group|chain|club|bank|retailer|airline|business|carmaker|brewer|grocer|supermarket|shop|store|"
    r"operator|insurer|lender|builder|developer|publisher|studio|label)\b|(?-i:[A-Z]))",
    re.IGNORECASE,
)
_CURRENCY_AFTER = lazyre.compile(r"\s+(?:dollars|pounds|euros|yen|yuan|rupees|roubles|rubles|francs|pesos|won)\b", re.IGNORECASE)
_MILLIONS = lazyre.compile(r"\b(?:million|millions|billion|bn|m)\b|\dm$", re.IGNORECASE)
_JOBS_AFTER = lazyre.compile(r"\s+(?:[\w-]+\s+)?jobs\b", re.IGNORECASE)
_CURRENCY_END = lazyre.compile(r"\b(?:dollars|pounds|euros|yen|yuan|rupees|roubles|rubles|francs|pesos|won)$", re.IGNORECASE)
_POSSESSED = lazyre.compile(r"\b(?:our|my|its|their|his|her|your)\s+$", re.IGNORECASE)
# "people are losing their jobs": an ongoing change of a population is a trend
_ONGOING = lazyre.compile(r"\b(?:are|is|keep|keeps|kept)\s+$", re.IGNORECASE)
# A share of the story's own set, with what happened to it: "most of the flights were
# cancelled", "with only 60% of trains running". A share in a present state ("60% of shops
# are empty") is still a statistic.
_EVENT_SHARE = lazyre.compile(
    r"^\s*(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?[a-z][\w-]*s\s+(?:(?:were|was|had\s+been|being)\s+)?"
    r"(?:(?:also|all|either|later)\s+)?(?:cancelled|canceled|delayed|postponed|suspended|closed|shut|evacuated|"
    r"damaged|destroyed|flooded|rescued|sold|booked|grounded|diverted|running|ran|operating|operated|ran\s+on\s+time)\b",
    re.IGNORECASE,
)
# A stake or a deal: "owns 44% of the carmaker", "to write off up to 100% of the debts".
_STAKE = lazyre.compile(
    r"\b(?:owns?|owned|holds?|held|bought|buys?|buying|sold|sells?|selling|acquired|acquires?|acquiring|controls?|"
    r"controlled|took|takes|taking|write\s+off|writes\s+off|wrote\s+off|writing\s+off|stake\s+of|share\s+of)\s+"
    r"(?:(?:up\s+to|about|around|nearly|almost|a\s+further|another|just\s+under|just\s+over|more\s+than)\s+)?$",
    re.IGNORECASE,
)

