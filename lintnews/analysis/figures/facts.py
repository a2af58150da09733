"""Reference facts: a YAML file a newsroom keeps of figures it knows (see ``docs/facts.md``).

::

    entities:
      ATACMS:
        aliases: ["Army Tactical Missile System"]
        is-a: missile
        facts:
          range: {value: 300, unit: km, tolerance: 0.1}
    exchange-rates:
      base: USD
      rates: {GBP: 1.27, EUR: 1.08}
      tolerance: 0.1

Files come from the ``facts:`` setting (``--facts``) and from plugins
(``lintnews_reference_facts``); the configured file wins where two describe one entity.
Each file is parsed once per path and modification time, whatever the number of
documents. Any problem is a :class:`FactsError` naming the file, entity and field.
"""

from __future__ import annotations

import math

import os
import re
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from lintnews.records import FrozenRecord, ValueRecord
from lintnews.matching import patterns as lazyre
from lintnews.model import LintError
from lintnews.analysis.figures.units import CURRENCY_SYMBOLS, CURRENCY_WORDS, Unit, lookup, to_base

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__

TOP_KEYS = frozenset({"entities", "exchange-rates"})
ENTITY_KEYS = frozenset({"aliases", "facts", "is-a", "not-a", "note"})
FACT_KEYS = frozenset({"value", "unit", "tolerance", "words", "note", "source"})
RATE_KEYS = frozenset({"base", "rates", "tolerance"})
#: Words that name each common measure in prose, besides the measure's own name.
MEASURE_SYNONYMS: Dict[str, Tuple[str, ...]] = {
    "range": ("range", "reach", "strike", "hit targets", "fly", "travel"),
    "speed": ("speed", "fly at", "travel at", "top speed", "reach speeds"),
    "length": ("long", "length"),
    "height": ("tall", "high", "height"),
    "weight": ("weigh", "weighs", "weight", "weighing"),
    "population": ("population", "inhabitants", "residents", "people live", "home to"),
    "area": ("area", "covers", "size"),
    "capacity": ("capacity", "seats", "holds", "hold"),
    "crew": ("crew",),
    "depth": ("deep", "depth"),
    "payload": ("payload", "warhead", "carry", "carries"),
    "wingspan": ("wingspan",),
    "cost": ("cost", "costs", "price", "priced", "worth"),
}
CURRENCY_CODES = frozenset(CURRENCY_SYMBOLS.values()) | {c for c, _ in CURRENCY_WORDS.values()} | {"NOK"}


class FactsError(LintError):
    """A malformed reference-facts file or entry."""


class Fact(FrozenRecord):
    """One reference figure: ``value`` in ``unit`` (None for a plain count), within
    ``tolerance`` (a fraction: 0.1 is ±10%)."""

    entity: str
    measure: str
    value: float
    unit: Optional[Unit]
    unit_text: str
    currency: str
    tolerance: float
    words: Tuple[str, ...]
    source: str  # the file it came from

    __slots__ = (
        "entity", "measure", "value", "unit", "unit_text", "currency", "tolerance", "words", "source"
    )

    def __init__(
        self,
        entity: str,
        measure: str,
        value: float,
        unit: Optional[Unit],
        unit_text: str,
        currency: str,
        tolerance: float,
        words: Tuple[str, ...],
        source: str,
    ) -> None:
        _set(self, "entity", entity)
        _set(self, "measure", measure)
        _set(self, "value", value)
        _set(self, "unit", unit)
        _set(self, "unit_text", unit_text)
        _set(self, "currency", currency)
        _set(self, "tolerance", tolerance)
        _set(self, "words", words)
        _set(self, "source", source)

    @property
    def dim(self) -> str:
        if self.currency:
            return "currency"
        if self.unit is not None:
            return self.unit.dim
        return "count"

    def interval(self) -> Tuple[float, float]:
        """Accepted values in base units."""
        lo, hi = self.value * (1 - self.tolerance), self.value * (1 + self.tolerance)
        if self.unit is not None:
            lo, hi = to_base(lo, self.unit), to_base(hi, self.unit)
        return min(lo, hi), max(lo, hi)

    def shown(self) -> str:
        value = f"{self.value:,.0f}" if self.value == int(self.value) else f"{self.value:,g}"
        if self.currency:
            return f"{value} {self.currency}"
        return f"{value} {self.unit_text}".strip()


class Entity(ValueRecord):
    name: str
    aliases: Tuple[str, ...]
    is_a: str
    not_a: Tuple[str, ...]
    facts: Dict[str, Fact]
    source: str

    __slots__ = ("name", "aliases", "is_a", "not_a", "facts", "source")

    def __init__(
        self,
        name: str,
        aliases: Tuple[str, ...] = (),
        is_a: str = '',
        not_a: Tuple[str, ...] = (),
        facts: Optional[Dict[str, Fact]] = None,
        source: str = '',
    ) -> None:
        self.name = name
        self.aliases = aliases
        self.is_a = is_a
        self.not_a = not_a
        self.facts = {} if facts is None else facts
        self.source = source

    @property
    def names(self) -> Tuple[str, ...]:
        return (self.name,) + self.aliases


class Rates(ValueRecord):
    """Exchange rates: how many units of ``base`` one unit of each currency buys."""

    base: str
    rates: Dict[str, float]
    tolerance: float

    __slots__ = ("base", "rates", "tolerance")

    def __init__(self, base: str, rates: Dict[str, float], tolerance: float = 0.1) -> None:
        self.base = base
        self.rates = rates
        self.tolerance = tolerance

    def convert(self, value: float, src: str, dst: str) -> Optional[float]:
        if src == dst:
            return value
        r_src = 1.0 if src == self.base else self.rates.get(src)
        r_dst = 1.0 if dst == self.base else self.rates.get(dst)
        if r_src is None or r_dst is None:
            return None
        return value * r_src / r_dst


class Facts:
    """Every entity and rate of one or more facts files, with a mention finder."""

    def __init__(self, entities: Iterable[Entity] = (), rates: Optional[Rates] = None) -> None:
        self.entities: Dict[str, Entity] = {}
        for e in entities:
            self.entities.setdefault(e.name, e)
        self.rates = rates
        self._by_name: Dict[str, Entity] = {}
        for e in self.entities.values():
            for n in e.names:
                self._by_name.setdefault(n, e)
        names = sorted(self._by_name, key=len, reverse=True)
        self._mention = (
            re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])") if names else None
        )

    def __bool__(self) -> bool:
        return bool(self.entities) or self.rates is not None

    def mentions(self, text: str, start: int = 0, end: Optional[int] = None) -> List[Tuple[int, int, Entity]]:
        """``(start, end, entity)`` for each mention of a known entity in ``text[start:end]``."""
        if self._mention is None:
            return []
        end = len(text) if end is None else end
        return [(m.start(), m.end(), self._by_name[m.group()]) for m in self._mention.finditer(text, start, end)]


# --------------------------------------------------------------------------- loading

_CACHE: Dict[str, Tuple[Tuple[int, int], "Facts | str"]] = {}


def load(paths: Sequence[Path]) -> Facts:
    """The facts of *paths* merged in order (earlier files win for an entity)."""
    if not paths:
        return Facts()
    loaded = [load_file(Path(p)) for p in paths]
    if len(loaded) == 1:
        return loaded[0]
    entities: List[Entity] = []
    rates = None
    for facts in loaded:
        entities.extend(facts.entities.values())
        rates = rates or facts.rates
    return Facts(entities, rates)


def load_file(path: Path) -> Facts:
    """One facts file, parsed once per path and modification time."""
    key = os.path.abspath(path)
    try:
        st = os.stat(key)
    except OSError as exc:
        raise FactsError(f"{path}: cannot read facts file: {exc.strerror or exc}") from None
    stamp = (st.st_mtime_ns, st.st_size)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == stamp:
        if isinstance(cached[1], str):
            raise FactsError(cached[1])
        return cached[1]
    try:
        facts = parse_facts(_read(path), _shown(path))
    except FactsError as exc:
        # Kept as its message: a kept exception would keep the frames it was raised
        # through, and with them the draft being linted.
        _CACHE[key] = (stamp, str(exc))
        raise FactsError(str(exc)) from None
    _CACHE[key] = (stamp, facts)
    return facts


def _shown(path: Path) -> str:
    """The path as users should see it: relative to the working folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)
    return rel if not rel.startswith("..") else str(path)


def _read(path: Path) -> Any:
    from lintnews.engine.yaml_files import read_yaml_cached

    try:
        return read_yaml_cached(path)
    except LintError as exc:
        raise FactsError(str(exc)) from None


def parse_facts(data: Any, source: str) -> Facts:
    """Validate a parsed facts mapping and build :class:`Facts`."""
    if data is None:
        return Facts()
    if not isinstance(data, Mapping):
        raise FactsError(f"{source}: a facts file must be a mapping with an 'entities' key")
    unknown = sorted(set(data) - TOP_KEYS)
    if unknown:
        raise FactsError(f"{_at(source, data)}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(TOP_KEYS))})")
    raw = data.get("entities") or {}
    if not isinstance(raw, Mapping):
        raise FactsError(f"{_at(source, data)}: 'entities' must map entity names to their facts")
    entities = [_entity(str(name), spec, source) for name, spec in raw.items()]
    rates = _rates(data["exchange-rates"], source) if "exchange-rates" in data else None
    return Facts(entities, rates)


def _at(source: str, node: Any) -> str:
    line = getattr(node, "line", 0)
    return f"{source}:{line}" if line else source


def _entity(name: str, spec: Any, source: str) -> Entity:
    where = f"{_at(source, spec)}: entity {name!r}"
    if not name.strip():
        raise FactsError(f"{source}: an entity has an empty name")
    if spec is None:
        spec = {}
    if not isinstance(spec, Mapping):
        raise FactsError(f"{where}: must be a mapping with 'facts' (and optionally 'aliases', 'is-a')")
    unknown = sorted(set(spec) - ENTITY_KEYS)
    if unknown:
        raise FactsError(f"{where}: unknown field {unknown[0]!r} (allowed: {', '.join(sorted(ENTITY_KEYS))})")
    aliases = _strings(spec.get("aliases", []), f"{where}: field 'aliases'")
    not_a = _strings(spec.get("not-a", []), f"{where}: field 'not-a'")
    is_a = spec.get("is-a", "")
    if not isinstance(is_a, str):
        raise FactsError(f"{where}: field 'is-a': must be a noun such as 'launcher'")
    if not_a and not is_a:
        raise FactsError(f"{where}: field 'not-a' needs 'is-a' (what the entity is)")
    facts_spec = spec.get("facts", {}) or {}
    if not isinstance(facts_spec, Mapping):
        raise FactsError(f"{where}: field 'facts': must map measures to {{value, unit, tolerance}}")
    entity = Entity(name, aliases, is_a.strip(), not_a, source=source)
    for measure, fspec in facts_spec.items():
        entity.facts[str(measure)] = _fact(name, str(measure), fspec, where, source)
    return entity


def _strings(value: Any, where: str) -> Tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise FactsError(f"{where}: must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _fact(entity: str, measure: str, spec: Any, where: str, source: str) -> Fact:
    line = getattr(spec, "line", 0)
    if line:
        where = f"{source}:{line}: entity {entity!r}"

    def at(key: str = "") -> str:
        return f"{where}: field 'facts.{measure}{'.' + key if key else ''}'"

    if isinstance(spec, (int, float)) and not isinstance(spec, bool):
        spec = {"value": spec}
    if not isinstance(spec, Mapping):
        raise FactsError(f"{at()}: must be a mapping such as {{value: 300, unit: km}}")
    unknown = sorted(set(spec) - FACT_KEYS)
    if unknown:
        raise FactsError(f"{at()}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(FACT_KEYS))})")
    value = spec.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FactsError(f"{at('value')}: must be a number, not {value!r}")
    if not math.isfinite(value):
        raise FactsError(f"{at('value')}: must be a finite number, not {value!r}")
    unit_text = spec.get("unit", "")
    if unit_text is None:
        unit_text = ""
    if not isinstance(unit_text, str):
        raise FactsError(f"{at('unit')}: must be a unit such as km, miles, kg or a currency code")
    unit, currency = None, ""
    if unit_text.strip():
        code = unit_text.strip().upper()
        if code in CURRENCY_CODES:
            currency = code
        else:
            unit = lookup(unit_text)
            if unit is None:
                raise FactsError(f"{at('unit')}: unknown unit {unit_text!r}")
    tolerance = spec.get("tolerance", 0.05)
    if isinstance(tolerance, str) and tolerance.strip().endswith("%"):
        try:
            tolerance = float(tolerance.strip()[:-1]) / 100
        except ValueError:
            pass
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 <= tolerance < 1:
        raise FactsError(f"{at('tolerance')}: must be a fraction between 0 and 1 (0.1 is ±10%), not {tolerance!r}")
    words = _strings(spec.get("words", []), at("words")) if "words" in spec else ()
    words = tuple(dict.fromkeys((measure.replace("-", " "),) + MEASURE_SYNONYMS.get(measure, ()) + words))
    return Fact(entity, measure, float(value), unit, unit_text.strip(), currency, float(tolerance), words, source)


def _rates(spec: Any, source: str) -> Rates:
    where = f"{_at(source, spec)}: exchange-rates"
    if not isinstance(spec, Mapping):
        raise FactsError(f"{where}: must be a mapping with 'base' and 'rates'")
    unknown = sorted(set(spec) - RATE_KEYS)
    if unknown:
        raise FactsError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(RATE_KEYS))})")
    base = spec.get("base")
    if not isinstance(base, str) or base.upper() not in CURRENCY_CODES:
        raise FactsError(f"{where}: field 'base': must be a currency code such as USD, not {base!r}")
    rates = spec.get("rates")
    if not isinstance(rates, Mapping) or not rates:
        raise FactsError(f"{where}: field 'rates': must map currency codes to their value in {base.upper()}")
    out = {}
    for code, rate in rates.items():
        if str(code).upper() not in CURRENCY_CODES:
            raise FactsError(f"{where}: field 'rates.{code}': unknown currency code")
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 < rate < math.inf:
            raise FactsError(f"{where}: field 'rates.{code}': must be a positive number, not {rate!r}")
        out[str(code).upper()] = float(rate)
    tolerance = spec.get("tolerance", 0.1)
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 <= tolerance < 1:
        raise FactsError(f"{where}: field 'tolerance': must be a fraction between 0 and 1, not {tolerance!r}")
    return Rates(base.upper(), out, float(tolerance))


def for_document(doc: Any, paths: Sequence[Any]) -> Facts:
    """The facts that apply to *doc*: facts in its own front matter (a ``facts:`` mapping
    in the file format), then the files *paths* (the configuration's, then plugins';
    a rule gets them as ``context.facts_paths``)."""
    facts = load(list(paths))
    get = getattr(doc, "front_matter_get", None)
    inline = get("facts") if get is not None else None
    if isinstance(inline, Mapping):
        own = parse_facts(inline, f"{doc.path}: front matter 'facts'")
        if own:
            facts = Facts(list(own.entities.values()) + list(facts.entities.values()), own.rates or facts.rates)
    return facts
