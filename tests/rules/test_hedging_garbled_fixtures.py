"""Fixture drafts for the hedging and garbled packs: every {CODE}-marked line fires,
no other line does (quotes, blockquotes, attributed sentences and code stay quiet)."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    "path",
    sorted((FIXTURES / "hedging").glob("*.md")) + sorted((FIXTURES / "garbled").glob("*.md")),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_fixture(linter, path):
    family = path.parent.name
    linter.assert_fixture(path, select=[family])
