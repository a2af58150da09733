"""Garbled lexicons: sound-alikes in inflected forms and false friends used
in their source-language sense, each written at the level of the lemma and of the
construction that betrays it. Each kind fires in wordings other than its lexicon
examples, by the rule that owns the lexicon (GRB008 false friends, GRB018 eggcorns); the
English word in its own sense, quotations and code stay quiet. Sentences written for
these tests."""

from __future__ import annotations

import pytest

FF, EGG = "GRB008", "GRB018"

FIRES = {
    # pedal for peddle, with a thing said or sold as the object
    "peddle": (EGG, [
        "Rogue traders are pedalling bogus insurance to pensioners.",
        "The website pedalled the tired myth that vaccines cause autism.",
    ]),
    # sort for sought
    "sought": (EGG, [
        "The charity had sort assurances from the minister.",
        "Both parties have sort to distance themselves from the row.",
        "Hundreds sort shelter in the cathedral during the storm.",
    ]),
    # there for their, money into one's own pockets
    "their-pockets": (EGG, [
        "Directors were accused of lining there pockets with bonuses.",
        "The scheme swelled there coffers by millions.",
    ]),
    # incredulous said of a claim
    "incredulous": (EGG, [
        "The inspectors found his version of events incredulous.",
        "Her defence, the magistrate said, was simply incredulous.",
        "He offered an incredulous explanation for the missing cash.",
    ]),
    # conversation area for conservation area
    "conservation-area": (EGG, [
        "The terrace lies within the Millbrook conversation area, so the windows must stay.",
        "Residents want conversation area status for the old harbour streets.",
    ]),
    # pretend (intend) + a public act
    "pretend-intend": (FF, [
        "The ministry pretends to suspend the tolls during the holidays.",
        "The city council pretends to designate the old docks a protected zone.",
    ]),
    # eventually (possibly) opening a sentence, present modal
    "eventually-possibly": (FF, [
        "Eventually the ferry can be cancelled if the wind picks up.",
        "Eventually the tunnel can flood, the engineers said.",
    ]),
    # become (get) + a sum of money
    "become-get": (FF, [
        "Carers will become from April 30 euros more a week.",
        "Under the deal employees become about 2,000 crowns extra a year.",
    ]),
    # Japanese manshon: an apartment building
    "mansion": (FF, [
        "Police searched a room on the 11th floor of a mansion in Shinjuku.",
        "The 20-storey mansion swayed for almost a minute.",
    ]),
    # Japanese konsento: a power socket
    "consent-socket": (FF, [
        "Shelters ran extension leads from one consent so that evacuees could charge phones.",
        "The kettle tripped when it was plugged into a wall consent.",
    ]),
    # Portuguese operacionais, meios aéreos; dado como dominado
    "operationals-aerial-means": (FF, [
        "Some 250 operationals and eight aerial means were still at the scene.",
        "The fire in the hills was given as extinguished on Monday night.",
    ]),
    # Spanish/Portuguese realizar in the passive; vecinos evacuados
    "realised-passive": (FF, [
        "The inspection of the tunnel was realised on Sunday.",
        "Nearly 600 evacuated neighbours slept in the town's pavilion.",
    ]),
    # Japanese katakana words: tarento, rifomu, kanningu, gasorin sutando, raifurain, kura
    "japanese-katakana": (FF, [
        "Variety talent Mika Endo joined the relief concert.",
        "A bathroom reform cost the family 800,000 yen.",
        "Three pupils admitted cunning in the maths exam.",
        "Long queues formed at gasoline stands on the coast road.",
        "Lifelines including power and water were cut in the quake zone.",
        "Doctors said many heatstroke victims had no cooler in their homes.",
    ]),
    # Portuguese and Spanish fire copy: dominado, reactivaciones
    "fire-dominated": (FF, [
        "The wildfire was declared dominated on Thursday morning.",
        "Crews fought two reactivations of the blaze overnight.",
    ]),
    # German: Raten, Stadium, Kaution, Provision
    "german-false-friends": (FF, [
        "Buyers can spread the cost of the heat pump in 36 monthly rates.",
        "The new drug is in an early stadium of testing.",
        "Students renting a flat must transfer the caution before moving in.",
        "The seller charged a provision of 5% on the sale.",
    ]),
    # it's in a verb's idiom; pored for poured; wrecked for racked; a stray for astray
    "sound-alike-idioms": (EGG, [
        "The market has found it's feet again.",
        "Donors pored money into the appeal.",
        "The defender was wrecked with pain after the tackle.",
        "The parcels went a stray over Christmas.",
    ]),
    # German Rente, Kritik, Meinung, Termin
    "german-pension-copy": (FF, [
        "Unions oppose raising the rent age for workers born after 1970, the pension commission heard.",
        "The opposition drew harsh critic for its pension plan.",
        "Most retirees are of the meaning that the reform is unfair.",
        "Patients now wait six weeks for a term at the GP.",
    ]),
    # Japanese katakana nouns; Spanish brigadistas
    "katakana-nouns-brigadists": (FF, [
        "The theatre hired two guardmen for the festival.",
        "Fans queued outside the live house before the gig.",
        "Nearly 150 brigadists were sent to the burning hills.",
    ]),
    # native slips by sound: flout/flaunt, wain, lose, discretely, precede, it's after a preposition
    "native-slips": (EGG, [
        "Footballers flouted their medals on the open-top bus.",
        "Enthusiasm for the scheme began to wain by the summer.",
        "The ferry line made a heavy lose last winter.",
        "Staff were discretely warned about the cuts.",
        "The council must precede with caution.",
        "The charity thanked all of it's volunteers.",
    ]),
    # Spanish, Portuguese and Italian accident, court and strike copy
    "romance-news-calques": (FF, [
        "A cyclist resulted badly hurt after the fall.",
        "The snowfall provoked delays on every line.",
        "The two trains collided frontally outside the station.",
        "The body of the hiker presented head injuries.",
        "The walkout had a follow-up of 70% at the ports.",
        "Turnout in the autarchic elections fell to 51%.",
        "Migrants queued outside the questura for permits.",
        "The court ordinated the seizure of the villa.",
        "The bank, with 900 dependents in the city, is closing branches.",
        "The prize was awarded in presence of the king.",
        "Officials opened the urns after the polls closed.",
        "The trial will be celebrated in March in Seville.",
        "The regional counsellor of Education defended the cuts.",
    ]),
    # homophones: they're, whose, affected, principle, compliment/complement, threw, efforts, passed
    "homophones": (EGG, [
        "Teachers insist there refusing to cover the extra classes.",
        "Supporters said their proud of the team.",
        "The driver, who's licence had expired, was fined.",
        "The worst effected homes are near the river.",
        "For the mayor it was a matter of principal.",
        "The coach complemented the players on their response.",
        "Colours were chosen to compliment the surroundings.",
        "The referee through out the appeal.",
        "Recent affords to cut waiting lists have stalled.",
        "The charity has past the halfway mark of its appeal.",
        "The airline will rethink it's pricing strategy and cut it's fees.",
    ]),
    # Russian, Ukrainian and Polish emergency copy; Korean and Japanese officialese
    "emergency-copy": (FF, [
        "Four workers appealed for medical help after inhaling smoke.",
        "Firefighters localized the fire at 3am.",
        "Police opened a case over the fact of the theft.",
        "The explosion happened on the territory of the depot.",
        "Police arrived at the place of the incident within minutes.",
        "Abandoned vans were evacuated to a car pound.",
        "Some 45 units of heavy equipment joined the clearing of the rubble.",
        "The agency will positively consider extending the subsidy.",
    ]),
    # French and Italian local-government and emergency copy
    "french-italian-copy": (FF, [
        "A coach company will assure the transport of the pupils.",
        "Museums reported a massive affluence during the holidays.",
        "The prefect engaged a procedure to close the camp.",
        "The tenants were relodged in a hotel.",
        "The driver was taken in absolute emergency to Lyon.",
        "Unions proclaimed a day of action for Thursday.",
        "The management of the port was confided to a new director.",
    ]),
    # disrepute for disrepair, with a degree word
    "disrepute": (EGG, [
        "The chapel had fallen into complete disrepute and the roof let in the rain.",
    ]),
}

QUIET = [
    "The courier pedalled across the city with the parcels.",
    "Riders pedalled the final stretch in heavy rain.",
    "Inspectors have sort of conceded the point.",
    "Banks have sort codes of six digits.",
    "Ask which sort to buy before you go.",
    "There are pockets of deprivation across the county.",
    "They left their coats there and walked on.",
    "The referee looked incredulous at the decision.",
    "The claim left investors incredulous.",
    "Staff were incredulous at the size of the bill.",
    "The lounge has a conversation area with two sofas.",
    "The charity protects the conservation area along the canal.",
    "The town's conversation about parking went on for months.",
    "Children pretend to be pirates in the playground.",
    "The government only pretends to regulate the landlords.",
    "He pretended to declare the match over and the crowd laughed.",
    "She eventually agreed to testify.",
    "Eventually the ferry was cancelled.",
    "Eventually, he may come to regret it.",
    "Eventually you can see the lake from the path.",
    "The fare becomes £2 from Monday.",
    "Workers become eligible for a bonus of 500 euros after a year.",
    "Pupils who become 16 this year can leave.",
    "The bill will become law next month.",
    "The four-storey mansion overlooks the bay.",
    "The mansion was split into nine flats in 1970.",
    "Patients gave their consent before the phone interview.",
    "The board refused consent for the power line.",
    "Operational costs fell by 3%.",
    "The airport is operational again.",
    "The area was mapped by aerial means in the 1950s.",
    "The cause was given as heart failure.",
    "His age was given as 29.",
    "The project was realised in 2012 by a local studio.",
    "Savings were realised within a year.",
    "Our evacuated neighbours stayed with us for a week.",
    "The sport fell into complete disrepute after the scandal.",
    "The castle fell into disrepair and the roof let in the rain.",
    "She is a natural talent, the coach said.",
    "The talent agency signed three singers.",
    "Ministers plan to reform the benefits system.",
    "The chess player was admired for his cunning.",
    "Petrol stands at a record high.",
    "The grant was a lifeline for the theatre.",
    "Nights will be cooler next week.",
    "Keep drinks in a cooler during the heatwave.",
    "The debate was dominated by the cost of the fire service.",
    "Interest rates were cut in June.",
    "The stadium was full for the final.",
    "Investors should treat the forecast with caution.",
    "The bank set aside provisions for bad loans.",
    "It's staff who keep the trains running.",
    "The market has found its feet again.",
    "The historian pored over the letters.",
    "The storm wrecked the harbour wall.",
    "Volunteers took in a stray.",
    "Rent levels in the city rose by 8% for tenants.",
    "Pensioners can no longer afford the rent on their flats.",
    "He is a long-standing critic of the pension system.",
    "The critic gave the play three stars.",
    "The meaning of the ruling is disputed.",
    "Her second term at the ministry ended in June.",
    "A security guard was injured when the barrier fell.",
    "The baby car seat was recalled.",
    "The International Brigades remembered their brigadists in Madrid.",
    "Bars flouted the curfew all summer.",
    "Constable painted The Hay Wain in 1821.",
    "Win or lose, the club stays up.",
    "The readings are taken discretely, one per hour.",
    "A short film preceded the debate.",
    "The more you read into it, it's plain the plan fails.",
    "What's in it for the taxpayer?",
    "The fall resulted in a broken wrist.",
    "The remarks provoked fury among fans.",
    "She presented the report to the board.",
    "Doctors arranged a follow-up of the patients after a year.",
    "Spain under Franco aimed at autarchy, a self-sufficient economy.",
    "Families claimed for their dependents on the form.",
    "The dye changes colour in presence of acid.",
    "The urn held the ashes of her grandfather.",
    "The town celebrated the anniversary of the battle.",
    "The school counsellor spoke to the pupils.",
    "Will there be another vote?",
    "Workers there earn more than the national average.",
    "Their delighted grandchildren ran to the gate.",
    "Who's paying for the repairs?",
    "The deal was effected through a shell company.",
    "The head teacher's principal concern is safety.",
    "Guests were given complimentary tickets.",
    "The two plans complement each other.",
    "The road runs through the village.",
    "The loft affords a view of the hills.",
    "The deadline has passed.",
    "He said it's policy to search every bag.",
    "The mayor appealed for calm after the fire.",
    "Most people turn to their GP first.",
    "Heavy showers may bring localised flooding.",
    "The fact of his resignation surprised no one.",
    "Troops crossed into the territory of the neighbouring state.",
    "She won first place at the show.",
    "Drivers were evacuated from their cars as the water rose.",
    "The ward received new units of equipment.",
    "The council assured residents that the water was safe.",
    "The town's affluence grew with the port.",
    "The firm engaged a consultant for the review.",
    "She confided to a friend that she was scared.",
    "The balance of power has shifted.",
    "The queen proclaimed a public holiday.",
]


CASES = [(kind, code, text) for kind, (code, texts) in FIRES.items() for text in texts]


@pytest.mark.parametrize("kind,code,text", CASES, ids=[f"{k}-{t[:30]}" for k, _, t in CASES])
def test_each_kind_fires_in_fresh_words_by_one_rule(garbled, kind, code, text):
    codes = [f.code for f in garbled(text, ignore="GRB001")]
    assert code in codes, (kind, codes)


@pytest.mark.parametrize("text", QUIET, ids=lambda t: t[:40])
def test_native_phrasing_and_own_senses_are_quiet(garbled, text):
    assert [(f.code, f.message) for f in garbled(text, ignore="GRB001")] == []


def test_quoted_words_stay_quiet(garbled):
    text = (
        '"The ministry pretends to suspend the tolls," the notice said.\n\n'
        '"Eventually the ferry can be cancelled if the wind picks up," she said.\n\n'
        "The ministry pretends to suspend the tolls.\n"
    )
    assert [(f.code, f.line) for f in garbled(text, ignore="GRB001")] == [(FF, 5)]


def test_code_blocks_stay_quiet(linter):
    text = (
        "The script is below.\n\n"
        "```\n"
        "# operationals and aerial means: lining there pockets in the conversation area\n"
        "mansion = consent_was_not_working(12)\n"
        "```\n"
    )
    assert linter.lint(text, select=["garbled"], path="draft.md") == []


def test_the_finding_names_the_english_word(garbled):
    [f] = garbled("About 300 operationals fought the fire.", ignore="GRB001")
    assert f.code == FF and "firefighters" in f.message
