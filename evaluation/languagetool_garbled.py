"""LanguageTool's English rule examples (LGPL, evaluation only): recall of the
misused-term and calque groups, false alarms on the correct examples.

LanguageTool's own unit tests: short sentences, one error each, marked with the span of
the error; its correct examples are the negatives. An incorrect example counts as found
when a garbled finding overlaps the marked span. These are the peer's own test
sentences (recall here is an upper bound for real copy). Nothing from them goes into the
packs or lexicons.

    python evaluation/languagetool_garbled.py            # report split (by rule group)
    python evaluation/languagetool_garbled.py --split tune --misses "Misused terms"

The ``split`` column splits by rule group (crc32 of the group): tune on ``tune``, report
on ``report``.
"""

from __future__ import annotations

import argparse
import collections
import csv

from common import Runner, add_stats_option, data_dir, table, without_stats

GROUPS = ("Misused terms in EU publications (Gardner)", "Collocations", "Nonstandard Phrases",
          "Commonly Confused Words", "Grammar", "Redundant Phrases", "Semantics")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["tune", "report"], default="report")
    ap.add_argument("--misses", default="", help="print misses and false alarms of categories starting so")
    add_stats_option(ap)
    args = ap.parse_args()
    if args.no_stats:
        without_stats()
    path = data_dir("languagetool_en_rules") / "lt_en_rule_examples.tsv"
    runner = Runner(["garbled"])
    pos = collections.Counter()
    hit = collections.Counter()
    neg = collections.Counter()
    fa = collections.Counter()
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["split"] != args.split:
                continue
            cat = row["category"] if row["category"] in GROUPS else "other"
            text = row["sentence"]
            found = runner.lint(text, "s.txt")
            show = args.misses and row["category"].startswith(args.misses)
            if row["example_type"] == "incorrect":
                pos[cat] += 1
                try:
                    s, e = int(row["marker_start"]), int(row["marker_end"])
                except ValueError:
                    s, e = 0, len(text)
                if any(f.offset < e and s < f.end_offset for f in found):
                    hit[cat] += 1
                elif show:
                    print(f"MISS  {row['rule_id']}: {text}")
            else:
                neg[cat] += 1
                if found:
                    fa[cat] += 1
                    if show:
                        print(f"FALSE {row['rule_id']}: {text} -> {[f.code for f in found]}")
    rows = []
    for cat in list(GROUPS) + ["other"]:
        rows.append((cat, pos[cat], hit[cat], f"{hit[cat] / pos[cat]:.3f}" if pos[cat] else "-",
                     neg[cat], fa[cat], f"{fa[cat] / neg[cat]:.3f}" if neg[cat] else "-"))
    tp, tn = sum(pos.values()), sum(neg.values())
    rows.append(("all", tp, sum(hit.values()), f"{sum(hit.values()) / tp:.3f}", tn, sum(fa.values()),
                 f"{sum(fa.values()) / tn:.3f}"))
    print(f"LanguageTool English rule examples ({args.split} split)")
    print(table(rows, ["category", "incorrect", "found", "recall", "correct", "flagged", "false alarm rate"]))


if __name__ == "__main__":
    main()
