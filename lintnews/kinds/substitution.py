"""``kind: substitution``: flag a phrase and suggest its replacement (an autofix)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Iterator, List, Tuple

from lintnews.text.document import Document
from lintnews.model import Finding
from lintnews.kinds.base import Hit, PackRule, SpecError


def match_case(original: str, replacement: str) -> str:
    """Carry the capitalisation of *original* over to *replacement*."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class SubstitutionRule(PackRule):
    """Flags each key of ``swap`` and suggests its value.

    ``swap: {"one foul swoop": "one fell swoop"}``. A value with alternatives
    (``"developments|how things develop"``) is advice only; a single value is a fix,
    applied by ``--fix`` when ``safe: true`` and by ``--unsafe-fixes`` otherwise.
    Message placeholders: ``{match}`` and ``{replacement}``.
    """

    kind = "substitution"
    keys = frozenset({"swap", "safe"})
    required = frozenset({"swap"})
    placeholders = frozenset({"match", "replacement"})

    def configure(self, spec: Dict[str, Any]) -> None:
        swap = spec.get("swap")
        if not isinstance(swap, dict) or not swap:
            raise SpecError("swap", "must be a non-empty mapping of phrase: replacement")
        for bad, good in swap.items():
            if not isinstance(bad, str) or not bad.strip():
                raise SpecError("swap", f"key {bad!r} is not a non-empty string")
            if not isinstance(good, str):
                raise SpecError("swap", f"replacement for {bad!r} is not a string")
        self.swap: Dict[str, str] = dict(swap)
        safe = spec.get("safe", False)
        if not isinstance(safe, bool):
            raise SpecError("safe", "must be true or false")
        self.safe = safe

    def phrases(self) -> Iterable[Tuple[str, Any]]:
        return list(self.swap.items())

    def fix_safety(self) -> str:
        several = sum("|" in v for v in self.swap.values())
        if several == len(self.swap):
            return "no fix: the replacements are advice only (each phrase has several)."
        applied = "safe (applied by --fix)" if self.safe else "unsafe (applied only with --fix --unsafe-fixes)"
        rest = "; a phrase with several replacements gets advice only" if several else ""
        return f"the fix replaces the phrase with the one suggested; it is {applied}{rest}."

    def findings(self, doc: Document, hits: List[Hit]) -> Iterator[Finding]:
        for hit in self.live(doc, hits):
            matched = hit.text
            options = [match_case(matched, o.strip()) for o in str(hit.payload).split("|")]
            replacement = " or ".join(f"'{o}'" for o in options) if len(options) > 1 else options[0]
            single = len(options) == 1
            yield self.report(
                doc,
                hit.sentence.region,
                hit.start,
                hit.end,
                self.format(match=matched, replacement=replacement if not single else options[0]),
                suggestion=options[0] if single else replacement,
                safe=self.safe if single else None,
            )
