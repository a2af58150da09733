"""Hedging rules, by behaviour: a draft in, findings (code, line, column, message) out."""

from __future__ import annotations

from lintnews.model import Severity


def _found(linter, text, select=("hedging",), **kw):
    return [(f.code, f.line, f.column) for f in linter.lint(text, select=list(select), **kw)]


def test_stacked_hedge_spans_both_cues(linter):
    [f] = linter.lint("The drought may partly explain the rise.\n", select=["HDG001"])
    assert (f.line, f.column, f.end_column) == (1, 13, 23)
    assert f.severity == Severity.WARNING and f.category == "hedging"
    assert "'may partly'" in f.message


def test_single_hedge_is_information_only(linter):
    [f] = linter.lint("Fuel prices may rise by June.\n", select=["hedging"])
    assert (f.code, f.severity, f.column) == ("HDG006", Severity.INFO, 13)


def test_named_source_quiets_hedges(linter):
    text = "Fuel prices may partly rise by June, Ofgem said.\n\nAccording to Ofgem, prices may rise.\n"
    assert _found(linter, text) == []


def test_an_unnamed_crowd_is_reported_with_its_stacked_hedge_not_its_single_hedges(linter):
    # The crowd is a finding; a stack of hedges it is made to carry is the writer's choice to
    # relay it (nobody the reader can identify stands behind it), so HDG001 reports it too.
    text = "Some analysts say prices may partly rise.\n"
    assert _found(linter, text, select=["hedging", "CLM008"]) == [("CLM008", 1, 1), ("HDG001", 1, 26)]
    single = "Some analysts say prices may rise.\n"
    assert _found(linter, single, select=["hedging", "CLM008"]) == [("CLM008", 1, 1)]


def test_an_unnamed_crowd_does_not_quiet_the_writers_other_weasels(linter):
    # the writer's "Many" stays the writer's; what the crowd alleges is the crowd's
    text = "Many complaints will go unanswered, and some critics have alleged the council ignored them.\n"
    assert _found(linter, text) == [("HDG010", 1, 1), ("HDG007", 1, 41)]
    reported = "Some critics have alleged the council ignored many complaints.\n"
    assert _found(linter, reported) == [("HDG007", 1, 1)]


def test_unnamed_evidence_that_suggests_is_the_writers_hedge(linter):
    text = "Tests on the label suggest that it dates from 1610.\n"
    assert _found(linter, text, select=["HDG006"]) == [("HDG006", 1, 20)]
    named = "Ms Ortiz suggested that it dates from 1610.\n"
    assert _found(linter, named, select=["HDG006"]) == []


def test_quotes_and_blockquotes_are_quiet(linter):
    text = '"Prices may partly rise," the minister said.\n\n> It is likely that prices rise.\n'
    assert _found(linter, text) == []


def test_code_is_not_prose(linter):
    text = "```\nIt is likely that prices may partly rise.\n```\n\nUse `may partly` sparingly.\n"
    assert _found(linter, text) == []


def test_attribution_settings_add_sources(linter):
    text = "Prices may rise by June, by Ofgem's reckoning.\n"
    assert _found(linter, text, select=["HDG006"]) == [("HDG006", 1, 8)]
    assert _found(linter, text, select=["HDG006"], attribution={"sources": ["Ofgem"]}) == []


def test_throat_clearing_and_speculation(linter):
    text = (
        "It is also important to note that the port handles a third of imports.\n\n"
        "It is likely that the army will be called in.\n"
    )
    assert _found(linter, text) == [("HDG003", 1, 1), ("HDG004", 3, 1)]


def test_agentless_perception_is_quiet_with_an_agent(linter):
    text = "The move can be seen as a provocation.\n\nThe move is seen as a provocation by the Kremlin.\n"
    assert _found(linter, text, select=["HDG002"]) == [("HDG002", 1, 10)]


def test_weasel_group_and_vague_quantifier(linter):
    text = (
        "The strike is seen by many as a mistake.\n\n"
        "Many of the cranes will never work again.\n\n"
        "Some 200 dockers came.\n\n"
        "Several ministers attended the talks.\n"
    )
    # narration of what happened ("Several ministers attended") only counts: no claim
    assert _found(linter, text, select=["HDG007", "HDG010"]) == [("HDG007", 1, 15), ("HDG010", 3, 1)]


def test_density_in_a_paragraph(linter):
    text = (
        "The fund may recover. Prices seem to be stable, and a rebound is likely to follow. "
        "Perhaps the worst is over.\n"
    )
    findings = linter.lint(text, select=["hedging"])
    assert [(f.code, f.severity) for f in findings] == [("HDG005", Severity.WARNING)]
    assert findings[0].message.startswith("4 hedges in one paragraph")


def test_every_hedging_rule_is_in_the_hedging_category(linter):
    from lintnews.engine.linter import Linter

    rules = [r for r in Linter().ruleset().rules if r.code.startswith("HDG")]
    assert {r.code for r in rules} >= {f"HDG{n:03d}" for n in range(1, 12)}
    assert {r.category for r in rules} == {"hedging"}


def test_peacock_terms_are_information(linter):
    text = (
        "The renowned architect designed the library.\n\n"
        "She is one of the most influential novelists writing today.\n\n"
        "Fans celebrated the win.\n\n"
        "The renowned architect designed the library, the council said.\n\n"
        "Imports were the biggest since 2019.\n"
    )
    found = linter.lint(text, select=["HDG012"])
    assert [(f.code, f.line, f.column) for f in found] == [("HDG012", 1, 5), ("HDG012", 3, 8)]
    assert all(f.severity == Severity.INFO for f in found)


def test_peacock_leaves_scoped_superlatives_to_the_claims_rules(linter):
    text = "It was the most popular game in the world.\n"
    assert [f.code for f in linter.lint(text, select=["HDG012", "CLM005"])] == ["CLM005"]


def test_agentless_belief_covers_reports_and_consensus(linter):
    text = (
        "The bank is widely expected to raise rates.\n\n"
        "The minister reportedly threatened to resign.\n\n"
        "Lead has been suggested as a cause of the decline.\n\n"
        "The man has been reported missing.\n"
    )
    assert _found(linter, text, select=["HDG008"]) == [("HDG008", 1, 13), ("HDG008", 3, 14), ("HDG008", 5, 6)]


def test_participial_perception(linter):
    text = (
        "He is regarded as one of the best.\n\n"
        "She moved to Bombay, then considered the centre of Indian art.\n\n"
        "The man regarded the plan as a failure.\n"
    )
    assert _found(linter, text, select=["HDG002"]) == [("HDG002", 1, 4), ("HDG002", 3, 27)]


def test_generally_as_a_vague_extent(linter):
    text = "Critics generally favour the plan.\n\nThe larvae are generally green.\n\nIt is generally accepted.\n"
    assert _found(linter, text, select=["HDG010"]) == [("HDG010", 1, 9)]


def test_crowds_with_a_qualifier_are_still_crowds(linter):
    text = (
        "Critics of the treatment claim that it merely substitutes one drug for another.\n\n"
        "The film was described by other critics as tender.\n\n"
        "Others are expected to defy the ban.\n\n"
        "Many experts, including the World Bank, have warned of a slowdown.\n"
    )
    assert _found(linter, text, select=["HDG007"]) == [("HDG007", 3, 14)]
    # a group with a qualifier holding a view is a vague source: the claims family's CLM008
    assert [(f.code, f.line) for f in linter.lint(text, select=["CLM008", "HDG007"])] == [("CLM008", 1), ("HDG007", 3)]


def test_it_suggests_is_a_hedge_not_a_source(linter):
    text = "If this is the case, it suggests that the levy failed.\n"
    assert _found(linter, text, select=["HDG006", "HDG004"]) == [("HDG006", 1, 25)]


def test_may_have_with_a_noun_is_possession_not_a_hedge(linter):
    text = "Larger vessels may also have sonar.\n\nThe drought may have caused the rise.\n"
    assert _found(linter, text, select=["HDG006"]) == [("HDG006", 3, 13)]


def test_peacock_rank_without_a_measure(linter):
    text = "It is one of the oldest pubs.\n\nShe was one of the first women to fly.\n"
    assert _found(linter, text, select=["HDG012"]) == [("HDG012", 1, 7)]


def test_folk_sources_are_no_sources(linter):
    text = (
        "According to legend, the king hid his gold here.\n\n"
        "There is, however, reason to believe that the plan failed.\n\n"
        "According to the council, many homes flooded.\n"
    )
    assert _found(linter, text) == [("HDG008", 1, 1), ("HDG004", 3, 1)]


def test_as_many_as_is_a_comparison_but_such_as_some_is_vague(linter):
    text = "As many as 40 people died.\n\nIt is used in drinks such as some colas.\n"
    assert _found(linter, text, select=["HDG010"]) == [("HDG010", 3, 30)]


def test_a_quantifier_that_counts_what_happened_is_narration(linter):
    quiet = (
        "Many bakeries on the coast road have shut since the floods.\n\n"
        "Several trawlers have landed their catch at the new quay this month.\n\n"
        "The pylons, some of them over a century old, were pulled down in a week.\n\n"
        "About 3,000 homes lost water, and many tenants could not wash because the pumps were off.\n\n"
        "Several of the lecturers involved are on fixed-term contracts.\n"
    )
    assert _found(linter, quiet, select=["HDG010"]) == []


def test_a_quantifier_that_stands_for_a_view_or_a_forecast_is_still_reported(linter):
    text = (
        "Many commuters oppose the new timetable.\n\n"
        "Many will simply stop using the ferry.\n\n"
        "Some have lost everything.\n\n"
        "Many of the trawlers will never sail again.\n\n"
        "Many tenants perceived the rent rise as unfair.\n"
    )
    assert _found(linter, text, select=["HDG010"]) == [
        ("HDG010", 1, 1), ("HDG010", 3, 1), ("HDG010", 5, 1), ("HDG010", 7, 1), ("HDG010", 9, 1),
    ]
