"""Garbled round 3: Turkish, Chinese and Italian news calques and native slips by sound
that unseen drafts still carried. Each kind fires in several wordings other than its
lexicon examples, reported by the one rule that owns it; the native phrasing of the same
idea, the same words in their own sense, quotations and code stay quiet. Sentences
written for these tests."""

from __future__ import annotations

import pytest

CON, EGG, MT = "GRB017", "GRB018", "GRB019"

FIRES = {
    # Turkish: a time adverb between the verb and its object
    "adverb-before-object": (CON, [
        "The bridge will carry daily 150 thousand cars across the strait.",
        "The refinery processes yearly 11 million tonnes of crude.",
        "The museum welcomed last year 2 million visitors.",
    ]),
    # Turkish: a singular noun after "thousand"
    "thousand-singular": (CON, [
        "The stadium will hold 52 thousand spectator.",
        "Nearly 70 thousand household were left without gas.",
        "Around 8 thousand volunteer joined the clean-up.",
    ]),
    # Turkish: a measure as a noun modifier
    "measure-modifier": (CON, [
        "Engineers inspected the 14 kilometres length viaduct.",
        "A 120 metres height telecom mast will be built on the hill.",
        "The 9 km length coastal road was resurfaced.",
    ]),
    # Turkish: büyük ilgi gösterdi
    "interest-to": (CON, [
        "Pensioners showed big interest to the free health checks.",
        "Buyers have shown huge interest to the flats in Kadikoy.",
    ]),
    # Turkish: açıklandı, belirtildi with no one saying it
    "it-was-stated": (CON, [
        "It was stated that the ferry service will resume in April.",
        "It has been announced that the airport will close for repairs.",
        "It was emphasised that no one was hurt in the collapse.",
    ]),
    # Turkish: basına açıklama yaptı
    "statement-to-press": (CON, [
        "The police chief made a statement to reporters outside the courthouse.",
        "The club president made statements to the media after the defeat.",
    ]),
    # Turkish: müjdesini verdi
    "good-news": (CON, [
        "The governor gave the good news that the old market will be restored.",
        "The rector gave the good news of free meals to the students.",
    ]),
    # Turkish: -e kadar = by
    "until-by": (CON, [
        "The ring road will be completed until the end of 2030.",
        "The new runway is planned to be opened until 2029.",
    ]),
    # Turkish, Italian: çalışmalar, i lavori
    "the-works": (CON, [
        "The works on the new tram line have reached the city centre.",
        "The works for the bridge started in the spring.",
    ]),
    # Italian: da quando
    "since-when": (CON, [
        "The harvest is the poorest since when the cooperative was set up.",
        "It was the driest winter since when records began.",
    ]),
    # Italian: della zona
    "of-the-zone": (CON, [
        "The vineyards of the zone were hit by hail.",
        "Shopkeepers of the zone say trade has halved.",
    ]),
    # Italian: diminuirà del 45%
    "fall-of": (CON, [
        "Sales will fall this year of 18%.",
        "Bookings rose last month of 6%.",
    ]),
    # Italian: mettere a disposizione
    "disposition": (CON, [
        "The diocese put at disposition its hostel for the evacuees.",
        "The company will place at disposal four buses.",
    ]),
    # Chinese: 转移安置
    "transferred": (MT, [
        "About 47,000 people were urgently transferred ahead of the typhoon.",
        "Rescuers transferred 3,600 villagers from the flooded valley.",
        "Officials transferred and resettled 900 families after the landslide.",
    ]),
    # Chinese: 登陆
    "landed": (MT, [
        "Typhoon Doksuri landed in Jinjiang at 9.55 am.",
        "The cyclone landed near the port of Chittagong overnight.",
    ]),
    # Chinese: 风力16级
    "wind-force-level": (MT, [
        "The maximum wind near the eye reached level 13.",
        "Gusts of level 10 were recorded on the bridge.",
    ]),
    # Chinese: 受…影响
    "affected-by": (MT, [
        "Affected by the cold wave, the vegetable prices of the city have risen.",
        "Influenced by the rainstorm, the traffic of the highway was interrupted.",
    ]),
    # Chinese: 气候变暖
    "climate-warming": (MT, [
        "Glaciers are shrinking because of the climate warming.",
        "The climate warming threatens the rice harvest.",
    ]),
    # Chinese: 还在统计中, 初步估计
    "statistics": (MT, [
        "The number of damaged houses is still in statistics.",
        "The losses were preliminary calculated at 640 million yuan.",
    ]),
    # Chinese: 其中
    "among-them": (MT, [
        "Direct losses came to 3 billion yuan, among them housing 800 million yuan.",
        "Some 120 schools were closed, among them 45 in the capital.",
    ]),
    # Chinese: clauses joined by a comma after a figure
    "comma-splice": (MT, [
        "The hail damaged 2,300 greenhouses, 40 barns were flattened.",
        "Mudslides buried 18 houses, 7 roads have been blocked.",
        "The quake levelled 300 homes in the valley, 12 schools collapsed.",
    ]),
    # native slips by sound or by a near word
    "nose": (EGG, ["Fans are paying through the noes for tickets to the final."]),
    "damning": (EGG, ["The ombudsman wrote a damming verdict on the hospital trust."]),
    "their-there": (EGG, ["The trustees gave the sale there blessing.", "Voters gave the mayor there backing again."]),
    "sewn-up": (EGG, ["By Friday the deal was all but sowed up."]),
    "disrepair": (EGG, ["The lido has fallen into disrepute since it closed in 1998."]),
    "bales": (EGG, ["A lorry shed its load of silage bails on the bypass."]),
    "even-on": (EGG, ["The library stays open even on if the heating fails."]),
}

QUIET = [
    "The bridge will carry 150,000 cars a day across the strait.",
    "The museum welcomed 2 million visitors last year.",
    "The stadium will hold 52,000 spectators.",
    "It is a 10 thousand tonne cargo ship.",
    "Nearly 70 million people were left without gas.",
    "Some 8 thousand may have joined the clean-up.",
    "About 6 million student loan borrowers will benefit.",
    "Engineers inspected the 14-kilometre viaduct.",
    "The viaduct is 14 kilometres long.",
    "They bought 40 metres length of cable.",
    "Pensioners showed great interest in the free health checks.",
    "The free checks are of interest to pensioners.",
    "The ministry said the ferry service will resume in April.",
    "It was stated by the ministry that the ferry will resume.",
    "The police chief told reporters outside the courthouse that two men were held.",
    "The governor announced that the old market will be restored.",
    "The market will be open until the end of 2030.",
    "Work on the new tram line has reached the city centre.",
    "The collected works of Orwell were reissued.",
    "It was the driest winter since records began.",
    "He joined in 2015, since when the firm has doubled in size.",
    "Since when has this been allowed?",
    "The vineyards in the area were hit by hail.",
    "Troops entered the buffer zone at dawn.",
    "Sales will fall by 18% this year.",
    "The diocese made its hostel available to the evacuees.",
    "The council has a budget at its disposal.",
    "About 47,000 people were evacuated ahead of the typhoon.",
    "The patient was transferred to intensive care after the flood.",
    "The striker was transferred to a club in Turkey.",
    "The plane landed in Jinjiang after the typhoon had passed.",
    "The typhoon made landfall near Chittagong overnight.",
    "The river reached the level of the bridge.",
    "Affected by the cold wave, farmers covered their crops.",
    "Climate warming is shrinking the glaciers.",
    "Methane is a potent climate warming gas.",
    "She works in statistics at the central bank.",
    "The preliminary estimated cost is 640 million yuan.",
    "Several people were hurt, among them two firefighters.",
    "The hail damaged 2,300 greenhouses, and 40 barns were flattened.",
    "In 2019, 40 barns were flattened.",
    "Of the 2,300 greenhouses, 40 were flattened.",
    "The fund lost $2bn in the crash, 3,000 staff lost their jobs and the bank closed.",
    "Fans are paying through the nose for tickets to the final.",
    "The ombudsman wrote a damning verdict on the hospital trust.",
    "Engineers are damming the river for a reservoir.",
    "The trustees gave the sale their blessing.",
    "They gave it there and then.",
    "By Friday the deal was all but sewn up.",
    "The farmer sowed the field with barley.",
    "The lido has fallen into disrepair since it closed in 1998.",
    "The club has fallen into disrepute after the scandal.",
    "A lorry shed its load of silage bales on the bypass.",
    "The bowler knocked off the bails.",
    "He was released on bail of £5,000.",
    "The library stays open even when the heating fails.",
    "The library stays open even on Sundays.",
]


def _garbled(linter, text):
    return [f for f in linter.lint(text + "\n", select=["garbled"]) if f.code != "GRB001"]


CASES = [(kind, code, text) for kind, (code, texts) in FIRES.items() for text in texts]


@pytest.mark.parametrize("kind,code,text", CASES, ids=[f"{k}-{t[:30]}" for k, _, t in CASES])
def test_each_kind_fires_in_fresh_words_by_one_rule(linter, kind, code, text):
    codes = [f.code for f in _garbled(linter, text)]
    assert code in codes, (kind, codes)


@pytest.mark.parametrize("text", QUIET, ids=lambda t: t[:40])
def test_native_phrasing_and_own_senses_are_quiet(linter, text):
    assert [(f.code, f.message) for f in _garbled(linter, text)] == []


def test_quoted_words_stay_quiet(linter):
    text = (
        '"The typhoon landed in Ningbo at dawn," the bulletin said.\n\n'
        '"We showed big interest to the new market," a resident said.\n\n'
        "A resident said they showed big interest to the new market.\n"
    )
    assert [(f.code, f.line) for f in _garbled(linter, text)] == [(CON, 5)]


def test_code_blocks_stay_quiet(linter):
    text = (
        "The parser is below.\n\n"
        "```\n"
        "# the climate warming is still in statistics, among them 30 in total\n"
        "bails_of_hay = put_at_disposition(12)\n"
        "```\n"
    )
    assert linter.lint(text, select=["garbled"], path="draft.md") == []


def test_the_finding_names_the_english_phrase(linter):
    [f] = _garbled(linter, "The typhoon landed in Zhoushan on Monday.")
    assert f.code == MT and "made landfall" in f.message
