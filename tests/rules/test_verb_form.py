"""GRB031 verb-form: a past tense where the auxiliary needs another form of the verb."""

from __future__ import annotations

import pytest

FIRES = [
    # (sentence, the word written, the suggestion or None)
    ("The bakery has went out of business.", "went", "gone"),
    ("Prices had rose sharply before the crash.", None, None),  # "rose" is left alone (rose bushes)
    ("Thieves had took the copper from the roof.", "took", "taken"),
    ("Officials have saw no sign of the missing boat.", "saw", "seen"),
    ("The club could have ran the event at a loss.", "ran", "run"),
    ("By then the strike had became the longest in the port's history.", "became", "become"),
    ("We've knew about the leak for months.", "knew", "known"),
    ("The paintings were stole in 1994.", "stole", "stolen"),
    ("The decision was took without a vote.", "took", "taken"),
    ("The report has been wrote by an outside firm.", "wrote", "written"),
    ("Two players were gave red cards.", "gave", "given"),
    ("The plant will increased its output next year.", "increased", None),
    ("The authorities should reduced the fares.", "reduced", None),
    ("The government must took action, campaigners say.", "took", "take"),
    ("Farmers cannot afforded new machines.", "afforded", None),
]


@pytest.mark.parametrize("text, written, right", FIRES)
def test_verb_form_fires(linter, text, written, right):
    findings = linter.lint(text, select=["GRB031"])
    if written is None:
        assert findings == []
        return
    # the slip is reported once: by GRB031, or by a lexicon rule that already knows it
    at = text.index(written)
    (finding,) = [f for f in linter.lint(text, select=["garbled"]) if f.offset <= at < f.end_offset]
    if finding.code == "GRB031":
        assert finding.offset == at
        assert finding.suggestion == right
        assert f"'{written}'" in finding.message


QUIET = [
    "The bakery has gone out of business, and the paintings were stolen.",
    "The ministry did not want to comment and did not need to.",
    "Work will proceed in May, and the scheme may indeed succeed.",
    "His will named his daughter as executor.",
    "The can exploded in the heat.",
    "Will Smith starred in the film, and May Day passed quietly.",
    "She had bit parts in two films and was broke by 30.",
    "He was saw mill owner in the series.",
    "The fans were shook after the defeat.",
    "The club has got a new manager.",
    "He didn't used to drive.",
    "Prices had fallen and the firm had done well.",
    'The fan said: "We should have ran faster."',
    "```\nthe script has went wrong\n```",
]


@pytest.mark.parametrize("text", QUIET)
def test_verb_form_stays_quiet(linter, text):
    assert linter.codes(text, select=["GRB031"]) == []


def test_irregular_fix_is_unsafe_and_regular_has_none(linter):
    (irregular,) = linter.lint("The firm has went bust.", select=["GRB031"])
    assert irregular.fix is not None and irregular.fix.safe is False
    (regular,) = linter.lint("The firm will wanted to.", select=["GRB031"])
    assert regular.fix is None and regular.suggestion is None
