"""Machine-translation grammar by class (issue 16): a preposition a word governs, articles,
connectives, counting and word order; then Romance reflexive event verbs, a present-tense
reporting verb inverted after the reported clause, an adverb between a verb and its object,
"each year" + a comparative, a verb that needs "to" without it, and smaller calques of
frames, each with the rule that owns it. Each class fires in several wordings and stays
quiet on native English using the same words, on quotes and on code."""

from __future__ import annotations

import pytest


FIRES = {
    # a preposition carried over from the source language
    "consist in + a count": [
        "The board consists in eleven directors.",
        "Our crew consisted in several retired sailors.",
    ],
    "composed by + members": [
        "The tribunal is composed by five judges.",
        "A council integrated by mayors of the region will advise him.",
    ],
    "aim / prepare to + noun": [
        "The scheme aims to a cleaner river by 2030.",
        "The reforms aim to zero emissions in transport.",
        "Athletes are preparing to the Olympics in a mountain camp.",
        "The town prepares to the storm by sandbagging shops.",
    ],
    "at / in the radio, on the television": [
        "The coach admitted at the radio that the team was tired.",
        "The senator will appear in the television tonight.",
        "The governor confirmed on the television that schools would close.",
    ],
    "famous of, complain for": [
        "The port is world famous of its oysters.",
        "Tenants complain for the cold in the flats.",
    ],
    # articles
    "the both": ["The both candidates refused to debate.", "Leaders of the both countries met in Oslo."],
    "a profession without 'a'": [
        "His mother is teacher in a village school.",
        "After the war he became journalist for a Lisbon daily.",
        "The suspect, who was soldier until 2019, was arrested.",
    ],
    "signed agreement": [
        "The province signed agreement with two Chinese investors.",
        "The club inked contract with the striker on Monday.",
    ],
    # connectives and word order
    "according + another preposition": [
        "According with the police, the driver fled.",
        "Turnout was low, according from local observers.",
        "According the mayor, the bridge will reopen.",
    ],
    "a compound preposition with its last word swapped": [
        "The fund acts on behalf among small savers.",
        "Rents are capped in accordance of the new law.",
        "The flights were cancelled due toward the strike.",
        "Shops cut prices into order to draw buyers.",
    ],
    "statistics + adjective after": ["According to the statistics incomplete, 90 shops were looted."],
    "the problem principal": [
        "The reason principal for the delay is the weather.",
        "Their concern principal was the price of bread.",
    ],
    # counting
    "uncountable plurals after a determiner": [
        "Prosecutors presented new evidences to the judge.",
        "Recent researches suggest the drug is safe.",
        "The app collected numerous feedbacks from drivers.",
    ],
    "many with a mass noun, much with a plural": [
        "The hail caused many damage to the vineyards.",
        "There was much people in the square.",
        "Too much cars enter the old town every day.",
    ],
    "a news": ["The rescue was a welcome news for the families.", "It is a bad news for exporters."],
    # article sound
    # verbs and nouns carried over with their source frame
    "make N victims": ["The floods have made eleven victims in the valley.", "Yesterday's blast made several dead."],
    "proceed to the arrest of": ["Customs proceeded to the confiscation of 40 kilos.", "The army proceeded to the evacuation of the port."],
    "demand to someone to": ["Nurses demanded to the director to hire more staff."],
    "victim of without 'the'": ["The bank was victim of a cyber attack.", "Thousands fell victim of the fraud."],
    "assure / defend that": ["The club assured that the stadium is safe.", "The senator defended that the law was fair."],
    "more of + number": ["Less of 10 percent of the budget went to schools.", "Fewer of 90 boats left port."],
    "the next Monday,": ["The coming Sunday, voters go to the polls."],
    "deads": ["Rescuers found three deads at the scene."],
    "passive agent with 'from'": ["The suspect was questioned from the prosecutor for hours.", "The treaty was signed from the president in May."],
    "became N years old": ["The queen became 90 years old in April."],
    "count grew up to": ["The tally of arrests rose up to 400 by Sunday."],
    "on the photo": ["On the picture, the minister holds a trophy.", "The driver is visible on the photo next to the van."],
    "in the frames of": ["Within the frames of the summit, leaders toured the port."],
    "sentenced at N years": ["The smuggler was sentenced at nine years."],
    "decide of": ["Judges will decide of the case next month."],
    "in train of": ["The company is in train of selling its stake."],
    "perfect with a finished time first": ["The ministry has yesterday published the figures."],
    "it has been N days that": ["It has been three weeks that the pumps are broken."],
    "estimated in N the number": ["Police estimated in 2,000 the number of fans."],
    "one of the + superlative + singular": ["Venice is one of the most visited city in Italy.", "He was one of the richest man of his era."],
    "between the injured": ["Between the detainees are two journalists."],
    "personal 'a'": ["The fire affected to dozens of homes.", "The pope visited to the survivors."],
    "of which for people": ["Eleven miners were rescued, of which two were hurt."],
    "declared to the press": ["The striker declared to the radio that he was happy."],
    "How the police said,": ["How the embassy confirmed, two citizens were held."],
    "said about the need": ["The premier said about the importance of exports."],
    "informed about without an object": ["The city informed about new parking fees."],
    "on the next week": ["Results will be published on the next month."],
    "comment without 'on'": ["The embassy refused to comment the arrest."],
    "person-times": ["Museums recorded 90,000 person-times in May."],
    "it is learned that": ["It is learned that two mines have closed."],
    "it was registered N": ["It was confirmed 12 deaths on Sunday."],
    "called the population to": ["The governor called the public to save water."],
    "cancelled for the rain": ["The parade was cancelled for the wind."],
    ", that happened": ["Investigators examined the blast, that killed four."],
    "at Sunday": ["The talks ended at Friday night."],
    "taken at the hospital": ["The skier was airlifted at the hospital in Bern."],
    "a man of N years": ["A pensioner of 84 years was robbed at home."],
    "has known a strong increase": ["Rents have known a spectacular rise in Lisbon."],
    "several hundreds of": ["A few hundreds of fans waited at the gate.", "Five thousands of homes lost power."],
    "gave positive": ["The boxer gave positive after the bout."],
    "it is foreseen that": ["It is foreseen that the dam will be finished in 2027."],
    "arrested by presumed": ["The notary was investigated for presumed forgery."],
    "police go out from": ["Prosecutors are going out from a targeted attack."],
    "had N minutes delay": ["The ferry had two hours delay because of fog."],
    "the toll raised to": ["The count of missing raised to 31."],
    "arrive to + amount": ["Debts arrived to 2 million euros."],
    "to date to be defined": ["The concert is moved to date to be confirmed."],
    "at the kilometre 40": ["Traffic stopped on the kilometre 9 of the ring road."],
    "went back by N%": ["Sales went back by 3% in June.", "Car sales augmented of 4% in March."],
    "hit from a car": ["The child was knocked_down from a van.".replace("_", " ")],
    "in the night to Monday": ["The statue was stolen during the night to Sunday."],
    "no casualties were caused": ["The roof fell in but no injuries were caused."],
    "be + a verb that takes no object": ["Two climbers were died on the ridge.", "The collision was occurred at noon."],
    "it became known that": ["It became known that the mine would close."],
    "caused 3 houses collapsed": ["The quake caused 12 schools damaged in the valley."],
    "at the first time": ["Medics reached the injured at the first time."],
    "such as ... and so on": ["Goods such as steel, grain and so on were taxed."],
    "fronted place + took place": ["At the cathedral was held a funeral mass."],
    "Since Monday are the schools": ["Since Friday are the roads blocked by snow."],
    "It was inaugurated the": ["It was unveiled a statue of the poet."],
    "operated of": ["The striker was operated of the knee."],
    "the match of yesterday": ["The storm of yesterday cut power to 10,000 homes."],
    "is graduated in": ["He is graduated in law from Bologna."],
    "made the object of": ["The decision made the object of an appeal."],
    "put in examination": ["Two officers were placed under examination."],
    "aged of": ["A hiker aged of 61 was rescued."],
    "it is the first time that + present": ["It is the first time that the port hosts a summit."],
    "caused that": ["The strike caused that the trains stopped."],
    "without to + verb": ["The board resigned without to explain why."],
    "said to be + adjective": ["The striker said to be happy in Madrid."],
    "asked to someone": ["The police asked to the public for help."],
    "at the height of the exit": ["Traffic stopped at the height of the junction 4."],
    "with the joint efforts of": ["Through the concerted efforts of villagers, the dyke held."],
    "the injured is": ["The wounded was flown to Kyiv."],
    "ordered to + verb with no object": ["The court ordered to free the two activists."],
    "named at the head of": ["He was appointed at the head of the police."],
    "remains admitted, in serious state": ["The boy stays admitted in Seville.", "One worker is in critical state."],
    "an before a stressed h, an UN, a 8%": [
        "Workers built an huge dam.",
        "The patient was taken to an hospital in Lyon.",
        "She was named an UN envoy.",
        "Tariffs brought a 8% rise in prices.",
    ],
}

# The classes below name the rule that owns them: Romance reflexive event verbs, a
# present-tense reporting verb inverted after the reported clause, an adverb between a verb
# and its object, "each year" + a comparative, a verb that needs "to" without it, and
# smaller calques of frames.
FIRES_BY_RULE = {
    "reflexive event verb": ("GRB017", [
        "A fire declared itself on the third floor of the hotel.",
        "The accident produced itself at the entrance to the tunnel.",
        "Two further cases verified themselves in the same school.",
        "A rise in burglaries registered itself during the summer.",
        "The transfer of power realised itself without incident.",
        "Heavy storms verified themselves along the northern coast.",
        "A blaze declared itself.",
    ]),
    "rendered himself to a place": ("GRB017", [
        "The president rendered himself to the flooded district on Sunday.",
        "The two envoys rendered themselves in Geneva for the talks.",
    ]),
    "inverted present reporting verb": ("GRB017", [
        "Bookings are up by a third, estimates the director of the tourist board.",
        "The dam is not at risk, affirms the regional governor.",
        "The tunnel will stay shut, reassures the regional transport authority.",
        "The pool stays closed until June, indicates the city hall.",
        "The fire started in the kitchen, specifies the coroner.",
        "Nobody had a permit, explains the head of the local police.",
        "The strike will go on until Friday, indicates the union.",
        "Prices will stay high all winter, underlines the study of the institute.",
        "The vote is postponed, specifies the spokeswoman of the council.",
    ]),
    "adverb between verb and object": ("GRB017", [
        "The fires have destroyed already 800 homes.",
        "The ministry has closed temporarily the two border posts.",
        "The airline cancelled also the evening flights.",
        "The ban will be extended also to electric scooters.",
        "The senate has adopted finally the pension bill.",
        "Divers recovered finally the wreck of the trawler.",
        "The insurer has refunded already half of the claims.",
        "The ban applies also to private jets.",
    ]),
    "each year + comparative after a copula": ("GRB017", [
        "The winters are each year milder and shorter, and the glacier is each year smaller.",
        "Getting a doctor's appointment is every week more difficult.",
        "Train tickets become each year dearer.",
        "The heatwaves will be each decade longer.",
    ]),
    "a verb that needs 'to' without it": ("GRB019", [
        "The mayor refused answer the question.",
        "Both drivers failed stop at the red light.",
        "The government decided raise the minimum wage.",
        "Villagers agreed rebuild the school together.",
        "The pilot managed land the plane on a field.",
        "Police tried stop the car at a checkpoint.",
        "The family wanted return to the village.",
        "The club wants keep its coach.",
        "The company refuses pay any compensation.",
        "The two leaders agreed talk again next month.",
    ]),
    "amounts up to": ("GRB017", [
        "The bill for repairs amounts up to 40,000 pounds.",
        "The fine amounted up to a year's salary.",
    ]),
    "alarm that (warn that)": ("GRB017", [
        "Ecologists alarm that the lake is drying up.",
        "Teachers alarmed that classes were too big.",
    ]),
    # the false-friend lexicon's entry (GRB008) reports it
    "the president of the town (mayor)": ("GRB008", [
        "The president of the city signed the decree on Monday.",
        "He met the president of the municipality, who asked for help.",
    ]),
    # one finding per slip: the false-friend lexicon's entry (GRB008) reports some of them
    "on the session (at)": (("GRB017", "GRB008"), [
        "The new statute was approved on the session of the regional assembly.",
        "The minister said on the conference that the tax would go.",
    ]),
    "the norm was exceeded (limit)": ("GRB017", [
        "The norm for nitrogen dioxide was exceeded twice last week.",
        "Arsenic in the well water exceeded the sanitary norm by ten times.",
        "The norm for lead was not exceeded at any station.",
    ]),
    "Eventually, + a possibility (possibly)": ("GRB017", [
        "Eventually, the hospital could also take patients from the north.",
        "Eventually, small firms may be entitled to a refund.",
    ]),
}

QUIET = [
    "The board consists of eleven directors.",
    "Good policing consists in knowing the streets.",
    "The anthem was composed by two brothers.",
    "The scheme aims to clean the river by 2030.",
    "The defender aimed to the top corner and missed.",
    "Athletes are preparing for the Olympics in a mountain camp.",
    "He is prepared to the last detail.",
    "The coach admitted on the radio that the team was tired.",
    "She works at the radio station in Cork.",
    "He threw a shoe at the television.",
    "The port is famous for its oysters.",
    "The most famous of the oysters come from here.",
    "Tenants complained for the first time in March.",
    "Both candidates refused to debate.",
    "She thanked the both of them.",
    "His mother is a teacher in a village school.",
    "She became prime minister in 2015.",
    "He is professor of law at Leeds.",
    "The province signed an agreement with two Chinese investors.",
    "A signed agreement with the club was leaked.",
    "The two sides reached agreement on prices.",
    "According to the police, the driver fled.",
    "According to incomplete statistics, 90 shops were looted.",
    "The fund acts on behalf of small savers.",
    "The study was run in partnership between two universities.",
    "Rent is due on the first of the month.",
    "Thanks in part to the rain, the fire died down.",
    "Instead of waiting, she left.",
    "The main reason for the delay is the weather.",
    "The school principal was praised.",
    "Prosecutors presented new evidence to the judge.",
    "His researches into tides were published in 1880.",
    "As the illness progresses, he sleeps more.",
    "The hail caused much damage to the vineyards.",
    "Many damage claims were refused.",
    "How much people pay depends on income.",
    "It is bad news for exporters.",
    "Reporters left the news conference early.",
    "It was a good news day for the government.",
    "It was an historic vote held in an hotel.",
    "An honest man and an heir to the estate.",
    "She has an Hermès bag.",
    "A UN envoy and an 80% share.",
    "An 18% rise and a 180-page report.",
    "The floods killed eleven people in the valley.",
    "The scandal made victims of thousands of savers.",
    "The army proceeded with the evacuation.",
    "The MPs proceeded to a second vote.",
    "Nurses demanded to know why the ward closed.",
    "The bank was the victim of a cyber attack.",
    "Thousands fell victim to the fraud.",
    "Savers are victims of the crash.",
    "The club assured fans that the stadium is safe.",
    "Fans were assured that the stadium is safe.",
    "The senator defended that vote for hours.",
    "Two more of the 90 boats left port.",
    "More of the 90 boats left port than expected.",
    "The next Sunday brought rain.",
    "Rescuers found three dead at the scene.",
    "The suspect was released from the police station.",
    "He was dismissed from the army in 1999.",
    "The queen turned 90 in April.",
    "The plants grew up to two metres.",
    "In the picture, the minister holds a trophy.",
    "He commented on the photo of the van.",
    "The smuggler faces a sentence of nine years.",
    "He was sentenced at 22, released at 30.",
    "Judges will decide on the case next month.",
    "They met in the train to Milan.",
    "The ministry published the figures yesterday.",
    "Police estimated the crowd at 2,000.",
    "Venice is one of the most visited in Italy.",
    "He was one of the richest men of his era.",
    "Spyware is one of the biggest nuisance and security threats.",
    "Among the detainees are two journalists.",
    "The fire affected dozens of homes.",
    "Residents were affected to varying degrees.",
    "His visits to the survivors were moving.",
    "Eleven boats were damaged, of which two sank.",
    "The king declared to parliament that war had begun.",
    "As the embassy confirmed, two citizens were held.",
    "What he said about the importance of exports was vague.",
    "Drivers were informed about new parking fees.",
    "Results will be published next month.",
    "The embassy declined to comment on the arrest.",
    "Critics seized on comments the minister made.",
    "\"We are ready,\" commented the coach.",
    "It is known that two mines have closed.",
    "The governor called on the public to save water.",
    "The bar closed for the night.",
    "Kansas, that left him cold, was his home.",
    "The talks ended on Friday night.",
    "The family met at Sunday lunch.",
    "Photos taken at the hospital were leaked.",
    "A veteran of 30 years retired.",
    "The city has never known a boom like it.",
    "Hundreds of fans waited at the gate.",
    "Tens of thousands of homes lost power.",
    "The coach gave positive feedback.",
    "Nobody had foreseen that the dam would fail.",
    "The notary was arrested for alleged forgery.",
    "Police went out from the station at dawn.",
    "The ferry had a two-hour delay.",
    "The rate was raised to 4%.",
    "The ferry arrived at 9 in the morning.",
    "The concert was moved to a date to be confirmed.",
    "Traffic stopped 9 km from the ring road.",
    "He went back to Spain in May.",
    "Shots were fired from a van.",
    "No injuries were reported.",
    "The design was appeared to be flawed.",
    "The area became known as the Docks.",
    "That said, she is working on a film.",
    "The governor said, however, that they would rebuild.",
    "The quake caused 12 damaged schools to close.",
    "They won at the first time of asking.",
    "Goods such as steel and grain were taxed.",
    "Since when are the roads blocked?",
    "It was unveiled the following year.",
    "Flights are operated from Lyon.",
    "The events of yesterday cut power.",
    "The vase was the object of admiration.",
    "It is the second time the port has hosted a summit.",
    "What caused that strike is unclear.",
    "Many stop by to buy bread.",
    "The striker is said to be happy in Madrid.",
    "She was asked to the dance.",
    "Prices peaked at the height of the crisis.",
    "The concerted efforts of villagers held the dyke.",
    "The wounded were flown to Kyiv.",
    "The court ordered the release of the two activists.",
    "Court orders to free them were ignored.",
    "He was placed at the head of the queue.",
    "The boy is in stable condition.",
    # reflexive verbs in their English senses
    "The company declared itself bankrupt last year.",
    "The province declared itself independent in 1991.",
    "The party declared itself in favour of the treaty.",
    "An opportunity presented itself when the rival pulled out.",
    "The disease manifested itself in the second week.",
    "The firm registered itself in Delaware in 2010.",
    "He rendered himself unpopular with his remarks.",
    "The suspect surrendered himself to the police.",
    # reporting verbs: the past inversion, "says", the subject first, a list of verbs
    "Bookings are up by a third, said the director of the tourist board.",
    "The risk is growing, says the report.",
    "Bookings are up by a third, the director explained.",
    "The study lists the causes, estimates the cost and proposes remedies.",
    "The report, which lists the causes, estimates the cost.",
    "The same rule also applies to private jets.",
    "Planned work on the line was cancelled.",
    "Why did nobody have a permit? asks the report.",
    "The phones weigh 9,000 tonnes, estimates Jan Nowak, an adviser to the forum.",
    "What this is really about, believes Mr Lamb, is money.",
    "Most buyers shop online, reports the trade association.",
    "More importantly, argues the study, prices are falling.",
    # adverbs in their native place
    "The fires have already destroyed 800 homes.",
    "The airline also cancelled the evening flights.",
    "The ban will also be extended to electric scooters.",
    "They met again the next day.",
    "Analysts had warned recently that the airline might fail.",
    "The senate finally adopted the pension bill.",
    # each year / every day without a comparative after a copula
    "The winters get milder each year.",
    "Each year more tourists come to the island.",
    "There are each year more than 200 fires in the park.",
    "It is every bit as hard as it looks.",
    # bare infinitives that English takes
    "Volunteers helped build the new school.",
    "Parents helped paint the classrooms.",
    "The coach made the players run laps.",
    "Police let the crowd pass.",
    "Witnesses saw the car hit the wall.",
    "Nobody dared say a word.",
    "The planned visit the minister announced was cancelled.",
    "Title hopes take a knock after the defeat.",
    "The court refused leave to appeal.",
    "The agency offered help the next day.",
    "Britain's most wanted man the police are hunting was seen in Leeds.",
    # smaller frames in their English senses
    "The damage amounts to two million euros.",
    "The alarm that sounded at noon was a drill.",
    "Neighbours raised the alarm that the shed was on fire.",
    "Residents were alarmed that the river had risen.",
    "The president of the chamber of commerce opened the fair.",
    "The president of the city council called a vote.",
    "The minister commented on the meeting.",
    "Reporters briefed on the conference call said little.",
    "The limit for nitrogen dioxide was exceeded twice.",
    "Social norms were broken by the pandemic.",
    "Eventually, the talks collapsed.",
    "Eventually, the two sides could agree on nothing.",
    "Eventually, he may come to regret it.",
    "The company will eventually close the plant.",
]


@pytest.mark.parametrize("kind", sorted(FIRES))
def test_each_class_fires_in_several_wordings(garbled, kind):
    missed = [t for t in FIRES[kind] if not garbled.codes(t)]
    assert not missed, missed


@pytest.mark.parametrize("kind", sorted(FIRES_BY_RULE))
def test_each_class_fires_by_its_rule_in_several_wordings(garbled, kind):
    code, texts = FIRES_BY_RULE[kind]
    codes = set(code) if isinstance(code, tuple) else {code}
    missed = [t for t in texts if not codes & set(garbled.codes(t))]
    assert not missed, missed


@pytest.mark.parametrize("text", QUIET)
def test_native_english_stays_quiet(garbled, text):
    assert garbled.codes(text) == []


def test_quotes_and_code_stay_quiet(linter):
    text = (
        '"The board consists in eleven directors," the chairman wrote.\n\n'
        "> According with the police, there was much people in the square.\n\n"
        "```\nan huge = the both + a news\n```\n\n"
        "The senator said the board consists in eleven directors.\n"
    )
    found = [(f.code, f.line) for f in linter.lint(text, select=["garbled"])]
    assert found == [("GRB017", 9)]


def test_quoted_and_code_reflexives_and_bare_verbs_stay_quiet(linter):
    text = (
        '"A fire declared itself in the barn," the farmer wrote.\n\n'
        "> The mayor refused answer the question, indicates the prefecture.\n\n"
        "```\nthe norm for x was exceeded; failed attend\n```\n\n"
        "The farmer wrote that a fire had declared itself in the barn.\n"
    )
    found = [(f.code, f.line) for f in linter.lint(text, select=["garbled"])]
    assert found == [("GRB017", 9)]
