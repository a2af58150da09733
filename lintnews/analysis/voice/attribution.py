"""Attribution: does a sentence say who the information comes from?

Shared by the claims rules and usable by any rule family. A sentence is *attributed*
when it has one of:

- a reporting verb with a source: "the minister said", "said Ms Ortiz", "Acme announced",
  "the report noted", "told reporters" (not first or second person: "I think" is the
  speaker's own view; not agentless passive: "it is said" is a vague source);
- "according to X", "in a statement", "speaking to ...", "figures from X",
  "official figures showed";
- a direct quotation of four words or more;
- a link (a sentence that links to its source is sourced);
- a commitment by a named party ("the mayor has promised to build 5,000 homes"), which
  sources the promised figures only (the statistics rule accepts it, the others do not);
- a phrase or source name the newsroom accepts (config ``attribution: {phrases, sources}``);
- attribution carried within its paragraph: a pronoun source ("..., she added") that
  refers back to a source named before it, or a paragraph introduced by a source and a
  colon ("The report said:").

A sentence whose only source is vague ("experts say", "it is said that") counts as
attributed for claim detection but is reported by the vague-source rule instead, so a
sentence is flagged once. :func:`attribution` returns an :class:`Attribution` (what and
where) or ``None``; results are cached per document and per configuration.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

from lintnews.records import FrozenRecord
from lintnews.matching import patterns as lazyre
from lintnews.analysis.voice import reporting_verbs as R
from lintnews.analysis.claims.cue_index import report_cues, sentence_cues
from lintnews.matching.cues import alternation, may_match
from lintnews.text.document import Document, Region, Sentence
from lintnews.analysis.voice.vague_sources import ACCORDING_VAGUE

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__

#: Attribution kinds (the ``kind`` of an :class:`Attribution`).
NAMED, ACCORDING, EVIDENCE, QUOTE, LINK, ACCEPTED, CARRIED, VAGUE, COMMITMENT = (
    "named", "according-to", "evidence", "quote", "link", "accepted", "carried", "vague", "commitment",
)

_ACCORDING_VAGUE = lazyre.compile(ACCORDING_VAGUE, re.IGNORECASE)
# A speaker's name and a colon before their words, the headline and transcript convention:
# "Reid: Never underestimate him", "CLINTON: I believe ...", "Mrs Okafor: The plan will work".
# A single word ending in "s" is a group ("Insiders: ..."), which the vague-source rule reads.
_SPEAKER_LABEL = lazyre.compile(r"\W*((?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3})\s*:\s+(?=\S)")
_NOT_SPEAKERS = frozenset(
    """update updated note warning analysis comment correction background breaking watch live opinion review
    explainer factbox timeline video pictures photos photo q a editor editor's read related source sources question
    answer verdict exclusive summary why how what who when where result results final score weather tip step part
    chapter day week round level figure table example key contact tel email address venue date time location price
    prices tickets cost costs entry fact facts listen see also warning alert caution important disclaimer
    transcript statement reaction the in on at for by from after before update: ps nb pps""".split()
)


def _a_speaker(words: List[str]) -> bool:
    """True when the capitalised *words* before a colon name a speaker, not a label
    ("Update:", "Editor's Note:") or an unnamed group ("Insiders:", "Critics:")."""
    if words[0].lower() in _NOT_SPEAKERS or words[-1].lower() in _NOT_SPEAKERS:
        return False
    one = words[0]
    return not (len(words) == 1 and one.endswith("s") and not one.isupper())


# What a person was told: a clause after the passive "was told" ("was told her suspension was
# a result of ...", "were told that the line would close").
_TOLD_WHAT = lazyre.compile(r"\s+(?:that\s+|(?:he|she|they|it|his|her|their|its|the)\b)", re.IGNORECASE)


# A verb of going on or setting out before an infinitive reporting verb: the subject still speaks.
_GOES_ON_TO = lazyre.compile(
    r"(?-i:\b[A-Z][\w'’.-]*|\b(?:he|she|they|it))\s+(?:[\w'’.-]+\s+){0,3}?(?:has\s+|have\s+|had\s+)?(?:(?:also|often|repeatedly|"
    r"again|since|then)\s+)?(?:continued|continues|began|begins|went\s+on|goes\s+on|kept|keeps|sought|seeks|tried|"
    r"tries|was\s+quick|were\s+quick|moved|rushed|hastened|took\s+pains|takes\s+pains)\s+to\s+$",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("a an the this that these those its his her their our my your whose".split())
_CLAUSE_END_NEXT = lazyre.compile(r"\s*(?:[.;!?)]|$)")
_UNIVERSAL_SUBJECT = lazyre.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|that)\s+)(?:nobody|no\s+one|everyone|everybody|anyone|anybody)\b[^,;:]{0,40}$", re.IGNORECASE
)
_MOTIVE_LEFT = lazyre.compile(r"\b(?:because|since|as)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)


class Attribution(FrozenRecord):
    """How a sentence is attributed: ``kind`` and the region span of the evidence."""

    kind: str
    start: int
    end: int
    text: str

    __slots__ = ("kind", "start", "end", "text")

    def __init__(self, kind: str, start: int, end: int, text: str) -> None:
        _set(self, "kind", kind)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "text", text)

    @property
    def vague(self) -> bool:
        return self.kind == VAGUE

    @property
    def names_source(self) -> bool:
        """True when the attribution covers any claim (not vague, not only a commitment)."""
        return self.kind not in (VAGUE, COMMITMENT)


class Lexicon:
    """Newsroom additions: accepted attribution phrases and trusted source names."""

    def __init__(self, phrases: Sequence[str] = (), sources: Sequence[str] = ()) -> None:
        self.phrases = tuple(phrases)
        self.sources = tuple(sources)
        # From the configuration, not lintnews's code: built and compiled without the
        # on-disk cache of fixed patterns.
        self._phrase_re = (
            re.compile(r"(?<!\w)" + alternation(phrases, fixed=False) + r"(?!\w)", re.IGNORECASE) if phrases else None
        )
        # Source names are proper nouns: matched case-sensitively.
        self._source_re = re.compile(r"(?<!\w)" + alternation(sources, fixed=False) + r"(?!\w)") if sources else None

    def find(self, text: str, start: int, end: int) -> Optional[Tuple[int, int]]:
        """The first accepted phrase or trusted source in ``text[start:end]``."""
        for rx in (self._phrase_re, self._source_re):
            if rx is not None:
                m = rx.search(text, start, end)
                if m:
                    return m.span()
        return None


@lru_cache(maxsize=64)
def _lexicon(phrases: Tuple[str, ...], sources: Tuple[str, ...]) -> Lexicon:
    return Lexicon(phrases, sources)


def lexicon_for(settings) -> Lexicon:
    """The :class:`Lexicon` of a :class:`lintnews.engine.config.Settings` (or the default one)."""
    if settings is None:
        return _lexicon((), ())
    return _lexicon(tuple(settings.attribution_phrases), tuple(settings.attribution_sources))


# -- per-sentence analysis ----------------------------------------------------------------


def own_attribution(sentence: Sentence, lexicon: Optional[Lexicon] = None) -> Optional[Attribution]:
    """The sentence's own attribution (ignoring its paragraph), or ``None``.

    A named source's reporting clause comes first (it says whose words the reported
    clause is), then a quotation, then a link, then a vague source, then a commitment."""
    region = sentence.region
    text = region.text
    if lexicon is not None:
        span = lexicon.find(text, sentence.start, sentence.end)
        if span:
            return Attribution(ACCEPTED, span[0], span[1], text[span[0] : span[1]])
    cues = sentence_cues(sentence)
    vague_hits = [h for h in cues if h.kind == VAGUE]
    vague = None
    if vague_hits:
        v = vague_hits[0]
        vague = Attribution(VAGUE, v.start, v.end, v.text)
    weaker = None
    for hit in report_cues(sentence):
        if any(v.start <= hit.start < v.end for v in vague_hits):
            continue  # the verb of a vague source: "experts say"
        kind = _judge(hit.kind, text, sentence, hit.start, hit.end)
        if kind is None:
            continue
        found = Attribution(kind, hit.start, hit.end, text[hit.start : hit.end])
        if kind in (VAGUE, COMMITMENT):
            weaker = weaker or found
            continue
        return found
    if text.find(":", sentence.start, sentence.start + 40) >= 0:
        m = _SPEAKER_LABEL.match(text, sentence.start, sentence.end)
        if m and _a_speaker(m.group(1).split()):
            return Attribution(NAMED, m.start(), m.end(), m.group(0))
    for qs, qe in sentence.quote_spans:
        if text.count(" ", max(qs, sentence.start), min(qe, sentence.end)) >= 3:
            return Attribution(QUOTE, qs, qe, text[qs:qe])
    if sentence.links:
        link = sentence.links[0]
        return Attribution(LINK, link.start, link.end, text[link.start : link.end])
    return vague or weaker


def _judge(kind: str, text: str, sentence: Sentence, start: int, end: int) -> Optional[str]:
    """The attribution kind of one reporting cue in context, or None when it is no source."""
    if kind == "according":
        return VAGUE if _ACCORDING_VAGUE.match(text, start, sentence.end) else ACCORDING
    if kind in ("frame", "evidence"):
        return EVIDENCE if kind == "evidence" else NAMED
    if kind == "commitment":
        before = text[sentence.start : start]
        return None if R.PERSON_LEFT.search(before) or R.PASSIVE_LEFT.search(before) else COMMITMENT
    before = text[sentence.start : start]
    word = text[start:end].lower()
    if word in R.ACT_VERBS and R.act_reading(word, text, end, sentence.end):
        return None  # an act, not speech: "only agreed the timetable to ...", "observed a minute's silence"
    if may_match(_UNIVERSAL_SUBJECT, sentence.region, sentence.start, start) and _UNIVERSAL_SUBJECT.search(before):
        return None  # "Nobody in the town believes ...": a claim about everyone, not a source
    if kind == "say":
        if R.SAY_BAD_LEFT.search(before):
            return None
        return NAMED
    if R.PASSIVE_LEFT.search(before) and not _NAME_WITH_S.search(before):
        if word == "told" and _TOLD_WHAT.match(text, end, sentence.end):
            return NAMED  # "Ms Reid was told her post had gone": what someone said to her, reported
        return NAMED if R.BY_AGENT.match(text, end, sentence.end) else None
    if R.PERSON_LEFT.search(before):
        return None
    if ((word.endswith("ed") or word == "forecast") and _ADJUNCTS_ONLY.match(text, end, sentence.end)
            and (_AFTER_A_NOUN.search(before) or _OBJECT_RELATIVE.search(before))):
        return None  # a participle after a noun: "the rise in fuel duty announced in the spring", "the tax ministers announced in May"
    prev = before.rstrip().rsplit(None, 1)[-1].lower().strip(",;:(") if before.strip() else ""
    if prev in _DETERMINERS:
        return None  # an adjective or a noun: "a calculated attempt", "the expected rise"
    if prev == "than":
        return None  # a comparison with no one's expectation: "kinder than expected", "higher than forecast"
    if prev == "to" and _GOES_ON_TO.search(before):
        pass  # "continued to complain that", "has sought to portray": the subject's own words
    elif prev == "to" or (word in R.BASE_FORMS and not R.plural_subject(prev)):
        return None  # an infinitive, a modal or an imperative: "to show that", "could argue", "believe me"
    if word in R.AMBIGUOUS and (prev in R.NOUN_BEFORE or not R.VERB_NEXT.match(text, end, sentence.end)):
        return None
    if word in R.AMBIGUOUS and _CLAUSE_END_NEXT.match(text, end, sentence.end) and "," not in before[-40:]:
        return None  # "... doubt the passenger forecasts.": a noun, not a trailing tag ("..., the bank forecasts.")
    if word in R.EVIDENCE_VERBS or word in ("put", "puts"):
        documented = R.EVIDENCE_ANYWHERE.search(before)
        if R.DEMONSTRATIVE_LEFT.search(before) and not documented:
            return None  # "This shows that ..." is the writer's verdict
        if word in R.OBSERVED and not (documented or R.AGENT_SUBJECT.search(before)):
            return None  # "The move shows ...": an event is not a source
    if word in R.MENTAL and (not before.strip() or _MOTIVE_LEFT.search(before)):
        return None  # "... because Washington feared ...": a motive, stated by the writer
    if R.PRONOUN_LEFT.search(before) or R.PRONOUN_RIGHT.match(text, end, sentence.end):
        return CARRIED
    return NAMED


#: A participle that modifies a noun, not a reporting clause: a finite verb earlier in the same
#: clause (no comma, no "and"/"but" since), then a lower-case noun just before the verb
#: ("was caused by the rise in fuel duty announced ...", "the tax that ministers announced ...").
_AFTER_A_NOUN = lazyre.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|be|been)\s+(?:(?!(?:and|but)\b)[^,;:—–()\"“”])*?\s"
    r"(?!(?:he|she|they|it|we|i|you|who|which|that|officials|police|ministers?|government|spokesm[ae]n|spokeswoman)\s)"
    r"(?-i:[a-z][\w'’-]*[a-z])\s+$",
    re.IGNORECASE,
)
#: A relative clause whose object is the noun before it: "the tax that ministers announced".
_OBJECT_RELATIVE = lazyre.compile(
    r"(?-i:[a-z][\w'’-]*[a-z]),?\s+(?:that|which)\s+(?:(?:the|its|their|his|her)\s+)?(?-i:[a-z][\w'’-]*)\s+(?:(?:had|has|have)\s+)?$",
    re.IGNORECASE,
)
#: Nothing after the verb but adjuncts of time or place to the end of the sentence: no
#: reported clause ("that ...", a colon, a quotation, a comma and more).
_ADJUNCTS_ONLY = lazyre.compile(
    r"(?:\s+(?:in|on|at|last|earlier|this|by|during|over|before|after|since|from|under|for)\b[^,;:\"“”]{0,50})?\s*[.!?]?\s*$",
    re.IGNORECASE,
)

#: A name that ends in "'s" ("Sainsbury's said", "retailer Brackley's said"): a company, not
#: the contraction of a passive ("it's said", "he's said").
_NAME_WITH_S = lazyre.compile(r"\b(?!(?:It|He|She|That|There|What|Who|This|Here|Where|Everyone|"
                              r"Nobody|Someone|One)['’])(?-i:[A-Z])[\w&-]*['’]s\s+$")


# -- per-region analysis with carried attribution -------------------------------------------

_COLON_AFTER = lazyre.compile(r"(?:\s+(?:on|in|at|that|this|last|on\s+\w+)\b[^:.;]{0,40})?\s*:")

def region_attributions(region: Region, lexicon: Optional[Lexicon] = None) -> List[Optional[Attribution]]:
    """The attribution of every sentence of *region*, carried attribution included."""
    lexicon = lexicon or _lexicon((), ())
    return [_attribution(s, lexicon) for s in region.sentences]


def _own(sentence: Sentence, lexicon: Lexicon) -> Optional[Attribution]:
    return sentence.memo(("voice.own-attribution", lexicon), lambda s: own_attribution(s, lexicon))


def _attribution(sentence: Sentence, lexicon: Lexicon) -> Optional[Attribution]:
    return sentence.memo(("voice.attribution", lexicon), lambda s: _carried(s, lexicon))


def _carried(sentence: Sentence, lexicon: Lexicon) -> Optional[Attribution]:
    """The sentence's own attribution, or the source that introduced it with a colon
    earlier in its paragraph ("The report said: ..." carries to the end of the
    paragraph). Only sentences with a colon can introduce, so only those are read
    on the way back: one sentence's attribution costs that sentence, not its paragraph."""
    own = _own(sentence, lexicon)
    if own is not None:
        return own
    region = sentence.region
    text = region.text
    for earlier in reversed(region.sentences[: sentence.index]):
        if text.find(":", earlier.start, earlier.end) < 0:
            continue
        found = _own(earlier, lexicon)
        if found is not None and found.names_source and _COLON_AFTER.match(text, found.end, earlier.end):
            return Attribution(CARRIED, found.start, found.end, found.text)
    return None


def attribution(sentence: Sentence, settings=None) -> Optional[Attribution]:
    """The attribution of *sentence* under *settings* (a ``Settings`` or ``None``)."""
    return _attribution(sentence, lexicon_for(settings))


def is_attributed(sentence: Sentence, settings=None) -> bool:
    """True when *sentence* has any attribution, a vague source or a commitment included."""
    return attribution(sentence, settings) is not None


def document_attributions(doc: Document, settings=None) -> List[Tuple[Sentence, Optional[Attribution]]]:
    """Every sentence of *doc* with its attribution under *settings* (a ``Settings`` or ``None``)."""
    lexicon = lexicon_for(settings)
    return [(s, _attribution(s, lexicon)) for r in doc.regions for s in r.sentences]
