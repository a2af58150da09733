"""Look-alikes that are not claims: a company whose name ends in 's as a named source, a
price change set with both its ends (a decision, not a forecast), claims filed as an act."""

import pytest


@pytest.mark.parametrize("sentence", [
    "Grocer Haddon's said like-for-like sales rose 7% over Christmas.",
    "Morrow's said profits fell by a fifth.",
    "The annual dividend will rise to 11.4p a share from 10p.",
    "A Band C bill will rise by 3.99%, from £1,640 to £1,705.44.",
    "A day ticket will rise by 40p to £5.60, from £5.20.",
    "Several tenants made formal claims to the landlord about the damp.",
])
def test_lookalike_is_not_a_claim(linter, sentence):
    assert not [c for c in linter.codes(sentence, select=["claims"]) if c != "CLM010"], sentence


@pytest.mark.parametrize("sentence,code", [
    ("House prices will rise next year.", "CLM003"),
    ("Several tenants claim the landlord ignored the damp.", "CLM008"),
])
def test_the_claims_beside_them_still_fire(linter, sentence, code):
    assert code in linter.codes(sentence, select=["claims"]), sentence
