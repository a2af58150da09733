"""Units of measurement and currencies: names as written in news copy, dimensions and
conversion to a base unit per dimension.

:data:`UNITS` maps a lower-case spelling ("km", "kilometres", "sq miles") to a
:class:`Unit`. Values convert to the dimension's base unit (metres, kilograms, square
metres, litres, metres per second, seconds, watts, bytes) with ``factor``; temperature is
affine and handled by :func:`to_base`. Currencies are their own dimension per code and
convert only through exchange rates a newsroom configures (see ``docs/facts.md``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, Iterable, Optional, Tuple

from lintnews.records import FrozenRecord
from lintnews.matching import patterns as lazyre
from lintnews.matching.tries import trie_regex

#: Sets a field of an immutable record (whose own ``__setattr__`` refuses).
_set = object.__setattr__


class Unit(FrozenRecord):
    """A unit: ``key`` (canonical spelling), ``dim`` (dimension) and ``factor`` to base."""

    key: str
    dim: str
    factor: float

    __slots__ = ("key", "dim", "factor")

    def __init__(self, key: str, dim: str, factor: float = 1.0) -> None:
        _set(self, "key", key)
        _set(self, "dim", dim)
        _set(self, "factor", factor)


def _add(table: Dict[str, Unit], dim: str, key: str, factor: float, spellings: Iterable[str]) -> None:
    unit = Unit(key, dim, factor)
    table[key.lower()] = unit
    for s in spellings:
        table[s.lower()] = unit


UNITS: Dict[str, Unit] = {}
_SPEC: Tuple[Tuple[str, str, float, Tuple[str, ...]], ...] = (
    # length (metres); a bare "m" after a number is read as "million" in news copy
    ("length", "km", 1000.0, ("kilometre", "kilometres", "kilometer", "kilometers", "kms")),
    ("length", "metres", 1.0, ("metre", "meter", "meters")),
    ("length", "cm", 0.01, ("centimetre", "centimetres", "centimeter", "centimeters")),
    ("length", "mm", 0.001, ("millimetre", "millimetres", "millimeter", "millimeters")),
    ("length", "miles", 1609.344, ("mile", "mi")),
    ("length", "nautical miles", 1852.0, ("nautical mile", "nm")),
    ("length", "yards", 0.9144, ("yard", "yd", "yds")),
    ("length", "ft", 0.3048, ("foot", "feet")),
    ("length", "inches", 0.0254, ("inch", "in")),  # "in" only written against the number
    # mass (kilograms)
    ("mass", "kg", 1.0, ("kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kgs")),
    ("mass", "grams", 0.001, ("gram", "gramme", "grammes", "g")),  # "g" lower case, against the number
    ("mass", "tonnes", 1000.0, ("tonne", "metric tons", "metric ton", "tons", "ton", "t")),
    ("mass", "lb", 0.45359237, ("lbs",)),
    ("mass", "oz", 0.028349523, ("ounce", "ounces")),
    ("mass", "stone", 6.35029318, ("st",)),
    # area (square metres)
    ("area", "hectares", 1e4, ("hectare", "ha")),
    ("area", "acres", 4046.8564224, ("acre",)),
    ("area", "sq km", 1e6, ("km2", "km²", "sq kilometres", "square kilometres", "square kilometre",
                            "square kilometers", "square kilometer", "sqkm")),
    ("area", "sq miles", 2589988.110336, ("square miles", "square mile", "sq mile", "sq mi")),
    ("area", "sq m", 1.0, ("m2", "m²", "square metres", "square metre", "square meters", "sq metres")),
    ("area", "sq ft", 0.09290304, ("square feet", "square foot", "sq feet", "ft2", "ft²")),
    # volume (litres)
    ("volume", "litres", 1.0, ("litre", "liter", "liters")),
    ("volume", "ml", 0.001, ("millilitre", "millilitres", "milliliter", "milliliters")),
    ("volume", "gallons", 4.0, ("gallon",)),  # UK 4.55 or US 3.79: checked loosely
    ("volume", "pints", 0.52, ("pint",)),  # UK 0.568 or US 0.473: checked loosely
    ("volume", "barrels", 158.987, ("barrel", "bbl")),
    ("volume", "cubic metres", 1000.0, ("cubic metre", "cubic meters", "cubic meter", "m3", "m³")),
    # speed (metres per second)
    ("speed", "mph", 0.44704, ("miles per hour", "miles an hour")),
    ("speed", "km/h", 1 / 3.6, ("kph", "kmh", "km/hr", "kilometres per hour", "kilometres an hour",
                                 "kilometers per hour", "kilometers an hour")),
    ("speed", "knots", 0.514444, ("knot", "kn")),
    ("speed", "m/s", 1.0, ("metres per second", "meters per second")),
    # temperature (degrees Celsius; affine, see to_base)
    ("temperature", "°C", 1.0, ("c", "ºc", "degrees celsius", "degrees c", "degrees centigrade", "celsius",
                                "centigrade", "deg c", "degree celsius", "degree centigrade", "deg celsius", "degrees celcius", "celcius")),
    ("temperature", "°F", 1.0, ("f", "ºf", "degrees fahrenheit", "degrees f", "fahrenheit", "deg f", "degree fahrenheit",
                                "deg fahrenheit", "farenheit")),
    # energy and power (joules, watts)
    ("power", "MW", 1e6, ("megawatt", "megawatts")),
    ("power", "GW", 1e9, ("gigawatt", "gigawatts")),
    ("power", "kW", 1e3, ("kilowatt", "kilowatts")),
    ("energy", "kWh", 3.6e6, ("kilowatt-hours", "kilowatt hours", "kilowatt-hour")),
    ("energy", "MWh", 3.6e9, ("megawatt-hours", "megawatt hours")),
    ("energy", "GWh", 3.6e12, ("gigawatt-hours", "gigawatt hours")),
    ("energy", "TWh", 3.6e15, ("terawatt-hours", "terawatt hours")),
    # data (bytes)
    ("data", "KB", 1e3, ("kilobytes", "kilobyte")),
    ("data", "MB", 1e6, ("megabytes", "megabyte")),
    ("data", "GB", 1e9, ("gigabytes", "gigabyte")),
    ("data", "TB", 1e12, ("terabytes", "terabyte")),
    # durations (seconds); "years" also carries ages ("52 years old")
    ("time", "centuries", 3155760000.0, ("century",)),
    ("time", "decades", 315576000.0, ("decade",)),
    ("time", "years", 31557600.0, ("year", "yrs")),
    ("time", "months", 2629800.0, ("month",)),
    ("time", "fortnights", 1209600.0, ("fortnight",)),
    ("time", "weeks", 604800.0, ("week", "wks")),
    ("time", "days", 86400.0, ("day",)),
    ("time", "hours", 3600.0, ("hour", "hrs", "hr", "h")),
    ("time", "minutes", 60.0, ("minute", "mins", "min")),
    ("time", "seconds", 1.0, ("second", "secs", "sec")),
    # shares
    ("percent", "%", 1.0, ("per cent", "percent", "pc", "per centage")),
    ("pp", "percentage points", 1.0, ("percentage point", "percentage-point", "percentage-points")),
    ("points", "points", 1.0, ("point", "pts")),
)
for _dim, _key, _factor, _spellings in _SPEC:
    _add(UNITS, _dim, _key, _factor, _spellings)
UNITS["basis points"] = UNITS["basis point"] = Unit("percentage points", "pp", 0.01)

#: Currency codes by symbol or word as written. "$" alone is read as US dollars.
CURRENCY_SYMBOLS: Dict[str, str] = {
    "£": "GBP", "$": "USD", "us$": "USD", "€": "EUR", "¥": "JPY", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "rs": "INR", "rs.": "INR",
    "₹": "INR", "₽": "RUB", "₩": "KRW", "chf": "CHF", "r$": "BRL", "usd": "USD", "gbp": "GBP",
    "eur": "EUR",
}
CURRENCY_WORDS: Dict[str, Tuple[str, float]] = {
    "pounds": ("GBP", 1.0), "pound": ("GBP", 1.0), "sterling": ("GBP", 1.0),
    "pence": ("GBP", 0.01), "p": ("GBP", 0.01),
    "dollars": ("USD", 1.0), "dollar": ("USD", 1.0), "cents": ("USD", 0.01), "cent": ("USD", 0.01),
    "us dollars": ("USD", 1.0), "us dollar": ("USD", 1.0), "hong kong dollars": ("HKD", 1.0),
    "australian dollars": ("AUD", 1.0), "canadian dollars": ("CAD", 1.0), "new zealand dollars": ("NZD", 1.0),
    "singapore dollars": ("SGD", 1.0), "taiwan dollars": ("TWD", 1.0), "swiss francs": ("CHF", 1.0),
    "euros": ("EUR", 1.0), "euro": ("EUR", 1.0), "yen": ("JPY", 1.0), "yuan": ("CNY", 1.0),
    "renminbi": ("CNY", 1.0), "rupees": ("INR", 1.0), "rupee": ("INR", 1.0),
    "roubles": ("RUB", 1.0), "rubles": ("RUB", 1.0), "rouble": ("RUB", 1.0),
    "francs": ("CHF", 1.0), "hryvnias": ("UAH", 1.0), "hryvnia": ("UAH", 1.0),
    "lira": ("TRY", 1.0), "rand": ("ZAR", 1.0), "pesos": ("MXN", 1.0), "peso": ("MXN", 1.0),
    "baht": ("THB", 1.0), "zloty": ("PLN", 1.0), "kroner": ("DKK", 1.0), "krone": ("DKK", 1.0),
    "kronor": ("SEK", 1.0), "krona": ("SEK", 1.0), "ringgit": ("MYR", 1.0), "rupiah": ("IDR", 1.0),
    "shekels": ("ILS", 1.0), "dinars": ("DZD", 1.0), "naira": ("NGN", 1.0), "dirhams": ("AED", 1.0),
    "riyals": ("SAR", 1.0), "yuan renminbi": ("CNY", 1.0),
}

#: Spellings of ``scale`` words after a number: "£4.5bn", "3 million".
SCALES: Dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}


_SPACES = lazyre.compile(r"\s+")


@lru_cache(maxsize=1024)
def lookup(spelling: str) -> Optional[Unit]:
    """The unit written as *spelling* (case-insensitive, spaces normalised)."""
    return UNITS.get(_SPACES.sub(" ", spelling.strip().lower()).rstrip("."))


def to_base(value: float, unit: Unit) -> float:
    """*value* in *unit* converted to the dimension's base unit."""
    if unit.dim == "temperature":
        return (value - 32.0) * 5.0 / 9.0 if unit.key == "°F" else value
    return value * unit.factor


def from_base(value: float, unit: Unit) -> float:
    """A base-unit *value* expressed in *unit*."""
    if unit.dim == "temperature":
        return value * 9.0 / 5.0 + 32.0 if unit.key == "°F" else value
    return value / unit.factor


def unit_alternation() -> str:
    """A regex matching every unit spelling, longest first (for the extractor); a blank
    matches any run of white space.

    Written as a trie: at each position the engine tries one branch per next character
    instead of every spelling in turn. The spellings that match at one position are
    prefixes of one another, so the trie tries them in the same order as an alternation
    sorted longest first, and the extractor finds the same figures."""
    return trie_regex(UNITS).replace(r"\ ", r"\s+")
