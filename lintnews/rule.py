"""The rule protocol: what every rule, Python-coded or YAML, looks like to the engine.

A rule has a stable short **code** (pack prefix + three digits, ``HDG001``), a kebab-case
**name**, a **category**, a default **severity**, a one-line **summary**, a longer
**doc** (a Python rule's class docstring) and **examples** the test suite lints.
``check(document)`` yields findings.

Python rules subclass :class:`Rule`, set the class attributes and implement ``check``;
they report with :meth:`Rule.report`, which maps region offsets to source lines and
columns. Plugins hand rule instances to lintnews through the ``lintnews_rules`` hook.

A rule that needs its configuration sets ``context = True``: the engine then calls
``check(document, context)`` with a :class:`Context` (the file's settings, the rule's
own options, the reference-facts files, today's date). A rule declares its options in
``options``, a mapping of kebab-case names to :class:`Option` (default, type, help);
users set them under ``rules: {CODE or name: {option: value}}`` in the config.
"""

from __future__ import annotations

import datetime as _dt
import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

from lintnews.matching import patterns as lazyre
from lintnews.text.document import Document, Region, Sentence
from lintnews.model import CATEGORIES, ENGINE_CATEGORY, Edit, Finding, Fix, Severity

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

    from lintnews.engine.config import Settings

CODE_RE = lazyre.compile(r"^[A-Z]{2,4}[0-9]{3}$")
NAME_RE = lazyre.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

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


#: The section titles of a rule's documentation, in order. A Python rule's docstring
#: writes What it flags, Why, Instead and Fix safety (other paragraphs, such as "Not
#: flagged:", may stand between them); the Example section is made from ``examples``,
#: the sentences the test suite lints, so it cannot drift from what the rule does.
DOC_SECTIONS = ("What it flags", "Why", "Example", "Instead", "Fix safety")

_TYPE_NAMES = {bool: "true or false", int: "a whole number", float: "a number", str: "a string", tuple: "a list of strings"}


class Option:
    """One option of a rule: its default, its type and a line of help.

    The type is the default's (``bool``, ``int``, ``float``, ``str``, or ``tuple`` of
    strings, written as a list in the config) unless *type* names one; a ``float``
    option accepts whole numbers. *minimum* and *maximum* bound a number; *choices*
    lists the values a string may take. ::

        options = {"max-words": Option(30, "Words a sentence may have.", minimum=1)}
    """

    __slots__ = ("default", "help", "type", "minimum", "maximum", "choices")

    def __init__(
        self,
        default: Any,
        help: str = "",
        *,
        type: Optional[type] = None,
        minimum: Optional[float] = None,
        maximum: Optional[float] = None,
        choices: Optional[Sequence[str]] = None,
    ) -> None:
        if type is None:
            type = tuple if isinstance(default, (list, tuple, frozenset, set)) else default.__class__
        if type not in _TYPE_NAMES:
            raise TypeError(f"an option is a bool, int, float, str or tuple of strings, not {type.__name__}")
        self.type = type
        self.help = help
        self.minimum, self.maximum = minimum, maximum
        self.choices = tuple(choices) if choices is not None else None
        self.default = self.parse(default) if default is not None else None

    def expected(self) -> str:
        """What a value must be, for error messages: "a whole number of at least 1"."""
        if self.choices is not None:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        text = _TYPE_NAMES[self.type]
        if self.minimum is not None and self.maximum is not None:
            return f"{text} from {self.minimum:g} to {self.maximum:g}"
        if self.minimum is not None:
            return f"{text} of at least {self.minimum:g}"
        if self.maximum is not None:
            return f"{text} of at most {self.maximum:g}"
        return text

    def parse(self, value: Any) -> Any:
        """*value* (from YAML or TOML) as this option's type; ``ValueError`` if it is not one."""
        kind = self.type
        if kind is bool:
            ok = isinstance(value, bool)
        elif kind is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif kind is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
            value = float(value) if ok else value
        elif kind is str:
            ok = isinstance(value, str) and (self.choices is None or value in self.choices)
        else:
            if isinstance(value, str):
                value = [value]
            ok = isinstance(value, (list, tuple, set, frozenset)) and all(isinstance(v, str) for v in value)
            value = tuple(value) if ok else value
        if ok and kind in (int, float):
            ok = (self.minimum is None or value >= self.minimum) and (self.maximum is None or value <= self.maximum)
        if not ok:
            raise ValueError(f"must be {self.expected()}, not {value!r}")
        return value

    def __repr__(self) -> str:
        return f"Option({self.default!r}, {self.help!r})"


#: The resolved options of a rule: a read-only mapping of option name to value.
Options = Mapping[str, Any]
NO_OPTIONS: Options = MappingProxyType({})


def default_options(rule: "Rule") -> Options:
    """Every option of *rule* at its default."""
    declared = rule.options or {}
    if not declared:
        return NO_OPTIONS
    return MappingProxyType({name: option.default for name, option in declared.items()})


def resolve_options(rule: "Rule", given: Mapping[str, Any]) -> Options:
    """The options of *rule* with the values *given* (option name to raw value) applied.

    Raises ``ValueError`` with a one-line reason naming the option.
    """
    declared = rule.options or {}
    if not given:
        return default_options(rule)
    if not declared:
        raise ValueError("the rule has no options")
    values = dict(default_options(rule))
    for name, raw in given.items():
        option = declared.get(name)
        if option is None:
            raise ValueError(f"unknown option {name!r} (options: {', '.join(declared)})")
        try:
            values[name] = option.parse(raw)
        except ValueError as exc:
            raise ValueError(f"option {name!r}: {exc}") from None
    return MappingProxyType(values)


class Context:
    """What the engine passes, with the document, to a rule that sets ``context = True``.

    - ``settings``: the file's resolved :class:`lintnews.engine.config.Settings`
      (after per-path overrides and command-line flags);
    - ``options``: this rule's options (a read-only mapping; every declared option is
      there, at its default unless the config sets it);
    - ``facts_paths``: the reference-facts files, the config's first, then plugins';
    - ``today``: the date the lint call started;
    - ``date``: the publication date (``--date`` or ``date:``), or None.

    One context serves one rule on one document; the engine builds it, rules only read it.
    """

    __slots__ = ("settings", "options", "facts_paths", "today", "_all")

    def __init__(
        self,
        settings: "Optional[Settings]" = None,
        options: Optional[Options] = None,
        facts_paths: Sequence["Path"] = (),
        today: Optional[_dt.date] = None,
        all_options: Optional[Mapping[str, Options]] = None,
    ) -> None:
        if settings is None:
            from lintnews.engine.config import Settings

            settings = Settings()
        self.settings = settings
        self.options = options if options is not None else NO_OPTIONS
        self.facts_paths: Tuple["Path", ...] = tuple(facts_paths)
        self.today = today or _dt.date.today()
        self._all = all_options or {}

    @property
    def date(self) -> Optional[_dt.date]:
        """The publication date from ``--date`` or the config's ``date:`` (None if unset)."""
        return self.settings.date

    def options_of(self, code: str) -> Options:
        """The options of another rule (by code) as configured for this document: for a
        rule that defers to another, as HDG006 leaves dense passages to HDG005."""
        found = self._all.get(code)
        if found is None:
            raise KeyError(f"no rule {code!r} with options in this run")
        return found

    def plugin_options(self, name: str) -> Mapping[str, Any]:
        """The ``plugins: {name: {...}}`` section of the config (empty if absent)."""
        return self.settings.plugin_options(name)

    def __repr__(self) -> str:
        return f"<Context options={dict(self.options)!r} date={self.date} today={self.today}>"


class Rule:
    """Base class of every rule. Subclasses set the class attributes and ``check``.

    A subclass's docstring is its ``doc`` (unless it sets ``doc`` itself), so the text
    ``lintnews rule CODE`` and ``docs/rules.md`` show is the one beside the code.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    severity: Severity = Severity.WARNING
    summary: str = ""
    #: The documentation: the class docstring, in the sections of :data:`DOC_SECTIONS`.
    doc: str = ""
    url: Optional[str] = None
    #: ``{"fail": [...], "pass": [...]}``: sentences the test suite lints with this rule.
    examples: Dict[str, List[str]] = {}
    #: True: the engine calls ``check(doc, context)`` with a :class:`Context`; False
    #: (the default, and every rule written before contexts): ``check(doc)``.
    context: ClassVar[bool] = False
    #: The rule's options: kebab-case names to :class:`Option` (default, type, help).
    options: ClassVar[Mapping[str, Option]] = {}
    #: Region kinds the rule reads (see :data:`SCOPES`); ``quote`` adds quotations.
    scope: frozenset = DEFAULT_SCOPE
    #: Set by the plugin manager: the plugin (entry-point name) that provided the rule.
    plugin: str = ""
    #: The pack (YAML) or module family the rule belongs to.
    pack: str = ""
    #: True: the rule runs only where ``select`` or ``extend-select`` names it by its code
    #: or name; ``ALL``, a category, a pack or a code prefix do not turn it on. For
    #: checks a newsroom may want but that most copy would find noisy.
    opt_in: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("__doc__")
        # A rule's docstring documents it; a base class's (no code) describes the class.
        if own and cls.code and "doc" not in cls.__dict__:
            cls.doc = _cleandoc(own)

    def check(self, doc: Document, context: Optional[Context] = None) -> Iterator[Finding]:  # pragma: no cover
        """Yield the findings of this rule in *doc* (*context* only if ``context = True``)."""
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
        """The rule's documentation as shown by ``lintnews rule CODE`` and in
        ``docs/rules.md``: the doc, with the Example section made from ``examples``
        before "Instead:" and an Options section made from ``options``."""
        opt_in = ", opt-in" if self.opt_in else ""
        lines = [f"{self.code} {self.name} ({self.category}, {self.severity}{opt_in})", ""]
        if self.summary:
            lines += [self.summary, ""]
        doc = self.doc.strip().split("\n") if self.doc else []
        fix = self.fix_safety()
        if fix and not any(line.startswith("Fix safety:") for line in doc):
            doc += ([""] if doc else []) + [f"Fix safety: {fix}"]
        example = self._example_lines()
        at = next((i for i, line in enumerate(doc) if line.startswith(("Instead:", "Fix safety:"))), len(doc))
        if example and at < len(doc):
            doc[at:at] = example + [""]
        elif example:
            doc += ([""] if doc else []) + example
        if doc:
            lines += doc + [""]
        options = self._option_lines()
        if options:
            lines += options + [""]
        if self.url:
            lines += [f"More: {self.url}", ""]
        origin = self.pack or self.plugin
        if origin:
            lines += [f"From: {origin}"]
        return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"

    def fix_safety(self) -> str:
        """The Fix safety section for a rule whose doc does not write one ("" for none):
        a pack rule's follows from its kind and its ``safe`` key."""
        return ""

    def _example_lines(self) -> List[str]:
        ex = self.examples or {}
        out: List[str] = []
        for key, title in (("fail", "Flagged:"), ("pass", "Not flagged:")):
            if ex.get(key):
                out.append(f"  {title}")
                for text in ex[key]:
                    first, *rest = text.split("\n")
                    out.append(f"  - {first}")
                    out += [f"    {line}" for line in rest]
        return ["Example:"] + out if out else []

    def _option_lines(self) -> List[str]:
        if not self.options:
            return []
        out = [f"Options (in the config: rules: {{{self.code}: {{option: value}}}}):"]
        for name, option in self.options.items():
            default = option.default
            shown = "[" + ", ".join(default) + "]" if isinstance(default, tuple) else (
                str(default).lower() if isinstance(default, bool) else default)
            out.append(f"  {name}: {shown}  ({option.expected()})")
            if option.help:
                out.append(f"      {option.help}")
        return out

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.code} {self.name}>"


def _cleandoc(text: str) -> str:
    """A docstring without its indentation and surrounding blank lines (as
    ``inspect.cleandoc``, without importing :mod:`inspect` at start-up)."""
    lines = text.expandtabs().split("\n")
    indent = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()), default=0)
    return "\n".join([lines[0].strip()] + [line[indent:].rstrip() for line in lines[1:]]).strip("\n")


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
    if not isinstance(rule.context, bool):
        problems.append(f"context {rule.context!r} is not True or False")
    for key, option in (rule.options or {}).items():
        if not isinstance(key, str) or not NAME_RE.match(key):
            problems.append(f"option {key!r} is not kebab-case")
        elif not isinstance(option, Option):
            problems.append(f"option {key!r} is not a lintnews.Option")
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
