"""False alarms on published copy: BBC News articles (2004-05), findings per 1,000 words.

The articles are edited copy, so most findings there are false alarms. Targets:
warning-level hedging and garbled findings at most 1.0 per 1,000 words each.

    python evaluation/bbc_false_alarms.py [--examples N] [--category hedging garbled] [--files odd]

The phrase lists were curated against the even-numbered articles of each topic
(``--files even``); the odd-numbered ones (``--files odd``) were never read while
curating and are the held-out figure.
"""

from __future__ import annotations

import argparse
import collections
import random
import re

from common import Runner, data_dir, table

WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def articles(files: str = "all"):
    root = data_dir("bbc-news") / "bbc"
    for path in sorted(root.glob("*/*.txt")):
        number = int(path.stem) if path.stem.isdigit() else 0
        if files == "even" and number % 2 or files == "odd" and not number % 2:
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        yield path.relative_to(root).as_posix(), text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--category", nargs="+", default=["hedging", "garbled"])
    ap.add_argument("--examples", type=int, default=0, help="print N random warning findings per rule")
    ap.add_argument("--files", choices=["all", "even", "odd"], default="all")
    args = ap.parse_args()
    runner = Runner(args.category)
    words = 0
    by_sev = collections.Counter()
    by_rule = collections.Counter()
    samples = collections.defaultdict(list)
    for name, text in articles(args.files):
        words += len(WORD.findall(text))
        for f in runner.lint(text, name.replace("/", "-")):
            by_sev[(f.category, str(f.severity))] += 1
            by_rule[(f.code, f.name, str(f.severity))] += 1
            if str(f.severity) != "info":
                line = text.splitlines()[f.line - 1]
                context = line[max(0, f.column - 60) : f.column + 60]
                samples[f.code].append(f"{name}:{f.line}: {f.message} | {context}")
    per_k = lambda n: n * 1000 / words  # noqa: E731
    print(f"BBC News ({args.files} articles): {words:,} words")
    rows = []
    for cat in args.category:
        for sev in ("warning", "info"):
            n = by_sev[(cat, sev)]
            rows.append((cat, sev, n, f"{per_k(n):.2f}"))
    print(table(rows, ["category", "severity", "findings", "per 1,000 words"]))
    print()
    rows = [(c, n, s, k, f"{per_k(k):.3f}") for (c, n, s), k in sorted(by_rule.items())]
    print(table(rows, ["rule", "name", "severity", "findings", "per 1,000 words"]))
    if args.examples:
        rng = random.Random(0)
        for code in sorted(samples):
            print(f"\n{code}:")
            for line in rng.sample(samples[code], min(args.examples, len(samples[code]))):
                print("  " + line)


if __name__ == "__main__":
    main()
