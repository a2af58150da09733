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
import json
import random
import re
from pathlib import Path

from common import Runner, data_dir, table

WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def articles(files: str = "all", every: int = 1):
    root = data_dir("bbc-news") / "bbc"
    for i, path in enumerate(sorted(root.glob("*/*.txt"))):
        if i % every:
            continue
        number = int(path.stem) if path.stem.isdigit() else 0
        if files == "even" and number % 2 or files == "odd" and not number % 2:
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        yield path.relative_to(root).as_posix(), text


def _sentence(line: str, col: int) -> str:
    """The sentence of *line* around column *col* (a rough split, for reading)."""
    starts = [0] + [m.end() for m in re.finditer(r"[.!?][\"”’]?\s+(?=[A-Z\"“])", line)]
    start = max(s for s in starts if s <= col)
    m = re.search(r"[.!?][\"”’]?(?:\s|$)", line[col:])
    end = col + m.end() if m else len(line)
    return line[start:end].strip()[:240]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--category", nargs="+", default=["hedging", "garbled"])
    ap.add_argument("--examples", type=int, default=0, help="print N random warning findings per rule")
    ap.add_argument("--files", choices=["all", "even", "odd"], default="all")
    ap.add_argument("--every", type=int, default=1, help="lint every Nth article only (in sorted order)")
    ap.add_argument("--sample", type=int, default=0, help="print a seeded random sample of N findings per category, any severity")
    ap.add_argument("--sample-seed", type=int, default=2024)
    ap.add_argument("--list", action="store_true", help="print every finding (any severity), one a line, to compare runs")
    ap.add_argument("--dump", type=Path, help="write every finding (article, line, code, severity, sentence) as JSON lines "
                    "to this file (keep it under evaluation/results/, which is not committed)")
    ap.add_argument("--new-since", type=Path, help="a --dump file of an earlier run: print a seeded sample of the findings "
                    "that are new in this run (same article, code and sentence)")
    args = ap.parse_args()
    runner = Runner(args.category)
    words = 0
    by_sev = collections.Counter()
    by_rule = collections.Counter()
    samples = collections.defaultdict(list)
    everything = collections.defaultdict(list)
    sentences = 0
    dumped = []
    listed = []
    from lintnews.text.document import parse

    for name, text in articles(args.files, args.every):
        words += len(WORD.findall(text))
        sentences += sum(len(r.sentences) for r in parse(text, name.replace("/", "-")).regions)
        for f in runner.lint(text, name.replace("/", "-")):
            if args.dump or args.new_since:
                dumped.append({"article": name, "line": f.line, "code": f.code, "severity": str(f.severity),
                               "sentence": _sentence(text.splitlines()[f.line - 1], f.column - 1)})
            if args.list:
                listed.append(f"{name}:{f.line}:{f.column} {f.code} | {_sentence(text.splitlines()[f.line - 1], f.column - 1)}")
            if args.sample:
                line = text.splitlines()[f.line - 1]
                everything[f.category].append(
                    f"{name}:{f.line} {f.code} {f.severity} [{text.splitlines()[f.line - 1][f.column - 1 : f.column - 1 + 40]}] | "
                    + _sentence(line, f.column - 1)
                )
            by_sev[(f.category, str(f.severity))] += 1
            by_rule[(f.code, f.name, str(f.severity))] += 1
            if str(f.severity) != "info":
                line = text.splitlines()[f.line - 1]
                context = line[max(0, f.column - 60) : f.column + 60]
                samples[f.code].append(f"{name}:{f.line}: {f.message} | {context}")
    per_k = lambda n: n * 1000 / words  # noqa: E731
    per_s = lambda n: n * 1000 / max(sentences, 1)  # noqa: E731
    print(f"BBC News ({args.files} articles, every {args.every}): {words:,} words, {sentences:,} sentences")
    rows = []
    for cat in args.category:
        for sev in ("warning", "info"):
            n = by_sev[(cat, sev)]
            rows.append((cat, sev, n, f"{per_k(n):.2f}", f"{per_s(n):.2f}"))
    print(table(rows, ["category", "severity", "findings", "per 1,000 words", "per 1,000 sentences"]))
    print()
    rows = [(c, n, s, k, f"{per_k(k):.3f}") for (c, n, s), k in sorted(by_rule.items())]
    print(table(rows, ["rule", "name", "severity", "findings", "per 1,000 words"]))
    if args.list:
        print()
        print("\n".join(sorted(listed)))
    if args.sample:
        for cat in args.category:
            pool = everything[cat]
            print(f"\nA seeded sample (seed {args.sample_seed}) of {min(args.sample, len(pool))} of {len(pool)} {cat} findings:")
            for n, item in enumerate(random.Random(args.sample_seed).sample(pool, min(args.sample, len(pool))), 1):
                print(f"{n:3d}. {item}")
    if args.dump:
        args.dump.parent.mkdir(parents=True, exist_ok=True)
        args.dump.write_text("".join(json.dumps(d) + "\n" for d in dumped), encoding="utf-8")
    if args.new_since:
        key = lambda d: (d["article"], d["code"], d["sentence"])  # noqa: E731
        old = {key(json.loads(line)) for line in args.new_since.read_text(encoding="utf-8").splitlines() if line}
        new = [d for d in dumped if key(d) not in old]
        now = {key(d) for d in dumped}
        gone = len(old - now)
        print(f"\n{len(new)} findings new since {args.new_since.name}, {gone} gone; by rule: "
              + ", ".join(f"{c} {n}" for c, n in collections.Counter(d["code"] for d in new).most_common()))
        pick = random.Random(args.sample_seed).sample(new, min(args.sample or 40, len(new)))
        for n, d in enumerate(pick, 1):
            print(f"{n:3d}. {d['article']}:{d['line']} {d['code']} {d['severity']} | {d['sentence']}")
    if args.examples:
        rng = random.Random(0)
        for code in sorted(samples):
            print(f"\n{code}:")
            for line in rng.sample(samples[code], min(args.examples, len(samples[code]))):
                print("  " + line)


if __name__ == "__main__":
    main()
