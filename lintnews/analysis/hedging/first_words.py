"""The first words of the hedging rules' expressions, found in one scan per paragraph.

The big expressions of the hedging rules (hedge cues, weasel groups, peacock terms,
vague quantifiers) begin with ``\\b`` or a look-behind, so Python's ``re`` would try
each of them at every character; they are tried only where one of their first words
stands (:func:`lintnews.matching.tries.matches_from`). Finding first words costs the regex
engine about the same per character whatever the words, so the first words of all
the expressions are found in one scan of each paragraph's folded text, and each
expression takes the hits that are its own, sentence by sentence
(:meth:`FirstWords.matches`).

The results are those of :func:`~lintnews.matching.tries.matches_from` with each
expression's own finder on each sentence's text: a sentence's first words are the same
in its paragraph as in its own text when the characters just outside it cannot join a
word (``\\b`` then means the same at its ends, and no first word runs across them);
other sentences are scanned on their own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

from lintnews.matching import patterns as lazyre
from lintnews import cache
from lintnews.matching.folding import word_spaced
from lintnews.matching.tries import matches_from, trie_source


class FirstWords:
    """The first words of one expression.

    :param words: first words (lower case, word characters and apostrophes only) that
        count wherever they stand as whole words;
    :param after: ``{words: look-ahead}``: words that count only where the look-ahead
        matches the folded text after them (how the expression is defined, as "a" of
        "a number of");
    :param narrow: like *after*, for look-aheads that only rule out places where the
        expression cannot match ("in" only before "some"): not used in an unusual paragraph;
    :param exact: in an unusual paragraph, the expression runs over each whole sentence
        (``finditer``) instead of at the first words.

    A look-ahead reads the paragraph, possibly past the end of the word's sentence, so
    it must hold wherever the expression matches in the sentence's own text (then a
    word it lets through in the paragraph but not in the sentence is one where the
    expression fails anyway).
    """

    def __init__(
        self,
        words: Sequence[str],
        after: Optional[Mapping[Tuple[str, ...], str]] = None,
        narrow: Optional[Mapping[Tuple[str, ...], str]] = None,
        exact: bool = False,
    ) -> None:
        self.after: Dict[str, str] = {w: a for ws, a in (after or {}).items() for w in ws}
        self.narrow: Dict[str, str] = {w: a for ws, a in (narrow or {}).items() for w in ws}
        self.words = frozenset(words) - set(self.after) - set(self.narrow)
        self.exact = exact
        #: The finder of one sentence's folded text, and the one of an unusual paragraph.
        self.finder = lazyre.compile(_finder_source(self.words, {**self.after, **self.narrow}))
        self.wide = lazyre.compile(_finder_source(self.words | set(self.narrow), self.after))
        self.index = len(_FAMILIES)
        _FAMILIES.append(self)
        _UNION.clear()

    def regions_with(self, doc) -> List:
        """The regions of *doc* in which this expression may match, in document order:
        those where its first words stand, or whose sentences are scanned on their own
        (cached on the document: the other regions cost the rules nothing)."""
        return doc.memo(("hedging.first-words", _union()["version"]), _regions_with)[self.index]

    def per_sentence(self, rx, region, key: str, read: Callable[[Sequence["re.Match"], int], Any]) -> Sequence[Any]:
        """``read(matches, sentence_start)`` for each sentence of *region* with matches of
        *rx* (``()`` for the others), or ``()`` for a region without any; cached on the
        region under *key* (:meth:`~lintnews.text.document.Region.memo`)."""

        def build(region) -> Sequence[Any]:
            found = self.matches(rx, region)
            per = [read(m, s.start) if m else () for s, m in zip(region.sentences, found)]
            return per if any(per) else ()

        return region.memo(key, build)

    def matches(self, rx, region) -> Sequence[Sequence["re.Match"]]:
        """For each sentence of *region*, the matches of *rx* in its text that
        :func:`~lintnews.matching.tries.matches_from` gives with this expression's finder
        (an empty sequence for a sentence without any, and for a region without any)."""
        state, hits, joined = _scan(region)
        hits = hits[self.index] if hits else ()
        if state == _PLAIN and not hits and not joined:
            return ()
        text = region.text
        sentences = region.sentences
        if state == _UNUSUAL:
            if self.exact:
                return [list(rx.finditer(text[s.start : s.end])) for s in sentences]
            return [list(matches_from(rx, self.wide, text[s.start : s.end])) for s in sentences]
        finder = self.finder
        out: List[Sequence["re.Match"]] = [()] * len(sentences)
        for i in joined:
            s = sentences[i]
            out[i] = list(matches_from(rx, finder, text[s.start : s.end]))
        match = rx.match
        starts = region.sentence_starts
        found = None
        i = -1
        end = done = base = 0
        piece = ""
        for at in hits:
            if at >= end:  # the first hit of a sentence
                i = bisect_right(starts, at) - 1
                if i < 0:
                    continue  # before the first sentence
                base, end = starts[i], sentences[i].end
                if at >= end or i in joined:
                    end = 0  # between sentences, or a sentence scanned on its own
                    continue
                piece, done, found = text[base:end], 0, None
            rel = at - base
            if rel < done:
                continue
            m = match(piece, rel)
            if m is not None and m.end() > m.start():
                done = m.end()
                if found is None:
                    found = out[i] = []
                found.append(m)
        return out if any(out) else ()


def _regions_with(doc) -> List[List]:
    """For each family, the regions of *doc* where its first words stand or whose
    sentences are scanned on their own (:meth:`FirstWords.regions_with`)."""
    per: List[List] = [[] for _ in _FAMILIES]
    for region in doc.regions:
        state, hits, joined = _scan(region)
        if state != _PLAIN or joined:
            for found in per:
                found.append(region)
            continue
        if hits:
            for found, mine in zip(per, hits):
                if mine:
                    found.append(region)
    return per


_FAMILIES: List[FirstWords] = []
# The finders of the first words of every family and, per word, the families that take
# it (with a look-ahead to check, when the finders' is not the family's own); cleared
# when a family is added.
_UNION: Dict[str, object] = {}


def _finder_source(words, tails: Mapping[str, str]) -> str:
    """A finder for *words* as whole words, and for each of *tails* where its look-ahead
    matches after it; at each position the longest word wins."""
    return r"\b" + _trie(words, tails)


def _trie(words, tails: Mapping[str, str]) -> str:
    """The trie of *words* (each ending at a word boundary) and *tails* (each with its
    look-ahead), kept in the on-disk cache (the words are the rules' own): building it
    costs milliseconds per start-up."""
    source = (tuple(sorted(set(words))), tuple(sorted(tails.items())))
    return cache.derived("first-words", source, lambda: _build_trie(words, tails))


def _build_trie(words, tails: Mapping[str, str]) -> str:
    ends = {w: r"\b" for w in words}
    ends.update((w, r"\b(?=%s)" % a) for w, a in tails.items())
    return trie_source(ends)  # each tail after the longer words


def _union():
    if not _UNION:
        conditions: Dict[str, List[Optional[str]]] = {}
        for family in _FAMILIES:
            for w in family.words:
                conditions.setdefault(w, []).append(None)
            for w, a in {**family.after, **family.narrow}.items():
                conditions.setdefault(w, []).append(a)
        tails = {}
        for w, conds in conditions.items():
            if None not in conds:
                tails[w] = "|".join("(?:%s)" % a for a in dict.fromkeys(conds))
        routes: Dict[str, List[Tuple[int, object]]] = {}
        for family in _FAMILIES:
            for w in family.words:
                routes.setdefault(w, []).append((family.index, None))
            for w, a in {**family.after, **family.narrow}.items():
                # no need to check again what the finders checked already
                check = None if tails.get(w) == "(?:%s)" % a else lazyre.compile(a)
                routes.setdefault(w, []).append((family.index, check))
        trie = _trie([w for w in conditions if w not in tails], tails)
        # The first words as whole words: after a non-word character (the folded text
        # gets a space in front), where "\b" + trie would have the engine try them at
        # every character. For a paragraph that is not ASCII; in ASCII text re.ASCII
        # changes nothing, and the engine tests the character before in a third less time.
        _UNION["finder"] = lazyre.compile(r"\W(" + trie + ")")
        _UNION["ascii"] = lazyre.compile(r"\W(" + trie + ")", re.ASCII)
        _UNION["spaced"] = _spaced_finder(conditions, tails)
        _UNION["routes"] = routes
        _UNION["version"] = object()
    return _UNION


# What a region's scan found: the folded text could be scanned as a whole (_PLAIN), or
# it has a letter that makes look-aheads over folded text unreliable (_UNUSUAL: not
# region.fold_safe), and its sentences are scanned on their own.
_PLAIN, _UNUSUAL = 0, 2


def _scan(region) -> Tuple[int, tuple, Tuple[int, ...]]:
    """``(state, hits, joined)`` of *region*, kept in its memo: per family, the offsets
    of its first words (an empty tuple when no family has any), and the indexes of the
    sentences that must be scanned on their own. Tuples of numbers, and one shared tuple
    for all regions without any, so that the memos of a large archive add little work
    for the garbage collector."""
    union = _union()
    return region.memo(("hedging.first-words", union["version"]), _scan_region)


def _scan_region(region) -> Tuple[int, tuple, Tuple[int, ...]]:
    if not region.fold_safe:
        return (_UNUSUAL, (), ())
    union = _union()
    low = region.folded
    joined = _joined(low, region.sentences)
    hits: tuple = ()
    words = _words(union, low)
    if words:
        found: List[List[int]] = [[] for _ in _FAMILIES]
        routes = union["routes"]
        for at, word, end in words:
            for index, check in routes[word]:
                if check is None or check.match(low, end):
                    found[index].append(at)
        if any(found):
            hits = tuple(tuple(mine) if mine else () for mine in found)
    if not hits and not joined:
        return _NOTHING  # shared: most regions
    return (_PLAIN, hits, joined)


_NOTHING = (_PLAIN, (), ())


def _words(union, low: str) -> List[Tuple[int, str, int]]:
    """``(start, word, end)`` of each first word in the folded text *low*."""
    # a space in front gives a word at the very start its non-word character
    padded = " " + low
    if not low.isascii():
        return [(m.start(1) - 1, m.group(1), m.end() - 1) for m in union["finder"].finditer(padded)]
    spaced = union["spaced"]
    if spaced is None:
        return [(m.start(1) - 1, m.group(1), m.end() - 1) for m in union["ascii"].finditer(padded)]
    # The "ascii" finder's matches, found as finditer finds them: from where the last
    # one ended, the first place where it matches. It can match only where the spaced
    # finder matches the spaced text (see _spaced_finder), so it is tried there alone.
    search = spaced.search
    match = union["ascii"].match
    text = word_spaced(padded)
    out = []
    at = 0
    while True:
        hit = search(text, at)
        if hit is None:
            return out
        at = hit.start()
        m = match(padded, at)
        if m is None:
            at += 1
        else:
            out.append((at, m.group(1), m.end() - 1))
            at = m.end()


# What a look-ahead of the first words may hold for :func:`_spaced_finder` to read the
# spaced text with it, once cut where a run of hyphenated words begins (_HYPHENATED).
_LOOSE_SAFE = lazyre.compile(r"(?:\\[sbw]|[a-z ]|\(\?:|[()|?+*])*")
_HYPHENATED = lazyre.compile(r"\(\?:\[\\w-\]")


def _spaced_finder(conditions, tails: Mapping[str, str]):
    """A finder that matches the spaced text (ASCII text with its non-word characters
    made spaces, :func:`lintnews.matching.folding.word_spaced`) wherever the "ascii" finder matches the text itself,
    and seldom elsewhere; None when a look-ahead has a part it cannot loosen.

    The spaced text has the same characters where the text has word characters, and a
    space for every other one: where the text has a non-word character and a first word
    (its apostrophes now spaces) ending at a word boundary, the spaced text has a space,
    the same word and a boundary. A look-ahead built only from white space, literal
    letters and spaces, word boundaries, word characters, groups and repetitions
    matches the spaced text where it matches the text. A look-ahead that holds holds
    without its end: one with a run of words with hyphens (``(?:[\\w-]+\\s+){0,3}``,
    which hyphens made spaces would lengthen) is read up to the run, and the word is
    then checked by the "ascii" finder wherever white space follows it.

    Its source is kept in the on-disk cache (it comes from the rules' own words)."""
    plain = tuple(sorted(w for w in conditions if w not in tails))
    key = (plain, tuple(sorted(tails.items())))
    source = cache.derived("first-words-spaced", key, lambda: _spaced_source(plain, tails))
    return lazyre.compile(source) if source else None


def _spaced_source(plain: Sequence[str], tails: Mapping[str, str]) -> str:
    """The source of :func:`_spaced_finder` for the *plain* first words and those with
    look-aheads (*tails*); "" when there is none."""
    loose = {}
    for word, tail in tails.items():
        tail = _cut_at_unsafe(_cut_at_hyphenated(tail))
        if _LOOSE_SAFE.fullmatch(tail) is None:
            return ""
        loose[word.replace("'", " ")] = tail
    words = [w.replace("'", " ") for w in plain]
    if not all(_SPACED_WORD.fullmatch(w) for w in list(words) + list(loose)):
        return ""
    return " " + _trie(words, loose)


#: A first word (its apostrophes made spaces) that the spaced text holds as it is.
_SPACED_WORD = lazyre.compile(r"\w[\w ]*\w|\w", re.ASCII)


def _cut_at_hyphenated(tail: str) -> str:
    """*tail* up to its first run of hyphenated words, with the groups it opened closed
    (only when the run stands in no alternation: else *tail* as it is, which
    :data:`_LOOSE_SAFE` then refuses)."""
    m = _HYPHENATED.search(tail)
    if m is None:
        return tail
    head = tail[: m.start()]
    if "|" in head or not _mandatory_after(tail[m.start() :]):
        return tail
    return head + ")" * (head.count("(") - head.count(")"))


def _cut_at_unsafe(tail: str) -> str:
    """*tail* up to its first part that :data:`_LOOSE_SAFE` refuses (a comma, a class,
    an escape other than ``\\s``, ``\\b`` and ``\\w``), with the groups it opened closed:
    what comes before that part is needed by every match, and the spaced text holds it
    wherever the text does. *tail* as it is when the part may be left out or repeated
    (an alternative, a repetition after it) or the cut would split a group's opening."""
    at = _LOOSE_SAFE.match(tail).end()
    if at == len(tail):
        return tail
    head = tail[:at]
    if "|" in head or head.endswith(("(", "(?")) or tail[at] == "{" or not _mandatory_after(_plain_parts(tail[at:])):
        return tail
    return head + ")" * (head.count("(") - head.count(")"))


_ESCAPE_OR_CLASS = lazyre.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]", re.S)


def _plain_parts(rest: str) -> str:
    """*rest* with each escape and character class made one letter, so that
    :func:`_mandatory_after` reads only its groups, alternatives and repetitions."""
    return _ESCAPE_OR_CLASS.sub("x", rest)


def _mandatory_after(rest: str) -> bool:
    """True when the groups open before *rest* are closed in it with no alternative
    and no repetition after them: then what comes before *rest* is needed by every
    match (escaped parentheses are not looked at: :data:`_LOOSE_SAFE` has none)."""
    depth = 0
    for i, ch in enumerate(rest):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0 and rest[i + 1 : i + 2] in ("*", "+", "?", "{"):
                return False
        elif ch == "|" and depth <= 0:
            return False
    return True


def _joined(low: str, sentences) -> Tuple[int, ...]:
    """The indexes of the *sentences* next to a character that can be part of a first
    word (a word character or an apostrophe): there a sentence boundary is no word
    boundary."""
    size = len(low)
    joining = _JOINING
    out: Tuple[int, ...] = ()
    for i, sentence in enumerate(sentences):
        s, e = sentence.start, sentence.end
        if s:
            ch = low[s - 1]
            if ch in joining or (ch > "\x7f" and ch.isalnum()):
                out += (i,)
                continue
        if e < size:
            ch = low[e]
            if ch in joining or (ch > "\x7f" and ch.isalnum()):
                out += (i,)
    return out


# The ASCII characters that can be part of a first word (one set look-up each, where
# str.isalnum and two comparisons cost three times as much; other characters are
# asked isalnum, which ``_`` is not).
_JOINING = frozenset(c for c in map(chr, range(128)) if c.isalnum() or c in "_'")


def sentences_with(
    rule, doc, family: FirstWords, per_region: Callable[[object], Sequence[list]]
) -> Iterator[Tuple[object, list]]:
    """``(sentence, items)`` for the sentences ``rule.sentences(doc)`` yields whose
    items (``per_region(region)[sentence.index]``, found from the first words of
    *family*; an empty sequence for a region with none) are not empty. Only the
    regions where *family* has first words are looked at."""
    quotes = "quote" in rule.scope
    for region in family.regions_with(doc):
        if not rule.applies_to(region):
            continue
        per = per_region(region)
        if not per:
            continue
        for sentence, items in zip(region.sentences, per):
            if items and (quotes or not sentence.quoted):
                yield sentence, items
