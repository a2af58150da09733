"""Carried-over constructions and false friends by class (issue 16, classes 1 and 2), for
the kinds unseen translated drafts carried: each kind fires in words other than its
lexicon examples, through the public linter, by the rule that owns its lexicon (GRB017
constructions, GRB008 false friends); the English word in its own sense, native
constructions that look alike, and the same wording quoted as someone's speech stay
quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

CO, FF, MT = "GRB017", "GRB008", "GRB019"

FIRES = {
    # present tense with "since" (FR depuis, PL od, UK з, DE seit)
    "present-simple-since": (CO, [
        "The charity, which operates two shelters since 2015, is short of beds.",
        "Lorry drivers occupy the ring road since Wednesday.",
        "Mrs Sowa, 58, directs the orchestra since 2011.",
        "He teaches at the academy since September.",
    ]),
    "as-usually": (MT, [
        "The ferry left at noon, as usually.",
        "As usually, nobody from the ministry came.",
    ]),
    "be-years-age": (CO, [
        "The cyclist, who is 34 years, was taken to hospital.",
        "The patient had 71 years and lived in a care home.",
    ]),
    "taken-under-control": (CO, [
        "The forest fire was taken under control on Tuesday evening.",
        "Troops took the airport under control within hours.",
    ]),
    "works-of-activity": (CO, [
        "The works of repair on the pier will take a year.",
        "Works of demolition began at the old cinema.",
    ]),
    "superlative-of-the-history": (CO, [
        "It was the heaviest snowfall of the history of the island.",
        "The club suffered the worst defeat of its history.",
    ]),
    "let-know-that": (CO, [
        "The operator let know that the line would reopen on Monday.",
    ]),
    "be-risen": (CO, [
        "Water bills are risen by 12% since January.",
        "The number of burglaries is sharply fallen this year.",
    ]),
    "for-the-account-of": (CO, [
        "The cost of the survey will come for the account of the council.",
    ]),
    "side-as-subject": (CO, [
        "The factory side apologised for the smell.",
        "The university side explained that the exams would go ahead.",
    ]),
    "warn-from": (CO, [
        "The ministry warned from the risks of eating wild mushrooms.",
        "Meteorologists warned from the dangers of the flood.",
    ]),
    "in-n-times": (CO, [
        "The number of applications grew in four times.",
        "Arrests rose in three times compared with 2023.",
    ]),
    "the-double-of": (CO, [
        "Tenants in the centre pay the double of what they paid in 2020.",
    ]),
    "in-the-last-weekday": (CO, [
        "The mayor opened the bridge in the last Thursday.",
    ]),
    "never-uninverted": (CO, [
        "Never the harbour had been so full of yachts.",
    ]),
    "evaluate-at": (CO, [
        "The damage to the church was evaluated at 800,000 euros.",
    ]),
    "give-to-know": (CO, [
        "The federation gave to know the names of the squad on Friday.",
    ]),
    "reason-of": (CO, [
        "The real reason of the closure is the cost of heating.",
    ]),
    "fixed-phrases": (CO, [
        "The village has become a net-red spot for wedding photos.",
        "The council will hold an explanation session on the new bins.",
        "The plan adds 300 social hire flats by 2030.",
    ]),
    "demand-to-convene": (CO, [
        "Opposition councillors demanded to summon the chief of police.",
    ]),
    "verb-already-figure": (CO, [
        "Shops lose already 20,000 euros a week because of the closure.",
    ]),
    # false friends
    "magnitudo": (FF, ["A tremor of magnitudo 4.1 was felt in the valley."]),
    "sanitation-refurbishment": (FF, ["The sanitation of the town hall will take two years."]),
    "expeditions-services": (FF, ["Night ferry expeditions will stop in October."]),
    "guilty-culprit": (FF, ["Investigators said the chief guilty of the blackout was a faulty cable."]),
    "consequent-adverb": (FF, ["The mayor promised to act consequent against illegal parking."]),
    "denounce-by-phone": (FF, ["Drivers can denounce broken street lights through the app."]),
    "provoked-by": (FF, ["The blaze was provoked by a discarded cigarette."]),
    "advertised-that": (FF, ["Epidemiologists advertised that cases would peak in May."]),
    "evoke-mention": (FF, ["The chancellor evoked a tax rise in her speech."]),
    "patron-skipper": (FF, ["The patron of the trawler said the catch had halved."]),
    "eventual-possible": (FF, ["The hospital is ready for eventual complications."]),
    "branch-industry": (FF, ["Analysts from the branch expect more bankruptcies."]),
    "count-with": (FF, ["The stadium will count with solar panels on the roof."]),
    "expertise-report": (FF, ["An expertise has shown that the tower leans."]),
    "surface-area": (FF, ["The warehouse is 60 metres by 40, a surface of 2,400 square metres."]),
    "actually-currently": (FF, ["Actually the depot stores 300 buses."]),
    "side-is-doing": (CO, ["The operator side is still investigating the cause."]),
}

QUIET = [
    # native English that looks alike
    "She has directed the orchestra since 2011.",
    "Shares rose to their highest level since March.",
    "The team leads the table for the first time since 2009.",
    "Lives have been lost since the war began.",
    "He moved to the capital as usually happens with young doctors.",
    "The cyclist, who is 34, was taken to hospital.",
    "The contract, which is five years, ends in 2030.",
    "The fire was brought under control on Tuesday evening.",
    "Measures taken to keep costs under control worked.",
    "The works of Dickens were read aloud.",
    "Repair work on the pier will take a year.",
    "It was the heaviest snowfall in the history of the island.",
    "She wrote the best account of the history of the island.",
    "The operator let it be known that the line would reopen.",
    "Water bills have risen by 12% since January.",
    "On the factory side of the canal, the water was brown.",
    "He warned from the pulpit that the church would close.",
    "Arrests rose threefold compared with 2023.",
    "In hard times, the port survived on fishing.",
    "The club won the double of league and cup.",
    "The mayor opened the bridge last Thursday.",
    "Collections take place on the last Thursday of the month.",
    "Never has the harbour been so full of yachts.",
    "Pupils are evaluated at the end of the year.",
    "He was released by reason of ill health.",
    "The reason for the closure is the cost of heating.",
    "The net profit fell by 3%.",
    "The union demanded to see the contract.",
    "Shops are already losing 20,000 euros a week.",
    # correct English uses of each false friend
    "Poor sanitation spreads disease in the camps.",
    "The expedition reached the summit in May.",
    "The jury found both men guilty of fraud.",
    "The consequent delays angered passengers.",
    "The bishop denounced the attack as cowardly.",
    "The remarks provoked fury in parliament.",
    "The firm advertised that it was hiring 200 staff.",
    "The painting evokes the mood of the 1920s.",
    "The duchess is patron of the hospice.",
    "The eventual winner was a schoolteacher from Leeds.",
    "The bank's branch in the high street will close.",
    "Children learn to count with their fingers.",
    "The firm lacks the expertise to build the tower.",
    "The rebels controlled three towns in the north.",
    "The warehouse has a floor area of 2,400 square metres.",
    "Actually the depot is 20% smaller than the plans showed.",
    "The home side is still looking for a win.",
]

QUOTED = [
    'The skipper said: "The fishermen block the port since Monday, as usually."',
    '"The works of repair will come for the account of the council," the mayor said.',
    '> Never the harbour had been so full of yachts, the diarist wrote.',
]

CASES = [(kind, code, text) for kind, (code, texts) in FIRES.items() for text in texts]


@pytest.mark.parametrize("kind,code,text", CASES, ids=[f"{k}-{t[:30]}" for k, _, t in CASES])
def test_each_kind_fires_by_its_lexicon_rule(garbled, kind, code, text):
    findings = garbled(text)
    assert code in [f.code for f in findings], (kind, [(f.code, f.message) for f in findings])


@pytest.mark.parametrize("text", QUIET, ids=lambda t: t[:40])
def test_native_english_and_the_english_senses_stay_quiet(garbled, text):
    assert [(f.code, f.message) for f in garbled(text)] == []


@pytest.mark.parametrize("text", QUOTED, ids=lambda t: t[:40])
def test_quoted_foreign_speech_stays_quiet(garbled, text):
    assert [(f.code, f.message) for f in garbled(text) if f.code in (CO, FF)] == []


def test_finding_names_the_source_language_and_the_english(garbled):
    (finding,) = [f for f in garbled("Lorry drivers occupy the ring road since Wednesday.") if f.code == CO]
    assert "since" in finding.message and "(the perfect)" in finding.message
