"""HDG012 peacock-term: praise or fame asserted with nobody vouching for it."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from lintnews.matching import patterns as lazyre
from lintnews.matching.tries import trie_regex
from lintnews.analysis.claims.cue_index import sentence_cues
from lintnews.text.document import Document
from lintnews.analysis.hedging.first_words import FirstWords, sentences_with
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule
from lintnews.analysis.voice.speaker import in_source_voice

__all__ = ["PeacockTerm"]


def _words(text: str) -> str:
    return "|".join(w.replace("_", r"[\s-]+") for w in text.split())


# Adjectives of fame, rank and esteem: what a reader cannot check without a source ("best
# known as/for" says what someone is known for, the way a profile or obituary names them).
_PEACOCK = _words(
    """famous famously well_known renowned legendary iconic prestigious acclaimed
    critically_acclaimed eminent illustrious pre-eminent preeminent foremost influential
    celebrated storied revered venerable world-renowned world-famous world-class
    highly_regarded highly_respected highly_acclaimed highly_influential highly_praised
    much-loved much_loved beloved notable brilliant groundbreaking ground-breaking
    pioneering seminal"""
)
# Intensified praise: "hugely popular", "phenomenally successful".
_INTENSIFIED = r"(?:hugely|immensely|enormously|wildly|phenomenally|massively|tremendously)\s+(?:popular|successful|influential)"
# Superlatives of esteem ("the most influential"); measurable ones ("the biggest",
# "the most expensive") are claims of fact for the claims rules, except in "one of the
# largest", a rank that nobody measured for the reader.
_ESTEEM = _words(
    """notable popular important famous influential prominent successful significant
    celebrated acclaimed respected renowned well-known iconic prestigious admired beloved
    memorable distinctive accomplished talented gifted innovative revered recognisable
    recognizable highly_regarded highly_respected promising prolific skilled distinguished
    decorated"""
)
_RX = lazyre.compile(
    rf"""
    \bone\s+of\s+(?:the|its|his|her|their|[A-Z][\w'’]*['’]s)\s+(?:most\s+[a-z-]{{4,}}|best|greatest|finest|foremost|leading|premier
      |largest|biggest|oldest|richest|strongest|wealthiest)\b
  | \b(?:the|his|her|its|their|[A-Z][\w'’]*['’]s)\s+(?:(?:single|second|third)\s+)?most\s+(?:{_ESTEEM})\b
  | \b(?:{_PEACOCK})\b
  | \bbest[\s-]+known\b(?!\s+(?:as|for)\b)
  | \b{_INTENSIFIED}\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Every match of _RX begins with one of these words, except the "the most <esteem>"
# form, which contains "most": sentences without "most" try _RX only where one stands.
_FIRST_WORDS = sorted(
    {"one"}
    | {w.split("[")[0].split("-")[0] for w in _PEACOCK.split("|")}
    | {"best", "hugely", "immensely", "enormously", "wildly", "phenomenally", "massively", "tremendously"}
)
# "most" stands for the determiner of "the most <esteem>": it brings its region to the
# rule, and a sentence with it is matched whole (region_matches), which replaces what
# _RX gives at the word itself.
FIRST_WORDS = FirstWords(_FIRST_WORDS + ["most"])


def region_matches(region) -> Sequence[Sequence["re.Match"]]:
    """The matches of _RX in each sentence of *region*, as finditer gives them: at
    the first words, or over the whole sentence where it has "most" (an empty
    sequence for a sentence or region without any)."""
    per = FIRST_WORDS.matches(_RX, region)
    text = region.text
    low = region.folded
    if "most" in low:
        sentences = region.sentences
        per = list(per) or [()] * len(sentences)
        for sentence in sentences:
            s, e = sentence.start, sentence.end
            if low.find("most", s, e) >= 0:
                per[sentence.index] = _all_matches(text[s:e])
    return per


# Where a match of _RX may begin: at one of its first words, or at the word (a
# determiner, "Britain's") before "most" or before "single most" (every form opens with
# \b and a letter).
_STARTS = lazyre.compile(
    r"\b(?=" + trie_regex(_FIRST_WORDS) + r"|[\w'’]+\s+(?:(?:single|second|third)\s+)?most)", re.IGNORECASE
)


def _all_matches(text: str) -> list:
    """``list(_RX.finditer(text))``, with _RX tried only where a match may begin: the
    engine would try its long alternation at every character."""
    out = []
    match = _RX.match
    done = 0
    for w in _STARTS.finditer(text):
        at = w.start()
        if at < done:
            continue
        m = match(text, at)
        if m is not None:  # never empty: every form holds a word
            out.append(m)
            done = m.end()
    return out


# Not praise: "notable exceptions", "famous last words"; "little-known" is not matched.
_NOT_AFTER = lazyre.compile(r"\s+(?:exceptions?|examples?|last\s+words)\b", re.IGNORECASE)
# Also verbs ("fans celebrated the win"): adjectives only after a determiner or an adverb.
# A title a body gives: "named Rebecca Lenkiewicz its most promising playwright", "was voted
# the best new act", "crowned the most improved player".
_AWARD_LEFT = lazyre.compile(
    r"\b(?:named|voted|crowned|declared|awarded|won)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}(?:(?:its|their|the|this\s+year['’]s)\s+)?$",
    re.IGNORECASE,
)
_VERB_FORMS = frozenset("celebrated acclaimed revered beloved".split())
_ADJECTIVE_LEFT = lazyre.compile(
    r"\b(?:a|an|the|its|his|her|their|our|this|that|these|those|much|most|highly|critically|widely|"
    r"universally|once|still|now|long|equally|internationally|is|are|was|were|be|been|being)\s+$",
    re.IGNORECASE,
)


class PeacockTerm(Rule):
    """What it flags: qualifiers that assert fame, rank or esteem in the writer's own voice:
    "famous", "well-known", "renowned", "legendary", "iconic", "prestigious", "acclaimed",
    "influential", "groundbreaking", "hugely popular", "one of the most important", "one
    of the finest", "the most celebrated", and unmeasured ranks ("one of the oldest", "one
    of the most expensive"). Information only: the claim may be well founded.

    Not flagged: quotes, sentences that report a named source, names that contain the
    word ("The Famous Five" in the middle of a sentence), "notable exceptions", "one of
    the first", "best known as/for" (what someone is known for, as a profile names them), a title a
    body gives ("the Circle named her its most promising playwright"), measurable superlatives ("the biggest", "the most expensive") and scoped
    ones ("the largest bank in Europe", "the highest rate since 1990"), which are claims
    of fact for the claims rules (CLM005).

    Why: the words promote instead of informing (Wikipedia calls them peacock terms). A
    reader cannot tell who holds the subject in esteem, or why.

    Instead: give the fact that earns the praise ("won the Booker Prize in 2019", "sold
    two million copies") or attribute it ("which the Guardian called ...").

    Fix safety: no fix: the fact that earns the praise has to come from the reporting.
    """

    code = "HDG012"
    name = "peacock-term"
    category = "hedging"
    severity = Severity.INFO
    summary = "Praise or fame asserted with no source: 'famous', 'renowned', 'one of the most influential'."
    context = True
    examples = {
        "fail": [
            "The renowned architect designed the new library.",
            "She is one of the most influential novelists writing today.",
            "The festival is famous for its fireworks.",
        ],
        "pass": [
            "The architect, who won the Pritzker Prize in 2004, designed the new library.",
            "The renowned architect designed the library, the council said.",
            "Imports were the biggest since 2019.",
            "There are notable exceptions.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        for sentence, matches in sentences_with(self, doc, FIRST_WORDS, region_matches):
            text = sentence.text
            claimed = [(h.start, h.end) for h in sentence_cues(sentence)]
            for m in matches:
                start, end = sentence.start + m.start(), sentence.start + m.end()
                word = m.group()
                if word[:1].isupper() and m.start() > 0 and not word.lower().startswith(("one", "the", "his", "her", "its", "their")):
                    continue  # a name or title: "The Famous Five"
                if _NOT_AFTER.match(text, m.end()) or sentence.in_quote(start, end):
                    continue
                if word.lower() in _VERB_FORMS and not _ADJECTIVE_LEFT.search(text, 0, m.start()):
                    continue  # a verb: "fans celebrated the win"
                if _AWARD_LEFT.search(text, max(0, m.start() - 80), m.start()):
                    continue  # a title given by a named body: "The Critics' Circle named her its most promising playwright"
                if in_source_voice(sentence, context.settings, start):
                    continue  # the source's words
                if any(s < end and start < e for s, e in claimed):
                    continue  # a superlative, a cause or a verdict: the claims rules report it
                yield self.report(
                    doc, sentence.region, start, end,
                    f"'{' '.join(word.split())}': says who? Give the fact that earns it, or attribute it",
                )
