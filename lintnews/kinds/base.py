"""The shared part of every YAML rule: common keys, validation, exceptions, messages."""

from __future__ import annotations

from typing import (
    Any,
    Callable,
    ClassVar,
    Dict,
    FrozenSet,
    Iterable,
    Iterator,
    List,
    Optional,
    Pattern,
    Tuple,
)

from lintnews.text.document import Document, Sentence
from lintnews.model import CATEGORIES, Finding, Severity
from lintnews.rule import CODE_RE, NAME_RE, Context, Rule, expand_scope, first_sentence
from lintnews.matching.safe_regex import compile_user_regex


class SpecError(ValueError):
    """A problem with one field of one rule entry; the pack loader adds file and line."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class Hit:
    """A raw match of a pack rule: region offsets within one sentence, plus kind data."""

    sentence: Sentence
    start: int
    end: int
    payload: Any

    __slots__ = ("sentence", "start", "end", "payload")

    def __init__(self, sentence: Sentence, start: int, end: int, payload: Any = None) -> None:
        self.sentence = sentence
        self.start = start
        self.end = end
        self.payload = payload

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"sentence={self.sentence!r}, "
            f"start={self.start!r}, "
            f"end={self.end!r}, "
            f"payload={self.payload!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.sentence, self.start, self.end, self.payload) == (
                other.sentence, other.start, other.end, other.payload
            )
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by value and mutable

    @property
    def text(self) -> str:
        return self.sentence.region.text[self.start : self.end]


COMMON_KEYS = frozenset(
    """code name kind severity message category summary doc url examples scope ignorecase
    exceptions unless opt-in""".split()
)


class PackRule(Rule):
    """A rule defined by one entry of a YAML pack. Subclasses implement one ``kind``."""

    kind: ClassVar[str] = ""
    #: Keys this kind accepts on top of :data:`COMMON_KEYS`.
    keys: ClassVar[FrozenSet[str]] = frozenset()
    #: Keys this kind requires.
    required: ClassVar[FrozenSet[str]] = frozenset()
    #: Placeholders the message may use.
    placeholders: ClassVar[FrozenSet[str]] = frozenset({"match"})

    def __init__(self, spec: Dict[str, Any], *, pack: str = "", category: str = "") -> None:
        unknown = set(spec) - COMMON_KEYS - self.keys
        if unknown:
            field = sorted(unknown)[0]
            allowed = ", ".join(sorted(COMMON_KEYS | self.keys))
            raise SpecError(field, f"unknown key (allowed for kind {self.kind!r}: {allowed})")
        for key in ("code", "name", "message") + tuple(sorted(self.required)):
            if key not in spec:
                raise SpecError(key, "is required")
        self.code = _str(spec, "code")
        if not CODE_RE.match(self.code):
            raise SpecError("code", f"{self.code!r} must be 2-4 capitals and 3 digits, e.g. HDG001")
        self.name = _str(spec, "name")
        if not NAME_RE.match(self.name):
            raise SpecError("name", f"{self.name!r} must be kebab-case, e.g. stacked-hedge")
        self.category = str(spec.get("category", category))
        if self.category not in CATEGORIES:
            raise SpecError("category", f"{self.category!r} is not one of {', '.join(CATEGORIES)}")
        try:
            self.severity = Severity.parse(spec.get("severity", "warning"))
        except ValueError as exc:
            raise SpecError("severity", str(exc)) from None
        self.message = _str(spec, "message")
        import string  # only when a pack is loaded, not from the cache

        fields = {f for _, f, _, _ in string.Formatter().parse(self.message) if f is not None}
        bad = sorted(fields - self.placeholders)
        if bad:
            allowed = ", ".join("{%s}" % p for p in sorted(self.placeholders))
            raise SpecError("message", f"unknown placeholder {{{bad[0]}}} (allowed: {allowed})")
        self.doc = str(spec.get("doc", "") or "")
        self.summary = str(spec.get("summary", "") or first_sentence(self.doc) or self.message)
        self.url = spec.get("url")
        self.pack = pack
        self.ignorecase = bool(spec.get("ignorecase", True))
        opt_in = spec.get("opt-in", False)
        if not isinstance(opt_in, bool):
            raise SpecError("opt-in", f"must be true or false, not {opt_in!r}")
        self.opt_in = opt_in
        scope = spec.get("scope")
        if scope is not None:
            if isinstance(scope, str):
                scope = [scope]
            if not isinstance(scope, list) or not scope:
                raise SpecError("scope", "must be a scope name or a list of them")
            try:
                self.scope = expand_scope(scope)
            except ValueError as exc:
                raise SpecError("scope", str(exc)) from None
        self.examples = _examples(spec.get("examples"))
        self._exceptions = _exceptions(spec.get("exceptions"), self.ignorecase)
        self.unless = _conditions(spec.get("unless"))
        self.configure(spec)

    def configure(self, spec: Dict[str, Any]) -> None:
        """Read the kind-specific keys of *spec* (raise :class:`SpecError` on a bad one)."""

    def fix_safety(self) -> str:
        """The rule's Fix safety section, from what its kind and keys say (kinds that
        suggest rewrites override it)."""
        return "no fix."

    # -- what the scanner asks of a rule -----------------------------------------------

    def phrases(self) -> Iterable[Tuple[str, Any]]:
        """Literal phrases to find (word-bounded), each with a payload for the hit."""
        return ()

    def regexes(self) -> Iterable[Tuple[Pattern, Any]]:
        """Regular expressions to run on each sentence, each with a payload."""
        return ()

    def accepts(self, hit: Hit) -> bool:
        """False when an exception covers the hit."""
        if self._exceptions is None:
            return True
        sentence = hit.sentence
        for m in self._exceptions.finditer(sentence.text):
            s, e = m.start() + sentence.start, m.end() + sentence.start
            if s < hit.end and e > hit.start:
                return False
        return True

    def quiet(self, hit: Hit, doc: Document, settings: Any = None) -> bool:
        """True when one of the rule's ``unless`` conditions holds for *hit* under the
        file's *settings* (a :class:`lintnews.engine.config.Settings`, or None)."""
        return any(CONDITIONS[name](hit, doc, settings) for name in self.unless)

    def unless_dropped(self, doc: Document, hits: List[Hit], settings: Any = None) -> List[Hit]:
        """*hits* without those for which an ``unless`` condition holds; the scanner
        calls it before :meth:`findings`."""
        if not self.unless:
            return hits
        return [h for h in hits if not self.quiet(h, doc, settings)]

    def live(self, doc: Document, hits: List[Hit]) -> List[Hit]:
        """*hits* without a hit inside a longer one of the same rule ("time will tell"
        inside "only time will tell"). Every :meth:`findings` starts with it."""
        if len(hits) < 2:
            return hits
        kept: List[Hit] = []
        for hit in sorted(hits, key=lambda h: (h.sentence.region.index, h.start, -h.end)):
            last = kept[-1] if kept else None
            if last is not None and last.sentence.region is hit.sentence.region and hit.end <= last.end:
                continue
            kept.append(hit)
        return kept

    def findings(self, doc: Document, hits: List[Hit]) -> Iterator[Finding]:
        """Turn this rule's hits into findings (one per hit by default)."""
        for hit in self.live(doc, hits):
            yield self.report(doc, hit.sentence.region, hit.start, hit.end, self.format(match=hit.text))

    def format(self, **values: Any) -> str:
        return self.message.format_map(values)

    #: The engine runs pack rules together in one scanner; ``check`` runs this rule alone.
    context = True

    def check(self, doc: Document, context: Optional[Context] = None) -> Iterator[Finding]:
        from lintnews.engine.pack_scanner import Scanner

        return Scanner([self]).run(doc, context.settings if context is not None else None)


def _str(spec: Dict[str, Any], key: str) -> str:
    value = spec.get(key)
    if not isinstance(value, str) or not value.strip():
        raise SpecError(key, "must be a non-empty string")
    return value


def string_list(spec: Dict[str, Any], key: str) -> List[str]:
    """*spec[key]* as a non-empty list of non-empty strings."""
    value = spec.get(key)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise SpecError(key, "must be a non-empty list of strings")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise SpecError(key, f"entry {item!r} is not a non-empty string")
    return value


def _examples(value: Any) -> Dict[str, List[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict) or set(value) - {"fail", "pass"}:
        raise SpecError("examples", "must be a mapping with 'fail' and/or 'pass' lists")
    out = {}
    for key, items in value.items():
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise SpecError("examples", f"'{key}' must be a list of strings")
        out[key] = items
    return out


def _attributed(hit: Hit, doc: Document, settings: Any) -> bool:
    from lintnews.analysis.voice.speaker import in_source_voice

    return in_source_voice(hit.sentence, settings, hit.start)


def _vague_source(hit: Hit, doc: Document, settings: Any) -> bool:
    from lintnews.analysis.voice.speaker import in_vague_source

    return in_vague_source(hit.sentence, hit.start, hit.end, settings)


#: Conditions a rule's ``unless`` key may name: a hit for which the condition holds is
#: dropped. ``attributed``: the hit is in the part of its sentence that reports a named
#: source ("..., the minister said"; see :func:`lintnews.analysis.voice.speaker.in_source_voice`). ``vague-source``:
#: the hit overlaps a vague source ("it is said that", "experts believe"), which the
#: claims rule CLM008 vague-source reports (:func:`lintnews.analysis.voice.speaker.in_vague_source`).
CONDITIONS: Dict[str, Callable[[Hit, Document, Any], bool]] = {
    "attributed": _attributed,
    "vague-source": _vague_source,
}


def _conditions(value: Any) -> Tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise SpecError("unless", "must be a condition name or a list of them")
    for name in value:
        if name not in CONDITIONS:
            known = ", ".join(sorted(CONDITIONS))
            raise SpecError("unless", f"unknown condition {name!r} (known: {known})")
    return tuple(value)


def _exceptions(value: Any, ignorecase: bool) -> Optional[Pattern]:
    if value is None or value == []:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise SpecError("exceptions", "must be a list of non-empty strings (regular expressions)")
    try:
        return compile_user_regex("|".join(f"(?:{v})" for v in value), ignorecase)
    except ValueError as exc:
        raise SpecError("exceptions", str(exc)) from None
