"""The claims family on four public data sets in ``../shared/data`` (read in place, never copied).

    python evaluation/claims_datasets.py                  # every set, on its report split
    python evaluation/claims_datasets.py polnear --split tune
    python evaluation/claims_datasets.py ct24 future babe

- **PolNeAR** (political news with gold attribution relations; the corpus's own split: tune
  = train + dev, report = test). Each article is linted whole (one paragraph a line). For
  every sentence of ``polnear_sentences_*.tsv``: does lintnews read it as attributed (its
  :func:`~lintnews.analysis.voice.sentence_voice` is a named or vague source or a
  quotation), against the gold ``attributed`` label (precision and recall of that class);
  and the share of gold-attributed sentences that carry a claims finding (the issue's
  target: at most 5%), with and without CLM008 vague-source.
- **CheckThat! 2024 English** (debate sentences, Yes = check-worthy; tune = train + dev,
  report = dev-test + test_gold): a sentence is Yes when any claims rule flags it alone;
  precision, recall and F1 of the Yes class (the official metric is that F1).
- **Future statements** (news articles with annotated forecasts, silver labels; tune on
  ``crc32(text) % 2 == 0``, report on the other half): each forecast is matched to the
  sentence of its article that shares most words with its event and predicted attribute;
  recall of CLM003 on forecasts whose predictor is nobody or the author (unsourced), the
  same counting a hedge (a hedged forecast is the hedging rules'), and the rate at which
  CLM003 fires on forecasts with a named predictor (which should be attributed, so quiet).
  The silver labels call many plans, schedules and reported facts "future statements";
  read the recall with that in mind.
- **BABE** (news sentences labelled by experts; report = ``crc32(text) % 5 == 0``, tune =
  the rest): "Expresses writer's opinion" against "Entirely factual"; precision and
  recall of CLM006 editorial-verdict alone and of any claims rule.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, Iterable, List, Tuple

from common import ROOT, data_dir, prf  # noqa: F401 - ROOT puts the checkout first on sys.path

from lintnews.analysis.voice import sentence_voice
from lintnews.engine.config import Settings
from lintnews.engine.linter import Linter
from lintnews.text.document import parse

CLAIMS = Settings(select=("claims",))
CLAIMS_AND_HEDGING = Settings(select=("claims", "hedging"))
_WORD = re.compile(r"[a-z0-9]+")


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


# ----------------------------------------------------------------------------- PolNeAR


def polnear(linter: Linter, split: str, show: int = 0) -> Dict[str, float]:
    root = data_dir("polnear")
    parts = ["train", "dev"] if split == "tune" else ["test"]
    rows: Dict[Tuple[str, str], List[Tuple[int, int, int]]] = defaultdict(list)
    for part in parts:
        name = f"polnear_sentences_{part}.tsv"
        path = root / name
        opener = (lambda p: gzip.open(p, "rt", encoding="utf-8")) if not path.exists() else (lambda p: open(p, encoding="utf-8"))
        if not path.exists():
            path = root / (name + ".gz")
        with opener(path) as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                rows[(part, r["doc"])].append((int(r["start"]), int(r["end"]), int(r["attributed"])))
    tp = fp = fn = tn = 0
    flagged_attr = flagged_attr_no8 = n_attr = 0
    flagged_un = n_un = 0
    by_rule: Counter = Counter()
    shown: List[str] = []  # flagged attributed sentences, to read (--show)
    flagged_seen = 0  # flagged attributed sentences whose attribution the voice analysis found
    for (part, doc_name), spans in sorted(rows.items()):
        raw = (root / part / "text" / f"{doc_name}.txt").read_text(encoding="utf-8")
        # one paragraph a line: blank lines between them, so each line is a paragraph
        text = raw.replace("\n", "\n\n")
        shift = [0] * (len(raw) + 1)
        n = 0
        for i, ch in enumerate(raw):
            shift[i] = n
            if ch == "\n":
                n += 1
        shift[len(raw)] = n
        doc = parse(text, doc_name + ".txt")
        findings = linter.lint_document(doc, CLAIMS)
        ours = []  # (source start, source end, attributed?)
        for region in doc.regions:
            for s in region.sentences:
                a, b = region.source_span(s.start, s.end)
                ours.append((a, b, not sentence_voice(s, CLAIMS, doc).writer))
        for start, end, gold in spans:
            a, b = start + shift[start], end + shift[min(end, len(raw))]
            mine = any(x < b and a < y and att for x, y, att in ours)
            hits = [f for f in findings if a <= f.offset < b]
            if gold:
                n_attr += 1
                flagged_attr += bool(hits)
                flagged_attr_no8 += any(f.code != "CLM008" for f in hits)
                by_rule.update({f.code for f in hits})
                if hits:
                    flagged_seen += mine
                if hits and show:
                    shown.append(("seen " if mine else "missed ") + " ".join(f"{f.code}[{text[f.offset:f.end_offset][:40]}]" for f in hits) + " | " + raw[start:end].replace("\n", " ")[:300])
                tp += mine
                fn += not mine
            else:
                n_un += 1
                flagged_un += bool(hits)
                fp += mine
                tn += not mine
    p, r, f = prf(tp, fp, fn)
    print(f"PolNeAR {split}: {n_attr} attributed and {n_un} other sentences")
    print(f"  attributed-sentence detection: precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    print(f"  claims findings on attributed sentences: {_pct(flagged_attr / n_attr)} "
          f"(without CLM008: {_pct(flagged_attr_no8 / n_attr)}); on other sentences: {_pct(flagged_un / n_un)}")
    print(f"  of the flagged attributed sentences, attribution found: {flagged_seen} of {flagged_attr}")
    print("  by rule, share of attributed sentences: " + "  ".join(f"{c} {_pct(k / n_attr)}" for c, k in sorted(by_rule.items())))
    if show:
        import random

        print(f"  a seeded sample of {show} flagged attributed sentences:")
        for line in random.Random(5).sample(shown, min(show, len(shown))):
            print("   -", line)
    return {"P": p, "R": r, "attributed_flagged": flagged_attr / n_attr}


# ------------------------------------------------------------------------------- CT24


def ct24(linter: Linter, split: str) -> Dict[str, float]:
    root = data_dir("ct24_checkworthy_en")
    files = ["train", "dev"] if split == "tune" else ["dev-test", "test_gold"]
    tp = fp = fn = 0
    n = 0
    for name in files:
        with open(root / f"CT24_checkworthy_english_{name}.tsv", encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                gold = r["class_label"].strip() == "Yes"
                flagged = bool(linter.lint_text(r["Text"].replace("\n", " "), "s.txt", CLAIMS))
                n += 1
                tp += flagged and gold
                fp += flagged and not gold
                fn += gold and not flagged
    p, r_, f = prf(tp, fp, fn)
    print(f"CheckThat! 2024 English {split} ({'+'.join(files)}): {n} sentences, {tp + fn} Yes")
    print(f"  Yes class: precision {p:.3f}  recall {r_:.3f}  F1 {f:.3f}")
    return {"P": p, "R": r_, "F1": f}


# ------------------------------------------------------------------- future statements


_NAMELESS = re.compile(r"^\s*(?:|none|null|n/?a|unknown|unspecified|author|the\s+author|journalist|the\s+journalist|"
                       r"reporter|the\s+reporter|article|the\s+article|writer|the\s+writer|not\s+specified|implicit)\s*$", re.I)


def _words(text: str) -> set:
    return set(_WORD.findall(text.lower()))


def future(linter: Linter, split: str) -> Dict[str, float]:
    data = json.loads((data_dir("future_statements_en") / "goldEN.json").read_text(encoding="utf-8"))
    want = 0 if split == "tune" else 1
    found = Counter()
    total = Counter()
    for item in data:
        text = item["original_text"]
        if zlib.crc32(text.encode("utf-8")) % 2 != want:
            continue
        doc = parse(text, "a.txt")
        findings = linter.lint_document(doc, CLAIMS_AND_HEDGING)
        sentences = []
        for region in doc.regions:
            for s in region.sentences:
                a, b = region.source_span(s.start, s.end)
                sentences.append((a, b, _words(s.text)))
        for st in item.get("extracted", []):
            key = " ".join(str(st.get(k) or "") for k in ("Event Variable", "Predicted Attribute", "Magnitude / Predicted Value"))
            words = _words(key)
            if not words or not sentences:
                continue
            a, b, _ = max(sentences, key=lambda x: len(words & x[2]) / (1 + 0.02 * len(x[2])))
            predictor = str(st.get("Predictor") or "")
            kind = "unsourced" if _NAMELESS.match(predictor) else "named"
            total[kind] += 1
            found[kind] += any(a <= f.offset < b and f.code == "CLM003" for f in findings)
            found[kind + "+hedge"] += any(a <= f.offset < b and (f.code == "CLM003" or f.category == "hedging") for f in findings)
    print(f"Future statements ({split}: crc32 % 2 == {want}): {total['unsourced']} unsourced and {total['named']} named forecasts")
    print(f"  CLM003 on unsourced forecasts (recall): {_pct(found['unsourced'] / max(1, total['unsourced']))}")
    print(f"  CLM003 or a hedge on unsourced forecasts: {_pct(found['unsourced+hedge'] / max(1, total['unsourced']))}")
    print(f"  CLM003 on forecasts with a named predictor (should be attributed): {_pct(found['named'] / max(1, total['named']))}")
    return {"recall": found["unsourced"] / max(1, total["unsourced"])}


# -------------------------------------------------------------------------------- BABE


def babe(linter: Linter, split: str) -> Dict[str, float]:
    path = data_dir("babe") / "final_labels_SG2.csv"
    counts = {"CLM006": [0, 0, 0], "claims": [0, 0, 0]}
    n = Counter()
    with open(path, encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            text = r["text"].strip()
            report = zlib.crc32(text.encode("utf-8")) % 5 == 0
            if report != (split == "report"):
                continue
            label = r["label_opinion"]
            if label.replace("’", "'") == "Expresses writer's opinion":
                gold = True
            elif label == "Entirely factual":
                gold = False
            else:
                continue
            n[gold] += 1
            codes = {f.code for f in linter.lint_text(text, "s.txt", CLAIMS)}
            for key, flagged in (("CLM006", "CLM006" in codes), ("claims", bool(codes))):
                c = counts[key]
                c[0] += flagged and gold
                c[1] += flagged and not gold
                c[2] += gold and not flagged
    print(f"BABE {split}: {n[True]} writer's-opinion and {n[False]} entirely factual sentences")
    for key, (tp, fp, fn) in counts.items():
        p, r_, f = prf(tp, fp, fn)
        print(f"  {key + ' alone' if key == 'CLM006' else 'any claims rule'}: precision {p:.3f}  recall {r_:.3f}  F1 {f:.3f}")
    return {}


def main(argv: Iterable[str] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", nargs="*", choices=["polnear", "ct24", "future", "babe", []], default=[])
    ap.add_argument("--split", choices=["tune", "report"], default="report")
    ap.add_argument("--show", type=int, default=0, help="PolNeAR: print a seeded sample of N flagged attributed sentences")
    args = ap.parse_args(argv)
    linter = Linter()
    for what in args.what or ["polnear", "ct24", "future", "babe"]:
        if what == "polnear":
            polnear(linter, args.split, args.show)
        else:
            globals()[what](linter, args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
