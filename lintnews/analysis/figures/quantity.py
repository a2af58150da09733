"""A figure as written: :class:`Quantity`, its value, unit and the interval it allows.

Extraction lives in :mod:`lintnews.analysis.figures.extract`; how qualifiers, ages, years and ranges are
read lives in :mod:`lintnews.analysis.figures.reading`.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass, field
from typing import Optional, Tuple

from lintnews.text.document import Region, Sentence
from lintnews.analysis.figures.units import Unit
from lintnews.analysis.figures.units import to_base as _unit_to_base

INF = math.inf
#: How a qualifier widens a stated value v: (low factor, high factor).
_APPROX = {"about": (0.85, 1.15), "nearly": (0.8, 1.0), "over": (1.0, INF), "under": (0.0, 1.0)}


@dataclass(eq=False, slots=True)
class Quantity:
    """One figure as written, with the interval of values it is consistent with."""

    region: Region
    start: int  # region offsets: the figure with its currency, scale and unit
    end: int
    value: float  # as written, times its scale ("£4.5bn" -> 4.5e9)
    half: float  # rounding allowance in the same units
    dim: str  # count, currency, percent, length, mass, ..., age, year, fraction
    unit: Optional[Unit] = None
    currency: str = ""
    qualifier: str = ""  # about | nearly | over | under | "" (exact)
    qual_start: int = -1  # start of the qualifier ("more than"), or ``start``
    upper: Optional[float] = None  # second value of a range
    vague: bool = False  # "hundreds", "dozens": never compared
    person: str = ""  # for ages: the surname the age belongs to
    sentence: Optional[Sentence] = None
    scale: float = 1.0  # the scale word's factor ("m": 1e6)
    doc_ref: Optional["weakref.ref"] = None  # the document (weakly)
    extra: dict = field(default_factory=dict)

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
        return f

    def base_interval(self) -> Tuple[float, float]:
        """``(low, high)`` in base units."""
        return to_base(self.low, self), to_base(self.high, self)

    @property
    def comparable(self) -> bool:
        """True for figures that may be compared with others (not years, codes, vague)."""
        return not self.vague and self.dim not in ("year", "score", "day")


def to_base(value: float, q: Quantity) -> float:
    if value in (INF, -INF) or q.unit is None:
        return value
    return _unit_to_base(value, q.unit)
