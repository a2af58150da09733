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
