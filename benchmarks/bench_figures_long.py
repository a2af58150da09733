#!/usr/bin/env python3
"""Long inputs: the figures rules on one 200 KB paragraph against the same text in 100.

Builds about 200 KB of prose from BBC articles (read in place; the text goes to a
temporary folder only for the measured subprocess) twice: as a single paragraph, and
split into 100 paragraphs at sentence ends. The figures rules must cost about the same on
both (the target: the single paragraph at most 1.5x the instructions of the 100), since
what a figure may be compared with is bounded by sentences and paragraphs, not by the
length of the document.

Instructions are counted with valgrind's callgrind (``--callgrind``; minutes per run)
around the lint call of a subprocess; without it, CPU seconds of the lint call in this
process are printed (quick, but moved by the host's load).

Usage: ``python benchmarks/bench_figures_long.py [--kb 200] [--callgrind] [--select FIG001]``
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("LINTNEWS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data" / "bbc-news" / "bbc"


def sentences(kb: int) -> List[str]:
    out: List[str] = []
    size = 0
    for path in sorted(CORPUS.glob("*/*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        body = text.split("\n", 1)[1] if "\n" in text else text
        for s in re.split(r"(?<=[.!?])\s+", " ".join(body.split())):
            if s:
                out.append(s)
                size += len(s) + 1
                if size >= kb * 1024:
                    return out
    return out


def variants(kb: int):
    ss = sentences(kb)
    one = " ".join(ss) + "\n"
    per = max(1, len(ss) // 100)
    paras = [" ".join(ss[i : i + per]) for i in range(0, len(ss), per)]
    many = "\n\n".join(paras) + "\n"
    return one, many


_CHILD = """
import sys
from lintnews.engine.config import Settings
from lintnews.engine.linter import Linter
linter = Linter()
settings = Settings(select=tuple(sys.argv[2].split(",")))
text = open(sys.argv[1], encoding="utf-8").read()
linter.lint_text("Warm up: 3 of 4 rose 5% to 60 from 50.", "warm.txt", settings)
linter.lint_text(text, "draft.txt", settings)
"""


def callgrind(text: str, select: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.txt"
        draft.write_text(text, encoding="utf-8")
        out = Path(tmp) / "cg.out"
        proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c",
                               _CHILD, str(draft), select], capture_output=True, text=True)
        m = re.search(r"Collected\s*:\s*(\d+)", proc.stderr)
        return int(m.group(1)) if m else -1


def seconds(text: str, select: str) -> float:
    from lintnews.engine.config import Settings
    from lintnews.engine.linter import Linter

    linter = Linter()
    settings = Settings(select=tuple(select.split(",")))
    linter.lint_text("Warm up: 3 of 4 rose 5% to 60 from 50.", "warm.txt", settings)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        linter.lint_text(text, "draft.txt", settings)
        best = min(best, time.process_time() - start)
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kb", type=int, default=200)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--select", default="figures")
    args = parser.parse_args(argv)
    one, many = variants(args.kb)
    print(f"{len(one):,} characters; one paragraph against {many.count(chr(10) * 2) + 1} paragraphs; "
          f"rules: {args.select}")
    if args.callgrind:
        a, b = callgrind(one, args.select), callgrind(many, args.select)
        print(f"instructions (whole process): one paragraph {a:,}, 100 paragraphs {b:,}, ratio {a / b:.2f}")
    else:
        a, b = seconds(one, args.select), seconds(many, args.select)
        print(f"CPU seconds of the lint call: one paragraph {a:.2f}, 100 paragraphs {b:.2f}, ratio {a / b:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
