"""``kind: pattern``: a regular expression (Python syntax), run on each sentence."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Iterator, List, Pattern, Tuple

from lintnews.text.document import Document
from lintnews.model import Finding
from lintnews.matching.safe_regex import compile_user_regex
from lintnews.kinds.base import Hit, PackRule, SpecError
from lintnews.kinds.substitution import match_case


class PatternRule(PackRule):
    """Flags each match of ``pattern`` (or any of ``patterns``) in a sentence.

    ``^`` and ``$`` anchor to the sentence. A group named ``flag`` narrows the reported
    span to that group. ``replace`` (a template with ``\\1`` or ``\\g<name>``) gives a
    suggestion; with ``safe: true`` it is applied by ``--fix``. An entry of
    ``patterns`` may also be a mapping ``{pattern: ..., replace: ...}`` whose own
    ``replace`` wins for that pattern.
    Message placeholders: ``{match}`` and ``{replacement}``.
    """

    kind = "pattern"
    keys = frozenset({"pattern", "patterns", "replace", "safe"})
    placeholders = frozenset({"match", "replacement"})

    def configure(self, spec: Dict[str, Any]) -> None:
        if "pattern" in spec and "patterns" in spec:
            raise SpecError("patterns", "give either 'pattern' or 'patterns', not both")
        key = "pattern" if "pattern" in spec else "patterns"
        if key not in spec:
            raise SpecError("pattern", "is required")
        self._compiled: List[Pattern] = []
        self._replace_for: Dict[str, str] = {}  # by pattern source
        entries = spec.get(key)
        if isinstance(entries, str):
            entries = [entries]
        if not isinstance(entries, list) or not entries:
            raise SpecError(key, "must be a non-empty list of regular expressions")
        for entry in entries:
            own_replace = None
            if isinstance(entry, dict):
                if set(entry) - {"pattern", "replace"} or not isinstance(entry.get("pattern"), str):
                    raise SpecError(key, "a mapping entry needs 'pattern', may have 'replace', nothing else")
                own_replace = entry.get("replace")
                if own_replace is not None and not isinstance(own_replace, str):
                    raise SpecError(key, "'replace' of a pattern entry must be a string")
                entry = entry["pattern"]
            if not isinstance(entry, str) or not entry.strip():
                raise SpecError(key, f"entry {entry!r} is not a non-empty string")
            try:
                rx = compile_user_regex(entry, self.ignorecase)
            except ValueError as exc:
                raise SpecError(key, str(exc)) from None
            self._compiled.append(rx)
            if own_replace is not None:
                self._replace_for[rx.pattern] = own_replace
        self.replace = spec.get("replace")
        if self.replace is not None and not isinstance(self.replace, str):
            raise SpecError("replace", "must be a string")
        safe = spec.get("safe", False)
        if not isinstance(safe, bool):
            raise SpecError("safe", "must be true or false")
        self.safe = safe

    def regexes(self) -> Iterable[Tuple[Pattern, Any]]:
        return [(rx, None) for rx in self._compiled]

    def fix_safety(self) -> str:
        if self.replace is None and not self._replace_for:
            return "no fix."
        applied = "safe (applied by --fix)" if self.safe else "unsafe (applied only with --fix --unsafe-fixes)"
        return f"the fix rewrites the match as the message suggests; it is {applied}."

    def findings(self, doc: Document, hits: List[Hit]) -> Iterator[Finding]:
        for hit in self.live(doc, hits):
            m = hit.payload
            suggestion = None
            template = self._replace_for.get(m.re.pattern, self.replace) if m is not None else None
            if template is not None:
                suggestion = match_case(hit.text, m.expand(template))
            yield self.report(
                doc,
                hit.sentence.region,
                hit.start,
                hit.end,
                self.format(match=hit.text, replacement=suggestion or ""),
                suggestion=suggestion,
                safe=self.safe if suggestion is not None else None,
            )
