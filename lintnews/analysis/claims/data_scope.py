"""The source-carrying scope of figures: a data source named earlier in the story.

News copy names its data source once, usually in the lead ("..., according to figures
published by the ambulance service", "the company said", "the census shows"), and then
gives more figures from it in the paragraphs that follow without naming it again. Those
figures are the source's, not the writer's; a figure that stands alone, with no source
anywhere before it, is still the writer's claim.

A **data source** is a sentence with a named source (the voice analysis:
:func:`lintnews.analysis.voice.voice.sentence_voice`), or data a body owns ("the
ambulance service's annual report shows"), that gives figures or names data
(a digit, "figures", "data", "survey", "report", "census", "results" ...). Its **topic**
is the set of its content words (stemmed, without the words every figure comes with:
"year", "month", "per cent", "million", "people", and without the places a story is
set in: "county", "city", "region", and without the bodies that give figures: "council",
"ministry", "company"). A later figure continues the source
while it stays on the topic, that is, shares a content word with a data source named
before it in the same section and keeps to its scope (a figure "across England" after a
source that spoke of one county is a new claim); a heading below the title starts a new
section, and a new source simply adds its own topic.

So, after "There are 4,900 holiday flats in the old town, according to the regional
register.", the figure in "Holiday flats make up 60% of homes in the old town." is the
register's, while "Tourism provides one job in four." changes the topic and is still
reported.

Worked out lazily, a section at a time, and kept in the document's memo (it dies with
the document).
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, List, Optional, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.matching.cues import may_match
from lintnews.text.document import Document, Sentence

__all__ = ["continues_data_source", "reads_into_figures", "topic_words"]

# What makes a sourced sentence a data source: figures, or a noun that names data.
_DATA_WORDS = lazyre.compile(
    r"\b(?:figures|data|statistics|stats|survey|surveys|census|report|study|poll|polls|results|accounts|index|"
    r"register|registry|records|analysis|estimates?|audit|returns|tables|dashboard|count|tally|monitor|tracker|"
    r"half|third|quarter|fifth|tenth|per\s*cent|percent|million|billion|thousand|hundred)\b",
    re.IGNORECASE,
)
_DIGIT = lazyre.compile(r"\d")


def _has_data(sentence: Sentence) -> bool:
    """Whether *sentence* holds a digit or a word of data (:data:`_DATA_WORDS`): the
    digit found in C, the words searched only where the folded text holds one of their
    strings (:func:`lintnews.matching.cues.may_match`)."""
    text = sentence.text
    return _DIGIT.search(text) is not None or (
        may_match(_DATA_WORDS, sentence.region, sentence.start, sentence.end) and _DATA_WORDS.search(text) is not None
    )
# Data owned by a body, in the writer's words: "the ambulance service's annual report shows",
# "the council's own figures showed" (a source, whether or not the voice analysis names it).
_OWNED_DATA = lazyre.compile(
    r"\b[\w-]+(?:\s+[\w-]+){0,3}?['’]s?\s+(?:(?:own|latest|annual|new|official|monthly|quarterly|weekly|yearly|"
    r"published|provisional|final)\s+)*(?:report|figures|data|statistics|survey|accounts|census|audit|review|study|"
    r"records|returns|results|register|count|analysis)\s+(?:(?:also|now)\s+)?(?:show|shows|showed|shown|found|finds|"
    r"suggest|suggests|suggested|reveal|reveals|revealed|indicate|indicates|indicated|put|puts|record|records|recorded)\b",
    re.IGNORECASE,
)
# What a continuing figure holds: a number, a share or a change of one. A sentence without
# one that shares the source's topic word ("Holiday flats have ruined the old town") is a
# general claim, and a cause or a verdict on the figures ("The rise is down to cheap
# flights") is the writer's reading of them, not the source's figure.
_FIGURE = lazyre.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|third|thirds|quarter|"
    r"quarters|fifth|fifths|tenth|per\s*cent|percent|majority|minority|double|doubled|treble|trebled|tripled|halved|"
    r"rose|risen|rise|rises|fell|fallen|fall|falls|increased?|decreased?|dropped|climbed|jumped|grew|shrank)\b",
    re.IGNORECASE,
)
_NOT_A_FIGURE = lazyre.compile(
    r"\b(?:because|due\s+to|owing\s+to|thanks\s+to|led\s+to|leads\s+to|caused|causes|blamed|driven\s+by|fuelled\s+by|"
    r"fueled\s+by|as\s+a\s+result|result\s+of|down\s+to|behind\s+the|responsible\s+for|failed|failure|disaster|"
    r"scandal|shameful|disgrace|shambles|fiasco|should|must|ought)\b",
    re.IGNORECASE,
)
_WORD = lazyre.compile(r"[A-Za-z][A-Za-z'’-]{2,}")
# Words that every figure comes with, or that say nothing of the topic.
_GENERIC = frozenset(
    """that this these those with from have having into than then they them their there were been being about
    after before over under more most less some such what when which while also only just very said says
    according show shows showed shown published figures figure data statistics report reported survey study
    year years month months week weeks today yesterday last next since until during among between around
    almost nearly about above below least total average rate rates level levels number numbers cent percent
    million millions billion billions thousand thousands hundred hundreds half third quarter fifth tenth
    people person time times rise rose risen fall fell fallen increase increased decrease decreased compared
    other others each every many much same higher lower further latest first second third january february
    march april june july august september october november december monday tuesday wednesday thursday
    friday saturday sunday where whose while because however although would could should will must
    county counties city cities town towns country countries region regions regional centre center area areas
    national local district districts borough village villages state states nation world part parts whole
    nearly roughly some just over under only still even well
    the and for was are has had but not new two six ten one who all out off now its his her our you any
    per cent can may got get own via due yet how why far few old big see set put did end way day
    young older elderly small large high low long short good bad black white full real major key
    council councils government ministry department company firm authority service office agency police
    trust board bank group organisation organization spokesman spokeswoman spokesperson official officials""".split()
)
# A figure that widens the scope beyond its source's ("across England", "the country's
# rivers", "worldwide") is a new claim, unless the source spoke of that scope too.
_WIDER = lazyre.compile(
    r"\b(?:across|throughout|nationally|nationwide|worldwide|globally|(?-i:England|Scotland|Wales|Britain|British|UK|"
    r"Europe|European|America|American|US|EU)|the\s+(?:country|nation|world|continent)(?:['’]s)?|countrywide)\b",
    re.IGNORECASE,
)


def _stem(word: str) -> str:
    w = word.lower().rstrip("'’")
    for end in ("ies", "es", "s"):
        if w.endswith(end) and len(w) - len(end) >= 4:
            return w[: -len(end)] + ("y" if end == "ies" else "")
    return w


def topic_words(text: str) -> FrozenSet[str]:
    """The content words of *text*, stemmed, without the words every figure comes with."""
    out = set()
    for m in _WORD.finditer(text):
        w = _stem(m.group())
        if w not in _GENERIC and m.group().lower() not in _GENERIC:
            out.add(w)
    return frozenset(out)


class _Scope:
    """The data sources of a document, read in order up to the furthest sentence asked
    about: ``sources`` holds ``(region index, sentence index, section, topic, text)``."""

    __slots__ = ("settings", "sources", "next_region", "section", "first_seen")

    def __init__(self, settings) -> None:
        self.settings = settings
        self.sources: List[Tuple[int, int, int, FrozenSet[str], str]] = []
        self.next_region = 0
        self.section = 0
        #: ``(section, word) -> (region index, sentence index)`` of the first source with
        #: that word in its topic: a figure's topic is checked word by word, not source by source
        self.first_seen: Dict[Tuple[int, str], Tuple[int, int]] = {}


def reads_into_figures(text: str) -> bool:
    """True when *text* reads a cause or a verdict into figures ("The fall is down to cheap
    flights"): the writer's reading, which no data source named before stands behind."""
    return _NOT_A_FIGURE.search(text) is not None


def continues_data_source(doc: Document, sentence: Sentence, settings=None) -> bool:
    """True when *sentence* (a figure with no source of its own) continues a data source
    named earlier in its section: a sentence with a named source that gives figures or
    names data, and shares a content word with *sentence*."""
    scope = doc.memo(("claims.data-scope", id(settings)), lambda d: _Scope(settings))
    here = (sentence.region.index, sentence.index)
    _read_up_to(doc, scope, sentence.region.index)
    if not _FIGURE.search(sentence.text):
        return False  # a general claim on the source's topic is the writer's, not the source's figure
    mine = topic_words(sentence.text)
    if not mine:
        return False
    section = _section_of(doc, sentence.region.index)
    seen = scope.first_seen
    if not any(seen.get((section, w), here) < here for w in mine):
        return False
    wider = {m.group().lower() for m in _WIDER.finditer(sentence.text)}
    if not wider:
        return True
    return any(all(w in raw for w in wider) for r, i, sec, topic, raw in scope.sources if (r, i) < here and sec == section)


def _section_of(doc: Document, region_index: int) -> int:
    sections = doc.memo("claims.data-sections", _sections)
    return sections[region_index] if region_index < len(sections) else 0


def _sections(doc: Document) -> List[int]:
    """The section number of each region: a heading after the first body paragraph opens
    a new one (the title and a standfirst belong to the first)."""
    out, section, body = [], 0, False
    for region in doc.regions:
        if region.kind == "heading" and body:
            section += 1
            body = False
        elif region.kind != "heading":
            body = True
        out.append(section)
    return out


def _owns_data(sentence: Sentence) -> bool:
    """Whether :data:`_OWNED_DATA` finds data owned by a body in *sentence* (searched only
    where the folded text holds one of its strings)."""
    region = sentence.region
    return may_match(_OWNED_DATA, region, sentence.start, sentence.end) and _OWNED_DATA.search(sentence.text) is not None


def _read_up_to(doc: Document, scope: _Scope, last_region: int) -> None:
    from lintnews.analysis.voice.voice import sentence_voice

    while scope.next_region <= last_region and scope.next_region < len(doc.regions):
        region = doc.regions[scope.next_region]
        section = _section_of(doc, region.index)
        if not region.blockquote and region.kind != "heading":
            for s in region.sentences:
                if s.quoted or not _has_data(s):
                    continue
                if sentence_voice(s, scope.settings, doc).named or _owns_data(s):
                    topic = topic_words(_outside_attribution(s, scope.settings, doc))
                    if topic:
                        scope.sources.append((region.index, s.index, section, topic, s.text.lower()))
                        for w in topic:
                            scope.first_seen.setdefault((section, w), (region.index, s.index))
        scope.next_region += 1


def _outside_attribution(sentence: Sentence, settings, doc: Document) -> str:
    """The sentence without its attribution's own words (a source's name is no topic:
    "the ambulance service said" says nothing of what the figures measure)."""
    from lintnews.analysis.voice.voice import sentence_voice

    found = sentence_voice(sentence, settings, doc).attribution
    text = sentence.region.text
    if found is None or not (sentence.start <= found.start < found.end <= sentence.end):
        return sentence.text
    return text[sentence.start : found.start] + " " + text[found.end : sentence.end]


def data_source_topic(doc: Document, sentence: Sentence, settings=None) -> Optional[FrozenSet[str]]:
    """The topic of *sentence* when it is itself a data source, else None (for tools and tests)."""
    from lintnews.analysis.voice.voice import sentence_voice

    if sentence.quoted or not _has_data(sentence) or not sentence_voice(sentence, settings, doc).named:
        return None
    return topic_words(_outside_attribution(sentence, settings, doc))
