"""The figure reader (``lintnews.analysis.figures.reader``) against public test suites, per type.

Reads every test sentence with :func:`read_figures` and checks each expected quantity:
*read* when a figure overlaps its span and gives its value (and, for units, its kind),
*misread* when a figure overlaps it with another value or kind, *missed* when none does.
*Extra* counts figures the suite does not expect (its sentences include traps such as
"192.168.1.2" and "the 180.25ml liquid", and our reader deliberately leaves ordinals,
codes and versions out).

* tune: quantulum3 (``quantities.json``, ``quantities.ambiguity.json``) and the
  even-numbered cases of each Recognizers-Text spec (quantulum3 has no dates, times or
  ages; the suite's SOURCE allows splitting each set by index parity);
* report: the odd-numbered cases of the Recognizers-Text English specs: Number
  (numbers, percentages, ranges, ordinals), NumberWithUnit (age, currency, dimension,
  temperature) and DateTime (dates, times, durations; the parser specs, whose values
  are given).

Cases marked ``NotSupported`` are skipped, as the suite's SOURCE advises.

Usage: ``python evaluation/figures_reader.py [--split tune|report|all] [--show N]``.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lintnews.analysis.figures.reader import Figure, read_figures  # noqa: E402
from lintnews.text.document import parse  # noqa: E402

SHARED = Path(os.environ.get("LINTNEWS_SHARED", ROOT.parent / "shared"))
TESTS = SHARED / "data" / "quantity_tests"
RT = TESTS / "recognizers_text" / "Specs"

#: (type, spec file) scored on the report split.
REPORT_SPECS = (
    ("number", "Number/English/NumberModel.json"),
    ("percent", "Number/English/PercentModel.json"),
    ("range", "Number/English/NumberRangeModel.json"),
    ("ordinal", "Number/English/OrdinalModel.json"),
    ("age", "NumberWithUnit/English/AgeModel.json"),
    ("currency", "NumberWithUnit/English/CurrencyModel.json"),
    ("dimension", "NumberWithUnit/English/DimensionModel.json"),
    ("temperature", "NumberWithUnit/English/TemperatureModel.json"),
    ("date", "DateTime/English/DateParser.json"),
    ("time", "DateTime/English/TimeParser.json"),
    ("duration", "DateTime/English/DurationParser.json"),
)
_DIMENSIONS = frozenset("length mass area volume speed data power energy".split())


class Expected:
    """One quantity a suite expects: its span, its type and a test for a figure."""

    def __init__(self, kind: str, start: int, end: int, check, text: str) -> None:
        self.kind, self.start, self.end, self.check, self.text = kind, start, end, check, text


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _number(value: str) -> Optional[float]:
    try:
        return float(value.replace(",", ""))
    except ValueError:
        return None


def _checker(kind: str, res: dict):
    """A test ``figure -> bool`` for one expected result of a Recognizers-Text spec."""
    resolution = res.get("Resolution") or {}
    value = res.get("Value") or {}
    if kind in ("number", "ordinal"):
        want = _number(str(resolution.get("value", "")))
        return lambda f: want is not None and _close(f.value, want)
    if kind == "percent":
        want = _number(str(resolution.get("value", "")).rstrip("%"))
        return lambda f: want is not None and f.kind == "percent" and _close(f.value, want)
    if kind == "range":
        m = re.fullmatch(r"[\[(]\s*([-\d.e+]*)\s*,\s*([-\d.e+]*)\s*[\])]", str(resolution.get("value", "")))
        lo = _number(m.group(1)) if m and m.group(1) else None
        hi = _number(m.group(2)) if m and m.group(2) else None

        def in_range(f: Figure) -> bool:
            if lo is not None and hi is not None:
                return f.upper is not None and _close(f.value, lo) and _close(f.upper, hi)
            bound = lo if lo is not None else hi
            side = "over" if lo is not None else "under"
            return bound is not None and _close(f.value, bound) and f.approx == side
        return in_range
    if kind in ("age", "temperature", "currency", "dimension"):
        want = _number(str(resolution.get("value", "")))
        kinds = {"age": ("age",), "temperature": ("temperature",), "currency": ("currency",)}.get(kind, _DIMENSIONS)
        # pence and cents are read as hundredths of their pound or dollar
        hundredths = str(resolution.get("unit", "")).lower() in ("pence", "cent", "penny")
        return lambda f: want is not None and f.kind in kinds and (
            _close(f.value, want) or hundredths and _close(100 * f.value, want))
    if kind == "date":
        timex = str(value.get("Timex", ""))
        m = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", timex)
        if not m:
            return None
        year, month, day = m.groups()

        def same_day(f: Figure) -> bool:
            c = f.mention
            return (f.kind == "date" and c is not None and c.month == int(month) and c.day == int(day)
                    and (year == "XXXX" or c.year in (None, int(year))))
        return same_day
    if kind == "time":
        timex = str(value.get("Timex", ""))
        m = re.fullmatch(r"T(\d\d)(?::(\d\d))?(?::\d\d)?", timex)
        if not m:
            return None
        minutes = int(m.group(1)) * 60 + int(m.group(2) or 0)
        return lambda f: f.kind == "time" and f.minutes is not None and f.minutes % 720 == minutes % 720
    if kind == "duration":
        seconds = _number(str((value.get("FutureResolution") or {}).get("duration", "")))
        # a month is 30 days there, 30.44 here (a year 365 and 365.25 days): 2.5% apart at most
        return lambda f: seconds is not None and f.kind == "duration" and abs(f.base - seconds) <= 0.025 * seconds
    return None


def recognizers_cases(kind: str, spec: str, parity: int) -> Iterable[Tuple[str, List[Expected]]]:
    """The cases of one spec whose index has the given *parity* (0 tune, 1 report)."""
    data = json.loads((RT / spec).read_text(encoding="utf-8-sig"))
    for i, case in enumerate(data):
        if i % 2 != parity:
            continue
        if "NotSupported" in case or "NotSupportedByDesign" in case:
            continue
        text = case["Input"]
        expected = []
        for res in case.get("Results", []):
            if kind == "number" and res.get("TypeName") not in ("number", None):
                continue
            start = res["Start"]
            end = start + res["Length"] if "Length" in res else res["End"] + 1
            check = _checker(kind, res)
            if check is not None:
                expected.append(Expected(kind, start, end, check, res.get("Text", "")))
        yield text, expected


def quantulum_cases() -> Iterable[Tuple[str, List[Expected]]]:
    for name in ("quantities.json", "quantities.ambiguity.json"):
        for case in json.loads((TESTS / "quantulum3" / name).read_text(encoding="utf-8")):
            text = case["req"]
            expected = []
            for res in case.get("res", []):
                surface = res.get("surface", "")
                at = text.find(surface)
                if at < 0 or not isinstance(res.get("value"), (int, float)):
                    continue
                want = float(res["value"])
                unit = str(res.get("unit", ""))
                kind = _quantulum_kind(unit)
                expected.append(Expected(kind, at, at + len(surface),
                                         (lambda w: lambda f: _close(f.value, w) or _close(f.base, w))(want), surface))
            yield text, expected


def _quantulum_kind(unit: str) -> str:
    unit = unit.lower()
    if unit in ("dimensionless", ""):
        return "number"
    if "percent" in unit:
        return "percent"
    if any(w in unit for w in ("dollar", "pound sterling", "euro", "yen", "rupee", "cent", "franc")):
        return "currency"
    if any(w in unit for w in ("celsius", "fahrenheit", "kelvin")):
        return "temperature"
    if any(w in unit for w in ("second", "minute", "hour", "day", "week", "month", "year")):
        return "duration"
    return "dimension"


def score(cases: Iterable[Tuple[str, List[Expected]]], show: int, label: str) -> Dict[str, List[int]]:
    """Per type: [expected, read, misread, missed]; plus extras (figures expected nowhere)."""
    counts: Dict[str, List[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    extra = 0
    sentences = 0
    examples: List[str] = []
    for text, expected in cases:
        sentences += 1
        figures = read_figures(parse(text, "case.txt"))
        used = set()
        for e in expected:
            row = counts[e.kind]
            row[0] += 1
            over = [f for f in figures if f.start < e.end and e.start < f.end]
            used.update(id(f) for f in over)
            if any(e.check(f) for f in over):
                row[1] += 1
            elif over:
                row[2] += 1
                if len(examples) < show:
                    examples.append(f"  misread {e.kind}: {e.text!r} in {text!r} -> {[f.text for f in over]}")
            else:
                row[3] += 1
                if len(examples) < show:
                    examples.append(f"  missed  {e.kind}: {e.text!r} in {text!r}")
        extra += sum(1 for f in figures if id(f) not in used)
    print(f"{label}: {sentences} sentences")
    print(f"  {'type':<12} {'expected':>8} {'read':>6} {'misread':>8} {'missed':>7}   read share")
    total = [0, 0, 0, 0]
    for kind in sorted(counts):
        row = counts[kind]
        total = [a + b for a, b in zip(total, row)]
        print(f"  {kind:<12} {row[0]:>8} {row[1]:>6} {row[2]:>8} {row[3]:>7}   {row[1] / max(row[0], 1):.2f}")
    print(f"  {'all':<12} {total[0]:>8} {total[1]:>6} {total[2]:>8} {total[3]:>7}   {total[1] / max(total[0], 1):.2f}")
    print(f"  figures read where the suite expects none: {extra}")
    for line in examples:
        print(line)
    return counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("tune", "report", "all"), default="report")
    parser.add_argument("--show", type=int, default=0, help="print N misread or missed cases")
    args = parser.parse_args(argv)
    if args.split in ("tune", "all"):
        score(quantulum_cases(), args.show, "quantulum3 (tune)")
        cases: List[Tuple[str, List[Expected]]] = []
        for kind, spec in REPORT_SPECS:
            cases.extend(recognizers_cases(kind, spec, 0))
        score(cases, args.show, "Recognizers-Text English, even-numbered cases (tune)")
    if args.split in ("report", "all"):
        cases = []
        for kind, spec in REPORT_SPECS:
            cases.extend(recognizers_cases(kind, spec, 1))
        score(cases, args.show, "Recognizers-Text English, odd-numbered cases (report)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
