"""Evaluate the figures rules (FIG) on public data; prints the numbers in docs/evaluation-figures.md.

Five measurements:

1. False alarms on published copy: figures findings per 1,000 words on the 2,225 BBC
   articles (edited copy, so almost every finding is a false alarm), by rule and severity.
2. Planted conflicts in real articles: in each BBC article, a figure that appears twice
   (same text, different sentences) has one occurrence changed (leading digit moved by
   two, or the number word swapped); FIG001 should flag the pair in the changed article
   and stay quiet on the original. Articles are split by file number: even numbers are
   the tune half, odd numbers the report half (``--split``). Restatement recall is
   measured on hand-labelled repeated figures: ``restatements-sample.json`` (report
   half) and ``restatements-tune.json`` (tune half, used for tuning).
3. SummEdits news (numeric-consistency): document + summary as one draft. For the
   summaries whose figures were changed (label 0, new numbers), how often FIG001 fires
   with one end in the summary; for the original (seed) summaries, how often it fires.
   Measured twice: the summary after the document, and the summary as the standfirst.
4. QuanTemp numerical claims: how many yield a figure (extraction coverage); and the
   false alarms on machine-translated news (WMT23 zh-en, split by document name).
5. Hand-made drafts with planted errors of every kind and clean controls
   (``tests/fixtures/figures/``), scored against their ``{CODE}`` markers.

Usage: ``python evaluation/figures_eval.py [--split tune|report|all] [--show N] [--only PART]``.
With ``--split tune`` the false alarms are counted on the tune half only.
Data is read from ``$LINTNEWS_SHARED/data`` (default ``<repo>/../shared/data``).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lintnews.engine.config import Settings  # noqa: E402
from lintnews.text.document import parse  # noqa: E402
from lintnews.engine.linter import Linter  # noqa: E402
from lintnews.analysis.figures.extract import quantities  # noqa: E402
from lintnews.testing import strip_markers  # noqa: E402

SHARED = Path(os.environ.get("LINTNEWS_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
FIGURES = Settings(select=("figures",))
CONFLICT = Settings(select=("FIG001",))

_WORD_SWAP = {
    "two": "four", "three": "five", "four": "six", "five": "seven", "six": "eight", "seven": "nine",
    "eight": "six", "nine": "seven", "ten": "twelve", "eleven": "nine", "twelve": "ten",
    "twenty": "thirty", "thirty": "forty", "forty": "sixty", "fifty": "seventy", "sixty": "forty",
    "seventy": "fifty", "eighty": "sixty", "ninety": "seventy", "hundred": "hundred",
}


def bbc_files(split: str) -> List[Path]:
    files = sorted((DATA / "bbc-news" / "bbc").glob("*/*.txt"))
    if split == "all":
        return files
    want = 0 if split == "tune" else 1
    return [f for f in files if int(f.stem) % 2 == want]


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


# --------------------------------------------------------------------------- 1. false alarms


def false_alarms(linter: Linter, files: List[Path], show: int) -> Tuple[int, Dict]:
    words = 0
    by_rule: Dict[Tuple[str, str], int] = collections.Counter()
    examples = []
    start = time.perf_counter()
    for f in files:
        text = read(f)
        words += len(text.split())
        for finding in linter.lint_text(text, str(f), FIGURES):
            by_rule[(finding.code, str(finding.severity))] += 1
            examples.append(f"{f.parent.name}/{f.name}:{finding.line}: {finding.code} {finding.message}")
    elapsed = time.perf_counter() - start
    warn = sum(n for (code, sev), n in by_rule.items() if sev in ("warning", "error"))
    print(f"BBC published copy: {len(files)} articles, {words:,} words, linted (figures rules) in {elapsed:.1f}s")
    print(f"  warning-or-error findings: {warn} = {1000 * warn / max(words, 1):.3f} per 1,000 words")
    total = sum(by_rule.values())
    print(f"  all findings: {total} = {1000 * total / max(words, 1):.3f} per 1,000 words")
    for (code, sev), n in sorted(by_rule.items()):
        print(f"    {code} {sev}: {n}")
    for line in examples[:show]:
        print("   ", line)
    return words, dict(by_rule)


# --------------------------------------------------------------------------- 2. planted conflicts


def _changed(figure: str) -> Optional[str]:
    """*figure* with its leading digit moved by two (or its number word swapped)."""
    m = re.search(r"\d", figure)
    if m:
        d = int(m.group())
        new = d + 2 if d <= 7 else d - 2
        if d == 0:
            return None
        return figure[: m.start()] + str(new) + figure[m.end() :]
    low = figure.lower()
    for word, swap in _WORD_SWAP.items():
        if re.match(rf"(?:a\s+|an\s+)?{word}\b", low) and swap != word:
            out = re.sub(rf"\b{word}\b", swap, figure, count=1, flags=re.I)
            return out
    return None


def planted(linter: Linter, files: List[Path], show: int, seed: int = 7, headline: bool = False) -> None:
    """Change one of two equal figures and see whether FIG001 flags the pair.

    With *headline*, only figures of the headline that the body repeats are used (the
    headline summarises the story, so a repeat there is almost always the same quantity).
    """
    rng = random.Random(seed)
    cases = found = alarms = as_info = 0
    by_dim: Dict[str, List[int]] = collections.defaultdict(lambda: [0, 0])
    misses = []
    for f in files:
        text = read(f)
        doc = parse(text, str(f))
        figs = [q for q in quantities(doc) if q.comparable and q.dim not in ("day",)]
        seen: Dict[Tuple, object] = {}
        pairs = []
        for q in figs:
            key = (q.dim, q.currency, q.text.lower())
            first = seen.get(key)
            if first is None:
                seen[key] = q
            elif first.sentence is not q.sentence and (not headline or first.region.index == 0):
                pairs.append((first, q))
        if not pairs:
            continue
        base = {(x.offset, x.code) for x in linter.lint_text(text, str(f), CONFLICT)}
        alarms += bool(base)
        a, b = rng.choice(pairs)
        target = rng.choice((a, b))
        new_text = _changed(target.text)
        if new_text is None:
            continue
        s, e = target.region.source_span(target.start, target.end)
        if text[s:e] != target.text:
            continue
        changed = text[:s] + new_text + text[e:]
        delta = len(new_text) - (e - s)
        spans = []
        for q in (a, b):
            qs, qe = q.region.source_span(q.start, q.end)
            if qs > s:
                qs, qe = qs + delta, qe + delta
            elif qs == s:
                qe += delta
            spans.append((qs, qe))
        cases += 1
        by_dim[a.dim][0] += 1
        new = [x for x in linter.lint_text(changed, str(f), CONFLICT)]
        hits = [x for x in new
                if any(x.offset < qe and x.end_offset > qs for qs, qe in spans) and (x.offset, x.code) not in base]
        if hits:
            found += 1
            by_dim[a.dim][1] += 1
            as_info += all(str(x.severity) == "info" for x in hits)
        else:
            misses.append(f"{f.parent.name}/{f.name}: {a.text!r} / {b.text!r} -> {new_text!r}")
    what = "a headline figure repeated in the body" if headline else "a repeated figure"
    print(f"Planted conflicts in BBC articles: {cases} articles with {what} changed (one of the two, at random)")
    print(f"  found by FIG001: {found} = {100 * found / max(cases, 1):.1f}% "
          f"({found - as_info} as warnings, {as_info} as info only)")
    print(f"  unchanged originals with any FIG001 finding: {alarms} of {cases} ({100 * alarms / max(cases, 1):.1f}%)")
    for dim, (n, k) in sorted(by_dim.items(), key=lambda kv: -kv[1][0]):
        print(f"    {dim:<12} {k}/{n}")
    for line in misses[:show]:
        print("    missed:", line)


def labelled(linter: Linter, split: str = "report", show: int = 0) -> None:
    """Planted changes on hand-labelled samples of repeated figures, each marked as the same
    quantity stated twice or two different quantities that happen to be equal. Each
    occurrence is changed in turn. ``restatements-sample.json``: 40 figures from the report
    half; ``restatements-tune.json``: 245 figures from the tune half (used for tuning)."""
    name = "restatements-tune.json" if split == "tune" else "restatements-sample.json"
    sample = json.loads((ROOT / "evaluation" / name).read_text(encoding="utf-8"))
    tally = {True: [0, 0], False: [0, 0]}
    notes = []
    for row in sample:
        path = DATA / "bbc-news" / "bbc" / row["file"]
        text = read(path)
        doc = parse(text, str(path))
        figs = [q for q in quantities(doc) if q.text == row["figure"] and q.comparable]
        pair = next(((a, b) for i, a in enumerate(figs) for b in figs[i + 1 :] if a.sentence is not b.sentence), None)
        if pair is None:
            continue
        for target in pair:
            new_text = _changed(target.text)
            s, e = target.region.source_span(target.start, target.end)
            if new_text is None or text[s:e] != target.text:
                continue
            changed = text[:s] + new_text + text[e:]
            hit = bool(linter.lint_text(changed, str(path), CONFLICT))
            tally[row["same_quantity"]][0] += 1
            tally[row["same_quantity"]][1] += hit
            if hit != row["same_quantity"]:
                kind = "missed" if row["same_quantity"] else "flagged"
                notes.append(f"{kind}: {row['file']} {target.text!r} -> {new_text!r}")
    n, k = tally[True]
    m, j = tally[False]
    half = "tune" if split == "tune" else "report"
    print(f"Hand-labelled sample ({half} half, {name}): {n // 2} figures stated twice, each copy changed in turn")
    print(f"  found by FIG001: {k} of {n} changes ({100 * k / max(n, 1):.1f}%)")
    print(f"  changes to one of two different but equal figures flagged anyway: {j} of {m}")
    for line in notes[:show]:
        print("   ", line)


# --------------------------------------------------------------------------- 3. SummEdits


def summedits(linter: Linter, show: int) -> None:
    path = DATA / "numeric-consistency" / "summedits" / "summedits_news_numeric_diff.jsonl"
    full = DATA / "numeric-consistency" / "summedits" / "summedits_news.json"
    if not path.exists() or not full.exists():
        print("SummEdits: data not found")
        return
    docs = {row["id"]: row["doc"] for row in json.loads(full.read_text(encoding="utf-8"))}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    changed = [r for r in rows if r["label"] == 0 and r["new_numbers"]]
    hits = 0
    fired_on_original = 0
    originals = {}
    examples = []
    for r in changed:
        doc = docs.get(r["id"])
        if doc is None:
            continue
        text = doc.strip() + "\n\n" + r["summary"].strip() + "\n"
        cut = len(doc.strip()) + 2
        got = [x for x in linter.lint_text(text, "summedits.txt", CONFLICT) if x.offset >= cut]
        hits += bool(got)
        if got:
            examples.append(got[0].message)
        originals[r["original_summary"]] = doc
    for summary, doc in originals.items():
        text = doc.strip() + "\n\n" + summary.strip() + "\n"
        cut = len(doc.strip()) + 2
        got = [x for x in linter.lint_text(text, "summedits.txt", CONFLICT) if x.offset >= cut]
        fired_on_original += bool(got)
    print(f"SummEdits news, summaries with a changed figure: {len(changed)}")
    print(f"  FIG001 fires on the summary: {hits} ({100 * hits / max(len(changed), 1):.1f}%)")
    print(f"  FIG001 fires on the {len(originals)} original summaries: {fired_on_original}")
    for line in examples[:show]:
        print("   ", line)
    # the same, with the summary where a summary sits in a news draft: the standfirst
    hits = fired_on_original = 0
    for r in changed:
        doc = docs.get(r["id"])
        if doc is not None:
            hits += _standfirst_fires(linter, doc, r["summary"])
    for summary, doc in originals.items():
        fired_on_original += _standfirst_fires(linter, doc, summary)
    print("  with the summary as the draft's standfirst ('# headline', '## summary', then the document):")
    print(f"    FIG001 fires on the summary: {hits} ({100 * hits / max(len(changed), 1):.1f}%); "
          f"on the {len(originals)} original summaries: {fired_on_original}")


def _standfirst_fires(linter: Linter, doc: str, summary: str) -> bool:
    text = "# Story\n\n## " + " ".join(summary.split()) + "\n\n" + doc.strip() + "\n"
    return any(x.line == 3 for x in linter.lint_text(text, "summedits.md", CONFLICT))


def wmt_false_alarms(linter: Linter, split: str, show: int) -> None:
    """Figures findings on machine-translated news (WMT23 zh-en, 10 systems): one draft per
    document and system. Translations keep their source's figures, so findings there are
    mostly false alarms. Documents whose name sorts in the first half are the tune half."""
    path = DATA / "wmt-mqm-zhen-news" / "mqm_generalMT2023_zhen_news_segments.jsonl"
    if not path.exists():
        print("WMT news: data not found")
        return
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    names = sorted({r["doc"] for r in rows})
    keep = set(names[: len(names) // 2]) if split == "tune" else set(names[len(names) // 2 :]) if split == "report" \
        else set(names)
    drafts: Dict[Tuple[str, str], List[Tuple[int, str]]] = collections.defaultdict(list)
    for r in rows:
        if r["doc"] in keep:
            drafts[(r["system"], r["doc"])].append((r["docSegId"], r["target_en"]))
    words = 0
    found: Dict[Tuple[str, str], int] = collections.Counter()
    examples = []
    for (system, doc), segments in sorted(drafts.items()):
        text = "\n\n".join(t for _, t in sorted(segments)) + "\n"
        words += len(text.split())
        for finding in linter.lint_text(text, "translation.txt", FIGURES):
            found[(finding.code, str(finding.severity))] += 1
            examples.append(f"{system} {doc}: {finding.code} {finding.message}")
    total = sum(found.values())
    print(f"WMT23 zh-en news translations ({split} half of documents): {len(drafts)} drafts, {words:,} words")
    print(f"  figures findings: {total} = {1000 * total / max(words, 1):.3f} per 1,000 words "
          + (f"({', '.join(f'{c} {s}: {n}' for (c, s), n in sorted(found.items()))})" if found else ""))
    for line in examples[:show]:
        print("   ", line)


def quantemp() -> None:
    """How many QuanTemp numerical claims yield at least one figure, by dimension."""
    path = DATA / "numeric-consistency" / "quantemp" / "complex_num_facts_categorized_subset.csv"
    if not path.exists():
        print("QuanTemp: data not found")
        return
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    dims: Dict[str, int] = collections.Counter()
    with_figure = 0
    for row in rows:
        claim = row.rsplit("@", 1)[0]
        found = quantities(parse(claim, "claim.txt"))
        with_figure += bool(found)
        dims.update(q.dim for q in found)
    print(f"QuanTemp numerical claims: {len(rows)}, with at least one figure extracted: {with_figure} "
          f"({100 * with_figure / max(len(rows), 1):.1f}%)")
    print("  figures by kind: " + ", ".join(f"{d} {n}" for d, n in dims.most_common()))


# --------------------------------------------------------------------------- 4. own drafts


def drafts(linter: Linter, show: int) -> None:
    folder = ROOT / "tests" / "fixtures" / "figures"
    expected_total = found = extra = 0
    clean_alarms = 0
    notes = []
    for path in sorted(folder.glob("*.md")):
        text, expected = strip_markers(path.read_text(encoding="utf-8"))
        facts = ROOT / "examples" / "facts.yaml" if path.stem.startswith("facts") else None
        settings = Settings(select=("figures",), facts=facts)
        got = {(x.line, x.code) for x in linter.lint_text(text, path.name, settings)}
        expected_total += len(expected)
        found += len(expected & got)
        extra += len(got - expected)
        if not expected:
            clean_alarms += len(got)
        for item in sorted(expected - got):
            notes.append(f"{path.name}: missed {item}")
        for item in sorted(got - expected):
            notes.append(f"{path.name}: unexpected {item}")
    print(f"Own drafts (tests/fixtures/figures): {expected_total} planted errors, {found} found "
          f"({100 * found / max(expected_total, 1):.1f}%), {extra} unexpected findings "
          f"({clean_alarms} of them in clean controls)")
    for line in notes[:show]:
        print("   ", line)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report", "all"), default="report")
    parser.add_argument("--show", type=int, default=0, help="print N examples of each kind")
    parser.add_argument("--only", choices=("bbc", "wmt", "planted", "labelled", "summedits", "quantemp", "drafts"))
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no data at {DATA}; set LINTNEWS_SHARED", file=sys.stderr)
        return 2
    linter = Linter(autoload=False)
    files = bbc_files(args.split)
    if args.only in (None, "bbc"):
        # tuning looks at the tune half's false alarms only; the report counts every article
        false_alarms(linter, bbc_files("tune" if args.split == "tune" else "all"), args.show)
    if args.only in (None, "wmt"):
        wmt_false_alarms(linter, args.split, args.show)
    if args.only in (None, "planted"):
        planted(linter, files, args.show)
        planted(linter, files, args.show, headline=True)
    if args.only in (None, "planted", "labelled"):
        labelled(linter, "tune" if args.split == "tune" else "report", args.show)
    if args.only in (None, "summedits"):
        summedits(linter, args.show)
    if args.only in (None, "quantemp"):
        quantemp()
    if args.only in (None, "drafts"):
        drafts(linter, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
