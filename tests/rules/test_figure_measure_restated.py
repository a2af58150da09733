"""FIG001 on a measure taken up with "the" and a noun of its own ("Customs found 410kg of
cocaine ... The 460kg consignment"), against the nearest earlier figure in its unit."""

import pytest

FILLER = "Officers said inquiries were continuing and appealed for witnesses to come forward."


@pytest.mark.parametrize(
    "wrong,right",
    [
        (f"Customs found 410kg of cocaine in a container at the port.\n\n{FILLER}\n\nThe 460kg consignment was "
         "bound for Rotterdam.",
         f"Customs found 410kg of cocaine in a container at the port.\n\n{FILLER}\n\nThe 410kg consignment was "
         "bound for Rotterdam."),
        ("Volunteers cleared 38 miles of hedgerow over the winter.\n\nThe 32 miles of planting will be finished "
         "in spring.",
         "Volunteers cleared 38 miles of hedgerow over the winter.\n\nThe 38 miles of planting will be finished "
         "in spring."),
    ],
)
def test_measure_restated_with_another_noun(linter, wrong, right):
    assert "FIG001" in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


@pytest.mark.parametrize(
    "text",
    [
        # far apart in size: another measure
        f"Customs found 410kg of cocaine.\n\n{FILLER}\n\nThe 90kg consignment seized in May was smaller.",
        # the nearest earlier figure in the unit agrees
        "Customs found 300kg in May and 410kg of cocaine in June.\n\nThe 410kg consignment was bound for Spain.",
        # a compound measure names a kind ("the 10km race"), not this one
        "She ran 12km on Sunday.\n\nThe 10-km race is next week.",
    ],
)
def test_measure_restated_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
