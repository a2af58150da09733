"""The rule class behind the lexicon-driven garbled rules (one lexicon file per rule)."""

from __future__ import annotations

import bisect
from typing import Iterable, Iterator, List, Sequence, Tuple, TypeVar

from lintnews.analysis.garbled.lexicon import BUILTIN_LEXICONS, Entry, load
from lintnews.engine.selection import is_enabled
from lintnews.model import Finding, Severity
from lintnews.rule import Context, Rule
from lintnews.text.document import Document, Region

__all__ = ["LexiconRule", "reported_spans", "unreported"]

S = TypeVar("S", bound=tuple)


def reported_spans(region: Region, settings, lexicons: Sequence[str] = BUILTIN_LEXICONS) -> List[Tuple[int, int]]:
    """The spans of *region* that the rules of the built-in *lexicons* report under
    *settings* (those of the rules the settings leave on), so that one slip two rules
    match is reported once. The lexicons' hits are shared, so this costs no second scan."""
    rules = {cls.lexicon: cls for cls in LexiconRule.__subclasses__() if cls.lexicon}
    spans: List[Tuple[int, int]] = []
    for name in lexicons:
        cls = rules.get(name)
        if cls is None or (settings is not None and not is_enabled(cls, settings.selected, settings.ignore)):
            continue
        spans += [(h.start, h.end) for h in load(name).hits(region)]
    return spans


def unreported(region: Region, spans: Iterable[S], settings, quotes: bool = False) -> Iterator[S]:
    """The items of *spans* (tuples that start with a region start and end, in text
    order) that lie within one sentence of *region*, outside quotations unless *quotes*,
    and that no built-in lexicon rule left on by *settings* reports: what a garbled rule
    beside the lexicons reports itself."""
    taken = None
    for item in spans:
        start, end = item[0], item[1]
        sentences = region.sentences
        k = bisect.bisect_right(region.sentence_starts, start) - 1
        if k < 0 or end > sentences[k].end:
            continue
        sentence = sentences[k]
        if not quotes and (sentence.quoted or sentence.in_quote(start, end)):
            continue
        if taken is None:
            taken = reported_spans(region, settings)
        if any(a < end and start < b for a, b in taken):
            continue  # one finding per slip: a lexicon rule reports this one
        yield item


class LexiconRule(Rule):
    """Reports the matches of the entries of :attr:`lexicon` (a file under
    ``lintnews/analysis/garbled/lexicons/``), outside quotations unless the scope says
    ``quote``. Subclasses set the code, name, docs and the lexicon's name."""

    category = "garbled"
    severity = Severity.WARNING
    lexicon = ""
    context = True

    def message(self, entry: Entry, phrase: str) -> str:
        if entry.lang:
            means = f" ({entry.means})" if entry.means else ""
            return f"'{phrase}' reads as a translation of {entry.source}{means}: say '{entry.instead}'"
        return f"'{phrase}': {entry.source}; say '{entry.instead}'"

    def check(self, doc: Document, context: Context) -> Iterator[Finding]:
        lexicon = load(self.lexicon)
        quotes = "quote" in self.scope
        # one finding per slip: a span an earlier built-in lexicon's rule reports (in the
        # order false friends, constructions, eggcorns, machine-translation grammar) is its
        earlier = BUILTIN_LEXICONS[: BUILTIN_LEXICONS.index(self.lexicon)] if self.lexicon in BUILTIN_LEXICONS else ()
        for region in doc.regions:
            if not self.applies_to(region):
                continue
            taken = None
            for hit in lexicon.hits(region, quotes=quotes):
                if earlier:
                    if taken is None:
                        taken = reported_spans(region, context.settings, earlier)
                    if any(a < hit.end and hit.start < b for a, b in taken):
                        continue
                phrase = region.text[hit.start : hit.end]
                yield self.report(
                    doc, region, hit.start, hit.end, self.message(hit.entry, phrase),
                    suggestion=hit.entry.instead,
                )
