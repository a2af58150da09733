"""Claims stated through constructions the cue lists lacked (issue 14), by grammatical
family: causes through verbs and nouns of effect ("spurred", "stoked", "hit by the loss
of", "the price of", "starved of", "laid at the door of", "the fallout from", "cost him his
seat"), purposes read into acts ("aimed at sidelining", "designed to drive ... out", "with an
eye on the election", "so that parents could not attend", "a ploy to", "to avoid" after a
move to a named place), forecasts worded as a threat, a risk, a stake or an impossibility
("threatens to", "risks becoming", "stands to", "cannot survive"), verdicts in evaluative
adjectives and set phrases ("ill-judged", "long overdue", "a damning indictment", "a missed
opportunity") and generalisations about whole groups ("no longer read", "are abandoning",
"every commuter has a story", "has never attended a single").

Each is checked firing in the writer's voice and quiet when attributed, quoted, in a code
block, or a look-alike (a named party's threat, a rule change, an animal kept out, a
natural cause, narration)."""

import pytest

FIRES = [
    ("CLM001", "The harbour levy spurred a rush of boat owners to moor elsewhere."),
    ("CLM001", "The chairman's comments stoked anger among season-ticket holders."),
    ("CLM001", "Cafes in the square have been hit hard by the loss of office workers."),
    ("CLM001", "Longer waits at the clinic are the price of the trust's hiring freeze."),
    ("CLM001", "The ring road has starved the old market of customers."),
    ("CLM001", "Much of the blame can be laid at the door of the previous board."),
    ("CLM001", "The fallout from the audit has cost the treasurer her post."),
    ("CLM001", "In the wake of the fare rise, students have deserted the late buses."),
    ("CLM001", "The loss of the contract has left the subcontractors out of pocket."),
    ("CLM002", "The restructuring was aimed at sidelining the finance director."),
    ("CLM002", "The curfew is designed to drive young people out of the park."),
    ("CLM002", "The minister toured the flood towns with an eye on the leadership."),
    ("CLM002", "The hearing was set for a weekday morning so that working parents could not attend."),
    ("CLM002", "The free parking offer was a cynical ploy to win back shoppers."),
    ("CLM002", "The firm moved its registered office to Jersey to dodge the new levy."),
    ("CLM003", "The pay row threatens to bring the city's bin collections to a halt."),
    ("CLM003", "The new arena risks becoming a drain on the council's finances."),
    ("CLM003", "Developers stand to pocket millions from the rezoning."),
    ("CLM003", "The corner shop cannot survive another rent rise."),
    ("CLM006", "The decision to cut the ferry timetable was ill-judged."),
    ("CLM006", "A review of the town's parking rules is long overdue."),
    ("CLM006", "The ombudsman's findings are a damning indictment of the housing department."),
    ("CLM006", "The budget was a missed opportunity for the region."),
    ("CLM006", "The board's response has been woefully inadequate."),
    ("CLM007", "Teenagers no longer watch live television."),
    ("CLM007", "Diners are deserting the city's fine-dining restaurants."),
    ("CLM007", "Every parent at the school has a story about the car park."),
    ("CLM007", "The chairman has never answered a single letter from the residents."),
    # roles, openings, tolls, ends and new states as causes
    ("CLM001", "The withdrawal of the grant played a decisive role in the collapse of the choir."),
    ("CLM001", "Second homes are pushing up house prices along the estuary."),
    ("CLM001", "The court ruling opened the floodgates for similar claims."),
    ("CLM001", "Years of night work have taken a heavy toll on the drivers."),
    ("CLM001", "The village has the new school to thank for its young families."),
    ("CLM001", "The online giants spelt the end of the town's record shop."),
    ("CLM001", "The service charges have made the flats unsellable."),
    # pretexts and opportunism
    ("CLM002", "The estate was cleared under the pretext of fire safety."),
    ("CLM002", "The chief executive is more interested in his bonus than in the patients."),
    ("CLM002", "The agency delayed the report to cover its own tracks."),
    # certainty and doom
    ("CLM003", "It is only a matter of time before the sea wall gives way."),
    ("CLM003", "The days of the cheque book are numbered."),
    ("CLM003", "The theatre faces almost certain closure."),
    ("CLM003", "The government is heading for a humiliating defeat."),
    ("CLM003", "The ceasefire won't last."),
    ("CLM003", "The signing will be the making of the club."),
    # right and wrong
    ("CLM006", "The board was right to sack the manager."),
    ("CLM006", "The regulator belatedly ordered a review."),
    ("CLM006", "The inspectors should have visited the home years ago."),
    ("CLM006", "The lifeboat crews deserve enormous credit."),
    ("CLM006", "The once-great club is a shadow of its former self."),
    ("CLM006", "The old sorting office is not fit for purpose."),
    # appeal and repute
    ("CLM007", "As any landlord will tell you, the new rules are unworkable."),
    ("CLM007", "The estate has become a byword for neglect."),
    ("CLM007", "Bus operators never listen."),
    ("CLM007", "Letting agents tend to side with the landlord."),
    ("CLM007", "In a downturn, small builders tend to go bust first."),
    # a translation's English and inverted causes
    ("CLM001", "The closure of the border is due in large measure to the smuggling of fuel."),
    ("CLM001", "The bypass has permitted to reduce the noise in the villages."),
    ("CLM001", "The origin of the crisis is the collapse of the coal price."),
    ("CLM001", "The strike has had as consequence the loss of two big clients."),
    ("CLM001", "The jump in complaints comes down to a shortage of inspectors."),
    ("CLM001", "Lax checks allowed the fraud to go unchecked for a decade."),
    ("CLM001", "The hospital's woes go back to a botched merger."),
    ("CLM001", "Behind the surge in evictions is a landlord hungry for profit."),
    ("CLM002", "The directors sold the land solely to line their own pockets."),
    ("CLM002", "The goal of the new law is in reality to silence the press."),
    ("CLM002", "The chain is quietly banking on the council backing down."),
    ("CLM003", "This law will suppose a radical change for small farmers."),
    ("CLM003", "The old footbridge is an accident waiting to happen."),
    ("CLM003", "The ruling spells trouble for the ferry operators."),
    ("CLM006", "It is evident that the council has lost control of its budget."),
    ("CLM006", "The handling of the evacuation was exemplary."),
    ("CLM006", "The hearing raised more questions than it answered."),
    ("CLM006", "The landlord treated his tenants with contempt."),
    ("CLM007", "Hardly anyone uses the new park-and-ride."),
    ("CLM007", "The residents are very unhappy with the new parking zone."),
    ("CLM008", "Diverse analysts consider that the currency is overvalued."),
    # claims inside longer sentences
    ("CLM001", "The cafe, which had traded for forty years, was finished off by the rise in rents."),
    ("CLM001", "Years of road closures drove away its regular customers."),
    ("CLM001", "Footfall in the arcade has dwindled since the bank moved out."),
    ("CLM002", "The owner, desperate to sell, let the listed barn fall down."),
    ("CLM002", "The club sacked its manager in a blatant bid to placate the fans."),
    ("CLM003", "By the summer, the hospice will have run out of money."),
    ("CLM006", "The town's bus network is shockingly thin."),
    ("CLM006", "The reopening was, by any measure, a flop."),
    ("CLM007", "Like most market towns, Ashby has lost its banks."),
    ("CLM007", "Schools up and down the country are cutting music lessons."),
    # records, sweeping impacts and comparisons, plain-verb effects, wants and appetites
    ("CLM005", "The crowd was the biggest anyone could remember."),
    ("CLM005", "Rabies is the deadliest infection known to medicine."),
    ("CLM005", "The flood was the worst of the history of the valley."),
    ("CLM006", "The food bank has done more for the estate than any politician."),
    ("CLM006", "The new head has turned the school around."),
    ("CLM006", "The choir has never sounded better."),
    ("CLM001", "The bypass has made the old road safer."),
    ("CLM001", "Cheap flights have killed the town's coach trade."),
    ("CLM001", "The closure of the shipyard ripped the heart out of the town."),
    ("CLM001", "Years of neglect turned the canal into an eyesore."),
    ("CLM001", "Soaring rents are forcing artists to leave the city."),
    ("CLM001", "The timetable cuts have cut off whole estates."),
    ("CLM002", "The trustees wanted the report kept under wraps."),
    ("CLM002", "The landlords are only after a quick profit."),
    ("CLM003", "Fares can only go up from here."),
    ("CLM007", "It is an open secret that the pier is for sale."),
    # a share of a whole population, in the present
    ("CLM007", "Two-thirds of British teenagers now own a smartphone."),
    ("CLM007", "Nine out of ten pubs in the county rely on summer trade."),
    ("CLM007", "Half of all new cafes close within a year."),
    ("CLM007", "Four in five renters cannot afford a deposit."),
    ("CLM007", "A third of the nation's bridges need urgent repairs."),
    # the wording of the beats
    ("CLM001", "The flop was entirely of the studio's own making."),
    ("CLM001", "The shares tumbled on fears that the chairman would quit."),
    ("CLM001", "The speed cameras have halved accidents on the coast road."),
    ("CLM001", "The club's revival is the work of its academy coaches."),
    ("CLM002", "The landlord is dragging his feet over the repairs."),
    ("CLM002", "The stewards turned a blind eye to the crush at the gates."),
    ("CLM002", "The witness changed her account to suit the evidence."),
    ("CLM002", "The insurer is trying to wriggle out of its promises."),
    ("CLM003", "Rovers will be relegated by Easter."),
    ("CLM003", "The pound has further to fall."),
    ("CLM003", "The ruling will open the floodgates to similar claims."),
    ("CLM006", "The takeover makes no commercial sense."),
    ("CLM006", "The umpire was clearly biased against the visitors."),
    ("CLM006", "The licensing office is a law unto itself."),
    ("CLM007", "Juries are notoriously reluctant to convict in such cases."),
    # harder wording: credit and blame, clefts, counterfactuals, what it was about, idioms
    ("CLM001", "The blame for the flooding lies squarely with the developer."),
    ("CLM001", "Much of the credit for the revival belongs to the volunteers."),
    ("CLM001", "What sank the scheme was the bank's refusal to lend."),
    ("CLM001", "None of this would have happened without the chairman's meddling."),
    ("CLM002", "The takeover was never about saving the brand."),
    ("CLM002", "Behind the new parking rules lies a desire to raise cash."),
    ("CLM002", "The review was designed to produce the answer the board wanted."),
    ("CLM003", "The next council will inherit a mess."),
    ("CLM003", "Sooner or later the bubble will burst."),
    ("CLM003", "The ferry service has a bleak future."),
    ("CLM003", "There is no way the council can afford the new pool."),
    ("CLM006", "The fine makes a mockery of the rules."),
    ("CLM006", "The former chairman has a lot to answer for."),
    ("CLM006", "The archive is in safe hands."),
    ("CLM006", "The water company got off lightly."),
    ("CLM006", "The storm exposed decades of neglect of the sea wall."),
    ("CLM007", "Everyone in the village has been affected by the closure."),
    # health, science, environment and transport wording
    ("CLM001", "The food poisoning can be blamed on poor hygiene in the kitchen."),
    ("CLM001", "Years of illegal dumping have turned the stream into an open sewer."),
    ("CLM002", "The bank delayed the figures to protect its share price."),
    ("CLM002", "The operator is using the heatwave as an excuse to cancel trains."),
    ("CLM002", "The plant has been secretly burning waste to cut costs."),
    ("CLM003", "The ice shelf is on course to collapse within a decade."),
    ("CLM006", "The rescue plan came too late to save the mill."),
    ("CLM006", "Traffic fumes are harming pupils' health."),
]

# Look-alikes in the writer's voice that make no claim of the kind.
QUIET = [
    # one person's habit, a plural of care, a source's generalisation
    ("CLM007", "Dr Patel tends to see the youngest patients first."),
    ("CLM005", "The oldest wing of the history museum is closed for repairs."),
    ("CLM007", "Volunteers tend to the allotments on Sundays."),
    ("CLM007", "Letting agents tend to side with the landlord, the survey found."),
    ("CLM001", "Rail services were hit by strikes on Monday."),  # an event's impact, narrated
    ("CLM001", "The club was hit by a transfer ban."),  # a sanction
    ("CLM001", "He was hit by a car on the ring road."),
    ("CLM001", "The storm left hundreds of homes without power."),  # a natural cause
    ("CLM001", "Spurred on by the home crowd, Okafor won in straight sets."),
    ("CLM001", "£4 is the price of a coffee in the square."),
    ("CLM001", "The closure of the plant left 300 workers without jobs."),  # what happened
    ("CLM001", "In the wake of the storm, residents cleared fallen trees from the road."),
    ("CLM002", "The new scheme is designed to help first-time buyers."),  # a stated benefit
    ("CLM002", "The fence is designed to keep deer out of the orchard."),
    ("CLM002", "The ship diverted to Cork to avoid the storm."),
    ("CLM002", "She moved to Glasgow to study medicine."),
    ("CLM002", "The road was closed so that engineers could repair the bridge."),
    ("CLM002", "The campaign is aimed at encouraging people to recycle."),
    ("CLM003", "The union threatened to strike over pay."),  # a named party's threat
    ("CLM003", "Nurses threaten to walk out next week."),
    ("CLM003", "Drivers who ignore the signs risk losing their licence."),  # a rule's penalty
    ("CLM003", "The risk of flooding remains high."),
    ("CLM003", "It stands to reason that the audit took time."),
    ("CLM003", "The bridge cannot be used by lorries."),
    ("CLM003", "The library will reopen on Monday after a refit."),  # scheduled
    ("CLM007", "Passengers no longer need to print their tickets."),  # a rule that changed
    ("CLM007", "Visitors no longer pay to enter the museum."),
    ("CLM007", "Fans were leaving the ground before the final whistle."),  # narration
    ("CLM007", "Every pupil will receive a laptop in September."),  # a plan
    ("CLM007", "Every resident received a letter from the council."),
    ("CLM001", "He played a key role in the film."),  # a credit, not a cause
    ("CLM001", "The caretaker opened the door to a stranger."),
    ("CLM001", "The frost took its toll on the early potatoes."),  # nature's toll
    ("CLM001", "The ceremony marked the end of the festival."),
    ("CLM001", "The council set the stage for the concert in the square."),
    ("CLM001", "The landlord has made the flats available to nurses."),
    ("CLM002", "Insurance is cover for accidents."),
    ("CLM002", "Police seized on a tip-off and arrested two men."),
    ("CLM003", "The meeting will last two hours."),  # a timetable
    ("CLM003", "There will be no service on Christmas Day."),
    ("CLM003", "The ferry is heading for Calais."),
    ("CLM003", "The plane was about to land when the fog came down."),
    ("CLM006", "The train should have arrived at 9am."),
    ("CLM006", "The council was the first to sign up."),
    ("CLM006", "The machines are fit for purpose."),
    ("CLM007", "Ask any question you like at the end."),
    ("CLM007", "The town is famous for its cheese."),
    ("CLM001", "The origin of the name is unclear."),
    ("CLM001", "Her problems go back to the 1990s."),
    ("CLM001", "The nurses were allowed to go on strike."),
    ("CLM002", "The aim of the game is simply to score more points."),
    ("CLM002", "He is hoping to sign for a bigger club."),  # stated plans, no adverb reading a mind
    ("CLM006", "The evidence was insufficient to convict him."),
    ("CLM006", "Without doubt, I will be there."),  # a speaker's own certainty
    ("CLM006", "Police treated the death as suspicious."),
    ("CLM001", "The batsman was driven off by rain."),
    ("CLM001", "Police chased off the youths."),
    ("CLM007", "Like most of the guests, she arrived by boat."),
    ("CLM007", "Teams across the country are preparing for the new season."),
    ("CLM003", "The stadium will have been open for a year in May."),
    ("CLM006", "The driver turned the bus around at the depot."),
    ("CLM001", "The floods have cut off whole villages in the north."),
    ("CLM001", "Storm Ivor has made the roads more dangerous."),
    ("CLM001", "The builders turned the chapel into a cafe."),
    ("CLM002", "He was after a new job."),
    ("CLM002", "The police wanted the suspect found."),
    ("CLM007", "Three-quarters of the staff were made redundant."),  # the story's own set, an event
    ("CLM007", "Half of the 40 passengers were treated in hospital."),
    ("CLM007", "Two-thirds of the members voted for the merger."),
    ("CLM007", "Nine out of ten tickets have been sold."),
    ("CLM007", "Half of the money will go to the hospice."),
    ("CLM007", "Two-thirds of the course is on tarmac."),
    ("CLM001", "The painting is the work of Turner."),  # authorship, not a cause
    ("CLM001", "The council has cut bus services."),  # an act on its own service
    ("CLM003", "The striker will be relegated to the bench."),
    ("CLM003", "The team will be promoted if they win on Saturday."),
    ("CLM001", "Responsibility for the roads lies with the county council."),
    ("CLM002", "The film is about a boy who never grew up."),
    ("CLM003", "There is no way in to the building from the street."),
    ("CLM007", "Everyone in the building has been evacuated."),
    ("CLM001", "The fire can be blamed on a faulty heater."),  # an accident's cause
    ("CLM006", "It was too late to catch the last train."),
    ("CLM002", "The council switched off streetlights to save money."),  # no covert act
    ("CLM003", "The ferry is on course to arrive within the hour."),
]


def test_a_family_named_as_the_source_attributes_the_claim(linter):
    # "the victim's family said": "family" is a noun, not an adverb of a passive ("is widely said")
    for text in ("The sentence was far too lenient, the victim's family said.",
                 "The victim's family said the sentence was far too lenient."):
        assert linter.codes(text, select=["claims"]) == [], text
    assert "CLM006" in linter.codes("The sentence was far too lenient.", select=["CLM006"])


@pytest.mark.parametrize("code,sentence", FIRES)
def test_claim_fires_in_writer_voice(linter, code, sentence):
    assert code in linter.codes(sentence, select=[code]), sentence


@pytest.mark.parametrize("code,sentence", QUIET)
def test_look_alike_is_quiet(linter, code, sentence):
    assert linter.codes(sentence, select=[code]) == [], sentence


@pytest.mark.parametrize("code,sentence", FIRES)
def test_attributed_quoted_and_code_stay_quiet(linter, code, sentence):
    body = sentence[:-1]
    attributed = f"{body}, the regional chamber of commerce said."
    according = f"According to the Office for National Statistics, {body[0].lower()}{body[1:]}."
    quoted = f'"{body}," said Helen Marsh, who chairs the traders\' association.'
    code_block = f"```\n{sentence}\n```\n"
    for text in (attributed, according, quoted, code_block):
        assert linter.codes(text, select=[code]) == [], text


def test_hedged_reflection_is_left_to_hedging(linter):
    # a single hedge before "reflect" makes it the hedging rules' business, not a verdict
    assert linter.codes("The figures perhaps reflect a wider slowdown.", select=["CLM006"]) == []
    assert "CLM006" in linter.codes("The figures reflect a wider slowdown.", select=["CLM006"])


def test_superlative_with_a_relative_clause_is_a_record_not_geography(linter):
    # "the county" in a relative clause is the scope of a record, not the thing measured
    assert "CLM005" in linter.codes("This is the wettest autumn the county has seen in a century.", select=["CLM005"])
    assert linter.codes("Snowdon is the highest mountain in Wales.", select=["CLM005"]) == []


def test_a_hedged_verdict_is_left_to_hedging(linter):
    # "Maybe ... should have", "perhaps right to": the hedging rules report the hedge
    for sentence in ("Maybe the council should have listened to the residents.",
                     "The board was perhaps right to sack the manager.",
                     "Perhaps the volunteers deserve credit."):
        assert linter.codes(sentence, select=["CLM006"]) == [], sentence
        assert linter.codes(sentence, select=["hedging"]) != [], sentence


def test_a_share_of_a_population_after_a_named_survey_continues_it(linter):
    alone = "Half of all new cafes close within a year."
    after = ("According to a survey by the Cafe Owners' Association, most owners work 60 hours a week. "
             "Half of all new cafes close within a year.")
    assert "CLM007" in linter.codes(alone, select=["CLM007"])
    assert linter.codes(after, select=["CLM007"]) == []
