"""The peers' own test suites, run through lintnews's garbled and hedging rules.

- Harper (Automattic/harper): the bad -> good test pairs of the Harper rules that the
  garbled pack covers (a rule is covered when one of its phrases is in a lintnews
  list), and every must-not-flag sentence of every Harper rule (target: no garbled
  finding).
- retext-usage: the entries the garbled pack took, each in a neutral carrier sentence
  (the package ships no test sentences): the bad phrase must be flagged, the good one
  must not.
- proselint: the should-flag and should-pass examples of its hedging, weasel,
  malapropism, redundancy and illogic checks.

    python evaluation/peer_suites.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import re

from common import Runner, data_dir, table

from lintnews.engine.packs import builtin_pack_paths, read_yaml


def _keys() -> set:
    keys = set()
    for path in builtin_pack_paths():
        data = read_yaml(path)
        if data.get("category") != "garbled":
            continue
        for rule in data["rules"]:
            keys.update(k.lower() for k in (rule.get("swap") or {}))
    return keys


def _phrases_in(expr: str) -> list:
    return [p.strip().lower() for p in re.findall(r"\(([^()@<>!]+)\)", expr)]


def harper(runner: Runner, keys: set, misses: bool):
    root = data_dir("harper-phrase-rules")
    pairs, negatives = [], []
    for line in open(root / "weir_rules.jsonl", encoding="utf-8"):
        rule = json.loads(line)
        negatives += rule["negatives"]
        phrases = [p for e in rule["exprs"] for p in _phrases_in(e)]
        if any(p in keys for p in phrases):
            pairs += [(rule["rule"], p["bad"], p["good"]) for p in rule["positives"] if p["bad"] != p["good"]]
    covered_sets = {}
    for line in open(root / "phrase_set_corrections.jsonl", encoding="utf-8"):
        rule = json.loads(line)
        bads = [b.lower() for p in rule["pairs"] for b in p["bad"]]
        if any(b in keys for b in bads):
            covered_sets[rule["rule"]] = bads
    for line in open(root / "phrase_set_corrections_tests.jsonl", encoding="utf-8"):
        test = json.loads(line)
        if "allows" in test:
            negatives.append(test["allows"])
            continue
        low = test["bad"].lower()
        for name, bads in covered_sets.items():
            if any(re.search(r"\b" + re.escape(b) + r"\b", low) for b in bads):
                pairs.append((name, test["bad"], test["good"]))
                break
    hit = fixed_clean = 0
    missed = []
    for name, bad, good in pairs:
        if runner.lint(bad):
            hit += 1
        else:
            missed.append((name, bad))
        if not runner.lint(good):
            fixed_clean += 1
    flagged_neg = [(s, [f.message for f in runner.lint(s)]) for s in negatives]
    flagged_neg = [(s, m) for s, m in flagged_neg if m]
    rows = [
        ("Harper bad->good pairs of covered rules", len(pairs), f"{hit / len(pairs):.3f}" if pairs else "-",
         f"{fixed_clean}/{len(pairs)} good sentences quiet"),
        ("Harper must-not-flag sentences", len(negatives), "-", f"{len(flagged_neg)} flagged"),
    ]
    if misses:
        for name, bad in missed:
            print(f"  missed ({name}): {bad}")
        for s, m in flagged_neg:
            print(f"  flagged must-not-flag: {s} -> {m}")
    return rows


def retext(runner: Runner, keys: set, misses: bool):
    data = json.load(open(data_dir("npm-wordlists") / "retext-usage_index.json", encoding="utf-8"))
    taken = {bad: entry for bad, entry in data.items() if bad.lower() in keys}
    hit = quiet = 0
    for bad, entry in taken.items():
        good = entry["replace"] if isinstance(entry["replace"], str) else entry["replace"][0]
        if runner.lint(f"The report called it {bad} in the end."):
            hit += 1
        elif misses:
            print(f"  missed (retext-usage): {bad}")
        if not runner.lint(f"The report called it {good} in the end."):
            quiet += 1
    n = len(taken)
    recall = f"{hit / n:.3f}" if n else "-"
    return [("retext-usage entries taken", n, recall, f"{quiet}/{n} good forms quiet")]


PROSELINT_CHECKS = (
    "hedging", "weasel_words", "malapropisms", "redundancy", "misc.illogic", "mixed_metaphors"
)


def proselint(runner: Runner, misses: bool):
    rows = []
    for check in json.load(open(data_dir("proselint") / "examples.json", encoding="utf-8")):
        if not check["check"].startswith(PROSELINT_CHECKS):
            continue
        flag = check["should_flag"]
        hit = sum(1 for s in flag if runner.lint(s))
        passed = sum(1 for s in check["should_pass"] if not runner.lint(s))
        if misses:
            for s in flag:
                if not runner.lint(s):
                    print(f"  missed (proselint {check['check']}): {s}")
        rows.append((f"proselint {check['check']}", len(flag), f"{hit}/{len(flag)} flagged",
                     f"{passed}/{len(check['should_pass'])} should-pass quiet"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", action="store_true", help="print the misses and false alarms")
    args = ap.parse_args()
    keys = _keys()
    garbled = Runner(["garbled"])
    rows = harper(garbled, keys, args.misses) + retext(garbled, keys, args.misses)
    print(table(rows, ["suite", "items", "recall", "precision side"]))
    print()
    both = Runner(["garbled", "hedging"])
    print(table(proselint(both, args.misses), ["check", "should-flag", "lintnews", "should-pass"]))


if __name__ == "__main__":
    main()
