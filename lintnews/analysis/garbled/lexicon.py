"""Structured lexicons of garbled phrasing, matched by lemma, in context.

A lexicon file (``lexicons/*.yaml`` beside this module) lists *entries*. Each names what
a reader would need to see the mistake: the source language(s), the source construction,
what the word means there, the contexts where the English is wrong, the contexts where
the same English word is fine, and the natural English::

    - id: assist-attend
      lang: [fr, es, pt, it]
      source: "assister à (FR), asistir a (ES), assistir a (PT)"
      means: attend, watch
      wrong:
        - "=assist at|to @det? ... @event"
        - "=assist @det @mod? @event"
      fine:
        - "=assist at @det? birth|delivery"
      instead: attend
      examples:
        fail: ["Ministers assisted at the opening of the plant."]
        pass: ["Volunteers assisted the nurses."]

A *pattern* is a row of slots over the words of one sentence (words, numbers and single
punctuation marks are tokens; case is ignored unless the entry says ``case: true``):

- ``word`` or ``at|to``: one of these words, exactly;
- ``=lemma``: any inflection of the lemma (``=assist``: assist, assists, assisted,
  assisting); ``@class``: any word of a class of ``classes.yaml`` (inflected as the class
  says); ``@num`` a number (figures or words), ``@pct`` a percentage, ``@year`` a year, ``@dayn`` a day of the month, ``@ing`` a word ending in -ing, ``@gen`` a possessive ("the minister's"),
  ``@Name`` a capitalised word, ``@sing`` a word not ending in "s" (a singular noun,
  most often), ``@any`` any word; alternatives mix (``at|to|@place``);
- a slot ending in ``?`` is optional; one starting with ``!`` is a test only (the next
  token is none of these);
- ``...`` is up to four words (no punctuation) and ``~`` up to thirty tokens of any kind:
  the gap tolerance for determiners, adjectives and clauses in between;
- ``^`` and ``$`` are the start and end of the sentence (closing punctuation aside);
- ``[`` and ``]`` mark the span to report (default: the whole match).

``with`` (the sentence must hold one of these words), ``without`` (it must hold
none) and ``first`` (its first word is one of these) give the wider context, tested
on the sentence's words before any pattern runs; ``fine`` patterns that overlap a match clear it. Patterns
are compiled once into regular expressions over a sentence's tokens joined by single
spaces; a sentence is tokenised only when a region holds one of the lexicon's *trigger*
words (for each pattern, its rarest required word), found by one trie expression over the
lower-cased region, so the cost grows with the draft, not with the lexicon.
"""

from __future__ import annotations

import bisect
import functools
import re
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterable, Iterator, List, Optional, Sequence, Tuple

from lintnews.records import FrozenRecord
from lintnews.analysis.garbled.lemmas import forms, irregular_past
from lintnews.analysis.garbled.lexicon_patterns import (
    BUILTIN_TESTS,
    NEEDED_MARKS,
    LexiconError,
    PatternCompiler,
    escape,
    word_set,
)
from lintnews import cache
from lintnews.matching import patterns as lazyre
from lintnews.matching.tries import trie_regex
from lintnews.text.tokens import sentence_words as sentence_words_of, spaced_words
from lintnews.text.document import Region, Sentence

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__

__all__ = ["Entry", "Lexicon", "LexiconError", "Hit", "load", "LEXICON_DIR", "tokenise"]

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

_TOKEN = lazyre.compile(r"\d+(?:[.,]\d+)*(?:%|(?:[-'’]\w+)+)?|\w+(?:['’-]\w+)*|[^\w\s]")


class Entry:
    """One lexicon entry: a wrong use, where it shows, and the English to use instead."""

    id: str
    lexicon: str
    lang: Tuple[str, ...]
    source: str
    means: str
    instead: str
    wrong: Tuple[Any, ...]
    fine: Tuple[Any, ...]
    with_words: FrozenSet[str]
    without_words: FrozenSet[str]
    #: The sentence's first word must be one of these (none: any).
    first_words: FrozenSet[str]
    note: str
    examples: Dict[str, Tuple[str, ...]]
    #: For each wrong pattern, word sets one word of each the sentence must hold: a cheap
    #: test before the pattern's expression runs.
    requires: Tuple[Tuple[FrozenSet[str], ...], ...]
    #: For each wrong pattern, what every sentence it matches holds for certain, tested on
    #: the sentence's :func:`needed_words_of` after ``requires``: None (nothing known), or
    #: the words one of which must be its first word (or None) and word sets one word of
    #: each it must hold.
    needs: Tuple[Optional[Tuple[Optional[FrozenSet[str]], Tuple[FrozenSet[str], ...]]], ...]

    def __init__(
        self,
        id: str,
        lexicon: str,
        lang: Tuple[str, ...],
        source: str,
        means: str,
        instead: str,
        wrong: Tuple[Any, ...],
        fine: Tuple[Any, ...] = (),
        with_words: FrozenSet[str] = frozenset(),
        without_words: FrozenSet[str] = frozenset(),
        first_words: FrozenSet[str] = frozenset(),
        note: str = "",
        examples: Optional[Dict[str, Tuple[str, ...]]] = None,
        requires: Tuple[Tuple[FrozenSet[str], ...], ...] = (),
        needs: Tuple[Optional[Tuple[Optional[FrozenSet[str]], Tuple[FrozenSet[str], ...]]], ...] = (),
    ) -> None:
        _set(self, "id", id)
        _set(self, "lexicon", lexicon)
        _set(self, "lang", lang)
        _set(self, "source", source)
        _set(self, "means", means)
        _set(self, "instead", instead)
        _set(self, "wrong", wrong)
        _set(self, "fine", fine)
        _set(self, "with_words", with_words)
        _set(self, "without_words", without_words)
        _set(self, "first_words", first_words)
        _set(self, "note", note)
        _set(self, "examples", {} if examples is None else examples)
        _set(self, "requires", requires)
        _set(self, "needs", needs)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: Entry is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: Entry is immutable")

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"lexicon={self.lexicon!r}, "
            f"lang={self.lang!r}, "
            f"source={self.source!r}, "
            f"means={self.means!r}, "
            f"instead={self.instead!r}, "
            f"wrong={self.wrong!r}, "
            f"fine={self.fine!r}, "
            f"with_words={self.with_words!r}, "
            f"without_words={self.without_words!r}, "
            f"first_words={self.first_words!r}, "
            f"note={self.note!r}, "
            f"examples={self.examples!r}, "
            f"requires={self.requires!r}, "
            f"needs={self.needs!r})"
        )

    def _key(self) -> tuple:
        """The fields compared, in order."""
        return (
            self.id,
            self.lexicon,
            self.lang,
            self.source,
            self.means,
            self.instead,
            self.wrong,
            self.fine,
            self.with_words,
            self.without_words,
            self.first_words,
            self.note,
            self.examples,
            self.requires,
            self.needs,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def describe_source(self) -> str:
        """"French 'assister à'"-style wording of the source, for messages."""
        return self.source


class Hit(FrozenRecord):
    """A match of an entry in a sentence: region offsets of the reported span."""

    entry: Entry
    sentence: Sentence
    start: int
    end: int

    __slots__ = ("entry", "sentence", "start", "end")

    def __init__(self, entry: Entry, sentence: Sentence, start: int, end: int) -> None:
        _set(self, "entry", entry)
        _set(self, "sentence", sentence)
        _set(self, "start", start)
        _set(self, "end", end)


class Lexicon:
    """The compiled entries of one lexicon file and the trigger index that finds them."""

    def __init__(
        self,
        name: str,
        entries: Sequence[Entry],
        triggers: Dict[str, List[Tuple[int, int]]],
        pairs: Optional[Dict[str, Tuple[str, FrozenSet[str]]]] = None,
    ):
        self.name = name
        self.entries = list(entries)
        # trigger -> [(entry index, pattern index)]; a trigger is a lower-case word, two
        # words ("they has"), "%", "@year" (any year), or "@p<n>": a built-in class right
        # after one of some words ("on 1985", "with 22 years"), described in *pairs*.
        self._triggers = triggers
        self._pairs = dict(pairs or {})
        self._own_index: Optional["_TriggerIndex"] = None  # made when first needed

    def __getstate__(self) -> Dict[str, Any]:
        # Kept (in the cache) with each entry pickled on its own, unpickled when first
        # asked for: a draft reaches a few of the lexicons' hundreds of entries.
        state = dict(self.__dict__)
        state["entries"] = _Entries.of(self.entries)
        return state

    #: True for the lexicons shipped with lintnews, which share one trigger scan.
    shared = False
    #: True for a lexicon whose entries are read in quotations too (``QUOTE_LEXICONS``).
    reads_quotes = False

    def hits(self, region: Region, *, quotes: bool = False) -> Iterator[Hit]:
        """The entries' matches in *region*, sentence by sentence; none in quotations
        unless *quotes*."""
        if self.shared and (not quotes or self.reads_quotes):
            # The built-in lexicons: the four rules share one pass over the region, whose
            # token lines are dropped once it is done; only the hits are kept.
            return iter(_memo(region, "garbled.hits", _builtin_hits)[self.name])
        if self._own_index is None:
            self._own_index = _TriggerIndex([self])
        return iter(_hits([self], self._own_index, region, quotes)[0])


class _Entries(Sequence):
    """A lexicon's entries as read back from a pickle: each entry kept pickled until it
    is first asked for (then kept), so that loading a lexicon costs a list of bytes."""

    __slots__ = ("_blobs", "_loaded")

    def __init__(self, blobs: Sequence[bytes]) -> None:
        self._blobs = list(blobs)
        self._loaded: List[Optional[Entry]] = [None] * len(self._blobs)

    @classmethod
    def of(cls, entries: Sequence[Entry]) -> "_Entries":
        if isinstance(entries, cls):
            return entries
        from pickle import HIGHEST_PROTOCOL, dumps

        return cls([dumps(e, protocol=HIGHEST_PROTOCOL) for e in entries])

    def __len__(self) -> int:
        return len(self._blobs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._blobs)))]
        entry = self._loaded[i]
        if entry is None:
            from _pickle import loads

            entry = self._loaded[i] = loads(self._blobs[i])
        return entry

    def __iter__(self) -> Iterator[Entry]:
        for k in range(len(self._blobs)):
            yield self[k]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, _Entries)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a sequence, compared by value

    def __repr__(self) -> str:
        return repr(list(self))

    def __reduce__(self):
        return (_Entries, (self._blobs,))


def _hits(lexicons: Sequence[Lexicon], index: "_TriggerIndex", region: Region, quotes: bool) -> List[List[Hit]]:
    """Each lexicon's hits in *region*: the patterns the trigger *index* names for each
    sentence are tried there. A sentence is tokenised only for a pattern whose required
    words it holds (tested on its split words, from the trigger scan where it split them).
    Quotations are read for every lexicon with *quotes*, else for those whose
    ``reads_quotes`` is set (the literal idioms: a proverb rendered word for word in a
    quotation is the translator's, not the speaker's)."""
    readers = [n for n, lexicon in enumerate(lexicons) if lexicon.reads_quotes] if not quotes else []
    found, spaced, per = index.scan(region, quotes or bool(readers))
    out: List[List[Hit]] = [[] for _ in lexicons]
    if not found:
        return out
    sentences = region.sentences
    gates = index.gates
    pinned = index.pinned
    for k in sorted(found):
        sentence = sentences[k]
        codes = found[k]
        if sentence.quoted and not quotes:
            # only the patterns of the lexicons that read quotations
            codes = {c for c in codes if c >> 24 in readers} if readers else None
            if not codes:
                continue
        own = spaced[sentence.start : sentence.end]
        mine = per[k] if per is not None else own.split()
        first: Optional[str] = None
        lead: Optional[str] = None  # its first run of letters
        if not pinned.isdisjoint(codes):
            # the patterns pinned to other first words than the sentence's
            first = mine[0] if mine else ""
            found_lead = _LETTER_RUN.search(own)
            lead = found_lead.group() if found_lead is not None else ""
            elsewhere = codes.intersection(pinned)
            elsewhere -= index.first_pins.get(first, _NONE)
            elsewhere -= index.lead_pins.get(lead, _NONE)
            if elsewhere:
                codes = codes - elsewhere
                if not codes:
                    continue
        words = sentence_words(own, sentence.text, mine)
        line: Optional[TokenLine] = None
        needed: Optional[FrozenSet[str]] = None  # needed_words_of the sentence
        hits: List[Tuple[int, Hit]] = []
        for code in sorted(codes):
            gate = gates.get(code)
            if gate is None:
                gate = gates[code] = _Gate(lexicons[code >> 24].entries[(code >> 8) & 0xFFFF], code & 0xFF)
            for required in gate.requires:
                if required.isdisjoint(words):
                    break
            else:
                required = None
            if required is not None:
                continue  # a word the pattern needs is not in the sentence
            if gate.with_words is not None and gate.with_words.isdisjoint(words):
                continue
            if gate.without_words is not None and not gate.without_words.isdisjoint(words):
                continue
            if gate.first_words is not None:
                if first is None:
                    first = mine[0] if mine else ""
                if first not in gate.first_words:
                    continue
            if gate.lead is not None:
                if lead is None:
                    found_lead = _LETTER_RUN.search(own)
                    lead = found_lead.group() if found_lead is not None else ""
                if lead not in gate.lead:
                    continue  # the pattern's first word is not the sentence's
            if gate.needs:
                if needed is None:
                    needed = needed_words_of(words, own, sentence.text, mine)
                for required in gate.needs:
                    if required.isdisjoint(needed):
                        break
                else:
                    required = None
                if required is not None:
                    continue
            entry = lexicons[code >> 24].entries[(code >> 8) & 0xFFFF]
            pattern_no = code & 0xFF
            if line is None:
                line = TokenLine(region.text, sentence.start, sentence.end)
            hit = _match(entry, entry.wrong[pattern_no], line, sentence, quotes or lexicons[code >> 24].reads_quotes)
            if hit is not None:
                hits.append((code >> 24, hit))
        for n in {n for n, _ in hits}:
            mine = [hit for m, hit in hits if m == n]
            out[n].extend(_one_per_place(mine) if len(mine) > 1 else mine)
    return out


_NONE: FrozenSet[int] = frozenset()


class _Gate:
    """The quick tests of one wrong pattern of an entry, before its sentence is
    tokenised: ``Entry.requires`` (tested on :func:`sentence_words`), its ``with``,
    ``without`` and ``first`` words (None: no test), and ``Entry.needs`` (the first run
    of letters, tested on the sentence's spaced form, and the word sets tested on
    :func:`needed_words_of`). Made when a sentence first names the pattern and kept by
    the trigger index (one per pattern of the lexicons, at most), so that a sentence
    that fails them costs a few set tests, not a walk through the entry."""

    __slots__ = ("requires", "with_words", "without_words", "first_words", "lead", "needs")

    def __init__(self, entry: Entry, pattern_no: int) -> None:
        self.requires = entry.requires[pattern_no] if entry.requires else ()
        self.with_words = entry.with_words or None
        self.without_words = entry.without_words or None
        self.first_words = entry.first_words or None
        need = entry.needs[pattern_no] if entry.needs else None
        self.lead, self.needs = need if need is not None else (None, ())


def _one_per_place(hits: List[Hit]) -> List[Hit]:
    """One hit for each stretch of words: where several entries (or patterns of one
    entry) report overlapping spans, the narrowest is kept, which names the word."""
    kept: List[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.end - h.start, h.start)):
        if all(hit.end <= other.start or other.end <= hit.start for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


#: A whole number (``NUMBER_TOKEN``): no word character, point or comma before it, none
#: of its digits, points or commas after it, and no letter after it ("a4", "4a" are no
#: numbers; "3,5%" is one). The first digit is the literal the engine skips to.
_WHOLE_NUMBER = lazyre.compile(r"\d(?<![\w.,].)(?:[\d.,]*\d)?(?![\d.,]*\d)(?![^\W\d])")


class _TriggerIndex:
    """Finds, in a region, the patterns of one or more lexicons that its sentences may
    match, by set operations and substring searches in C. The region's words are split
    off its spaced form (every character that cannot be part of a word made a space; the
    token layer's :func:`lintnews.text.tokens.spaced_words`) and each sentence's words
    intersected with the trigger words (where the region has no words sentence by
    sentence, the region's, each found again by a substring search to place it in its
    sentence); a trigger of two words (or more) by the region's
    pairs of neighbouring words, intersected with the pairs of the triggers, then by a
    substring search for the trigger (its words one space apart). Numbers (a year, a day,
    a number after a given word) are classed by one expression of digits, and a percent
    sign found by a substring search. The cost grows with the draft, not with the size of
    the lexicons."""

    def __init__(self, lexicons: Iterable[Lexicon], *, consume: bool = False) -> None:
        """The index of *lexicons*, numbered in order; with *consume*, each lexicon's
        own trigger table is emptied once read (the built-in lexicons, compiled one at a
        time into one index, so that only one table is held at once)."""
        # Each pattern is named by one number: lexicon << 24 | entry << 8 | pattern. The
        # index holds some twelve thousand keys (most of them word pairs made from word
        # classes) but only a few hundred distinct lists of patterns: equal numbers,
        # tuples and words are kept once (``one``), in memory and in the cache's pickle.
        one = functools.partial(_one, {})

        def merged(old: Optional[Tuple[int, ...]], numbers: Tuple[int, ...]) -> Tuple[int, ...]:
            if not old or old == numbers:
                return numbers
            return one(tuple(sorted(set(old).union(numbers))))

        words: Dict[str, Tuple[int, ...]] = {}  # one-word keys and "%"
        pairs: Dict[Tuple[str, str], Tuple[int, ...]] = {}  # two-word keys: (first, second) -> patterns
        # keys of three words or more, by their first two: [(" the key ", patterns)]
        longer: Dict[Tuple[str, str], List[Tuple[str, Tuple[int, ...]]]] = {}
        before: Dict[str, Dict[str, Tuple[int, ...]]] = {}  # word -> built-in class -> patterns
        alone: Dict[str, Tuple[int, ...]] = {}  # built-in class -> patterns found by it alone
        # patterns pinned to a sentence's first word (``first``), else to its first run of
        # letters (``Entry.needs``), by each word they may start with
        first_pins: Dict[str, set] = {}
        lead_pins: Dict[str, set] = {}
        for n, lexicon in enumerate(lexicons):
            for e, p in sorted({ep for ids in lexicon._triggers.values() for ep in ids}):
                gate = _Gate(lexicon.entries[e], p)
                pins, pinned = (first_pins, gate.first_words) if gate.first_words is not None else (lead_pins, gate.lead)
                for word in pinned or ():
                    pins.setdefault(one(word), set()).add(one(n << 24 | e << 8 | p))
            for key, ids in lexicon._triggers.items():
                numbers = one(tuple(sorted({one(n << 24 | e << 8 | p) for e, p in ids})))
                if key.startswith("@"):
                    name, follows = lexicon._pairs.get(key[1:], (key[1:], None))
                    if follows is None:
                        alone[name] = merged(alone.get(name), numbers)
                    for word in follows or ():
                        by_class = before.setdefault(one(word), {})
                        by_class[name] = merged(by_class.get(name), numbers)
                    continue
                split = key.split()
                if not split:
                    continue
                first = one(split[0])
                if len(split) == 1:
                    words[first] = merged(words.get(first), numbers)
                    continue
                pair = (first, one(split[1]))
                if len(split) == 2:
                    pairs[pair] = merged(pairs.get(pair), numbers)
                    continue
                needle = " " + " ".join(split) + " "
                known = longer.setdefault(pair, [])
                for i, (other, codes) in enumerate(known):
                    if other == needle:
                        known[i] = (needle, merged(codes, numbers))
                        break
                else:
                    known.append((needle, numbers))
            if consume:
                lexicon._triggers, lexicon._pairs = {}, {}
        self.words = words
        self._percent = self.words.pop("%", ())
        self.pairs = pairs
        self.longer = {pair: tuple(keys) for pair, keys in longer.items()}
        self.vocabulary = frozenset(words)
        # word -> [(built-in class of the number after it, patterns)] ("on" before a year)
        self.before_number = {w: sorted(by.items()) for w, by in before.items()}
        # built-in classes found alone (a year anywhere): by name, as the index is kept in
        # the cache and the tests are functions
        self._tests = sorted(alone.items())
        # The patterns a sentence's first word rules out are dropped with one set
        # difference before the gates of the others are read (see ``_hits``).
        self.first_pins = {w: one(frozenset(codes)) for w, codes in first_pins.items()}
        self.lead_pins = {w: one(frozenset(codes)) for w, codes in lead_pins.items()}
        self.pinned = frozenset().union(*self.first_pins.values(), *self.lead_pins.values())
        self.gates: Dict[int, _Gate] = {}  # pattern number -> its quick tests, as met

    def __getstate__(self) -> Dict[str, Any]:
        state = dict(self.__dict__)
        state["gates"] = {}  # made again as patterns are met (from the entries)
        return state

    def scan(self, region: Region, quotes: bool = True) -> Tuple[Dict[int, set], str, Optional[List[List[str]]]]:
        """``{sentence index: {pattern number}}`` (see ``__init__``), the region's spaced
        lower-case form (its offsets are the region's) and its words sentence by
        sentence (:func:`lintnews.text.tokens.sentence_words`, None where the region has
        none). Without *quotes*, the sentences that are quotations may be left out."""
        low = _fold(region)  # made once per region: the built-in lexicons scan together
        spaced, split = spaced_words(region)
        padded = " " + spaced + " "  # padded[i + 1] is spaced[i]
        places: List[Tuple[int, Tuple[int, ...]]] = []  # start, patterns
        out: Dict[int, set] = {}
        words, pairs, longer = self.words, self.pairs, self.longer
        per = sentence_words_of(region)
        if per is not None:
            # one-word triggers by one set intersection per sentence (a word lies in one
            # sentence), no substring search
            vocabulary = self.vocabulary
            sentences = region.sentences
            for k, mine in enumerate(per):
                if not quotes and sentences[k].quoted:
                    continue
                present = vocabulary.intersection(mine)
                if present:
                    codes = out[k] = set()
                    for word in present:
                        codes.update(words[word])
        else:
            for word in self.vocabulary.intersection(split):
                needle = " " + word + " "
                codes = words[word]
                at = padded.find(needle)
                while at >= 0:
                    places.append((at, codes))
                    at = padded.find(needle, at + 1)
        # the pairs of neighbouring words that start a trigger (words split at punctuation
        # are neighbours here: the substring search keeps those one space apart)
        for pair in pairs.keys() & zip(split, split[1:]):
            needle = " " + pair[0] + " " + pair[1] + " "
            codes = pairs[pair]
            at = padded.find(needle)
            while at >= 0:
                places.append((at, codes))
                at = padded.find(needle, at + 1)
        if longer:
            for pair in longer.keys() & zip(split, split[1:]):
                for needle, codes in longer[pair]:
                    at = padded.find(needle)
                    while at >= 0:
                        places.append((at, codes))
                        at = padded.find(needle, at + 1)
        if self._percent and "%" in low:
            at = low.find("%")
            while at >= 0:
                places.append((at, self._percent))
                at = low.find("%", at + 1)
        if self._tests or self.before_number:
            # a number's word before is looked for only where some word a number follows
            # stands in the region
            before_number = self.before_number
            if before_number and before_number.keys().isdisjoint(split):
                before_number = None
            digits = _digit_span(low)
            for m in _WHOLE_NUMBER.finditer(low, *digits) if digits is not None else ():
                start = m.start()
                token = m.group()
                for test, codes in self._tests:
                    if BUILTIN_TESTS[test](token):
                        places.append((start, codes))
                if before_number:
                    previous = _word_before(low, start)
                    if previous is not None and previous[1] in before_number:
                        for test, codes in before_number[previous[1]]:
                            if BUILTIN_TESTS[test](token):
                                places.append((previous[0], codes))
        if places:
            sentences = region.sentences
            starts = region.sentence_starts
            for start, codes in places:
                k = bisect.bisect_right(starts, start) - 1
                if k >= 0 and start < sentences[k].end:
                    out.setdefault(k, set()).update(codes)
        return out, spaced, per


#: A word (letters, digits, "_", apostrophes and hyphens): matched on a reversed text,
#: the word that text ends with.
_WORD_REVERSED = lazyre.compile(r"[\w'’-]+")
_WORD_CHAR = lazyre.compile(r"[\w'’-]")


def _digit_span(text: str) -> Optional[Tuple[int, int]]:
    """Where the digits of ASCII *text* are, from its first digit to the character after
    its last (the end of a number's look after it), found by substring searches in C;
    None if it has no digit. Any other text: the whole of it."""
    if not text.isascii():
        return 0, len(text)  # (digits of other scripts are digits too)
    last = max(map(text.rfind, "0123456789"))
    if last < 0:
        return None
    return min([at for at in map(text.find, "0123456789") if at >= 0]), last + 2


def _word_before(low: str, at: int) -> Optional[Tuple[int, str]]:
    """The word right before *at* in *low*, white space between them, and where it
    starts: a word a number follows. Looked for in the forty characters before *at*
    (None if the word starts before them, or nothing but white space stands there)."""
    lo = max(0, at - 40)
    head = low[lo:at]
    body = head.rstrip()
    if not body or len(body) == len(head):
        return None
    run = _WORD_REVERSED.match(body[::-1])
    if run is None:
        return None
    start = lo + len(body) - run.end()
    if start == lo and lo and _WORD_CHAR.match(low, lo - 1):
        return None  # the word goes on before the forty characters
    return start, body[len(body) - run.end() :]


#: What splits a region into words when it has no ASCII spaced form (the same words:
#: letters, digits and "_" joined by apostrophes or hyphens).
_NON_WORD = lazyre.compile(r"[^\w'\-]+")


def sentence_words(spaced: str, text: str, split: Optional[List[str]] = None) -> FrozenSet[str]:
    """The words of a sentence for the quick tests of an entry (``requires``, ``with``,
    ``without``), from its *spaced* form: its words (*split*, ``spaced.split()`` when
    the caller has it), and where it holds apostrophes or hyphens the words again split
    at them ("council's" gives "council" too); the question and exclamation marks of its
    *text*. A word too many only costs a pattern run."""
    if split is None:
        split = spaced.split()
    words = frozenset(split)
    extra: List[str] = []
    if "'" in spaced or "-" in spaced:
        # the pieces of the words that hold one (the others are in already)
        extra = " ".join([w for w in split if "'" in w or "-" in w]).replace("'", " ").replace("-", " ").split()
    if "?" in text:
        extra.append("?")
    if "!" in text:
        extra.append("!")
    return words.union(extra) if extra else words


_DIGIT = lazyre.compile(r"\d")
#: A maximal run of letters: a word token of letters alone is one.
_LETTER_RUN = lazyre.compile(r"[^\W\d_]+")


def needed_words_of(words: FrozenSet[str], spaced: str, text: str, split: Optional[List[str]] = None) -> FrozenSet[str]:
    """What ``Entry.needs`` is tested on: the sentence's *words*
    (:func:`sentence_words`), with every run of letters its *spaced* form holds where a
    digit or "_" joins one to a word ("5pm" gives "pm"), "#" when it holds a digit, and
    the marks of ``NEEDED_MARKS`` its *text* holds. Every word token of letters alone and
    every punctuation token of the sentence is there, so a test on these words never
    refuses a sentence a pattern matches. *split*, the spaced form's words when the
    caller has them, spares splitting the words of letters alone again (they and their
    pieces at apostrophes and hyphens are in *words* already)."""
    extra = [mark for mark in NEEDED_MARKS if mark in text]
    if spaced.isascii():
        # (substring searches in C: an ASCII text's digits are 0-9, its runs of letters
        # what is left when every other character is made a space)
        digit = any(map(spaced.__contains__, "0123456789"))
        if digit or "_" in spaced:
            if split is not None:
                spaced = " ".join([w for w in split if not w.isalpha()])
            extra += spaced.encode("ascii").translate(_ASCII_LETTERS_ONLY).decode("ascii").split()
    else:
        digit = _DIGIT.search(spaced) is not None
        if digit or "_" in spaced:
            extra += _LETTER_RUN.findall(spaced)
    if digit:
        extra.append("#")
    return words.union(extra) if extra else words


#: Every ASCII character but the letters made a space, as a byte table (translating
#: bytes costs a small part of translating a string through a mapping).
_ASCII_LETTERS_ONLY = bytes(c if c < 128 and chr(c).isalpha() else 32 for c in range(256))


BUILTIN_LEXICONS = ("idioms", "false_friends", "constructions", "eggcorns", "mt_grammar")
#: The built-in lexicons read in quotations as well: a foreign idiom or proverb rendered
#: word for word is the translation's wording wherever it stands.
QUOTE_LEXICONS = frozenset({"idioms"})


def _builtin_index() -> _TriggerIndex:
    """One trigger index for every built-in lexicon."""
    return _builtin()[1]


@functools.lru_cache(maxsize=1)
def _builtin() -> Tuple[Dict[str, Lexicon], _TriggerIndex]:
    """The built-in lexicons and their shared trigger index, compiled once per process
    and kept in the cache as one entry (keyed, as every entry, on the installed files,
    which hold the lexicons and the code that compiles them)."""

    def compiled() -> Tuple[Dict[str, Lexicon], _TriggerIndex]:
        lexicons: Dict[str, Lexicon] = {}

        def each() -> Iterator[Lexicon]:  # one at a time, its triggers read into the index
            for name in BUILTIN_LEXICONS:
                lexicons[name] = _compile(name)
                yield lexicons[name]

        return lexicons, _TriggerIndex(each(), consume=True)

    return cache.cached("garbled-lexicons", compiled)


def _builtin_hits(region: Region) -> Dict[str, List[Hit]]:
    """The hits of every built-in lexicon in *region* (outside quotations)."""
    lexicons, index = _builtin()
    found = _hits([lexicons[name] for name in BUILTIN_LEXICONS], index, region, False)
    hits = dict(zip(BUILTIN_LEXICONS, found))
    # most regions have none: they share one empty value instead of keeping their own
    return hits if any(hits.values()) else _NO_HITS


_NO_HITS: Dict[str, List[Hit]] = {name: [] for name in BUILTIN_LEXICONS}


def _memo(obj: Any, name: str, build):
    """``obj.memo(name, build)`` where the text layer offers it; else a value kept on the
    object itself. Either way it lives as long as the document and is shared by the
    four lexicon rules."""
    memo = getattr(obj, "memo", None)
    if memo is not None:
        return memo(name, build)
    store = obj.__dict__
    key = "_memo:" + name
    value = store.get(key, _MISSING)
    if value is _MISSING:
        value = store[key] = build(obj)
    return value


_MISSING = object()


def _fold(region: Region) -> str:
    """The region's text lower-cased with its length kept, apostrophes straight (the
    text layer's ``folded`` form, made once per region and shared)."""
    folded = getattr(region, "folded", None)
    if folded is not None:
        return folded
    text = region.text
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'")


class _LinePattern:
    """A pattern's expression and which form of the token line it reads.

    The compiled expressions live in a small cache shared by every pattern, not on the
    patterns: a draft uses a few dozen of the lexicons' five hundred, and keeping them
    all compiled would cost megabytes of memory for nothing."""

    __slots__ = ("source", "flags", "on_lower")

    def __init__(self, source: str, flags: int, on_lower: bool) -> None:
        self.source = source
        self.flags = flags
        self.on_lower = on_lower

    def __reduce__(self):
        return (_LinePattern, (self.source, self.flags, self.on_lower))

    @property
    def compiled(self) -> "re.Pattern":
        return _compiled(self.source, self.flags)

    def finditer(self, line: "TokenLine") -> Iterator["re.Match"]:
        return _compiled(self.source, self.flags).finditer(line.low if self.on_lower else line.line)


@functools.lru_cache(maxsize=512)
def _compiled(source: str, flags: int) -> "re.Pattern":
    return cache.compile(source, flags)  # the lexicons ship with lintnews: fixed patterns


class TokenLine:
    """A sentence's tokens joined by single spaces (apostrophes straightened); the
    region offsets of the tokens and the set of its words are worked out only when a
    pattern matches or an entry asks for them."""

    __slots__ = ("text", "start", "end", "line", "_low", "_at", "_spans", "_words")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        # " tok tok ... tok ": every token between single spaces (a pattern starts with
        # the space before its first token, a literal the engine skips to in C)
        tokens: List[str] = []
        for chunk in text[start:end].split():  # (no token holds white space)
            if chunk.isalnum() and (chunk.isdecimal() or not chunk[0].isdecimal()):
                tokens.append(chunk)  # one word or one number: the token itself
            else:
                tokens += _TOKEN.findall(chunk)
        self.line = (" " + " ".join(tokens) + " ").replace("’", "'")
        self._low: Optional[str] = None
        self._at: Optional[List[int]] = None
        self._spans: List[Tuple[int, int]] = []
        self._words: Optional[FrozenSet[str]] = None

    @property
    def low(self) -> str:
        """The line lower-cased, its length kept (offsets are the line's)."""
        if self._low is None:
            low = self.line.lower()
            if len(low) != len(self.line):
                low = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.line)
            self._low = low
        return self._low

    @property
    def words(self) -> FrozenSet[str]:
        """The lower-case words of the sentence (and "x" for each "x's")."""
        if self._words is None:
            words = set(self.low.split())
            words.update([w[:-2] for w in words if w.endswith("'s")])
            self._words = frozenset(words)
        return self._words

    def region_span(self, start: int, end: int) -> Optional[Tuple[int, int]]:
        """Region offsets of the tokens inside ``line[start:end]`` (None if none)."""
        if self._at is None:
            at, pos = [], 1
            for m in _TOKEN.finditer(self.text, self.start, self.end):
                at.append(pos)
                self._spans.append(m.span())
                pos += m.end() - m.start() + 1
            self._at = at
        first = bisect.bisect_left(self._at, start)
        last = bisect.bisect_left(self._at, end) - 1
        if first > last:
            return None
        return self._spans[first][0], self._spans[last][1]


def tokenise(text: str, start: int, end: int) -> TokenLine:
    """The :class:`TokenLine` of ``text[start:end]``."""
    return TokenLine(text, start, end)


def _match(entry: Entry, rx, line: TokenLine, sentence: Sentence, quotes: bool) -> Optional[Hit]:
    region = sentence.region
    for m in rx.finditer(line):
        span = m.span("flag") if "flag" in m.re.groupindex and m.group("flag") is not None else m.span()
        where = line.region_span(*span)
        if where is None:
            continue
        if not quotes and region.in_quote(where[0], where[0] + 1):
            continue
        if any(_overlaps(f, line, span) for f in entry.fine):
            continue
        return Hit(entry, sentence, where[0], where[1])
    return None


def _overlaps(rx: "_LinePattern", line: "TokenLine", span: Tuple[int, int]) -> bool:
    """Whether a match of the fine pattern *rx* (its ``[ ]`` part if it has one)
    overlaps *span*."""
    for m in rx.finditer(line):
        start, end = m.span("flag") if "flag" in m.re.groupindex and m.group("flag") is not None else m.span()
        if start < span[1] and span[0] < end:
            return True
    return False


_KEYS = frozenset(
    "id lang source means instead wrong fine with without first note case examples fail pass trigger".split()
)


def _listed(value: Any) -> List[Any]:
    """A pattern or example given alone, or a list of them."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def build(name: str, raw_entries: List[Dict[str, Any]], raw_classes: Dict[str, Any], file: str) -> Lexicon:
    """Compile the entries of lexicon *name* (as read from YAML)."""
    classes: Dict[str, List[str]] = {}
    class_words: Dict[str, List[str]] = {}
    #: Triggers of a word and a built-in class together: name -> (class, words).
    pairs: Dict[str, Tuple[str, FrozenSet[str]]] = {}
    for cname, spec in raw_classes.items():
        kind = spec.get("kind", "word")
        words = sorted({f for w in spec["words"] for f in forms(str(w), kind)})
        class_words[cname] = words
        for key, forms_ in ((cname, words), ("lower:" + cname, sorted({w.lower() for w in words}))):
            if len(forms_) > 8:
                classes[key] = ["(?:" + trie_regex(forms_) + ")(?![\\w'-])"]
            else:
                classes[key] = [escape(w) for w in forms_]
    # Word classes made from the inflection tables: irregular past forms ("knew",
    # "gone"), for a verb left in the past after "did not", "to" or a modal.
    derived = {"vpast": sorted(irregular_past())}
    for cname, words in derived.items():
        class_words.setdefault(cname, words)
        for key in (cname, "lower:" + cname):
            classes.setdefault(key, ["(?:" + trie_regex(words) + ")(?![\\w'-])"])
    compiler = PatternCompiler(classes)
    compiler.class_words = class_words
    compiler.pairs = {}
    entries: List[Entry] = []
    triggers: Dict[str, List[Tuple[int, int]]] = {}
    seen = set()
    shared: Dict[FrozenSet[str], FrozenSet[str]] = {}
    one = functools.partial(_one, shared)
    for raw in raw_entries:
        eid = raw.get("id")
        where = f"{file}: entry {eid!r}"
        if not eid or eid in seen:
            raise LexiconError(f"{where}: every entry needs a unique id")
        seen.add(eid)
        unknown = set(raw) - _KEYS
        if unknown:
            raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
        for key in ("wrong", "instead", "source"):
            if not raw.get(key):
                raise LexiconError(f"{where}: '{key}' is required")
        case = bool(raw.get("case"))

        def compiled(pattern: str) -> Tuple[Any, List[str]]:
            # Most patterns run on the lower-cased token line, compiled without
            # IGNORECASE (whose case-folded character sets take far more memory); those
            # of a case-sensitive entry, or that look for a capital (@Name), on the line
            # as written.
            on_lower = not case and "@Name" not in pattern
            compiler.lower = on_lower
            source, words = compiler.compile(pattern, where)
            flags = 0 if case or on_lower else re.IGNORECASE
            return _LinePattern(source, flags, on_lower), words

        wrong, fine, requires, needs = [], [], [], []
        compiler.prefer_pairs = raw.get("trigger") == "pairs"
        for n, pattern in enumerate(_listed(raw["wrong"])):
            rx, words = compiled(pattern)
            # the two smallest word sets are enough to rule most sentences out (word
            # classes give many patterns the same sets: each is kept once)
            requires.append(tuple(one(r) for r in sorted(compiler.required, key=len)[:2]))
            needs.append(_needs(compiler, rx, requires[-1], one))
            if isinstance(raw.get("trigger"), list):
                words = [str(w).lower() for w in raw["trigger"]]
            wrong.append(rx)
            where_ = (len(entries), n)
            for w in words:
                triggers.setdefault(w, []).append(where_)
        for pattern in _listed(raw.get("fine")):
            fine.append(compiled(pattern)[0])
        lang = raw.get("lang") or []
        examples = {k: _listed(v) for k, v in (raw.get("examples") or {}).items()}
        for key in ("fail", "pass"):  # the short form: fail and pass beside the patterns
            if key in raw:
                examples[key] = examples.get(key, []) + _listed(raw[key])
        entries.append(
            Entry(
                id=eid,
                lexicon=name,
                lang=tuple(lang if isinstance(lang, list) else [lang]),
                source=str(raw["source"]),
                means=str(raw.get("means", "")),
                instead=str(raw["instead"]),
                wrong=tuple(wrong),
                fine=tuple(fine),
                with_words=word_set(raw.get("with"), where + " with"),
                without_words=word_set(raw.get("without"), where + " without"),
                first_words=word_set(raw.get("first"), where + " first"),
                note=str(raw.get("note", "")),
                examples={k: tuple(v) for k, v in examples.items()},
                requires=tuple(requires),
                needs=tuple(needs) if any(n is not None for n in needs) else (),
            )
        )
    return Lexicon(name, entries, triggers, compiler.pairs)


def _needs(compiler: PatternCompiler, rx: "_LinePattern", requires: Tuple[FrozenSet[str], ...], one):
    """What every sentence the pattern just compiled matches holds (``Entry.needs``):
    its first word and its needed word sets, less those ``requires`` already tests (the
    three smallest kept). None for a pattern read case-blind on the line as written
    (its letters may match others than their lower case), or with nothing to test."""
    if rx.flags & re.IGNORECASE:
        return None
    sets = sorted({s for s in compiler.needs if not any(r <= s for r in requires)}, key=lambda s: (len(s), sorted(s)))
    first = compiler.needs_first
    if first is None and not sets:
        return None
    return (None if first is None else one(first)), tuple(one(s) for s in sets[:3])


def _one(shared: Dict[Any, Any], value: Any) -> Any:
    """*value*, or the equal value met before (kept once)."""
    return shared.setdefault(value, value)


@functools.lru_cache(maxsize=None)
def load(name: str) -> Lexicon:
    """The lexicon ``lexicons/<name>.yaml``, compiled once per process and kept in the
    cache while the files are unchanged (the built-in ones in one entry with their
    trigger index)."""
    if name in BUILTIN_LEXICONS:
        return _builtin()[0][name]
    # The compiled lexicon comes from the installed files alone (the lexicons and the code
    # that compiles them are lintnews's own, so they are part of every cache key).
    return cache.cached("garbled-lexicon", lambda: _compile(name), name)


def _compile(name: str) -> Lexicon:
    from lintnews.analysis.garbled import lemmas

    path = LEXICON_DIR / f"{name}.yaml"
    raw = _read(path) or []
    classes = _read(LEXICON_DIR / "classes.yaml") or {}
    lexicon = build(name, list(raw), dict(classes), path.name)
    lexicon.shared = name in BUILTIN_LEXICONS
    lexicon.reads_quotes = name in QUOTE_LEXICONS
    lemmas.verb_forms.cache_clear()  # the inflections are in the patterns now
    lemmas.noun_forms.cache_clear()
    return lexicon


def _read(path: Path) -> Any:
    """A lexicon file's data (plain YAML: the lexicons ship with lintnews and are
    checked by its tests, so the pack loader's line-tracking is not needed)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader


LANGUAGES = {
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "de": "German",
    "ru": "Russian",
    "zh": "Chinese",
    "nl": "Dutch",
    "pl": "Polish",
}


def language_names(entry: Entry) -> str:
    """"French, Spanish"-style names of an entry's source languages."""
    return ", ".join(LANGUAGES.get(code, code) for code in entry.lang)
