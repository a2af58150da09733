"""How often English words follow each other: word-pair statistics for the garbled rules.

The counts are those of the Google Web Trillion Word Corpus (Brants and Franz, 2006) as
shipped inside the ``wordsegment`` package (Apache-2.0): the 333,000 most frequent words
and the 250,000 most frequent word pairs, both counted on the same 1.02 trillion words.
Install them with the optional extra ``pip install 'lintnews[stats]'``; without it
:func:`model` returns ``None`` and the rules that use it stay quiet.

A pair of common words is *improbable* when the corpus shows it far less often than two
words that frequent would meet by chance: ``log10(expected / observed)``, the negative
pointwise mutual information in base 10. A pair missing from the list was seen fewer
than :data:`FLOOR` times (the list's cut-off), so its improbability is at least
``log10(expected / FLOOR)``. Only words frequent enough for that bound to mean anything
are kept, which keeps the tables small (a few thousand words) and loading quick.
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import math
from array import array
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Optional, Tuple

__all__ = ["PairModel", "model", "improbable_pairs", "words_reaching", "available", "EXTRA_HINT"]

#: Words in the corpus (the figure the corpus was counted on).
TOTAL = 1_024_908_267_229
#: The smallest count in the pair list: a missing pair was seen fewer times than this.
FLOOR = 100_000
#: The least improbability the tables are built for (see :meth:`PairModel.improbability`).
MIN_IMPROBABILITY = 0.5
#: Shown by rules that need the extra when it is not installed.
EXTRA_HINT = "needs the optional 'stats' extra (pip install 'lintnews[stats]'); without it the rule is quiet"

_PACKAGE = "wordsegment"


class PairModel:
    """Counts of frequent lower-case words and word pairs; the improbability of a pair."""

    def __init__(self, unigrams: Dict[str, int], bigram_lines: List[str]) -> None:
        #: ``{word: count}`` for the words frequent enough to matter (see :meth:`load`).
        self.unigrams = unigrams
        # The sorted "first second<TAB>count" lines, kept as one string and the offsets
        # of its lines: it pickles and loads in milliseconds (see lintnews.cache.cached).
        self._blob = "\n".join(bigram_lines)
        starts = array("L", [0])
        at = 0
        for line in bigram_lines:
            at += len(line) + 1
            starts.append(at)
        self._starts = starts

    def _line(self, i: int) -> str:
        return self._blob[self._starts[i] : self._starts[i + 1] - 1]

    @classmethod
    def load(cls, unigram_lines: Iterable[str], bigram_text: str, *,
             min_improbability: float = MIN_IMPROBABILITY) -> "PairModel":
        """Build the model from ``word<TAB>count`` lines (most frequent first) and the
        ``first second<TAB>count`` text of the pair list.

        A pair's expected count ``c1 * c2 / TOTAL`` can reach ``FLOOR * 10**min`` only
        when each count is at least that bound divided by the largest count, so reading
        the words stops there: a few thousand are kept. The pair list is only sorted, and
        searched by bisection when asked.
        """
        unigrams: Dict[str, int] = {}
        least = None
        for line in unigram_lines:
            word, _, count = line.rstrip("\n").partition("\t")
            if not count:
                continue
            n = int(count)
            if least is None:
                least = FLOOR * 10**min_improbability * TOTAL / n
            if n < least:
                break
            if word.isalpha():
                unigrams[word] = n
        # Only pairs of kept words can ever be asked for (improbability() needs both).
        lines = [
            line
            for line in bigram_text.split("\n")
            if line.partition(" ")[0] in unigrams and line.partition(" ")[2].partition("\t")[0] in unigrams
        ]
        lines.sort()
        return cls(unigrams, lines)

    def words_reaching(self, improbability: float) -> List[str]:
        """The words that can take part in a pair at least that improbable.

        A pair's expected count is at most ``count * largest / TOTAL``, and the observed
        count of a missing pair is taken as :data:`FLOOR`: a word rarer than
        ``FLOOR * 10**improbability * TOTAL / largest`` can never reach the level.
        """
        top = max(self.unigrams.values(), default=0)
        if not top:
            return []
        least = FLOOR * 10**improbability * TOTAL / top
        return [w for w, c in self.unigrams.items() if c >= least]

    @functools.lru_cache(maxsize=65536)
    def pair_count(self, first: str, second: str) -> int:
        """How often *first second* occurs (the largest entry if listed twice); 0 if not listed."""
        key = f"{first} {second}\t"
        n = len(self._starts) - 1
        i = bisect.bisect_left(range(n), key, key=self._line)
        best = 0
        while i < n:
            line = self._line(i)
            if not line.startswith(key):
                break
            best = max(best, int(line[len(key):]))
            i += 1
        return best

    def improbability(self, first: str, second: str) -> Optional[float]:
        """``log10(expected / observed)`` for two lower-case words in a row, or ``None``.

        ``None`` when either word is too rare for the counts to say anything. For a pair
        the list does not hold, the observed count is taken as :data:`FLOOR` (an upper
        bound), so the value is a lower bound.
        """
        c1 = self.unigrams.get(first)
        if c1 is None:
            return None
        c2 = self.unigrams.get(second)
        if c2 is None:
            return None
        return _score(c1, c2, self.pair_count(first, second))

    def improbable_pairs(self, level: float) -> FrozenSet[Tuple[str, str]]:
        """Every pair of two different words whose :meth:`improbability` is at least
        *level*: the same values, from one pass over the pair list instead of a search
        per pair (a pair of words that cannot reach *level* is never looked at)."""
        words = frozenset(self.words_reaching(level))
        counts: Dict[Tuple[str, str], int] = {}
        for line in self._blob.split("\n"):
            pair, _, count = line.partition("\t")
            first, _, second = pair.partition(" ")
            if first in words and second in words and " " not in second:
                n = int(count)
                if n > counts.get((first, second), 0):  # the largest entry, as pair_count
                    counts[(first, second)] = n
        unigrams = self.unigrams
        return frozenset(
            (a, b)
            for a in words
            for b in words
            if a != b and _score(unigrams[a], unigrams[b], counts.get((a, b), 0)) >= level
        )


def _score(c1: int, c2: int, observed: int) -> float:
    """``log10(expected / observed)``, a missing pair (*observed* 0) counted as FLOOR."""
    return math.log10(c1 * c2 / TOTAL / (observed or FLOOR))


def available() -> bool:
    """True when the package with the counts is installed."""
    return importlib.util.find_spec(_PACKAGE) is not None


@functools.lru_cache(maxsize=1)
def model() -> Optional[PairModel]:
    """The pair model, loaded once per process; ``None`` without the 'stats' extra."""
    if not available():
        return None
    data = _data_digests()
    if data is None:
        return _load()
    from lintnews import cache

    return cache.cached("word-pairs", _load, data, MIN_IMPROBABILITY)


@functools.lru_cache(maxsize=4)
def improbable_pairs(level: float) -> FrozenSet[Tuple[str, str]]:
    """:meth:`PairModel.improbable_pairs` of :func:`model`, kept in the on-disk cache;
    empty without the 'stats' extra. A cached table does not load the model."""
    return _derived("improbable-pairs", level, lambda found: found.improbable_pairs(level), frozenset())


@functools.lru_cache(maxsize=4)
def words_reaching(level: float) -> Tuple[str, ...]:
    """:meth:`PairModel.words_reaching` of :func:`model`, kept in the on-disk cache;
    empty without the 'stats' extra. A cached list does not load the model."""
    return _derived("pair-words", level, lambda found: tuple(found.words_reaching(level)), ())


def _derived(kind: str, level: float, compute, empty):
    """*compute(model)*, kept in the on-disk cache under *kind*, *level* and the data
    files' contents: a short run needs a few derived tables, and loading the whole model
    costs more than the rest of it."""
    if not available():
        return empty

    def build():
        found = model()
        return empty if found is None else compute(found)

    data = _data_digests()
    if data is None:
        return build()
    from lintnews import cache

    return cache.derived(kind, (data, MIN_IMPROBABILITY, level), build)


@functools.lru_cache(maxsize=1)
def _data_digests() -> Optional[str]:
    """The digests of the installed data files the tables are built from (None if unknown)."""
    from lintnews import cache

    try:
        spec = importlib.util.find_spec(_PACKAGE)
        folder = Path(spec.origin).parent  # type: ignore[union-attr, arg-type]
        return ":".join(cache.file_digest(folder / name, installed=True) for name in ("unigrams.txt", "bigrams.txt"))
    except (OSError, TypeError, AttributeError):
        return None


def _load() -> Optional[PairModel]:
    try:
        import importlib.resources  # only to build the model: a cached one needs none

        root = importlib.resources.files(_PACKAGE)
        with (root / "unigrams.txt").open(encoding="utf-8") as uni:
            return PairModel.load(uni, (root / "bigrams.txt").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
