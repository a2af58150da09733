"""DEMETR (MIT): broken machine translations into English, garbled-phrasing recall per
kind and false alarms on the clean translations.

DEMETR gives 1,000 news and Wikinews sentences translated into English from ten
languages (``mt_sent``, hand-corrected machine output; ``eng_ref``, the human
translation) and, for each, versions broken one way at a time. A broken sentence counts
as found when lintnews reports any garbled finding in it (any severity); a clean one
that gets a finding is a false alarm. Tense, aspect, negation and number changes stay
grammatical: they are listed as negatives only.

    python evaluation/demetr_garbled.py                 # report split (even ids)
    python evaluation/demetr_garbled.py --split tune --show function_word

Tune on odd ids, report on even ids. Targets (report split): false alarms on the clean
translations <= 1%; beat Harper's 44% on the function-word kind (at its 3.4% false
alarms).
"""

from __future__ import annotations

import argparse
import collections
import json

from common import Runner, add_stats_option, data_dir, table, without_stats

# kind in the file -> the name for it
GRAMMAR = {
    "repeat2": "doubled word",
    "repeat4": "word four times",
    "conj_removed": "conjunction removed",
    "pos_shift": "part of speech shifted",
    "word_swap": "word swap",
    "function_word": "function word",
    "pp_removed": "prepositional phrase removed",
    "shuffled": "shuffled",
    "verb_removed": "verb removed",
    "noun_removed": "noun removed",
    "subj_removed": "subject removed",
}
SPELLING = {"case": "case", "misspelled": "misspelled", "char_removed": "character removed"}
NEGATIVE = {"tense": "tense", "aspect": "aspect", "negation": "negation", "numbers_replaced": "numbers replaced"}


def kind_of(pert_name: str) -> str:
    # "minor_id16_function_word" -> "function_word"
    return pert_name.split("_", 2)[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["tune", "report"], default="report")
    ap.add_argument("--show", default="", help="print the findings of one kind (or 'clean')")
    ap.add_argument("--misses", default="", help="print the sentences of one kind not flagged, beside the clean one (use with --split tune)")
    add_stats_option(ap)
    args = ap.parse_args()
    if args.no_stats:
        without_stats()
    root = data_dir("demetr")
    wanted = (lambda i: i % 2 == 0) if args.split == "report" else (lambda i: i % 2 == 1)
    runner = Runner(["garbled"])
    base = [b for b in json.load(open(root / "base_sentences.json", encoding="utf-8")) if wanted(b["id"])]
    by_id = {b["id"]: b for b in base}
    clean_flagged = clean_total = 0
    by_rule_clean = collections.Counter()
    for b in base:
        for text in (b["mt_sent"], b["eng_ref"]):
            found = runner.lint(text, "s.txt")
            clean_total += 1
            if found:
                clean_flagged += 1
                for f in found:
                    by_rule_clean[f.code] += 1
                if args.show == "clean":
                    print(f"CLEAN {text}\n    " + "\n    ".join(f.message for f in found))
    found_by = collections.Counter()
    total_by = collections.Counter()
    for line in open(root / "perturbations.jsonl", encoding="utf-8"):
        row = json.loads(line)
        if not row["pert_check"] or not wanted(row["id"]):
            continue
        kind = kind_of(row["pert_name"])
        total_by[kind] += 1
        found = runner.lint(row["pert_sent"], "s.txt")
        if not found and args.misses == kind:
            print(f"MISSED {row['pert_sent']}\n  was    {by_id[row['id']]['mt_sent'] if row['id'] in by_id else ''}")
        if found:
            found_by[kind] += 1
            if args.show == kind:
                print(f"{kind}: {row['pert_sent']}\n    " + "\n    ".join(f.message for f in found))
    print(f"DEMETR ({args.split} split, {'even' if args.split == 'report' else 'odd'} ids)")
    rate = clean_flagged / clean_total
    print(f"clean translations flagged: {clean_flagged} of {clean_total} = {rate:.1%}"
          f"  (by rule: {dict(by_rule_clean)})")
    rows = []
    for group, names in (("grammar", GRAMMAR), ("spelling", SPELLING), ("negative only", NEGATIVE)):
        for kind, label in names.items():
            n, k = total_by[kind], found_by[kind]
            rows.append((group, label, n, k, f"{k / n:.1%}" if n else "-"))
    print(table(rows, ["group", "kind", "sentences", "flagged", "share flagged"]))


if __name__ == "__main__":
    main()
