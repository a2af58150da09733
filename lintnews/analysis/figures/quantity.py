"""A figure as written: :class:`Quantity`, its value, unit and the interval it allows.

Extraction lives in :mod:`lintnews.analysis.figures.extract`; how qualifiers, ages, years and ranges are
read lives in :mod:`lintnews.analysis.figures.reading`.
"""

from __future__ import annotations

import math
import weakref
from typing import Optional, Tuple

from lintnews.text.document import Region, Sentence
from lintnews.analysis.figures.units import Unit
from lintnews.analysis.figures.units import to_base as _unit_to_base

INF = math.inf
#: How a qualifier widens a stated value v: (low factor, high factor).
_APPROX = {"about": (0.85, 1.15), "nearly": (0.8, 1.0), "over": (1.0, INF), "under": (0.0, 1.0)}


class Quantity:
    """One figure as written, with the interval of values it is consistent with."""

    region: Region
    start: int  # region offsets: the figure with its currency, scale and unit
    end: int
    value: float  # as written, times its scale ("£4.5bn" -> 4.5e9)
    half: float  # rounding allowance in the same units
    dim: str  # count, currency, percent, length, mass, ..., age, year, fraction
    unit: Optional[Unit]
    currency: str
    qualifier: str
    qual_start: int
    upper: Optional[float]  # second value of a range
    vague: bool
    person: str  # for ages: the surname the age belongs to
    sentence: Optional[Sentence]
    scale: float
    doc_ref: Optional['weakref.ref']  # the document (weakly)
    extra: dict

    __slots__ = (
        "region", "start", "end", "value", "half", "dim", "unit", "currency", "qualifier", "qual_start",
        "upper", "vague", "person", "sentence", "scale", "doc_ref", "extra"
    )

    def __init__(
        self,
        region: Region,
        start: int,
        end: int,
        value: float,
        half: float,
        dim: str,
        unit: Optional[Unit] = None,
        currency: str = '',
        qualifier: str = '',
        qual_start: int = -1,
        upper: Optional[float] = None,
        vague: bool = False,
        person: str = '',
        sentence: Optional[Sentence] = None,
        scale: float = 1.0,
        doc_ref: Optional['weakref.ref'] = None,
        extra: Optional[dict] = None,
    ) -> None:
        self.region = region
        self.start = start
        self.end = end
        self.value = value
        self.half = half
        self.dim = dim
        self.unit = unit
        self.currency = currency
        self.qualifier = qualifier
        self.qual_start = qual_start
        self.upper = upper
        self.vague = vague
        self.person = person
        self.sentence = sentence
        self.scale = scale
        self.doc_ref = doc_ref
        self.extra = {} if extra is None else extra

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"region={self.region!r}, "
            f"start={self.start!r}, "
            f"end={self.end!r}, "
            f"value={self.value!r}, "
            f"half={self.half!r}, "
            f"dim={self.dim!r}, "
            f"unit={self.unit!r}, "
            f"currency={self.currency!r}, "
            f"qualifier={self.qualifier!r}, "
            f"qual_start={self.qual_start!r}, "
            f"upper={self.upper!r}, "
            f"vague={self.vague!r}, "
            f"person={self.person!r}, "
            f"sentence={self.sentence!r}, "
            f"scale={self.scale!r}, "
            f"doc_ref={self.doc_ref!r}, "
            f"extra={self.extra!r})"
        )

    def replace(self, **changes: object) -> "Quantity":
        """A copy with *changes* (field names to new values), as ``dataclasses.replace``."""
        values = {
            "region": self.region,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "half": self.half,
            "dim": self.dim,
            "unit": self.unit,
            "currency": self.currency,
            "qualifier": self.qualifier,
            "qual_start": self.qual_start,
            "upper": self.upper,
            "vague": self.vague,
            "person": self.person,
            "sentence": self.sentence,
            "scale": self.scale,
            "doc_ref": self.doc_ref,
            "extra": self.extra,
        }
        values.update(changes)
        return self.__class__(**values)

    @property
    def text(self) -> str:
        return self.region.text[self.start : self.end]

    @property
    def key(self) -> Tuple[str, str]:
        """What must match for two figures to be comparable: dimension and unit family."""
        if self.dim == "currency":
            return ("currency", self.currency)
        return (self.dim, "")

    @property
    def base(self) -> float:
        """The value in the dimension's base unit (metres, kilograms, ...)."""
        return to_base(self.value, self)

    @property
    def low(self) -> float:
        lo = self.value - self.half
        f = self._approx()
        if f:
            lo = min(lo, self.value * f[0] - self.half)
        return lo

    @property
    def high(self) -> float:
        top = self.upper if self.upper is not None else self.value
        hi = top + self.half
        f = self._approx()
        if f:
            hi = INF if f[1] == INF else max(hi, top * f[1] + self.half)
        return hi

    def _approx(self) -> Optional[Tuple[float, float]]:
        """How the qualifier widens the value: "about 18,500" by 15%, but "some 18,489",
        written to the last unit, only by 3%."""
        f = _APPROX.get(self.qualifier)
        if f is not None and self.qualifier == "about" and self.half <= 0.5 and self.scale == 1.0 \
                and self.value >= 100 and self.value % 10:
            return (0.97, 1.03)
        if f is not None and self.qualifier == "about" and self.upper is None and self.value > 0:
            # "some 21,300", "about 2.35 million": three significant digits are a precise
            # figure; about allows a unit of the last digit and 3% more, not 15%
            sig, unit = _significance(self.value, self.scale)
            if sig >= 3:
                w = 0.03 + unit / self.value
                return (1 - w, 1 + w)
        return f

    def base_interval(self) -> Tuple[float, float]:
        """``(low, high)`` in base units."""
        return to_base(self.low, self), to_base(self.high, self)

    @property
    def comparable(self) -> bool:
        """True for figures that may be compared with others (not years, codes, vague)."""
        return not self.vague and self.dim not in ("year", "score", "day")


def _significance(value: float, scale: float) -> Tuple[int, float]:
    """The significant digits of a figure as written and the place of the last one:
    21,300: (3, 100); "2.35 million": (3, 10,000); 70: (1, 10)."""
    shown = f"{value / scale:.6f}".rstrip("0").rstrip(".")
    if "." in shown:
        whole, frac = shown.split(".")
        return len((whole + frac).lstrip("0")), 10.0 ** -len(frac) * scale
    zeros = len(shown) - len(shown.rstrip("0"))
    return len(shown.lstrip("0")) - zeros, 10.0 ** zeros * scale


def to_base(value: float, q: Quantity) -> float:
    if value in (INF, -INF) or q.unit is None:
        return value
    return _unit_to_base(value, q.unit)
