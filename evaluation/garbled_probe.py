"""A probe of the garbled rules on sentences written for it (MIT, lintnews's own writing).

News sentences translated badly from French, Spanish, Italian, Portuguese, German,
Chinese and Russian, English eggcorns, and clean English news prose that uses the same
words correctly. None comes from the devset, a test set or a corpus: they were written to
ask whether a rule catches the *kind* of mistake in words it was not written from.

Batches:

- ``probe``: written before the generalising work of this round, and read while doing
  it (a development probe: its numbers are an upper bound);
- ``fresh``: written after that work was done and never tuned on (the honest figure);
- ``wide``: written before the classes were widened (kinds the blind drafts missed);
- ``wide2``: written after that widening, in other words, run once before any change;
- ``mech``: written before the mechanisms round (governed prepositions, articles,
  correlatives, agreement, false friends by frame, eggcorns by lemma), grouped by
  mechanism; its first run on the code before that round is recorded in the page.

A garbled sentence counts as found when any garbled (GRB) finding is in it; a clean one
flagged is a false alarm.

    python evaluation/garbled_probe.py [--batch probe|fresh|wide|wide2|mech|all] [--by-kind] [--misses] [--alarms]
"""

from __future__ import annotations

import argparse
import collections

from common import Runner, table

# (language, class, sentence): garbled sentences. Languages: fr es it pt de zh ru en
# (English eggcorns and native slips); the class names the kind of mistake.
PROBE_GARBLED = [
    # French
    ("fr", "false friend", "The unions called a manifestation in front of the prefecture on Saturday."),
    ("fr", "false friend", "Eventually, the ministry might extend the scheme to small farms."),
    ("fr", "false friend", "The syndicates of teachers rejected the offer on Thursday."),
    ("fr", "false friend", "The group realised a benefit of 40 million euros in the first half."),
    ("fr", "false friend", "She was nominated president of the regional court last week."),
    ("fr", "false friend", "The formation of the new recruits lasts six months."),
    ("fr", "false friend", "The concurrence of Chinese producers has hurt the local mills."),
    ("fr", "false friend", "The government has taken the engagement to cut emissions by half."),
    ("fr", "false friend", "Pensions remain a very sensible subject for the majority."),
    ("fr", "false friend", "Gendarmes multiplied the controls on the roads during the long weekend."),
    ("fr", "false friend", "The prefect prevented the mayors that the river could burst its banks."),
    ("fr", "verb complement", "The strike risks to paralyse the airports until Sunday."),
    ("fr", "verb complement", "The director has accepted to resign at the end of the month."),
    ("fr", "verb complement", "The company has renounced to its plan for a second factory."),
    ("fr", "verb complement", "The minister insisted to meet the families in person."),
    ("fr", "verb complement", "The firm wants to avoid to pay the fine."),
    ("fr", "postposed adjective", "The talks are at a point dead after the third meeting."),
    ("fr", "postposed adjective", "The measures urgent will be voted next week."),
    ("fr", "postposed adjective", "The party socialist won the second round in the north."),
    ("fr", "change preposition", "Unemployment has diminished of 2% in a year."),
    ("fr", "preposition", "The new plan is very different of the old one."),
    ("fr", "preposition", "The hospital will be in measure to treat patients from Monday."),
    ("fr", "verb word order", "The workers continue since Friday their protest at the gates."),
    # Spanish
    ("es", "false friend", "The government will realise a study on water use in the south."),
    ("es", "false friend", "Thousands of fans assisted to the final in Seville."),
    ("es", "false friend", "The club pretends to sign two strikers this summer."),
    ("es", "false friend", "The company received an important number of complaints."),
    ("es", "false friend", "The regional government will attend the demands of the farmers."),
    ("es", "false friend", "The mayor was compromised to reopen the market before summer."),
    ("es", "false friend", "The result was a great deception for the supporters."),
    ("es", "preposition", "The police detained the responsible of the attack in Valencia."),
    ("es", "preposition", "The minister is responsible of the reform of the courts."),
    ("es", "preposition", "The new system is capable to detect fraud in seconds."),
    ("es", "preposition", "The police entered in the building at dawn."),
    ("es", "preposition", "The singer married with a footballer in 2019."),
    ("es", "verb word order", "The ministry received this Monday the representatives of the sector."),
    ("es", "verb word order", "Parliament approved yesterday the new housing law."),
    ("es", "superlative", "It was the most big fire of the decade in Galicia."),
    ("es", "comparative", "Rents in the capital are more cheap than in Barcelona."),
    ("es", "agreement", "The people is tired of the corruption, the survey says."),
    ("es", "pro-drop", "The minister said that is necessary to reform the pension system."),
    ("es", "estimate in", "The losses are estimated in 300 million euros."),
    # Italian
    ("it", "false friend", "The firm recorded a benefit of 12 million euros in 2023."),
    ("it", "false friend", "Rossi was nominated coach of the national team on Monday."),
    ("it", "false friend", "Carabinieri denounced two men for theft at the station."),
    ("it", "false friend", "The pensioners are preoccupied for the cuts."),
    ("it", "false friend", "The Chamber approved the budget manoeuvre late on Thursday."),
    ("it", "uncountable", "The accident has caused the death of three persons."),
    ("it", "tense", "The mayor has inaugurated the new school yesterday."),
    ("it", "verb complement", "The report suggests to raise the retirement age."),
    ("it", "article", "The life in the villages is hard in winter."),
    ("it", "collective", "The police has arrested two persons in the frame of the inquiry."),
    # Portuguese
    ("pt", "false friend", "The government pretends to privatise the airline next year."),
    ("pt", "false friend", "The deputy was nominated minister of health in January."),
    ("pt", "false friend", "The injured were conducted to the hospital of Coimbra."),
    ("pt", "false friend", "Police apprehended 300 kilos of cocaine in the port."),
    ("pt", "false friend", "The president has realised a visit to Angola this week."),
    ("pt", "false friend", "The strike of the truck drivers continues since Monday."),
    ("pt", "verb complement", "The new rules permit to reduce the waiting lists."),
    ("pt", "preposition", "The teachers participated at the meeting with the minister."),
    # German
    ("de", "false friend", "The concern announced 2,000 job cuts in its car division."),
    ("de", "false friend", "The chef of the company resigned on Monday."),
    ("de", "false friend", "The collaborators of the bank were informed by email."),
    ("de", "false friend", "The firm wants to build a new fabric in Saxony."),
    ("de", "false friend", "The mark Volkswagen sold more cars in China last year."),
    ("de", "false friend", "The direction of the firm refused to comment."),
    ("de", "change preposition", "The inflation rate has risen on 3 percent."),
    ("de", "change preposition", "Unemployment lies at 5.8 percent in the east."),
    ("de", "tense", "The federal government has decided yesterday new measures."),
    ("de", "since", "Since three weeks the workers are on strike."),
    ("de", "preposition", "Investors are interested on the new bonds."),
    # Chinese
    ("zh", "grammar", "The accident caused 3 people dead and 12 injured."),
    ("zh", "grammar", "Although the economy grew, but exports fell sharply."),
    ("zh", "article", "Governor said the flood was under control by Sunday."),
    ("zh", "false friend", "Police said the suspect has been controlled."),
    ("zh", "adverb", "Many residents very like the new park by the river."),
    ("zh", "comparative", "The price of pork rose 20 percent than last year."),
    ("zh", "superlative", "It was the most strong storm since 1987."),
    ("zh", "collocation", "The company's sales volume achieved 5 billion yuan."),
    ("zh", "grammar", "Because the rain was heavy, so the match was called off."),
    # Russian
    ("ru", "article", "President said that the bridge will be repaired in spring."),
    ("ru", "construction", "In the result of the explosion, two houses were destroyed."),
    ("ru", "collective", "The police has detained three suspects in the case."),
    ("ru", "estimate in", "The damage is estimated in 2 million roubles."),
    ("ru", "false friend", "A regime of emergency was introduced in the region."),
    ("ru", "collocation", "Strong rains flooded the streets of the city."),
    ("ru", "construction", "The most part of the population supports the reform."),
    ("ru", "article", "Meeting will take place on Monday in the town hall."),
    ("ru", "superlative", "This is the most cheap flat in the district."),
    # English eggcorns and slips
    ("en", "eggcorn", "The council gave the developers free reign over the site."),
    ("en", "eggcorn", "By now the question is a mute point."),
    ("en", "eggcorn", "The minister tried to diffuse the tension at the meeting."),
    ("en", "eggcorn", "The results peaked the interest of investors."),
    ("en", "eggcorn", "For all intensive purposes, the deal is done."),
    ("en", "eggcorn", "The appeal fell on death ears."),
    ("en", "eggcorn", "The regulator poured over the accounts for weeks."),
    ("en", "eggcorn", "The rain did not phase the runners."),
    ("en", "eggcorn", "The party must tow the line on tax."),
    ("en", "eggcorn", "The bank got off scott free after the inquiry."),
]

# Clean English news prose that uses the same words correctly.
PROBE_CLEAN = [
    "A syndicate of investors bought the club in May.",
    "The drug gang was run by a crime syndicate from the port.",
    "The talks eventually collapsed after three days.",
    "Eventually the council closed the pool for good.",
    "The government cut benefits for people out of work.",
    "The benefits of the scheme will take years to show.",
    "She was nominated for an Oscar in 2020.",
    "The party nominated her as its candidate for mayor.",
    "The rash was a manifestation of the disease.",
    "Police in riot gear dispersed the protest.",
    "The formation of the new government took six weeks.",
    "The geese flew past in a V formation.",
    "The judge wrote a concurrence in the case.",
    "Her engagement to the prince was announced in May.",
    "The engagement lasted three hours before the troops withdrew.",
    "It was a sensible decision to close the road.",
    "Border controls were brought back in 2015.",
    "The rebels controlled the north of the country.",
    "The new fence prevented sheep from straying onto the road.",
    "The strike could paralyse the airports until Sunday.",
    "Shoppers risk losing their deposits if the firm collapses.",
    "The director agreed to resign at the end of the month.",
    "He renounced his claim to the throne.",
    "The minister insisted on meeting the families in person.",
    "The firm wants to avoid paying the fine.",
    "The talks reached a dead end after the third meeting.",
    "The urgent measures will be put to a vote next week.",
    "The Socialist Party won the second round in the north.",
    "Ministers considered the measures urgent.",
    "Unemployment fell by 2% in a year.",
    "The new plan is very different from the old one.",
    "The workers have continued their protest at the gates since Friday.",
    "The government will carry out a study on water use.",
    "Volunteers assisted the nurses during the night.",
    "The pupils pretended to be asleep.",
    "It is an important day for the town.",
    "The council will attend the meeting on Monday.",
    "The minister's position was compromised by the leak.",
    "The fraud involved a long campaign of deception.",
    "The police are looking for those responsible for the attack.",
    "The minister is responsible for the reform of the courts.",
    "The new system is capable of detecting fraud in seconds.",
    "The police entered the building at dawn.",
    "He is married with two children.",
    "The ministry received the representatives of the sector on Monday.",
    "Parliament approved the new housing law yesterday.",
    "It was the biggest fire of the decade in Galicia.",
    "It was the most powerful storm since 1987.",
    "Most strong candidates applied early.",
    "Rents are more expensive than in Barcelona.",
    "People are tired of corruption, the survey says.",
    "The losses are estimated at 300 million euros.",
    "The minister said it is necessary to reform the pension system.",
    "The firm made a profit of 12 million euros in 2023.",
    "Rossi was appointed coach of the national team on Monday.",
    "Critics denounced the plan as a land grab.",
    "The driver steered into a skid to avoid the oncoming manoeuvre.",
    "Three persons of interest were questioned by detectives.",
    "The mayor opened the new school yesterday.",
    "The report suggests raising the retirement age.",
    "Life in the villages is hard in winter.",
    "The police have arrested two people as part of the inquiry.",
    "The orchestra conducted a tour of Portugal in spring.",
    "Police apprehended the suspect near the border.",
    "The chef at the hotel won a Michelin star.",
    "The company's concern is that costs will rise.",
    "The bank's collaborators on the project included two universities.",
    "The fabric of the building was damaged by the fire.",
    "The examiners gave her full marks.",
    "The plane changed direction over the Alps.",
    "Inflation rose to 3 percent in March.",
    "The house lies at the end of a long track.",
    "The workers have been on strike for three weeks.",
    "Investors are interested in the new bonds.",
    "The governor said the flood was under control by Sunday.",
    "The virus is under control, the governor said.",
    "Many residents like the new park by the river.",
    "The price of pork rose 20 percent on last year.",
    "The company's sales reached 5 billion yuan.",
    "The house was destroyed as a result of the explosion.",
    "The police have detained three suspects in the case.",
    "A state of emergency was declared in the region.",
    "Heavy rains flooded the streets of the city.",
    "Most of the population supports the reform.",
    "The meeting will take place on Monday in the town hall.",
    "This is the cheapest flat in the district.",
    "The council gave the developers free rein over the site.",
    "The question is a moot point.",
    "Police tried to defuse the tension at the meeting.",
    "The results piqued the interest of investors.",
    "The appeal fell on deaf ears.",
    "The rain did not faze the runners.",
    "The party must toe the line on tax.",
    "The firm was a strong candidate for the contract.",
    "The storm was more intense than forecast.",
    "The minister said that is what voters want.",
]

# Written after this round's work, never tuned on: the honest figure.
FRESH_GARBLED = [
    # French
    ("fr", "false friend", "The syndicate of nurses has announced a new strike for Thursday."),
    ("fr", "false friend", "The club realised a benefit of 5 million euros thanks to the sale of its striker."),
    ("fr", "false friend", "Mrs Dupont was nominated head of the regional health agency."),
    ("fr", "verb complement", "The government has accepted to reopen the talks with the farmers."),
    ("fr", "verb complement", "The prices of petrol risk to climb again this winter."),
    ("fr", "postposed adjective", "The reform is at a point dead since the elections."),
    ("fr", "preposition", "The opposition demands the resignation of the minister responsible of the transport."),
    ("fr", "construction", "The tribunal condemned the mayor to two years of prison."),
    ("fr", "postposed adjective", "The candidate ecologist obtained 12% of the votes."),
    ("fr", "preposition", "He has participated at the negotiations as an observer."),
    ("fr", "uncountable", "Many persons have lost their homes in the floods."),
    # Spanish
    ("es", "false friend", "The ministry will realise an audit of all public hospitals."),
    ("es", "false friend", "The minister assisted to the signing of the agreement in Madrid."),
    ("es", "false friend", "The company registered important losses in the third quarter."),
    ("es", "tense", "The strike of the dockers continues since the beginning of the month."),
    ("es", "verb word order", "The Prime Minister inaugurated yesterday the new high-speed line."),
    ("es", "preposition", "The police entered in the flat and found the weapons."),
    ("es", "false friend", "The union pretends to block the ports during Easter."),
    ("es", "false friend", "The mayor is very preoccupied for the drought."),
    ("es", "estimate in", "The damages are evaluated in 15 million euros."),
    ("es", "agreement", "The young people is leaving the villages for the cities."),
    ("es", "superlative", "This year the summer was the most hot in two centuries."),
    # Italian
    ("it", "false friend", "The carabinieri have denounced the owner of the restaurant for fraud."),
    ("it", "false friend", "The council approved the manoeuvre of 2 billion for the south."),
    ("it", "false friend", "The president of the region has been nominated commissioner for the reconstruction."),
    ("it", "verb word order", "The minister has presented last week the plan for the ports."),
    ("it", "superlative", "It is the most long tunnel of Europe."),
    ("it", "uncountable", "The accident has caused the death of two persons and the injury of five."),
    ("it", "false friend", "The operators of the sector are preoccupied by the new tax."),
    # Portuguese
    ("pt", "false friend", "The government pretends to sell its stake in the bank until December."),
    ("pt", "false friend", "The passengers were conducted to the hotels of the airport."),
    ("pt", "false friend", "The federal police apprehended two tonnes of marijuana in the state of Parana."),
    ("pt", "false friend", "The president realised a visit of three days to Mozambique."),
    ("pt", "change preposition", "The inflation rose of 0.5% in April."),
    ("pt", "verb complement", "The new law permits to reduce the bureaucracy."),
    # German
    ("de", "false friend", "The concern employs 40,000 collaborators worldwide."),
    ("de", "false friend", "The chef of the works council criticised the plan."),
    ("de", "false friend", "The direction of the hospital has rejected all accusations."),
    ("de", "change preposition", "The unemployment quota lies at 6 percent."),
    ("de", "tense", "The state election has taken place last Sunday."),
    ("de", "since", "Since two weeks the drivers of the buses strike."),
    ("de", "false friend", "The chancellor became a warm reception in Paris."),
    # Chinese
    ("zh", "grammar", "The typhoon caused 12 people dead and 40 people injured."),
    ("zh", "grammar", "Although the weather was bad, but thousands came to the opening."),
    ("zh", "adverb", "The city government very attaches importance to the safety of food."),
    ("zh", "collocation", "The output value of the industry achieved 300 billion yuan."),
    ("zh", "article", "Spokesman said the investigation is ongoing."),
    ("zh", "comparative", "The company's profit increased 15 percent than the same period of last year."),
    ("zh", "superlative", "It is the most big bridge in the province."),
    ("zh", "officialese", "Relevant departments will strengthen the supervision."),
    # Russian
    ("ru", "construction", "In the result of the fire, the school was closed."),
    ("ru", "article", "Mayor stated that the heating will be restored tomorrow."),
    ("ru", "construction", "The most part of the flights was cancelled."),
    ("ru", "collocation", "Strong snowfall paralysed the traffic in the capital."),
    ("ru", "collective", "The police has opened a criminal case against the director."),
    ("ru", "estimate in", "The losses are estimated in 500 million rubles."),
    ("ru", "false friend", "The regime of emergency was lifted on Friday."),
    ("ru", "verb complement", "The sanctions risk to hit the economy hard."),
    # English eggcorns
    ("en", "eggcorn", "The company has been given free reign to set prices."),
    ("en", "eggcorn", "It is a mute question whether the plan will work."),
    ("en", "eggcorn", "The coach tried to diffuse the row with the fans."),
    ("en", "eggcorn", "The minister's speech peaked the interest of the unions."),
    ("en", "eggcorn", "Her comments fell on death ears at the ministry."),
    ("en", "eggcorn", "The crowd was not phased by the rain."),
    ("en", "eggcorn", "Officials poured over the figures all night."),
    ("en", "eggcorn", "The rebellion was nipped in the butt."),
    ("en", "eggcorn", "The storm reaked havoc on the coast."),
]
FRESH_CLEAN = [
    "A syndicate of Japanese banks lent the money.",
    "The club made a profit of 5 million euros from the sale of its striker.",
    "Mrs Dupont was appointed head of the regional health agency.",
    "She was nominated for the Booker Prize in 2019.",
    "The government agreed to reopen the talks with the farmers.",
    "Petrol prices could climb again this winter.",
    "Rising costs risk pushing more families into debt.",
    "The reform has been deadlocked since the elections.",
    "The minister responsible for transport resigned.",
    "The Green candidate won 12% of the vote.",
    "He took part in the negotiations as an observer.",
    "Many people have lost their homes in the floods.",
    "The ministry will carry out an audit of all public hospitals.",
    "The company reported heavy losses in the third quarter.",
    "The dockers have been on strike since the beginning of the month.",
    "The Prime Minister opened the new high-speed line yesterday.",
    "Officers entered the flat and found the weapons.",
    "The mayor is very worried about the drought.",
    "Damage is put at 15 million euros.",
    "Young people are leaving the villages for the cities.",
    "This summer was the hottest in two centuries.",
    "Police have charged the owner of the restaurant with fraud.",
    "The pilot's last-minute manoeuvre avoided a collision.",
    "It is the longest tunnel in Europe.",
    "The accident killed two people and injured five.",
    "The government plans to sell its stake in the bank by December.",
    "The conductor led the orchestra through a difficult score.",
    "Officers apprehended two men fleeing the scene.",
    "The president made a three-day visit to Mozambique.",
    "The new law makes it possible to cut red tape.",
    "The group employs 40,000 people worldwide.",
    "The concern among residents is growing.",
    "The hospital's management has rejected all accusations.",
    "The jobless rate stands at 6 percent.",
    "The state election took place last Sunday.",
    "The chancellor received a warm reception in Paris.",
    "The typhoon left 12 people dead and 40 injured.",
    "Although the weather was bad, thousands came to the opening.",
    "The city government attaches great importance to food safety.",
    "Industrial output reached 300 billion yuan.",
    "A spokesman said the investigation was continuing.",
    "Profits rose 15 percent on the same period last year.",
    "It is the biggest bridge in the province.",
    "As a result of the fire, the school was closed.",
    "The mayor said the heating would be restored tomorrow.",
    "Most of the flights were cancelled.",
    "Heavy snow paralysed traffic in the capital.",
    "The police have opened a criminal case against the director.",
    "Losses are estimated at 500 million roubles.",
    "The state of emergency was lifted on Friday.",
    "The sanctions could hit the economy hard.",
    "The company has been given free rein to set prices.",
    "Whether the plan will work is a moot question.",
    "The coach tried to defuse the row with the fans.",
    "The speech piqued the interest of the unions.",
    "The crowd was not fazed by the rain.",
    "Officials pored over the figures all night.",
    "The rebellion was nipped in the bud.",
    "The storm wreaked havoc on the coast.",
    "Strong winds and heavy rain hit the coast.",
    "The most important thing is to stay calm.",
    "It was the most difficult year for the industry.",
    "The police were called at midnight.",
    "The people of the island voted to stay.",
    "The minister has visited the region three times since June.",
    "The government has approved a new budget for next year.",
    "The bank has benefited from higher interest rates.",
    "The most high-profile case involved a footballer.",
    "The committee, it said, is capable of reform.",
]


# Round 4, written before widening the classes (never tuned on for its first run): the
# same kinds as the blind drafts' misses, in new words.
WIDE_GARBLED = [
    # verb + infinitive, any common verb
    ("fr", "verb complement", "The row over fishing quotas risks to drag on until the spring."),
    ("fr", "verb complement", "The cold snap risks to last well into next week."),
    ("it", "verb complement", "The shortage of drivers risks to leave schools without buses."),
    ("es", "verb complement", "The mayor avoided to comment on the audit."),
    # time between verb and object, full dates
    ("fr", "verb word order", "The dockers continue since Tuesday 3 March their action at the port."),
    ("fr", "verb word order", "The prefect received this Wednesday the representatives of the farmers."),
    ("it", "verb word order", "The council approved on Friday the new parking plan."),
    ("es", "verb word order", "The police arrested last night two men in the harbour."),
    # false friends in news context
    ("fr", "false friend", "The minister received the syndicates on Thursday evening."),
    ("fr", "false friend", "Some 2,000 people joined the manifestation against the pension reform."),
    ("fr", "false friend", "The prime minister has convoked the union leaders for Monday."),
    ("es", "false friend", "The result was a great delusion for the fans of the club."),
    ("fr", "false friend", "The farmers demand compensation for the prejudices caused by the floods."),
    ("fr", "false friend", "The committee reunited on Friday to examine the budget."),
    ("fr", "false friend", "The cooperative exploits 400 hectares of vineyards near the river."),
    ("fr", "false friend", "The elections have been anticipated to the month of June."),
    ("it", "false friend", "The reform is a politically very sensible question for the coalition."),
    ("es", "false friend", "The new director assumed a compromise to cut waiting lists."),
    # German word order
    ("de", "verb second", "Affected are above all the plants in the east of the country."),
    ("de", "verb second", "Possibly could also the factory in Bremen close next year."),
    ("de", "final verb", "The carmaker wants until 2030 some 3,000 jobs cut."),
    ("de", "preposition", "To the start of the season the club signed three players."),
    # Spanish, Italian, Portuguese
    ("es", "construction", "Rents are each time more expensive in the centre."),
    ("es", "construction", "The tax rises by 2%, what supposes an increase of 40 euros a year."),
    ("pt", "construction", "Thousands of teachers went out to the streets on Saturday."),
    ("it", "construction", "The new rules enter in force on the first of July."),
    ("es", "construction", "The museum received 3 million of visitors in 2025."),
    ("es", "construction", "The past year the harbour handled record traffic."),
    # French
    ("fr", "construction", "In the night of Saturday to Sunday, a fire destroyed a barn."),
    ("fr", "construction", "The government announced an aid of urgency for the growers."),
    ("fr", "comparison", "This winter was the most hard for the shepherds."),
    # Chinese officialese
    ("zh", "officialese", "The provincial sports games were grandly opened in the new stadium."),
    ("zh", "officialese", "The event fully showed the image of a modern city."),
    ("zh", "officialese", "The local team won the women's champion for the third time."),
    ("zh", "officialese", "Total 8,000 runners took part in the race."),
    ("zh", "officialese", "The broad masses of residents welcomed the new park."),
    ("zh", "officialese", "Health officials urged residents to reduce going out during the smog."),
    # Russian
    ("ru", "word order", "The storm left without power 500 flat in the district."),
    ("ru", "false friend", "The suspect was charged under the article about fraud."),
    ("ru", "adverb", "The bridge was built still in 1965 and needs repair."),
    # English eggcorns
    ("en", "eggcorn", "The new boss was quick to reign in spending."),
    ("en", "eggcorn", "Investors poured over the accounts before the vote."),
    ("en", "eggcorn", "Several members refused to tow the party line."),
    ("en", "eggcorn", "The launch was meant to peak the interest of younger buyers."),
    ("en", "eggcorn", "The firm was accused of flaunting the safety rules."),
    ("en", "native slip", "The council said it was unable pay the bill."),
]

WIDE_CLEAN = [
    "The talks could drag on until the spring, officials said.",
    "The cold snap is expected to last well into next week.",
    "The mayor declined to comment on the audit.",
    "The dockers have continued their action at the port since Tuesday 3 March.",
    "On Wednesday the prefect received the farmers' representatives.",
    "The council on Friday approved the new parking plan.",
    "Police arrested two men in the harbour last night.",
    "The minister met the unions on Thursday evening.",
    "A crime syndicate laundered the money through casinos.",
    "The singer's manifestation of grief moved the audience.",
    "Fans were under no delusion about the club's chances.",
    "Prejudice against migrants has grown, the report found.",
    "The band reunited on Friday for a charity concert.",
    "The sequel exploits every cliche of the genre.",
    "Demand was higher than anticipated in June.",
    "It was a sensible decision by the coalition.",
    "Both sides reached a compromise on waiting lists.",
    "Above all, the plants in the east were affected.",
    "The factory in Bremen could close next year.",
    "The carmaker wants to cut 3,000 jobs by 2030.",
    "At the start of the season the club signed three players.",
    "Rents are becoming ever more expensive in the centre.",
    "The new rules come into force on 1 July.",
    "The museum received 3 million visitors in 2025.",
    "Last year the harbour handled record traffic.",
    "The government announced emergency aid for the growers.",
    "This winter was the hardest for the shepherds.",
    "The local team won the women's title for the third time.",
    "In total 8,000 runners took part in the race.",
    "The storm left 500 flats in the district without power.",
    "The bridge was built as early as 1965 and needs repair.",
    "The new boss was quick to rein in spending.",
    "Investors pored over the accounts before the vote.",
    "The council said it was unable to pay the bill.",
    "The singer was accused of flaunting her wealth.",
    "She was elected chair of the committee in 2024.",
]


# Written after the 'wide' batch's classes were widened, run once before any change: how
# far the widened classes reach in words they were not written from.
WIDE2_GARBLED = [
    ("fr", "verb complement", "The heatwave risks to damage the harvest in the valley."),
    ("it", "verb complement", "The delay risks to push the opening back to autumn."),
    ("es", "verb complement", "The coach avoided to name his starting eleven."),
    ("fr", "verb word order", "The rail workers extended on Sunday 8 June their strike by two days."),
    ("pt", "verb word order", "The city hall inaugurated this Monday a new health centre."),
    ("es", "verb word order", "The coast guard rescued last week 40 migrants off the island."),
    ("fr", "verb word order", "The pickets block since the 12th the entrance of the refinery."),
    ("fr", "false friend", "The prefect will receive the syndicates of farmers on Tuesday."),
    ("es", "false friend", "The government convoked the ambassador of Spain after the incident."),
    ("it", "false friend", "The draw was a delusion for the home supporters."),
    ("fr", "false friend", "The hail caused important prejudices to the orchards."),
    ("es", "false friend", "The ministers of finance reunited in Luxembourg on Monday."),
    ("fr", "false friend", "Her family exploits 60 hectares of maize near Pau."),
    ("it", "false friend", "The opposition qualified the budget as a betrayal of the south."),
    ("pt", "false friend", "The mayor assumed the compromise to reopen the pools."),
    ("fr", "false friend", "Immigration is a very sensible theme for the government."),
    ("de", "verb second", "Concerned are above all small bakeries in rural areas."),
    ("de", "verb second", "Probably will also the price of bread rise."),
    ("de", "final verb", "The insurer wants by 2027 about 500 branches closed."),
    ("de", "preposition", "To the opening of the fair came 30,000 visitors."),
    ("es", "construction", "Petrol is each time more expensive for commuters."),
    ("es", "construction", "The airline cancels 200 flights, what supposes a loss of 10 million euros."),
    ("pt", "construction", "The fishermen went out to the streets of Porto to protest."),
    ("it", "construction", "The decree entered in force on Tuesday."),
    ("es", "construction", "The festival drew 2 million of spectators this summer."),
    ("fr", "construction", "During the night of Friday to Saturday the river burst its banks."),
    ("fr", "construction", "The prime minister declared a state of urgency in the region."),
    ("fr", "comparison", "The climb was the most hard of the whole race."),
    ("es", "construction", "Since the 19th century the islanders fish for sardines."),
    ("zh", "officialese", "The cultural festival was grandly held in the city square."),
    ("zh", "officialese", "The performance fully displayed the charm of the ancient town."),
    ("zh", "officialese", "She won the champion of the women's 100 metres."),
    ("zh", "officialese", "Totally 500 enterprises attended the fair."),
    ("zh", "officialese", "Volunteers 3,000 people helped at the marathon."),
    ("zh", "officialese", "The broad masses of the people praised the new policy."),
    ("ru", "word order", "The accident left without water 40 houses in the village."),
    ("ru", "false friend", "He was detained under the article on hooliganism."),
    ("ru", "adverb", "The church was founded still in 1600 by monks."),
    ("ru", "idiom", "By all appearances, the talks will fail."),
    ("en", "eggcorn", "The fire spread with lightening speed."),
    ("en", "eggcorn", "The manager said the new rules will effect every worker."),
    ("en", "eggcorn", "The principle reason for the delay was the weather."),
    ("en", "native slip", "Residents were unable leave their homes for two days."),
    ("en", "native slip", "The couple bought a flat on in Leeds last spring."),
]

WIDE2_CLEAN = [
    "The heatwave could damage the harvest in the valley.",
    "The coach declined to name his starting eleven.",
    "The rail workers on Sunday extended their strike by two days.",
    "The coast guard rescued 40 migrants off the island last week.",
    "The prefect will meet the farmers' unions on Tuesday.",
    "The ambassador was summoned after the incident.",
    "The draw was a disappointment for the home supporters.",
    "Finance ministers met in Luxembourg on Monday.",
    "Her family farms 60 hectares of maize near Pau.",
    "The team qualified for the final after a late goal.",
    "Immigration is a very sensitive issue for the government.",
    "Small bakeries in rural areas are the most affected.",
    "The price of bread will probably rise too.",
    "The insurer wants to close about 500 branches by 2027.",
    "Some 30,000 visitors came to the opening of the fair.",
    "Petrol is ever more expensive for commuters.",
    "The decree came into force on Tuesday.",
    "The festival drew 2 million spectators this summer.",
    "The prime minister declared a state of emergency in the region.",
    "The climb was the hardest of the whole race.",
    "The cultural festival was held in the city square.",
    "She won the women's 100 metres title.",
    "Some 3,000 volunteers helped at the marathon.",
    "The accident left 40 houses in the village without water.",
    "The church was founded as early as 1600 by monks.",
    "The fire spread with lightning speed.",
    "The new rules will affect every worker, the manager said.",
    "The principal reason for the delay was the weather.",
    "Residents were unable to leave their homes for two days.",
    "The singer was reunited with her old band on stage.",
    "There is a real risk to the harvest this year.",
    "Total sales rose 4% in the quarter.",
]


# Written before the mechanisms round (governed prepositions, articles, correlatives,
# agreement, false friends by frame, eggcorns by lemma), run once on the code before it,
# grouped by mechanism (the second field): how far each mechanism reaches in new words.
MECH_GARBLED = [
    # (a) a governed preposition its head does not take
    ("fr", "preposition", "The outcome will depend of the vote in the senate."),
    ("es", "preposition", "The new cabinet consists from twelve ministers."),
    ("it", "preposition", "Investors are not interested for the bonds any more."),
    ("fr", "preposition", "The mayor is responsible of the delays on the ring road."),
    ("es", "preposition", "The new reactor is capable to supply half the region."),
    ("de", "preposition", "The board is proud on the results of the last quarter."),
    ("fr", "preposition", "The inspectors were satisfied of the state of the wards."),
    ("es", "preposition", "Farmers complained for the price of diesel."),
    ("it", "preposition", "The league is composed from eighteen clubs."),
    ("pt", "preposition", "The minister insisted in the need for new elections."),
    ("de", "preposition", "The region is rich on coal and iron ore."),
    ("fr", "preposition", "The report was based in figures from 2019."),
    ("es", "preposition", "The town is famous by its cheese and its cathedral."),
    ("ru", "preposition", "The prosecutor accused him in bribery."),
    ("ru", "preposition", "The council paid attention on the state of the roads."),
    ("zh", "preposition", "The company is committed for reducing its emissions."),
    # (b) articles
    ("fr", "article", "The climate change threatens the vineyards of the south."),
    ("es", "article", "The society is getting older and the pensions cost more."),
    ("it", "article", "The 30% of the students live with their parents."),
    ("fr", "article", "The unemployment has fallen for the third month."),
    ("es", "article", "The inflation reached its highest level since 1992."),
    ("de", "article", "The nature does not stop at national borders."),
    ("ru", "article", "Government approved new budget on Friday."),
    ("zh", "article", "The 45 percent of the residents own a car."),
    # (c) correlatives and clause links
    ("zh", "correlative", "Although the rain stopped at noon, but the roads stayed closed."),
    ("zh", "correlative", "Because the factory closed, so hundreds of families moved away."),
    ("fr", "correlative", "The reform will not only raise taxes but cut services."),
    ("es", "correlative", "Despite of the warnings, the bathers went into the sea."),
    ("fr", "correlative", "In spite the heavy rain, the parade went ahead."),
    ("zh", "correlative", "Though the talks failed, but both sides promised to meet again."),
    ("it", "correlative", "Either the council raises the rent, or it cuts the staff, or."),
    ("zh", "correlative", "Since the prices rose, therefore sales fell sharply."),
    # (d) agreement and number
    ("en", "agreement", "He have worked at the port for twenty years."),
    ("en", "agreement", "The new measures was announced on Tuesday."),
    ("en", "agreement", "A lot of person lost their jobs at the mill."),
    ("zh", "agreement", "Many student protested outside the ministry."),
    ("zh", "agreement", "Several village were cut off by the floods."),
    ("en", "agreement", "The price of tickets have doubled since May."),
    ("ru", "agreement", "She have three children and a small farm."),
    ("zh", "agreement", "There was many problems with the new software."),
    ("en", "agreement", "One of the suspects were released on bail."),
    ("zh", "agreement", "The police has arrested four men."),
    # (e) false friends by argument frame
    ("fr", "false friend frame", "The minister pretended that the figures were wrong."),
    ("es", "false friend frame", "The council will realize a survey of the river banks."),
    ("fr", "false friend frame", "The government actualised the list of safe countries."),
    ("it", "false friend frame", "The firm will license 300 workers at the plant."),
    ("es", "false friend frame", "The police controlled the documents of every driver."),
    ("de", "false friend frame", "The bank became a fine of 2 million euros."),
    ("fr", "false friend frame", "The mayor evoked the possibility of a curfew."),
    ("es", "false friend frame", "She is the actual president of the association."),
    ("pt", "false friend frame", "The court will attend the appeal next month."),
    ("it", "false friend frame", "The ministry contested the journalists for their report."),
    # (f) eggcorns and malapropisms by lemma, with inflection and gaps
    ("en", "eggcorn", "The auditors were pouring over the company's books."),
    ("en", "eggcorn", "The team gave free reign to its young coach."),
    ("en", "eggcorn", "The strike wrecked havoc on the timetable."),
    ("en", "eggcorn", "The mayor was hoisted by his own petard over the parking fees."),
    ("en", "eggcorn", "The opposition tried to peek the voters' interest."),
    ("en", "eggcorn", "It is a mute point whether the bridge can be saved."),
    ("en", "eggcorn", "The goalkeeper's mistake was a real damp squid."),
    ("en", "eggcorn", "The club baited their breath before the draw."),
    ("en", "eggcorn", "The two rivals are now on tenderhooks."),
    ("en", "eggcorn", "He has been given short shrift by the new owners, tow the line or go."),
]

MECH_CLEAN = [
    "The outcome will depend on the vote in the senate.",
    "The new cabinet consists of twelve ministers.",
    "Investors are not interested in the bonds any more.",
    "The mayor is responsible for the delays on the ring road.",
    "The new reactor is capable of supplying half the region.",
    "The board is proud of the results of the last quarter.",
    "The inspectors were satisfied with the state of the wards.",
    "Farmers complained about the price of diesel.",
    "The league is made up of eighteen clubs.",
    "The region is rich in coal and iron ore.",
    "The report was based in part on figures from 2019.",
    "The town is famous for its cheese and its cathedral.",
    "The prosecutor accused him of bribery.",
    "The office is responsible to the board for its spending.",
    "The climate change bill passed on Tuesday.",
    "The society for the protection of birds bought the marsh.",
    "The unemployment figures for March are due on Friday.",
    "The 30% rise in rents has hit students hardest.",
    "Although the rain stopped at noon, the roads stayed closed.",
    "The reform will not only raise taxes but also cut services.",
    "Despite the warnings, the bathers went into the sea.",
    "In spite of the heavy rain, the parade went ahead.",
    "Because the factory closed, hundreds of families moved away.",
    "They have worked at the port for twenty years.",
    "The new measures were announced on Tuesday.",
    "A lot of people lost their jobs at the mill.",
    "Many students protested outside the ministry.",
    "The price of tickets has doubled since May.",
    "One of the suspects was released on bail.",
    "The minister pretended to be asleep during the debate.",
    "The council will carry out a survey of the river banks.",
    "The bank became the largest lender in the region.",
    "The mayor evoked the spirit of the old town in her speech.",
    "The court will hear the appeal next month.",
    "The auditors were poring over the company's books.",
    "The team gave free rein to its young coach.",
    "The strike wreaked havoc on the timetable.",
    "Water was pouring over the dam by noon.",
    "The horses were given free rein on the beach.",
    "\"Il faut que la société change\", the mayor told Le Monde.",
    "\"Depende de los votos\", said the senator.",
    "He shouted \"The society is sick!\" as he was led away.",
    "The Society of Authors backed the strike.",
    "Government figures show a fall in crime.",
]


def run(runner: Runner, garbled, clean, show_misses: bool, show_alarms: bool, by_kind: bool = False) -> None:
    found_by = collections.Counter()
    total_by = collections.Counter()
    misses = []
    for lang, kind, text in garbled:
        key = kind if by_kind else lang
        total_by[key] += 1
        if any(f.category == "garbled" for f in runner.lint(text + "\n")):
            found_by[key] += 1
        else:
            misses.append((lang, kind, text))
    alarms = []
    for text in clean:
        codes = sorted({f.code for f in runner.lint(text + "\n") if f.category == "garbled"})
        if codes:
            alarms.append((",".join(codes), text))
    rows = [(lang, total_by[lang], found_by[lang], f"{found_by[lang] / total_by[lang]:.2f}") for lang in total_by]
    n, k = sum(total_by.values()), sum(found_by.values())
    rows.append(("all", n, k, f"{k / n:.2f}" if n else "-"))
    print(table(rows, ["kind" if by_kind else "language", "garbled", "found", "recall"]))
    print(f"\nclean sentences: {len(clean)}, flagged: {len(alarms)}"
          f" ({len(alarms) / len(clean):.1%})" if clean else "")
    if show_misses:
        print("\nmissed:")
        for lang, kind, text in misses:
            print(f"  [{lang}, {kind}] {text}")
    if show_alarms:
        print("\nfalse alarms:")
        for codes, text in alarms:
            print(f"  {codes}: {text}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batch", choices=["probe", "fresh", "wide", "wide2", "mech", "all"], default="probe")
    ap.add_argument("--misses", action="store_true", help="print the garbled sentences not found")
    ap.add_argument("--alarms", action="store_true", help="print the clean sentences flagged")
    ap.add_argument("--by-kind", action="store_true", help="count by kind of mistake, not by language")
    args = ap.parse_args()
    runner = Runner(["garbled"])
    garbled = (PROBE_GARBLED if args.batch in ("probe", "all") else []) + (FRESH_GARBLED if args.batch in ("fresh", "all") else [])
    clean = (PROBE_CLEAN if args.batch in ("probe", "all") else []) + (FRESH_CLEAN if args.batch in ("fresh", "all") else [])
    garbled += WIDE_GARBLED if args.batch in ("wide", "all") else []
    clean += WIDE_CLEAN if args.batch in ("wide", "all") else []
    garbled += WIDE2_GARBLED if args.batch in ("wide2", "all") else []
    clean += WIDE2_CLEAN if args.batch in ("wide2", "all") else []
    garbled += MECH_GARBLED if args.batch in ("mech", "all") else []
    clean += MECH_CLEAN if args.batch in ("mech", "all") else []
    print(f"garbled probe, batch {args.batch}: {len(garbled)} garbled, {len(clean)} clean sentences\n")
    run(runner, garbled, clean, args.misses, args.alarms, args.by_kind)


if __name__ == "__main__":
    main()
