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
  says); ``@num`` a number (figures or words), ``@pct`` a percentage, ``@year`` a year, ``@dayn`` a day of the month, ``@ing`` a word ending in -ing,
  ``@Name`` a capitalised word, ``@any`` any word; alternatives mix (``at|to|@place``);
- a slot ending in ``?`` is optional; one starting with ``!`` is a test only (the next
  token is none of these);
- ``...`` is up to four words (no punctuation) and ``~`` up to thirty tokens of any kind:
  the gap tolerance for determiners, adjectives and clauses in between;
- ``^`` and ``$`` are the start and end of the sentence (closing punctuation aside);
- ``[`` and ``]`` mark the span to report (default: the whole match).

``with`` (the sentence must hold one of these words) and ``without`` (it must hold
none) give the wider context; ``fine`` patterns that overlap a match clear it. Patterns
are compiled once into regular expressions over a sentence's tokens joined by single
spaces; a sentence is tokenised only when a region holds one of the lexicon's *trigger*
words (for each pattern, its rarest required word), found by one trie expression over the
lower-cased region, so the cost grows with the draft, not with the lexicon.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterator, List, Optional, Sequence, Tuple

from lintnews.analysis.garbled.lemmas import forms
from lintnews.analysis.garbled.lexicon_patterns import (
    BUILTIN_TESTS,
    NUMBER_TOKEN,
    LexiconError,
    PatternCompiler,
    escape,
    word_set,
)
from lintnews import cache
from lintnews.matching import patterns as lazyre
from lintnews.matching.tries import trie_regex
from lintnews.text.document import Region, Sentence

__all__ = ["Entry", "Lexicon", "LexiconError", "Hit", "load", "LEXICON_DIR", "tokenise"]

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:%|(?:[-'’]\w+)+)?|\w+(?:['’-]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a wrong use, where it shows, and the English to use instead."""

    id: str
    lexicon: str
    lang: Tuple[str, ...]
    source: str
    means: str
    instead: str
    wrong: Tuple[Any, ...]
    fine: Tuple[Any, ...] = ()
    with_words: FrozenSet[str] = frozenset()
    without_words: FrozenSet[str] = frozenset()
    note: str = ""
    examples: Dict[str, Tuple[str, ...]] = field(default_factory=dict)
    #: For each wrong pattern, word sets one word of each the sentence must hold: a cheap
    #: test before the pattern's expression runs.
    requires: Tuple[Tuple[FrozenSet[str], ...], ...] = ()

    def describe_source(self) -> str:
        """"French 'assister à'"-style wording of the source, for messages."""
        return self.source


@dataclass(frozen=True)
class Hit:
    """A match of an entry in a sentence: region offsets of the reported span."""

    entry: Entry
    sentence: Sentence
    start: int
    end: int


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

    #: True for the lexicons shipped with lintnews, which share one trigger scan.
    shared = False

    def hits(self, region: Region, *, quotes: bool = False) -> Iterator[Hit]:
        """The entries' matches in *region*, sentence by sentence; none in quotations
        unless *quotes*."""
        if self.shared and not quotes:
            # The built-in lexicons: the four rules share one pass over the region, whose
            # token lines are dropped once it is done; only the hits are kept.
            return iter(_memo(region, "garbled.hits", _builtin_hits)[self.name])
        if self._own_index is None:
            self._own_index = _TriggerIndex([self])
        by_sentence = self._own_index.scan(region)[0]
        return iter(self.sentence_hits(region, by_sentence, quotes, {}))

    def sentence_hits(
        self, region: Region, by_sentence: Dict[int, set], quotes: bool, lines: Dict[int, "TokenLine"]
    ) -> List[Hit]:
        """The hits of the patterns *by_sentence* names (sentence index -> {(entry,
        pattern)}); *lines* keeps the token lines made, for other lexicons to reuse."""
        out: List[Hit] = []
        sentences = region.sentences
        for k in sorted(by_sentence):
            sentence = sentences[k]
            if sentence.quoted and not quotes:
                continue
            line = lines.get(k)
            if line is None:
                line = lines[k] = TokenLine(region.text, sentence.start, sentence.end)
            words = line.words
            for entry_no, pattern_no in sorted(by_sentence[k]):
                entry = self.entries[entry_no]
                if entry.requires and not all(r & words for r in entry.requires[pattern_no]):
                    continue  # a word the pattern needs is not in the sentence
                hit = _match(entry, entry.wrong[pattern_no], line, sentence, quotes)
                if hit is not None:
                    out.append(hit)
        return out


# A number is whole when no word character, point or comma stands before it and no
# letter after it.
_NUMBER_EDGE = re.compile(r"[\w.,]")
_NUMBER_AFTER = re.compile(r"[^\W\d]")


class _TriggerIndex:
    """Finds, in a region, the patterns of one or more lexicons that its sentences may
    match: the word triggers by one trie-shaped expression (its first characters let the
    engine skip ahead in C), the built-in classes by one expression of digits."""

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        # key -> [(lexicon number, [(entry, pattern)])]
        self.words: Dict[str, List[Tuple[int, List[Tuple[int, int]]]]] = {}
        # built-in class -> [(lexicon number, key, words one of which must come before)]
        self.builtins: Dict[str, List[Tuple[int, str, Optional[FrozenSet[str]]]]] = {}
        self.size = len(lexicons)
        for n, lexicon in enumerate(lexicons):
            for key, ids in lexicon._triggers.items():
                if key.startswith("@"):
                    name, before = lexicon._pairs.get(key[1:], (key[1:], None))
                    self.builtins.setdefault(name, []).append((n, key, before))
                else:
                    self.words.setdefault(key, []).append((n, ids))
        words = sorted(w for w in self.words if w != "%")
        # Words that a built-in class must follow ("on" before a year): found with the
        # number after them, in the same scan.
        self.before_number: Dict[str, List[Tuple[str, int, str]]] = {}
        for name, uses in self.builtins.items():
            for n, key, before in uses:
                for word in before or ():
                    self.before_number.setdefault(word, []).append((name, n, key))
        # A trigger after the character before it (the text is scanned with a space put
        # in front): the engine skips in C to the characters that can end a word.
        parts = []
        if words:
            parts.append("(?:" + trie_regex(words, space=r"\s+") + r")(?![\w'’-])")
        if self.before_number:
            parts.append("(?P<num>" + trie_regex(sorted(self.before_number)) + r")\s+(?=\d)")
        self._word_finder = lazyre.compile(r"[^\w'’-](?:" + "|".join(parts) + ")") if parts else None
        self._percent = self.words.get("%", ())
        # Built-in classes found alone (not after a word): numbers are classed one by one.
        self._tests = [
            (BUILTIN_TESTS[b], [(n, key) for n, key, before in uses if before is None])
            for b, uses in sorted(self.builtins.items())
        ]
        self._tests = [(test, uses) for test, uses in self._tests if uses]
        self._tables = [lexicon._triggers for lexicon in lexicons]

    def scan(self, region: Region) -> List[Dict[int, set]]:
        """For each lexicon, ``{sentence index: {(entry, pattern)}}``."""
        out: List[Dict[int, set]] = [{} for _ in range(self.size)]
        low = _fold(region)  # made once per region: the built-in lexicons scan together
        places: List[Tuple[int, int, int, List[Tuple[int, int]]]] = []  # start, end, lexicon, ids
        if self._word_finder is not None:
            search = self._word_finder.search
            words = self.words
            padded = " " + low  # padded[i + 1] is low[i]: a match's start is its word's
            m = search(padded)
            while m is not None:
                start, end = m.start(), m.end() - 1  # the word's span in *low*
                if m.lastgroup == "num":  # a word a number must follow: class the number
                    number = NUMBER_TOKEN.match(low, end)
                    if number is not None and not _NUMBER_AFTER.match(low, number.end()):
                        token = number.group()
                        for name, n, key in self.before_number[m.group("num")]:
                            if BUILTIN_TESTS[name](token):
                                places.append((start, number.end(), n, self._tables[n][key]))
                    m = search(padded, start + len(m.group("num")) + 1)
                    continue
                key = m.group()[1:]
                if " " in key or "\n" in key or "\t" in key:
                    parts = key.split()
                    key = " ".join(parts)
                    for n, ids in words.get(parts[0], ()):  # its first word may be a key too
                        places.append((start, start + len(parts[0]), n, ids))
                    following = start + len(parts[0]) + 1  # a key may start inside this one
                else:
                    following = m.end()
                for n, ids in words[key]:
                    places.append((start, end, n, ids))
                m = search(padded, following)
        if self._percent and "%" in low:
            at = low.find("%")
            while at >= 0:
                for n, ids in self._percent:
                    places.append((at, at + 1, n, ids))
                at = low.find("%", at + 1)
        if self._tests:
            for m in NUMBER_TOKEN.finditer(low):
                start, end = m.span()
                if (start and _NUMBER_EDGE.match(low, start - 1)) or _NUMBER_AFTER.match(low, end):
                    continue  # part of a longer token ("a4", "3,5%" is still a number)
                token = m.group()
                for test, uses in self._tests:
                    if not test(token):
                        continue
                    for n, key in uses:
                        places.append((start, end, n, self._tables[n][key]))
        if not places:
            return out
        sentences = region.sentences
        starts = [sentence.start for sentence in sentences]
        for start, end, n, ids in places:
            k = bisect.bisect_right(starts, start) - 1
            if k >= 0 and end <= sentences[k].end:
                out[n].setdefault(k, set()).update(ids)
        return out


BUILTIN_LEXICONS = ("false_friends", "constructions", "eggcorns", "mt_grammar")


@functools.lru_cache(maxsize=1)
def _builtin_index() -> _TriggerIndex:
    """One trigger index for every built-in lexicon."""
    return _TriggerIndex([load(name) for name in BUILTIN_LEXICONS])


def _builtin_hits(region: Region) -> Dict[str, List[Hit]]:
    """The hits of every built-in lexicon in *region* (outside quotations)."""
    lines: Dict[int, TokenLine] = {}  # shared by the lexicons, dropped afterwards
    hits = {
        name: load(name).sentence_hits(region, by_sentence, False, lines)
        for name, by_sentence in zip(BUILTIN_LEXICONS, _builtin_index().scan(region))
    }
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
    """The region's text lower-cased with its length kept, apostrophes straight."""
    text = region.text
    if text.isascii():
        return text.lower()
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
        self.line = (" " + " ".join(_TOKEN.findall(text, start, end)) + " ").replace("’", "'")
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
    if entry.with_words and not (entry.with_words & line.words):
        return None
    if entry.without_words and entry.without_words & line.words:
        return None
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
    "id lang source means instead wrong fine with without note case examples trigger".split()
)


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
    compiler = PatternCompiler(classes)
    compiler.class_words = class_words
    compiler.pairs = {}
    entries: List[Entry] = []
    triggers: Dict[str, List[Tuple[int, int]]] = {}
    seen = set()
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

        wrong, fine, requires = [], [], []
        for n, pattern in enumerate(raw["wrong"]):
            rx, words = compiled(pattern)
            # the two smallest word sets are enough to rule most sentences out
            requires.append(tuple(sorted(compiler.required, key=len)[:2]))
            if raw.get("trigger"):
                words = [str(w).lower() for w in raw["trigger"]]
            wrong.append(rx)
            for w in words:
                triggers.setdefault(w, []).append((len(entries), n))
        for pattern in raw.get("fine") or ():
            fine.append(compiled(pattern)[0])
        lang = raw.get("lang") or []
        examples = raw.get("examples") or {}
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
                note=str(raw.get("note", "")),
                examples={k: tuple(v) for k, v in examples.items()},
                requires=tuple(requires),
            )
        )
    return Lexicon(name, entries, triggers, compiler.pairs)


@functools.lru_cache(maxsize=None)
def load(name: str) -> Lexicon:
    """The lexicon ``lexicons/<name>.yaml``, compiled once per process (the parsed YAML
    comes from the pack cache while the files are unchanged)."""
    from lintnews.analysis.garbled import lemmas

    path = LEXICON_DIR / f"{name}.yaml"
    classes_path = LEXICON_DIR / "classes.yaml"

    def compiled() -> Lexicon:
        raw = _read(path) or []
        classes = _read(classes_path) or {}
        lexicon = build(name, list(raw), dict(classes), path.name)
        lexicon.shared = name in BUILTIN_LEXICONS
        lemmas.verb_forms.cache_clear()  # the inflections are in the patterns now
        lemmas.noun_forms.cache_clear()
        return lexicon

    # The compiled lexicon comes from the installed files alone (the lexicons and the code
    # that compiles them are lintnews's own, so they are part of every cache key).
    return cache.cached("garbled-lexicon", compiled, name)


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
