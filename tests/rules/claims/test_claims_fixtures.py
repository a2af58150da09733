"""Fixture drafts of the claims family: lines ending in {CODE} must fire, others must not."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "claims").glob("*.md"))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture(linter, path):
    # CLM004 is opt-in: the fixtures name it, as a newsroom that wants it would
    linter.assert_fixture(path, select=["claims", "CLM004"])
