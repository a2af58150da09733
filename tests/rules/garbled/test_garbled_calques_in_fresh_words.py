"""Garbled phrasing by class: each class fires in words other than its lexicon
examples, in other inflections and with other nouns, and correct English with the same
words stays quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

FIRES = {
    # German "kritisieren/loben/begrüßen, dass": the verb takes a whole clause
    "criticise-that": [
        "Residents criticised that the council closed the library.",
        "The chamber welcomes that exports have recovered.",
        "Opposition MPs are criticizing that nobody was consulted.",
    ],
    # German "(Personal) gewinnen": win = recruit staff
    "win-staff": [
        "The county wants to win more carers for its homes.",
        "Rural practices win too few young doctors.",
        "The railway won 250 new train drivers this year.",
    ],
    # French "risquer de": risk to + verb + a time or clause word
    "risk-to-verb": [
        "The closure risks to continue until the spring.",
        "The row risked to drag on for months.",
        "The drought risks to worsen if no rain falls.",
    ],
    # Spanish/Portuguese "cada vez más": each time more
    "each-time-more": [
        "Young families have each time more debts.",
        "Tenants pay each time more for smaller flats.",
        "The hospital needs each time fewer beds.",
    ],
    # Spanish/Italian "récord de": record of + a counted noun
    "record-of": [
        "Madrid: new record of visitors at the Prado",
        "The port saw an absolute record of cruise passengers.",
        "Another record of applicants for the police academy",
    ],
    # a dropped "to" after "unable"/"able"
    "unable-bare-verb": [
        "Many were left without power, unable cook for their children.",
        "Dozens of pupils sat outside, unable enter the building.",
        "The firm is no longer able pay its suppliers.",
    ],
    # Chinese "有关专家": a sentence opened by an unnamed class of experts
    "relevant-experts": [
        "Relevant specialists said the drought would ease by May.",
        "Relevant authorities stated that the dam was safe.",
        "Related experts believe the virus came from bats.",
    ],
    # French/German "sensible/sensibel" as a predicate of a topic
    "sensible-sensitive": [
        "The matter is extremely sensible, aides admit.",
        "These issues are politically sensible in an election year.",
        "The information was highly sensible.",
    ],
    # Italian/Spanish "delusione/decepción" voiced as a feeling
    "delusion-disappointment": [
        "Fans voiced their delusion after the draw.",
        "The mayor did not hide his deep delusion.",
        "Growers expressed great delusion at the ruling.",
    ],
    # Spanish/French "calificar de/qualifier de": qualify X of "..."
    "qualify-of": [
        'The opposition qualified the budget of "a fraud".',
        "The union qualifies the offer of insulting.",
        "Critics have qualified these cuts of discriminatory.",
    ],
    # Spanish/Portuguese "reunirse/reunir-se": reunite = meet
    "reunite-meet": [
        "The minister reunited on Monday with the fishermen's associations.",
        "The governor will reunite with the farmers' union next week.",
        "Management reunites on Tuesday with the unions.",
    ],
    # crowds "went out to the street" (salir a la calle)
    "go-out-to-the-street": [
        "Hundreds of pensioners went out to the street in Porto.",
        "Thousands of teachers came out to the street on Tuesday.",
        "Some 5,000 citizens go out to the street against the law.",
    ],
    # Romance genitive with an article before goods in general: "les prix du vin"
    "price-of-the-goods": [
        "The prices of the milk rose again in May.",
        "The cost of the electricity will double next year.",
        "Farmers fear the prices of the fertiliser will stay high.",
    ],
    # Chinese "持续出现": the verb before what appears
    "appeared-before-subject": [
        "Since June, the county has repeatedly appeared severe flooding.",
        "The province has successively appeared torrential rain.",
        "Several cities have continuously appeared water shortages.",
    ],
    # Romance "de/di" between the verb and a figure: "el precio fue de 12 euros"
    "be-of-quantity": [
        "The average rent is of 950 euros a month.",
        "Turnout was of barely 41%.",
        "The penalty for the club could be of €2 million.",
    ],
    # Spanish/Italian "respecto a/rispetto a": respect to = compared with
    "respect-to": [
        "Respect to 2019, visitor numbers are lower.",
        "Bookings fell 6% in respect to last summer.",
        "Prices are higher here, respect to the national average.",
    ],
    # Chinese officialese: a verb with "the work of" and a bare process noun
    "the-work-of": [
        "The district will strengthen the work of flood control.",
        "Villages must carry out the work of forest fire prevention.",
        "The city has intensified the work of food safety supervision.",
    ],
    # "in den nächsten Jahren / dans les prochaines années": in the next years
    "in-the-next-years": [
        "The utility will invest in the next years 400 million pounds.",
        "In the next decades, the coast will lose several villages.",
        "Within the next years the line should reach the airport.",
    ],
    # German "zum Schuljahresbeginn": to the (school) year start
    "to-the-year-start": [
        "To the new season start, the club sold its captain.",
        "To the autumn term beginning, 90 classrooms lack a teacher.",
        "To the holiday start, the motorway was jammed.",
    ],
    # the article before an abstract process noun used in general (la digitalisation)
    "generic-process-noun": [
        "The digitisation will change how clinics book patients.",
        "Since 2010, the depopulation has emptied the valleys.",
        "The gentrification is pushing families out, residents said.",
    ],
    # eggcorns by context: lightening, expandable
    "eggcorn-context": [
        "The storms brought hail and frequent lightening.",
        "A farmer was struck by lightening near the lake.",
        "The soldiers felt they were regarded as expandable.",
        "The bosses saw the drivers as expandable.",
    ],
}

QUIET = [
    # correct English with the same words
    "Residents criticised that decision at the meeting.",
    "The chamber welcomed that news on Friday.",
    "The council criticised the contractor for delays.",
    "The party hopes to win more votes from teachers.",
    "The campaign won over young doctors.",
    "Our nurses won the regional award.",
    "The closure poses risks to jobs until the spring.",
    "She risked losing her home.",
    "Each time, more people joined the queue.",
    "He paid each time more than the others.",
    "The museum keeps a record of visitors.",
    "There is no record of applicants before 1990.",
    "A record 4 million passengers used the port.",
    "Many were unable to cook for their children.",
    "The firm is no longer able to pay its suppliers.",
    "The relevant experts were not consulted, she said.",
    "It was a sensible decision.",
    "The plan is sensible and cheap.",
    "It is sensible to wait for the figures.",
    "He suffers from delusions of grandeur.",
    "She expressed the delusion that she was being followed.",
    "The team qualified for the final in May.",
    "She qualified as a nurse in 2004.",
    "The minister reunited with her family after the flood.",
    "The band reunited on Friday with their old drummer for a tour.",
    "She went out to the street to look for her dog.",
    "Residents went out into the street in their pyjamas.",
    "Milk prices rose again in May.",
    "The price of the milk in this shop is high.",
    "The cost of the energy transition will double.",
    "The actor has repeatedly appeared on stage.",
    "New shortages have continuously appeared in the county.",
    "The average rent is 950 euros a month.",
    "The damage was of little consequence.",
    "The rise was of the order of 2%.",
    "Players showed respect to the referee.",
    "With respect to the budget, the council is divided.",
    "Out of respect to the family, the club cancelled the match.",
    "Volunteers carried out the work of the charity.",
    "The prize honours the work of road safety campaigners.",
    "In the next few years, the coast will lose several villages.",
    "In the next years of the contract, prices are fixed.",
    "The motorway was jammed from the start of the holidays.",
    "The automation of the line was completed in May.",
    "The tourism sector has grown.",
    "Digitisation will change how clinics book patients.",
    "The colours are lightening with age.",
    "The table is expandable to seat ten.",
    "The phone's storage is expandable.",
]


@pytest.mark.parametrize(
    "text", [t for texts in FIRES.values() for t in texts], ids=lambda t: t[:40]
)
def test_each_class_fires_in_fresh_words(garbled, text):
    found = garbled(text)
    assert found and all(f.line == 1 and f.code.startswith("GRB") for f in found)


@pytest.mark.parametrize("text", QUIET, ids=lambda t: t[:40])
def test_correct_english_with_the_same_words_is_quiet(garbled, text):
    assert garbled(text) == []


def test_quoted_foreign_speech_is_quiet(garbled):
    text = 'The French minister said: "Nous critiquons que le port soit fermé."'
    assert garbled(text) == []


def test_the_finding_points_at_the_calque(garbled):
    [f] = garbled("The board criticised that the audit came late.")
    assert (f.line, f.column) == (1, 11)
