"""``kind: density``: flag a sentence or paragraph with too many of a set of phrases."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Iterator, List, Tuple

from lintnews.text.document import Document
from lintnews.model import Finding
from lintnews.kinds.base import Hit, PackRule, SpecError, string_list


class DensityRule(PackRule):
    """Flags a unit (``sentence`` or ``paragraph``) holding ``threshold`` or more hits.

    Hits are occurrences of the literal phrases in ``tokens``. The finding points at
    the first hit of the unit. Message placeholders: ``{count}``, ``{hedges}`` (the
    phrases found, comma-separated) and ``{match}`` (the first one).
    """

    kind = "density"
    keys = frozenset({"tokens", "threshold", "unit"})
    required = frozenset({"tokens", "threshold"})
    placeholders = frozenset({"count", "hedges", "match"})

    def configure(self, spec: Dict[str, Any]) -> None:
        self.tokens = string_list(spec, "tokens")
        threshold = spec.get("threshold")
        if not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 2:
            raise SpecError("threshold", "must be a whole number of at least 2")
        self.threshold = threshold
        self.unit = spec.get("unit", "paragraph")
        if self.unit not in ("sentence", "paragraph"):
            raise SpecError("unit", "must be 'sentence' or 'paragraph'")

    def phrases(self) -> Iterable[Tuple[str, Any]]:
        return [(t, None) for t in self.tokens]

    def findings(self, doc: Document, hits: List[Hit]) -> Iterator[Finding]:
        groups: Dict[Any, List[Hit]] = {}
        for hit in self.live(doc, hits):
            key = hit.sentence if self.unit == "sentence" else hit.sentence.region
            groups.setdefault(key, []).append(hit)
        for group in groups.values():
            if len(group) < self.threshold:
                continue
            group.sort(key=lambda h: h.start)
            first = group[0]
            words = ", ".join(f"'{h.text}'" for h in group)
            yield self.report(
                doc,
                first.sentence.region,
                first.start,
                first.end,
                self.format(count=len(group), hedges=words, match=first.text),
            )
