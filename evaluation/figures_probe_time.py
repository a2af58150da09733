"""Recall on the time-relation probe pairs of ``tests/rules/test_figure_time_relations.py``.

Two batches written for the time round, in our own words (not from any test set): batch A
(nine relations, five error/control pairs each), batch B (three pairs per relation,
written after batch A's changes; its two errors still missed are kept in the module's
``KNOWN_MISSES`` and counted here), batch C (12 pairs, written after batch B's changes)
and batch D (10 pairs, written after batch C's). A pair is *found* when the error draft draws the
relation's rule (FIG008 or FIG009); a control *alarms* when it draws any figures finding.

Usage: ``python evaluation/figures_probe_time.py [--show]``
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lintnews.engine.config import Settings  # noqa: E402
from lintnews.engine.linter import Linter  # noqa: E402


def _pairs():
    path = ROOT / "tests" / "rules" / "test_figure_time_relations.py"
    spec = importlib.util.spec_from_file_location("time_relations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {"A": module.CASES, "B": list(module.BATCH_B) + list(module.KNOWN_MISSES), "C": module.BATCH_C,
            "D": module.BATCH_D}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print the misses and alarms")
    args = ap.parse_args()
    linter = Linter()
    settings = Settings(select=("FIG",))
    for batch, cases in _pairs().items():
        found, alarms, total = collections.Counter(), collections.Counter(), collections.Counter()
        for name, code, wrong, right in cases:
            total[name] += 1
            if code in [f.code for f in linter.lint_text(wrong, "draft.md", settings)]:
                found[name] += 1
            elif args.show:
                print(f"  miss  {name}: {wrong[-100:]!r}")
            if linter.lint_text(right, "draft.md", settings):
                alarms[name] += 1
                if args.show:
                    print(f"  alarm {name}: {right[-100:]!r}")
        print(f"batch {batch}")
        for name in total:
            print(f"  {name:20} {found[name]:3} of {total[name]:2}   control alarms {alarms[name]}")
        print(f"  {'all':20} {sum(found.values()):3} of {sum(total.values()):2}   control alarms {sum(alarms.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
