"""Eggcorn Database (evaluation only, never shipped): recall of eggcorns in real sentences.

Each eggcorn (the wrong form) comes with web sentences that use it. A sentence counts as
found when a garbled finding overlaps the eggcorn in it. Multi-word keys and single-word
keys are reported apart (a single word such as "French" is an eggcorn only in context).
Nothing from this set goes into the packs or lexicons.

    python evaluation/eggcorn_db_garbled.py              # report half
    python evaluation/eggcorn_db_garbled.py --half tune --misses

Report half: ``zlib.crc32(key.encode()) % 2 == 1``. Target: recall on multi-word keys
>= 0.3.
"""

from __future__ import annotations

import argparse
import json
import re
import zlib

from common import Runner, add_stats_option, data_dir, prf, table, without_stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["tune", "report"], default="report")
    ap.add_argument("--misses", action="store_true")
    add_stats_option(ap)
    args = ap.parse_args()
    if args.no_stats:
        without_stats()
    data = json.load(open(data_dir("eggcorn_db") / "eggcorns.json", encoding="utf-8"))
    runner = Runner(["garbled"])
    want = 1 if args.half == "report" else 0
    counts = {"multi-word": [0, 0, 0], "single-word": [0, 0, 0]}  # sentences, with key, found
    for key, sentences in sorted(data.items()):
        if zlib.crc32(key.encode()) % 2 != want:
            continue
        group = "multi-word" if " " in key.strip() else "single-word"
        rx = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, key.split())) + r"(?!\w)", re.IGNORECASE)
        for raw in sentences:
            text = " ".join(raw.split())
            m = rx.search(text)
            counts[group][0] += 1
            if m is None:
                continue  # a truncated citation without the eggcorn itself
            counts[group][1] += 1
            found = [f for f in runner.lint(text, "s.txt") if f.offset < m.end() and m.start() < f.end_offset]
            if found:
                counts[group][2] += 1
            elif args.misses and group == "multi-word":
                print(f"MISS [{key}] {text[:160]}")
    rows = []
    for group, (n, with_key, hit) in counts.items():
        rows.append((group, n, with_key, hit, f"{hit / with_key:.3f}" if with_key else "-"))
    print(f"Eggcorn Database ({args.half} half)")
    print(table(rows, ["keys", "sentences", "holding the key", "found", "recall"]))


if __name__ == "__main__":
    main()
