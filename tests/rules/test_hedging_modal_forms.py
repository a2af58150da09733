"""Modal hedges in two more forms: "could potentially" stacked, and "may be" + a
participle in -ing (a guess about what is going on)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, code, phrase",
    [
        ("This may potentially mark a turning point for the port.", "HDG001", "may potentially"),
        ("The levy could potentially raise £3m a year.", "HDG001", "could potentially"),
        ("Buyers might potentially walk away from the deal.", "HDG001", "might potentially"),
        ("The housing market may be cooling somewhat.", "HDG001", "may be cooling somewhat"),
        ("The gang could be operating from abroad.", "HDG006", "could"),
        ("Some tenants may be paying twice for repairs.", "HDG006", "may"),
    ],
)
def test_modal_forms_are_hedges(linter, text, code, phrase):
    findings = [f for f in linter.lint(text, select=["hedging"]) if f.code == code]
    assert [text[f.offset : f.end_offset] for f in findings] == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "It was a potentially deadly virus.",  # an adjective's modifier, no modal
        "The ban could potentially be lifted next year, the minister said.",  # attributed
        '"We may be heading for a recession," the governor said.',  # quoted
        "Residents may apply for a permit from Monday.",  # permission
        "May is the busiest month for the ferry.",  # the month
    ],
)
def test_modal_forms_stay_quiet(linter, text):
    assert linter.codes(text, select=["HDG001", "HDG006"]) == []
