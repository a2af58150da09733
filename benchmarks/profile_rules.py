#!/usr/bin/env python3
"""Where the time goes: CPU seconds per stage and per rule over the BBC corpus.

Parses every article once (timed), then runs the pack scanner and each Python rule
over all documents in turn (each timed on its own). Rules that share cached analyses
(sentence splitting, claims cues, quantities, attribution) pay for them in whichever
runs first, so the order is fixed: the engine's. Usage::

    python benchmarks/profile_rules.py [--limit N]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LINTNEWS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data" / "bbc-news" / "bbc"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--format", choices=("text", "md"), default="text")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS} (set LINTNEWS_SHARED)", file=sys.stderr)
        return 2
    from lintnews.engine.config import Settings
    from lintnews.text.document import parse
    from lintnews.engine.linter import Linter
    from lintnews.rule import Context

    files = sorted(CORPUS.glob("*/*.txt"))
    if args.limit:
        files = files[: args.limit]
    texts = [f.read_bytes().decode("utf-8", "replace") for f in files]
    settings = Settings()
    linter = Linter()
    python_rules, scanner = linter.ruleset(settings).enabled(settings)
    suffix = "a.md" if args.format == "md" else "a.txt"

    clock = time.process_time
    t = clock()
    docs = [parse(x, suffix) for x in texts]
    for d in docs:
        for r in d.regions:
            r.sentences
    rows = [("parse and split sentences", clock() - t)]
    # Every parsed article stays alive here, unlike in a run (one file at a time): keep
    # them out of the garbage collector's full collections, as a run keeps its rules.
    gc.collect()
    gc.freeze()
    if scanner is not None:
        t = clock()
        for d in docs:
            list(scanner.run(d, settings))
        rows.append(("YAML pack scanner (all pack rules)", clock() - t))
    options = linter.ruleset(settings).options(settings)
    for rule in python_rules:
        context = Context(settings, options.get(rule.code), (), None, options) if rule.context is True else None
        t = clock()
        for d in docs:
            list(rule.check(d, context) if context is not None else rule.check(d))
        rows.append((f"{rule.code} {rule.name}", clock() - t))
    total = sum(s for _, s in rows)
    words = sum(len(x.split()) for x in texts)
    print(f"{len(files)} articles, {words:,} words, {total:.2f} s CPU in all\n")
    for name, seconds in sorted(rows, key=lambda r: -r[1]):
        print(f"{seconds:7.2f} s  {100 * seconds / total:5.1f}%  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
