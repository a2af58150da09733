"""Machine-translation grammar by construction (issue 16, item 3): the function-word,
agreement and word-order errors translation from Finnish, Persian, Thai, Swahili, Bulgarian,
Hebrew and their neighbours leaves in news copy. Each class fires in wordings of its own
(other topics, numbers and names than the lexicon's examples) and stays quiet on native
English built from the same words, on quotes and on code."""

from __future__ import annotations

import pytest


FIRES = {
    # a preposition before the amount of a change, or before the figure reached
    "change + in/for/with + amount": [
        "The reservoir went down in 4 metres during the drought.",
        "Diesel prices increased for 11 percent in two months.",
        "Unemployment in the valley rose in almost 3% last year.",
        "The glacier has shrunk with 40 metres since 1990.",
    ],
    "reach/exceed + to + figure": [
        "Turnout reached to 71% in the capital.",
        "Claims for storm damage exceeded to 9,000 by the weekend.",
    ],
    # 'tell' with no person told
    "told that + clause": [
        "The coach told that the squad was tired after the trip.",
        "A witness tells that there were two cars involved.",
    ],
    "figures, then told with no subject": [
        "Hospital admissions fell by 8% in the spring, told the health board.",
    ],
    # a change-of-state verb for the passive; 'get' for 'have'
    "became + event participle": [
        "The airport became closed for six hours because of fog.",
        "Three suspects became arrested near the border on Sunday.",
    ],
    "get an accident": [
        "A cyclist got an accident at the roundabout on Monday.",
        "The singer got a stroke while on tour.",
    ],
    # a time phrase between a copula and its complement
    "adverbial before the complement": [
        "Summers have been in the last decade drier in the south.",
        "The river is in April often 3 metres higher than in June.",
        "Ticket sales were last season lower than expected.",
    ],
    # two hedges on one verb
    "doubled hedge": [
        "The ferry probably maybe leaves on time tomorrow.",
        "Maybe the strike will maybe end next week.",
    ],
    # negative concord
    "nobody ... not": [
        "Nobody at the embassy did not return our calls.",
        "None of the ministers didn't want to comment.",
    ],
    # missing articles and agreement in figure copy
    "bare ordinal time part": [
        "Tourist arrivals fell in first quarter of the year.",
        "Shipments doubled in the second half of year.",
    ],
    "singular measure noun + base verb": [
        "Price of rubber at the auction fall from 60 to 48 baht.",
        "Output of the mine go down from 9,000 tonnes to 7,500 tonnes.",
        "Rice export of Vietnam last year decrease 12 percent.",
    ],
    # a dropped 'of', the hour as a noun phrase
    "compound preposition without 'of'": [
        "The museum stayed shut for the duration the repairs.",
        "The lawyer signed on behalf the family.",
    ],
    "the hour of one": [
        "Shops close at the hour of nine in the evening.",
        "The curfew lasts until the hour six in the morning.",
    ],
    # superlatives, a recommendation's object, 'already' with a negative
    "superlative of the world": [
        "Locals call it the busiest fish market of the world.",
        "The report lists the most polluted rivers of the world.",
    ],
    "recommend to + person + to": [
        "The agency recommends to drivers to avoid the motorway.",
        "Police suggested to residents not to leave their homes.",
    ],
    "negative + already": [
        "Pensioners say they cannot afford meat already.",
        "The old bakery does not sell bread already.",
    ],
    "since + present simple": [
        "Since January they check every parcel by hand.",
        "Since 3 March we pay twice as much for gas.",
    ],
    "give + object + receive": [
        "The fund will give the families receive 200 euros each.",
    ],
    "ask + object + do not": [
        "Parents asked the school do not cancel the trip.",
    ],
    "change + very much": [
        "The number of visitors has fallen very much this year.",
        "Bus fares went up very much after the sale of the company.",
    ],
    "on Tuesday in the morning": [
        "The bridge was closed on Monday in the afternoon after a crash.",
    ],
    "until for a deadline": [
        "Wheat prices will stabilise until the spring, the ministry says.",
    ],
    # tense, 'to', agreement and word forms
    "future with a past time": [
        "The minister will open the new clinic yesterday.",
    ],
    "negated modal + to": [
        "Tenants could not to pay the higher rent.",
        "The club won't to sell its best player.",
    ],
    "progressive with since": [
        "Teachers are striking over pay since January.",
    ],
    "say + person": [
        "The driver said us that the road was blocked.",
    ],
    "every + plural": [
        "Each schools will get two new computers.",
    ],
    "be + plain form for the passive": [
        "The final will be hold behind closed doors.",
        "Two new schools were build with the money.",
    ],
    "stative verb in the progressive": [
        "The jury is consisting of twelve residents.",
    ],
    "result with a preposition": [
        "United lost with 3-0 at home.",
    ],
    "resumptive subject pronoun": [
        "The mayor she said that the market would reopen.",
    ],
    "reported question with the question's order": [
        "Drivers asked why is the toll so high.",
        "The report does not explain how did the dam fail.",
    ],
    "request for + object": [
        "The hospital requested for extra nurses from the army.",
    ],
    "agreement": [
        "Commuters who uses the ferry will pay more.",
        "The inspector say that the lift is unsafe.",
        "The coach admitted he want a new striker.",
        "People is tired of the roadworks.",
    ],
    "price called expensive": [
        "The price of school uniforms is too expensive for many families.",
    ],
    "that + why": [
        "The inquiry will explain that why the alarm failed.",
    ],
    "according to + said": [
        "According to the fire service said that two crews were sent.",
    ],
    "a preposition before abroad": [
        "Half the graduates look for work in abroad.",
    ],
    "season and year without of": [
        "The stadium will be finished in the spring 2028.",
    ],
    "for + to + verb": [
        "The council bought pumps for to drain the fields.",
    ],
    "perfect with a plain form": [
        "The town has lose its last bank branch.",
    ],
}

QUIET = [
    "The reservoir went down by 4 metres during the drought.",
    "Diesel prices increased for the third month in a row.",
    "Symptoms improved in 40% of the patients.",
    "The diver went down in 30 metres of water.",
    "Sales rose in 2021 and fell in May.",
    "Turnout reached 71% in the capital.",
    "Fines amounted to 9,000 euros.",
    "The floodwater reached up to 2 metres in the lower town.",
    "The coach said that the squad was tired after the trip.",
    "The coach told the players that the squad was tired.",
    "Fans were told that the match was off.",
    "You could tell that the squad was tired.",
    "He told that story at every dinner.",
    "Hospital admissions fell by 8% in the spring, a nurse told the health board.",
    "Tom Baker, 58, told the health board.",
    "The airport was closed for six hours because of fog.",
    "She became known as a reformer and became involved in local politics.",
    "The hamlet became cut off when the road flooded.",
    "A cyclist had an accident at the roundabout on Monday.",
    "The striker got a stroke of luck in the final minute.",
    "Summers have been drier in the south in the last decade.",
    "The vote is in April and the result is in May.",
    "Ticket sales were lower than expected last season.",
    "The ferry will probably leave on time tomorrow.",
    "Maybe the strike will end next week, or maybe it will not.",
    "The regulator might perhaps possibly look again.",
    "Nobody at the embassy returned our calls.",
    "None of the ministers wanted to comment.",
    "Tourist arrivals fell in the first quarter of the year.",
    "She finished in first place in the final.",
    "The price of rubber at the auction fell from 60 to 48 baht.",
    "Rubber prices at the auction fall from 60 to 48 baht in a wet year.",
    "Traders watched the price fall 15% in a day.",
    "Economists expect the price to rise 3%.",
    "The price of old phones has come down to 50 euros.",
    "The museum stayed shut for the duration of the repairs.",
    "Trains will be slower for the duration the works are in place.",
    "Shops close at nine in the evening.",
    "It was the hour of need for the village.",
    "It is the busiest fish market in the world.",
    "She is among the best of the world's climbers.",
    "The agency advises drivers to avoid the motorway.",
    "The minister recommended the scheme to the council.",
    "Pensioners say they can no longer afford meat.",
    "The bakery has already sold out of bread.",
    "Since January they have checked every parcel by hand.",
    "Since they check every parcel, deliveries are slow.",
    "The fund will give the families 200 euros each.",
    "The grant helps families get a new boiler.",
    "Parents asked the school not to cancel the trip.",
    "The number of visitors has not fallen very much this year.",
    "The bridge was closed on Monday afternoon after a crash.",
    "The library opens on Saturday, in the morning only.",
    "Wheat prices will stabilise by the spring, the ministry says.",
    "The mill will stay closed until the spring.",
    "The minister opened the new clinic yesterday.",
    "The minister will open the clinic that was built last year.",
    "Tenants could not pay the higher rent.",
    "Teachers have been striking over pay since January.",
    "The economy is growing at its fastest pace since 2015.",
    "The driver told us that the road was blocked.",
    "Each school will get two new computers, and every two years the vet comes.",
    "The final will be held behind closed doors.",
    "All the club can do is keep going.",
    "The jury consists of twelve residents.",
    "Firefighters are containing the fire.",
    "United lost 3-0 at home and won by two goals a week later.",
    "The mayor said that the market would reopen.",
    "Drivers asked why the toll is so high.",
    "Drivers asked: why is the toll so high?",
    "The hospital requested extra nurses from the army.",
    "Extra nurses were requested for the winter.",
    "Commuters who use the ferry will pay more.",
    "He is one of the commuters who uses the ferry.",
    "The inspector says that the lift is unsafe.",
    "The council insisted that he pay the fine.",
    "People are tired of the roadworks.",
    "School uniforms are too expensive for many families.",
    "The inquiry will explain why the alarm failed.",
    "She said that whether the council wins or loses, the road will close.",
    "The town has lost its last bank branch.",
    "Players have win bonuses in their contracts.",
    "Although a small town, it has three cinemas.",
    "According to the fire service, two crews were sent.",
    "Half the graduates look for work abroad, and some return from abroad.",
    "The stadium will be finished in the spring of 2028.",
    "Tickets for the summer 2028 tour go on sale today.",
    "The council bought pumps to drain the fields.",
]


@pytest.mark.parametrize("label", list(FIRES))
def test_each_class_fires_in_fresh_words(garbled, label):
    missed = [t for t in FIRES[label] if not garbled.codes(t)]
    assert not missed, missed


@pytest.mark.parametrize("text", QUIET)
def test_native_english_stays_quiet(garbled, text):
    assert garbled.codes(text) == []


def test_quotes_and_code_stay_quiet(linter):
    text = (
        '"Nobody at the ministry did not answer," the farmer said.\n\n'
        "> The reservoir went down in 4 metres, told the engineer.\n\n"
        "```\nprice fall from 60 to 48; the hour of nine\n```\n\n"
        "The farmer said nobody at the ministry did not answer.\n"
    )
    found = [(f.code, f.line) for f in linter.lint(text, select=["garbled"])]
    assert found == [("GRB019", 9)]
