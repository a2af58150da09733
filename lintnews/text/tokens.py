"""Word tokens with offsets: the token layer every analysis shares.

A token is a word as :data:`lintnews.text.sentences.WORD_RE` splits prose: letters and
digits, joined by inner apostrophes or hyphens ("Moscow’s", "F-16s", "well-known").
Each region's tokens are found once (``region.tokens``; ``sentence.tokens`` are the
region's tokens that lie in the sentence) and each :class:`Token` knows

- where it is: ``start``/``end`` in its region's text, its ``sentence`` and, through
  the region's offset map, ``source_span`` in the source (markup such as ``**`` or a
  link's brackets is never part of the text, so a token inside emphasis still maps to
  its letters);
- its forms: ``text`` as written, ``lower``, and ``norm``, the form lemmas are looked
  up by (lower case, every apostrophe made "'"), with ``parts``, the pieces of a
  hyphenated word;
- ``lemma``: the dictionary form, worked out on first use by :func:`lemma` and kept in
  the token. Until a lemmatiser is plugged in there, it is ``norm``: callers written
  against ``token.lemma`` keep working when it is.

Tokens are made only when asked for: most rules scan the text with regular expressions
and never need them.

The quick scans of several families read a cheaper form instead, made once per region
and kept in its memo: :func:`spaced_words`, the region's folded text with every
character that cannot be part of a word token made a space, split into its words, and
:func:`sentence_words`, the same words sentence by sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, List, Optional, Sequence, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.matching.folding import fold
from lintnews.text.sentences import WORD_RE

if TYPE_CHECKING:
    from lintnews.text.document import Region, Sentence

__all__ = ["Token", "tokenize", "tokens_between", "normalise", "lemma", "spaced_text", "spaced_words", "sentence_words"]



class Token:
    """One word token of a region."""

    __slots__ = ("region", "start", "end", "text", "_lemma")

    def __init__(self, region: "Region", start: int, end: int, text: str) -> None:
        self.region = region
        #: Offsets in ``region.text`` (half-open).
        self.start = start
        self.end = end
        #: The token as written.
        self.text = text
        self._lemma: Optional[str] = None

    @property
    def lower(self) -> str:
        """The token in lower case."""
        return self.text.lower()

    @property
    def norm(self) -> str:
        """The form lemmas are looked up by: :func:`normalise` of the text."""
        return normalise(self.text)

    @property
    def parts(self) -> Tuple[str, ...]:
        """The pieces of a hyphenated token, normalised ("well-known": ``("well",
        "known")``; a token without a hyphen: one piece)."""
        return tuple(self.norm.split("-"))

    @property
    def lemma(self) -> str:
        """The dictionary form (:func:`lemma`), worked out once."""
        found = self._lemma
        if found is None:
            found = self._lemma = lemma(self)
        return found

    @property
    def sentence(self) -> Optional["Sentence"]:
        """The sentence of the region the token lies in (None outside every sentence)."""
        region = self.region
        k = bisect_right(region.sentence_starts, self.start) - 1
        if k < 0:
            return None
        sentence = region.sentences[k]
        return sentence if self.end <= sentence.end else None

    @property
    def source_span(self) -> Tuple[int, int]:
        """``(start, end)`` of the token in the document source."""
        return self.region.source_span(self.start, self.end)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def normalise(word: str) -> str:
    """*word* lower-cased with every apostrophe made "'" ("’", "‘" and the modifier
    letter "ʼ", which is a word character and so can stand inside a token); of the
    same length (see :func:`lintnews.matching.folding.fold`)."""
    return fold(word).replace("ʼ", "'")


def lemma(token: Token) -> str:
    """The dictionary form of *token*: for now its normalised form. A lemmatiser plugs in
    here, and every ``token.lemma`` follows."""
    return token.norm


def tokenize(region: "Region") -> List[Token]:
    """The word tokens of *region*, in order."""
    return [Token(region, m.start(), m.end(), m.group()) for m in WORD_RE.finditer(region.text)]


_START = attrgetter("start")


def tokens_between(tokens: Sequence[Token], start: int, end: int) -> List[Token]:
    """The tokens of *tokens* (in order) that lie in ``[start, end)``."""
    lo = bisect_left(tokens, start, key=_START)
    hi = lo
    n = len(tokens)
    while hi < n and tokens[hi].end <= end:
        hi += 1
    return list(tokens[lo:hi])


def spaced_words(region: "Region") -> Tuple[str, List[str]]:
    """The region's :func:`spaced_text` (its folded text with every character that cannot
    be part of a word token, letters, digits and "_" joined by apostrophes or hyphens,
    made a space) and its words split at the spaces. Made once per region
    (its memo, with :func:`sentence_words`) and shared by the quick scans that read
    words: the same string objects, whose hashes Python keeps, so that each word is
    hashed once for all the set tests of every family."""
    spaced, words, _ = region.memo(_WORDS, _words)
    return spaced, words


def sentence_words(region: "Region") -> Optional[List[List[str]]]:
    """The words of :func:`spaced_words` sentence by sentence (those of each sentence's
    part of the spaced text, the same string objects), when they are the region's words
    cut at its sentences: no word runs across a sentence's start or end and none stands
    outside every sentence; else None."""
    return region.memo(_WORDS, _words)[2]


def spaced_text(region: "Region") -> str:
    """The region's folded text with every character that cannot be part of a word token
    made a space, of the same length: the text cache's ``folded_spaced`` for ASCII text,
    else made here, once per region."""
    spaced = region.folded_spaced
    return spaced if spaced is not None else region.memo(_SPACED, _unicode_spaced)


def _unicode_spaced(region: "Region") -> str:
    return _NON_WORD_CHAR.sub(" ", region.folded)


_WORDS = "text.spaced-words"
_SPACED = "text.spaced"


def _words(region: "Region") -> Tuple[str, List[str], Optional[List[List[str]]]]:
    spaced = spaced_text(region)
    # Split sentence by sentence, the region's words joined from them: one split.
    size = len(spaced)
    per: List[List[str]] = []
    end = 0
    for sentence in region.sentences:
        start = sentence.start
        if not _blank(spaced, end, start):
            break  # a word between sentences, or one that runs across a start
        end = sentence.end
        if 0 < end < size and spaced[end] != " " and spaced[end - 1] != " ":
            break  # a word runs across the sentence's end
        per.append(spaced[start:end].split())
    else:
        if _blank(spaced, end, size):
            return spaced, list(chain.from_iterable(per)), per
    return spaced, spaced.split(), None


def _blank(spaced: str, start: int, end: int) -> bool:
    """Whether ``spaced[start:end]`` (between two sentences, or before the first or
    after the last) holds nothing but spaces, and where it is empty, no word runs
    across the place (the spaced text's only white space is the space)."""
    if start < end:
        return spaced[start:end].isspace()
    return not (0 < start < len(spaced) and spaced[start - 1] != " " and spaced[start] != " ")


#: A character that cannot be part of a word: the spaced form of a region that is not
#: ASCII.
_NON_WORD_CHAR = lazyre.compile(r"[^\w'\-]")
