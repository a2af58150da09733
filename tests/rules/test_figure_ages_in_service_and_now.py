"""FIG009 on the age of a thing counted from when it was put to use ("entered service in
1984", "were put into service in", "was commissioned in", "went into operation in"), and on
an age told now ("is now 84") in a draft whose dates include
history long before its present (an old full date is no longer the draft's present)."""

import pytest

DATED = "The new {thing} arrives on Tuesday 3 March 2026.\n\n"

PAIRS = [
    (DATED.format(thing="ferry") + "The old ferry entered service in 1984 and is now more than 45 years old.\n",
     DATED.format(thing="ferry") + "The old ferry entered service in 1984 and is now more than 40 years old.\n"),
    (DATED.format(thing="trams") + "The old trams were put into service in 1981 and 1983 and are now more "
     "than 50 years old.\n",
     DATED.format(thing="trams") + "The old trams were put into service in 1971 and 1973 and are now more "
     "than 50 years old.\n"),
    (DATED.format(thing="radar") + "The old radar was commissioned in 1990 and is 30 years old.\n",
     DATED.format(thing="radar") + "The old radar was commissioned in 1990 and is 36 years old.\n"),
    (DATED.format(thing="lifts") + "The old lifts were taken into use in 1969, so they are now 61 years old.\n",
     DATED.format(thing="lifts") + "The old lifts were taken into use in 1969, so they are now 57 years old.\n"),
    # an age now, with a full date of long ago among the draft's dates
    ("The festival was first held on 3 May 1901.\n\nThis year it runs from Friday 10 October to Sunday "
     "12 October 2025.\n\nMary Hale, its founder (born 4 May 1940), is now 84 and will open it.\n",
     "The festival was first held on 3 May 1901.\n\nThis year it runs from Friday 10 October to Sunday "
     "12 October 2025.\n\nMary Hale, its founder (born 4 May 1940), is now 85 and will open it.\n"),
    ("The mill first turned on 1 August 1788.\n\nIts open day is on Saturday 6 September 2025.\n\n"
     "Its miller, Tom Price, born on 2 February 1961, is now 62 and still grinds flour.\n",
     "The mill first turned on 1 August 1788.\n\nIts open day is on Saturday 6 September 2025.\n\n"
     "Its miller, Tom Price, born on 2 February 1961, is now 64 and still grinds flour.\n"),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=["ferry", "trams", "radar", "lifts", "festival", "mill"])
def test_age_fires_and_right_is_quiet(linter, wrong, right):
    assert "FIG009" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_age_then_is_not_now(linter):
    # an age in the past, told with its own year, is not measured to the draft's dates
    text = ("The mill first turned on 1 August 1788.\n\nIts open day is on Saturday 6 September 2025.\n\n"
            "Its miller, Tom Price, born on 2 February 1961, took over in 1990 at the age of 29.\n")
    assert linter.codes(text, select=["FIG"]) == []


def test_things_named_after_their_noun(linter):
    wrong = ("The old ferries Alma and Berit entered service in 1981 and 1983 and are now more than 50 "
             "years old.\n\nThe new ferries arrive on Tuesday 3 March 2026.\n")
    right = wrong.replace("1981 and 1983", "1971 and 1973")
    assert "FIG009" in linter.codes(wrong, select=["FIG"])
    assert linter.codes(right, select=["FIG"]) == []


@pytest.mark.parametrize(
    "text",
    [
        # a person's age in the sentence that dates a thing is not the thing's age
        "The hall opened in 1970, when its founder Ann Moor was 30 years old.",
        "The gallery opened in 2000 and Ann Moor, 30, was its first guide.",
        "The hall opened in 1970 and the founder's son was then 30 years old.",
    ],
)
def test_person_beside_a_thing_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
