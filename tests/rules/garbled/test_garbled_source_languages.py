"""Garbled, source languages the lexicons covered thinly: false friends and carried-over
constructions of Italian, Portuguese, German, Russian, Polish, Dutch, Turkish, Japanese and
Korean news translation. Each kind fires in wordings other than its lexicon examples,
reported by the one rule that owns it; the English word in its own sense, quotations and
code stay quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

FF, CON, MT = "GRB008", "GRB017", "GRB019"

FIRES = {
    # Italian
    "actually-currently": (FF, [
        "The old bridge is actually closed for repairs, the council said.",
        "According to the actual census, the island has 4,000 residents.",
    ]),
    "parents-relatives": (FF, ["Near parents of the drowned fisherman kept vigil at the harbour."]),
    "educated-polite": (FF, ["Shopkeepers said the boy was always educated with customers."]),
    "morbid-soft": (FF, ["The rookie pilot made a morbid landing in the crosswind."]),
    "stamp-press": (FF, ["The local stamp claims the coach has been sacked."]),
    "palace-block": (FF, ["Gas exploded in a four-storey palace on the seafront."]),
    "factory-farm": (FF, ["The factory lost its herd to bluetongue in the spring."]),
    "table-talks": (FF, ["The government will convene a table with the taxi drivers."]),
    # Portuguese
    "push-pull": (FF, ["The pilot pushed the ripcord at 1,000 metres."]),
    "tips-bribes": (FF, ["The councillor is said to have paid tips to inspectors."]),
    "exquisite-strange": (FF, ["Passengers described the pilot's behaviour as an exquisite situation."]),
    "appoint-point-out": (FF, ["Inspectors appointed that the brakes had failed."]),
    "injury-insult": (FF, ["The striker was charged with racist injuries after the match."]),
    # German, Dutch
    "consequent-consistent": (FF, ["The coalition must stay consequent on debt, the chancellor said."]),
    "rent-pension": (FF, ["Nurses will reach the rent age two years later."]),
    "critic-criticism": (FF, ["The bishop faced harsh critic over the sale of the abbey."]),
    "caution-deposit": (FF, ["The agency demands a caution of 900 euros before the keys are handed over."]),
    "stadium-stage": (FF, ["The disease was caught at a late stadium."]),
    "personal-staff": (FF, ["The museum will recruit more personal in the summer."]),
    "oldtimer": (FF, ["Crowds lined the square for the oldtimer parade."]),
    "meet-decision": (CON, ["The jury will meet its decision by Friday."]),
    "height-of": (CON, ["The shipyard won an order in the height of 300 million euros."]),
    "under-others": (CON, ["The exhibition shows, under others, drawings by Dürer."]),
    "through-agent": (CON, ["Two men were questioned through the police after the fire."]),
    "brutal-cheeky": (FF, ["Brutal gulls have learned to open rubbish bags."]),
    # Russian, Polish
    "accurate-careful": (FF, ["Police urged parents to be accurate near the rivers during the thaw."]),
    "magazine-shop": (FF, ["A shoe magazine on the high street was looted."]),
    "characteristic-reference": (FF, ["The court read a negative characteristic from his employer."]),
    "perspective-promising": (FF, ["Lithium is a perspective direction for the mining group."]),
    "nearest-future": (CON, ["The pipeline will be repaired in the closest days."]),
    "given-this": (FF, ["The given initiative was backed by 300 deputies."]),
    "measures-events": (FF, ["Mass measures are banned during the quarantine."]),
    "decade-ten-days": (FF, ["Sowing will begin in the second decade of May."]),
    "expertise-examination": (FF, ["A medical expertise confirmed the cause of death."]),
    # (reported by the false-friend lexicon, which knows "on the territory of the refinery" too)
    "territory-of": (FF, ["Debris fell on the territory of an oil depot... the governor said."]),
    "current-moment": (CON, ["On the current moment, the fire covers 40 hectares."]),
    "exactly-thoroughly": (FF, ["Customs officers exactly inspected the lorry."]),
    "city-name": (CON, ["Talks will continue in the city Lviv next week."]),
    # Turkish, Japanese, Korean
    "martyred": (FF, ["Two gendarmes were martyred in the ambush."]),
    "statement-made": (CON, ["In the statement made on Sunday, the governor said the road was open."]),
    "lifted-hospital": (CON, ["Four miners were lifted to the hospital in Soma."]),
    "related-person": (MT, ["According to a related person, the merger talks collapsed."]),
    "proceed-event": (CON, ["Both armies proceeded the exercise near the border."]),
    "enter-strike": (CON, ["Railway workers entered an indefinite walkout on Monday."]),
    "time-of-day": (CON, ["Power returned at 6:45 of Tuesday."]),
    "receiving": (MT, ["Receiving the recommendation, the cabinet delayed the bill."]),
    # further kinds: bonds, ranges, gambling, a stroke, a broadcast, forms, hearings
    "obligations-bonds": (FF, ["Foreign investors bought obligations worth $3bn at the auction."]),
    "polygon-range": (FF, ["Shells from the artillery polygon landed near a village."]),
    "hazard-gambling": (FF, ["The city closed 15 hazard halls in a year."]),
    "actual-topical": (FF, ["The topic of pensions became especially actual after the vote."]),
    "insult-stroke": (FF, ["The singer was admitted to intensive care after an insult."]),
    "translation-broadcast": (FF, ["Fans watched an online translation of the final in the square."]),
    "wagon-carriage": (FF, ["Police searched every passenger wagon of the train."]),
    "meaning-opinion": (FF, ["Most economists are of the meaning that rates will fall."]),
    "formula-form": (FF, ["The visa formula runs to 12 pages."]),
    "loud-according": (FF, ["Loud the ministry, 300 flights were cancelled."]),
    "cartoon-cardboard": (FF, ["Removal firms ran out of cartoon boxes."]),
    "definitely-for-good": (FF, ["The airline will leave the airport definitely in March."]),
    "recovered-hospitalised": (FF, ["The pensioner is recovered in hospital in Padua."]),
    "sequestered-seized": (FF, ["Finance police sequestered 2,000 counterfeit handbags."]),
    "cargo-post": (FF, ["She will assume the cargo of governor in January."]),
    "inscription-registration": (FF, ["The inscription period for the course ends on Monday."]),
    "audience-hearing": (FF, ["The prosecutor asked for a preliminary audience next week."]),
    "emission-issue": (FF, ["Delays in the emission of visas hit students."]),
    "intoxication-poisoning": (FF, ["A mushroom intoxication left a family in hospital."]),
    "it-concerns": (CON, ["It concerns a 52-year-old resident of the village."]),
    "operations-to": (CON, ["Gendarmes organised raids to 12 addresses in Van."]),
    "the-said": (MT, ["The said factory will close in June."]),
    # Greek, Romanian, and further Russian, Turkish and Polish kinds
    "syntax-pension": (FF, ["Supplementary syntaxes will rise by 2% in January."]),
    "competent-responsible": (FF, ["The competent deputy minister said the ferries would sail."]),
    "penal-criminal": (FF, ["The club's owner faces penal charges for tax evasion."]),
    "effectuate": (FF, ["The coastguard effectuated a rescue off Constanta."]),
    "contravention-fine": (FF, ["Police applied 40 contraventions to drivers over the weekend."]),
    "the-suffered": (FF, ["The suffered were taken to the regional hospital."]),
    "employees-of-police": (FF, ["Employees of the police searched the flat."]),
    "fire-guard": (FF, ["Crews of the state fire guard pumped water from the cellars."]),
    "faculty-university": (FF, ["She completed the faculty in Porto with honours."]),
    "criminal-case": (CON, ["Police opened a criminal case on the fact of the beating."]),
    "words-of": (CON, ["According to the words of witnesses, the car did not stop."]),
    "rate-of": (CON, ["Electricity prices fell by the rate of 4 percent."]),
    "stand-on-importance": (CON, ["The president stood on the necessity of new reforms."]),
    "express-that": (CON, ["The mayor expressed that no one was hurt."]),
    "highest-in-the-past": (MT, ["Exports of beef were the highest in the past, the ministry said."]),
    "on-this-day": (MT, ["On this day, the president attended a memorial service."]),
    "titular-holder": (FF, ["The titular of the defence ministry visited the base."]),
    "officer-of-justice": (FF, ["An officer of justice said the suspect had confessed."]),
    "head-of-the-city": (FF, ["The head of the village appealed for calm."]),
}

QUIET = [
    "The actual cost of the stadium was twice the estimate.",
    "Actually, the bridge was never closed.",
    "Her parents and cousins travelled from Naples.",
    "He was educated in Milan and Vienna.",
    "Crime podcasts feed a morbid curiosity.",
    "A new stamp honours the poet.",
    "The palace was built in 1620.",
    "The factory lost two weeks of production to the strike.",
    "The talks collapsed and both sides left the table.",
    "He pushed the button and the lift moved.",
    "Readers sent in tips on saving energy.",
    "The museum has an exquisite collection of clocks.",
    "The president appointed a new ambassador.",
    "He was out for a month with a knee injury.",
    "Prices rose, and consequently demand fell.",
    "The rent on the flat went up in May.",
    "The restaurant critic of the paper retired.",
    "Approach the junction with caution.",
    "The stadium holds 40,000 fans.",
    "She was paid for personal appearances.",
    "The old-timer told stories of the war.",
    "The two presidents will meet in Geneva.",
    "At the height of the storm the bridge was shut.",
    "Under other circumstances, the case would have been dropped.",
    "The lorry drove through the police cordon.",
    "The crackdown was brutal.",
    "The measurements were accurate.",
    "The magazine printed the letter.",
    "Patience is a characteristic of the breed.",
    "From her perspective, the plan is unfair.",
    "The nearest town is 20 miles away.",
    "She was given a medal.",
    "The new measures come into force on Monday.",
    "The decade ended in recession.",
    "Her expertise in water law helped the council.",
    "The army withdrew from the territory.",
    "At the moment, the fire covers 40 hectares.",
    "Nobody knows exactly why the dam failed.",
    "The city of Lviv will host the talks.",
    "The city Council approved the plan.",
    "The saint was martyred in the third century.",
    "The statement made by the minister was brief.",
    "The injured were airlifted to hospital.",
    "Related articles appear below.",
    "The hearing proceeded without the defendant.",
    "The pitch entered the strike zone.",
    "Power returned at 6.45am on Tuesday.",
    "Receiving the prize, she thanked her parents.",
    "The country has obligations under the treaty.",
    "The polygon has five sides.",
    "The loose cable was a hazard.",
    "The actual damage was small.",
    "Fans shouted an insult at the referee.",
    "The translation of the poem took a year.",
    "A horse-drawn wagon led the parade.",
    "The meaning of the verdict is clear.",
    "The formula for the payout is complex.",
    "The music was loud, the police said.",
    "The cartoon was printed on Friday.",
    "The airline will definitely leave the airport.",
    "The stolen car was recovered in a car park.",
    "The jury was sequestered overnight.",
    "The lorry's cargo of fruit spilled onto the road.",
    "The inscription on the bell is in Latin.",
    "The audience gave the cast a standing ovation.",
    "Emissions from the plant fell by a third.",
    "Public intoxication is an offence.",
    "The report concerns a rise in thefts.",
    "Raids on 12 addresses led to six arrests.",
    "She said the factory will close in June.",
    "The syntax error crashed the app.",
    "She is a competent manager.",
    "The penal code dates from 1930.",
    "The contract was in contravention of the rules.",
    "Farmers suffered heavy losses.",
    "Police officers searched the flat.",
    "In the words of witnesses, the car did not stop.",
    "The minister stressed the necessity of reform.",
    "The mayor expressed relief that no one was hurt.",
    "The faculty voted to strike.",
    "Prices were higher in the past.",
    "It was the biggest fine in history.",
    "On this day in 1969, men walked on the moon.",
    "The band played the titular track first.",
    "The head of the village school retired.",
]


def _garbled(linter, text):
    return [f for f in linter.lint(text + "\n", select=["garbled"]) if f.code != "GRB001"]


CASES = [(kind, code, text) for kind, (code, texts) in FIRES.items() for text in texts]


@pytest.mark.parametrize("kind,code,text", CASES, ids=[f"{k}-{t[:30]}" for k, _, t in CASES])
def test_each_kind_fires_in_fresh_words_by_one_rule(linter, kind, code, text):
    codes = [f.code for f in _garbled(linter, text)]
    assert code in codes, (kind, codes)


@pytest.mark.parametrize("text", QUIET, ids=lambda t: t[:40])
def test_native_uses_of_the_same_words_are_quiet(linter, text):
    assert [(f.code, f.message) for f in _garbled(linter, text)] == []


def test_quoted_words_stay_quiet_and_paraphrase_is_checked(linter):
    text = (
        '"The given decree is a disaster," the mayor said.\n\n'
        '"We will meet a decision on Friday," he told reporters.\n\n'
        "He told reporters they would meet a decision on Friday.\n"
    )
    assert [(f.code, f.line) for f in _garbled(linter, text)] == [(CON, 5)]


def test_code_blocks_stay_quiet(linter):
    text = (
        "The script is below.\n\n"
        "```\n"
        "# the given law: in the nearest future, a caution of 500 euros\n"
        "critic = meet_decision(stadium='early')\n"
        "```\n"
    )
    assert linter.lint(text, select=["garbled"], path="draft.md") == []


def test_the_finding_names_the_english_word(linter):
    [f] = _garbled(linter, "The firm demanded a caution of 2,000 euros.")
    assert f.code == FF and "deposit" in f.message
