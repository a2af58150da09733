"""Garbled grammar constructions that unseen translated drafts still carried:
the passive of a verb English gives no passive, the verb before its subject (a passive
auxiliary opening the sentence, verb-second order after "Of the N ...", an inverted
non-reporting verb closing the sentence), "since years", reflexives English has not,
clock times and dates carried over, bare singular count nouns and a dropped "to". Each
kind fires in several wordings other than its lexicon examples, reported by the one rule
that owns it; the native constructions that look alike, quotations and code stay quiet.
Sentences written for these tests."""

from __future__ import annotations

import pytest

CON, MT = "GRB017", "GRB019"

FIRES = {
    # Japanese, Chinese: the passive of a verb that takes no object
    "unaccusative-passive": (MT, [
        "Part of the stadium roof was collapsed during the storm.",
        "The bell tower is leaned so far that it was fenced off.",
        "Two lorries were arrived at the depot before dawn.",
        "A giant oak was fallen on the road to the village.",
        "The famous painting was vanished from the museum in 1911.",
        "Unemployment was risen to 7% in the autumn.",
        "The mine shafts were totally collapsed after the blast.",
    ]),
    # Italian, Spanish, Portuguese: the passive auxiliary and participle open the sentence
    "aux-participle-first": (CON, [
        "Were arrested 14 supporters after the match.",
        "Was found a body in the canal on Sunday.",
        "Have been closed three schools because of the outbreak.",
        "Were sold more than 2 million tickets in the first week.",
    ]),
    # German, Dutch: verb-second order after a fronted partitive
    "partitive-verb-second": (CON, [
        "Of the 200 applicants received only 35 a place.",
        "Of the 81 MPs present abstained 11.",
        "Of them voted 40 against the merger.",
    ]),
    # Portuguese, Spanish: a verb that needs an object inverted like 'said'
    "inverted-nonreporting": (CON, [
        "The water supply will be restored by noon, informed the utility company.",
        "The ice on the lake is too thin to walk on, alerted the mountain rescue service.",
        "Wages will be paid on time, guaranteed the chief executive.",
        "Exams are not affected by the strike, clarified a spokesman for the university.",
    ]),
    # French, German, Italian, Spanish: since + a length of time
    "since-years": (CON, [
        "The villagers are since years waiting for a doctor.",
        "The ward has been understaffed since months.",
        "Fishermen warn since decades that stocks are falling.",
        "The couple have lived in the same flat since ages.",
    ]),
    # German, French, Spanish: a reflexive English does not use
    "reflexive": (CON, [
        "Four deputies abstained themselves when the budget was put to a vote.",
        "Residents have complained themselves to the council about the rats.",
        "Few people remember themselves of the last flood.",
        "The committee decided itself against the proposal.",
        "The mayor apologized himself to the families.",
    ]),
    # Italian, Spanish, Portuguese: the passive after a fronted adverbial, before its subject
    "fronted-adverbial-passive": (CON, [
        "Until now were identified 17 victims of the fraud.",
        "In April were recorded 2,300 burglaries in the county.",
        "In the province were evacuated about 9,000 people.",
        "This year were hired 400 new teachers.",
    ]),
    # German, Dutch, Italian: a past verb after a fronted time, before its subject
    "fronted-time-verb-subject": (CON, [
        "On Friday signed the two governments a border treaty.",
        "Yesterday criticised the opposition the new tax on fuel.",
    ]),
    # German, Italian, Chinese: "not only" with the subject before the auxiliary
    "not-only-uninverted": (CON, [
        "Not only the hospital was flooded, but the school too.",
        "Not only local farmers have lost money, but also the dairy.",
    ]),
    "part-of-day-of-weekday": (CON, [
        "The fire broke out in the night of Tuesday.",
        "Voting ended in the evening of Sunday with a record turnout.",
    ]),
    "aux-first-time-or-expletive": (CON, [
        "Were detained yesterday four men accused of smuggling.",
        "It was registered a rise of 12% in burglaries.",
        "There were evacuated 3,000 people from the coast.",
    ]),
    # Spanish, Portuguese, Italian: 'the same' as a pronoun
    "the-same-anaphora": (CON, [
        "A pensioner was hit by a tram. The same was transported to the city hospital.",
        "Police identified the driver, the same was arrested at his home.",
    ]),
    "date-day-of-month": (CON, [
        "The exhibition runs until 30 of September.",
        "The works started on the past Monday.",
    ]),
    # Romance and Slavic negative concord
    "negative-concord": (CON, [
        "The inspectors did not find nothing wrong with the wiring.",
        "Residents say they don't know nobody in the new flats.",
        "No one didn't expect the result.",
    ]),
    "unaccusative-more": (MT, [
        "A gas leak was broken out near the school.",
        "The drains were overflowed within minutes.",
        "Traffic was became heavier after the match.",
    ]),
    "fronted-more": (CON, [
        "Two years ago was opened the first clinic in the valley.",
        "In the collision perished 11 passengers.",
        "Were damaged by the hail about 400 cars.",
        "Were present at the signing the two prime ministers.",
    ]),
    "be-since-time": (CON, [
        "The old pier is since 2019 closed to the public.",
        "Both hospitals are since Monday on alert.",
    ]),
    # German, Dutch, Russian, Polish: relative 'what', 'the same like', a fronted scene
    "everything-what": (CON, [
        "The club sold everything what it owned.",
        "There is nothing what the council can do.",
    ]),
    "the-same-like": (CON, [
        "The timetable is the same like in winter.",
    ]),
    "fronted-scene-verb-subject": (CON, [
        "At the scene are working 30 firefighters.",
        "On the site of the landslide worked rescuers through the night.",
    ]),
    "uncountable-plural-verb": (MT, [
        "The equipment were handed over to the hospital.",
        "Officials said the information are not yet complete.",
    ]),
    # German, Dutch: a participle phrase before its noun
    "extended-participle-attribute": (CON, [
        "The since 2018 closed factory will be demolished.",
        "Critics attacked the by the ministry published figures.",
    ]),
    "of-them-count": (CON, [
        "The storm damaged 300 homes, of them 40 beyond repair.",
    ]),
    "according-to-the-words-of": (CON, [
        "According to the words of the prosecutor, the evidence is weak.",
        "The talks failed, according to the words of one delegate.",
    ]),
    # Spanish, Italian, Portuguese: clock times and dates
    "clock-time-of-day": (CON, [
        "The landslide hit the houses at 3:45 of Thursday morning.",
        "The train left at 6 of the morning and arrived at noon.",
    ]),
    "weekday-article-date": (CON, [
        "The new bus routes start on the Monday, 5 January.",
        "The museum will reopen from the Saturday 18 April.",
    ]),
    "during-duration": (CON, [
        "Strikers occupied the port during five days while talks went on.",
    ]),
    # (the false-friend lexicon knows "given as dominated" too, and reports it first: one finding a slip)
    "given-as": ("GRB008", [
        "The wildfire was given as dominated on Friday evening.",
        "The three fishermen were given as dead after a week of searching.",
    ]),
    # Japanese, Chinese, Russian: a singular count noun with no article
    "bare-count-comparative": (MT, [
        "Stronger aftershock may come in the next few days.",
        "Bigger storm will hit the south on Friday, forecasters said.",
    ]),
    "bare-count-object": (MT, [
        "Thousands of passengers could not book ticket online.",
        "Families who lost car in the flood will get a grant.",
    ]),
    # a dropped 'to' before a verb that is never a noun
    "infinitive-to": (MT, [
        "The company refused comply with the inspectors' requests.",
        "The council failed provide temporary housing.",
    ]),
}

QUIET = [
    "Part of the stadium roof collapsed during the storm.",
    "The survey results were collapsed into four groups.",
    "The ladder was leaned up against the tree.",
    "The town was fallen on by raiders in 1066.",
    "No conclusion was arrived at by the inquiry.",
    "A decision was arrived at, after much argument.",
    "Christ is risen, the choir sang.",
    "Thousands of activists were disappeared by the junta.",
    "By the time the police came, the thieves were gone.",
    "Were it not for the floods, the harvest would have been good.",
    "Was it a mistake to close the mine?",
    "Had the storm arrived a day earlier, the race would have been cancelled.",
    "Of the 200 applicants, only 35 received a place.",
    "Of the 200 applicants who received 35 points or more, half were local.",
    "Of particular concern were the cracks in the spillway.",
    "In the corner stood a statue of the founder.",
    "The water supply will be restored by noon, the utility company said.",
    "It is too early to say, said the chief executive.",
    "The job is done, added the foreman.",
    "The caretaker, who had smelt gas, informed the fire brigade.",
    "Hearing the crash, a neighbour alerted the police.",
    "The trustees met in March, reviewed the accounts, and informed the regulator.",
    "The villagers have been waiting for a doctor for years.",
    "Since years of war left the city in ruins, aid has poured in.",
    "It has been the wettest month since 1929.",
    "The store has been closed since three weeks ago.",
    "Four deputies abstained when the budget was put to a vote.",
    "The crowd cheered themselves hoarse.",
    "She resigned herself to losing the seat.",
    "The firm declared itself bankrupt.",
    "Let the voters decide for themselves.",
    "The landslide hit the houses at 3.45am on Thursday.",
    "Until now, 17 victims of the fraud have been identified.",
    "In April 2,300 burglaries were recorded in the county.",
    "In the province about 9,000 people were evacuated.",
    "In the photo the players were seen 10 minutes before the kick-off.",
    "Among those evacuated were 40 children.",
    "On Friday the two governments signed a border treaty.",
    "Last year saw the opposition win two seats.",
    "Not only was the hospital flooded, but the school too.",
    "Not only the hospital but also the school was flooded.",
    "Not only can the scheme save money, it can save lives.",
    "Not only do they have no heating, they have no water.",
    "Not only in London were there protests.",
    "Not only that, the club was fined.",
    "The fire broke out on Tuesday night.",
    "It was thought 500 people had left.",
    "There were injured passengers on both platforms.",
    "The same was true of the other hospitals.",
    "The same is expected of every club in the league.",
    "The exhibition runs until 30 September.",
    "On the last Monday of the month the market closes early.",
    "The inspectors did not find anything wrong with the wiring.",
    "The factory, closed since 2018, will be demolished.",
    "In 2018 the factory closed.",
    "The storm damaged 300 homes, 40 of them beyond repair.",
    "Of them all, the youngest was the bravest.",
    "According to the prosecutor, the evidence is weak.",
    "The club sold everything that it owned.",
    "Is that what you want?",
    "Let me tell you a little what the job is like.",
    "The result was not at all what the club expected.",
    "All what? the judge asked.",
    "The timetable is the same as in winter.",
    "At the site of the landslide, rescuers worked through the night.",
    "The equipment was handed over to the hospital.",
    "Sources of information are scarce in the north.",
    "The door was broken open by firefighters.",
    "Two years ago the first clinic opened in the valley.",
    "Were the passengers present at the hearing?",
    "It is since the floods that the pier has been closed.",
    "Doing nothing is not an option, and we cannot do nothing.",
    "The club did not get nothing for its money: it got a striker.",
    "The shop was raided in the early hours of Sunday.",
    "Rain fell at 6 of the 10 stations.",
    "The new bus routes start on Monday, 5 January.",
    "On the Saturday after the match, the manager resigned.",
    "During five days of talks the strikers held the port.",
    "His age was given as 61.",
    "Stronger winds may come in the next few days.",
    "Bigger is not always better, the architect said.",
    "Smaller business owners will pay less.",
    "Thousands of passengers could not book tickets online.",
    "Families can pay by card at the counter.",
    "The company refused to comply with the requests.",
    "The failed pay talks led to a strike.",
]


CASES = [(kind, code, text) for kind, (code, texts) in FIRES.items() for text in texts]


@pytest.mark.parametrize("kind,code,text", CASES, ids=[f"{k}-{t[:30]}" for k, _, t in CASES])
def test_each_kind_fires_in_fresh_words_by_one_rule(garbled, kind, code, text):
    findings = garbled(text, ignore="GRB001")
    assert [f.code for f in findings] == [code], (kind, [(f.code, f.message) for f in findings])


@pytest.mark.parametrize("text", QUIET, ids=lambda t: t[:40])
def test_native_lookalikes_are_quiet(garbled, text):
    assert [(f.code, f.message) for f in garbled(text, ignore="GRB001")] == []


def test_quoted_words_stay_quiet(garbled):
    text = (
        '"Were evacuated 40 families," the caller told the radio station.\n\n'
        '"The farmers complained themselves to us," a source said.\n\n'
        "A source said the farmers complained themselves to the ministry.\n"
    )
    assert [(f.code, f.line) for f in garbled(text, ignore="GRB001")] == [(CON, 5)]


def test_code_blocks_stay_quiet(linter):
    text = (
        "The export script is below.\n\n"
        "```\n"
        "# houses were collapsed since years, informed the log\n"
        "Were_evacuated = abstain_themselves(12)\n"
        "```\n"
    )
    assert linter.lint(text, select=["garbled"], path="draft.md") == []


def test_headline_questions_stay_quiet(linter):
    text = "# Was the bridge safe?\n\nWere the warnings ignored? Inspectors will decide.\n"
    assert linter.lint(text, select=["garbled"], path="draft.md") == []


def test_profile_fragments_stay_quiet(linter):
    text = (
        "## Profile\n\n"
        "- Born in Leeds in 1961.\n"
        "- Was elected the first woman to lead the council in 2009.\n"
        "- Has been awarded an OBE for services to housing.\n"
    )
    assert linter.lint(text, select=["garbled"], path="draft.md") == []


def test_the_finding_names_the_english_construction(garbled):
    [f] = garbled("Forty shops were collapsed by the landslide.", ignore="GRB001")
    assert f.code == MT and "collapsed" in f.message
    [f] = garbled("Prices are since months rising.", ignore="GRB001")
    assert f.code == CON and "for years" in f.message
