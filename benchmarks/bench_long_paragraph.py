#!/usr/bin/env python3
"""Long paragraphs in linear time: the claims and hedging rules on one 200 KB paragraph
against the same text split into 100 paragraphs, counted in instructions.

Builds about 200 KB of prose from the BBC News corpus (../shared/data/bbc-news, read in
place; written only to a temporary folder), once as a single paragraph and once as 100
paragraphs, and lints each with the selected rules (default: every claims and hedging
rule) under valgrind's callgrind, so the load of a shared host does not move the result.
The target: the single paragraph costs at most 1.5 times the instructions of the split
text. Seconds are printed too, for reference only.

Usage::

    python benchmarks/bench_long_paragraph.py [--select claims hedging] [--kb 200] [--no-callgrind]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LINTNEWS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data" / "bbc-news" / "bbc"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_bbc import count_instructions  # noqa: E402


def paragraphs(limit: int) -> list:
    """Paragraphs of the corpus (each on one line) until *limit* characters."""
    out, size = [], 0
    for path in sorted(CORPUS.glob("*/*.txt")):
        raw = path.read_bytes().decode("utf-8", "replace")
        for para in raw.split("\n\n")[1:]:  # the first block is the headline
            para = " ".join(para.split())
            if para:
                out.append(para)
                size += len(para) + 1
                if size >= limit:
                    return out
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--select", nargs="+", default=["claims", "hedging"])
    ap.add_argument("--kb", type=int, default=200)
    ap.add_argument("--pieces", type=int, default=100)
    ap.add_argument("--no-callgrind", action="store_true")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}; set LINTNEWS_SHARED", file=sys.stderr)
        return 2
    paras = paragraphs(args.kb * 1000)
    step = max(1, len(paras) // args.pieces)
    pieces = [" ".join(paras[i : i + step]) for i in range(0, len(paras), step)]
    tmp = Path(tempfile.mkdtemp(prefix="lintnews-long-"))
    try:
        one = tmp / "one-paragraph.txt"
        many = tmp / "many-paragraphs.txt"
        one.write_text(" ".join(paras) + "\n", encoding="utf-8")
        many.write_text("\n\n".join(pieces) + "\n", encoding="utf-8")
        exe = shutil.which("lintnews") or "lintnews"
        cmd = [exe, "check", "--select", ",".join(args.select)]
        print(f"{one.stat().st_size / 1000:.0f} KB of text: one paragraph, and {len(pieces)} paragraphs; rules: {' '.join(args.select)}")
        results = {}
        for name, path in (("split", many), ("one paragraph", one)):
            t0 = time.perf_counter()
            subprocess.run(cmd + [str(path)], stdout=subprocess.DEVNULL, check=False)
            seconds = time.perf_counter() - t0
            instructions = 0 if args.no_callgrind or not shutil.which("valgrind") else count_instructions(cmd + [str(path)])
            results[name] = (instructions, seconds)
            print(f"  {name:15s} {instructions / 1e6:9.0f} M instructions  {seconds:6.2f} s")
        a, b = results["split"][0], results["one paragraph"][0]
        if a and b:
            print(f"  ratio (one paragraph / split): {b / a:.2f}x instructions (target: at most 1.5x)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
