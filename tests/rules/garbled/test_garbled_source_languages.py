"""Garbled, source languages the lexicons covered thinly: false friends and carried-over
constructions of Italian, Portuguese, German, Russian, Polish, Dutch, Turkish, Japanese and
Korean news translation; Turkish, Chinese and Italian news calques; and native slips by
sound that unseen drafts still carried. Each kind fires in wordings other than its
lexicon examples, reported by the one rule that owns it; the English word in its own
sense, the native phrasing of the same idea, quotations and code stay quiet. Sentences
written for these tests."""

from __future__ import annotations

import pytest

FF, CON, EGG, MT = "GRB008", "GRB017", "GRB018", "GRB019"

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
    # Turkish, Chinese and Italian news calques, and native slips by sound
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


CASES = [(kind, code, text) for kind, (code, texts) in FIRES.items() for text in texts]


@pytest.mark.parametrize("kind,code,text", CASES, ids=[f"{k}-{t[:30]}" for k, _, t in CASES])
def test_each_kind_fires_in_fresh_words_by_one_rule(garbled, kind, code, text):
    codes = [f.code for f in garbled(text, ignore="GRB001")]
    assert code in codes, (kind, codes)


@pytest.mark.parametrize("text", QUIET, ids=lambda t: t[:40])
def test_native_uses_of_the_same_words_are_quiet(garbled, text):
    assert [(f.code, f.message) for f in garbled(text, ignore="GRB001")] == []


def test_quoted_words_stay_quiet_and_paraphrase_is_checked(garbled):
    text = (
        '"The given decree is a disaster," the mayor said.\n\n'
        '"We will meet a decision on Friday," he told reporters.\n\n'
        "He told reporters they would meet a decision on Friday.\n"
    )
    assert [(f.code, f.line) for f in garbled(text, ignore="GRB001")] == [(CON, 5)]


def test_code_blocks_stay_quiet(linter):
    text = (
        "The script is below.\n\n"
        "```\n"
        "# the given law: in the nearest future, a caution of 500 euros\n"
        "critic = meet_decision(stadium='early')\n"
        "```\n"
    )
    assert linter.lint(text, select=["garbled"], path="draft.md") == []


def test_the_finding_names_the_english_word(garbled):
    [f] = garbled("The firm demanded a caution of 2,000 euros.", ignore="GRB001")
    assert f.code == FF and "deposit" in f.message


def test_quoted_calques_stay_quiet_and_paraphrase_is_checked(garbled):
    text = (
        '"The typhoon landed in Ningbo at dawn," the bulletin said.\n\n'
        '"We showed big interest to the new market," a resident said.\n\n'
        "A resident said they showed big interest to the new market.\n"
    )
    assert [(f.code, f.line) for f in garbled(text, ignore="GRB001")] == [(CON, 5)]


def test_code_blocks_with_calques_and_sound_alikes_stay_quiet(linter):
    text = (
        "The parser is below.\n\n"
        "```\n"
        "# the climate warming is still in statistics, among them 30 in total\n"
        "bails_of_hay = put_at_disposition(12)\n"
        "```\n"
    )
    assert linter.lint(text, select=["garbled"], path="draft.md") == []


def test_the_finding_names_the_english_phrase(garbled):
    [f] = garbled("The typhoon landed in Zhoushan on Monday.", ignore="GRB001")
    assert f.code == MT and "made landfall" in f.message
