"""WMT23 MQM (Chinese->English news, machine-translated): garbled-phrasing findings.

Segment labels: garbled when at least two of the three raters marked a target span as
awkward or ungrammatical (``n_raters_awkward_or_grammar >= 2``); clean when no rater
marked any error on the target side; other segments are left out. A segment counts as
flagged when lintnews reports a garbled-category finding in it.

    python evaluation/wmt_mqm_garbled.py                # report half (docs sorting last)
    python evaluation/wmt_mqm_garbled.py --half tune --show 20
    python evaluation/wmt_mqm_garbled.py --curve        # precision/recall curve
    python evaluation/wmt_mqm_garbled.py --no-stats     # the default install

Tune on the documents whose name sorts in the first half; report on the second half.
Target on the report half: precision >= 0.9 at recall >= 0.10 (0.15 the stretch).

``--curve`` ranks the rules by their precision on the tune half (then by how many tune
segments they flag) and prints, for the report half, precision and recall as the rules
are switched on one after another: the operating points a newsroom can choose with
``select``/``ignore``.
"""

from __future__ import annotations

import argparse
import collections
import json

from common import Runner, add_stats_option, data_dir, prf, table, without_stats

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


def codes_per_segment(runner: Runner, half: str):
    """[(gold, {rule code: 1})] for every segment of *half*."""
    return [(gold, {f.code for f in runner.lint(row["target_en"], "segment.txt")}) for row, gold in load(half)]


def curve(runner: Runner) -> None:
    tune = codes_per_segment(runner, "tune")
    report = codes_per_segment(runner, "report")
    stats = collections.defaultdict(lambda: [0, 0])
    for gold, codes in tune:
        for c in codes:
            stats[c][0 if gold else 1] += 1
    order = sorted(stats, key=lambda c: (-(stats[c][0] / (stats[c][0] + stats[c][1])), -stats[c][0], c))
    n_pos = sum(g for g, _ in report)
    rows = []
    on: set = set()
    for code in order:
        on.add(code)
        tp = sum(1 for g, cs in report if g and cs & on)
        fp = sum(1 for g, cs in report if not g and cs & on)
        p, r, _ = prf(tp, fp, n_pos - tp)
        t_tp, t_fp = stats[code]
        rows.append((f"+ {code}", f"{t_tp}/{t_fp}", tp, fp, f"{p:.3f}", f"{r:.3f}"))
    print("WMT23 MQM zh-en news: precision/recall curve on the report half, rules added in order")
    print("of their tune-half precision (tune flagged garbled/clean per rule)")
    print(table(rows, ["rules on", "tune g/c", "report tp", "report fp", "precision", "recall"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["tune", "report"], default="report")
    ap.add_argument("--show", type=int, default=0, help="print N flagged segments")
    ap.add_argument("--curve", action="store_true", help="precision/recall as rules are added")
    ap.add_argument("--misses", type=int, default=0,
                    help="print N garbled segments not flagged, with the spans the raters marked awkward or ungrammatical (tune half for work on the rules)")
    add_stats_option(ap)
    args = ap.parse_args()
    if args.no_stats:
        without_stats()
    runner = Runner(["garbled"])
    if args.curve:
        curve(runner)
        return
    tp = fp = fn = 0
    by_rule_tp, by_rule_fp = collections.Counter(), collections.Counter()
    shown = []
    missed = []
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
        if gold and not flagged and len(missed) < args.misses:
            spans = [e["text"] for e in row["errors"] if e.get("side") == "target"
                     and e["category"].startswith(("Fluency/Grammar", "Style/Unnatural", "Fluency/Awkward", "Style/Awkward"))]
            missed.append((row["target_en"], spans))
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
    for text, spans in missed:
        print(f"\n[missed] {text}")
        print(f"    marked: {spans}")


if __name__ == "__main__":
    main()
