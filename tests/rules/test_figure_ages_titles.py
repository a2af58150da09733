"""FIG009 when the person is introduced by a title or an occupation before the name ("The
folk singer Ann Moor died ..."): the age is the person's, not a thing's."""

import pytest

PAIRS = [
    ("# Obituary\n\nThe retired architect Colm Dwyer died on 4 May 2025, aged 88.\n\nDwyer was born on 20 June 1938.",
     "# Obituary\n\nThe retired architect Colm Dwyer died on 4 May 2025, aged 86.\n\nDwyer was born on 20 June 1938."),
    ("# Obituary\n\nThe poet Rhian Price has died aged 70, her publisher said on 9 January 2025.\n\n"
     "Born in Swansea on 30 October 1955, she began writing at school.",
     "# Obituary\n\nThe poet Rhian Price has died aged 69, her publisher said on 9 January 2025.\n\n"
     "Born in Swansea on 30 October 1955, she began writing at school."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][12:50] for p in PAIRS])
def test_age_of_a_person_named_after_a_title(linter, wrong, right):
    assert "FIG009" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_a_thing_keeps_its_own_age(linter):
    text = "# Bridge\n\nThe old bridge, which opened in 1968, was 40 years old when it closed in 2008."
    assert linter.codes(text, select=["FIG"]) == []


def test_a_birth_told_after_the_age_is_noted_at_its_own_line(linter):
    text = ("# Trial\n\nBuilder Tom Reyes, 47, denies the charges.\n\n"
            "The trial began on 3 November 2025.\n\nMr Reyes, who was born in 1970, bought the yard in 2015.\n")
    found = [(f.code, f.line, f.severity.name.lower()) for f in linter.lint(text) if f.code == "FIG009"]
    assert ("FIG009", 3, "warning") in found and ("FIG009", 7, "info") in found, found
