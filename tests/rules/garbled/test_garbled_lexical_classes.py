"""Lexical garbled classes widened in issue 16: false friends of the translators' source
languages, calques of fixed expressions and eggcorns, and the domain vocabulary
translators calque in news copy (emergencies, local government, transport openings,
courts and police, business, health and education, sport). Each class fires in words
other than its lexicon examples, in several inflections and with words in between; the
same English words in their own sense, quotations and code stay quiet. Sentences written
for these tests."""

from __future__ import annotations

import pytest

FF, CONS, EGG = "GRB008", "GRB017", "GRB018"

FIRES = {
    # sensible (FR, ES, IT, PT, DE) = sensitive
    "sensible-to": [
        (FF, "Vines are extremely sensible to late frosts."),
        (FF, "Borrowers have become more sensible to interest rates."),
        (FF, "Housing remains a politically sensible topic in the capital."),
    ],
    # realizar una inversión / un proyecto
    "realise-investment": [
        (FF, "The port authority realized an investment of 12 million dollars."),
        (FF, "The carmaker is realising investments worth 900 million in Slovakia."),
        (FF, "The county realises the project of a new ring road this year."),
    ],
    # l'actualité / la actualidad = the news, at present
    "actuality": [
        (FF, "The weekly show reviews the international actuality."),
        (FF, "In the actuality, most tickets are sold online."),
    ],
    # sympathique / simpático = nice
    "sympathetic-nice": [
        (FF, "The hotel staff were really sympathetic and cheerful."),
        (FF, "Neighbours call him a sympathetic bloke."),
    ],
    # Mitarbeiter / collaborateurs = staff
    "collaborators-staff": [
        (FF, "The carmaker will retrain its 12,000 collaborators."),
        (FF, "Collaborators of the prefecture went on strike."),
    ],
    # concurrent = competitor
    "concurrent": [
        (FF, "The airline is losing ground to low-cost concurrents."),
        (FF, "The chain overtook its main concurrent last spring."),
    ],
    # dar una conferencia = give a lecture
    "give-a-conference": [
        (FF, "A Polish poet gives a conference about exile on Thursday."),
        (FF, "The economist delivered a conference to bankers in Milan."),
    ],
    # Marke / marque = brand
    "mark-brand": [
        (FF, "The Swedish mark recalled 12,000 cars."),
        (FF, "The mark unveils its new electric model in June."),
    ],
    # Gymnasium = secondary school; Fabrik = factory
    "gymnasium-fabric": [
        (FF, "She graduated from the gymnasium in Vienna in 1998."),
        (FF, "The former fabric near the motorway will be turned into offices, but the fabric near the port employs 80 people."),
        (FF, "The fabric will close next year, the owners said."),
    ],
    # celebrar una sesión = hold; renunciar = resign; resumir = sum up
    "celebrate-renounce-resume": [
        (FF, "The senate celebrates a plenary session on Tuesday."),
        (FF, "The chairman renounced last night amid the row."),
        (FF, "The report resumes its conclusions in two sentences."),
    ],
    # condamné à = sentenced to; procéder à = carry out
    "condemn-proceed": [
        (FF, "The banker has been condemned to eight years for fraud."),
        (FF, "Firefighters proceeded to the evacuation of the flats."),
    ],
    # contratar = hire; premio/prix = prize; perspectivas = prospects
    "contract-price-perspectives": [
        (FF, "The airline contracted 300 pilots last year."),
        (FF, "The photographer won a price for her portraits."),
        (FF, "Graduates see poor perspectives for jobs in the region."),
    ],
    # ignorar = not know; balance = toll; efectivos = officers
    "ignore-balance-effectives": [
        (FF, "Firefighters still ignore the cause of the explosion."),
        (FF, "The final balance of the earthquake rose to forty dead."),
        (FF, "Some 500 effectives took part in the search."),
    ],
    # officialese of ministry and EU copy
    "officialese": [
        (FF, "Economists follow the evolution of unemployment closely."),
        (FF, "The strategy is articulated around four priorities."),
        (FF, "Profits fell in the second trimester of 2024, the bank said."),
        (FF, "The responsible of the hospital declined to comment."),
        (FF, "The programme has three priority axes."),
        (FF, "The treaty is coherent with national law."),
    ],
    # Spanish and Portuguese verbs; French verbs of counting and facing
    "verbs": [
        (FF, "The vigil regrouped some 2,000 people outside the church."),
        (FF, "The fire has made two victims in the valley."),
        (FF, "Patients cannot support the heat on the wards."),
        (FF, "It rests to be decided who will pay."),
        (FF, "The airline must affront a difficult winter."),
        (FF, "The merger supposes the loss of 300 jobs."),
        (FF, "Officers registered the suspect's apartment."),
        (FF, "Pupils recollected old toys for the refugees."),
        (FF, "The group inverted 15 million euros in solar farms."),
        (FF, "The striker has solicited Spanish citizenship."),
    ],
    # German, Russian, Polish, Dutch nouns
    "nouns": [
        (FF, "Police made casual checks at the border crossing."),
        (FF, "The federation dismissed its trainer on Monday."),
        (FF, "The course of the zloty weakened after the vote."),
        (FF, "Pupils with bad notes in physics must repeat the year."),
        (FF, "Painkillers are only sold on recipe in pharmacies."),
        (FF, "The liberal fraction walked out of the chamber."),
        (FF, "The director praised the collective of the theatre."),
        (FF, "The hosts won by the account 2-0."),
        (FF, "The operative headquarters met every morning."),
        (FF, "Staff spent 3,000 euros to the animal shelter."),
    ],
    # "all of", attendees, notes, bookshops, asking, disappointment, model workers
    "more-nouns": [
        (FF, "The storm cut power to the totality of the island's homes."),
        (FF, "The ensemble of the unions signed the accord."),
        (FF, "Thousands of assistants to the match left early."),
        (FF, "The inspector made notices on every stall."),
        (FF, "The novel sold out in libraries across the country, and fans bought it at the library on the square."),
        (FF, "The senator demanded why the report was late."),
        (FF, "Supporters were bitterly deceived by the result."),
        (FF, "Twelve advanced collectives were praised at the plenum."),
    ],
    # everyday news nouns: sport, crime, elections, shopping, disasters
    "news-nouns": [
        (FF, "Storm damage forced the closure of two campings on the lake."),
        (FF, "Billets for the derby sold out in an hour."),
        (FF, "The etiquette on the jar gave the wrong sugar content."),
        (FF, "Voter frequency fell to 38 percent in the by-election."),
        (FF, "The ombudsman presented her rapport to parliament."),
        (FF, "Strikers waved transparents outside the mine."),
        (FF, "The tremor measured 5 balls on the local scale."),
        (FF, "A propane balloon exploded inside the garage."),
        (FF, "The headmaster's cabinet was broken into overnight."),
        (FF, "The museum organised a concourse for young architects."),
        (FF, "Detectives found 2,000 patrons and a pistol in the flat."),
        (FF, "An audit-style revision of the finances found a hole."),
        (FF, "Two pensioners fell down the trap of the ferry."),
        (FF, "The dairy could not realise its milk at the market."),
        (FF, "Customs will utilize the confiscated alcohol."),
        (FF, "The restaurant served a cheap red vine with dinner."),
        (FF, "The disgrace occurred when the scaffolding collapsed."),
        (FF, "The archbishop celebrated a requiem mess for the miners."),
        (FF, "The motorist had his patent withdrawn for speeding."),
        (FF, "The rumour of the planes keeps residents awake."),
        (FF, "The defender was shown a yellow carton."),
        (FF, "Fast all the shops in the centre were shut."),
        (FF, "The nurse oversaw the symptoms of sepsis."),
        (FF, "The route became rentable again last year."),
        (FF, "Successful undertakers were invited to the trade fair."),
        (FF, "Patients face a large wait for hip operations."),
    ],
    # wider frames of older entries
    "older-entries": [
        (FF, "The actually governing party lost the vote."),
        (FF, "The museum offers animations for the whole family."),
        (FF, "The insurer engaged 25 new advisers last month."),
        (FF, "Reporters assisted the news conference at the palace."),
        (FF, "The city realised a project of restoration of the walls."),
        (FF, "Collaborators at the town hall went on strike."),
        (FF, "The agency disposes of 3 million euros for the campaign."),
    ],
    # pseudo-anglicisms and Chinese officialese nouns
    "pseudo-anglicisms": [
        (FF, "The Kenyan recordman will run in Berlin."),
        (FF, "Fans left their cars in a paying parking outside the stadium."),
        (FF, "The hostage drama had a happy end."),
        (FF, "The mister decided to rest three players."),
        (FF, "The young Argentine crack netted a hat-trick."),
        (FF, "The visitors equalised in the ultimate minute."),
        (FF, "The city hopes to become a pole of innovation."),
        (FF, "A rescue dispositive was set up at the port."),
        (FF, "Schools carried out propaganda on drowning prevention."),
        (FF, "Tourists were urged to practise civilised tourism."),
    ],
    # the desk's usual stories in translation: strikes, droughts, floods, tourism, football
    "story-vocabulary": [
        (FF, "Heavy perturbations hit the tram lines during the strike."),
        (FF, "The intersyndicale called a new day of protest."),
        (FF, "The cortege of strikers reached the town hall at noon."),
        (FF, "The frequentation of the museum doubled in a year."),
        (FF, "Farmers warn that hydric stress will cut yields."),
        (FF, "The strawberry campaign needs 10,000 pickers."),
        (FF, "The lake is 80 centimetres above the warning line."),
        (FF, "Officials lifted the regime of emergency on Friday."),
        (FF, "The goalkeeper made two fine defences in the first half."),
        (FF, "The Portuguese selection drew with Serbia in the qualifier."),
    ],
    # "no" is a determiner of the lexicons' patterns
    "no-determiner": [
        (FF, "The story had no happy end."),
    ],
    # calques of fixed expressions
    "fixed-expressions": [
        (CONS, "The majority of the times, the buses are full."),
        (CONS, "According to me, the tax is unfair."),
        (CONS, "The report puts a strong accent on prevention."),
        (CONS, "The team was not at the height of the challenge."),
        (CONS, "With other words, the deal is off."),
        (CONS, "Tourists were taking photos inside the museum and making photos outside it."),
        (CONS, "The final had place behind closed doors."),
        (CONS, "Help is paid under the form of a monthly grant."),
        (CONS, "Until the date, nobody has claimed the prize."),
        (CONS, "Residents have lived here since always."),
        (CONS, "The referee did a big mistake in the first half."),
        (CONS, "Pupils must make their homework before the holidays."),
        (CONS, "The opposition tried to win time before the vote."),
    ],
    # eggcorns by lemma, inflected and with words in between
    "eggcorns": [
        (EGG, "Ministers have been dragging their heals over the reform."),
        (EGG, "The pension fund bought a minority steak in the port."),
        (EGG, "Opinion poles show the race tightening."),
        (EGG, "Lawmakers from both sides of the isle voted for it."),
        (EGG, "The protest spread like wildflowers through the suburbs."),
        (EGG, "The strike exasperated the fuel shortage."),
        (EGG, "The vote is not a forgone conclusion."),
        (EGG, "The manager left on her own accord."),
        (EGG, "Baring these costs in mind, the plan was dropped."),
        (EGG, "Negotiators have gone back and fourth for months."),
        (EGG, "Perspective tenants must show three payslips."),
        (EGG, "The figures do not auger well for the government."),
        (EGG, "Households are making due with less."),
        # confused words in a frame only the other word fits
        (EGG, "Several patients struggled to breath in the heat."),
        (EGG, "Low pay is the route of the problem, unions say."),
        (EGG, "To a limited extend, the strike was a success."),
        (EGG, "There is no prove that the fire was arson."),
        (EGG, "It seams the minister knew about the leak."),
        (EGG, "The singer is of Nigerian decent."),
        (EGG, "Ministers blamed the economical downturn."),
        (EGG, "The union welcomed the offer in principal last night."),
        (EGG, "Tenants should take legal advise before signing."),
        (EGG, "Two councillors braked away from the group."),
        (EGG, "The architect came up with an ingenuous design for the roof."),
        (EGG, "The runner set an incredulous record."),
        (EGG, "The hysterical centre of the town was flooded."),
        (EGG, "The exhibition is defiantly worth seeing."),
    ],
    # the domain vocabulary translators calque in news copy (emergencies, local government,
    # transport openings, courts and police, business, health and education, sport)
    # vigilance orange (FR) = an orange weather warning
    "vigilance": [
        (FF, "Météo-France placed eleven departments in orange vigilance."),
        (FF, "A yellow vigilance for strong winds covers the coast."),
        (FF, "The vigilance remains in force until Tuesday morning."),
    ],
    # labores de extinción = firefighting
    "extinction": [
        (FF, "The labours of extinction were hampered by the wind."),
        (FF, "Two extinction helicopters joined the operation at dawn."),
        (FF, "The extinction of the wildfire could take days."),
    ],
    # vecinos = residents
    "neighbours-count": [
        (FF, "About 150 neighbours had to leave their flats after the blast."),
        (FF, "Dozens of neighbours protested against the new landfill."),
    ],
    # balance de víctimas = toll
    "balance-of-victims": [
        (FF, "The balance of deaths in the collapse stands at 14."),
        (FF, "Officials gave a provisional balance of injured."),
    ],
    # calcinar = burn down
    "calcine": [
        (FF, "The blaze calcined several homes on the hillside."),
        (FF, "The fire calcines everything in its path, firefighters said."),
    ],
    # hidroavión = water bomber
    "hydroplane": [(FF, "A hydroplane made twenty drops on the forest fire.")],
    # prezydent miasta = mayor
    "president-of-city": [
        (FF, "The president of Lodz opened the new tram depot."),
        (FF, "Presidents of the municipalities met the governor."),
    ],
    "burgomaster": [(FF, "Burgomasters of five towns signed the letter.")],
    # assessore = councillor for
    "alderman": [(FF, "The city's alderman for tourism wants a cruise-ship tax.")],
    # na sesji = at the session
    "on-the-session": [(FF, "The councillors elected a new chairman on the session on Friday.")],
    # entrar en funcionamiento / en vigor
    "enter-in-function": [
        (FF, "The new scanner entered in functioning last month."),
        (FF, "The ban enters in force in January."),
        (FF, "The radar will be put in function before summer."),
    ],
    # oddać do ruchu = open to traffic
    "give-to-traffic": [
        (FF, "The ring road was given to traffic on Saturday."),
        (FF, "The old bridge was closed for circulation after the inspection."),
    ],
    # prisión preventiva = custody
    "preventive-prison": [
        (FF, "The judge ordered provisional prison for the driver."),
        (FF, "Both suspects remain in preventive detention pending trial."),
    ],
    # instrucción = investigation
    "instruction": [
        (FF, "The judge of instruction summoned the minister."),
        (FF, "Prosecutors asked to reopen the instruction of the bribery case."),
    ],
    # Prozess / proceso = trial
    "process-trial": [(FF, "The process against the three officers began in Leipzig.")],
    # denunciar ante la policía = report
    "denounce-to-police": [
        (FF, "The pensioner denounced the scam to the local police."),
        (FF, "The theft was denounced to the police by a neighbour."),
    ],
    # el detenido = the detainee
    "the-detained": [(FF, "The detained faces up to six years in prison.")],
    # agentes = officers
    "agents": [
        (FF, "Forty agents of the national police searched the port."),
        (FF, "Three agents were wounded during the eviction."),
    ],
    # beneficios = profits
    "benefits-profits": [
        (FF, "The benefits of the group jumped 18% in the third quarter."),
        (FF, "Net attributable benefit fell to 900 million."),
    ],
    # cotización = share price
    "quotation": [
        (FF, "The quotation of its shares slumped 12% in early trading."),
        (FF, "The company's quotation soared after the takeover bid."),
    ],
    # la patronal = employers
    "patronal": [
        (FF, "The patronal walked out of the wage talks."),
        (FF, "The patronage warned that the reform would cost jobs."),
    ],
    # ambulatorio = outpatient clinic
    "ambulatory": [(FF, "Nurses at the ambulatory vaccinated 200 patients.")],
    # personal sanitario = health workers
    "sanitary": [
        (FF, "Sanitary professionals demanded better pay."),
        (FF, "The sanitary authorities confirmed three new cases."),
    ],
    # liceu / liceum = secondary school
    "lyceum": [(FF, "Two lyceums in the city will close in June.")],
    # el bachillerato / le bac = the school-leaving exam
    "bachelor": [(FF, "Thousands of pupils sat the bachelor exams on Monday.")],
    # promoción = a graduating class
    "promotion": [(FF, "The 2010 promotion of cadets held a reunion.")],
    # clasificación = the table
    "classification": [
        (FF, "The side dropped to sixth place in the classification."),
        (FF, "Leaders Benfica head the classification on 52 points."),
    ],
    # pareggio = a draw
    "parity": [(FF, "The game ended with parity after a penalty in stoppage time.")],
    # sinistré = stricken
    "sinistered": [(FF, "Sinistrated families will receive emergency aid.")],
    # valilik = governor's office
    "governorship": [(FF, "The Ankara governorship prohibited the march.")],
    # el fiscal = prosecutor
    "fiscal": [(FF, "The chief fiscal will appeal the acquittal.")],
    # absolver = acquit
    "absolve": [(FF, "The appeals court absolved both defendants of fraud.")],
    # interanual = year-on-year
    "interannual": [(FF, "Exports recorded an interannual increase of 6%.")],
    # autónomos = self-employed
    "autonomous": [(FF, "The autonomous demand lower social security payments.")],
    # urgencias = A&E
    "urgencies": [(FF, "Two children were treated in urgencies after the crash.")],
    # damnificados = those affected
    "damnified": [(FF, "The damnified of the mudslide slept in tents.")],
    # quota (IT) = altitude
    "quota": [(FF, "Snowfall is forecast down to a quota of 600 m.")],
    # concejal de cultura = councillor for culture
    "councillor-of": [(FF, "The councillors of tourism and finance disagreed.")],
    # la alcaldía = city hall
    "mayoralty": [(FF, "The mayoralty banned fireworks in the old town.")],
    # circulación = traffic
    "circulation": [
        (FF, "Rail circulation between the two cities was suspended."),
        (FF, "The circulation on the ring road remained blocked for hours."),
    ],
    # la sentencia = the ruling
    "sentence-ruling": [(FF, "The sentence declares that the dismissal was null, the court said.")],
    # imputado = charged
    "imputed": [(FF, "Two councillors were imputed in the bribery case.")],
    # el presunto autor = the perpetrator
    "author": [(FF, "The alleged authors of the robberies were arrested in Malaga.")],
    # facturación = turnover
    "facturation": [(FF, "The firm's facturation doubled in two years.")],
    # ERE = redundancy plan
    "employment-regulation": [(FF, "Unions rejected the employment regulation plan.")],
    # salario mínimo interprofesional = minimum wage
    "interprofessional": [(FF, "The interprofessional minimum wage will rise again.")],
    # de guardia = on call
    "on-guard": [(FF, "Pharmacies on guard will open on Christmas Day.")],
    # réanimation = intensive care
    "reanimation": [(FF, "The toddler was transferred to reanimation in Lyon.")],
    # estudios superiores = higher education
    "superior-studies": [(FF, "Students of superior education marched in Lisbon.")],
    # selectividad = university entrance exam
    "selectivity": [(FF, "Pupils who failed the selectivity can resit it in July.")],
    # la carrera de medicina = a medical degree
    "career": [(FF, "He finished his career of medicine at 23 at the university.")],
    # por la mínima = by a single goal
    "minimum": [(FF, "The visitors won with the minimum after a scrappy game.")],
    # en el minuto 90 = in the 90th minute
    "minute": [(FF, "The winner came at the minute 93.")],
    # descenso = relegation
    "descent": [(FF, "The side confirmed its descent to the second division.")],
    # partido de vuelta = second leg
    "match-of-return": [(FF, "Tickets for the game of return sold out.")],
    # 群众 = residents
    "masses": [(FF, "Some 3,000 masses were evacuated from the riverbank.")],
}

QUIET = [
    # false friends in their English sense
    "She was sensible to leave before the storm broke.",
    "It would be sensible for the bank to wait.",
    "Investors realised a gain on the sale of the shares.",
    "He realised the project would fail.",
    "In actuality, the cost was far higher.",
    "The jury was sympathetic to the widow.",
    "The sculptor thanked her collaborators on the statue.",
    "The two men are serving concurrent sentences.",
    "The conference on energy opens on Monday.",
    "The minister gave a news conference in Brussels.",
    "The river marks the border between the two towns.",
    "The pound hit the 1.20 mark on Friday.",
    "Volunteers cleaned the school gymnasium after the flood.",
    "The fabric of the old town hall needs repair.",
    "The shop sells fabric and thread.",
    "Fans celebrated the victory after the hearing.",
    "The prince renounced his title in 2019.",
    "Talks will resume in three weeks.",
    "The court resumed the hearing after lunch.",
    "He contemplated quitting politics.",
    "Critics condemned the plan to close the library.",
    "The drought condemned thousands to hunger.",
    "MPs proceeded to the vote at midnight.",
    "The council will proceed with the sale.",
    "The economy contracted in the third quarter.",
    "Three nurses contracted the virus.",
    "The price of bread rose by 8 percent.",
    "Sellers received a fair price for their land.",
    "The book offers new perspectives on the war.",
    "Drivers ignored the warning signs.",
    "The balance of the loan is due in May.",
    "Students return for the spring semester in January.",
    "Nausea is common in the first trimester of pregnancy.",
    "Those responsible for the fire will be prosecuted.",
    "The graph's horizontal axis shows the years.",
    "She gave a coherent account of the crash.",
    "Troops took part in a naval exercise in the Baltic.",
    "The rebels regrouped across the border.",
    "The scam made victims of hundreds of savers.",
    "Voters no longer support the mayor's plan.",
    "Rest assured, the money is safe.",
    "The insult was an affront to the families.",
    "I suppose the vote will be close.",
    "The couple registered their house with the council.",
    "The witness recollected the night of the fire.",
    "The party will contest every seat.",
    "Charities solicited donations after the flood.",
    "Casual staff were the first to lose their jobs.",
    "The trainer of the Grand National winner was fined.",
    "The river changed course after the flood.",
    "The soprano hit the high notes.",
    "The chef's recipe for bread is a secret.",
    "Only a fraction of the party backed the leader.",
    "An artists' collective opened a gallery.",
    "Customers with account numbers ending in 7 were paid.",
    "The operative clause was rewritten.",
    "The council spent 4 million pounds on refugees' housing.",
    "The inquiry looked at the totality of the evidence.",
    "A jazz ensemble of five players opened the festival.",
    "The minister's assistants drafted the bill.",
    "Nobody took notice of the warning.",
    "Pupils borrowed books from the library.",
    "Protesters demanded that the minister resign.",
    "Savers were deceived by the fund's false accounts.",
    "Advanced economies grew faster than expected.",
    "The family went camping in the Alps.",
    "Soldiers were billeted in the town hall.",
    "Diplomatic etiquette requires a formal reply.",
    "The frequency of buses will double.",
    "The manager built a good rapport with his players.",
    "The budget process was transparent.",
    "The children played with balls in the park.",
    "A hot-air balloon landed in a field.",
    "The cabinet met to discuss the budget.",
    "Travellers waited on the station concourse.",
    "Patrons of the pub signed the petition.",
    "The revision of the timetable was welcomed.",
    "Police set up a speed trap near the school.",
    "The company realised its potential abroad.",
    "The plant utilises waste heat from the factory.",
    "The vine climbs the wall of the old house.",
    "The minister called the attack a disgrace.",
    "Volunteers cleaned up the mess after the march.",
    "The firm lost a patent dispute over its design.",
    "Rumours of a merger lifted the shares.",
    "He found a postcard in a cardboard carton.",
    "The disease spread fast through the camp.",
    "A judge will oversee the new inquiry.",
    "The undertaker who arranged the funeral spoke to mourners.",
    "A large crowd gathered outside.",
    "She took a deep breath before the speech.",
    "The route of the parade was changed.",
    "The council will extend the parking zone.",
    "We believe the fire was arson.",
    "The seams of the old sail split.",
    "Nurses want a decent pay rise.",
    "Electric buses are more economical to run.",
    "Repayments cover interest and the sum lent in principal amounts.",
    "Officials advise tenants to read the contract.",
    "The lorry braked hard at the junction.",
    "When you take the hand brake away, the car rolls.",
    "The Counsel General for Wales gave evidence.",
    "The minister defiantly refused to resign.",
    "Judicial appointments are made by a commission.",
    "The street was quiet a few weeks ago.",
    "The number of people actually employed is unknown.",
    "Troops engaged the rebels near the border.",
    "The council disposed of 3 million tonnes of waste.",
    "The world record holder will run in Berlin.",
    "Parking is free after six.",
    "The long dispute came to a happy end.",
    "Mister Patel opened the shop in 1990.",
    "Engineers found a crack in the bridge.",
    "The ultimate aim is a lasting peace.",
    "The explorer reached the North Pole.",
    "The regime's propaganda blamed foreign agents.",
    "A civilised debate is still possible.",
    "Funeral corteges moved slowly through the town.",
    "The charity ran a campaign against olive pests.",
    "The firm set up a helpline and a warning line for callers.",
    "The regime of the late general collapsed.",
    "The defence held firm in the second half.",
    "The selection of the jury took two days.",
    # calques' English look-alikes
    "Most of the time, the buses are full.",
    "The accent on the second syllable is wrong.",
    "In the last time they met, the leaders argued.",
    "There is no place for hatred in the club.",
    "The board took the word of its auditors.",
    "The club had luck on its side in the final.",
    "She did the photo shoot in Milan.",
    "Mistakes were made, the mayor admitted.",
    # eggcorns' look-alikes in their own sense
    "Time heals old wounds, the bishop said.",
    "The chef cooked a steak in the pan for the guests.",
    "Workers put new poles along the road.",
    "The ferry sails across the isle to the mainland.",
    "Wildflowers grew along the verge.",
    "The delays exasperated passengers.",
    "The forgone revenue was small.",
    "The deal was signed under an accord reached last year.",
    "Bearing in mind the costs, the plan was dropped.",
    "From the tenants' perspective, rents are too high.",
    "Engineers used an auger to drill the ice.",
    "The bill was due on Friday.",
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


CASES = [(code, text) for cases in FIRES.values() for code, text in cases]


@pytest.mark.parametrize("code, text", CASES, ids=[t[:40] for _, t in CASES])
def test_each_class_fires_in_fresh_words(garbled, code, text):
    codes = {f.code for f in garbled(text)}
    assert code in codes, codes


@pytest.mark.parametrize("text", QUIET, ids=lambda t: t[:40])
def test_correct_english_with_the_same_words_is_quiet(garbled, text):
    assert [(f.code, f.message) for f in garbled(text)] == []


def test_quoted_words_are_the_source_s_and_stay_quiet(linter):
    text = (
        '"We will celebrate an extraordinary session on Monday," the speaker said.\n\n'
        '"According to me, the deal is dead," he told reporters.\n\n'
        "The speaker said they would celebrate an extraordinary session on Monday.\n"
    )
    assert [(f.code, f.line) for f in linter.lint(text, select=["garbled"])] == [("GRB008", 5)]


def test_code_blocks_stay_quiet(linter):
    text = (
        "The export script is below.\n\n"
        "```\n"
        "fabric.close()  # the fabric will close after the perquisite for checks\n"
        "rentability = revenue / costs\n"
        "```\n"
    )
    assert linter.lint(text, select=["garbled"], path="draft.md") == []


def test_the_finding_names_the_false_friend(garbled):
    [f] = garbled("The ministry did not precise how many posts would go.")
    assert f.code == FF and "precise" in f.message


def test_quoted_domain_words_stay_quiet(linter):
    text = (
        '"The benefits of the company rose 10%," the chairman said.\n\n'
        '"We placed the region in orange vigilance," the prefect told reporters.\n\n'
        "The chairman said the benefits of the company rose 10%.\n"
    )
    assert [(f.code, f.line) for f in linter.lint(text, select=["garbled"])] == [(FF, 5)]


def test_code_blocks_with_domain_words_stay_quiet(linter):
    text = (
        "The parser is below.\n\n"
        "```\n"
        "standings = classification(table)  # leads the classification with 40 points\n"
        "sinistered = preventive_prison = None\n"
        "```\n"
    )
    assert linter.lint(text, select=["garbled"], path="draft.md") == []


def test_the_finding_names_the_english_word(garbled):
    [f] = [f for f in garbled("The syndicates and the patronal signed the deal.") if "patronal" in f.message]
    assert f.code == FF and "employers" in f.message
