"""Claim constructions widened by kind, each with firing and quiet sentences of its own:
a measure said to come to rest (forecast), a business carrying on its work (a plan, quiet),
a percentage or a rate of a population with any verb in the present, a whole people or
anyone with a habit marker ("Every Icelander still ...", "All young people in the valley
have ..."), a plain quality word judging how a job was done, evidence said to settle a
question, a trouble "created by" or "comes from" something, a purpose of keeping people
unaware or a sporting tactic read into an act, unnamed groups placed but not named
("Insiders at rival firms suggest"), a quantifier before a loanword plural, and the verb
of saying before its unnamed group ("..., say the people at the market")."""

import pytest

FIRE = [
    # forecasts: a measure coming to rest or turning
    ("Rents will level off once the new flats are finished.", "CLM003"),
    ("The property market will bottom out in the spring.", "CLM003"),
    ("Heating bills will stabilise next year.", "CLM003"),
    ("Grain prices will settle by the new year.", "CLM003"),
    ("Demand for tutors will return to normal before the exams.", "CLM003"),
    # a share of a population, any verb in the present
    ("Eight in ten commuters in the valley now travel by bus.", "CLM007"),
    ("Around 35% of adults in the borough cycle to work.", "CLM007"),
    ("Sixty per cent of teenagers own a tablet.", "CLM007"),
    ("About half of all households on the island heat their homes with peat.", "CLM007"),
    # universal claims about a people, or anyone with a habit marker
    ("Every Icelander still reads the sagas.", "CLM007"),
    ("Every Norwegian owns a pair of skis.", "CLM007"),
    ("Every teenager now carries a phone.", "CLM007"),
    ("Every Finn owns a sauna.", "CLM007"),
    ("All Dutch children learn to swim before they are six.", "CLM007"),
    ("No teenager reads a newspaper any more.", "CLM007"),
    ("Nearly a third of pensioners in the town live alone.", "CLM007"),
    ("One in three children in the district leaves school without a qualification.", "CLM007"),
    ("Inflation will slow to 2% by the autumn.", "CLM003"),
    ("Tourist numbers will pick up again once the road reopens.", "CLM003"),
    ("The landlord left the flats empty to push up rents in the area.", "CLM002"),
    ("He skipped the qualifier to rest his injured knee before the final.", "CLM002"),
    ("Officials close to the talks suggest a deal is near.", "CLM008"),
    ("The upshot is that fewer families can afford a home.", "CLM001"),
    ("The council closed the library with the aim of selling the building.", "CLM002"),
    ("Word on the street is that the factory will close.", "CLM008"),
    ("Like all teenagers, pupils at the academy spend hours on their phones.", "CLM007"),
    ("Crofters are forever complaining about the ferry.", "CLM007"),
    ("Migrants are flooding into the region.", "CLM007"),
    ("All young people in the glen have left the crofts.", "CLM007"),
    ("All Icelanders read the sagas.", "CLM007"),
    ("All teenagers now carry a phone.", "CLM007"),
    # a verdict on how a job was done
    ("The handling of the outbreak by the health board has been completely weak.", "CLM006"),
    ("The ministry's response to the complaints was very poor.", "CLM006"),
    ("The club's record on safety is bad.", "CLM006"),
    # evidence said to settle the question
    ("The soil samples prove beyond doubt that the orchard was poisoned.", "CLM006"),
    ("The photographs leave no doubt that the wall was unsafe.", "CLM006"),
    # superlatives of the same morphology with a scope
    ("Tardigrades are the hardiest creatures on Earth.", "CLM005"),
    ("Wick is the windiest town in Scotland.", "CLM005"),
    # causes: a trouble created by something, a change that comes from something
    ("The backlog was created by the 2019 court reforms, which cut the number of judges.", "CLM001"),
    ("The housing shortage was created by decades of underbuilding.", "CLM001"),
    ("The drop in orders came from cheaper imports.", "CLM001"),
    ("The rise in rents comes mostly from the shortage of homes.", "CLM001"),
    # a cause vouched for by nobody is still a cause (the hedge is reported too)
    ("The slump is widely believed to stem from the closure of the pit.", "CLM001"),
    ("The drop in bookings is said to be down to cheaper flights abroad.", "CLM001"),
    # motives: keeping people unaware, a tactic read into a performance
    ("The bank changed the terms overnight so that few savers would notice.", "CLM002"),
    ("The council raised the parking fees in August so that residents would not realise until the autumn.", "CLM002"),
    ("He slowed in the final lap to save his legs for the relay next week.", "CLM002"),
    ("The manager rested his stars to keep them fresh for the cup tie.", "CLM002"),
    # vague sources: placed but not named, a loanword plural, the verb before the group
    ("Insiders at rival firms suggest the merger is dead.", "CLM008"),
    ("Critics in the trade argue the levy is too high.", "CLM008"),
    ("Many campesinos say the co-operative pays too late.", "CLM008"),
    ("Bread has got dearer, say the people at the market.", "CLM008"),
    ("The pier is unsafe, claim residents.", "CLM008"),
]

QUIET = [
    # scheduled, decided, or an agent's act
    "The insurer will settle the claim next month.",
    "The family will settle in Leeds after the wedding.",
    "The other branches will keep trading while the sale goes through.",
    "The ferries will carry on sailing while the pier is rebuilt.",
    # an event's own counts, a set the sentence names, a source in the sentence
    "Three in ten voters backed the motion.",
    "Seven in ten passengers on the flight were British.",
    "About 30% of applicants were rejected.",
    "Two in three farms in the north east were flooded.",
    "The survey found that 45% of drivers ignore the limit.",
    "According to the census, 12% of residents speak Welsh at home.",
    "80% of my costs are wages.",
    # arrangements and rules, not habits
    "Every pupil gets a free meal.",
    "Every visitor receives a map at the gate.",
    "Every resident was evacuated.",
    "All residents have been evacuated.",
    "All staff have to wear masks.",
    "All workers receive a bonus at Christmas.",
    "All pupils sit the exam in June.",
    "All members get a vote.",
    "All residents in the street get a parking permit.",
    "Every Tuesday the market opens early.",
    "Every Christmas Eve the choir sings in the square.",
    "On average every Dane buys 4.1 books a year.",
    "All four Britons held abroad will be freed within weeks.",
    "No driver was hurt in the crash.",
    "The council will pick up the bill for the repairs.",
    "The result is that the match was postponed.",
    "The club was founded in 1890 with the aim of promoting cricket.",
    "Fans are leaving the ground early.",
    "The river is flooding into the fields.",
    # a quality of a thing, not of a job done; attributed judgements
    "The mobile signal in the valley is weak.",
    "The response rate to the survey was poor.",
    "Visibility was poor on the motorway.",
    "His performance was good enough to win the race.",
    "The minister said the council's response had been slow.",
    # a court's standard, a hope, a denial
    "The prosecution must prove beyond reasonable doubt that he was there.",
    "Scientists hope the trial will show conclusively whether the drug works.",
    "The study did not prove conclusively that the drug works.",
    # what was made, and an origin
    "The jobs were created by the new factory.",
    "The delay may have been caused by a faulty signal.",
    "The mural was created by a local artist.",
    "The pressure comes from China.",
    "The growth comes from exports, the bank said.",
    # a purpose that is no motive read into anyone, and the speaker's own
    "The firm moved its offices so that staff could work closer to home.",
    "\"I eased off to save my legs for Sunday,\" she said.",
    "She eased off in the last mile to save her legs for the championships, her coach said.",
    "Fans are asked to keep their tickets for the replay.",
    # those who speak for a body, a named group, and evidence
    "The road will reopen on Friday, police said.",
    "It is likely the army will be called in, officials in the ministry said.",
    "The vote was rigged, say Labour MPs.",
    "Analysts at Barclays say the pound will fall.",
    "Readings at the site suggest the lake is shrinking.",
    "Many had expected sales to fall in November.",
    "Ferries had to cancel 40 sailings on Sunday, said industry officials.",
    "But the director, head of the festival's organisers, the Film Society, said the changes in the rules were made in May.",
    "Former All Saints singer Natalie Appleton walked out of the show.",
    "They now face an All Blacks team led by the new captain.",
    "All four contestants still remain in the house.",
    "By 2010, 20% of homes in the UK will have a digital set.",
    # a view counted in a vote, and a group beside a named source
    "Most islanders said in a referendum they wanted to keep the ferry.",
    "According to the riders and even Pogacar himself, the climb is the hardest in the race.",
]


@pytest.mark.parametrize("sentence,code", FIRE)
def test_construction_fires(linter, sentence, code):
    assert code in linter.codes(sentence, select=["claims"]), sentence


@pytest.mark.parametrize("sentence", QUIET)
def test_look_alike_stays_quiet(linter, sentence):
    assert not [c for c in linter.codes(sentence, select=["claims"]) if c not in ("CLM004", "CLM010")], sentence


def test_a_share_right_after_an_unnamed_study_is_the_study_s_figure(linter):
    text = ("Women in the furniture trade earn less than men, according to a study released on Monday.\n\n"
            "Only 16% of women earn more than £40,000, compared with 30% of men.\n")
    codes = linter.codes(text, select=["claims"])
    assert "CLM008" in codes and "CLM007" not in codes, codes


def test_a_share_with_no_study_before_it_still_fires(linter):
    text = ("The furniture trade had a quiet year.\n\n"
            "Only 16% of women earn more than £40,000, compared with 30% of men.\n")
    assert "CLM007" in linter.codes(text, select=["claims"])



def test_a_share_after_a_named_source_on_another_topic_still_fires(linter):
    text = ("Cyclists were four times more likely to be injured than drivers, according to the same figures.\n\n"
            "Eight out of ten young riders who skip helmets do so for comfort.\n")
    assert "CLM007" in linter.codes(text, select=["claims"])
