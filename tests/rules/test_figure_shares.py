"""FIG010: a share in words or digits against the counts it describes, in several
phrasings; each wrong share fires and the right one stays quiet."""

import pytest

PAIRS = [
    ("Eight of the 12 judges, or three-quarters, agreed.", "Nine of the 12 judges, or three-quarters, agreed."),
    ("Of the 60 homes inspected, 30 - three in four - failed.", "Of the 60 homes inspected, 45 - three in four - failed."),
    ("Of the 4,000 applicants, 1,100 - almost half - were accepted.",
     "Of the 4,000 applicants, 1,900 - almost half - were accepted."),
    ("Some 260 of the 1,300 residents, more than a third, signed the petition.",
     "Some 460 of the 1,300 residents, more than a third, signed the petition."),
    ("Turnout was 38%, with 21,000 of the 70,000 voters taking part.",
     "Turnout was 30%, with 21,000 of the 70,000 voters taking part."),
    ("Only 90 out of 600 flats, or 25%, met the standard.", "Only 150 out of 600 flats, or 25%, met the standard."),
    ("Of the 250 firms surveyed, 50, one in three, planned to hire.",
     "Of the 250 firms surveyed, 50, one in five, planned to hire."),
    ("Around 400 of the company's 1,000 staff, about two-thirds, voted to strike.",
     "Around 670 of the company's 1,000 staff, about two-thirds, voted to strike."),
    ("Nearly a quarter of the 2,000 trees, 200, were felled.",
     "Nearly a quarter of the 2,000 trees, 480, were felled."),
    ("Of the 48 schools inspected, 30 - less than half - were rated good, the report said.",
     "Of the 48 schools inspected, 20 - less than half - were rated good, the report said."),
]


@pytest.mark.parametrize("wrong,right", PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_share_against_counts(linter, wrong, right):
    assert linter.codes(wrong, select=["FIG010"]) == ["FIG010"], wrong
    assert linter.codes(right, select=["FIG010"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        "Of the 4,000 applicants, 1,900 were accepted, almost half of them women.",
        "Prices rose 12%, with 40 of the 60 shops raising them.",
        "About half of the 300 staff work part-time.",
        "Of the 600 seats, 350 are held by Labour.",
        "Only 12 of the 40 councillors (30%) attended.",
    ],
)
def test_quiet(linter, text):
    assert linter.codes(text, select=["FIG010"]) == [], text


def test_message_names_share_counts_and_actual_share(linter):
    [f] = linter.lint("Of the 500 nurses, 100 - more than a third - left.", select=["FIG010"])
    assert "more than a third" in f.message and "100" in f.message and "500 nurses" in f.message and "20%" in f.message
