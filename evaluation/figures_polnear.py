"""Figures findings on published US political news (PolNeAR), per 1,000 words.

PolNeAR (``../shared/data/polnear``, research use only) holds 1,008 published articles
from seven outlets. Published copy has been edited, so nearly every figures finding there
is a false alarm: this measures the figures rules' precision on copy written otherwise
than the BBC's (American spelling and style, long political features). The corpus' own
split is used: ``tune`` is train + dev, ``report`` is test.

    python evaluation/figures_polnear.py [--split tune|report|all] [--show N]

``--show`` prints up to N findings (file, line, rule, message) for reading.
"""

from __future__ import annotations

import argparse
import collections
import re
import time

from common import Runner, data_dir


def articles(split: str):
    root = data_dir("polnear")
    parts = {"tune": ("train", "dev"), "report": ("test",), "all": ("train", "dev", "test")}[split]
    for part in parts:
        for path in sorted((root / part / "text").glob("*.txt")):
            yield f"{part}/{path.name}", path.read_text(encoding="utf-8", errors="replace")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tune", "report", "all"), default="report")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    runner = Runner(["figures"])
    words = n = 0
    by_rule = collections.Counter()
    shown = []
    t0 = time.perf_counter()
    for name, text in articles(args.split):
        n += 1
        words += len(re.findall(r"\S+", text))
        for f in runner.lint(text, name):
            by_rule[f"{f.code} {f.severity.name.lower()}"] += 1
            if len(shown) < args.show:
                shown.append(f"    {name}:{f.line}: {f.code} {f.message}")
    total = sum(by_rule.values())
    print(f"PolNeAR ({args.split}): {n} articles, {words:,} words, linted (figures rules) in "
          f"{time.perf_counter() - t0:.1f}s")
    print(f"  findings: {total} = {1000 * total / max(words, 1):.3f} per 1,000 words")
    for rule, k in sorted(by_rule.items()):
        print(f"    {rule}: {k}")
    for line in shown:
        print(line)


if __name__ == "__main__":
    main()
