"""Evaluate the claims rules (CLM) on public data in ``../shared/data`` and the seed draft.

    python evaluation/claims_eval.py                 # every figure, CLEF on its report split
    python evaluation/claims_eval.py clef --split training
    python evaluation/claims_eval.py bbc --sample 40 --sample-seed 2024  # warnings to review
    python evaluation/claims_eval.py bbc --sample 40 --sample-severity info
    python evaluation/claims_eval.py seed

The shared folder defaults to ``<repo>/../shared``; set ``LINTNEWS_SHARED`` to move it.

- **CLEF-2019 CheckThat! Task 1** (debate sentences, 1 = a fact-checker checked it): the
  share of check-worthy sentences any claims rule flags, and the share of the other
  sentences it flags. Audience-reaction lines (speaker ``SYSTEM``) are left out. Each
  sentence is linted as its own paragraph, so nothing carries between speakers. Tune on
  ``training``, report on ``test_annotated``.
- **BBC News** (2,225 published articles): findings per 1,000 words by rule and severity;
  the headline is linted as a Markdown heading. Words are whitespace tokens of the files.
- **Seed draft**: the claims an editor circled (rows of ``seed/ANNOTATIONS.md`` whose
  category mentions claims) caught by a claims finding in the same sentence, and the
  claims findings in sentences with no circled claim.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lintnews.engine.config import Settings  # noqa: E402
from lintnews.text.document import parse  # noqa: E402
from lintnews.engine.linter import Linter  # noqa: E402
from lintnews.model import Severity  # noqa: E402

SHARED = Path(os.environ.get("LINTNEWS_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
SETTINGS = Settings(select=("claims",))


def _read(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


# ------------------------------------------------------------------------------ CLEF


def load_clef(split: str) -> List[Tuple[str, List[Tuple[str, int]]]]:
    """``[(debate, [(sentence, label), ...]), ...]`` without SYSTEM lines."""
    out = []
    for path in sorted((DATA / "clef2019-checkworthiness" / split).glob("*.tsv")):
        rows = []
        for line in _read(path).splitlines():
            parts = line.rstrip("\r").split("\t")
            if len(parts) < 4 or parts[1] == "SYSTEM":
                continue
            rows.append((parts[2].strip(), int(parts[3])))
        out.append((path.stem, rows))
    return out


def clef(linter: Linter, split: str, show: int = 0) -> Dict[str, float]:
    flagged = {0: 0, 1: 0}
    warned = {0: 0, 1: 0}
    total = {0: 0, 1: 0}
    by_rule = {0: Counter(), 1: Counter()}
    missed: List[str] = []
    for _name, rows in load_clef(split):
        # One paragraph per sentence; paragraph i starts on line 2i+1.
        text = "\n\n".join(s.replace("\n", " ") for s, _ in rows)
        findings = linter.lint_text(text, "debate.txt", SETTINGS)
        per_line: Dict[int, list] = {}
        for f in findings:
            per_line.setdefault((f.line - 1) // 2, []).append(f)
        for i, (sentence, label) in enumerate(rows):
            total[label] += 1
            fs = per_line.get(i, [])
            if fs:
                flagged[label] += 1
                by_rule[label].update({f.code for f in fs})
            elif label == 1:
                missed.append(sentence)
            if any(f.severity >= Severity.WARNING for f in fs):
                warned[label] += 1
    pos = flagged[1] / total[1]
    neg = flagged[0] / total[0]
    print(f"CLEF-2019 CheckThat! {split}: {total[1]} check-worthy, {total[0]} other sentences")
    print(f"  flagged (any severity): check-worthy {pos:.1%}  other {neg:.1%}  ratio {pos / neg if neg else float('inf'):.2f}x")
    wp, wn = warned[1] / total[1], warned[0] / total[0]
    print(f"  flagged at warning:     check-worthy {wp:.1%}  other {wn:.1%}  ratio {wp / wn if wn else float('inf'):.2f}x")
    codes = sorted(set(by_rule[0]) | set(by_rule[1]))
    print("  by rule (share of sentences flagged): " + "  ".join(
        f"{c} {by_rule[1][c] / total[1]:.1%}/{by_rule[0][c] / total[0]:.1%}" for c in codes))
    if show:
        print(f"  a seeded sample of {show} missed check-worthy sentences:")
        for s in random.Random(7).sample(missed, min(show, len(missed))):
            print("   -", s[:160])
    return {"pos": pos, "neg": neg}


# ------------------------------------------------------------------------------- BBC


def load_bbc() -> List[Tuple[str, str, int]]:
    """``[(name, markdown, words), ...]``: headline as a heading, then the body."""
    out = []
    for path in sorted((DATA / "bbc-news" / "bbc").glob("*/*.txt")):
        raw = _read(path)
        head, _, body = raw.strip().partition("\n")
        out.append((f"{path.parent.name}/{path.name}", f"# {head.strip()}\n\n{body.strip()}\n", len(raw.split())))
    return out


def bbc(linter: Linter, sample: int = 0, sample_seed: int = 11, sample_severity: str = "warning") -> Dict[str, float]:
    articles = load_bbc()
    words = sum(w for _, _, w in articles)
    # Parse, split, tokenise and find quotations once (work every family shares), then
    # time the claims family alone.
    t_parse = time.perf_counter()
    docs = [parse(md, name + ".md") for name, md, _ in articles]
    for doc in docs:
        for region in doc.regions:
            region.quotes
            for s in region.sentences:
                s.words
    shared_work = time.perf_counter() - t_parse
    t0 = time.perf_counter()
    findings = []
    for doc in docs:
        for f in linter.lint_document(doc, SETTINGS):
            findings.append((doc, f))
    elapsed = time.perf_counter() - t0
    sev = Counter(f.severity for _, f in findings)
    by_rule = Counter((f.code, f.severity) for _, f in findings)
    print(f"BBC News: {len(articles)} articles, {words} words; claims rules ran in {elapsed:.2f} s "
          f"(parsing, sentence splitting, tokenising and quotations, shared by all families: {shared_work:.2f} s)")
    for level in (Severity.WARNING, Severity.INFO):
        print(f"  {level}: {sev[level]} findings, {1000 * sev[level] / words:.2f} per 1,000 words")
    for (code, level), n in sorted(by_rule.items()):
        print(f"    {code} {level}: {n} ({1000 * n / words:.2f} per 1,000 words)")
    if sample:
        level = Severity.WARNING if sample_severity == "warning" else Severity.INFO
        pool = [(d, f) for d, f in findings if f.severity == level]
        print(f"  a seeded sample of {sample} {sample_severity}-level findings (for review):")
        for doc, f in random.Random(sample_seed).sample(pool, min(sample, len(pool))):
            print(f"   - {doc.path}:{f.line} {f.code} [{doc.source[f.offset:f.end_offset]}] {_sentence_at(doc, f.offset)[:220]}")
    return {"warn_per_1000": 1000 * sev[Severity.WARNING] / words}


def _sentence_at(doc, offset: int) -> str:
    for region in doc.regions:
        for s in region.sentences:
            a, b = region.source_span(s.start, s.end)
            if a <= offset < b:
                return s.text
    return ""


# ------------------------------------------------------------------------------ seed


def seed(linter: Linter) -> Dict[str, int]:
    draft_path = SHARED / "seed" / "draft.txt"
    draft = _read(draft_path)
    doc = parse(draft, "draft.txt")
    findings = linter.lint_document(doc, SETTINGS)
    lines = draft.split("\n")
    circled: List[Tuple[int, str]] = []
    for row in _read(SHARED / "seed" / "ANNOTATIONS.md").splitlines():
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(cells) < 4 or not cells[0].isdigit() or "claims" not in cells[2]:
            continue
        for phrase in re.findall(r"\"([^\"]+)\"", cells[1]):
            circled.append((int(cells[0]), phrase.strip("…. ").split("…")[0].strip()))

    def sentence_span(line: int, phrase: str) -> Tuple[int, int]:
        offset = sum(len(x) + 1 for x in lines[: line - 1]) + lines[line - 1].find(phrase)
        for region in doc.regions:
            for s in region.sentences:
                a, b = region.source_span(s.start, s.end)
                if a <= offset < b:
                    return a, b
        return offset, offset + len(phrase)

    spans = [(line, phrase, sentence_span(line, phrase)) for line, phrase in circled]
    caught = 0
    print(f"Seed draft: {len(circled)} circled claims, {len(findings)} claims findings")
    for line, phrase, (a, b) in spans:
        hits = [f for f in findings if a <= f.offset < b]
        caught += bool(hits)
        print(f"  line {line} {'caught' if hits else 'MISSED'}: {phrase[:60]!r} " + " ".join(f.code for f in hits))
    extra = [f for f in findings if not any(a <= f.offset < b for _, _, (a, b) in spans)]
    for f in extra:
        print(f"  not circled: line {f.line} {f.code} {f.severity} {draft[f.offset:f.end_offset]!r}")
    print(f"  caught {caught}/{len(circled)}; findings outside circled sentences: {len(extra)}")
    return {"caught": caught, "circled": len(circled), "extra": len(extra)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", nargs="*", choices=["clef", "bbc", "seed", []], default=[])
    ap.add_argument("--split", default="test_annotated", choices=["training", "test_annotated"])
    ap.add_argument("--sample", type=int, default=0, help="print N seeded examples to review")
    ap.add_argument("--sample-seed", type=int, default=11, help="seed of the BBC review sample")
    ap.add_argument("--sample-severity", default="warning", choices=["warning", "info"],
                    help="severity of the BBC findings to sample")
    ap.add_argument("--extend-select", default="", metavar="RULES",
                    help="comma-separated rules to run besides the claims family's defaults, e.g. the "
                         "opt-in CLM004 (a fact-checking desk's configuration)")
    args = ap.parse_args(argv)
    global SETTINGS
    SETTINGS = Settings(select=("claims",) + tuple(c.strip() for c in args.extend_select.split(",") if c.strip()))
    if not DATA.is_dir():
        print(f"no data at {DATA}; set LINTNEWS_SHARED", file=sys.stderr)
        return 2
    what = args.what or ["clef", "bbc", "seed"]
    linter = Linter()
    if "clef" in what:
        clef(linter, args.split, args.sample)
    if "bbc" in what:
        bbc(linter, args.sample, args.sample_seed, args.sample_severity)
    if "seed" in what:
        seed(linter)
    return 0


if __name__ == "__main__":
    sys.exit(main())
