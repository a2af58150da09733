"""Whose words is this span: the writer's, a named source's, a vague source's, a quotation's?

The one question both the claims and the hedging families ask, answered at three levels:

- **clause** (:func:`voice_of`, for hedging and phrasing rules): a source governs the
  clause it introduces. "Mr Ruiz said the plan may fail" puts "the plan may fail" in
  Mr Ruiz's voice; "The plan may fail, the minister said" puts the whole sentence in the
  minister's; but in "The plan may possibly work, and see [the report](...)" the link
  governs only "see the report", and the stacked hedge before it is still the writer's.
  Words inside quotation marks or a blockquote are the quotation's.
- **sentence** (:func:`sentence_voice`, for claims): a source anywhere in the sentence
  ("X said", "according to", a quotation of four words or more, a link, "in a statement")
  makes the sentence sourced, as an editor reads it. A source carries into a following
  sentence only where that sentence explicitly continues the reported speech (a colon
  introduction, "She added that ...", "The report also found ...", a continuing
  quotation), never into the writer's next comment.
- **document** (:func:`headline_sourced`): a headline or standfirst is sourced when the
  body attributes the same figure or claim.

Vague sources ("experts say", "according to specialists", "some agronomists consider")
look like attribution but name nobody: the voice is :data:`VAGUE`. Read with their
organisation context they may not be vague: "officials said" right after "..., the
ambulance service said" are that body's officials (:data:`NAMED`, a carried attribution).

All results are worked out once per document and cached with it; nothing outlives it.
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

from lintnews.records import FrozenRecord
from lintnews.matching import patterns as lazyre
from lintnews.analysis.voice.attribution import (
    CARRIED,
    COMMITMENT,
    LINK,
    QUOTE,
    VAGUE,
    Attribution,
    attribution,
)
from lintnews.text.document import Document, Link, Sentence

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__

#: The speakers a :class:`Voice` names.
WRITER, NAMED_SOURCE, VAGUE_SOURCE, QUOTATION = "writer", "named", "vague", "quotation"


class Voice(FrozenRecord):
    """Whose words a span (or a sentence) is.

    ``speaker`` is :data:`WRITER`, :data:`NAMED_SOURCE`, :data:`VAGUE_SOURCE` or
    :data:`QUOTATION`; ``attribution`` is what decided it (the reporting verb, the
    "according to", the link, the quotation), or ``None`` for the writer's own words.
    A writer's sentence may still carry a ``commitment`` attribution ("the mayor has
    promised to build 5,000 homes"), which sources the promised figures only.
    """

    speaker: str
    attribution: Optional[Attribution]

    __slots__ = ("speaker", "attribution")

    def __init__(self, speaker: str, attribution: Optional[Attribution] = None) -> None:
        _set(self, "speaker", speaker)
        _set(self, "attribution", attribution)

    @property
    def writer(self) -> bool:
        """The writer's own words: what the claims and hedging rules judge."""
        return self.speaker == WRITER

    @property
    def named(self) -> bool:
        return self.speaker == NAMED_SOURCE

    @property
    def vague(self) -> bool:
        return self.speaker == VAGUE_SOURCE

    @property
    def quoted(self) -> bool:
        return self.speaker == QUOTATION

    @property
    def sourced(self) -> bool:
        """A source the reader can identify governs it (a named source or a quotation)."""
        return self.speaker in (NAMED_SOURCE, QUOTATION)

    @property
    def commitment(self) -> bool:
        """The writer's sentence reports a named party's promise ("has pledged to")."""
        return self.attribution is not None and self.attribution.kind == COMMITMENT


_WRITER = Voice(WRITER)


# -- clause level ---------------------------------------------------------------------------


def voice_of(sentence: Sentence, start: int, end: Optional[int] = None, settings=None) -> Voice:
    """Whose words the region span ``start:end`` of *sentence* is, clause by clause.

    :param sentence: a sentence of a parsed document.
    :param start: region offset where the span starts (``end`` defaults to ``start + 1``).
    :param settings: the file's settings (newsroom attribution phrases and sources), or None.

    Quotations first (inside quotation marks, or a whole sentence in a blockquote or
    quotes), then a reporting clause that covers *start* (named or vague source), then a
    link whose clause holds *start*; otherwise the writer.
    """
    if end is None:
        end = start + 1
    if sentence.quoted or (sentence.quote_spans and sentence.in_quote(start, end)):
        return Voice(QUOTATION, _quote_attribution(sentence, start, end))
    from lintnews.analysis.voice.speaker import reported_by, source_span

    found = reported_by(sentence, settings)
    if found is not None:
        span = source_span(sentence, settings)
        if span is not None and span[0] <= start < span[1]:
            return Voice(VAGUE_SOURCE if found.vague else NAMED_SOURCE, found)
    for link in sentence.links:
        lo, hi = link_clause(sentence, link)
        if lo <= start < hi:
            text = sentence.region.text
            return Voice(NAMED_SOURCE, Attribution(LINK, link.start, link.end, text[link.start : link.end]))
    return _WRITER


def _quote_attribution(sentence: Sentence, start: int, end: int) -> Optional[Attribution]:
    text = sentence.region.text
    for qs, qe in sentence.quote_spans:
        if qs <= start and end <= qe:
            return Attribution(QUOTE, qs, qe, text[qs:qe])
    return None


# Where a clause starts or ends inside a sentence: a semicolon, a dash, a colon, a
# parenthesis, or a comma before a coordinating or subordinating conjunction.
_CLAUSE_BREAK = lazyre.compile(
    r"\s*(?:[;:—–]|\s-\s)\s*"
    r"|,\s+(?=(?:and|but|or|so|yet|while|whereas|although|though|because|which|when|if|since|as|see)\b)"
    r"|\s+(?=(?:and|but)\s+(?:see|read|visit|watch|listen)\b)",
    re.IGNORECASE,
)
# A link that is a citation tag for the clause before it: a parenthesis or a trailing
# comma phrase of a few words with no conjunction ("..., [the bank's data show](...)").
_TAG_BEFORE = lazyre.compile(r"(?:\(\s*|,\s*|\s+(?:see|via|source:?)\s+)$", re.IGNORECASE)


def link_clause(sentence: Sentence, link: Link) -> Tuple[int, int]:
    """The region span a link governs: the clause that holds it, or the whole sentence
    when it is a citation tag at the end ("Unemployment rose ([figures](...)).",
    "Inflation may rise, [the bank's forecast shows](...).")."""
    text = sentence.region.text
    s_start, s_end = sentence.start, sentence.end
    rest = text[link.end : s_end].strip(" )]”\"'.!?")
    if not rest and _TAG_BEFORE.search(text, s_start, link.start) and not _CONJUNCTION_BEFORE.search(text, s_start, link.start):
        return s_start, s_end
    lo, hi = s_start, s_end
    for m in _CLAUSE_BREAK.finditer(text, s_start, s_end):
        if m.end() <= link.start:
            lo = m.end()
        elif m.start() >= link.end:
            hi = m.start()
            break
    return lo, hi


_CONJUNCTION_BEFORE = lazyre.compile(r"\b(?:and|but|or|so)\s+(?:\w+\s+)?$", re.IGNORECASE)


# -- sentence level -------------------------------------------------------------------------


def sentence_voice(sentence: Sentence, settings=None, doc: Optional[Document] = None) -> Voice:
    """Whose claim *sentence* states, for the claims rules.

    :data:`QUOTATION` for a sentence wholly quoted (or in a blockquote); :data:`NAMED_SOURCE`
    when a source in the sentence (or an explicit continuation of a source's account in
    the sentence before) covers it; :data:`VAGUE_SOURCE` when its only source names
    nobody; :data:`WRITER` otherwise (with a ``commitment`` attribution where the
    sentence reports a promise). Given the *doc*, a vague group that belongs to an
    organisation named just before ("..., the ambulance service said. Officials said
    ...") is read as that organisation (see :func:`document_voices`). Worked out
    for the sentences asked about (and the one before each), not the whole document."""
    if doc is None:
        return _own_voice(sentence, settings)
    return sentence.memo(("voice.sentence", id(settings)), lambda s: (settings, _in_context(doc, s, settings)))[1]


def _in_context(doc: Document, sentence: Sentence, settings) -> Voice:
    voice = _own_voice(sentence, settings)
    if voice.vague:
        text = voice.attribution.text
        before = _previous(doc, sentence)
        if (before is not None and _MEMBERS.match(text) and _own_voice(before, settings).named) or _a_name(doc, text) \
                or _group_named_before(doc, sentence, text):
            a = voice.attribution
            voice = Voice(NAMED_SOURCE, Attribution(CARRIED, a.start, a.end, a.text))
    return voice


def _previous(doc: Document, sentence: Sentence) -> Optional[Sentence]:
    """The sentence before *sentence*: in its paragraph, or the last of the one before."""
    if sentence.index > 0:
        return sentence.region.sentences[sentence.index - 1]
    i = sentence.region.index
    if 0 < i <= len(doc.regions) and doc.regions[i - 1].sentences:
        return doc.regions[i - 1].sentences[-1]
    return None


def _own_voice(sentence: Sentence, settings) -> Voice:
    """The voice of *sentence* from its own words (and its paragraph's carried
    attribution), cached with the sentence."""
    return sentence.memo(("voice.own", id(settings)), lambda s: (settings, _worked_out_voice(s, settings)))[1]


def _worked_out_voice(sentence: Sentence, settings) -> Voice:
    if sentence.quoted:
        return Voice(QUOTATION, _quote_attribution(sentence, sentence.start, sentence.end))
    found = attribution(sentence, settings)
    if found is None:
        return _WRITER
    if found.kind == COMMITMENT:
        return Voice(WRITER, found)
    if found.kind == VAGUE:
        return Voice(VAGUE_SOURCE, found)
    return Voice(NAMED_SOURCE, found)


# A bare group that the story has already identified by name: "Campaigners said" after "the
# Save Hollin Wood campaign", "Parents said" after "Ashgrove Primary School", "Fans said" after
# "Barford Town". A quantified group ("Some parents said") is still an unnamed share of it.
_GROUP_ANCHORS = (
    (lazyre.compile(r"(?:the\s+)?(?:campaigners|protesters|protestors|activists)\b", re.IGNORECASE),
     lazyre.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}(?:[Cc]ampaign|[Aa]ction\s+[Gg]roup|[Pp]rotest\s+[Gg]roup|[Aa]lliance|[Cc]oalition)\b"
                    r"|\b(?:Save|Friends\s+of|Stop|Keep)\s+(?:the\s+)?[A-Z]")),
    (lazyre.compile(r"(?:the\s+)?(?:parents|pupils|teachers|staff)\b", re.IGNORECASE),
     lazyre.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Primary|Secondary|High|Junior|Infant|Grammar|Academy|College|School)\b")),
    (lazyre.compile(r"(?:the\s+)?(?:fans|supporters)\b", re.IGNORECASE),
     lazyre.compile(r"\b[A-Z][\w'’-]*\s+(?:FC|United|City|Town|Rovers|Athletic|Wanderers|Albion|County|Rangers|Celtic)\b")),
    (lazyre.compile(r"(?:the\s+)?(?:residents|tenants|neighbours)\b", re.IGNORECASE),
     lazyre.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Road|Street|Estate|Close|Avenue|Lane|Court|House|Tower|Terrace|Gardens|Crescent)\b")),
)


def _group_named_before(doc: Document, sentence: Sentence, source: str) -> bool:
    """True when the vague-looking *source* is a bare group ("Campaigners said") that the
    draft names before *sentence* (the campaign, the school, the club, the street)."""
    source = source.strip(" ,;:(—–-")
    for n, (group, anchor) in enumerate(_GROUP_ANCHORS):
        if group.match(source) is None:
            continue
        first = doc.memo(("voice.group-anchor", n), lambda d: _first_match(d, anchor))  # once per document
        return first < (sentence.region.index, sentence.start)
    return False


def _first_match(doc: Document, pattern) -> Tuple[int, int]:
    """``(region index, offset)`` of the first match of *pattern* in *doc*, or past the end."""
    for region in doc.regions:
        m = pattern.search(region.text)
        if m is not None:
            return (region.index, m.start())
    return (len(doc.regions), 0)


# Groups that belong to an organisation: "officials", "a spokeswoman", "investigators".
_MEMBERS = lazyre.compile(
    r"(?:(?:the|its|their|some|several|many|senior|local|other)\s+)*(?:[\w-]+\s+)?"
    r"(?:officials|officers|staff|executives|managers|investigators|engineers|doctors|lawyers|researchers|"
    r"scientists|spokesm[ae]n|spokeswom[ae]n|spokespeople|spokespersons?|representatives|sources)\b",
    re.IGNORECASE,
)


def document_voices(doc: Document, settings=None) -> "dict":
    """``{sentence: Voice}`` for every sentence of *doc* (its :func:`sentence_voice`
    under *settings*), with organisation context: a vague group of an organisation's
    members ("officials said", "investigators believe") in the sentence after a named
    source, in the same paragraph or at the start of the next, is read as that source's
    people; a capitalised plural that the draft also writes mid-sentence is a name."""
    return doc.memo(("voice.sentences", id(settings)), lambda d: (settings, _document_voices(d, settings)))[1]


def _document_voices(doc: Document, settings) -> "dict":
    return {s: sentence_voice(s, settings, doc) for region in doc.regions for s in region.sentences}


_FIRST_WORD = lazyre.compile(r"[A-Z][a-z]+s\b")


def _a_name(doc: Document, source: str) -> bool:
    """True when a vague-looking group that opens a sentence ("Pellings blamed ...") is a
    name: the draft writes it with a capital in the middle of a sentence too."""
    m = _FIRST_WORD.match(source.lstrip(" ,;:(—–-"))
    if m is None:
        return False
    return m.group() in doc.memo("voice.mid-sentence-capitals", _mid_sentence_capitals)


def _mid_sentence_capitals(doc: Document) -> set:
    return {m.group(1) for region in doc.regions for m in _MID_CAPITAL.finditer(region.text)}


# A capitalised plural after a lower-case word or a comma and a space; the look-behind
# comes after the capital, so that ``re`` skips in C from one capital to the next.
_MID_CAPITAL = lazyre.compile(r"([A-Z](?<=[a-z,;:] [A-Z])[a-z]+s)\b")


def sentence_voices(doc: Document, settings=None) -> List[Tuple[Sentence, Voice]]:
    """Every sentence of *doc* with its :func:`sentence_voice`, in document order."""
    voices = document_voices(doc, settings)
    return [(s, voices[s]) for r in doc.regions for s in r.sentences]


# -- document level -------------------------------------------------------------------------

_NUMBER = lazyre.compile(r"\d[\d,.]*")
_CONTENT_WORD = lazyre.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_STOP = frozenset(
    """that this with from have has had will would could into than then they them their there
    were been being about after before over under more most less some such what when which
    while also only just very said says""".split()
)


def headline_sourced(
    doc: Document,
    sentence: Sentence,
    start: Optional[int] = None,
    end: Optional[int] = None,
    *,
    restated: bool = False,
    settings=None,
) -> bool:
    """True when *sentence* is a headline whose claim the body attributes: a body
    sentence with a named source holds the same figure (for a span with digits) or most
    of the headline's content words. With ``restated=True``, any body sentence that
    restates it counts: the claim is then judged where the body states it, once."""
    region = sentence.region
    text = region.text
    span = text[start:end] if start is not None and end is not None else sentence.text
    numbers = {_normal_number(m.group()) for m in _NUMBER.finditer(span)}
    words = {_stem(w) for w in _CONTENT_WORD.findall(sentence.text) if w.lower() not in _STOP}
    for body, voice in _body(doc, restated, settings):
        if body.region is region:
            continue
        body_text = body.text
        if numbers:
            found = {_normal_number(m.group()) for m in _NUMBER.finditer(body_text)}
            if numbers <= found:
                return True
            continue
        if len(words) >= 2:
            seen = {_stem(w) for w in _CONTENT_WORD.findall(body_text)}
            if len(words & seen) * 2 >= len(words) + 1:
                return True
    return False


def _body(doc: Document, restated: bool, settings) -> Sequence[Tuple[Sentence, Voice]]:
    """The body's sentences (not headings) with their voices: all of them, or only the
    sourced ones."""
    def build(doc: Document):
        if restated:  # any body sentence: no voice needed
            body = [(s, None) for r in doc.regions if r.kind != "heading" for s in r.sentences]
        else:
            body = [(s, v) for s, v in sentence_voices(doc, settings) if s.region.kind != "heading" and v.sourced]
        return settings, body  # the settings are kept alive with their id

    return doc.memo(("voice.body", restated, id(settings)), build)[1]


def _normal_number(s: str) -> str:
    return s.rstrip(".,").replace(",", "")


def _stem(word: str) -> str:
    """A crude shared stem (first five letters, lower case): "closure", "closes", "closing"."""
    return word.lower()[:5]
