"""Behaviour of the figures rules: a draft in, findings (code, line, column, message) out."""

from pathlib import Path

import pytest

FACTS = str(Path(__file__).resolve().parents[2] / "examples" / "facts.yaml")


def found(linter, text, code, **config):
    return [(f.line, f.column, f.message) for f in linter.lint(text, select=[code], **config)]


class TestConflictingFigures:
    def test_headline_figure_the_body_never_gives_is_flagged_in_the_headline(self, linter):
        text = "# Carmaker to cut 4,000 jobs\n\nThe carmaker said it would cut 3,000 jobs in Europe.\n"
        assert found(linter, text, "FIG001") == [
            (1, 19, "4,000 jobs here, 3,000 jobs on line 3: the same quantity given two different values")
        ]

    def test_body_figure_against_a_headline_the_body_also_repeats(self, linter):
        text = ("# Carmaker to cut 4,000 jobs\n\nThe carmaker said it would cut 3,000 jobs in Europe.\n\n"
                "Unions said the 4,000 job cuts were a blow.\n")
        assert found(linter, text, "FIG001") == [
            (3, 32, "3,000 jobs here, 4,000 jobs on line 1: the same quantity given two different values")
        ]

    def test_back_reference_to_an_earlier_figure(self, linter):
        text = "The council will close four libraries.\n\nThe three libraries employ 40 people.\n"
        assert [m for _, _, m in found(linter, text, "FIG001")] == [
            "three libraries here, four libraries on line 1: the same quantity given two different values"
        ]

    def test_a_quote_against_the_body_is_still_compared(self, linter):
        text = ('The union leader said: "They are cutting 400 jobs at the plant."\n\n'
                "Managers said the 350 jobs would go by June.\n")
        assert [line for line, _, _ in found(linter, text, "FIG001")] == [3]

    def test_age_given_twice(self, linter):
        text = "Jane Doe, 52, runs the shop.\n\nThe 54-year-old said trade was slow.\n"
        assert [m for _, _, m in found(linter, text, "FIG001")] == [
            "54-year-old here, 52 on line 1: Doe's age given two different values"
        ]

    def test_rate_held_twice(self, linter):
        text = ("The Bank of England held interest rates at 2.5% on Thursday.\n\n"
                "The bank's decision to keep rates at 2.75% was unanimous.\n")
        assert [line for line, _, _ in found(linter, text, "FIG001")] == [3]

    @pytest.mark.parametrize(
        "text",
        [
            "# Carmaker to cut 4,000 jobs\n\nThe carmaker said it would cut 4,000 jobs in Europe.\n",
            "# Carmaker to cut 4,000 jobs\n\nThe carmaker said it would cut more than 3,900 jobs.\n",
            "The fire killed 20 people. Another 35 people were taken to hospital.\n",
            "The plant employs 4,000 people. Its suppliers employ 3,000 people.\n",
            "Sales rose to £12m in 2024. In 2023 sales were £10m.\n",
            "Jane Okafor, 34, runs the bakery with her brother Tom, 29.\n",
            "# Carmaker to cut 4,000 jobs\n\n```\ncut 3,000 jobs\n```\n",
            "The bank held rates at 4.5% today. A year ago it held rates at 0.75%.\n",
        ],
    )
    def test_different_quantities_stay_quiet(self, linter, text):
        assert found(linter, text, "FIG001") == []


class TestChangeMismatch:
    @pytest.mark.parametrize(
        "text,message",
        [
            ("Membership rose 12% from 50 to 60.", "12% here, but 50 to 60 is a change of +20.0%"),
            ("Stores tripled from 4 to 9.", "tripled here, but 4 to 9 is a change of x2.25"),
            ("Profits fell 5% from £40m to £44m.", "5% here, but £40m to £44m is a change of +10.0%"),
            ("Visitors halved from 30,000 to 20,000.", "halved here, but 30,000 to 20,000 is a change of x0.67"),
            ("The chain opened 9 branches and closed three, taking its network from 120 to 128.",
             "9 branches and closed three here, but 120 to 128 is a change of +8"),
        ],
    )
    def test_fires(self, linter, text, message):
        assert [m.split(":")[0] for _, _, m in found(linter, text, "FIG002")] == [message]

    @pytest.mark.parametrize(
        "text",
        [
            "Membership rose 20% from 50 to 60.",
            "Profits jumped 76% to $1.13bn, from $639m a year earlier.",
            "Sales rose 2% to $11.1bn from $10.9bn.",
            "Stores more than doubled from 4 to 9.",
            "The share fell 10 points, from half of users to less than 40%.",
            "Inflation fell from 3.2% to 2.9% in March, while wages rose 4%.",
            # an amount added and one taken away: the net change
            "The chain opened 9 branches and closed three, taking its network from 120 to 126.",
            "Last year it added 14 routes but cut 20, taking the total from 300 to 294.",
            "The firm hired 40 people and cut 15, bringing its staff from 200 to 225.",
        ],
    )
    def test_quiet(self, linter, text):
        assert found(linter, text, "FIG002") == []


class TestPartExceedsWhole:
    @pytest.mark.parametrize(
        "text",
        [
            "Of the 30 members, 32 voted for the plan.",
            "A total of 32 of the 30 staff left.",
            "The 45-member assembly voted 30 to 19 in favour.",
            "In the poll, 52% said yes, 45% said no and 8% did not know.",
            "Only 12 of the 40 councillors (40%) attended.",
        ],
    )
    def test_fires(self, linter, text):
        assert len(found(linter, text, "FIG003")) == 1

    @pytest.mark.parametrize(
        "text",
        [
            "Of the 30 members, 22 voted for the plan.",
            "The 45-member assembly voted 25 to 19 in favour.",
            "In the poll, 61% of men and 72% of women said yes.",
            "Half of homes have a landline and 91% have a mobile phone.",
            "Only 12 of the 40 councillors (30%) attended.",
        ],
    )
    def test_quiet(self, linter, text):
        assert found(linter, text, "FIG003") == []


class TestConversionMismatch:
    def test_units(self, linter):
        assert [m for _, _, m in found(linter, "The path is 5 km (5 miles) long.", "FIG004")] == [
            "5 km (5 miles): 5 km is 3.1 miles, not 5 miles"
        ]

    def test_currency_only_with_configured_rates(self, linter):
        text = "Tickets cost £10 ($30)."
        assert found(linter, text, "FIG004") == []
        assert len(found(linter, text, "FIG004", facts=FACTS)) == 1
        assert found(linter, "Tickets cost £10 ($13).", "FIG004", facts=FACTS) == []

    @pytest.mark.parametrize(
        "text", ["The path is 16 km (10 miles) long.", "It reached 30C (86F).", "It weighs 5kg (11lb)."]
    )
    def test_quiet(self, linter, text):
        assert found(linter, text, "FIG004") == []


    def test_a_conversion_after_a_full_stop_and_what_was_measured(self, linter):
        wrong = "The blaze destroyed 250 hectares of scrub. That is about 900 acres."
        right = "The blaze destroyed 250 hectares of scrub. That is about 620 acres."
        assert len(found(linter, wrong, "FIG004")) == 1
        assert found(linter, right, "FIG004") == []
        # not a conversion: the same land compared with something else
        assert found(linter, "The blaze destroyed 250 hectares of scrub. That is twice last year's.", "FIG004") == []

    @pytest.mark.parametrize("text, message", [
        ("Overnight it fell to minus 12 degrees (minus 1 Fahrenheit).",
         "minus 12 degrees (minus 1 Fahrenheit): minus 12 degrees is 10.4 °F, not minus 1 Fahrenheit"),
        ("The pool was heated to 28 degrees (90F).", "28 degrees (90F): 28 degrees is 82.4 °F, not 90F"),
        ("Phoenix hit 104 degrees (45C) on Sunday.", "104 degrees (45C): 104 degrees is 40 °C, not 45C"),
    ])
    def test_degrees_with_no_scale_take_the_other_scale(self, linter, text, message):
        assert [m for _, _, m in found(linter, text, "FIG004")] == [message]

    @pytest.mark.parametrize("text", [
        "Overnight it fell to minus 12 degrees (10F).",
        "The pool was heated to 28 degrees (82F).",
        "The crane turned 90 degrees (a quarter turn).",
        "The slope is 30 degrees (see the map).",
    ])
    def test_degrees_converted_right_stay_quiet(self, linter, text):
        assert found(linter, text, "FIG004") == []

    def test_a_headline_temperature_agrees_with_its_body_in_degrees(self, linter):
        text = "# Village shivers in minus 12C frost\n\nIt fell to minus 12 degrees (10F) overnight.\n"
        assert found(linter, text, "FIG001") == [] and found(linter, text, "FIG004") == []


class TestWeekdayDate:
    def test_year_in_the_date_is_an_error(self, linter):
        findings = linter.lint("The vote is on Monday, 3 March 2026.", select=["FIG005"])
        assert [(f.severity.name, f.message) for f in findings] == [
            ("ERROR", "Monday, 3 March 2026: 3 March 2026 is a Tuesday, not a Monday")
        ]

    def test_year_from_the_date_option(self, linter):
        findings = linter.lint("The vote is on Monday 3 March.", select=["FIG005"], date="2026-02-20")
        assert [f.severity.name for f in findings] == ["WARNING"]
        assert "year from the --date option or config 'date', 2026-02-20" in findings[0].message

    def test_year_from_front_matter_nearest_the_publication_date(self, linter):
        text = "---\ndate: 2026-12-28\n---\n\nThe talks resume on Monday 4 January.\n"
        assert found(linter, text, "FIG005") == []  # 4 January 2027 is a Monday
        assert len(found(linter, text.replace("Monday", "Sunday"), "FIG005")) == 1

    def test_a_year_named_in_the_sentence_is_the_dates(self, linter):
        story = "Last year's race on Sunday 4 May 2025 drew 9,000 runners. "
        # 3 May 2026 is a Sunday: the sentence names its own year
        assert found(linter, story + "The 2026 edition will be run on Sunday 3 May.", "FIG005") == []
        assert found(linter, story + "Organisers expect the 2026 race on Sunday 3 May to sell out.", "FIG005") == []
        # a weekday that fits neither year is still a mismatch
        assert len(found(linter, story + "The 2026 edition will be run on Friday 3 May.", "FIG005")) == 1
        # without the year of its own, the story's year (2025) is the date's: 3 May 2025 is a Saturday
        assert len(found(linter, story + "The next edition will be run on Sunday 3 May.", "FIG005")) == 1

    def test_no_year_no_check(self, linter):
        assert found(linter, "The vote is on Monday 3 March.", "FIG005") == []

    def test_a_date_that_does_not_exist(self, linter):
        assert [m for _, _, m in found(linter, "Results come on Thursday 31 April 2026.", "FIG005")] == [
            "Thursday 31 April 2026: there is no 31 April"
        ]


class TestReferenceFacts:
    def test_seed_style_range_is_flagged_with_the_reference_value(self, linter):
        text = ("There is a limited supply of ATACMS that Ukraine can obtain. "
                "While these missiles have a longer range of up to 100 km, supply is short.\n")
        (message,) = [m for _, _, m in found(linter, text, "FIG006", facts=FACTS)]
        assert message.startswith("up to 100 km for the range of ATACMS: the reference value is 300 km ±10% (")
        assert message.endswith("facts.yaml)")

    def test_units_convert(self, linter):
        assert found(linter, "ATACMS can strike targets 190 miles away.", "FIG006", facts=FACTS) == []
        assert len(found(linter, "ATACMS can strike targets 90 miles away.", "FIG006", facts=FACTS)) == 1

    @pytest.mark.parametrize(
        "text",
        [
            "The ATACMS launch site is 100 km from the border.",
            "ATACMS missiles have a range of more than 250 km.",
            "Ukraine wants ATACMS. The front line is 1,000 km long.",
            "There is a limited supply of ATACMS. Storm Shadow has a range of 250 km.",
        ],
    )
    def test_quiet(self, linter, text):
        assert found(linter, text, "FIG006", facts=FACTS) == []

    def test_without_a_facts_file_nothing_is_checked(self, linter):
        assert found(linter, "ATACMS missiles have a range of 100 km.", "FIG006") == []


class TestEntityKind:
    def test_fires(self, linter):
        (message,) = [m for _, _, m in found(linter, "Ukraine wants more HIMARS missiles.", "FIG007", facts=FACTS)]
        assert message.startswith("HIMARS missiles: HIMARS is a launcher, not a missile (reference facts, ")

    @pytest.mark.parametrize(
        "text",
        ["Ukraine wants more HIMARS launchers.", 'He said: "We need HIMARS missiles."', "ATACMS missiles are scarce."],
    )
    def test_quiet(self, linter, text):
        assert found(linter, text, "FIG007", facts=FACTS) == []


def test_a_blockquote_against_the_body_is_compared(linter):
    text = ("# Carmaker to cut 4,000 jobs\n\n> The carmaker will cut 3,000 jobs across Europe, its chief said.\n")
    assert [(f.line, f.code) for f in linter.lint(text, select=["FIG001"])] == [(1, "FIG001")]


def severities(linter, text, code="FIG001"):
    return [(f.line, str(f.severity)) for f in linter.lint(text, select=[code])]


class TestConflictingFiguresRestatements:
    """How FIG001 recognises a restatement: nouns of one kind, back-references, headline
    and standfirst, the figure's measure, and the graded severity of looser links."""

    @pytest.mark.parametrize(
        "text",
        [
            "The government plans to renationalise 3,000 firms.\n\nProsecutors listed the 2,000 businesses.\n",
            "The Telegraph titles employ 521 journalists. The two newspapers will add colour pages. "
            "The three newspapers share a printing plant.\n",
            "Burren has won two potentially lucrative oil contracts. The company bid for the three contracts.\n",
            "The regulator fined the bank £15m. The £12m fine is the largest this year.\n",
            "Hoddle has been given a six-month contract. He has a nine-month contract so we can test each other out.\n",
            "MPs backed the bill, but Labour's majority was reduced to 14. "
            "Labour saw its majority cut to just 16 as rebels voted against.\n",
        ],
    )
    def test_restatements_in_other_words_are_compared(self, linter, text):
        assert [sev for _, sev in severities(linter, text)] in (["warning"], ["warning", "warning"])

    def test_a_person_noun_back_reference_is_only_information(self, linter):
        text = ("Mr Mubanga was one of four Britons released from the camp.\n\n"
                "Mr Mubanga is the first of the three detainees to speak.\n")
        assert severities(linter, text) == [(3, "info")]

    def test_a_bare_the_three_is_only_information(self, linter):
        text = "Police have detained three executives at the dairy.\n\nThe spokesman did not say why the four had been held.\n"
        assert severities(linter, text) == [(3, "info")]

    def test_a_standfirst_heading_counts_as_headline(self, linter):
        text = ("# Steelmaker to close two plants\n\n## Unions say 1,500 jobs will go\n\n"
                "The company said it would cut 1,200 jobs.\n")
        assert [line for line, _ in severities(linter, text)] == [3]

    @pytest.mark.parametrize(
        "text, message",
        [
            ("# Four killed in motorway crash\n\nSix people were killed when a lorry hit a coach.\n",
             "Four killed here, Six people on line 3: the same quantity given two different values"),
            ("# 20 hurt as train derails\n\nAt least 25 people were injured when a train left the tracks.\n",
             "20 hurt here, At least 25 people on line 3: the same quantity given two different values"),
            ("# Halo 2 sells seven million copies\n\nThe game has sold more than five million copies.\n",
             "seven million copies here, more than five million copies on line 3: the same quantity given "
             "two different values"),
        ],
    )
    def test_headline_counts_against_the_body(self, linter, text, message):
        assert [m for _, _, m in found(linter, text, "FIG001")] == [message]

    @pytest.mark.parametrize(
        "text",
        [
            "# Four killed in motorway crash\n\nFour people were killed on the M6. Six were injured.\n",
            "# Halo 2 sells five million copies\n\nThe game has sold more than five million copies.\n",
            "# Carmaker to cut 4,000 jobs\n\nThe carmaker said it would cut more than 3,900 jobs.\n",
        ],
    )
    def test_headline_counts_the_body_gives_stay_quiet(self, linter, text):
        assert found(linter, text, "FIG001") == []

    def test_a_headline_conflict_is_reported_once(self, linter):
        text = ("# Bank of England cuts rates to 4.5%\n\n"
                "The Bank of England has cut interest rates to 4.25%, the first cut in a year.\n")
        assert [line for line, _, _ in found(linter, text, "FIG001")] == [1]

    def test_an_italic_standfirst_counts_as_headline(self, linter):
        text = ("# Steelmaker to close two plants\n\n*Unions say 1,500 jobs will go*\n\n"
                "The company said it would cut 1,200 jobs.\n\nUnions say *2,000* members will strike.\n")
        assert [line for line, _ in severities(linter, text)] == [3]

    def test_a_headline_age_without_a_name_belongs_to_the_leads_person(self, linter):
        text = "# Former minister dies aged 81\n\nLord Alan Pryce has died at his home aged 83.\n"
        assert [m for _, _, m in found(linter, text, "FIG001")] == [
            "81 here, 83 on line 3: Pryce's age given two different values"
        ]

    @pytest.mark.parametrize(
        "text",
        [
            # a pair named in the sentence is not a count given earlier
            "More than 240 firms from 31 countries attended. Relations between the two countries have improved.\n",
            # "these" points at the sentence before
            "Qualifiers will find the best eight players. These eight players meet in London to find the best two "
            "players. These two players go to the final.\n",
            # the bans of two athletes and the ban of their coach
            "The athletes will fight the two-year bans imposed on them. The panel will also decide on the "
            "four-year ban imposed on their coach.\n",
            # life events in an obituary are not the age at death
            "Novelist Arthur Hailey has died at the age of 84.\n\nHailey left school at the age of 14.\n",
            # one group, then a part of it
            "The 20 biggest projects cost £50bn. The 20 projects covered were late.\n",
            "Some 300 members signed. The union has 12,000 members nationally.\n",
        ],
    )
    def test_different_quantities_stay_quiet(self, linter, text):
        assert found(linter, text, "FIG001") == []


def test_change_with_the_unit_written_once_after_the_end(linter):
    """'from 1500 to 1800 points': the bare start takes the unit written after the end."""
    findings = linter.lint("The index rose 12% from 1500 to 1800 points.", select=["FIG002"])
    assert [(f.code, f.column) for f in findings] == [("FIG002", 16)]
    assert "is a change of +20.0%" in findings[0].message
    assert linter.lint("It fell 50% from 20 to 10 km.", select=["FIG002"]) == []
    # a bare number that is not the same measure stays quiet
    assert linter.lint("Sales rose 20% from 1,500 to 1,800 units.", select=["FIG002"]) == []


class TestShareOfANamedWhole:
    """A share said by a verb of making up, of a whole named before its number."""

    @pytest.mark.parametrize("text", [
        "The 240 allotments let this year represent 12% of the council's total stock of 1,000 plots.",
        "The 90 nurses make up a quarter of the total workforce of 270.",
        "The 330 cattle culled represent 9% of the herd, put at 2,000.",
        # the share said with a carried-over "from"
        "The 330 cattle culled represent 9% from the estimated herd of 2,000.",
    ])
    def test_fires(self, linter, text):
        assert len(found(linter, text, "FIG010")) == 1

    @pytest.mark.parametrize("text", [
        "The 240 allotments let this year represent 24% of the council's total stock of 1,000 plots.",
        "The 90 nurses make up a third of the total workforce of 270.",
        "The 330 cattle culled represent 16.5% of the herd, put at 2,000.",
        "Prices rose 9% from the previous total of 2,000 a month.",
    ])
    def test_quiet(self, linter, text):
        assert found(linter, text, "FIG010") == []


class TestPartsListedWithTheirPlaces:
    """Parts named by where they come from: "20 came from Leeds, 11 from York and 6 from
    Hull" lists three parts; "Leeds, 11" is a place before a number, not a person's age."""

    @pytest.mark.parametrize("text", [
        "Of the 35 coaches, 20 came from Leeds, 11 from York and 6 from Hull.",
        "The festival hired 52 stewards: 30 from Bristol, 15 from Bath and 9 from Wells.",
    ])
    def test_fires(self, linter, text):
        assert len(found(linter, text, "FIG003")) == 1

    @pytest.mark.parametrize("text", [
        "Of the 35 coaches, 20 came from Leeds, 11 from York and 4 from Hull.",
        "The festival hired 54 stewards: 30 from Bristol, 15 from Bath and 9 from Wells.",
    ])
    def test_quiet(self, linter, text):
        assert found(linter, text, "FIG003") == []


class TestDailyHoursAndActivitySpans:
    """A day's opening hours against "N hours a day", and a span told with the activity
    that filled it (", after deliberating for three hours")."""

    @pytest.mark.parametrize("text", [
        "The library opens at 09:00 and closes at 13:30, offering six and a half hours a day of study space.",
        "The panel sat at 09:15 and rose at 16:45, after hearing evidence for nine hours.",
    ])
    def test_fires(self, linter, text):
        assert len(found(linter, text, "FIG008")) == 1

    @pytest.mark.parametrize("text", [
        "The library opens at 09:00 and closes at 13:30, offering four and a half hours a day of study space.",
        "The panel sat at 09:15 and rose at 16:45, after hearing evidence for seven and a half hours.",
        # hours worked leave out the breaks
        "Cleaners start at 06:00 and finish at 15:00, working eight hours a day.",
    ])
    def test_quiet(self, linter, text):
        assert found(linter, text, "FIG008") == []


class TestAgesOfOnePersonInOtherWords:
    """Ages given for one person in other forms: a name with letters beyond ASCII, an age
    in parentheses after it ("Lüders (58)"), "who turned 29 last month"."""

    @pytest.mark.parametrize("text", [
        "The farmer Jörg Wendt (58) lost six ewes.\n\nThe 61-year-old wants compensation.\n",
        "Zoë Müller, 34, won the sprint.\n\nMüller, 36, said she was tired.\n",
        "Daniel Kiprono, 27, won in Leeds.\n\nKiprono, who turned 29 last month, said the wind was hard.\n",
    ])
    def test_fires(self, linter, text):
        assert len(found(linter, text, "FIG001")) == 1

    @pytest.mark.parametrize("text", [
        "The farmer Jörg Wendt (58) lost six ewes.\n\nThe 58-year-old wants compensation.\n",
        "Zoë Müller, 34, won the sprint.\n\nMüller, 34, said she was tired.\n",
        "Daniel Kiprono, 29, won in Leeds.\n\nKiprono, who turned 29 last month, said the wind was hard.\n",
    ])
    def test_quiet(self, linter, text):
        assert found(linter, text, "FIG001") == []
