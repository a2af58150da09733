"""Lexical garbled classes, round 2 of issue 16: the domain vocabulary translators calque
in news copy (emergencies, local government, transport openings, courts and police,
business, health and education, sport). Each class fires in words other than its lexicon
examples, in several inflections; the same English words in their own sense, quotations
and code stay quiet. Sentences written for these tests."""

from __future__ import annotations

import pytest

FF = "GRB008"

FIRES = {
    # vigilance orange (FR) = an orange weather warning
    "vigilance": [
        "Météo-France placed eleven departments in orange vigilance.",
        "A yellow vigilance for strong winds covers the coast.",
        "The vigilance remains in force until Tuesday morning.",
    ],
    # labores de extinción = firefighting
    "extinction": [
        "The labours of extinction were hampered by the wind.",
        "Two extinction helicopters joined the operation at dawn.",
        "The extinction of the wildfire could take days.",
    ],
    # vecinos = residents
    "neighbours-count": [
        "About 150 neighbours had to leave their flats after the blast.",
        "Dozens of neighbours protested against the new landfill.",
    ],
    # balance de víctimas = toll
    "balance-of-victims": [
        "The balance of deaths in the collapse stands at 14.",
        "Officials gave a provisional balance of injured.",
    ],
    # calcinar = burn down
    "calcine": [
        "The blaze calcined several homes on the hillside.",
        "The fire calcines everything in its path, firefighters said.",
    ],
    # hidroavión = water bomber
    "hydroplane": ["A hydroplane made twenty drops on the forest fire."],
    # prezydent miasta = mayor
    "president-of-city": [
        "The president of Lodz opened the new tram depot.",
        "Presidents of the municipalities met the governor.",
    ],
    "burgomaster": ["Burgomasters of five towns signed the letter."],
    # assessore = councillor for
    "alderman": ["The city's alderman for tourism wants a cruise-ship tax."],
    # na sesji = at the session
    "on-the-session": ["The councillors elected a new chairman on the session on Friday."],
    # entrar en funcionamiento / en vigor
    "enter-in-function": [
        "The new scanner entered in functioning last month.",
        "The ban enters in force in January.",
        "The radar will be put in function before summer.",
    ],
    # oddać do ruchu = open to traffic
    "give-to-traffic": [
        "The ring road was given to traffic on Saturday.",
        "The old bridge was closed for circulation after the inspection.",
    ],
    # prisión preventiva = custody
    "preventive-prison": [
        "The judge ordered provisional prison for the driver.",
        "Both suspects remain in preventive detention pending trial.",
    ],
    # instrucción = investigation
    "instruction": [
        "The judge of instruction summoned the minister.",
        "Prosecutors asked to reopen the instruction of the bribery case.",
    ],
    # Prozess / proceso = trial
    "process-trial": ["The process against the three officers began in Leipzig."],
    # denunciar ante la policía = report
    "denounce-to-police": [
        "The pensioner denounced the scam to the local police.",
        "The theft was denounced to the police by a neighbour.",
    ],
    # el detenido = the detainee
    "the-detained": ["The detained faces up to six years in prison."],
    # agentes = officers
    "agents": [
        "Forty agents of the national police searched the port.",
        "Three agents were wounded during the eviction.",
    ],
    # beneficios = profits
    "benefits-profits": [
        "The benefits of the group jumped 18% in the third quarter.",
        "Net attributable benefit fell to 900 million.",
    ],
    # cotización = share price
    "quotation": [
        "The quotation of its shares slumped 12% in early trading.",
        "The company's quotation soared after the takeover bid.",
    ],
    # la patronal = employers
    "patronal": [
        "The patronal walked out of the wage talks.",
        "The patronage warned that the reform would cost jobs.",
    ],
    # ambulatorio = outpatient clinic
    "ambulatory": ["Nurses at the ambulatory vaccinated 200 patients."],
    # personal sanitario = health workers
    "sanitary": [
        "Sanitary professionals demanded better pay.",
        "The sanitary authorities confirmed three new cases.",
    ],
    # liceu / liceum = secondary school
    "lyceum": ["Two lyceums in the city will close in June."],
    # el bachillerato / le bac = the school-leaving exam
    "bachelor": ["Thousands of pupils sat the bachelor exams on Monday."],
    # promoción = a graduating class
    "promotion": ["The 2010 promotion of cadets held a reunion."],
    # clasificación = the table
    "classification": [
        "The side dropped to sixth place in the classification.",
        "Leaders Benfica head the classification on 52 points.",
    ],
    # pareggio = a draw
    "parity": ["The game ended with parity after a penalty in stoppage time."],
    # sinistré = stricken
    "sinistered": ["Sinistrated families will receive emergency aid."],
    # valilik = governor's office
    "governorship": ["The Ankara governorship prohibited the march."],
    # el fiscal = prosecutor
    "fiscal": ["The chief fiscal will appeal the acquittal."],
    # absolver = acquit
    "absolve": ["The appeals court absolved both defendants of fraud."],
    # interanual = year-on-year
    "interannual": ["Exports recorded an interannual increase of 6%."],
    # autónomos = self-employed
    "autonomous": ["The autonomous demand lower social security payments."],
    # urgencias = A&E
    "urgencies": ["Two children were treated in urgencies after the crash."],
    # damnificados = those affected
    "damnified": ["The damnified of the mudslide slept in tents."],
    # quota (IT) = altitude
    "quota": ["Snowfall is forecast down to a quota of 600 m."],
    # concejal de cultura = councillor for culture
    "councillor-of": ["The councillors of tourism and finance disagreed."],
    # la alcaldía = city hall
    "mayoralty": ["The mayoralty banned fireworks in the old town."],
    # circulación = traffic
    "circulation": [
        "Rail circulation between the two cities was suspended.",
        "The circulation on the ring road remained blocked for hours.",
    ],
    # la sentencia = the ruling
    "sentence-ruling": ["The sentence declares that the dismissal was null, the court said."],
    # imputado = charged
    "imputed": ["Two councillors were imputed in the bribery case."],
    # el presunto autor = the perpetrator
    "author": ["The alleged authors of the robberies were arrested in Malaga."],
    # facturación = turnover
    "facturation": ["The firm's facturation doubled in two years."],
    # ERE = redundancy plan
    "employment-regulation": ["Unions rejected the employment regulation plan."],
    # salario mínimo interprofesional = minimum wage
    "interprofessional": ["The interprofessional minimum wage will rise again."],
    # de guardia = on call
    "on-guard": ["Pharmacies on guard will open on Christmas Day."],
    # réanimation = intensive care
    "reanimation": ["The toddler was transferred to reanimation in Lyon."],
    # estudios superiores = higher education
    "superior-studies": ["Students of superior education marched in Lisbon."],
    # selectividad = university entrance exam
    "selectivity": ["Pupils who failed the selectivity can resit it in July."],
    # la carrera de medicina = a medical degree
    "career": ["He finished his career of medicine at 23 at the university."],
    # por la mínima = by a single goal
    "minimum": ["The visitors won with the minimum after a scrappy game."],
    # en el minuto 90 = in the 90th minute
    "minute": ["The winner came at the minute 93."],
    # descenso = relegation
    "descent": ["The side confirmed its descent to the second division."],
    # partido de vuelta = second leg
    "match-of-return": ["Tickets for the game of return sold out."],
    # 群众 = residents
    "masses": ["Some 3,000 masses were evacuated from the riverbank."],
}

QUIET = [
    "Vigilance is needed on the roads tonight, police said.",
    "Residents were told to stay vigilant.",
    "The extinction of the species is a warning.",
    "Extinction Rebellion activists blocked the bridge.",
    "Neighbours helped the family after the fire.",
    "Three neighbours were evacuated as a precaution.",
    "The balance of power shifted after the vote.",
    "Calcined clay is used in cement.",
    "The president of the city council opened the debate.",
    "The president of Poland visited Gdansk.",
    "Alderman Smith represents the 12th Ward.",
    "The session of the council lasted six hours.",
    "The new line came into service last week.",
    "The viaduct was opened to traffic on Saturday.",
    "The roadworks will close the bridge for two days.",
    "Newspaper circulation fell again.",
    "Preventive medicine is cheaper than treatment.",
    "The judge remanded him in custody.",
    "The instruction was to leave the building.",
    "Pupils followed the teacher's instruction.",
    "The peace process stalled.",
    "The selection process took months.",
    "Critics denounced the ruling as unfair.",
    "She reported the theft to the police.",
    "The detained men were released on bail.",
    "Secret agents were expelled from the country.",
    "Estate agents expect prices to fall.",
    "Jobseeker's benefit rose by 5% in April.",
    "The benefits of exercise are well known.",
    "The group's profits jumped 18%.",
    "The article opens with a quotation from Churchill.",
    "The patronal feast of the village falls in May.",
    "Political patronage is a problem in the region.",
    "The ambulatory of the abbey has Norman arches.",
    "Ambulatory care reduces hospital stays.",
    "Sanitary towels will be free.",
    "The Lyceum Theatre staged a new musical.",
    "He is a bachelor of arts.",
    "The bachelor party got out of hand.",
    "The promotion of the club to the Premier League was celebrated.",
    "The promotion of women to senior posts is slow.",
    "The classification of the documents was reviewed.",
    "Pogacar leads the general classification of the Tour.",
    "The euro fell to parity with the dollar.",
    "Women demand pay parity.",
    "The governorship race is close.",
    "The fiscal year ends in March.",
    "The procurator fiscal said the death was not suspicious.",
    "The report absolved the minister of blame.",
    "Climate models show interannual variability.",
    "Autonomous vehicles are tested on the motorway.",
    "The autonomous region votes in March.",
    "The urgencies of the war left no time.",
    "The damned and the saved, the preacher said.",
    "The fishing quota was cut by a fifth.",
    "A councillor of many years retired.",
    "Her mayoralty ended in 2019.",
    "Poor circulation in the legs can cause pain.",
    "Newspaper circulation fell again last year.",
    "The viability of the project is in doubt.",
    "The judge said the sentence reflected the harm done.",
    "His sentence was cut on appeal.",
    "Imputed rent is part of the accounts.",
    "The author of the report defended it.",
    "Electronic invoicing becomes compulsory next year.",
    "The guard pulled the alarm.",
    "Stay on guard against scams, police said.",
    "Superior technology won the day.",
    "The selectivity of the test is high.",
    "She had a long career in medicine.",
    "Fares rose by the minimum allowed.",
    "Wait a minute, the mayor said.",
    "The descent from the summit took five hours.",
    "The return match will be in London.",
    "The masses turned against the regime.",
    "Thousands of masses were said for the late pope.",
    # native sentences that tripped the first drafts of these entries
    "Circulation on the ward was restricted to staff.",
    "In its sentence, the court cut the term by two years.",
    "Doctors on guard duty at the border were tired.",
    "The author of the attack on the minister's record is a columnist.",
    "The author of the murder mystery signed books.",
    "The series ended with parity restored.",
    "The minister met the president of the city region.",
    "The benefits of the company scheme rose last year.",
    "Hundreds of neighbours were affected by the smell.",
    "Dozens of neighbours complained about the noise.",
    "Viability studies show the site is safe.",
    "Residents kept a vigilance for looters during the storm.",
    "The sanitary system of the old town dates from 1890.",
    "She entered in service as a maid in 1920.",
    "The burgomaster in the Dutch painting is unnamed.",
]


def _garbled(linter, text):
    return linter.lint(text + "\n", select=["garbled"])


CASES = [text for cases in FIRES.values() for text in cases]


@pytest.mark.parametrize("text", CASES, ids=[t[:40] for t in CASES])
def test_each_domain_class_fires_in_fresh_words(linter, text):
    codes = {f.code for f in _garbled(linter, text)}
    assert FF in codes, codes


@pytest.mark.parametrize("text", QUIET, ids=lambda t: t[:40])
def test_the_same_words_in_their_english_sense_are_quiet(linter, text):
    assert [(f.code, f.message) for f in _garbled(linter, text)] == []


def test_quoted_words_stay_quiet(linter):
    text = (
        '"The benefits of the company rose 10%," the chairman said.\n\n'
        '"We placed the region in orange vigilance," the prefect told reporters.\n\n'
        "The chairman said the benefits of the company rose 10%.\n"
    )
    assert [(f.code, f.line) for f in linter.lint(text, select=["garbled"])] == [(FF, 5)]


def test_code_blocks_stay_quiet(linter):
    text = (
        "The parser is below.\n\n"
        "```\n"
        "standings = classification(table)  # leads the classification with 40 points\n"
        "sinistered = preventive_prison = None\n"
        "```\n"
    )
    assert linter.lint(text, select=["garbled"], path="draft.md") == []


def test_the_finding_names_the_english_word(linter):
    [f] = [f for f in _garbled(linter, "The syndicates and the patronal signed the deal.") if "patronal" in f.message]
    assert f.code == FF and "employers" in f.message
