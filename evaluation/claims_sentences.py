#!/usr/bin/env python3
"""The claims and hedging rules on labelled single sentences (the project's own).

Reads ``label<TAB>kind<TAB>sentence`` files (``training/claims/``: ``claim``, ``vague``,
``hedge``, ``ok``), lints each sentence on its own and scores, sentence by sentence:

- claims: a claims finding (CLM, any severity) against the labels ``claim`` and ``vague``;
- hedging: a hedging finding (HDG) against the label ``hedge``;

with the recall of each kind of claim and the share of each kind of ``ok`` sentence that
the claims rules flag (timetables, sourced forecasts, routine causes ...).

    python evaluation/claims_sentences.py training/claims/heldout/*.tsv
    python evaluation/claims_sentences.py training/claims/extra/writer-voice-a.tsv --without CLM010
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from common import prf, table

import lintnews


def read(paths):
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                label, kind, text = line.split("\t")
                yield label, kind, text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--without", nargs="*", default=[], help="rule codes to leave out (e.g. CLM010)")
    ap.add_argument("--show", choices=["missed", "false", "both"], help="print the sentences scored wrong")
    args = ap.parse_args(argv)
    counts = {"claims": [0, 0, 0], "hedging": [0, 0, 0]}
    by_kind = collections.defaultdict(lambda: [0, 0])
    wrong = []
    for label, kind, text in read(args.files):
        codes = {f.code for f in lintnews.lint_text(text + "\n", "sentence.md")} - set(args.without)
        for cat, prefix, positive in (("claims", "CLM", label in ("claim", "vague")), ("hedging", "HDG", label == "hedge")):
            flagged = any(c.startswith(prefix) for c in codes)
            tp, fp, fn = counts[cat]
            counts[cat] = [tp + (flagged and positive), fp + (flagged and not positive), fn + (positive and not flagged)]
            if cat == "claims":
                key = f"{label}/{kind}"
                by_kind[key][0] += 1
                by_kind[key][1] += flagged
                if flagged != positive:
                    wrong.append(("missed" if positive else "false", key, text, sorted(codes)))
    rows = []
    for cat, (tp, fp, fn) in counts.items():
        p, r, f = prf(tp, fp, fn)
        rows.append((cat, tp, fp, fn, f"{p:.2f}", f"{r:.2f}", f"{f:.2f}"))
    print(table(rows, ["family", "tp", "fp", "fn", "P", "R", "F1"]))
    print()
    rows = [(k, n, hit, f"{hit / n:.0%}") for k, (n, hit) in sorted(by_kind.items())]
    print(table(rows, ["label/kind", "sentences", "claims flagged", "share"]))
    if args.show:
        print()
        for what, key, text, codes in wrong:
            if args.show in (what, "both"):
                print(f"{what:6} {key:22} {','.join(codes) or '-':20} {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
