"""Word-triggered cue matching: many small patterns, run only where a trigger word occurs.

A :class:`Cue` is a short regular expression anchored at a *trigger* word ("led" for
"led to", "intended" for "is intended to"), with optional left-context conditions
checked against the text before the trigger. A :class:`CueSet` indexes its cues by
trigger word, so scanning a sentence costs one dictionary lookup per word of its
region's folded text (``region.folded``) plus a few anchored matches where a trigger
occurs. This is
how the claims and attribution analyses stay cheap on large archives: most sentences
contain no trigger at all and no regular expression runs on them.

Patterns are compiled once, at import, case-insensitively unless a cue says otherwise;
use ``(?-i:...)`` inside a pattern for a case-sensitive part (a capitalised name).
"""

from __future__ import annotations

import re
from itertools import repeat
from operator import itemgetter
from typing import Callable, Dict, Iterable, List, Optional, Pattern, Sequence, Tuple

from lintnews.records import FrozenRecord
from lintnews.matching import patterns as lazyre
from lintnews import cache
from lintnews.text.document import Region, Sentence
from lintnews.text.tokens import spaced_text
from lintnews.matching.folding import fold, fold_safe
from lintnews.matching.tries import WORD_END as _WORD_END, trie_regex, trie_source, word_finder_source

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__

#: Trigger key for any word that starts with a digit ("20", "1,000", "3.5").
DIGIT = "<digit>"


class Cue:
    """One pattern of one kind, anchored at a trigger word.

    :param kind: what the cue detects (``cause``, ``intent``, ``report`` ...).
    :param triggers: the words (lower case) at which ``right`` is tried.
    :param right: regex matched at the trigger word's start; its match is the cue span.
    :param left: regex that must match the text just before the trigger (end with ``$``);
        when it matches, the cue span starts where it starts.
    :param veto_left: regex that, when it matches the text before the trigger, cancels it.
    :param veto_right: regex that cancels the cue when it matches at the trigger.
    :param strong: the stronger form of a kind (rules map it to a higher severity).
    :param label: a short description used in messages.
    :param extend: when false, the left context is checked but not part of the span.
    :param precheck: ``precheck(text, sentence_start, trigger_offset)``, a cheap test in
        Python that must hold before the left context is searched (for a cue whose
        trigger is common and whose left context has no literal to gate it on).
    """

    __slots__ = (
        "kind", "triggers", "right", "left", "veto_left", "veto_right", "strong", "label", "extend", "_gates", "precheck",
        "_ascii", "_right_ascii",
    )

    def __init__(
        self,
        kind: str,
        triggers: Iterable[str],
        right: str,
        *,
        left: Optional[str] = None,
        veto_left: Optional[str] = None,
        veto_right: Optional[str] = None,
        strong: bool = True,
        label: str = "",
        extend: bool = True,
        flags: int = re.IGNORECASE,
        precheck: Optional[Callable[[str, int, int], bool]] = None,
    ) -> None:
        self.kind = kind
        self.triggers = tuple(triggers)
        # compiled on first use: most cues never fire on a given draft
        self.right = lazyre.compile(right, flags)
        self.left = lazyre.compile(left, flags) if left else None
        self.veto_left = lazyre.compile(veto_left, flags) if veto_left else None
        self.veto_right = lazyre.compile(veto_right, flags) if veto_right else None
        self.strong = strong
        self.label = label
        self.extend = extend
        self._gates: Optional[tuple] = None  # see left_gates()
        self._ascii: Optional[tuple] = None  # see patterns()
        self._right_ascii: Optional[bool] = None  # see right_ascii()
        self.precheck = precheck

    def left_gates(self) -> tuple:
        """``(left, veto_left)`` gate strings (see :func:`_gate_strings`), worked out on
        first use: most cues never get that far on a given draft."""
        gates = self._gates
        if gates is None:
            gates = self._gates = (_gate_strings(self.left), _gate_strings(self.veto_left))
        return gates

    def patterns(self, ascii: bool = False) -> tuple:
        """``(right, left, veto_left, veto_right)``; with *ascii*, the same expressions
        compiled with ``re.ASCII`` (made at first use), for a text they read alike in (see
        :func:`_ascii_alike`): there ``re`` compares a character with no case table and
        tells a word character with no Unicode look-up."""
        if not ascii:
            return self.right, self.left, self.veto_left, self.veto_right
        found = self._ascii
        if found is None:
            right = self.right
            if self.right_ascii():
                right = lazyre.compile(right.pattern, right.flags | re.ASCII)
            found = self._ascii = (right,) + tuple(
                rx if rx is None or not _ascii_compilable(rx.pattern) else lazyre.compile(rx.pattern, rx.flags | re.ASCII)
                for rx in (self.left, self.veto_left, self.veto_right)
            )
        return found

    def right_ascii(self) -> bool:
        """Whether the right pattern compiles with ``re.ASCII`` as it reads
        (:func:`_ascii_compilable`), worked out once: a combined match of several cues
        compiles so when each of its cues' does (see :class:`_Combined`)."""
        known = self._right_ascii
        if known is None:
            known = self._right_ascii = _ascii_compilable(self.right.pattern)
        return known

    def __repr__(self) -> str:
        return f"<Cue {self.kind} {self.right.pattern[:40]!r}>"


class CueHit(FrozenRecord):
    """A cue found in a sentence: region offsets of the span and the cue itself."""

    sentence: Sentence
    start: int
    end: int
    cue: Cue

    __slots__ = ("sentence", "start", "end", "cue")

    def __init__(self, sentence: Sentence, start: int, end: int, cue: Cue) -> None:
        _set(self, "sentence", sentence)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "cue", cue)

    @property
    def kind(self) -> str:
        return self.cue.kind

    @property
    def strong(self) -> bool:
        return self.cue.strong

    @property
    def text(self) -> str:
        return self.sentence.region.text[self.start : self.end]


class CueSet:
    """Cues indexed by trigger word; :meth:`scan` finds them in one sentence."""

    def __init__(self, cues: Sequence[Cue]) -> None:
        self.cues = list(cues)
        # The index by trigger word, from a table worked out from the cues' triggers
        # alone and kept in the on-disk cache (cues are lintnews's own: fixed input):
        # building it from the cues costs every start-up some milliseconds.
        # (keyed by the triggers as one string: cue by cue, "\0" between triggers and "\1"
        # between cues; no trigger holds either)
        triggers = "\1".join(["\0".join(cue.triggers) for cue in self.cues])
        table = cache.derived("cue-set", triggers, lambda: _index_table(self.cues))
        words, numbers, members, memberships, trigger_words, finder, after_gap, longest = table
        # Triggers with the same cues share one list, so they share one dispatcher.
        cue_at = self.cues.__getitem__
        lists = [list(map(cue_at, positions)) for positions in members]
        index: Dict[str, List[Cue]] = dict(zip(words, map(lists.__getitem__, numbers)))
        self._index = index
        #: The cues of a trigger with several, tried in one match (built at first use),
        #: and the same with the expressions compiled with ``re.ASCII`` (see
        #: :meth:`Cue.patterns`).
        self._dispatchers: Dict[int, _Dispatch] = {}
        self._ascii_dispatchers: Dict[int, _Dispatch] = {}
        #: The combined matches those are made of, shared by every trigger whose cues
        #: hold them (see :meth:`_dispatcher`), and which cue goes with which.
        self._combined: Dict[Tuple[int, ...], _Combined] = {}
        self._ascii_combined: Dict[Tuple[int, ...], _Combined] = {}
        self._groups: Optional[Dict[int, tuple]] = None
        self._memberships = memberships
        self._combinable: Dict[int, bool] = {}  # whether each cue tried so far can be combined
        self._words = trigger_words
        # Trigger words found in C; compiled on first use (its program comes from the cache).
        self._finder: Optional[Pattern] = lazyre.compile(finder) if trigger_words else None
        # The same words after a space of the gapped text (see _word_triggers): a literal
        # first character, which ``re`` skips to, where the finder's look-behinds are
        # tried at every character.
        self._after_gap: Optional[Pattern] = lazyre.compile(after_gap) if trigger_words else None
        # How much of the text a match of it reads after its space: the longest trigger
        # and the two characters its end test looks at.
        self._reach = longest + 2

    @property
    def triggers(self) -> frozenset:
        return frozenset(self._index)

    def scan(self, sentence: Sentence, kinds: Optional[frozenset] = None) -> List[CueHit]:
        """Every cue (optionally only of *kinds*) in *sentence*, in text order.

        Overlapping hits of the same kind are merged into the first one.
        """
        region = sentence.region
        s_start, s_end = sentence.start, sentence.end
        words, digits = self._candidates(region, s_start, s_end)
        return self._hits(sentence, words + digits if digits else words, kinds, _gate_text(region), _ascii_alike(region))

    def scan_region(self, region: Region) -> List[List[CueHit]]:
        """``[scan(s) for s in region.sentences]``, with one trigger search for the region.

        The region text is searched once and each trigger is handed to the sentence it
        starts in. That gives the same triggers as a search
        per sentence as long as no word runs across a sentence boundary (then each
        sentence is searched on its own, as :meth:`scan` does).
        """
        sentences = region.sentences
        if len(sentences) < 2 or not self._words:
            return [self.scan(s) for s in sentences]
        text = region.text
        for s in sentences:
            end = s.end
            if end < len(text) and _joins_word(text, end):
                return [self.scan(s) for s in sentences]
        return self._region_hits(region, sentences)

    def _region_hits(self, region: Region, sentences: Sequence[Sentence]) -> List[List[CueHit]]:
        """The hits of each of *sentences* (of one region, none joined to the next by a
        word), from one trigger search over the region.

        The same hits, in the same order, as :meth:`_hits` over each sentence's
        candidates: a sentence's word triggers are tried in text order, then its numbers,
        each at the trigger with the sentence's end as the limit, and a trigger between
        sentences is never tried. Written as one loop, without a list of candidates
        per sentence, because most triggers give no hit.
        """
        index = self._index
        per: List[list] = [[] for _ in sentences]
        text = region.text
        gate_low = _gate_text(region)
        ascii = _ascii_alike(region)
        first, last = sentences[0].start, sentences[-1].end
        if self._words:
            self._try_all(text, gate_low, sentences, per, self._word_triggers(region, first, last), ascii)
        digit_cues = index.get(DIGIT)
        if digit_cues and _has_digit(text):
            # every number start paired with the digit cues, without a Python frame per number
            self._try_all(text, gate_low, sentences, per, zip(map(_START, _NUMBER_START.finditer(text, first, last)), repeat(digit_cues)), ascii)
        for i, hits in enumerate(per):
            if len(hits) > 1:
                per[i] = _dedupe(hits)
        return per

    def _try_all(self, text: str, low: Optional[str], sentences: Sequence[Sentence], per: List[list], candidates,
                 ascii: bool = False) -> None:
        """Try each ``(offset, cues)`` of *candidates* (in text order) in the sentence it
        starts in, appending its hits to that sentence's list in *per* (*low* and
        *ascii*: see :func:`_context`)."""
        dispatchers = self._ascii_dispatchers if ascii else self._dispatchers
        n = len(sentences)
        i = 0
        sentence = sentences[0]
        s_start, s_end = sentence.start, sentence.end
        for at, cues in candidates:
            if at >= s_end:
                i += 1
                while i < n and at >= sentences[i].end:
                    i += 1
                if i == n:
                    return
                sentence = sentences[i]
                s_start, s_end = sentence.start, sentence.end
            if at < s_start:
                continue  # between sentences: a scan per sentence never sees it
            if len(cues) == 1:
                cue = cues[0]
                m = cue.patterns(ascii)[0].match(text, at, s_end)
                if m is None:
                    continue
                tried = ((cue, m.end()),)
            else:
                d = dispatchers.get(id(cues)) or self._dispatcher(cues, ascii)
                match = d.match
                if match is not None:
                    # d.tried() without its call when no cue matches here (most triggers)
                    m = match(text, at, s_end)
                    if m is None:
                        continue
                    tried = d.read(m)
                else:
                    tried = d.tried(text, at, s_end)
                    if not tried:
                        continue
            hits = per[i]
            for cue, end in tried:
                start = _context(cue, text, s_start, s_end, at, low, ascii)
                if start is not None:
                    hits.append(CueHit(sentence, start, end, cue))

    def _candidates(self, region: Region, s_start: int, s_end: int) -> Tuple[list, list]:
        """``(offset, cues)`` for each trigger word, then for each number, in
        ``[s_start, s_end)``, each list in text order."""
        candidates = self._word_triggers(region, s_start, s_end) if self._words else []
        digits: List[Tuple[int, List[Cue]]] = []
        digit_cues = self._index.get(DIGIT)
        if digit_cues and _has_digit(region.text[s_start:s_end]):  # this sentence's, not the region's
            digits = list(zip(map(_START, _NUMBER_START.finditer(region.text, s_start, s_end)), repeat(digit_cues)))
        return candidates, digits

    def _word_triggers(self, region: Region, start: int, end: int) -> List[Tuple[int, List[Cue]]]:
        """``(offset, cues)`` for each trigger word in ``[start, end)`` of *region*, in
        text order: where the finder (``self._finder``) finds one in the folded text.

        The finder tries its look-behinds (no word character, or none joined by an
        apostrophe or hyphen, before the word) at every character. A trigger word starts
        either after a space of the gapped text (:func:`lintnews.text.tokens.spaced_text`:
        every character but a word character, an apostrophe or a hyphen made a space),
        which passes them, at the start of the text, or after an apostrophe or a hyphen with no word character
        before it; the words after a space are found with one scan that ``re`` makes from
        space to space, and the few other places are tried with the finder itself. The
        gapped text holds the folded text's word characters, apostrophes and hyphens
        where it does, so the trigger words and the test after them match there alike."""
        index = self._index
        gaps = spaced_text(region)
        after_gap = self._after_gap
        found = [(m.start(1), index[m.group(1)]) for m in after_gap.finditer(gaps, start - 1 if start else 0, end)]
        others = []
        # The few other places (where the finder's look-behinds pass and no space comes
        # before) are tried with the same expression, on a space and the window of the
        # gapped text a trigger and the test after it can read: the finder would cost
        # its program, as long again, to decode.
        reach = self._reach
        if start == 0:
            m = after_gap.match(" " + gaps[0 : min(end, reach)])
            if m is not None:
                others.append((0, index[m.group(1)]))
        for joiner in "'-":
            j = gaps.find(joiner, start - 1 if start else 0, end)
            while j >= 0:
                if j == 0 or gaps[j - 1] in " '-":
                    m = after_gap.match(" " + gaps[j + 1 : min(end, j + 1 + reach)])
                    if m is not None:
                        others.append((j + 1, index[m.group(1)]))
                j = gaps.find(joiner, j + 1, end)
        if others:
            found.extend(others)
            found.sort(key=_FIRST)
        return found

    def _dispatcher(self, cues: List[Cue], ascii: bool = False) -> "_Dispatch":
        """The dispatcher of a trigger's cue list (of several cues), built at its first use.

        A cue is often in the lists of several triggers with other cues each time (the
        statistic cues of "rise" are those of "rose" and of a dozen other verbs, with
        different cues beside them), so one combined expression per list would hold (and
        compile) its pattern once per list. A long cue (:data:`_SHARED_FROM`) is grouped
        instead with the cues that are in exactly the same lists: such a group is always
        tried together, so it is combined once for all of them, and a list is tried group
        by group, its short cues in one more group of its own."""
        groups = self._groups
        if groups is None:
            # each cue's lists of several cues, by number (from the index table)
            groups = self._groups = dict(zip(map(id, self.cues), self._memberships))
        by_group: Dict[tuple, List[Cue]] = {}
        for cue in cues:
            shared = groups[id(cue)] if len(cue.right.pattern) >= _SHARED_FROM else ()
            by_group.setdefault(shared, []).append(cue)
        made, dispatchers = (self._ascii_combined, self._ascii_dispatchers) if ascii else (self._combined, self._dispatchers)
        d = dispatchers[id(cues)] = _Dispatch(cues, list(by_group.values()), made, self._can_combine, ascii=ascii)
        return d

    def _can_combine(self, cue: Cue) -> bool:
        """:func:`_combinable`, worked out once per cue (a cue is in several lists)."""
        known = self._combinable.get(id(cue))
        if known is None:
            known = self._combinable[id(cue)] = _combinable(cue)
        return known

    def _hits(self, sentence: Sentence, candidates, kinds: Optional[frozenset], low: Optional[str] = None,
              ascii: bool = False) -> List[CueHit]:
        text = sentence.region.text
        s_start, s_end = sentence.start, sentence.end
        hits: List[CueHit] = []
        dispatchers = self._ascii_dispatchers if ascii else self._dispatchers
        for at, cues in candidates:
            if len(cues) == 1:
                cue = cues[0]
                m = cue.patterns(ascii)[0].match(text, at, s_end)
                tried = ((cue, m.end()),) if m is not None else ()
            else:
                d = dispatchers.get(id(cues)) or self._dispatcher(cues, ascii)
                tried = d.tried(text, at, s_end)
            for cue, end in tried:
                if kinds is not None and cue.kind not in kinds:
                    continue
                start = _context(cue, text, s_start, s_end, at, low, ascii)
                if start is not None:
                    hits.append(CueHit(sentence, start, end, cue))
        if len(hits) > 1:
            hits = _dedupe(hits)
        return hits


def _index_table(cues: Sequence[Cue]) -> tuple:
    """The index of :class:`CueSet` as plain data, from the cues' triggers alone:
    ``(triggers, list number of each, cue positions of each list, the numbers of the
    lists of several cues each cue is in, the trigger words (all but :data:`DIGIT`), the
    source of their finder, the source of their finder after a space, the length of the
    longest)``. Triggers come in the order they first appear;
    triggers with the same cues share one list."""
    index: Dict[str, List[int]] = {}
    for i, cue in enumerate(cues):
        for trigger in cue.triggers:
            index.setdefault(trigger, []).append(i)
    numbers: Dict[Tuple[int, ...], int] = {}
    of_word = [numbers.setdefault(tuple(positions), len(numbers)) for positions in index.values()]
    # the lists of several cues each cue is in (the same for cues always tried together)
    memberships: List[List[int]] = [[] for _ in cues]
    for number, positions in enumerate(numbers):
        if len(positions) > 1:
            for i in positions:
                if not memberships[i] or memberships[i][-1] != number:  # (a trigger a cue lists twice)
                    memberships[i].append(number)
    words = tuple(word for word in index if word != DIGIT)
    finder = word_finder_source(words) if words else ""
    after_gap = " (" + trie_regex(words) + ")" + _WORD_END if words else ""
    longest = max(map(len, words), default=0)
    return (tuple(index), tuple(of_word), tuple(numbers), tuple(map(tuple, memberships)), words, finder, after_gap,
            longest)


class _Combined:
    """Cues tried with one regex match: each cue's pattern becomes an optional look-ahead
    with a group of its own, so one ``match`` at the trigger reports every cue that
    matches there, as a match per cue would, without a Python call per cue. A closing
    test that some group matched makes the match fail (None, no match object) where no
    cue matches, as most triggers do."""

    __slots__ = ("groups", "match")

    def __init__(self, cues: Sequence[Cue], ascii: bool = False) -> None:
        parts = []
        for i, cue in enumerate(cues):
            case = "i" if cue.right.flags & re.IGNORECASE else "-i"
            parts.append(f"(?:(?=(?P<c{i}>(?{case}:{cue.right.pattern})))|)")
        some = "(?!)"
        for i in reversed(range(len(cues))):
            some = f"(?(c{i})|{some})"
        source = "".join(parts) + some
        # (with *ascii*: see Cue.patterns; the source sets a flag of its own only where one
        # of its cues' patterns does: what it adds around them sets only "i" or "-i")
        rx = cache.compile(source, re.ASCII if ascii and all(cue.right_ascii() for cue in cues) else 0)  # (re.error: see _Dispatch)
        self.groups = [(cue, rx.groupindex[f"c{i}"]) for i, cue in enumerate(cues)]
        #: The combined pattern's ``match``: None where no cue matches, else :meth:`read` it.
        self.match = rx.match

    def read(self, m) -> List[Tuple[Cue, int]]:
        """``(cue, match end)`` for every cue that matched in *m* (a match of the combined
        pattern), in cue order."""
        out: List[Tuple[Cue, int]] = []
        regs = m.regs  # every group's span at once: one call, not one per cue
        for cue, g in self.groups:
            e = regs[g][1]
            if e >= 0:
                out.append((cue, e))
        return out


def _read_one(cue: Cue) -> Callable[[re.Match], List[Tuple[Cue, int]]]:
    """The ``read`` of a cue tried with its own pattern's match."""
    return lambda m: [(cue, m.end())]


class _Dispatch:
    """All the cues of one trigger, tried with as few regex matches as they allow.

    *groups* splits *cues* into the sets of cues tried together (by default, one); each
    set is one :class:`_Combined` match, made once in *made* (keyed by its cues) and
    shared by every dispatcher with the same set. A set of one cue is its own pattern's
    match. Cues whose pattern cannot be combined (flags other than case, a global inline
    flag, a back-reference) are tried one by one. The hits come in the order of *cues*.
    """

    __slots__ = ("cues", "alone", "parts", "order", "match", "read")

    def __init__(self, cues: Sequence[Cue], groups: Optional[Sequence[Sequence[Cue]]] = None,
                 made: Optional[Dict[Tuple[int, ...], _Combined]] = None,
                 combinable: Optional[Callable[[Cue], bool]] = None, ascii: bool = False) -> None:
        self.cues = list(cues)
        made = {} if made is None else made
        combinable = _combinable if combinable is None else combinable
        alone = [cue for cue in self.cues if not combinable(cue)]
        self.alone = alone
        singles: List[Cue] = []
        parts: list = []  # (match, read) of each part
        for group in [self.cues] if groups is None else groups:
            together = [cue for cue in group if cue not in alone]
            if len(together) == 1 and groups is not None:
                singles.append(together[0])  # its own match, shared with a trigger of its own
            elif together:
                key = tuple(map(id, together))
                combined = made.get(key)
                if combined is None:
                    try:
                        combined = made[key] = _Combined(together, ascii)
                    except re.error:
                        singles.extend(together)  # tried one by one, as they would be alone
                        continue
                parts.append((combined.match, combined.read))
            singles.extend(cue for cue in group if cue in alone)
        parts.extend((cue.patterns(ascii)[0].match, _read_one(cue)) for cue in singles)
        self.parts = parts
        self.order = {id(cue): i for i, cue in enumerate(self.cues)}
        # One part (most triggers): its match and read, so the scan does without a call
        # of tried() where no cue matches.
        self.match, self.read = parts[0] if len(parts) == 1 else (None, None)

    def tried(self, text: str, at: int, end: int) -> List[Tuple[Cue, int]]:
        """``(cue, match end)`` for every cue whose pattern matches at *at*, in cue order."""
        out: List[Tuple[Cue, int]] = []
        found = 0
        for match, read in self.parts:
            m = match(text, at, end)
            if m is not None:
                out += read(m)
                found += 1
        if found > 1:
            order = self.order
            out.sort(key=lambda pair: order[id(pair[0])])
        return out


def _combinable(cue: Cue) -> bool:
    """Whether *cue*'s pattern can be one look-ahead of a combined pattern: combined, a
    pattern with flags other than case or a global inline flag would change its flags,
    and one with a back-reference its group numbers."""
    source = cue.right.pattern
    return not (cue.right.flags & ~re.IGNORECASE or _GLOBAL_FLAGS.match(source.lstrip()) or _has_backreference(source))


_GLOBAL_FLAGS = lazyre.compile(r"\(\?[aiLmsux]+\)")
_BACKREFERENCE = lazyre.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _has_backreference(source: str) -> bool:
    """``_BACKREFERENCE.search(source)``, in parts: a cue's source is long, and the whole
    expression (no literal to skip to) is tried at every character of it; the named forms
    are substring tests, and a numbered one opens with a backslash, which ``re`` skips to
    in C (one scan, where a test per digit would be nine)."""
    return "(?P=" in source or "(?(" in source or _NUMBERED_REFERENCE.search(source) is not None


_NUMBERED_REFERENCE = lazyre.compile(r"\\[1-9]")

_START = re.Match.start
# Where numbers start: at the first digit of a run of digits, unless the run continues a
# word, a decimal or a thousands group ("F-16", "3.5", "1,000"), i.e. unless the character
# before it is an ASCII letter or digit or one of ".,-_". The look-behind comes after the
# digit, so ``re`` still skips straight to the next digit; it also rejects every digit
# inside a run (a digit before it). A look-behind sees the text before ``pos``.
_NUMBER_START = lazyre.compile(r"[0-9](?<![.,\-_A-Za-z0-9][0-9])")


def _ascii_alike(region: Region) -> bool:
    """Whether every expression reads *region*'s text with ``re.ASCII`` as it does without
    (case-insensitively or not): every character is ASCII but the separators
    "\\x1c" to "\\x1f" (white space to ``\\s`` only without it), or has no case, is no
    word character and no white space ("£", "—", "’"): no case table, word class or
    space class tells those apart from themselves, and the ASCII ones read alike. Worked
    out once per region (a long region is scanned a sentence at a time)."""
    return region.memo("cues.ascii-alike", _read_ascii_alike)


def _read_ascii_alike(region: Region) -> bool:
    text = region.text
    if text.isascii():
        return not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)
    for c in set(text):
        if c > "\x7f" and (c.isalnum() or c.isspace() or c.lower() != c or c.upper() != c or c == "_"):
            return False
        if c in "\x1c\x1d\x1e\x1f":
            return False
    return True


def _ascii_compilable(source: str) -> bool:
    """Whether *source* compiles with ``re.ASCII`` as it reads: it sets no flag of its own
    that ``re.ASCII`` excludes or changes (``u``, ``a``, ``L``)."""
    return _CHARSET_FLAGS.search(source) is None


_CHARSET_FLAGS = lazyre.compile(r"\(\?[aiLmsux-]*[uaL]")


def _has_digit(text: str) -> bool:
    """Whether *text* holds an ASCII digit: ten substring tests in C, where a search for
    :data:`_NUMBER_START` tries its class at every character (most paragraphs have no
    number)."""
    for digit in "0123456789":
        if digit in text:
            return True
    return False


def _joins_word(text: str, at: int) -> bool:
    """Whether a word character, or an apostrophe or a hyphen and one, stands at *at* (just
    after a sentence): a word that runs across the boundary. ``\\w`` is what
    ``str.isalnum`` accepts, and "_"."""
    c = text[at]
    if c.isalnum() or c == "_":
        return True
    if c in "'’-" and at + 1 < len(text):
        c = text[at + 1]
        return c.isalnum() or c == "_"
    return False


#: Cues whose pattern is at least this long (in characters) are combined once for all the
#: triggers they share (:meth:`CueSet._dispatcher`); shorter ones are combined with the
#: rest of each trigger's cues, which costs a trigger one match fewer than a part of its
#: own and little to compile again.
_SHARED_FROM = 300

#: How far back (in characters) a left context may reach.
_WINDOW = 90


def _context(cue: Cue, text: str, s_start: int, s_end: int, at: int, low: Optional[str] = None,
             ascii: bool = False) -> Optional[int]:
    """Where the hit of *cue* (whose pattern matched at *at*) starts, or None when a
    veto or a missing left context cancels it.

    With *low* (the region's folded text, from :func:`_gate_text`), a left
    context or veto none of whose gate strings stands in the window is known not to
    match without searching it (the search tries every start in the window).

    Every test here only decides whether the hit stands, so they run cheapest first and
    the first that cancels the hit ends it: the left context's gate strings, the
    precheck (a few string operations, where a cue has one: it is there to pass few
    hits, and the veto at the trigger of the verbs of saying it guards is a long
    alternation tried at one position), the veto at the trigger, the left context (a
    search of the window), and last the veto before the trigger (a search of the window,
    needed only once the left context holds). Most hits are cancelled by a missing left context, whose veto is then never
    searched. With *ascii*, the cue's expressions compiled with ``re.ASCII`` are used (see
    :meth:`Cue.patterns`: *text* reads alike in them)."""
    _, left, veto_left, veto_right = cue.patterns(ascii)
    if left is None and veto_left is None:
        if cue.precheck is not None and not cue.precheck(text, s_start, at):
            return None
        if veto_right is not None and veto_right.match(text, at, s_end):
            return None
        return at
    # Left contexts are short; searching a bounded window keeps this cheap. A window
    # that does not reach the sentence start begins with a NUL, which no pattern
    # matches, so "^" still means the start of the sentence.
    w_start = at - _WINDOW
    lo = w_start if w_start > s_start else s_start
    left_gate, veto_gate = cue.left_gates() if low is not None else (None, None)
    if left_gate is not None and not _holds(low, left_gate, lo, at):
        return None
    if cue.precheck is not None and not cue.precheck(text, s_start, at):
        return None
    if veto_right is not None and veto_right.match(text, at, s_end):
        return None
    if w_start > s_start:
        before = "\0" + text[w_start:at]
        base = w_start - 1
    else:
        before = text[s_start:at]
        base = s_start
    start = at
    if left is not None:
        lm = left.search(before)
        if lm is None:
            return None
        if cue.extend:
            start = base + lm.start()
        # keep the span tight: skip leading white space of the left context
        while start < at and text[start].isspace():
            start += 1
    if veto_left is not None and (veto_gate is None or _holds(low, veto_gate, lo, at)) and veto_left.search(before):
        return None
    return start


def _holds(low: str, strings: tuple, lo: int, hi: int) -> bool:
    """Whether ``low[lo:hi]`` holds one of *strings* (the window cut once: an ``in`` test
    costs less than a ``find`` with bounds, whose arguments are parsed at every call)."""
    window = low[lo:hi]
    for string in strings:
        if string in window:
            return True
    return False


def _gate_strings(rx) -> Optional[tuple]:
    """Strings (lower case, ASCII, straight apostrophes) one of which every match of the
    left-context pattern *rx* holds, or None (no gate: always search).

    A match lies inside the window, so a window whose lower-cased text holds none of
    them has no match: :func:`lintnews.matching.literals.necessary_literals` computes them
    case-insensitively, and only ASCII strings are used, which case-insensitive
    matching finds in the text only where they stand in its folded form (apart from
    "ı" and "ſ": see :func:`_gate_text`). Folding a case-sensitive literal keeps it
    necessary in the folded text. Working them out parses the pattern in Python, so they
    are kept in the on-disk cache with the pattern's program (cue patterns are
    lintnews's own)."""
    if rx is None:
        return None
    return cache.derived("cue-gates", rx.pattern, lambda: _worked_out_gate_strings(rx.pattern)) or None


#: :func:`_gate_strings` of the patterns :func:`gated_search` has searched with (lintnews's
#: own: a bounded set).
_SEARCH_GATES: Dict[str, Optional[tuple]] = {}


def literal_gate(rx) -> Optional[tuple]:
    """:func:`_gate_strings` of *rx* (a pattern of lintnews's own), worked out once."""
    gate = _SEARCH_GATES.get(rx.pattern, _MISSING)
    if gate is _MISSING:
        gate = _SEARCH_GATES[rx.pattern] = _gate_strings(rx)
    return gate


def may_hold(region: Region, strings: Optional[tuple], start: int, end: int) -> bool:
    """False when the region's folded text holds none of *strings* (lower case, ASCII,
    straight apostrophes) between *start* and *end*, and a case-insensitive pattern every
    match of which holds one of them is known not to match there; always True for
    *strings* None or a region that is not fold-safe (see :func:`_gate_text`)."""
    return strings is None or not region.fold_safe or _holds(region.folded, strings, start, end)


def may_match(rx, region: Region, start: int, end: int) -> bool:
    """False when *rx* is known to have no match in ``region.text[start:end]``: the
    region's folded text holds there none of the strings one of which every match of
    *rx* holds (:func:`literal_gate`, see :func:`may_hold`).

    For a case-insensitive pattern of lintnews's own that opens with ``\\b`` or a
    look-behind, which ``re`` tries at every character: a few substring searches in C
    are much cheaper, and most sentences hold none of its strings."""
    return may_hold(region, literal_gate(rx), start, end)


def may_match_text(rx, text: str) -> bool:
    """:func:`may_match` for a string of its own (a short window cut from a sentence): False
    when *text* is fold-safe and its fold holds none of the strings of :func:`literal_gate`."""
    gate = literal_gate(rx)
    if gate is None or not fold_safe(text):
        return True
    return _holds(fold(text), gate, 0, len(text))


def gated_search(rx, region: Region, start: int, end: int) -> Optional[re.Match]:
    """``rx.search(region.text, start, end)``, None at once where :func:`may_match` says
    it cannot match."""
    return rx.search(region.text, start, end) if may_match(rx, region, start, end) else None


_MISSING = object()


def _worked_out_gate_strings(pattern: str) -> tuple:
    """:func:`_gate_strings` of *pattern*, worked out (``()`` for none)."""
    from lintnews.matching.literals import necessary_literals

    strings = necessary_literals(pattern, True)
    if not strings:
        return ()
    strings = {fold(s) for s in strings}
    if not all(s.isascii() for s in strings):
        return ()
    return tuple(sorted(strings))


def _gate_text(region: Region) -> Optional[str]:
    """The folded text of *region* when left-context gates may be read in it, else None:
    a region that is not fold-safe (it holds "ı" or "ſ", which an ASCII "i" or "s" of a
    pattern matches but which folding keeps) is searched without gates."""
    return region.folded if region.fold_safe else None


_FIRST = itemgetter(0)


def _dedupe(hits: List[CueHit]) -> List[CueHit]:
    """Merge overlapping hits of one kind into one span (keeping a strong cue if any)."""
    hits.sort(key=lambda h: (h.start, -h.end))
    out: List[CueHit] = []
    last: Dict[str, int] = {}  # kind -> index in out
    for hit in hits:
        i = last.get(hit.kind)
        if i is not None and hit.start < out[i].end:
            kept = out[i]
            cue = kept.cue if kept.cue.strong or not hit.cue.strong else hit.cue
            out[i] = CueHit(kept.sentence, kept.start, max(kept.end, hit.end), cue)
            continue
        last[hit.kind] = len(out)
        out.append(hit)
    return out


def alternation(words: Iterable[str], fixed: bool = True) -> str:
    """A non-capturing regex alternation of literal *words*, longest first.

    Ties are broken alphabetically, so the same words always give the same source
    (compiled programs are cached by source, see :func:`lintnews.cache.compile`). The
    trie of *fixed* words (lintnews's own) is kept in the on-disk cache; pass
    ``fixed=False`` for words from anywhere else (a configuration).

    The source of *fixed* words is kept in the on-disk cache by the words as given (their
    order too), so a start with a warm cache neither sorts them nor builds a trie."""
    if not fixed:
        return _alternation(words, False)
    given = tuple(words)
    return cache.derived("alternation", given, lambda: _alternation(given, True))


def _alternation(words: Iterable[str], fixed: bool) -> str:
    unique = set(words)
    if all(w.isascii() and w == w.lower() for w in unique):
        # factored as a trie: at each position the longest word is still tried first,
        # and only one branch can match a given character (lower-case ASCII), so fewer
        # alternatives are tried
        if not fixed:
            return "(?:" + trie_source(dict.fromkeys(sorted(unique), ""), space=r"\s+") + ")"
        return "(?:" + trie_regex(unique, space=r"\s+") + ")"
    ordered = sorted(unique, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def compile_words(words: Iterable[str]) -> Pattern:
    """A case-insensitive, word-bounded regex for any of *words*."""
    return lazyre.compile(r"\b" + alternation(words) + r"\b", re.IGNORECASE)
