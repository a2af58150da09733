"""HDG010 vague-quantifier: "some" and "many" standing in for a number or a source."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document
from lintnews.analysis.hedging.first_words import FirstWords, sentences_with
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule
from lintnews.analysis.voice.speaker import vague_source_spans
from lintnews.analysis.voice.voice import voice_of
from lintnews.rules.hedging.weasel_group import weasel_spans

__all__ = ["VagueQuantifier"]

_RX = lazyre.compile(
    r"\b(?:some|many|several|numerous|countless|a\s+number\s+of)\b"
    # "most" as a quantifier ("most economists", "most of the"), not a superlative
    r"|\bmost\b(?<!\bthe\smost)(?<!\bat\smost)(?<!\bin\smost)(?<!\bfor\smost)(?<!\band\smost)"
    r"(?=\s+of\b|\s+[a-z]+s\b)(?!\s+\w+ly\b)"
    # "certain" as a vague determiner ("certain critics"), not "sure"
    r"|\bcertain\b(?<!\bis\scertain)(?<!\bare\scertain)(?<!\bwas\scertain)(?<!\bbe\scertain)(?=\s+[a-z]+s\b)"
    # "generally" as a vague extent ("critics generally favour"), not describing a kind
    # ("the larvae are generally green"), a participle ("generally accepted" is HDG008's)
    # or a manner ("spoke generally about")
    r"|\bgenerally\b(?<!\bis\sgenerally)(?<!\bare\sgenerally)(?<!\bwas\sgenerally)(?<!\bwere\sgenerally)"
    r"(?<!\bbe\sgenerally)(?<!\band\sgenerally)(?<!\bmore\sgenerally)(?<!\bmost\sgenerally)(?<!\bvery\sgenerally)"
    r"(?<!\bso\sgenerally)(?=,?\s+[a-z])(?!,?\s+(?:will|would|are|is|have|has|was|were|[a-z]+ed|[a-z]+en|known|held|thought|seen|made|"
    r"built|sold|grown|worn|read|spoken|found|taken|given|shown|understood|available|speaking|in|on|at|to|for|"
    r"from|with|across|around|and|or|but|than|as|among|throughout|over|between|by|about)\b)",
    re.IGNORECASE,
)
# Every match of _RX begins with one of these words: it is tried only where one stands.
FIRST_WORDS = FirstWords(
    "some many several numerous countless most certain generally".split(),
    after={("a",): r"\s+number\b"},
    exact=True,
)


def region_matches(region) -> Sequence[Sequence["re.Match"]]:
    """The matches of _RX in each sentence of *region*, as finditer gives them (an
    empty sequence for a sentence or region without any)."""
    return FIRST_WORDS.matches(_RX, region)


# Not a vague quantity of people or things: "some 200" (about), "how many", "as many
# as 40", "many thanks", durations and frequencies ("for some time", "many years").
_SKIP_AFTER = lazyre.compile(
    r"\s*(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|dozen|half|more|less|fewer|one|thing|things|way|where|how|what|day|point|time|times|years?|"
    r"decades?|centuries|months?|weeks?|days?|hours?|minutes?|moments?|while|thanks|happy|"
    r"a\s)\b|\W*$)",
    re.IGNORECASE,
)
# The tail of a list ("Symantec, McAfee and many others") or a pronoun object ("a
# showcase for many."): nothing stands in for a claim.
_LIST_TAIL = lazyre.compile(r"\s+(?:others|more)\b", re.IGNORECASE)
_LIST_BEFORE = lazyre.compile(r"(?:\b(?:and|or)|,)\s*$", re.IGNORECASE)
_PRONOUN_OBJECT = lazyre.compile(r"\s*[,.;:!?)]", re.IGNORECASE)
_PREPOSITION_BEFORE = lazyre.compile(r"\b(?:for|to|with|by|among|of|from|on|at)\s*$", re.IGNORECASE)
# "not that many" (degree); "that many homes" after a verb is a plain quantifier.
_SKIP_BEFORE = lazyre.compile(r"\b(?:how|so|too|this|not\s+that|just\s+that)\s*$", re.IGNORECASE)
# Where a capital letter is only the start of a sentence or of a clause after a colon, dash or quote.
_SENTENCE_OPENING = lazyre.compile(r"(?:^|[:;—–\-(\"“‘']\s*)\W*$")
# Examples that name the members right after the quantifier's noun phrase.
_EXAMPLES_AFTER = lazyre.compile(
    r"(?:\s+[\w'’-]+){1,6}?\s*(?:,\s*|\s+-\s+|\s+–\s+|\s+—\s+|\s+)(?:including|such\s+as|notably|among\s+them|like)\s+"
    r"(?:the\s+)?(?-i:[A-Z0-9])",
    re.IGNORECASE,
)
# "the many tourist complexes affected": a definite set the story refers to
_DEFINITE_BEFORE = lazyre.compile(r"\b(?:the|its|their|his|her|our)\s+$", re.IGNORECASE)
# "as many as 40", "as many people as": a comparison, not a vague quantity ("such as some")
_AS_MANY_AS = lazyre.compile(r"\bas\s*$", re.IGNORECASE)
_AS_AFTER = lazyre.compile(r"(?:\s+[\w-]+){0,3}?\s+as\b", re.IGNORECASE)


# A vague quantifier carries a claim when its clause says how things are or will be
# ("Many residents oppose the plan", "many will simply move away", "some have lost their
# homes"); in narration of what happened ("Several ministers attended the talks", "Many
# of the cranes stood idle") it only counts, and a number may not exist.
_CLAUSE_END = lazyre.compile(r"[;:—–()]|,\s+(?:and|but|while|whereas|although|though|which|who|because|so|as|when)\b", re.IGNORECASE)
_PRESENT_OR_FUTURE = lazyre.compile(
    r"\b(?:will|would|could|may|might|can|must|should|shall|won['’]t|are|is|am|have|has|do|does|don['’]t|doesn['’]t|"
    r"remain|remains|seem|seems|now|still|going\s+to)\b",
    re.IGNORECASE,
)
# Past tenses and participles (read as past where the perfect's auxiliary is taken off:
# "have given") that both past tests below know.
_PAST_FORMS = (
    r"was|were|had|did|went|came|stood|took|made|gave|saw|left|met|fled|ran|held|sent|spent|lost|won|began|"
    r"became|brought|bought|built|caught|fell|fought|found|flew|got|grew|hit|kept|laid|led|paid|rose|shut|sold|"
    r"struck|threw|wore|given|taken|shown|written|done|seen|gone|begun|grown|drawn|driven|fallen|flown|risen|"
    r"spoken|stolen|thrown|broken|chosen|frozen|hidden|worn|torn"
)
# A clause in the past, verbs of saying and knowing included.
_PAST = lazyre.compile(
    r"\b(?:" + _PAST_FORMS + r"|told|said|chose|drew|drove|heard|knew|lay|put|sat|shot|spoke|stole|wrote|wept|"
    r"slept|sang|known|sworn|[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
_CLAUSE_START = lazyre.compile(r".*(?:[;:—–()]|,\s+(?:and|but|while|whereas|although|though|which|who|because|so|as|when)\b)", re.IGNORECASE | re.DOTALL)


# Quantifiers that count ("several", "a number of", "numerous", "most") only narrate in a
# clause about the past; "many" and "some" stand in for an unnamed majority or subset
# wherever they stand (the CoNLL-2010 weasel cues).
_COUNTING = lazyre.compile(r"(?:several|numerous|a\s+number\s+of|most|countless|certain)\b", re.IGNORECASE)


# A share of a counted set: "many of the 40 staff", "Of the 120 members, many voted": the
# number is given, and the quantifier only says how the set split.
_COUNTED_SET_AFTER = lazyre.compile(
    r"\s+of\s+(?:the|these|those|its|their|his|her|our|all)\s+(?:[\w-]+\s+)?\d", re.IGNORECASE,
)
_COUNTED_SET_BEFORE = lazyre.compile(
    r"\bof\s+(?:the|these|those|its|their|his|her|our|all)\s+\d[\d,.]*\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*,\s*$",
    re.IGNORECASE,
)
# The act whose object "some" counts: "Police closed some roads", "destroyed some of the".
_ACT_BEFORE = lazyre.compile(
    r"\b(?!(?:was|were|had|did|said|told|thought|felt|believed|that|what|but|not|just|most|must|yet|out|about|least|"
    r"first|last|next|best|almost|against|without|amongst|past|east|west|fact|part|result|effect|want|meant)\b)[a-z]{3,}(?:ed|t)\s+(?:(?:only|just|also)\s+)?(?:(?:of|from|off|in|on|at)\s+)?$"
    r"|\b(?:took|made|gave|left|kept|lost|sold|built|bought|brought|caught|drew|drove|found|hit|laid|led|paid|put|"
    r"sent|shut|spent|stole|struck|threw|won|cut|tore|broke|froze|stole|wore|ate)\s+(?:(?:only|just|also)\s+)?$",
    re.IGNORECASE,
)
# A relative clause after the act's object describes the object, not the act: "showcased
# some of its chips, which are lead free".
_RELATIVE = lazyre.compile(r"\s(?:which|that|who|whose|where)\b", re.IGNORECASE)


def _before_relative(text: str, at: int) -> str:
    """*text* up to the first relative pronoun after *at* (all of it when there is none),
    with the perfect's auxiliary taken off an act ("has caused", "has been tested"), which
    narrates what happened as much as the past tense does."""
    r = _RELATIVE.search(text, at)
    return _PERFECT.sub(" ", text[: r.start()] if r else text)


_PERFECT = lazyre.compile(
    r"\b(?:has|have)\s+(?:(?:also|already|now|just|recently|since)\s+)*(?:been\s+)?"
    r"(?=[a-z]{3,}(?:ed|en)\b|(?:lost|made|paid|left|kept|sold|built|bought|brought|caught|found|held|led|sent|spent|"
    r"shut|struck|won|cut|put|hit|fled|met|had|got|fought|run|come|become|begun|gone)\b)",
    re.IGNORECASE,
)
# A verb in the past tense, not a participle after "go", "be" or "remain" ("complaints go
# unanswered", "residents are worried"): what "many shops closed" narrates.
_FINITE_PAST = lazyre.compile(
    r"(?<!\bgo\s)(?<!\bgoes\s)(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bremain\s)(?<!\bremains\s)(?<!\bfeel\s)"
    r"(?<!\bseem\s)(?<!\bget\s)(?<!\bgets\s)(?<!\blook\s)"
    r"\b(?:" + _PAST_FORMS + r"|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)


def _unperfect(text: str) -> str:
    """*text* with the perfect's auxiliary blanked out (same offsets): "have closed"
    narrates what happened as the past tense does."""
    return _PERFECT.sub(lambda m: " " * len(m.group()), text)


# "could not" in a clause that narrates the past ("could not reach their homes because
# the roads were closed") is past ability, not a forecast.
_PAST_ABILITY = lazyre.compile(r"\b(?:could\s+not|couldn['’]t|could\s+no\s+longer)\b", re.IGNORECASE)
# A quantifier used as a pronoun ("many will move away", "some have lost their homes")
# stands for an unnamed body; one before a noun ("many factories") counts the things named.
_PRONOUN_USE = lazyre.compile(
    r"\s+(?:have|has|had|are|were|is|was|will|would|could|may|might|can|should|must|say|said|says|believe|think|"
    r"argue|fear|feel|claim|do|did|does|still|also|now|even|already|simply|remain|see|want|wish|hope|expect|agree|"
    r"disagree|prefer|suspect|worry|worried|question|doubt|oppose|support|insist|warn|suggest|wonder)\b",
    re.IGNORECASE,
)
# The set just named, then a share of it: "The hailstones, some of the size of a golf
# ball, fell", "the protesters, many of them students": the quantifier refers back.
_APPOSITIVE_BEFORE = lazyre.compile(r"[a-z]{2,}s\s*,\s*$", re.IGNORECASE)
_APPOSITIVE_AFTER = lazyre.compile(r"\s+of\s+(?:them|the|these|those|which|whom)\b|\s+[a-z]+(?:ed|ing)\b", re.IGNORECASE)
# "Several of the patients affected", "a number of the firms": a share of a definite set.
_OF_DEFINITE = lazyre.compile(r"\s+of\s+(?:the|these|those|its|their|his|her|our)\s", re.IGNORECASE)


# People an act touched ("has offended many people", "misled some voters"): an unnamed body
# whose size is the claim, not a part of what the act handled.
_PEOPLE_AFTER = lazyre.compile(
    r"(?:\s+of\s+(?:the|its|their)\s+)?\s+(?:[\w-]+\s+)?(?:people|users|fans|viewers|listeners|readers|customers|voters|residents|"
    r"citizens|parents|patients|observers|experts|critics|groups|members\s+of\s+the\s+public)\b",
    re.IGNORECASE,
)
_OF_WHOM = lazyre.compile(r"\s+of\s+(?:whom|which)\b", re.IGNORECASE)
# "some" in narration of an act ("Police closed some roads", "The fire destroyed some of the
# outbuildings", "Some of the residents were evacuated"): a part of what the act touched,
# not an unnamed body of opinion, unless the clause reports what they said or thought.
_OPINION = lazyre.compile(
    r"\b(?:said|says|argued|claimed|believed|thought|felt|suggested|warned|feared|complained|insisted|criticised|"
    r"criticized|accused|questioned|doubted|considered|described|called|praised|condemned|welcomed|opposed|"
    r"objected|protested|argue|claim|believe|think|feel|fear|say|perceived|regarded|viewed|saw\s+(?:it|this|that)\s+as|"
    r"lost\s+(?:faith|confidence|trust|patience|hope|interest))\b",
    re.IGNORECASE,
)

# A measured figure in the clause ("a round trip of 70 miles", "£40 a week", "six hours"):
# "some" then picks out the cases it describes, it does not stand in for a number.
_MEASURED = lazyre.compile(
    r"(?:[£$€]\s?\d|\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a\s+hundred)\s*(?:%|km|kilometres|miles?|metres|meters|feet|ft|hours?|minutes?|days?|weeks?|months?|years?|"
    r"kg|kilos?|tonnes?|litres?|pounds|dollars|euros|mph|a\s+(?:day|week|month|year)))",
    re.IGNORECASE,
)

# "better than most rivals": the base of a comparison, not a body of people.
_THAN_BEFORE = lazyre.compile(r"\bthan\s+$", re.IGNORECASE)
# A preposition of place or part before the quantifier: "in some flats", "the price of some hotels".
_PLACE_OR_PART_BEFORE = lazyre.compile(
    r"\b(?:in|at|on|of|from|across|throughout|into|inside|near|outside|around|along|beside)\s+$", re.IGNORECASE
)

# "in some ways", "in many respects": a hedge of extent, not a place or a part.
_EXTENT_AFTER = lazyre.compile(
    r"\s+(?:ways?|respects?|measure|sense|degree|extent|cases|instances|quarters|circles)\b", re.IGNORECASE
)

# Where a clause's subject starts: the quantifier opens the sentence or a clause.
_SUBJECT_START = lazyre.compile(
    r"(?:^|[;:—–(]\s*|,\s+(?:and|but|while|whereas|although|though|as|when|after|before)\s+|\b(?:and|but)\s+)\W*$",
    re.IGNORECASE,
)


def carries_a_claim(text: str, start: int, end: int) -> bool:
    """True when the vague quantifier at ``text[start:end]`` (a sentence's text) stands
    in a clause that states how things are or will be, not one that narrates the past
    (the past tense, "could not" beside it)."""
    m = _CLAUSE_START.match(text, 0, start)
    lo = m.end() if m else 0
    e = _CLAUSE_END.search(text, end)
    hi = e.start() if e else len(text)
    clause = text[lo:hi]
    past = _PAST.search(clause)
    if past and _PAST_ABILITY.search(clause):
        clause = _PAST_ABILITY.sub(" ", clause)
    if _PRESENT_OR_FUTURE.search(clause):
        return True
    return not past


def _clause(text: str, start: int, end: int) -> str:
    """The clause of *text* around ``text[start:end]``."""
    m = _CLAUSE_START.match(text, 0, start)
    e = _CLAUSE_END.search(text, end)
    return text[m.end() if m else 0 : e.start() if e else len(text)]


def _ends_with(rx, words: int, text: str, end: int) -> bool:
    """``rx.search(text, 0, end)`` for an expression that matches only at the end of
    ``text[:end]`` and spans at most *words* of its last runs of non-space characters
    (its words are joined by white space, which ``str.split`` and ``\\s`` agree on):
    searched from where those runs begin, not from every character of the sentence."""
    head = text[:end].rsplit(None, words)
    return rx.search(text, len(head[0]) if len(head) > words else 0, end) is not None


# Every match of _EXAMPLES_AFTER holds one of these words after the quantifier.
_EXAMPLE_WORDS = ("including", "such", "notably", "among", "like")


def _examples_after(sentence, text: str, at: int) -> bool:
    """``_EXAMPLES_AFTER.match(text, at)``, skipped where the folded rest of the
    sentence holds none of its words (a sentence that is not fold-safe is matched)."""
    region = sentence.region
    if region.fold_safe:
        low = region.folded
        start, end = sentence.start + at, sentence.end
        if not any(low.find(w, start, end) >= 0 for w in _EXAMPLE_WORDS):
            return False
    return _EXAMPLES_AFTER.match(text, at) is not None


class VagueQuantifier(Rule):
    """What it flags: vague quantities that stand in for a number or a source in the
    writer's own voice: "some", "many", "several", "numerous", "countless", "a number
    of", "most" as a quantifier ("most economists"), "certain" as a vague determiner
    ("certain critics") and "generally" as a vague extent ("critics generally favour the
    plan"): "Many residents oppose the plan", "many will simply move away", "some have
    lost their homes". Information only: often nothing more precise is known.

    Not flagged: a quantifier before a noun, or a counting one ("several", "a number of",
    "most"), as the subject of a clause that narrates what happened ("Several ministers
    attended the talks", "Many shops have closed since the spring", "Many of the cranes
    stood idle", "many families could not cook because the power was off"): it counts what
    the story reports, and a number may not exist; "some" in narration of an act ("Police
    closed some roads"); a share of a set just named ("The lorries, many of them loaded
    with grain, waited") or of a definite set ("Several of the patients affected are on
    the ward"); a place or a part in narration ("in some flats the heating failed", "the
    price of some rooms doubled"); the base of a comparison ("better than most rivals");
    a share of a counted set ("many of the 40 staff", "Of
    the 120 members, many voted against"), the tail of a list ("and many
    others"), "some 200 people" (about 200), "how many", "as many as 40", "many years",
    "for some time", "in most cases", "the larvae are generally green" (a description),
    "generally accepted" (HDG008), quotes, and sentences that report a named source. An
    unnamed crowd holding a view ("many consider") is HDG007, or CLM008 vague-source when
    it is presented as a source ("some critics say").

    Why: the CoNLL-2010 weasel guidelines count these quantifiers as weasel cues: they
    suggest a body of people or evidence without saying how large or whose.

    Instead: give the number ("About 300 residents signed the petition") or the source.

    Fix safety: no fix: only the writer knows the number or the source.
    """

    code = "HDG010"
    name = "vague-quantifier"
    category = "hedging"
    severity = Severity.INFO
    summary = "'Some', 'many', 'several' where a number or a source could be given."
    context = True
    examples = {
        "fail": [
            "Many residents oppose the plan.",
            "Many will simply move away.",
            "Critics generally favour the plan.",
        ],
        "pass": [
            "Some 200 people attended the vigil.",
            "The road has been closed for many years.",
            "The larvae are generally green.",
            "Many residents oppose the plan, the council's survey found.",
            "Several ministers attended the talks.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        for sentence, matches in sentences_with(self, doc, FIRST_WORDS, region_matches):
            text = sentence.text
            if text.rstrip("\"'”’)] ").endswith("?"):
                continue  # a question claims nothing
            taken = [(s, e) for s, e, _ in weasel_spans(sentence)] + vague_source_spans(sentence, context.settings)
            for m in matches:
                start, end = sentence.start + m.start(), sentence.start + m.end()
                if _SKIP_AFTER.match(text, m.end()) or _ends_with(_SKIP_BEFORE, 2, text, m.start()):
                    continue
                if m.group().lower() == "many" and _ends_with(_DEFINITE_BEFORE, 1, text, m.start()):
                    continue  # "the many complexes affected": a definite set
                if m.start() > 0 and m.group()[:1].isupper() and not _SENTENCE_OPENING.search(text, 0, m.start()):
                    continue  # a title or a name: "their new album, Some Cities"
                if _examples_after(sentence, text, m.end()):
                    continue  # the members are named: "a number of sources, including bank loans"
                if _ends_with(_AS_MANY_AS, 1, text, m.start()) and _AS_AFTER.match(text, m.end()):
                    continue
                if (_LIST_TAIL.match(text, m.end()) and _LIST_BEFORE.search(text, 0, m.start())) or (
                    _PRONOUN_OBJECT.match(text, m.end()) and _PREPOSITION_BEFORE.search(text, 0, m.start())
                ):
                    continue  # "and many others", "a showcase for many."
                if sentence.in_quote(start, end) or any(s <= start < e for s, e in taken):
                    continue
                if not voice_of(sentence, start, end, context.settings).writer:
                    continue  # a source's words, named or vague: "Mr Ruiz said many homes flooded"
                if _COUNTED_SET_AFTER.match(text, m.end()) or _ends_with(_COUNTED_SET_BEFORE, 7, text, m.start()):
                    continue  # a share of a counted set: "many of the 40 staff"
                some = m.group().lower() == "some"
                if some and _OF_WHOM.match(text, m.end()) and not _OPINION.search(_clause(text, m.start(), m.end())):
                    continue  # a share of the group just named: "drivers, some of whom have waited"
                if (
                    m.group().lower() != "generally"
                    and _ends_with(_ACT_BEFORE, 3, text, m.start())
                    and not _PEOPLE_AFTER.match(text, m.end())
                    and not carries_a_claim(_before_relative(text, m.end()), m.start(), m.end())
                    and not _OPINION.search(_clause(text, m.start(), m.end()))
                ):
                    # narration of an act: "Police closed some roads", "the update closed many
                    # loopholes", "he was stripped of most of his duties"
                    continue
                if m.group().lower() in ("most", "many", "some") and _ends_with(_THAN_BEFORE, 1, text, m.start()):
                    continue  # a comparison's base: "weathered the slump better than most rivals"
                if (
                    m.group().lower() != "generally"
                    and _ends_with(_PLACE_OR_PART_BEFORE, 1, text, m.start())
                    and not _EXTENT_AFTER.match(text, m.end())
                    and not carries_a_claim(_unperfect(text), m.start(), m.end())
                    and _FINITE_PAST.search(_unperfect(clause := _clause(text, m.start(), m.end())))
                    and not _OPINION.search(clause)
                ):
                    continue  # where or of what, in narration: "in some flats the air cooled to 12C"
                if _ends_with(_APPOSITIVE_BEFORE, 2, text, m.start()) and _APPOSITIVE_AFTER.match(text, m.end()):
                    if not _OPINION.search(_clause(text, m.start(), m.end())):
                        continue  # the set just named: "The hailstones, some of the size of a golf ball"
                counting = bool(_COUNTING.match(m.group()))
                if (
                    (counting or not _PRONOUN_USE.match(text, m.end()))
                    and _SUBJECT_START.search(text, 0, m.start())
                    and not carries_a_claim(_unperfect(text), m.start(), m.end())
                    and (counting or _FINITE_PAST.search(_unperfect(_clause(text, m.start(), m.end()))))
                    and not _OPINION.search(_clause(text, m.start(), m.end()))
                ):
                    continue  # narration: "Several ministers attended the talks", "Many shops have closed"
                if (
                    some
                    and not _PRONOUN_USE.match(text, m.end())
                    and _SUBJECT_START.search(text, 0, m.start())
                    and _MEASURED.search(clause := _clause(text, m.start(), m.end()))
                    and not _OPINION.search(clause)
                ):
                    continue  # a subset shown by a measured case: "Some pupils walk four miles to school"
                if (
                    _COUNTING.match(m.group())
                    and _OF_DEFINITE.match(text, m.end())
                    and not _OPINION.search(_clause(text, m.start(), m.end()))
                ):
                    continue  # a share of a definite set: "Several of the patients affected are on"
                word = m.group()
                ask = "in how many cases" if word.lower() == "generally" else "how many"
                yield self.report(
                    doc,
                    sentence.region,
                    start,
                    end,
                    f"'{word}': {ask}, and who says so? Give a number or a source",
                )
