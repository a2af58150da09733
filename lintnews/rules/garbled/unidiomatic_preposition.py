"""GRB021 unidiomatic-preposition: a preposition the word before it does not take."""

from __future__ import annotations

import bisect
from typing import Iterable, Iterator, List

from lintnews.analysis.garbled.governance import heads, misgoverned
from lintnews.analysis.garbled.lexicon import load
from lintnews.text.tokens import spaced_words
from lintnews.model import Finding, Severity
from lintnews.rule import Rule
from lintnews.text.document import Document

__all__ = ["UnidiomaticPreposition"]

#: The lexicons whose entries name prepositions after a word (GRB017, GRB019).
_LEXICONS = ("constructions", "mt_grammar")


class UnidiomaticPreposition(Rule):
    """What it flags: a word whose preposition English fixes, followed by another one:
    "depends of the vote", "consists from twelve ministers", "is responsible of the
    delays", "were satisfied of the result", "is composed from eighteen clubs" — the
    source language's preposition carried over (dépendre de, состоять из, responsable
    de). Which preposition a word governs is counted, not listed: a table of about 1,200
    words and the prepositions English puts after them, counted from web English
    (lintnews/analysis/garbled/governance.py says how). A verb is judged anywhere when
    its preposition is most of its uses; an adjective or participle after "is", "was",
    "remains" and the like.

    Not flagged: prepositions that open a phrase of their own ("depends in part on",
    "suitable at the moment", "convicted at the Old Bailey", "affected for an hour",
    "worried by the news", "refined to be faster"), a noun after a determiner ("the main
    focus of"), quotes, and pairs GRB017 or GRB019 already report with their source
    language ("responsible of").

    Why: the reader stumbles on the pair and the copy reads as translated.

    Instead: the preposition the word takes (suggested in the message).

    Fix safety: no fix: the phrase after it may need rewording too.
    """

    code = "GRB021"
    name = "unidiomatic-preposition"
    category = "garbled"
    severity = Severity.WARNING
    summary = "A preposition the word before it does not take ('depends of', 'consists from', 'responsible of')."
    examples = {
        "fail": [
            "The new cabinet consists from twelve ministers.",
            "The inspectors were satisfied of the state of the wards.",
        ],
        "pass": [
            "The new cabinet consists of twelve ministers.",
            "The inspectors were satisfied with the state of the wards.",
            "The outcome depends in part on the senate.",
        ],
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        quotes = "quote" in self.scope
        governing = heads()
        for region in doc.regions:
            if not self.applies_to(region):
                continue
            spaced, words = spaced_words(region)
            present = governing.intersection(words)
            if not present:
                continue  # no word that may govern a preposition (its words, lower-cased)
            text = region.text
            sentences = None
            covered = None
            for hit in misgoverned(text, near=_places(spaced, present)):
                if sentences is None:
                    sentences = region.sentences
                    starts = [s.start for s in sentences]
                k = bisect.bisect_right(starts, hit.start) - 1
                if k < 0 or hit.end > sentences[k].end:
                    continue
                sentence = sentences[k]
                if not quotes and (sentence.quoted or sentence.in_quote(hit.start, hit.end)):
                    continue
                if covered is None:
                    # A pair a lexicon entry names ("responsible of") is reported there,
                    # with the source language: not twice.
                    covered = [
                        (h.start, h.end) for name in _LEXICONS for h in load(name).hits(region, quotes=quotes)
                    ]
                if any(s < hit.end and hit.start < e for s, e in covered):
                    continue
                phrase = text[hit.start : hit.end]
                yield self.report(
                    doc, region, hit.start, hit.end,
                    f"'{phrase}': '{hit.word}' takes '{hit.governed}', not '{hit.preposition}'",
                )


def _places(spaced: str, words: Iterable[str]) -> List[int]:
    """Where each of *words* stands as a whole word in a region, found in its *spaced*
    form (the region's offsets) by substring searches."""
    padded = " " + spaced + " "  # padded[at] is the space before spaced[at]
    out = []
    for word in words:
        needle = " " + word + " "
        at = padded.find(needle)
        while at >= 0:
            out.append(at)
            at = padded.find(needle, at + 1)
    return out
