"""WMT23 MQM (Chinese->English news, machine-translated): garbled-phrasing findings.

Segment labels: garbled when at least two of the three raters marked a target span as
awkward or ungrammatical (``n_raters_awkward_or_grammar >= 2``); clean when no rater
marked any error on the target side; other segments are left out. A segment counts as
flagged when lintnews reports a garbled-category finding in it.

    python evaluation/wmt_mqm_garbled.py                # report half (docs sorting last)
    python evaluation/wmt_mqm_garbled.py --half tune --show 20

Tune on the documents whose name sorts in the first half; report on the second half.
Target on the report half: precision >= 0.9 at recall >= 0.15.
"""

from __future__ import annotations

import argparse
import collections
import json

from common import Runner, data_dir, prf, table

FILE = "mqm_generalMT2023_zhen_news_segments.jsonl"


def load(half: str):
    rows = [json.loads(line) for line in open(data_dir("wmt-mqm-zhen-news") / FILE, encoding="utf-8")]
    docs = sorted({r["doc"] for r in rows})
    tune = set(docs[: len(docs) // 2])
    for r in rows:
        if (r["doc"] in tune) != (half == "tune"):
            continue
        if r["n_raters_awkward_or_grammar"] >= 2:
            yield r, True
        elif not any(e.get("side") == "target" for e in r["errors"]):
            yield r, False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["tune", "report"], default="report")
    ap.add_argument("--show", type=int, default=0, help="print N flagged segments")
    args = ap.parse_args()
    runner = Runner(["garbled"])
    tp = fp = fn = 0
    by_rule_tp, by_rule_fp = collections.Counter(), collections.Counter()
    shown = []
    n_pos = n_neg = 0
    for row, gold in load(args.half):
        n_pos += gold
        n_neg += not gold
        findings = runner.lint(row["target_en"], "segment.txt")
        flagged = bool(findings)
        tp += flagged and gold
        fp += flagged and not gold
        fn += (not flagged) and gold
        for code in {f"{f.code} {f.name}" for f in findings}:
            (by_rule_tp if gold else by_rule_fp)[code] += 1
        if flagged and len(shown) < args.show:
            shown.append((gold, row["target_en"], [f.message for f in findings]))
    p, r, f = prf(tp, fp, fn)
    print(f"WMT23 MQM zh-en news ({args.half} half): {n_pos} garbled, {n_neg} clean segments")
    print(f"precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    rows = [(c, by_rule_tp[c], by_rule_fp[c]) for c in sorted(set(by_rule_tp) | set(by_rule_fp))]
    if rows:
        print(table(rows, ["rule", "garbled flagged", "clean flagged"]))
    for gold, text, messages in shown:
        print(f"\n[{'garbled' if gold else 'CLEAN'}] {text}")
        for m in messages:
            print(f"    {m}")


if __name__ == "__main__":
    main()
