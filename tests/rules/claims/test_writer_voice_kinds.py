"""Claims in the writer's own voice that read as plain statements: forecasts with no
outcome word, imputed motives, causes, verdicts and vague sources with modifiers. Each
kind fires in the writer's voice, and its look-alike (a timetable, a stated procedure, a
routine cause, a named source) stays quiet."""

from __future__ import annotations

import pytest

FIRES = [
    # plain forecasts: a consequence for an affected party or measure, a spread to others
    ("CLM003", "The new tram route will slash commuting times for tens of thousands of residents."),
    ("CLM003", "The ban will drive smokers across the border."),
    ("CLM003", "The new rules will hit the poorest households hardest."),
    ("CLM003", "The pilot will be rolled out to neighbouring districts."),
    ("CLM003", "The curfew will be copied by other resorts."),
    ("CLM003", "Job losses will follow within weeks."),
    ("CLM003", "Rents will continue to outpace wages."),
    ("CLM003", "Nobody will use the new footbridge."),
    ("CLM003", "The marina will breathe new life into the old harbour."),
    ("CLM003", "The row will tear the party apart."),
    ("CLM003", "Mortgage rates will stay painfully high all year."),
    ("CLM003", "Fewer students will be able to afford a room in the city."),
    ("CLM003", "The new charges will hit small traders hardest."),
    ("CLM007", "Turnout at council elections is often lower than in general elections."),
    ("CLM003", "The strike will drag on into the summer."),
    ("CLM003", "The roadworks will make the school run even longer."),
    ("CLM003", "The grant will do little to cut heating bills."),
    # a move stated as settled, with nobody announcing it
    ("CLM003", "Harbour Lights will transfer to a larger London theatre next spring."),
    ("CLM003", "The bakery will relocate to a unit on the industrial estate later this year."),
    ("CLM003", "The two building societies will merge with a larger rival."),
    ("CLM003", "The old chapel will be turned into flats."),
    # imputed motives: a focus adverb before a purpose, an act meant to reward or please
    ("CLM002", "The mayor backed the scheme only to shore up his own position."),
    ("CLM002", "The poll was called on a date chosen purely to win back voters."),
    ("CLM002", "The board sold the ground solely to clear its debts."),
    ("CLM002", "The honours list was designed to please the party's donors."),
    ("CLM002", "It was a gesture meant to pay off its allies."),
    ("CLM002", "The choice was made to fill the gap in the pension fund."),
    ("CLM002", "The board only approved the sale to plug a gap in its accounts."),
    ("CLM002", "The club appointed a local hero to head off criticism from the terraces."),
    ("CLM002", "The audit was delayed to spare the chairman's blushes."),
    ("CLM002", "The trust sold the nurses' homes to balance its books."),
    ("CLM002", "The chairman quit to save himself from a vote of no confidence."),
    # a purpose infinitive after an act whose goal is self-serving or evaluative
    ("CLM002", "The trust moved the maternity unit to shed its costliest patients."),
    ("CLM002", "The mayor postponed the vote to dodge awkward questions about the budget."),
    ("CLM002", "The landlord raised the service charge to get rid of older tenants."),
    ("CLM002", "The firm renamed the brand to gain an edge over its rivals."),
    ("CLM002", "The chairman leaked the minutes to sideline his deputy."),
    ("CLM002", "The club moved the kick-off to sidestep a ban on away fans."),
    # a reporting verb used for an act: the motive after it is still the writer's
    ("CLM002", "The board only agreed the new rota to win over the drivers' union."),
    ("CLM002", "The council agreed the new parking charges to punish commuters."),
    # verdicts: failure, sweeping impact, harm in progress
    ("CLM006", "The reforms have failed."),
    ("CLM006", "The trust has failed to tackle the backlog of repairs."),
    ("CLM006", "The academy chain has failed its pupils."),
    ("CLM006", "The low-traffic scheme has saved hundreds of lives."),
    ("CLM006", "Cheap imports have destroyed thousands of small dairies."),
    ("CLM006", "The new rules are punishing the poorest families."),
    ("CLM006", "The harbour board has let the fishermen down."),
    ("CLM006", "The leisure centre has been badly run for a decade."),
    ("CLM006", "The board has lost all credibility with the fans."),
    ("CLM006", "Second homes have hollowed out the old mining villages."),
    ("CLM006", "The new parking rules are a recipe for chaos."),
    ("CLM006", "The one-way system has made things worse."),
    ("CLM006", "The closure of the ward makes no sense."),
    ("CLM006", "The new bus station is a white elephant."),
    # vague sources with modifiers
    ("CLM008", "Party insiders claim the leader has lost the room."),
    ("CLM008", "Relevant experts said the viaduct was unsafe."),
    ("CLM008", "Industry figures say the levy will hit small brewers."),
    ("CLM008", "Well-placed sources say the merger is off."),
    ("CLM008", "Reports suggest the brewery is up for sale."),
    ("CLM008", "Reports show the brewery lost money for a decade."),
    ("CLM008", "Those close to the chairman say he is ready to sell."),
    ("CLM008", "One source said the talks had collapsed."),
    ("CLM008", "Conservation groups say the estuary is dying."),
    ("CLM008", "Concerned surgeons say the new rota is dangerous."),
    # influence claimed everywhere
    ("CLM007", "His influence can be seen in almost every new building in the city."),
    ("CLM007", "Her legacy is still felt across the whole county."),
    # records that are the writer's
    ("CLM005", "The bakery makes the finest sourdough in the county."),
    ("CLM005", "The estate has the highest burglary rate in the region."),
    # causes in the writer's voice
    ("CLM001", "Profits rose on the back of aggressive price rises."),
    ("CLM001", "The harbour made a huge contribution to the town's revival."),
    ("CLM001", "Resentment on the estate has been stoked by the housing association's silence."),
    ("CLM001", "Footfall in the arcade collapsed after the new owners took over."),
    ("CLM001", "Bookings picked up on the strength of the new menu."),
    ("CLM001", "Visitor numbers jumped following the television series."),
    ("CLM001", "Short-sighted planning lies at the root of the housing shortage."),
]

QUIET = [
    # timetables, procedures and accounts of a plan
    ("CLM003", "The committee will meet on Thursday."),
    ("CLM003", "The library will open at 9am on weekdays."),
    ("CLM003", "The funeral will be held at St Mary's Church."),
    ("CLM003", "The festival will feature more than 200 bands."),
    ("CLM003", "Residents will be asked for their views."),
    ("CLM003", "The new charges will hit motorists from Monday 3 March."),
    ("CLM003", "Leaflets will be sent to households in the spring."),
    ("CLM003", "Smith will miss the rest of the season with a knee injury."),
    ("CLM003", "The merger will allow foreigners to trade in the company's shares."),
    ("CLM003", "The scheme will enable pupils at village schools to share a science teacher."),
    ("CLM003", "More than 300 runners will take part on Sunday."),
    ("CLM003", "More trains will run on Saturdays from June."),
    # conditions, reports and attributed forecasts
    ("CLM003", "If the vote passes, the new rules will hit the poorest households hardest."),
    ("CLM003", "The company said the cuts will hit hundreds of jobs."),
    ("CLM003", "The ban will drive smokers across the border, the retailers' association warned."),
    # results and procedures, not motives
    ("CLM002", "She arrived only to find the doors locked."),
    ("CLM002", "He was made to resign."),
    ("CLM002", "The decision was made to close the school."),
    ("CLM002", "Water was pumped out simply to keep the tunnel dry."),
    ("CLM002", "Bailiffs were sent in to force the tenants out."),
    ("CLM002", "The squad flew out a day early to avoid the holiday traffic."),
    ("CLM002", "The land sale should be enough to balance the books."),
    ("CLM002", "The club needs to save face after the defeat."),
    # failures that are events, damage done by nature
    ("CLM006", "He failed a drugs test."),
    ("CLM006", "The defendant failed to appear in court."),
    ("CLM006", "The takeover bid has failed."),
    ("CLM006", "All attempts to reach the owners have failed."),
    ("CLM006", "The storm has destroyed hundreds of homes."),
    # named and staff groups
    ("CLM008", "Labour insiders claim the leader has lost the room."),
    ("CLM008", "Senior figures at Barclays said the deal was off."),
    ("CLM008", "Industry figures show a fall in sales."),
    ("CLM008", "Crews complained that the new rotas were imposed without consultation."),
    ("CLM008", "A source at Northgate Bank said the loan had been called in."),
    # geography and a named ranking's own finding
    ("CLM005", "Scafell Pike is the highest mountain in England."),
    ("CLM005", "The Tay is the longest river in Scotland."),
    ("CLM005", "The hotel was named the best small hotel in the country by the tourism board."),
    ("CLM005", "The café was rated the best in the region in the Good Food Guide."),
    # procedure, hope, the weather's doing
    ("CLM002", "The lane was resurfaced in order to meet safety standards."),
    ("CLM002", "The party is attempting to woo older voters with its manifesto."),
    ("CLM003", "They hid the damage in the hope that nobody will notice."),
    ("CLM001", "The damage was made worse by high winds."),
    ("CLM001", "The river rose following heavy rain."),
    ("CLM001", "She was picked for the squad on the strength of her form."),
    ("CLM006", "He let the tyres down."),
    ("CLM006", "It makes sense to book early."),
    ("CLM007", "The comet can be seen in the northern sky after dusk."),
    # a weak claim inside a stacked hedge is the hedging rules' (the hedge is reported there)
    ("CLM007", "Turnout at council elections is, to some extent, often, perhaps, lower than in general elections."),
    # an event's own counts
    ("CLM004", "Hundreds of villagers have spent the night in their cars."),
    ("CLM004", "Dozens of families fled to the hills as the water rose."),
    # a move on a timetable, or stated by its maker
    ("CLM003", "The show will transfer to the West End on 3 March."),
    ("CLM003", "Staff will move to the new building on Monday."),
    ("CLM003", "The company said it will relocate to Leeds."),
    ("CLM003", "Of the 300 staff, 40 will move."),
    ("CLM003", "The owners intend to sell, and the mill will be turned into flats."),
    # neutral purposes after an act; a plan or an attempt that takes an infinitive
    ("CLM002", "The council moved the farmers' market to reach more shoppers."),
    ("CLM002", "The ferry left half an hour early to meet the tide."),
    ("CLM002", "The charity opened a second shop to collect donations in the north."),
    ("CLM002", "Ministers wanted to win over the unions."),
    ("CLM002", "The council voted to shed 40 posts."),
    ("CLM002", "The trust said it moved the unit to shed costs."),
    # routine and physical causes; the back of a thing
    ("CLM001", "The phone number was written on the back of a bus ticket."),
    ("CLM001", "She made a contribution to the fund."),
]


@pytest.mark.parametrize("code, sentence", FIRES, ids=lambda x: x if x.startswith("CLM") else x[:40])
def test_writer_voice_claim_fires(linter, code, sentence):
    assert code in [f.code for f in linter.lint(sentence, select=[code])]


@pytest.mark.parametrize("code, sentence", QUIET, ids=lambda x: x if x.startswith("CLM") else x[:40])
def test_look_alike_is_quiet(linter, code, sentence):
    assert code not in [f.code for f in linter.lint(sentence, select=[code])]


@pytest.mark.parametrize("code, sentence", FIRES[::2], ids=lambda x: x if x.startswith("CLM") else x[:40])
def test_quiet_when_sourced_or_quoted(linter, code, sentence):
    bare = sentence[:-1]
    for form in (f"{bare}, the harbour master said.", f"\u201c{bare},\u201d one trader said.", f"> {sentence}"):
        assert not [f for f in linter.lint(form, select=["claims"]) if f.code == code], form


def test_advice_to_readers_is_no_claim(linter):
    for sentence in ("Drivers are advised to avoid the coast road where they can.",
                     "Residents are urged to keep their windows shut until the smoke clears."):
        assert not [f for f in linter.lint(sentence, select=["CLM010"])], sentence


@pytest.mark.parametrize("before, group, vague", [
    ("The Save Hollin Wood campaign has fought the plan for two years.", "Campaigners said the road would destroy the wood.", False),
    ("The council approved the road on Monday.", "Campaigners said the road would destroy the wood.", True),
    ("Ashgrove Primary School will close in July.", "Parents said they had not been consulted.", False),
    ("Ashgrove Primary School will close in July.", "Some parents said they had not been consulted.", True),
    ("Kelby Rovers lost 4-0 on Saturday.", "Fans said the manager had to go.", False),
])
def test_a_group_the_story_has_named(linter, before, group, vague):
    findings = [f for f in linter.lint(f"{before}\n\n{group}\n", select=["CLM008"])]
    assert bool(findings) == vague


@pytest.mark.parametrize("sentence, vague", [
    ("Ministers agreed the budget within an hour.", False),
    ("Experts agreed the bridge would fail.", True),
    ("Residents agreed the library was a lifeline.", True),
])
def test_a_reporting_verb_used_for_an_act_names_no_source(linter, sentence, vague):
    """'agreed the budget' is an act, not speech: no vague source stands behind it; 'agreed
    the bridge would fail' reports what an unnamed group thinks."""
    assert bool(linter.lint(sentence, select=["CLM008"])) == vague


@pytest.mark.parametrize("sentence", [
    "The reform package also includes plans for a tiered system of parking permits.",
    "The new agreement would give the ferry firm access to three more harbours.",
    "Powers over buses would be handed back to the county councils.",
    "The museum is paying for its extension through grants, loans and ticket sales.",
])
def test_what_a_plan_provides_is_no_claim(linter, sentence):
    assert not linter.lint(sentence, select=["CLM010"])


@pytest.mark.parametrize("before, announced", [
    ("The producers of Harbour Lights said on Friday that ticket sales had beaten every forecast.", True),
    ("The trust board has decided to close the Harbour Lights maternity wing.", True),
    ("The cast were superb on the opening night.", False),
])
def test_a_move_announced_earlier_is_a_plan(linter, before, announced):
    """A move stated as settled is a plan when a named source or a decision earlier in the
    story is on the same topic, and the writer's forecast when nobody announced it."""
    text = f"{before}\n\nHarbour Lights will transfer to a larger London theatre next spring.\n"
    assert bool(linter.lint(text, select=["CLM003"])) != announced


@pytest.mark.parametrize("sentence, vague", [
    ("Tories say the toll will hit commuters.", False),
    ("The Greens argue the bypass is unaffordable.", False),
    ("Some Tories say the toll will hit commuters.", True),
    ("Many conservatives believe the church has lost its way.", True),
])
def test_a_party_by_its_members_name_is_named(linter, sentence, vague):
    assert bool(linter.lint(sentence, select=["CLM008"])) == vague
