"""The rule class behind the lexicon-driven garbled rules (one lexicon file per rule)."""

from __future__ import annotations

from typing import Iterator

from lintnews.analysis.garbled.lexicon import Entry, load
from lintnews.model import Finding, Severity
from lintnews.rule import Rule
from lintnews.text.document import Document

__all__ = ["LexiconRule"]


class LexiconRule(Rule):
    """Reports the matches of the entries of :attr:`lexicon` (a file under
    ``lintnews/analysis/garbled/lexicons/``), outside quotations unless the scope says
    ``quote``. Subclasses set the code, name, docs and the lexicon's name."""

    category = "garbled"
    severity = Severity.WARNING
    lexicon = ""

    def message(self, entry: Entry, phrase: str) -> str:
        if entry.lang:
            means = f" ({entry.means})" if entry.means else ""
            return f"'{phrase}' reads as a translation of {entry.source}{means}: say '{entry.instead}'"
        return f"'{phrase}': {entry.source}; say '{entry.instead}'"

    def check(self, doc: Document) -> Iterator[Finding]:
        lexicon = load(self.lexicon)
        quotes = "quote" in self.scope
        for region in doc.regions:
            if not self.applies_to(region):
                continue
            for hit in lexicon.hits(region, quotes=quotes):
                phrase = region.text[hit.start : hit.end]
                yield self.report(
                    doc, region, hit.start, hit.end, self.message(hit.entry, phrase),
                    suggestion=hit.entry.instead,
                )
