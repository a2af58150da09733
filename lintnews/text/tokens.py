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
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING, List, Optional, Sequence, Tuple

from lintnews.matching.folding import fold
from lintnews.text.sentences import WORD_RE

if TYPE_CHECKING:
    from lintnews.text.document import Region, Sentence

__all__ = ["Token", "tokenize", "tokens_between", "normalise", "lemma"]



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
