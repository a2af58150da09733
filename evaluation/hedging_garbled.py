"""All the hedging and garbled-phrasing figures, against their targets.

    python evaluation/hedging_garbled.py

Runs, on the report splits:
- CoNLL-2010 Wikipedia test split, sentence level (hedging category + ``vague-source``
  rules): target F1 >= 0.60;
- WMT23 MQM zh-en news, report half: garbled precision >= 0.9 at recall >= 0.15;
- BBC News: warning-level hedging and garbled findings <= 1.0 per 1,000 words each
  (all articles, and the odd-numbered ones never read while curating);
- the peers' suites (Harper, retext-usage, proselint).

The detailed scripts (``conll2010_hedging.py``, ``wmt_mqm_garbled.py``,
``bbc_false_alarms.py``, ``peer_suites.py``) take options for the tuning splits and
for printing examples.
"""

from __future__ import annotations

import collections
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(script: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, str(HERE / script), *args], capture_output=True, text=True, check=True
    ).stdout
    return out


def numbers(text: str) -> dict:
    return {k: float(v) for k, v in re.findall(r"(precision|recall|F1) ([0-9.]+)", text)}


def bbc_rates(text: str) -> dict:
    rates = collections.defaultdict(float)
    for cat, sev, rate in re.findall(r"^\| (\w+) \| (warning|info) \| \d+ \| ([0-9.]+) \|$", text, re.M):
        rates[(cat, sev)] = float(rate)
    return rates


def main() -> None:
    rows = []
    conll = numbers(run("conll2010_hedging.py", "--split", "test"))
    rows.append(("CoNLL-2010 Wikipedia test, F1", f"{conll['F1']:.3f}", ">= 0.60",
                 f"P {conll['precision']:.3f} / R {conll['recall']:.3f}", conll["F1"] >= 0.60))
    wmt = numbers(run("wmt_mqm_garbled.py", "--half", "report"))
    ok = wmt["precision"] >= 0.9 and wmt["recall"] >= 0.15
    rows.append(("WMT23 MQM report half, garbled", f"P {wmt['precision']:.3f} / R {wmt['recall']:.3f}",
                 "P >= 0.9 at R >= 0.15", "", ok))
    for files in ("all", "odd"):
        rates = bbc_rates(run("bbc_false_alarms.py", "--files", files))
        for cat in ("hedging", "garbled"):
            w, i = rates[(cat, "warning")], rates[(cat, "info")]
            rows.append((f"BBC ({files} articles), {cat} warnings / 1,000 words", f"{w:.2f}", "<= 1.0",
                         f"info {i:.2f}", w <= 1.0))
    width = max(len(r[0]) for r in rows)
    for name, value, target, extra, passed in rows:
        print(f"{name:<{width}}  {value:<16} target {target:<22} {'met' if passed else 'NOT MET'}  {extra}")
    print()
    print(run("peer_suites.py"))


if __name__ == "__main__":
    main()
