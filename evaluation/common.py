"""Shared helpers for the evaluation scripts: where the data is, and how to lint it.

The public data sets live in ``../shared/data`` next to the repository; set
``LINTNEWS_SHARED`` to another folder that holds ``data/``. Nothing here is copied
into the repository.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable, List, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lintnews.engine.config import settings_from_mapping  # noqa: E402
from lintnews.engine.linter import Linter  # noqa: E402
from lintnews.model import Finding  # noqa: E402


def shared_dir() -> Path:
    """The shared folder (``$LINTNEWS_SHARED`` or ``<repo>/../shared``); exit if absent."""
    path = Path(os.environ.get("LINTNEWS_SHARED", ROOT.parent / "shared"))
    if not (path / "data").is_dir():
        sys.exit(f"no data folder under {path}: set LINTNEWS_SHARED to the shared folder")
    return path


def data_dir(name: str) -> Path:
    return shared_dir() / "data" / name


class Runner:
    """Lints texts with one engine and a fixed rule selection."""

    def __init__(self, select: Sequence[str]) -> None:
        self.linter = Linter()
        self.settings = settings_from_mapping({"select": list(select)}, "<evaluation>", ROOT)

    def lint(self, text: str, path: str = "draft.txt") -> List[Finding]:
        return self.linter.lint_text(text, path, self.settings)


def prf(tp: int, fp: int, fn: int) -> tuple:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(rows: Iterable[Sequence], header: Sequence[str]) -> str:
    """A small Markdown table."""
    rows = [list(map(str, r)) for r in rows]
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def without_stats() -> None:
    """Measure as the default install does: hide the optional 'stats' extra (the word-pair
    counts GRB016 reads) for the rest of the process."""
    from lintnews.analysis.garbled import word_pairs

    word_pairs.available = lambda: False  # as without the package
    for table in (word_pairs.model, word_pairs.words_reaching, word_pairs.improbable_pairs):
        table.cache_clear()


def add_stats_option(parser) -> None:
    """``--no-stats``: numbers for the default install (without the 'stats' extra)."""
    parser.add_argument("--no-stats", action="store_true",
                        help="measure without the optional 'stats' extra, as the default install")
