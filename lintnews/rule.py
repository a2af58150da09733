"""The rule protocol: what every rule, Python-coded or YAML, looks like to the engine.

A rule has a stable short **code** (pack prefix + three digits, ``HDG001``), a kebab-case
**name**, a **category**, a default **severity**, a one-line **summary** and a longer
**doc** with a bad and a good example. ``check(document)`` yields findings.

Python rules subclass :class:`Rule`, set the class attributes and implement ``check``;
they report with :meth:`Rule.report`, which maps region offsets to source lines and
columns. Plugins hand rule instances to lintnews through the ``lintnews_rules`` hook.
"""

from __future__ import annotations

import re
from typing import ClassVar, Dict, Iterable, Iterator, List, Optional, Sequence

from lintnews.text.document import Document, Region, Sentence
from lintnews.model import CATEGORIES, ENGINE_CATEGORY, Edit, Finding, Fix, Severity
from lintnews import cache

CODE_RE = cache.compile(r"^[A-Z]{2,4}[0-9]{3}$")
NAME_RE = cache.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

#: Region kinds a rule may be scoped to, plus ``quote`` (also inside quotations).
SCOPES = ("heading", "paragraph", "list-item", "table-cell", "blockquote", "quote")
#: Scope names that stand for several region kinds.
SCOPE_ALIASES = {
    "text": ("heading", "paragraph", "list-item", "table-cell"),
    "sentence": ("paragraph", "list-item", "table-cell"),
    "body": ("paragraph", "list-item", "table-cell"),
}
DEFAULT_SCOPE = frozenset(SCOPE_ALIASES["text"])


def expand_scope(values: Iterable[str]) -> frozenset:
    """Expand scope names and aliases; raise ``ValueError`` on an unknown one."""
    out = set()
    for value in values:
        if value in SCOPE_ALIASES:
            out.update(SCOPE_ALIASES[value])
        elif value in SCOPES:
            out.add(value)
        else:
            known = ", ".join(list(SCOPES) + sorted(SCOPE_ALIASES))
            raise ValueError(f"unknown scope {value!r} (expected one of: {known})")
    return frozenset(out)


class Rule:
    """Base class of every rule. Subclasses set the class attributes and ``check``."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    severity: Severity = Severity.WARNING
    summary: str = ""
    doc: str = ""
    url: Optional[str] = None
    #: ``{"fail": [...], "pass": [...]}``: sentences the test suite lints with this rule.
    examples: Dict[str, List[str]] = {}
    #: Region kinds the rule reads (see :data:`SCOPES`); ``quote`` adds quotations.
    scope: frozenset = DEFAULT_SCOPE
    #: Set by the plugin manager: the plugin (entry-point name) that provided the rule.
    plugin: str = ""
    #: The pack (YAML) or module family the rule belongs to.
    pack: str = ""

    def check(self, doc: Document) -> Iterator[Finding]:  # pragma: no cover - abstract
        """Yield the findings of this rule in *doc*."""
        raise NotImplementedError

    # -- helpers for subclasses --------------------------------------------------------

    def sentences(self, doc: Document, *, quotes: Optional[bool] = None) -> Iterator[Sentence]:
        """Sentences in this rule's scope; quoted ones only if the scope has ``quote``."""
        allow_quotes = ("quote" in self.scope) if quotes is None else quotes
        for region in doc.regions:
            if not self.applies_to(region):
                continue
            for sentence in region.sentences:
                if allow_quotes or not sentence.quoted:
                    yield sentence

    def applies_to(self, region: Region) -> bool:
        """True when *region* is in scope (its kind, and blockquotes only if asked)."""
        if region.blockquote and "blockquote" not in self.scope:
            return False
        return region.kind in self.scope

    def report(
        self,
        doc: Document,
        region: Region,
        start: int,
        end: int,
        message: str,
        *,
        suggestion: Optional[str] = None,
        safe: Optional[bool] = None,
        severity: Optional[Severity] = None,
    ) -> Finding:
        """A finding for the region span ``[start, end)``.

        With a *suggestion* and ``safe`` set (True or False) the finding carries a fix
        that replaces the span; ``safe=None`` means the suggestion is advice only.
        """
        s, e = region.source_span(start, end)
        return self.report_source(
            doc, s, e, message, suggestion=suggestion, safe=safe, severity=severity
        )

    def report_source(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        *,
        suggestion: Optional[str] = None,
        safe: Optional[bool] = None,
        severity: Optional[Severity] = None,
    ) -> Finding:
        """A finding for the source span ``[start, end)``."""
        line, col = doc.position(start)
        end_line, end_col = doc.position(end)
        fix = None
        if suggestion is not None and safe is not None:
            fix = Fix((Edit(start, end, suggestion),), safe=safe)
        return Finding(
            path=doc.path,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            code=self.code,
            name=self.name,
            category=self.category,
            severity=severity if severity is not None else self.severity,
            message=message,
            offset=start,
            end_offset=end,
            suggestion=suggestion,
            fix=fix,
            url=self.url,
        )

    def describe(self) -> str:
        """The rule's documentation as shown by ``lintnews rule CODE``."""
        lines = [f"{self.code} {self.name} ({self.category}, {self.severity})", ""]
        if self.summary:
            lines += [self.summary, ""]
        if self.doc:
            lines += [self.doc.strip(), ""]
        ex = self.examples or {}
        if ex.get("fail"):
            lines.append("Flagged:")
            lines += [f"  {s}" for s in ex["fail"]]
        if ex.get("pass"):
            lines.append("Not flagged:")
            lines += [f"  {s}" for s in ex["pass"]]
        if self.url:
            lines += ["", f"More: {self.url}"]
        origin = self.pack or self.plugin
        if origin:
            lines += ["", f"From: {origin}"]
        return "\n".join(lines).rstrip() + "\n"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.code} {self.name}>"


def validate_rule(rule: Rule) -> List[str]:
    """Problems with a rule's metadata (empty when valid)."""
    problems = []
    if not CODE_RE.match(rule.code or ""):
        problems.append(f"code {rule.code!r} is not a prefix of 2-4 capitals and 3 digits")
    if not NAME_RE.match(rule.name or ""):
        problems.append(f"name {rule.name!r} is not kebab-case")
    if rule.category not in CATEGORIES and rule.category != ENGINE_CATEGORY:
        problems.append(f"category {rule.category!r} is not one of {', '.join(CATEGORIES)}")
    if not isinstance(rule.severity, Severity):
        problems.append(f"severity {rule.severity!r} is not a Severity")
    return problems


def sentence_of(region: Region, offset: int) -> Optional[Sentence]:
    """The sentence of *region* that contains the region offset *offset*."""
    for sentence in region.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def first_sentence(text: str) -> str:
    """The first sentence or line of *text* (used as a default summary)."""
    text = text.strip()
    if not text:
        return ""
    line = text.splitlines()[0].strip()
    m = re.match(r"(.+?[.!?])(\s|$)", line)
    return m.group(1) if m else line


def prefixes(codes: Sequence[str]) -> List[str]:
    """The distinct letter prefixes of *codes*, sorted."""
    return sorted({re.sub(r"\d+$", "", c) for c in codes})
