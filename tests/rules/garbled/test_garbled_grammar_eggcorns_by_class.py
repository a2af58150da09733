"""Garbled, issue 16 classes 3 and 4: eggcorns and malapropisms matched by
lemma and inflection with words between, and the machine-translation grammar and
carried-over constructions unseen translated drafts still carried. Each kind fires in
wordings other than its lexicon examples, reported by the one rule that owns it; the
same words in their own sense, native English that looks alike, and quotations stay
quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

CON, EGG, MT = "GRB017", "GRB018", "GRB019"

FIRES = {
    # eggcorns and malapropisms, by lemma and with words between
    "toll": (EGG, ["Long hours have taken a real toil on the drivers.",
                   "The overnight death toil has climbed to twelve."]),
    "flagrant": (EGG, ["The tribunal found a fragrant violation of the contract."]),
    "fait-accompli": (EGG, ["Staff said the merger was a fait accomplice by then."]),
    "susceptible": (EGG, ["Coastal towns are especially suspect to flooding."]),
    "complementary": (EGG, ["The two surveys are complimentary rather than rival."]),
    "discreetly": (EGG, ["The settlement was negotiated discretely with the families."]),
    "lease-of-life": (EGG, ["The old mill found a new leash of life as flats."]),
    "sole-soul": (EGG, ["She was the soul survivor of the avalanche."]),
    "peace-piece": (EGG, ["The piece process stalled again in the spring."]),
    "plane": (EGG, ["The plain crash is the worst in a decade."]),
    "teeming": (EGG, ["The square was teaming with shoppers on Saturday."]),
    "flee": (EGG, ["Villagers were forced to flea their homes."]),
    "lessons": (EGG, ["Officials insist they have learned the hard lessens of 2019."]),
    "bellwether": (EGG, ["The town is a bell weather for the region."]),
    "free-rein": (EGG, ["The board gave the new chief unfettered reign over hiring."]),
    "its": (EGG, ["The insurer was fined for it's handling of claims."]),
    # translation grammar
    "as-usually": (MT, ["The ferry will run on Sunday, as usually."]),
    # carried-over constructions (GRB017): the present tense with "since", an adverb between
    # the verb and its object ("lose already"), "Never" without inversion
    "since-present": (CON, ["The former minister chairs the board since 2018.",
                            "The coach leads the squad since the spring of 2019.",
                            "Her brother manages the hotel since 2016.",
                            "Students occupy the rector's office since Monday."]),
    "already-object": (CON, ["Shops lose already a fifth of their trade."]),
    "in-talks-to": (MT, ["The airline is in talks sell two of its jets."]),
    "died-in": (MT, ["The sculptor died 2004 after a short illness."]),
    "never-order": (CON, ["Never the village has had so many visitors."]),
    "adverb-object": (MT, ["The ministry has concealed for months the full report."]),
    "agreement-pp": (MT, ["The roofs of the old market is leaking."]),
    "let-purpose": (MT, ["Let drivers park safely, the council will build a new car park."]),
    "state-of-emergency": (MT, ["The governor declared state of emergency in three districts."]),
    "ruling-party": (MT, ["The law passed with the votes of ruling party."]),
    "a-number-of": (MT, ["A number of the flats was left without water."]),
    "cause-injured": (MT, ["The blast caused six miners injured."]),
    "population-advised": (MT, ["Population is urged to boil tap water."]),
}

QUIET = [
    "Long hours have taken a real toll on the drivers.",
    "Years of toil on the land left him exhausted.",
    "The lobby was fragrant with coffee.",
    "The deal was a fait accompli by then.",
    "Police suspect a gas leak caused the blast.",
    "Guests were given complimentary drinks.",
    "The signal is sampled at discrete intervals.",
    "Dogs must be kept on a leash in the park.",
    "Soul music was playing in the bar.",
    "She wrote a piece about the election.",
    "The plain truth is that nobody knew.",
    "The club is teaming up with a charity.",
    "The dog was treated for fleas.",
    "The new wall should lessen the risk of flooding.",
    "The king's reign ended in 1901.",
    "For its part, the insurer said nothing.",
    "The ferry will run on Sunday, as usual.",
    "Roads were closed, as usually happens in winter.",
    "Her brother has managed the hotel since 2016.",
    "She heads a unit that has grown since 2016.",
    "The airline is in talks to sell two of its jets.",
    "The airline is in talks over two of its jets.",
    "The sculptor died in 2004 after a short illness.",
    "Shops are already losing a fifth of their trade.",
    "The old signs will be taken down from next week.",
    "The council will from next week be able to act.",
    "Never has the village had so many visitors.",
    "The roofs of the old market are leaking.",
    "The roof of the old market is leaking.",
    "Let the games begin, the mayor said.",
    "The governor declared a state of emergency in three districts.",
    "The law passed with the votes of ruling party MPs.",
    "A number of the flats were left without water.",
    "The number of flats has fallen.",
    "The blast left six miners injured.",
    "The population is ageing.",
    "If the bridge opens in May, it will carry 20,000 cars a day.",
    "The bridge was opened in May and will carry 20,000 cars a day.",
    "The next morning, it was sunny again.",
    '"Population is urged to boil tap water," the notice said.',
]


@pytest.mark.parametrize("code, text", [pytest.param(code, t, id=f"{kind}-{i}")
                                        for kind, (code, texts) in FIRES.items()
                                        for i, t in enumerate(texts)])
def test_fires(linter, code, text):
    assert code in linter.codes(text, select=["garbled"])


@pytest.mark.parametrize("text", QUIET)
def test_quiet(linter, text):
    assert [c for c in linter.codes(text, select=["garbled"]) if c in (EGG, MT)] == []


def test_quoted_slip_stays_quiet_and_paraphrase_is_checked(linter):
    text = ('"Farmers block the motorway since Tuesday," a driver said.\n\n'
            "A driver said farmers block the motorway since Tuesday.\n")
    found = [(f.code, f.line, f.message.split("'")[1]) for f in linter.lint(text, select=[CON])]
    # (line 3 also holds "said ... since Tuesday", which the past-tense-with-since entry reads)
    assert (CON, 3, "block the motorway since") in found and {line for _, line, _ in found} == {3}
