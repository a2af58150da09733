"""GRB016 improbable-pair: two common words that English almost never puts side by side.

No list names "ways of to keep" or "a family in of Leeds": an
edit left a word behind or dropped one. The web's word-pair counts do: two words as
common as "a" and "the" would meet thousands of times in a trillion words by chance,
and they almost never do. The counts come from the optional 'stats' extra (see
:mod:`lintnews.analysis.garbled.word_pairs`); without it the rule is quiet.
"""

from __future__ import annotations

import functools
from typing import FrozenSet, Iterator, List, Optional, Pattern, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.analysis.garbled import word_pairs as ngrams
from lintnews.text.tokens import spaced_words
from lintnews.text.document import Document, Region
from lintnews.model import Finding, Severity
from lintnews.rule import Rule
from lintnews.matching.tries import trie_regex

__all__ = ["ImprobablePair"]

#: ``log10(expected / observed)`` from which a pair is flagged: seen at most 1% as often
#: as chance predicts. Set on the WMT tuning half and the even-numbered BBC articles,
#: where every pair at this level in edited copy was a slip.
THRESHOLD = 2.0
# Not part of a longer word token ("in-of", "of's").
_EDGE_BEFORE = r"(?<![\w'’-])"
_EDGE_AFTER = r"(?![\w'’-])"
# An article before a word that cannot follow one is GRB019's (its lexicon lists them
# without the extra); this rule leaves such pairs to it.
_ARTICLES = frozenset(("the", "a", "an"))


@functools.lru_cache(maxsize=1)
def _pair_finder(words: Tuple[str, ...]) -> Optional[Pattern]:
    """Two lower-case words that could reach :data:`THRESHOLD`, one space apart.

    Only the most frequent words (about a hundred) can, so the scan runs in C and the
    counts are consulted only for its matches. The second word is in a lookahead so that
    overlapping pairs ("of the this") are all seen.
    """
    if not words:
        return None
    alternation = trie_regex(words)
    return lazyre.compile(
        rf"{_EDGE_BEFORE}({alternation}) (?=({alternation}){_EDGE_AFTER})"
    )


@functools.lru_cache(maxsize=1 << 16)
def _improbable(first: str, second: str) -> bool:
    """Whether *first second* reaches :data:`THRESHOLD`: the few thousand distinct pairs
    of frequent words a corpus holds are scored once each. (The model is loaded here, at
    the first candidate pair: a draft without one never needs it.)"""
    model = ngrams.model()
    if model is None:
        return False
    score = model.improbability(first, second)
    return score is not None and score >= THRESHOLD


@functools.lru_cache(maxsize=1)
def _flagged_finders(pairs: FrozenSet[Tuple[str, str]]) -> Optional[Tuple[Pattern, Pattern, Pattern]]:
    """Where one of *pairs* (the pairs that reach :data:`THRESHOLD`, a hundred or so)
    begins, as :func:`_pair_finder` sees it: two whole words one space apart.

    The word before must not follow a token character; it follows a space (the first
    expression), another character (the second) or nothing (the third, at the start).
    The first two begin with that character, so ``re`` skips quickly to each space or
    punctuation mark instead of trying every character; each matches one character
    and finds the pair in a look-ahead, so overlapping pairs are all seen.
    """
    if not pairs:
        return None
    ahead = "(?=(" + trie_regex(sorted(f"{a} {b}" for a, b in pairs)) + ")" + _EDGE_AFTER + ")"
    return (
        lazyre.compile(" " + ahead),
        lazyre.compile(r"[^\w'’\- ]" + ahead),
        lazyre.compile(ahead),
    )


def _flagged_starts(finders: Tuple[Pattern, Pattern, Pattern], text: str, start: int, end: int) -> List[int]:
    """The offsets in ``text[start:end]`` where a flagged pair begins, in order: those of
    the matches of :func:`_pair_finder` (searched in that span) whose pair is flagged."""
    after_space, after_other, at_start = finders
    pos = start - 1 if start else 0  # the character before the first word is read
    found = [m.start(1) for m in after_space.finditer(text, pos, end)]
    others = [m.start(1) for m in after_other.finditer(text, pos, end)]
    if start == 0 and at_start.match(text, 0, end) is not None:
        others.append(0)
    return sorted(found + others) if others else found


_TOKEN_CHAR = lazyre.compile(r"[\w'’-]")


@functools.lru_cache(maxsize=1)
def _lower_pairs(pairs: FrozenSet[Tuple[str, str]]) -> FrozenSet[Tuple[str, str]]:
    """*pairs* in lower case: what the region's lower-case words hold side by side
    wherever a pair stands."""
    return frozenset((a.lower(), b.lower()) for a, b in pairs)


def _may_hold_flagged(
    finders: Tuple[Pattern, Pattern, Pattern], region: Region, pairs: FrozenSet[Tuple[str, str]] = frozenset()
) -> bool:
    """False when no sentence of *region* holds a flagged pair: none starts anywhere in
    the paragraph. (A sentence ends where the paragraph may go on, and the finder, its
    search bounded by the sentence, takes that end for a word's end: a sentence that
    ends inside a token sends its paragraph through the sentence-by-sentence search.)
    With *pairs* (the flagged pairs in lower case), a region whose words, split at
    every non-token character, hold none of them side by side is not searched: a flagged
    pair is two whole words one space apart."""
    text = region.text
    plain = region.spaced
    if plain is not None:
        words = spaced_words(region)[1] if pairs else ()
        if pairs and pairs.isdisjoint(zip(words, words[1:])):
            pass  # no flagged pair in the paragraph's words
        # Every other non-token character made a space, a pair begins after a space or
        # at the start; letters, single spaces and token ends stay as they were.
        elif finders[0].search(plain) is not None or finders[2].match(plain) is not None:
            return True
    elif _flagged_starts(finders, text, 0, len(text)):
        return True
    size = len(text)
    return any(s.end < size and _TOKEN_CHAR.match(text, s.end) for s in region.sentences)


class ImprobablePair(Rule):
    """What it flags: two frequent lower-case words in a row that a trillion words of web
    English show at most 1% as often as chance would put them together: "ways of to
    keep", "a family in of Leeds", "the inclusion of of the report". Such a pair is what an
    edit leaves behind: a word added, dropped or doubled.

    Not flagged: rare words, names and capitalised words (the counts say little about them),
    a word and its double (GRB004 checks those), an article before a word that cannot
    follow one ("in a the study": GRB019 checks those without the extra), words across
    punctuation, quotes.

    Why: the reader trips over the sentence, and it reads as unedited.

    Instead: read the sentence aloud and delete or restore the stray word.

    Needs the optional 'stats' extra (pip install 'lintnews[stats]'); without it the
    rule is quiet. The counts are those of the Google Web Trillion Word Corpus as shipped
    in the 'wordsegment' package (Apache-2.0).

    Fix safety: no fix: the stray word may be either of the two, or a word that is
    missing.
    """

    code = "GRB016"
    name = "improbable-pair"
    category = "garbled"
    severity = Severity.WARNING
    summary = "Two common words that English almost never puts side by side ('ways of to keep')."
    examples = {
        "fail": [
            "Chile is now analysing ways of to keep prices stable.",
            "The series follows a family in of Leeds.",
        ],
        "pass": [
            "The report was cited in a study of the market.",
            "The case should be looked at on its merits.",
            "Profits have been hard to come by for most vendors.",
        ],
    }

    def describe(self) -> str:
        text = super().describe()
        if ngrams.model() is None:
            text += "\nStatus: the 'stats' extra is not installed, so this rule is quiet.\n"
        return text

    def check(self, doc: Document) -> Iterator[Finding]:
        finder = _pair_finder(ngrams.words_reaching(THRESHOLD))  # None without the extra
        if finder is None:
            return
        flagged = ngrams.improbable_pairs(THRESHOLD)
        finders = _flagged_finders(flagged)
        if finders is None:
            return
        lower = _lower_pairs(flagged)
        region = None
        for sentence in self.sentences(doc):
            if sentence.region is not region:
                region = sentence.region
                hopeless = not _may_hold_flagged(finders, region, lower)
            if hopeless:
                continue
            text = region.text
            # The finder's matches are exactly the places where two frequent whole words
            # stand one space apart; only those of a flagged pair can be reported, so the
            # finder is tried at those alone, and matches there as its search would.
            for at in _flagged_starts(finders, text, sentence.start, sentence.end):
                m = finder.match(text, at, sentence.end)
                if m is None:
                    continue
                first, second = m.group(1), m.group(2)
                if first == second:
                    continue  # GRB004 doubled-word
                if first in _ARTICLES:
                    continue  # GRB019 translation-grammar: an article with no noun
                start, end = m.start(1), m.start(2) + len(second)
                if end > sentence.end:
                    continue
                if not _improbable(first, second) or sentence.in_quote(start, end):
                    continue
                yield self.report(
                    doc,
                    sentence.region,
                    start,
                    end,
                    f"'{first} {second}': English almost never puts these two words side by side; "
                    "a word is missing, extra or mistyped",
                )
