"""HDG010 vague-quantifier: "some" and "many" standing in for a number or a source."""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document
from lintnews.analysis.hedging.first_words import FirstWords, sentences_with
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule
from lintnews.analysis.voice.speaker import in_source_voice, vague_source_spans
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
    r"(?<!\bso\sgenerally)(?=,?\s+[a-z])(?!,?\s+(?:[a-z]+ed|[a-z]+en|known|held|thought|seen|made|"
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
    r"\s*(?:\d|(?:more|less|fewer|one|thing|things|way|where|how|what|day|point|time|times|years?|"
    r"decades?|centuries|months?|weeks?|days?|hours?|minutes?|moments?|while|thanks|happy|"
    r"a\s)\b|\W*$)",
    re.IGNORECASE,
)
# "not that many" (degree); "that many homes" after a verb is a plain quantifier.
_SKIP_BEFORE = lazyre.compile(r"\b(?:how|so|too|this|not\s+that|just\s+that)\s*$", re.IGNORECASE)
# "as many as 40", "as many people as": a comparison, not a vague quantity ("such as some")
_AS_MANY_AS = lazyre.compile(r"\bas\s*$", re.IGNORECASE)
_AS_AFTER = lazyre.compile(r"(?:\s+[\w-]+){0,3}?\s+as\b", re.IGNORECASE)


class VagueQuantifier(Rule):
    """What it flags: vague quantities in the writer's own voice: "some", "many",
    "several", "numerous", "countless", "a number of", "most" as a quantifier ("most
    economists"), "certain" as a vague determiner ("certain critics") and "generally" as
    a vague extent ("critics generally favour the plan"): "Many residents oppose the
    plan", "some of the money was lost", "in some cases". Information only: often nothing
    more precise is known.

    Not flagged: "some 200 people" (about 200), "how many", "as many as 40", "many
    years", "for some time", "in most cases", "the larvae are generally green" (a
    description), "generally accepted" (HDG008), quotes, and sentences that report a
    named source. An unnamed crowd holding a view ("many consider") is HDG007, or
    CLM008 vague-source when it is presented as a source ("some critics say").

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
            "Some of the money was never recovered.",
            "Critics generally favour the plan.",
        ],
        "pass": [
            "Some 200 people attended the vigil.",
            "The road has been closed for many years.",
            "The larvae are generally green.",
            "Many residents oppose the plan, the council's survey found.",
        ],
    }

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        for sentence, matches in sentences_with(self, doc, FIRST_WORDS, region_matches):
            text = sentence.text
            taken = [(s, e) for s, e, _ in weasel_spans(sentence)] + vague_source_spans(sentence, context.settings)
            for m in matches:
                start, end = sentence.start + m.start(), sentence.start + m.end()
                if _SKIP_AFTER.match(text, m.end()) or _SKIP_BEFORE.search(text, 0, m.start()):
                    continue
                if _AS_MANY_AS.search(text, 0, m.start()) and _AS_AFTER.match(text, m.end()):
                    continue
                if sentence.in_quote(start, end) or any(s <= start < e for s, e in taken):
                    continue
                if in_source_voice(sentence, context.settings, start):
                    continue  # the source's words: "Mr Ruiz said many homes flooded"
                word = m.group()
                ask = "in how many cases" if word.lower() == "generally" else "how many"
                yield self.report(
                    doc,
                    sentence.region,
                    start,
                    end,
                    f"'{word}': {ask}, and who says so? Give a number or a source",
                )
