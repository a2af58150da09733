#!/usr/bin/env python3
"""Throughput, cold start and memory of lintnews against proselint, side by side.

Lints the BBC News corpus (2,225 published articles, ../shared/data/bbc-news) with every
lintnews rule on, and with proselint installed from PyPI into a private virtual
environment, alternating the two over several rounds, and prints medians and ratios:

* throughput on one core (lintnews ``--jobs 1``) and with ``--jobs 2``;
* the corpus linted as Markdown (the files copied to ``.md``) as well as plain text;
* cold start: one short draft, what a pre-commit hook or CI step pays per call (with the
  on-disk cache warm, as on every call after the first; the first call is shown too);
* throughput in instructions (valgrind's callgrind, where installed) on every 20th article,
  which the load of a shared host does not move as it moves seconds;
* peak memory (max RSS of the process) on a quarter, half and all of the corpus;
* the floor: markdown-it-py's own parse speed on the same text, in this process.

Usage::

    python benchmarks/bench_bbc.py [--rounds 3] [--skip-proselint] [--editable] [--json results.json]
    python benchmarks/bench_bbc.py --instructions    # only the callgrind counts (a few minutes)

lintnews is measured as users install it: a wheel built from this checkout, installed into
a private virtual environment next to proselint's (``--editable`` measures the
development install instead).

The corpus is research-only and is read in place (or copied to a temporary folder);
nothing of it is written into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LINTNEWS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data" / "bbc-news" / "bbc"
PEERS = Path(os.environ.get("LINTNEWS_PEERS", ROOT / "benchmarks" / ".peers"))
PROSELINT_VERSION = "0.16.0"
#: The instruction count of whole runs is taken on every this-many-th article.
SAMPLE_EVERY = 20


def run(
    cmd: Sequence[str], cwd: Path | None = None, env: Dict[str, str] | None = None
) -> Tuple[float, int, int, float]:
    """Run *cmd*; return wall seconds, peak RSS in MB, the exit status and CPU seconds
    (user and system: on a shared host, wall time also counts waiting for a CPU)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd, env={**os.environ, **(env or {})}
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status), cpu


def ensure_proselint() -> Path:
    venv = PEERS / "proselint"
    exe = venv / "bin" / "proselint"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "--quiet", f"proselint=={PROSELINT_VERSION}"], check=True
        )
    return exe


def lintnews_exe(editable: bool) -> str:
    """The lintnews to measure: by default a wheel built from this checkout and installed
    (with the ``stats`` extra, so every rule runs) into a private virtual environment,
    as users get it and as proselint is installed; with *editable*, the one next to this
    Python (a development install pays for its import hook on every start-up)."""
    if editable:
        exe = Path(sys.executable).with_name("lintnews")
        return str(exe) if exe.exists() else "lintnews"
    venv = PEERS / "lintnews"
    if not (venv / "bin" / "pip").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    with tempfile.TemporaryDirectory() as wheels:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", wheels, str(ROOT)], check=True
        )
        (wheel,) = Path(wheels).glob("lintnews-*.whl")
        pip = str(venv / "bin" / "pip")
        subprocess.run([pip, "install", "--quiet", f"{wheel}[stats]"], check=True)
        subprocess.run([pip, "install", "--quiet", "--force-reinstall", "--no-deps", str(wheel)], check=True)
    return str(venv / "bin" / "lintnews")


def corpus_files(root: Path) -> List[Path]:
    return sorted(root.glob("*/*.txt"))


def words_in(files: Sequence[Path]) -> int:
    return sum(len(f.read_bytes().split()) for f in files)


_FLOOR = """
import sys, time
from markdown_it import MarkdownIt
md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
texts = [open(f, "rb").read().decode("utf-8", "replace") for f in sys.argv[1:]]
best = float("inf")
for _ in range(3):
    start = time.perf_counter()
    for t in texts:
        md.parse(t)
    best = min(best, time.perf_counter() - start)
print(best, sum(len(t.encode("utf-8")) for t in texts) / 1e6)
"""


def markdown_floor(files: Sequence[Path], python: str) -> Tuple[float, float]:
    """Seconds and MB/s for markdown-it-py alone to parse every file (best of 3), run by
    *python* (the one lintnews is installed for, which has markdown-it-py)."""
    out = subprocess.run([python, "-c", _FLOOR, *map(str, files)], check=True, capture_output=True, text=True)
    best, size = map(float, out.stdout.split())
    return best, size / best


def count_instructions(cmd: Sequence[str]) -> int:
    """Instructions *cmd* executes, counted by ``valgrind --tool=callgrind`` (0 if that fails)."""
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    for line in proc.stderr.splitlines():
        if "I   refs:" in line or "I refs:" in line:
            return int(line.rsplit(":", 1)[1].strip().replace(",", ""))
    return 0


def instructions_only(args: argparse.Namespace) -> int:
    """``--instructions``: the callgrind counts alone, without the timed rounds."""
    if not shutil.which("valgrind"):
        print("valgrind is not installed", file=sys.stderr)
        return 2
    ln = lintnews_exe(args.editable)
    sample = [str(f) for f in corpus_files(CORPUS)[::SAMPLE_EVERY]]
    with tempfile.TemporaryDirectory() as tmp:
        short = Path(tmp) / "short.md"
        short.write_text((ROOT / "examples" / "analysis-draft.md").read_text(encoding="utf-8"), encoding="utf-8")
        tools = {"lintnews": ([ln, "check", "--isolated", "-q"])}
        if not args.skip_proselint:
            tools["proselint"] = [str(ensure_proselint()), "check", "-o", "compact"]
        # Warm the on-disk cache, as any earlier call does (the sample compiles more). The
        # installation is a few seconds old first: the cache does not trust the stat of a
        # file changed less than two seconds before (lintnews.cache.RACY_NS), so a call
        # made at once would warm everything but the installed files' digests.
        time.sleep(2.5)
        run(tools["lintnews"] + [str(short)])
        run(tools["lintnews"] + sample)
        for name, cmd in tools.items():
            cold = count_instructions(cmd + [str(short)])
            whole = count_instructions(cmd + sample)
            print(f"{name}: one short draft {cold / 1e6:,.0f} M instructions; "
                  f"every {SAMPLE_EVERY}th article ({len(sample)} files) {whole / 1e6:,.0f} M")
    return 0


def median(values: List[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-proselint", action="store_true")
    parser.add_argument(
        "--editable", action="store_true", help="measure the lintnews installed next to this Python, not a fresh wheel"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument(
        "--instructions", action="store_true",
        help="only count instructions (callgrind): one short draft with a warm cache, and every "
        f"{SAMPLE_EVERY}th article, for both tools",
    )
    args = parser.parse_args(argv)
    if args.instructions:
        return instructions_only(args)
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS} (set LINTNEWS_SHARED)", file=sys.stderr)
        return 2
    files = corpus_files(CORPUS)
    words = words_in(files)
    ln = lintnews_exe(args.editable)
    floor_s, floor_mbs = markdown_floor(files, str(Path(ln).with_name("python")) if Path(ln).is_absolute() else sys.executable)
    results: Dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.platform()}",
        "files": len(files),
        "words": words,
    }
    with tempfile.TemporaryDirectory() as tmp:
        md_dir = Path(tmp) / "md"
        for f in files:
            target = md_dir / f.parent.name / (f.stem + ".md")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, target)
        short = Path(tmp) / "short.md"
        short.write_text((ROOT / "examples" / "analysis-draft.md").read_text(encoding="utf-8"), encoding="utf-8")

        commands = {
            "lintnews --jobs 1 (text)": [ln, "check", "--isolated", "-q", "--jobs", "1", str(CORPUS)],
            "lintnews --jobs 1 (markdown)": [ln, "check", "--isolated", "-q", "--jobs", "1", str(md_dir)],
            "lintnews --jobs 2 (markdown)": [ln, "check", "--isolated", "-q", "--jobs", "2", str(md_dir)],
        }
        cold = {"lintnews": [ln, "check", "--isolated", "-q", str(short)]}
        if not args.skip_proselint:
            pl = str(ensure_proselint())
            commands["proselint (text)"] = [pl, "check", "-o", "compact", *map(str, files)]
            cold["proselint"] = [pl, "check", "-o", "compact", str(short)]

        # Warm the on-disk cache once (packs, compiled patterns, word-pair tables), as any
        # earlier call does; the first call ever is measured on its own below.
        run(cold["lintnews"])
        times: Dict[str, List[float]] = {k: [] for k in commands}
        cpus: Dict[str, List[float]] = {k: [] for k in commands}
        rss: Dict[str, int] = {}
        for r in range(args.rounds):
            for name, cmd in commands.items():  # alternate the tools within each round
                elapsed, peak, _, cpu = run(cmd)
                times[name].append(elapsed)
                cpus[name].append(cpu)
                rss[name] = max(rss.get(name, 0), peak)
                print(f"round {r + 1}: {name}: {elapsed:.2f} s ({cpu:.2f} s CPU), {peak} MB", file=sys.stderr)
        # The very first call, with an empty on-disk cache (packs, compiled patterns, ...).
        first = run(cold["lintnews"], env={"LINTNEWS_CACHE_DIR": str(Path(tmp) / "empty-cache")})[0]
        cold_times: Dict[str, List[float]] = {k: [] for k in cold}
        cold_cpu: Dict[str, List[float]] = {k: [] for k in cold}
        for _ in range(max(5, args.rounds * 4)):
            for name, cmd in cold.items():
                elapsed, _, _, cpu = run(cmd)
                cold_times[name].append(elapsed)
                cold_cpu[name].append(cpu)

        # Instructions (valgrind's callgrind): what the load of a shared host does not change.
        instructions = {name: count_instructions(cmd) for name, cmd in cold.items()} if shutil.which("valgrind") else {}
        # Throughput in instructions, on every SAMPLE_EVERY-th article (callgrind runs a
        # program about fifty times slower, too slow for the whole corpus): a ratio the
        # host's load cannot move, start-up included for both tools.
        sample = [str(f) for f in files[::SAMPLE_EVERY]]
        sampled: Dict[str, int] = {}
        if instructions and "proselint" in cold:
            sampled = {
                "lintnews": count_instructions([ln, "check", "--isolated", "-q", *sample]),
                "proselint": count_instructions([cold["proselint"][0], "check", "-o", "compact", *sample]),
            }

        growth = []
        for share in (0.25, 0.5, 1.0):
            subset = Path(tmp) / f"subset-{share}"
            for f in sorted(md_dir.rglob("*.md"))[: int(len(files) * share)]:
                target = subset / f.parent.name / f.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(f, target)
            _, peak, _, _ = run([ln, "check", "--isolated", "-q", "-f", "text", str(subset)])
            growth.append((share, peak))


    med = {k: median(v) for k, v in times.items()}
    med_cpu = {k: median(v) for k, v in cpus.items()}
    results["throughput"] = {
        k: {
            "median_s": round(v, 2), "range_s": [round(min(times[k]), 2), round(max(times[k]), 2)],
            "median_cpu_s": round(med_cpu[k], 2), "words_per_s": round(words / v), "peak_rss_mb": rss[k],
        }
        for k, v in med.items()
    }
    results["cold_start_s"] = {k: round(median(v), 3) for k, v in cold_times.items()}
    results["cold_start_cpu_s"] = {k: round(median(v), 3) for k, v in cold_cpu.items()}
    results["first_run_empty_cache_s"] = round(first, 3)
    if instructions:
        results["cold_start_instructions"] = instructions
    if sampled and all(sampled.values()):
        results["sample_instructions"] = {"files": len(sample), **sampled}
    results["memory_growth_mb"] = {f"{int(s * 100)}%": p for s, p in growth}
    results["markdown_it_floor"] = {"seconds": round(floor_s, 2), "mb_per_s": round(floor_mbs, 1)}

    print(f"\nMachine: {results['machine']}")
    print(f"Corpus: {len(files)} files, {words:,} words; {args.rounds} rounds, medians\n")
    print(f"{'run':32} {'seconds':>8} {'range':>13} {'CPU s':>7} {'words/s':>10} {'peak MB':>8}")
    for k, v in med.items():
        span = f"{min(times[k]):.2f}-{max(times[k]):.2f}"
        print(f"{k:32} {v:8.2f} {span:>13} {med_cpu[k]:7.2f} {words / v:10,.0f} {rss[k]:8}")
    if "proselint (text)" in med:
        base = med["proselint (text)"]
        for k in med:
            if k.startswith("lintnews"):
                cpu_ratio = med_cpu["proselint (text)"] / med_cpu[k]
                print(f"speed-up over proselint, {k}: {base / med[k]:.1f}x (CPU time: {cpu_ratio:.1f}x)")
                results.setdefault("speedup_vs_proselint", {})[k] = round(base / med[k], 1)
    one, two = med["lintnews --jobs 1 (markdown)"], med["lintnews --jobs 2 (markdown)"]
    print(f"--jobs 2 over --jobs 1: {one / two:.2f}x")
    results["jobs2_over_jobs1"] = round(one / two, 2)
    print("cold start (one short draft), median wall: "
          + ", ".join(f"{k} {v:.3f} s" for k, v in results["cold_start_s"].items()))
    print("cold start, median CPU (user + system): "
          + ", ".join(f"{k} {v:.3f} s" for k, v in results["cold_start_cpu_s"].items()))
    if instructions:
        print("cold start, instructions (callgrind): "
              + ", ".join(f"{k} {v / 1e6:,.0f} M" for k, v in instructions.items()))
    if sampled and all(sampled.values()):
        print(f"throughput on every {SAMPLE_EVERY}th article ({len(sample)} files), instructions (callgrind): "
              f"lintnews {sampled['lintnews'] / 1e6:,.0f} M, proselint {sampled['proselint'] / 1e6:,.0f} M: "
              f"{sampled['proselint'] / sampled['lintnews']:.1f}x")
    print(f"lintnews's very first call, empty cache: {first:.3f} s")
    print("peak memory by corpus share: " + ", ".join(f"{k} {v} MB" for k, v in results["memory_growth_mb"].items()))
    print(f"markdown-it-py floor: {floor_s:.2f} s ({floor_mbs:.1f} MB/s); lintnews --jobs 1 (markdown) is "
          f"{one / floor_s:.1f}x the floor")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
