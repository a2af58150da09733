#!/usr/bin/env python3
"""How CLM010's threshold plays out: drafts with line-level gold, and BBC copy.

For each threshold, the claims scores of a gold file (the project scorer,
``../shared/tools/evaluate.py``, run with CLM010 at that threshold) and the CLM010 findings
per 1,000 words of BBC News (every Nth article, read in place; research-only data, never
copied). The threshold shipped with the weights was chosen from these numbers on the
development drafts and on the even-numbered articles of the BBC sample (``--files even``);
``--files odd`` and other gold files report.

Usage::

    python evaluation/claims_model.py --gold ../shared/devset/gold.yaml --thresholds 0.9 0.93 0.95
    python evaluation/claims_model.py --bbc-every 5 --files odd --thresholds 0.93 0.95 0.97
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, data_dir, shared_dir

from lintnews.engine.config import settings_from_mapping
from lintnews.engine.linter import Linter


def gold_scores(gold: Path, threshold: float) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "lintnews.yaml"
        cfg.write_text(f"rules:\n  CLM010: {{threshold: {threshold}}}\n", encoding="utf-8")
        cmd = f"{sys.executable} -m lintnews check --config {cfg} --format sarif"
        out = subprocess.run(
            [sys.executable, str(shared_dir() / "tools" / "evaluate.py"), str(gold), "--cats", "claims", "--cmd", cmd],
            capture_output=True, text=True, cwd=ROOT, check=True,
        ).stdout
    return next(line for line in out.splitlines() if line.startswith("claims"))


def bbc_rates(every: int, part: str, thresholds) -> None:
    files = sorted((data_dir("bbc-news") / "bbc").glob("*/*.txt"))[::every]
    files = {"all": files, "even": files[0::2], "odd": files[1::2]}[part]
    linter = Linter()
    lowest = min(thresholds)
    settings = settings_from_mapping({"select": ["claims"], "rules": {"CLM010": {"threshold": lowest}}}, "<evaluation>", ROOT)
    from lintnews.analysis.learned.features import sentence_features
    from lintnews.analysis.learned.model import sentence_model
    from lintnews.text.document import parse

    model = sentence_model()
    words, probabilities = 0, []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        words += len(text.split())
        doc = parse(text, "article.txt")
        starts = {}
        for region in doc.regions:
            for s in region.sentences:
                starts[region.source_span(s.start, s.end)[0]] = s
        for f in linter.lint_text(text, "article.txt", settings):
            if f.code == "CLM010" and f.offset in starts:
                probabilities.append(model.claim.probability(sentence_features(starts[f.offset])))
    print(f"BBC News, every {every}th article ({part}: {len(files)} articles, {words:,} words)")
    for t in thresholds:
        n = sum(p >= t for p in probabilities)
        print(f"  threshold {t:.2f}: {n} CLM010 findings, {1000 * n / words:.2f} per 1,000 words")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, action="append", default=[], help="a gold.yaml (repeatable)")
    ap.add_argument("--bbc-every", type=int, default=0, help="also lint every Nth BBC article")
    ap.add_argument("--files", choices=["all", "even", "odd"], default="all")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.9, 0.93, 0.95, 0.97])
    args = ap.parse_args()
    for gold in args.gold:
        print(gold)
        for t in args.thresholds:
            print(f"  threshold {t:.2f}: {gold_scores(gold, t)}")
    if args.bbc_every:
        bbc_rates(args.bbc_every, args.files, args.thresholds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
