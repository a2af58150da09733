"""The seed draft an editor annotated (shared/seed, not copied into the project): the
hedging and garbled problems the editor circled are flagged with the right category."""

from __future__ import annotations

import re

import pytest

CIRCLED = [
    ("may partly", "hedging"),
    ("it is likely that", "hedging"),
    ("It is also important to note that", "hedging"),
    ("One question mark is whether", "garbled"),
    ("balance of power in the presence", "garbled"),
    ("the evolution of the situation", "garbled"),
    ("the different parties involved", "garbled"),
    ("followed by subsequent", "garbled"),
]


@pytest.mark.parametrize("phrase, category", CIRCLED)
def test_seed_draft_problems_are_flagged(shared, linter, phrase, category):
    path = shared / "seed" / "draft.txt"
    if not path.exists():
        pytest.skip("no seed draft")
    text = path.read_text(encoding="utf-8")
    m = re.search(re.escape(phrase), text)
    assert m, phrase
    findings = linter.lint(text, select=["hedging", "garbled"], path="draft.txt")
    hits = [f for f in findings if f.offset < m.end() and f.end_offset > m.start()]
    assert hits, f"nothing flags {phrase!r}"
    assert category in {f.category for f in hits}
