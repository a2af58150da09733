"""Shared test helpers. ``shared_data`` points at the public evaluation data in
``../shared`` and skips the test cleanly where it is absent (users' clones)."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path
from typing import List, Optional

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LINTNEWS_SHARED", ROOT.parent / "shared"))


# Keep the suite's cache out of the user's cache folder: one of its own, kept between runs
# (entries are keyed on content, so a run of other code never reads them). Set before any
# test module is imported: lintnews reads the folder from the environment when a process
# first needs it, which may be while the tests are collected.
os.environ["LINTNEWS_CACHE_DIR"] = os.path.join(
    tempfile.gettempdir(), f"lintnews-test-cache-{getattr(os, 'getuid', lambda: 0)()}"
)


# Property tests: the whole suite (``pytest``, as ``.ci/run`` runs it) tries each property
# on 300 generated examples; the fast tier (``pytest -m "not slow"``, run before every
# commit) on 25, so that it stays quick while every property still runs. A test that
# names its own, smaller ``max_examples`` keeps it in both; one whose examples are costly
# to draw takes a share of the tier's number (``settings.default.max_examples``, read when
# the test module is imported). ``HYPOTHESIS_PROFILE=full`` gives the fast tier the full number.
settings.register_profile("full", max_examples=300)
settings.register_profile("fast", max_examples=25)


def pytest_configure(config) -> None:
    fast = "not slow" in (config.getoption("markexpr") or "")
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("fast" if fast else "full"))


@pytest.fixture
def shared() -> Path:
    """The ``../shared`` folder; skips the test when it is not there."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


class CliResult:
    def __init__(self, status: int, out: str, err: str) -> None:
        self.status, self.out, self.err = status, out, err

    @property
    def lines(self) -> List[str]:
        return self.out.splitlines()


@pytest.fixture
def run_cli(monkeypatch):
    """Run ``lintnews ARGS`` in-process; returns status, stdout and stderr."""
    from lintnews.cli import main

    def run(*args: str, stdin: Optional[str] = None, cwd: Optional[Path] = None) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
        if cwd is not None:
            monkeypatch.chdir(cwd)
        status = main(list(args))
        return CliResult(status, out.getvalue(), err.getvalue())

    return run
