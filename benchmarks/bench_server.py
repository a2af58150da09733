#!/usr/bin/env python3
"""Throughput and latency of ``lintnews serve`` on a ~600-word draft, on localhost.

Starts the server from this checkout (``python -m lintnews serve --isolated``) on a free
port, warms it up, then for each endpoint (``/v1/lint`` JSON, ``/v2/check`` form) runs

* one client sending requests one after another (the latency of an idle server), and
* a bounded load: ``--clients`` threads, each sending ``--requests`` requests over its
  own keep-alive connection, all at once;

and prints a Markdown table: requests per second, words per second, and the median, 95th
percentile and slowest latency, as medians over ``--rounds`` rounds. Every request must
be answered with status 200; any other answer is counted and printed.

The draft is made of the shipped example drafts (``examples/``), cut at a paragraph
boundary once it has 600 words; nothing is read from outside the checkout.

Usage::

    python benchmarks/bench_server.py [--workers 2] [--clients 20] [--requests 10] [--rounds 3]

Traffic goes only to 127.0.0.1, and every loop is bounded.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ("unsupported-claims.md", "hedging-and-garbled.md", "inconsistent-figures.md", "analysis-draft.md")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def draft(words: int = 600) -> str:
    """Paragraphs of the example drafts (front matter dropped) until *words* words."""
    paragraphs: List[str] = []
    count = 0
    for name in EXAMPLES:
        body = FRONT_MATTER.sub("", (ROOT / "examples" / name).read_text(encoding="utf-8"))
        for paragraph in body.split("\n\n"):
            if not paragraph.strip() or paragraph.lstrip().startswith("<!--"):
                continue
            paragraphs.append(paragraph.strip())
            count += len(paragraph.split())
            if count >= words:
                return "\n\n".join(paragraphs) + "\n"
    return "\n\n".join(paragraphs) + "\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, workers: int) -> None:
        self.port = free_port()
        self.folder = tempfile.mkdtemp(prefix="lintnews-bench-")
        self.log = open(os.path.join(self.folder, "server.log"), "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "lintnews", "serve", "--isolated", "--port", str(self.port),
             "--workers", str(workers), "--log-level", "warning"],
            cwd=self.folder, stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"the server exited: see {self.log.name}")
            try:
                status, _ = request(self.port, "GET", "/health", b"", {})
                if status == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise SystemExit("the server did not start within 120 s")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)
        self.log.close()


def request(port: int, method: str, path: str, body: bytes, headers: Dict[str, str], conn=None) -> Tuple[int, bytes]:
    own = conn is None
    conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request(method, path, body=body, headers=headers)
        reply = conn.getresponse()
        return reply.status, reply.read()
    finally:
        if own:
            conn.close()


def endpoint_request(endpoint: str, text: str) -> Tuple[str, bytes, Dict[str, str]]:
    if endpoint == "v1":
        return "/v1/lint", json.dumps({"text": text, "path": "draft.md"}).encode(), {"Content-Type": "application/json"}
    form = urllib.parse.urlencode({"text": text, "language": "en-US"}).encode()
    return "/v2/check", form, {"Content-Type": "application/x-www-form-urlencoded"}


def run_load(port: int, endpoint: str, text: str, clients: int, per_client: int) -> Dict[str, float]:
    path, body, headers = endpoint_request(endpoint, text)
    latencies: List[float] = []
    failures: List[int] = []
    lock = threading.Lock()
    start_gate = threading.Barrier(clients + 1)

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        mine: List[float] = []
        bad: List[int] = []
        start_gate.wait()
        for _ in range(per_client):
            t0 = time.perf_counter()
            try:
                status, _ = request(port, "POST", path, body, headers, conn)
            except OSError:
                status = 0
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            mine.append(time.perf_counter() - t0)
            if status != 200:
                bad.append(status)
        conn.close()
        with lock:
            latencies.extend(mine)
            failures.extend(bad)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    start_gate.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    latencies.sort()
    total = clients * per_client
    words = len(text.split())

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(round(p * (len(latencies) - 1))))] * 1000

    return {
        "requests": total,
        "answered_200": total - len(failures),
        "failures": len(failures),
        "seconds": wall,
        "rps": total / wall,
        "words_per_s": total * words / wall,
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "max_ms": latencies[-1] * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=10, help="requests per client")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args()

    text = draft()
    words = len(text.split())
    print(f"draft: {words} words, {len(text):,} characters; {args.workers} workers; "
          f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}", flush=True)
    # The floor: the same draft linted in this process through the Python API, no HTTP.
    import lintnews

    lintnews.lint_text(text, "draft.md", {})
    floor = []
    for _ in range(50):
        t0 = time.perf_counter()
        lintnews.lint_text(text, "draft.md", {})
        floor.append(time.perf_counter() - t0)
    print(f"in process (lintnews.lint_text, no HTTP): median {statistics.median(floor) * 1000:.1f} ms", flush=True)
    server = Server(args.workers)
    results: Dict[str, List[Dict[str, float]]] = {}
    try:
        for endpoint in ("v1", "v2"):
            run_load(server.port, endpoint, text, 2, 10)  # warm-up
        for _ in range(args.rounds):
            for endpoint in ("v1", "v2"):
                for name, clients, per in (("one client", 1, 50), (f"{args.clients} clients", args.clients, args.requests)):
                    r = run_load(server.port, endpoint, text, clients, per)
                    results.setdefault(f"{endpoint} {name}", []).append(r)
                    print(f"  {endpoint} {name}: {r['rps']:.1f} req/s, p95 {r['p95_ms']:.1f} ms, "
                          f"{r['failures']} not answered with 200", flush=True)
    finally:
        server.stop()

    print()
    print("| endpoint, load | requests | answered (200) | requests/s | words/s | median ms | p95 ms | slowest ms |")
    print("|---|---|---|---|---|---|---|---|")
    for key, runs in results.items():
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        endpoint, load = key.split(" ", 1)
        label = {"v1": "`POST /v1/lint`", "v2": "`POST /v2/check`"}[endpoint]
        print(f"| {label}, {load} | {sum(r['requests'] for r in runs):.0f} | {sum(r['answered_200'] for r in runs):.0f} "
              f"| {med['rps']:.1f} | {med['words_per_s']:,.0f} | {med['p50_ms']:.1f} | {med['p95_ms']:.1f} | {med['max_ms']:.1f} |")
    if args.json:
        Path(args.json).write_text(json.dumps({"words": words, "workers": args.workers, "results": results}, indent=2))
    failed = sum(r["failures"] for runs in results.values() for r in runs)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
