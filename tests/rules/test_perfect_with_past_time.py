"""The present perfect with a time that is over (GRB019's perfect-with-past-time): a
weekday, a date, an adverb or a passive between, in fresh words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The bakery has closed three years ago.", "has closed three years ago"),
        ("A storm has ravaged on Saturday evening some 4,000 hectares of vines.", "has ravaged on Saturday"),
        ("The union has signed the agreement on 3 March.", "has signed the agreement on 3 March"),
        ("The port has officially reopened yesterday.", "has officially reopened yesterday"),
    ],
)
def test_perfect_with_past_time_fires(linter, text, phrase):
    (finding,) = linter.lint(text, select=["GRB019"])
    assert text[finding.offset : finding.end_offset] == phrase


@pytest.mark.parametrize(
    "text",
    [
        "The bakery closed three years ago and has stood empty since.",
        "Prices have fallen since last year.",
        "The firm has grown strongly in 2004.",
        "The dollar may have been helped on Monday by the comments.",
        "The scam is believed to have begun two years ago.",
        "The council had approved the budget on Tuesday.",
        "Mr Howard has stepped down, the company said on Tuesday.",
        "Commentators have been expecting an election on 5 May.",
        "The plant has been closed from Monday to Friday.",
        "A man has been charged on Monday with the theft.",
        "Officials said the ban has been lifted on Friday.",
        '"We have closed the branch last week," the manager said.',
    ],
)
def test_perfect_with_past_time_stays_quiet(linter, text):
    assert linter.codes(text, select=["GRB019"]) == []
