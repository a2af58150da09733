"""Relations in other framings, each with firing and quiet cases in our own words: parts set out after
a whole ("split across three wards: ...", "the remaining N" after a semicolon, a verb before
the first part as German word order puts it, exact parts under an "around" whole), a rate
named after its two counts ("an occupancy rate of 90%"), a share of a count turned into a
count ("64% of them ... That means about 1,380"), shares of a classification with the
copula left out ("60% of the woodland is oak, 30% beech and 18% ash"), and a change in
points between two rates written as a change in percent."""

import pytest

PAD = "\n\nThe plan was discussed at a public meeting on Tuesday evening, officials confirmed.\n\n"

PAIRS = [
    # (wrong, right, code)
    # -- parts after a whole
    ("The 40 patients were spread across three wards: 12 in Rowan, 15 in Hazel and 18 in Alder.",
     "The 45 patients were spread across three wards: 12 in Rowan, 15 in Hazel and 18 in Alder.", "FIG003"),
    ("The 96 boats were divided between two marinas: 60 at Westport and 41 at the quay.",
     "The 96 boats were divided between two marinas: 60 at Westport and 36 at the quay.", "FIG003"),
    ("The club ordered 80 new kits: 50 came in May and the remaining 40 in June.",
     "The club ordered 90 new kits: 50 came in May and the remaining 40 in June.", "FIG003"),
    ("The minister said 2,000 reservists would be called up; 1,200 reported on Monday and the remaining 900 "
     "on Tuesday.",
     "The minister said 2,000 reservists would be called up; 1,200 reported on Monday and the remaining 800 "
     "on Tuesday.", "FIG003"),
    ("Of the 80 delegates present voted 41 for, 30 against and 11 abstained themselves.",
     "Of the 82 delegates present voted 41 for, 30 against and 11 abstained themselves.", "FIG003"),
    ("The bypass will cost around £50m, of which £30m comes from the government and £14m from the council.",
     "The bypass will cost around £50m, of which £30m comes from the government and £19m from the council.",
     "FIG003"),
    ("The plant employs some 2,000 people, of whom 1,100 work in production and 700 in logistics.",
     "The plant employs some 2,000 people, of whom 1,150 work in production and 800 in logistics.", "FIG003"),
    # -- a remainder worked out from the whole, translated "of which" lists, brackets
    ("The bridge cost 2.4 billion euros, of which 1.5 billion was paid by the state and the rest, 1.0 billion, "
     "by the region.",
     "The bridge cost 2.4 billion euros, of which 1.5 billion was paid by the state and the rest, 0.9 billion, "
     "by the region.", "FIG003"),
    ("The club has £3.6m, of which £2.1m is for players and the remaining £1.6m for the ground.",
     "The club has £3.6m, of which £2.1m is for players and the remaining £1.5m for the ground.", "FIG003"),
    ("The damage is estimated at 52 million euros, of which 31 million concern the harvest and 24 million the "
     "buildings.",
     "The damage is estimated at 52 million euros, of which 31 million concern the harvest and 21 million the "
     "buildings.", "FIG003"),
    ("# £9m plan to rebuild harbour wall\n\nA £9m scheme to rebuild the harbour wall at Porthmellin began on Monday."
     "\n\nFunding comes from the council (£5m), the port authority (£3.5m) and a government grant (£1.5m).",
     "# £10m plan to rebuild harbour wall\n\nA £10m scheme to rebuild the harbour wall at Porthmellin began on "
     "Monday.\n\nFunding comes from the council (£5m), the port authority (£3.5m) and a government grant (£1.5m).",
     "FIG003"),
    # -- a rate named after its two counts
    ("The hostel has 80 beds, 72 of them taken last night, an occupancy rate of 96%.",
     "The hostel has 80 beds, 72 of them taken last night, an occupancy rate of 90%.", "FIG010"),
    ("Of 450 applicants, 117 were offered a place, an acceptance rate of 31%.",
     "Of 450 applicants, 117 were offered a place, an acceptance rate of 26%.", "FIG010"),
    ("The ward has 32 beds and 30 were in use on Monday, an occupancy of 85%.",
     "The ward has 32 beds and 30 were in use on Monday, an occupancy of 94%.", "FIG010"),
    # -- a share of a count turned into a count
    ("A total of 2,150 members took part in the ballot and 64% of them voted to accept. "
     "That means about 1,520 members backed the deal.",
     "A total of 2,150 members took part in the ballot and 64% of them voted to accept. "
     "That means about 1,380 members backed the deal.", "FIG010"),
    ("Turnout was 42% of the 9,800 people on the register, so just over 4,600 people voted.",
     "Turnout was 42% of the 9,800 people on the register, so just over 4,100 people voted.", "FIG010"),
    ("The society said 1,200 of its 1,700 members had voted, and 70% of those backed the merger. "
     "That means about 950 members voted for it.",
     "The society said 1,200 of its 1,700 members had voted, and 70% of those backed the merger. "
     "That means about 840 members voted for it.", "FIG010"),
    ("Of the 760 cars tested, 20% failed. That means 190 cars failed the test.",
     "Of the 760 cars tested, 20% failed. That means 152 cars failed the test.", "FIG010"),
    # -- shares of a classification past 100%
    ("About 60% of the woodland is oak, 30% beech and 18% ash, the survey found.",
     "About 60% of the woodland is oak, 30% beech and 10% ash, the survey found.", "FIG003"),
    ("Nearly 55% of the fleet is electric, 35% hybrid and 16% diesel.",
     "Nearly 55% of the fleet is electric, 35% hybrid and 10% diesel.", "FIG003"),
    # -- a ratio to one beside its two counts
    ("Members backed the plan by 44 votes to 10, a majority of more than six to one.",
     "Members backed the plan by 44 votes to 10, a majority of more than four to one.", "FIG012"),
    ("The board voted 18 to 7 in favour, a margin of more than three to one.",
     "The board voted 18 to 7 in favour, a margin of more than two to one.", "FIG012"),
    ("Women outnumber men on the course by 90 to 30, or four to one.",
     "Women outnumber men on the course by 90 to 30, or three to one.", "FIG012"),
    # -- a delay from a due date
    ("The pool was due to open in June 2025 but opened in October 2026, 19 months late.",
     "The pool was due to open in June 2025 but opened in October 2026, 16 months late.", "FIG008"),
    ("The station was meant to open in May 2024. It finally opened in February 2026, 18 months behind schedule.",
     "The station was meant to open in May 2024. It finally opened in February 2026, 21 months behind schedule.",
     "FIG008"),
    ("The museum reopened to visitors on Saturday 4 April 2026 after a long refit." + PAD
     + "It had been scheduled to reopen in June 2025, so it reopened 13 months late.",
     "The museum reopened to visitors on Saturday 4 April 2026 after a long refit." + PAD
     + "It had been scheduled to reopen in June 2025, so it reopened ten months late.", "FIG008"),
    # -- a table against the text
    ("| Owner | Stake |\n|---|---|\n| Harbour Trust | 40% |\n| Marlow Capital | 60% |\n\n"
     "The trust, which will hold a 35% stake, said it was delighted.",
     "| Owner | Stake |\n|---|---|\n| Harbour Trust | 40% |\n| Marlow Capital | 60% |\n\n"
     "The trust, which will hold a 40% stake, said it was delighted.", "FIG001"),
    ("| Year | Offer | Inflation |\n|---|---|---|\n| 2024 | 2.0% | 2.9% |\n| 2025 | 1.8% | 3.1% |\n\n"
     "The board has offered 1.8% this year, against inflation of 2.6%.",
     "| Year | Offer | Inflation |\n|---|---|---|\n| 2024 | 2.0% | 2.9% |\n| 2025 | 1.8% | 3.1% |\n\n"
     "The board has offered 1.8% this year, against inflation of 3.1%.", "FIG001"),
    ("| Year | Rent rise | Wage growth |\n|---|---|---|\n| 2024 | 6.1% | 4.0% |\n| 2025 | 5.2% | 3.6% |\n\n"
     "Rents rose 5.2% in 2025, against wage growth of 4.6%.",
     "| Year | Rent rise | Wage growth |\n|---|---|---|\n| 2024 | 6.1% | 4.0% |\n| 2025 | 5.2% | 3.6% |\n\n"
     "Rents rose 5.2% in 2025, against wage growth of 3.6%.", "FIG001"),
    ("The 12.4-mile route has three sections.\n\n| Section | Length |\n|---|---|\n| Town to Mill Lane | 4.1 miles |\n"
     "| Mill Lane to Ford | 5.3 miles |\n| Ford to the coast | 4.4 miles |",
     "The 12.4-mile route has three sections.\n\n| Section | Length |\n|---|---|\n| Town to Mill Lane | 4.1 miles |\n"
     "| Mill Lane to Ford | 5.3 miles |\n| Ford to the coast | 3.0 miles |", "FIG003"),
    ("The new 20km (12.4-mile) greenway opens next month.\n\n| Stretch | Length | Cost |\n|---|---|---|\n"
     "| Ashby to Calder | 8.5km | £2m |\n| Calder to Denholme | 10.5km | £3m |",
     "The new 20km (12.4-mile) greenway opens next month.\n\n| Stretch | Length | Cost |\n|---|---|---|\n"
     "| Ashby to Calder | 8.5km | £2m |\n| Calder to Denholme | 11.5km | £3m |", "FIG003"),
    # -- the same count taken up again
    ("# Storm floods valley town\n\nResidents of three streets, 640 people in all, were evacuated to a leisure centre."
     "\n\nThe river peaked at 4.2 metres on Sunday.\n\nEngineers worked through the night.\n\nPolice closed the bridge."
     "\n\nThe evacuation of the 840 people went ahead without incident.",
     "# Storm floods valley town\n\nResidents of three streets, 640 people in all, were evacuated to a leisure centre."
     "\n\nThe river peaked at 4.2 metres on Sunday.\n\nEngineers worked through the night.\n\nPolice closed the bridge."
     "\n\nThe evacuation of the 640 people went ahead without incident.", "FIG001"),
    ("# Coach crash leaves three dead\n\nThree passengers died when the coach left the road near Alston." + PAD
     + "The four victims were all from the same village.",
     "# Coach crash leaves three dead\n\nThree passengers died when the coach left the road near Alston." + PAD
     + "The three victims were all from the same village.", "FIG001"),
    ("Two climbers were killed and five hurt in the avalanche." + PAD + "The dead were named on Monday; the three "
     "victims were from Leeds.",
     "Two climbers were killed and five hurt in the avalanche." + PAD + "The dead were named on Monday; the two "
     "victims were from Leeds.", "FIG001"),
    # -- a span between weekdays and parts of days
    ("The storm raged for 30 hours, from Sunday evening until Wednesday morning.",
     "The storm raged for 60 hours, from Sunday evening until Wednesday morning.", "FIG008"),
    ("The blaze burned for 36 hours, from the afternoon of Friday until the morning of Monday.",
     "The blaze burned for 66 hours, from the afternoon of Friday until the morning of Monday.", "FIG008"),
    ("The festival runs for five days, from Friday to Sunday.",
     "The festival runs for three days, from Friday to Sunday.", "FIG008"),
    ("# Boil-water notice for 18,000 homes\n\nA boil-water notice covering 18,000 homes in the valley was issued "
     "on Friday.\n\nBottled water is being handed out at two schools.\n\nThe notice will affect 21,000 households "
     "across the two valleys.",
     "# Boil-water notice for 18,000 homes\n\nA boil-water notice covering 18,000 homes in the valley was issued "
     "on Friday.\n\nBottled water is being handed out at two schools.\n\nThe notice will affect 18,000 households "
     "across the two valleys.", "FIG001"),
    ("About 2,300 residents were evacuated from the riverside estate on Friday." + PAD + "Engineers worked through "
     "the night.\n\nThe 3,200 evacuated neighbours are staying with relatives or in a leisure centre.",
     "About 2,300 residents were evacuated from the riverside estate on Friday." + PAD + "Engineers worked through "
     "the night.\n\nThe 2,300 evacuated neighbours are staying with relatives or in a leisure centre.", "FIG001"),
    # -- a table's total given by a sentence that opens on it
    ("| Month | Days |\n|---|---|\n| March | 8 |\n| April | 12 |\n| May | 6 |\n\nIn total, the river was above its "
     "warning level on 29 days this spring, the agency said.",
     "| Month | Days |\n|---|---|\n| March | 8 |\n| April | 12 |\n| May | 6 |\n\nIn total, the river was above its "
     "warning level on 26 days this spring, the agency said.", "FIG003"),
    # -- a time between a change and its figure; a building time from its start to the opening
    ("The olive harvest in the region will fall this year of 30%, from 500,000 tonnes to 400,000 tonnes.",
     "The olive harvest in the region will fall this year of 20%, from 500,000 tonnes to 400,000 tonnes.", "FIG002"),
    ("The new library opened to readers on Saturday 12 September 2026." + PAD + "Work on the building began in May "
     "2022, so the project took exactly six years.",
     "The new library opened to readers on Saturday 12 September 2026." + PAD + "Work on the building began in May "
     "2022, so the project took just over four years.", "FIG008"),
    # -- a change in points written as percent
    ("The unemployment rate went up from 4.1% to 5.3%. That is a rise of 1.2 percent.",
     "The unemployment rate went up from 4.1% to 5.3%. That is a rise of 1.2 percentage points.", "FIG002"),
    ("Its market share climbed from 12.0% to 13.8%, an increase of 1.8%.",
     "Its market share climbed from 12.0% to 13.8%, an increase of 1.8 points.", "FIG002"),
    ("The levy goes up from 8.5% to 9.5% of salary, an increase of 1 percent.",
     "The levy goes up from 8.5% to 9.5% of salary, an increase of 12 percent.", "FIG002"),
]


@pytest.mark.parametrize("wrong,right,code", PAIRS, ids=[p[0][-50:] for p in PAIRS])
def test_relation_in_another_framing(linter, wrong, right, code):
    assert code in linter.codes(wrong, select=["FIG"]), wrong
    assert linter.codes(right, select=["FIG"]) == [], right


def test_members_present_after_the_tally_reported_at_the_later_line(linter):
    text = ("The motion passed with 24 votes for, 17 against and 2 abstentions.\n\n"
            "All 41 members present took part in the vote, which followed a long debate.\n")
    found = linter.lint(text, select=["FIG003"])
    assert len(found) == 1 and found[0].line == 3 and "43" in found[0].message
    right = text.replace("All 41", "All 43")
    assert linter.codes(right, select=["FIG"]) == []
    # further on, only a body said to have taken part in the vote
    far = text.replace("\n\nAll", "\n\nProtesters gathered outside.\n\nPolice were called at 9pm.\n\n"
                                 "The plan was discussed at length.\n\nAll")
    assert "FIG003" in linter.codes(far, select=["FIG"])
    other = far.replace("took part in the vote, which followed a long debate", "later attended a reception")
    assert linter.codes(other, select=["FIG"]) == []


def test_share_turned_into_count_reported_at_the_count_with_its_source(linter):
    text = ("The union said 1,200 of its 1,700 members had voted, and 70% of those backed the strike.\n\n"
            "That means about 950 staff voted to strike.\n")
    found = [f for f in linter.lint(text, select=["FIG010"])]
    assert len(found) == 1
    assert found[0].line == 3
    assert "840" in found[0].message and "as a source gives them" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        # a rate of something else beside two counts
        "The bank lent £40m to 300 firms last year, at an interest rate of 6%.",
        "The 80 beds were all taken and 64 patients waited, an occupancy rate of 100%.",
        # "all but two": the rate is of the rest
        "The council took 17 landlords to court and won all but two of the cases, a success rate of 88%.",
        # a list that may leave parts out, well short of its round whole
        "The appeal raised about £70,000, of which £41,000 came from businesses and £18,000 from a raffle.",
        # a gapped ordinary verb: owning a car and a bike can overlap
        "About 70% of adults own a car, 40% a bike and 20% a scooter.",
        # a share of one count, and a count of something else after "so"
        "Some 35% of the 2,000 tenants said their homes were damp, so the council hired 40 surveyors.",
        # a narrower group of the same noun, the noun naming the event itself
        "The council will cut 180 posts by March." + PAD + "The 45 library posts will go first.",
        # a count that follows a share but is a change
        "A total of 2,150 members voted and 64% of them backed the deal. That is 120 more than last year.",
        # a loose points change between loose rates
        "The firm lost around 10% of the market, down from half of all users to less than 40%.",
        # a change in points said in points, and a relative change said in percent
        "The tax rate rises from 20% to 22%, an increase of two percentage points.",
        "The tax rate rises from 20% to 22%, an increase of 10%.",
        # a ratio with no counts beside it, and odds
        "The bookmakers made her a three to one favourite.",
        "Councillors voted 31 to 12 against the plan, a majority of about three to one.",
        # a delay in approximate words, and a delay with no due date
        "The pool was due to open in June 2025 but opened in October 2026, more than a year late.",
        "The trains ran 20 minutes late on Monday 2 March.",
        # a year table and a figure of another year, or of no column
        "| Year | Offer | Inflation |\n|---|---|---|\n| 2024 | 2.0% | 2.9% |\n| 2025 | 1.8% | 3.1% |\n\n"
        "In 2023 inflation reached 6.7%.",
        "| Year | Offer | Inflation |\n|---|---|---|\n| 2024 | 2.0% | 2.9% |\n| 2025 | 1.8% | 3.1% |\n\n"
        "Staff in 2025 wanted at least 2.5%.",
        # a row name in lower case that is not the row: no article or possessive before it
        "| Owner | Stake |\n|---|---|\n| Harbour Trust | 40% |\n| Marlow Capital | 60% |\n\n"
        "A poll found the fans' trust in the deal fell to 35%.",
        # the table's sections are of another route than the one in the text, a longer whole
        "The 30-mile line is being rebuilt in stages.\n\n| Stage | Length |\n|---|---|\n| Phase one | 8 miles |\n"
        "| Phase two | 10 miles |",
        # victims of another crime than a death, and a count of the dead then of the injured
        "Fraudsters stole £40,000 from pensioners in March." + PAD + "The 12 victims have been repaid.",
        "Two people died and 14 were injured in the fire." + PAD + "The 14 injured were taken to hospital.",
        # an evacuation of other people, another event far later
        "About 300 people were evacuated from the estate on Friday." + PAD + "Some 500 people attended the "
        "meeting in the school hall.",
        # hours of each day, or of work, between two weekdays
        "Staff work 40 hours, from Monday to Friday.",
        "The pool is open 12 hours a day, from Monday morning to Friday evening.",
        # the headline's subject reaching a narrower group, or another subject
        "# Boil-water notice for 18,000 homes\n\nA boil-water notice covering 18,000 homes in the valley was issued "
        "on Friday.\n\nThe notice will affect 3,000 households in Ashby for another week.",
        "# Boil-water notice for 18,000 homes\n\nA boil-water notice covering 18,000 homes in the valley was issued "
        "on Friday.\n\nThe storm will affect 21,000 households, forecasters said.",
        # people of another event, and a building time with no start of its own
        "About 2,300 residents were evacuated from the riverside estate on Friday." + PAD + "The 400 villagers who "
        "refused to leave were checked by police.",
        "The new library opened to readers on Saturday 12 September 2026." + PAD + "The fit-out took six months.",
        # the remaining part of a whole, adding up
        "Police sent 500 officers; 320 arrived on Friday and the remaining 180 on Saturday.",
    ],
)
def test_relation_in_another_framing_quiet(linter, text):
    assert linter.codes(text, select=["FIG"]) == [], text
