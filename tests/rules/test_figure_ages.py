"""FIG009: an age against the person's birth date, in several phrasings."""

import pytest

PAIRS = [
    ("Born on 4 May 1961, she died at home on 1 March 2024, aged 64.",
     "Born on 4 May 1961, she died at home on 1 March 2024, aged 62."),
    ("Tom Hale was born in 1948. He won his first title in 1970, at the age of 25.",
     "Tom Hale was born in 1948. He won his first title in 1970, at the age of 22."),
    ("Mira Osei was born in June 1990. She joined the board in 2015, when she was 19.",
     "Mira Osei was born in June 1990. She joined the board in 2015, when she was 24."),
    ("Born in Leeds in 1935, he retired in 1990 aged 60.",
     "Born in Leeds in 1935, he retired in 1990 aged 55."),
    ("Judge Amara Singh (born 1957) was appointed in 1999, aged 48.",
     "Judge Amara Singh (born 1957) was appointed in 1999, aged 42."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_age_against_birth(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG009"]) == ["FIG009"], wrong
    assert linter.codes(right, select=["FIG009"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # another person's age
        "Tom Hale was born in 1948. His daughter Ruth Hale, 40, spoke at the funeral in 2020.",
        # two births: no age is tied to either without a name
        "He was born in 1950 and his wife in 1956. They married in 1980, when he was 30.",
        # an age with no date
        "Tom Hale was born in 1948. He is survived by his son, 52.",
        "She was born in 1970 and has run the firm for 20 years.",
    ],
)
def test_quiet(linter, text):
    assert linter.codes(text, select=["FIG009"]) == [], text


# Ages against births given elsewhere: an age at death before the birth and the date of
# death, a thing's age against the year it was built, an age for the present against
# the draft's own dates.
ELSEWHERE = [
    ("Ruth Okafor, the potter, has died at the age of 79.\n\nHer son said she died at home on Friday 14 February "
     "2025.\n\nBorn in Leeds on 3 June 1947, she trained in Stoke.",
     "Ruth Okafor, the potter, has died at the age of 77.\n\nHer son said she died at home on Friday 14 February "
     "2025.\n\nBorn in Leeds on 3 June 1947, she trained in Stoke."),
    ("The lighthouse was built in 1932.\n\nThe lighthouse, which is 61 years old, will be repainted on Monday "
     "6 October 2025.",
     "The lighthouse was built in 1932.\n\nThe lighthouse, which is 93 years old, will be repainted on Monday "
     "6 October 2025."),
    ("The race is on Sunday 12 October 2025.\n\nMorales, who turns 40 next month, was born in 1983.",
     "The race is on Sunday 12 October 2025.\n\nMorales, who turns 42 next month, was born in 1983."),
]


@pytest.mark.parametrize("wrong,right", ELSEWHERE, ids=[p[0][:40] for p in ELSEWHERE])
def test_ages_against_births_given_elsewhere(linter, wrong, right):
    # one warning at the age (and an info note at a birth told after it)
    found = linter.lint(wrong, select=["FIG009"])
    assert [f.severity.name for f in found if f.severity.name != "INFO"] == ["WARNING"], wrong
    assert linter.codes(right, select=["FIG009"]) == [], right


@pytest.mark.parametrize("text", [
    # no date to say when "now" is, in a draft about an earlier year (not written today)
    "In 2019 the club signed Morales, who turns 40 next month and was born in 1983.",
    # the birth date is the draft's only full date
    "Ann Hale, who has died at the age of 84, was born on 5 April 1920 in Luton.",
])
def test_ages_without_a_present_stay_quiet(linter, text):
    assert linter.codes(text, select=["FIG009"]) == []


@pytest.mark.parametrize("wrong,right", [
    ("Ines Moreau, born in 1961, was 19 when she first sailed the Atlantic in 1985.",
     "Ines Moreau, born in 1961, was 24 when she first sailed the Atlantic in 1985."),
    # another birth in the draft: the age goes with the name that opens its sentence
    ("Ada Clement was born in 1950.\n\nKofi Mensah joined the club in 2004 at the age of 30; Mensah was born in 1981.",
     "Ada Clement was born in 1950.\n\nKofi Mensah joined the club in 2004 at the age of 23; Mensah was born in 1981."),
])
def test_ages_after_a_birth_in_its_sentence(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG009"]) == ["FIG009"], wrong
    assert linter.codes(right, select=["FIG009"]) == [], right
