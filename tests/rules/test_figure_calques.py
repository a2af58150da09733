"""The figures relations as translated copy writes them: "that is N votes of difference",
"Nine days after, on <date>", "after 47 years of activity", "It makes 40 years that",
"celebrates this year its 30 years", "divided by two", "the third of the N, that is to
say M", "of which N are occupied; there remain M"."""

import pytest

DATED = "---\ndate: 2026-05-20\n---\n\n"

PAIRS = [
    # (wrong, right, code)
    ("The list of the mayor obtained 8,120 votes and the opposition 7,640, that is 580 votes of difference.",
     "The list of the mayor obtained 8,120 votes and the opposition 7,640, that is 480 votes of difference.",
     "FIG012"),
    ("The flood happened on 4 March. Nine days after, on 17 March, the army arrived.",
     "The flood happened on 4 March. Thirteen days after, on 17 March, the army arrived.", "FIG008"),
    ("The mill was founded in 1921 and closed in 1989, after 58 years of activity.",
     "The mill was founded in 1921 and closed in 1989, after 68 years of activity.", "FIG008"),
    (DATED + "It makes 30 years that the tramway was inaugurated, in 1986.",
     DATED + "It makes 40 years that the tramway was inaugurated, in 1986.", "FIG008"),
    (DATED + "The choir, created in 2001, celebrates this year its 20 years.",
     DATED + "The choir, created in 2001, celebrates this year its 25 years.", "FIG008"),
    ("The sales were divided by two, from 64,000 to 41,000.",
     "The sales were divided by two, from 64,000 to 32,000.", "FIG002"),
    ("The price was multiplied by three, from 2 euros to 8 euros.",
     "The price was multiplied by four, from 2 euros to 8 euros.", "FIG002"),
    ("The third of the 2,400 workers, that is to say 900 persons, is on strike.",
     "The third of the 2,400 workers, that is to say 800 persons, is on strike.", "FIG010"),
    ("Half of the 820 pupils, that is 480, take the bus.",
     "Half of the 820 pupils, that is 410, take the bus.", "FIG010"),
    ("The clinic has 260 beds, of which 215 are occupied; there remain 55 free beds.",
     "The clinic has 260 beds, of which 215 are occupied; there remain 45 free beds.", "FIG003"),
]


@pytest.mark.parametrize("wrong,right,code", PAIRS, ids=[p[0][-40:] for p in PAIRS])
def test_calques(linter, wrong, right, code):
    assert code in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal, not a share: no part restated after it
        "She won the third of the 21 stages, in the mountains.",
        # "after" with no comma: the years since another year
        "In 2011, 16 years after the 1995 float, the group was taken private.",
        # "that" after the years without a present tense before them
        DATED + "The club said 40 years that had passed since 1990 were not forgotten.",
    ],
)
def test_calques_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
