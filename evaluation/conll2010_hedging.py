"""CoNLL-2010 Task 1 (Wikipedia weasels and hedges), sentence level.

A sentence counts as flagged when lintnews reports a hedging-category finding (any
severity) or a finding of any rule whose name contains ``vague-source`` (the claims
family's vague-attribution rules, when installed). Gold: label 1 = uncertain.

    python evaluation/conll2010_hedging.py            # report split (test.csv)
    python evaluation/conll2010_hedging.py --split train --by-rule

Tune on ``train`` (and the ``pattern`` sample); report on ``test``. The sentences are
PTB-tokenised; they are detokenised before linting.
"""

from __future__ import annotations

import argparse
import collections
import csv
import re

from common import Runner, data_dir, prf, table

FILES = {
    "train": "wikiweasel_clean/train.csv",
    "test": "wikiweasel_clean/test.csv",
    "pattern": "pattern/uncertainty-conll2010.csv",  # a balanced sample of train data
}


def detokenize(text: str) -> str:
    """Undo the Penn Treebank tokenisation of the CSV copy."""
    t = text.strip()
    t = t.replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
    t = t.replace("``", "\u201c").replace("''", "\u201d")
    t = re.sub(r" ([,.;:!?%)\]])", r"\1", t)
    t = re.sub(r"([(\[]) ", r"\1", t)
    t = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", t)
    t = re.sub(r"\u201c ", "\u201c", t)
    t = re.sub(r" \u201d", "\u201d", t)
    return t


def load(split: str):
    path = data_dir("conll2010-wiki-hedge") / FILES[split]
    if split == "pattern":  # no header; label -1 = uncertain; raw text with entities
        import html

        with open(path, encoding="utf-8-sig") as fh:
            for label, text in csv.reader(fh):
                yield html.unescape(text), label.strip() == "-1"
        return
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield detokenize(row["text"]), row["label"].strip() == "1"


def counts(finding) -> bool:
    return finding.category == "hedging" or "vague-source" in finding.name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=sorted(FILES), default="test")
    ap.add_argument("--by-rule", action="store_true", help="precision of each rule alone")
    args = ap.parse_args()
    runner = Runner(["ALL"])
    tp = fp = fn = tn = 0
    rule_tp, rule_fp = collections.Counter(), collections.Counter()
    for text, gold in load(args.split):
        findings = [f for f in runner.lint(text) if counts(f)]
        flagged = bool(findings)
        tp += flagged and gold
        fp += flagged and not gold
        fn += (not flagged) and gold
        tn += (not flagged) and not gold
        for code in {f"{f.code} {f.name}" for f in findings}:
            (rule_tp if gold else rule_fp)[code] += 1
    p, r, f = prf(tp, fp, fn)
    print(f"CoNLL-2010 Wikipedia ({args.split}): {tp + fn} uncertain of {tp + fp + fn + tn} sentences")
    print(f"precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    if args.by_rule:
        rows = []
        for code in sorted(set(rule_tp) | set(rule_fp)):
            a, b = rule_tp[code], rule_fp[code]
            rows.append((code, a, b, f"{a / (a + b):.2f}"))
        print(table(rows, ["rule", "uncertain flagged", "certain flagged", "precision"]))


if __name__ == "__main__":
    main()
