"""Which preposition a word governs, counted from web English: "depend on", "consist of".

A translation keeps the source language's preposition after a word whose English one is
fixed: "depends of" (dépendre de), "consists from" (состоять из), "interested for",
"responsible of", "capable to". Rather than list those pairs, the table
``lexicons/governed_prepositions.tsv`` says, for each word that governs a preposition,
how often English puts each preposition after it (counted from the Google Web Trillion
Word Corpus pair counts in the ``wordsegment`` package, Apache-2.0, by
``training/garbled/build_governed_prepositions.py``; read once). :func:`misgoverned`
finds a word of the table followed (an adverb in -ly may stand between) by a
preposition far rarer after it than the one it governs (under :data:`SHARE` of it).

Two frames make the word a governing head: anywhere, a word whose governed pair is most
of its uses (:data:`SELECTION`: "depends", "consists"), and, after a copula, a
predicative adjective or participle (:data:`SELECTION_PREDICATIVE`: "is responsible",
"were satisfied"). A word after a determiner is a noun in the first frame ("the main
focus of") and left alone: nouns take phrases of place and time after them.

Not every rare pair is an error: a preposition may open a phrase of its own. What
follows tells the common ones apart and leaves the pair alone: a number, a time word or
a fixed adverbial ("in part", "for example", "at the moment"), a place or institution
("convicted at the Old Bailey"), "to" before a verb (an infinitive), "for" a duration,
"by" after a participle (the agent of a passive).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, Iterator, Optional, Tuple

from lintnews.analysis.garbled.lemmas import lemma
from lintnews.matching import patterns as lazyre

__all__ = ["Misgoverned", "entry", "heads", "misgoverned", "table", "TABLE_PATH"]

TABLE_PATH = Path(__file__).resolve().parent / "lexicons" / "governed_prepositions.tsv"

#: The prepositions the table speaks about (the build script's list).
PREPOSITIONS = frozenset("of from to for on in at with by about into upon".split())

# A lower-case word, an optional adverb in -ly, a preposition, and the word after it,
# the word not right after a token character.
_PAIR_SOURCE = (
    r"([A-Za-z][a-z]+)\s+(?:([a-z]+ly)\s+)?"
    r"(of|from|to|for|on|in|at|with|by|about|into|upon)\b"
    r"\s+([\w'’-]+)"
)
_PAIR = lazyre.compile(r"(?<![\w'’-])" + _PAIR_SOURCE)
# The same after the character before the word, which it reads first: the engine skips in
# C over the word characters to each other character, instead of trying the expression
# at every one (a match at the start of the search is the other expression's).
_PAIR_AFTER = lazyre.compile(r"[^\w'’-]" + _PAIR_SOURCE)


def _pairs(text: str, start: int, end: int) -> Iterator["re.Match"]:
    """The matches of ``_PAIR.finditer(text, start, end)``, in order (their groups)."""
    first = _PAIR.match(text, start, end)
    if first is not None:
        yield first
        start = first.end()  # a character that is no token character
    yield from _PAIR_AFTER.finditer(text, start, end)

# A preposition as the next word: a phrasal verb or a compound preposition.
_ALSO_NEXT = frozenset("over against among between during after before within without across around".split())

# Words in -ly that are not adverbs of manner standing between a word and its preposition.
_NOT_ADVERBS = frozenset("early only family daily weekly monthly yearly likely rally ally italy july supply apply reply fly".split())

# The word after the preposition that makes the pair an adverbial of its own: time,
# number, place and fixed phrases ("depends in part on", "satisfied at last").
_ADVERBIAL_NEXT = frozenset(
    """part particular general fact turn addition order example instance short brief total
    all any case which whom what this that these those itself themselves himself herself least last first once time times years year months month
    weeks week days day hours hour decades decade minutes ages recent future past present
    now then today tomorrow yesterday tonight morning afternoon evening night weekend
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december spring summer autumn winter
    advance principle practice theory public private person writing response return
    effect place line full vain person front view terms light spite favour favor behalf
    order charge common contrast comparison particular earnest so doing time how whether why
    where when who free moment same start outset latest earliest whole many some every one
    no both either neither each reference regard respect""".split()
)
# Numbers in words: a change or a time after "to", "by", "for", "at", "in", "on" ("was
# widened to four lanes"), an argument after the others ("consisted from nine women").
_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million dozen half""".split()
)


class Misgoverned:
    """One word followed by a preposition it does not govern."""

    __slots__ = ("start", "end", "word", "preposition", "governed")

    def __init__(self, start: int, end: int, word: str, preposition: str, governed: str) -> None:
        self.start = start
        self.end = end
        self.word = word
        self.preposition = preposition
        self.governed = governed


#: A pair missing from the corpus's list was seen fewer times than this (in thousands).
FLOOR = 100
#: Anywhere in a sentence, a word counts as governing when its governed pair is at least
#: this share of the word's count ("depends on": 0.61, "consists of": 0.88) ...
SELECTION = 0.6
#: ... after a copula ("is", "was", "remains" ...) with at most two adverbs between, the
#: frame of a predicative adjective or a passive, a lower share is enough ("satisfied
#: with": 0.28, "proud of/to": 0.54).
SELECTION_PREDICATIVE = 0.2
#: A past participle after a copula is a passive as often as an adjective, and a passive
#: takes phrases of time and place: it needs a higher share ("composed of": 0.53).
SELECTION_PASSIVE = 0.25
#: A preposition is rare after the word when its pair is less than this share of the
#: governed pair (a pair the list lacks: when FLOOR is less than that share).
SHARE = 0.015
#: A pair the list lacks (seen fewer than FLOOR times) counts as rare once the governed
#: pair is seen this often (thousands): at most a tenth of it, and in the two frames a
#: governed word's other prepositions are much rarer than that.
UNSEEN = 1000

#: A word whose most frequent preposition is "to" mostly takes an infinitive ("decided
#: to", "going to", "attempt to"), one whose most frequent is "by" is a passive
#: ("surrounded by", "funded by"): a preposition after either opens a phrase of its own.
NO_HEAD_GOVERNING = frozenset(["to", "by"])
#: The prepositions reported (the expression's list): the ones a governing word selects;
#: "over", "against", "among", "during" ... open phrases of their own after almost any
#: word (reporting them after a word whose pair is next to unseen, "the capital till
#: France", found 1% of DEMETR's function-word errors and fired on news copy).

_COPULA = frozenset(
    """is are was were be been being am remain remains remained remaining seem seems seemed
    become becomes became feel feels felt get gets got getting isn't aren't wasn't weren't""".split()
)
_ADVERB = frozenset(
    """not very so too more less most also still now fully solely entirely largely partly
    highly particularly equally directly jointly deeply extremely increasingly already quite
    rather really always never often no longer just only even""".split()
)


@functools.lru_cache(maxsize=1)
def table() -> Dict[str, str]:
    """``{word: its row as written}`` from ``lexicons/governed_prepositions.tsv`` (read once
    per installation: kept in the cache, keyed on the file's contents). A row is read into
    numbers only when its word is met (:func:`entry`): the table stays one string a word."""
    from lintnews import cache

    return cache.cached("governed-prepositions-rows", _read_table, cache.file_digest(TABLE_PATH, installed=True))


def _read_table() -> Dict[str, str]:
    words: Dict[str, str] = {}
    with open(TABLE_PATH, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            word, _, row = line.rstrip("\n").partition("\t")
            words[word] = row
    return words


@functools.lru_cache(maxsize=1)
def heads() -> FrozenSet[str]:
    """The words of the table that :func:`misgoverned` may report: a governed pair of at
    least the lowest share either frame asks of the word's count, its governed preposition
    neither "to" nor "by". A text none of whose words is one has no misgoverned word
    (kept in the cache with the table)."""
    from lintnews import cache

    return cache.cached("governed-prepositions-heads", _heads, cache.file_digest(TABLE_PATH, installed=True))


def _heads() -> FrozenSet[str]:
    lowest = min(SELECTION, SELECTION_PREDICATIVE, SELECTION_PASSIVE)
    out = set()
    for word, row in table().items():
        total, governed, top, _ = entry.__wrapped__(row)  # (not kept: a run meets a few rows)
        if governed not in NO_HEAD_GOVERNING and top >= lowest * total:
            out.add(word)
    return frozenset(out)


@functools.lru_cache(maxsize=512)
def entry(row: str) -> Tuple[int, str, int, Dict[str, int]]:
    """``(count, governed preposition, its count, {preposition: count})`` of one table row,
    counts in thousands."""
    total, _, pairs = row.partition("\t")
    after = {}
    for pair in pairs.split():
        p, _, count = pair.partition(":")
        after[p] = int(count)
    governed = max(after, key=after.__getitem__)
    return int(total), governed, after[governed], after


def _predicative(text: str, at: int) -> bool:
    """Whether the word starting at ``text[at]`` follows a copula, with at most two of
    :data:`_ADVERB` between ("is responsible", "was not fully satisfied")."""
    before = text[max(0, at - 60) : at].split()
    for k in range(1, 4):
        if len(before) < k:
            return False
        word = before[-k].lower()
        if word in _COPULA:
            return True
        if word not in _ADVERB and not word.endswith("ly"):
            return False
    return False


_DETERMINER = frozenset(
    """the a an this that these those its their his her our my your each every any some no
    other another such what which whose one two three four few many several of in on at for
    by to from with main key major chief new only own first last top various""".split()
)


_PLACE = frozenset("at in on from".split())
# A word whose preposition is "of" is most often a noun ("a portion of", "the lack of"),
# which takes phrases of its own after it; these verbs are the exceptions.
_OF_VERBS = frozenset(
    """consist dispose approve accuse convict deprive rid remind warn inform boast think
    dream despair tire beware smell taste""".split()
)
_EXTENT = frozenset("to by for at in on".split())


def _word_after(text: str, at: int) -> str:
    """The lower-cased word after ``text[at:]``'s spaces."""
    rest = text[at : at + 30].split(None, 1)
    return rest[0].lower().strip(".,;:!?\"'”’)") if rest else ""


def _capitalised_after(text: str, at: int) -> bool:
    """Whether the word after ``text[at:]``'s spaces is capitalised."""
    rest = text[at : at + 40].lstrip()
    return bool(rest) and rest[0].isupper()


def _after_determiner(text: str, at: int) -> bool:
    """Whether the word starting at ``text[at]`` follows a determiner, a possessive, a
    number or a preposition: a noun ("the lack in", "their chances after"), which takes
    phrases of place and time after it that a verb's governed preposition does not."""
    before = text[max(0, at - 20) : at].split()
    if not before:
        return False
    word = before[-1].lower()
    return word in _DETERMINER or word[0].isdigit() or word.endswith(("'s", "’s"))


#: A run of white space and word characters: where a pair may stand, between two marks
#: of punctuation (read on the reversed text, the run before a place).
_STRETCH = lazyre.compile(r"[\s\w'’-]*")


def _stretches(text: str, near: Iterable[int], start: int, end: int) -> Iterator[Tuple[int, int]]:
    """The runs of white space and word characters of ``text[start:end]`` that hold a
    place of *near*, in order, each once."""
    reverse = text[::-1]
    size = len(text)
    done = start
    for at in sorted(near):
        if at < done or at >= end:
            continue
        lo = max(start, size - _STRETCH.match(reverse, size - at).end())
        done = min(end, _STRETCH.match(text, at).end())
        yield lo, done


def misgoverned(
    text: str, start: int = 0, end: Optional[int] = None, *, near: Optional[Iterable[int]] = None
) -> Iterator[Misgoverned]:
    """The words of ``text[start:end]`` followed by a preposition they do not govern.

    With *near*, the places where a word of :func:`heads` starts in the text (every such
    place), only the runs of white space and word characters that hold one are read:
    a pair never spans a mark of punctuation, its word is one of those, and the pairs of
    a run are the same read alone as read from the start of the text."""
    end = len(text) if end is None else end
    if near is not None:
        for lo, hi in _stretches(text, near, start, end):
            yield from misgoverned(text, lo, hi)
        return
    words = table()
    for m in _pairs(text, start, end):
        if m.group(2) in _NOT_ADVERBS:
            continue  # "possession early on": not an adverb of the word before
        word = m.group(1)
        if not word.islower():
            if not word[1:].islower():
                continue
            word = word.lower()
        row = words.get(word)
        if row is None:
            continue
        total, governed, top, after = entry(row)
        preposition = m.group(3)
        seen = after.get(preposition, 0)
        if seen >= SHARE * top:
            continue
        written = m.group(4)
        nxt = written.lower()
        if nxt in _ADVERBIAL_NEXT or nxt[0].isdigit() or nxt in PREPOSITIONS or nxt in _ALSO_NEXT:
            continue
        if nxt in _NUMBER_WORDS and preposition in _EXTENT:
            continue
        if nxt in ("the", "a", "an", "this", "that") and _word_after(text, m.end(4)) in _ADVERBIAL_NEXT:
            continue  # "suitable at the moment", "affected for a time"
        if preposition == "to" and nxt not in _DETERMINER and not nxt.endswith("ing"):
            continue  # an infinitive: "refined to be", "easy to use"
        if preposition == "in" and nxt.endswith("ing") and lemma(word) == "consist":
            continue  # "the job consisted in sorting mail": what a thing lies in
        if preposition == "for" and nxt in ("a", "an"):
            continue  # a duration: "affected for an hour"
        if preposition in _PLACE and (written[0].isupper() or (nxt == "the" and _capitalised_after(text, m.end(4)))):
            continue  # a place or an institution: "convicted at the Old Bailey"
        if governed in NO_HEAD_GOVERNING:
            continue
        if preposition == "by" and word.endswith("ed"):
            continue  # the agent of a passive: "worried by", "surrounded by"
        if not seen and top < UNSEEN:
            continue  # too few counts to call an unseen pair rare
        predicative = _predicative(text, m.start(1))
        if predicative and word.endswith("ing"):
            continue  # a progressive verb, which takes any adverbial: "is appearing with"
        if (
            top >= SELECTION * total
            and not _after_determiner(text, m.start(1))
            and (governed != "of" or lemma(word) in _OF_VERBS)
        ):
            pass  # a word whose governed pair is most of its uses, anywhere
        elif predicative and top >= (SELECTION_PASSIVE if word.endswith("ed") else SELECTION_PREDICATIVE) * total:
            pass  # a predicative adjective or participle
        else:
            continue
        yield Misgoverned(m.start(1), m.end(3), word, preposition, governed)
