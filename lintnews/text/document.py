"""The source text once, parsed once: prose regions with offset maps, sentences, quotes.

A :class:`Document` is built from Markdown (markdown-it-py, CommonMark + tables) or
plain text. Its prose is a list of :class:`Region` objects (headings, paragraphs, list
items, table cells; each knows whether it sits in a blockquote). Inline markup is
dropped from a region's ``text`` but every character keeps its source offset through an
:class:`OffsetMap`, so a finding in plain text reports the exact source line and column.
Code, raw HTML, HTML comments, link destinations and front matter are never prose.

What rules share is computed once and kept with the object it belongs to, so it dies
with the document:

- a region's text in the forms the quick scans read (``folded``, ``spaced``,
  ``folded_spaced``, ``fold_safe``; see :mod:`lintnews.matching.folding`), its
  sentences and its word tokens (``tokens``, :mod:`lintnews.text.tokens`);
- anything else an analysis wants to share, by name: ``doc.memo(name, build)``,
  ``region.memo(name, build)`` and ``sentence.memo(name, build)`` (markdownlint's
  ``getCached``).
"""

from __future__ import annotations

import bisect
from itertools import accumulate
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Callable, Dict, Hashable, List, Optional, Sequence, Tuple, TypeVar, Union

from lintnews.records import FrozenRecord
from lintnews.matching import patterns as lazyre
from lintnews.matching import folding
from lintnews.text.sentences import find_quotes, split_sentences

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__

if TYPE_CHECKING:
    from lintnews.text.tokens import Token

T = TypeVar("T")

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
TEXT_SUFFIXES = (".txt", ".text")

# markdown-it-py normalises these to "\n"; line numbers must agree with its block maps.
_NEWLINE = lazyre.compile(r"\r\n?|\n")
_BARE_URL = lazyre.compile(r"https?://[^\s<>\"'“”‘’)\]]+")


class cached_property:  # noqa: N801 - a drop-in for functools.cached_property
    """:func:`functools.cached_property` without the lock Python 3.10 and 3.11 take on
    every first access (documents are never shared between threads while they are
    analysed). The value is stored in the instance ``__dict__``, which shadows this
    descriptor from then on."""

    def __init__(self, func: Any) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, cls: Optional[type] = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


_MISSING = object()


class Memo:
    """Named values computed once per object: :meth:`memo`. A base of
    :class:`Document`, :class:`Region` and :class:`Sentence`."""

    __slots__ = ()
    #: The memos, made at the first memo() (most sentences never need one); regions and
    #: sentences keep them in a slot.
    _memos: Optional[Dict[Hashable, Any]] = None

    def memo(self, name: Hashable, build: Callable[[Any], T]) -> T:
        """The value called *name* for this object: ``build(self)`` the first time it
        is asked for, the same value after that.

        The value is kept on the object, so it lives exactly as long as the document
        does: nothing is global and nothing outlives the lint call. Name a value after
        its family and what it is (``"claims.hits"``); a value that depends on more
        than the object takes the rest into its name (``("voice.attributions",
        lexicon)``)::

            hits = doc.memo("claims.hits", find_claim_hits)   # find_claim_hits(doc)
        """
        memos = self._memos
        if memos is None:
            memos = self._memos = {}
        else:
            value = memos.get(name, _MISSING)
            if value is not _MISSING:
                return value
        value = memos[name] = build(self)
        return value

    def memoized(self, name: Hashable) -> Any:
        """The value :meth:`memo` keeps under *name*, or ``None`` when it has not been
        built: for an analysis that can use a wider one already made (a region's scan)
        but should not build it for one sentence."""
        memos = self._memos
        return None if memos is None else memos.get(name)


class OffsetMap:
    """Maps offsets in a region's plain text to offsets in the document source.

    Stored as runs of contiguous characters, so prose without markup costs one entry:
    while there is one run (most regions), ``_src`` is its source offset; from the
    second, ``_plain`` and ``_src`` are the lists of the runs' starts.
    """

    __slots__ = ("_plain", "_src", "_len")

    def __init__(self) -> None:
        self._plain: Optional[List[int]] = None
        self._src: Union[None, int, List[int]] = None
        self._len = 0

    def add(self, src_offset: int, length: int) -> None:
        """Append *length* plain characters that start at *src_offset* in the source."""
        if length <= 0:
            return
        src, plain = self._src, self._plain
        if src is None:  # the first run
            self._src = src_offset
        elif plain is None:  # one run so far
            if src + self._len != src_offset:
                self._plain = [0, self._len]
                self._src = [src, src_offset]
        elif src[-1] + (self._len - plain[-1]) != src_offset:  # type: ignore[index]
            plain.append(self._len)
            src.append(src_offset)  # type: ignore[union-attr]
        self._len += length  # a new run, or the previous one continued

    def __len__(self) -> int:
        return self._len

    def to_source(self, i: int) -> int:
        """Source offset of plain character *i* (clamped to the mapped range)."""
        src = self._src
        if src is None:
            return 0
        i = min(max(i, 0), self._len - 1)
        plain = self._plain
        if plain is None:
            return src + i  # type: ignore[operator]
        k = bisect.bisect_right(plain, i) - 1
        return src[k] + (i - plain[k])  # type: ignore[index]

    def span_to_source(self, start: int, end: int) -> Tuple[int, int]:
        """Half-open plain span -> half-open source span."""
        s = self.to_source(start)
        if end <= start:
            return s, s
        return s, self.to_source(end - 1) + 1

    @classmethod
    def identity(cls, base: int, length: int) -> "OffsetMap":
        m = cls()
        m.add(base, length)
        return m


class Link(FrozenRecord):
    """A link inside a region: plain-text span of its label and its destination."""

    start: int
    end: int
    href: str

    __slots__ = ("start", "end", "href")

    def __init__(self, start: int, end: int, href: str) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "href", href)


class Sentence(Memo):
    """A sentence of a region; ``start``/``end`` are offsets in ``region.text``."""

    region: 'Region'
    start: int
    end: int
    index: int

    # the fields and the memos; the values built on first use (cached_property) are kept
    # in the instance dictionary, which then answers every later read without a call
    __slots__ = ("region", "start", "end", "index", "_memos", "__dict__")

    def __init__(self, region: 'Region', start: int, end: int, index: int) -> None:
        self.region = region
        self.start = start
        self.end = end
        self.index = index
        self._memos = None

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"region={self.region!r}, "
            f"start={self.start!r}, "
            f"end={self.end!r}, "
            f"index={self.index!r})"
        )

    @cached_property
    def text(self) -> str:
        """The sentence's part of its region's text (made once: rules read it often)."""
        return self.region.text[self.start : self.end]

    @cached_property
    def quoted(self) -> bool:
        """True when the whole sentence is a direct quotation or sits in a blockquote."""
        region = self.region
        if region.blockquote:
            return True
        start, end = self.start, self.end
        for qs, qe in region.quotes:
            if qs <= start and end <= qe:
                return True
        return False

    @cached_property
    def links(self) -> List[Link]:
        """Links whose label lies in this sentence."""
        links = self.region.links
        if not links:
            return []
        return [link for link in links if link.start < self.end and link.end > self.start]

    @cached_property
    def quote_spans(self) -> List[Tuple[int, int]]:
        """Quotation spans (region offsets) that overlap this sentence."""
        quotes = self.region.quotes
        if not quotes:
            return []
        start, end = self.start, self.end
        bounds = self.region.memo("text.quote-bounds", _quote_bounds)
        if bounds is None:  # quotations that overlap: look at each
            return [(s, e) for s, e in quotes if s < end and e > start]
        # quotations one after another: those that overlap the sentence are a run of them
        starts, ends = bounds
        return quotes[bisect.bisect_right(ends, start) : bisect.bisect_left(starts, end)]

    @cached_property
    def tokens(self) -> List["Token"]:
        """The word tokens of this sentence (:mod:`lintnews.text.tokens`): those of its
        region that lie in it."""
        from lintnews.text.tokens import tokens_between

        return tokens_between(self.region.tokens, self.start, self.end)

    @property
    def words(self) -> List[Tuple[int, int, str]]:
        """Word tokens as ``(start, end, text)`` in region offsets (:attr:`tokens`
        gives more)."""
        return [(t.start, t.end, t.text) for t in self.tokens]

    @property
    def folded(self) -> str:
        """The sentence's part of its region's :attr:`Region.folded` text."""
        return self.region.folded[self.start : self.end]

    def in_quote(self, start: int, end: int) -> bool:
        """True when the region span ``[start, end)`` lies inside a quotation."""
        return self.region.in_quote(start, end)


def _quote_bounds(region: "Region") -> Optional[Tuple[List[int], List[int]]]:
    """The starts and ends of a region's quotations when they follow one another (each
    ends before the next starts), else None."""
    quotes = region.quotes
    for (_, e), (s, _) in zip(quotes, quotes[1:]):
        if s < e:
            return None
    return [s for s, _ in quotes], [e for _, e in quotes]


class Region(Memo):
    """A block of prose: a heading, paragraph, list item or table cell.

    ``kind`` is one of ``heading``, ``paragraph``, ``list-item``, ``table-cell``;
    ``level`` is the heading level (1-6) or 0; ``blockquote`` is true inside ``>``.

    Its text in other forms, each computed once: :attr:`folded` (lower case, straight
    apostrophes, same offsets), :attr:`fold_safe`, :attr:`spaced`,
    :attr:`folded_spaced`; its :attr:`sentences` and word :attr:`tokens`.
    """

    kind: str
    text: str
    offsets: OffsetMap
    level: int
    blockquote: bool
    links: List[Link]
    index: int

    # the fields and the memos; the values built on first use (cached_property) are kept
    # in the instance dictionary, which then answers every later read without a call
    __slots__ = ("kind", "text", "offsets", "level", "blockquote", "links", "index", "_memos", "__dict__")

    def __init__(
        self,
        kind: str,
        text: str,
        offsets: OffsetMap,
        level: int = 0,
        blockquote: bool = False,
        links: Optional[List[Link]] = None,
        index: int = 0,
    ) -> None:
        self.kind = kind
        self.text = text
        self.offsets = offsets
        self.level = level
        self.blockquote = blockquote
        self.links = [] if links is None else links
        self.index = index
        self._memos = None

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"kind={self.kind!r}, "
            f"text={self.text!r}, "
            f"offsets={self.offsets!r}, "
            f"level={self.level!r}, "
            f"blockquote={self.blockquote!r}, "
            f"links={self.links!r}, "
            f"index={self.index!r})"
        )

    @cached_property
    def quotes(self) -> List[Tuple[int, int]]:
        """Spans of direct quotations in ``text`` (quote marks included)."""
        return find_quotes(self.text)

    @cached_property
    def sentences(self) -> List[Sentence]:
        """The region's sentences, split once and cached."""
        if self.kind in ("heading", "table-cell"):
            spans = [(s, e) for s, e in [_trim(self.text, 0, len(self.text))] if s < e]
        else:
            spans = split_sentences(self.text)
        return [Sentence(self, s, e, i) for i, (s, e) in enumerate(spans)]

    @cached_property
    def sentence_starts(self) -> List[int]:
        """The start of each sentence, in order (for :func:`bisect.bisect_right`)."""
        return [s.start for s in self.sentences]

    @cached_property
    def tokens(self) -> List["Token"]:
        """The region's word tokens, in order (:mod:`lintnews.text.tokens`)."""
        from lintnews.text.tokens import tokenize

        return tokenize(self)

    # -- the text cache: the forms of ``text`` the quick scans read -------------------

    @cached_property
    def folded(self) -> str:
        """``text`` lower-cased with straight apostrophes, every offset kept
        (:func:`lintnews.matching.folding.fold`)."""
        return folding.fold(self.text)

    @cached_property
    def fold_safe(self) -> bool:
        """True when a case-insensitive ASCII pattern matches ``text`` only where
        :attr:`folded` holds its lower case (no "ı" or "ſ":
        :func:`lintnews.matching.folding.fold_safe`)."""
        return folding.fold_safe(self.text)

    @cached_property
    def spaced(self) -> Optional[str]:
        """``text`` with every ASCII character that cannot be part of a word token made
        a space, or None when ``text`` is not ASCII
        (:func:`lintnews.matching.folding.spaced`)."""
        return folding.spaced(self.text)

    @cached_property
    def folded_spaced(self) -> Optional[str]:
        """:attr:`folded`, spaced the same way (None when not ASCII)."""
        return folding.spaced(self.folded)

    def in_quote(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` is in a blockquote or inside quotation marks."""
        if self.blockquote:
            return True
        return any(qs <= start and end <= qe for qs, qe in self.quotes)

    def source_span(self, start: int, end: int) -> Tuple[int, int]:
        """Source offsets of the plain span ``[start, end)``."""
        return self.offsets.span_to_source(start, end)

    @property
    def scope(self) -> str:
        """The scope name of this region (``heading`` for any heading level)."""
        return self.kind


def _trim(text: str, s: int, e: int) -> Tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


class Pragma(FrozenRecord):
    """An HTML comment that starts with ``lintnews-``: ``<!-- lintnews-disable X -->``."""

    directive: str  # e.g. "lintnews-disable-next-line"
    argument: str  # the rest of the comment, stripped
    offset: int  # source offset of "<!--"
    end: int  # source offset just past "-->"

    __slots__ = ("directive", "argument", "offset", "end")

    def __init__(self, directive: str, argument: str, offset: int, end: int) -> None:
        _set(self, "directive", directive)
        _set(self, "argument", argument)
        _set(self, "offset", offset)
        _set(self, "end", end)


_NO_SETTINGS = (
    "a Document carries no settings: set 'context = True' on the rule and read "
    "context.settings, context.options or context.facts_paths in check(self, doc, context)"
)


class Document(Memo):
    """A parsed draft. Build with :func:`parse` (or :func:`parse_markdown`/:func:`parse_text`).

    Values an analysis shares between rules are kept with :meth:`memo`."""

    def __init__(self, path: str, source: str, fmt: str) -> None:
        self.path = path
        self.source = source
        self.format = fmt
        self.regions: List[Region] = []
        self.pragmas: List[Pragma] = []
        self.front_matter_text: Optional[str] = None
        self.front_matter_span: Optional[Tuple[int, int]] = None
        self._line_starts = _line_starts(source)

    @property
    def line_starts(self) -> Sequence[int]:
        return self._line_starts

    @property
    def settings(self) -> Any:
        """Gone: a document carries no configuration (the name stays to say where it went)."""
        raise AttributeError(_NO_SETTINGS)

    facts_paths = settings

    def position(self, offset: int) -> Tuple[int, int]:
        """1-based ``(line, column)`` of a source offset; columns count characters."""
        offset = min(max(offset, 0), len(self.source))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_of(self, offset: int) -> int:
        return self.position(offset)[0]

    @cached_property
    def sentences(self) -> List[Sentence]:
        """Every sentence of every region, in document order."""
        return [s for r in self.regions for s in r.sentences]

    @cached_property
    def front_matter(self) -> Dict[str, Any]:
        """The YAML front matter as a mapping (empty when absent or not a mapping)."""
        if not self.front_matter_text:
            return {}
        from lintnews.text.front_matter import BadValue, load

        try:
            data = load(self.front_matter_text)
        except BadValue as exc:  # a gate must not pass a draft whose dating it misread
            from lintnews.model import LintError

            where = f"{self.path}:{exc.line + 1}" if exc.line else self.path  # after the opening ---
            raise LintError(f"{where}: front matter: {exc}") from None
        except Exception as exc:
            import yaml  # only PyYAML itself raises, so it is loaded by now

            if isinstance(exc, yaml.YAMLError):
                return {}
            raise
        return data if isinstance(data, dict) else {}

    def front_matter_get(self, key: str, default: Any = None) -> Any:
        """``front_matter.get(key, default)``, without parsing the YAML (or importing a
        YAML parser) when the front matter cannot hold *key*: a key is written out in the
        text, unless escaped in a double-quoted string."""
        text = self.front_matter_text
        if not text or (key not in text and "\\" not in text):
            return default
        return self.front_matter.get(key, default)

    @cached_property
    def word_count(self) -> int:
        """The number of word tokens of the prose."""
        return sum(len(r.tokens) for r in self.regions)


def _line_starts(source: str) -> List[int]:
    """Offsets at which the lines of *source* start (after "\r\n", "\r" or "\n")."""
    if "\r" in source:
        return [0] + [m.end() for m in _NEWLINE.finditer(source)]
    # Only "\n": each line starts one past the end of the one before (sums in C).
    starts = list(accumulate(map((1).__add__, map(len, source.split("\n"))), initial=0))
    starts.pop()  # one past the end of the last line, which no line starts at
    return starts


def bare_urls(text: str) -> List[Link]:
    """The web addresses written out in *text* (a region's), as links; a text without
    "://", which each of them holds, is not scanned."""
    if "://" not in text:
        return []
    return [Link(m.start(), m.end(), m.group()) for m in _BARE_URL.finditer(text)]


def detect_format(path: str) -> str:
    """``markdown`` or ``text`` from a file name (Markdown unless it ends in .txt)."""
    suffix = PurePath(path).suffix.lower()
    return "text" if suffix in TEXT_SUFFIXES else "markdown"


def parse(source: str, path: str = "<text>", fmt: Optional[str] = None) -> Document:
    """Parse *source* as Markdown or plain text (chosen from *path* unless *fmt* is given)."""
    fmt = fmt or detect_format(path)
    if fmt == "text":
        return parse_text(source, path)
    from lintnews.text.markdown import parse_markdown

    return parse_markdown(source, path)


# --------------------------------------------------------------------------- plain text

# ("\r" before "\n" is one line break with it, not a line break of its own.)
_BLANK_LINES = lazyre.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?:(?:\r\n|\r(?!\n)|\n)[ \t]*)+")
# The same, for text without "\r": it opens with a literal, which the engine skips to in C.
_BLANK_LINES_LF = lazyre.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def parse_text(source: str, path: str = "<text>") -> Document:
    """Plain text: paragraphs separated by blank lines; line breaks inside are spaces."""
    doc = Document(path, source, "text")
    start = 0
    blank = _BLANK_LINES if "\r" in source else _BLANK_LINES_LF
    bounds = [m.span() for m in blank.finditer(source)]
    bounds.append((len(source), len(source)))
    for gap_start, gap_end in bounds:
        s, e = _trim(source, start, gap_start)
        if s < e:
            chunk = source[s:e]
            text = chunk.replace("\r", " ").replace("\n", " ")
            region = Region("paragraph", text, OffsetMap.identity(s, len(text)), index=len(doc.regions))
            region.links = bare_urls(text)
            doc.regions.append(region)
        start = gap_end
    return doc
