"""Claims rules (CLM): each kind fires when unsourced and stays quiet when attributed."""

from __future__ import annotations

import pytest

from lintnews.model import Severity

CLAIMS = {
    "CLM001": "The heatwave was a trigger for the water restrictions.",
    "CLM002": "The new levy is intended to punish second-home owners.",
    "CLM003": "The merger will have major repercussions for local suppliers.",
    "CLM004": "Rents have risen by 14% in two years.",
    "CLM005": "It is the largest strike in the history of the railway.",
    "CLM006": "The walkout signifies a collapse of trust between staff and managers.",
    "CLM007": "Councils often announce cuts just before the holidays.",
    "CLM009": "Senator Ruiz voted against the harbour budget twice.",
    "CLM010": "Cheap supermarket milk has driven hundreds of dairy farms out of business.",
}


def attributed_forms(claim: str):
    bare = claim[:-1]
    return {
        "named source": f"{bare}, the transport minister said.",
        "inverted named source": f"{bare}, said Ana Ruiz, the transport minister.",
        "according to": f"{bare}, according to the Office for Budget Responsibility.",
        "link": f"{bare} ([report](https://example.org/report)).",
        "link on the claim": f"[{bare}](https://example.org/report).",
        "direct quote": f"\u201c{bare},\u201d the union leader said.",
        "carried pronoun": f"Ana Ruiz, the transport minister, spoke in Leeds on Monday. {bare}, she added.",
        "carried colon": f"The council's annual report said: Services are under strain. {claim}",
        "blockquote": f"> {claim}",
    }


@pytest.mark.parametrize("code, claim", sorted(CLAIMS.items()))
def test_unsourced_claim_fires(linter, code, claim):
    findings = linter.lint(claim, select=[code])
    assert [f.code for f in findings] == [code]
    assert findings[0].category == "claims"
    assert findings[0].line == 1


@pytest.mark.parametrize("form", list(attributed_forms("x.")))
@pytest.mark.parametrize("code, claim", sorted(CLAIMS.items()))
def test_attributed_claim_is_quiet(linter, code, claim, form):
    text = attributed_forms(claim)[form]
    assert linter.lint(text, select=["claims"]) == [], text


@pytest.mark.parametrize("code, claim", sorted(CLAIMS.items()))
def test_attribution_does_not_carry_into_the_next_paragraph(linter, code, claim):
    text = f"The transport minister said the figures were published on Monday.\n\n{claim}\n"
    assert [(f.code, f.line) for f in linter.lint(text, select=[code])] == [(code, 3)]


@pytest.mark.parametrize("code, claim", sorted(CLAIMS.items()))
def test_headline_claims_are_info_at_most(linter, code, claim):
    findings = linter.lint(f"# {claim[:-1]}\n", select=[code])
    assert [f.severity for f in findings] == [Severity.INFO]


@pytest.mark.parametrize("code, claim", sorted(CLAIMS.items()))
def test_each_rule_runs_alone(linter, code, claim):
    text = " ".join(CLAIMS.values())
    assert {f.code for f in linter.lint(text, select=[code])} == {code}


def test_severity_by_strength(linter):
    text = " ".join(CLAIMS.values())
    severity = {f.code: f.severity for f in linter.lint(text, select=["claims", "CLM004"])}
    assert severity == {
        "CLM001": Severity.WARNING,
        "CLM002": Severity.WARNING,
        "CLM003": Severity.WARNING,
        "CLM004": Severity.INFO,
        "CLM005": Severity.INFO,
        "CLM006": Severity.WARNING,
        "CLM007": Severity.INFO,
        "CLM009": Severity.INFO,
        "CLM010": Severity.INFO,
    }


def test_messages_say_what_is_missing(linter):
    text = " ".join(CLAIMS.values())
    messages = {f.code: f.message for f in linter.lint(text, select=["claims", "CLM004"])}
    assert messages["CLM001"].startswith("Causal claim with no source: who says 'was a trigger for'?")
    assert "intent" in messages["CLM002"] and "who says so?" in messages["CLM002"]
    assert "whose forecast" in messages["CLM003"]
    assert "'14%'" in messages["CLM004"] and "who produced the figure" in messages["CLM004"]


def test_finding_position_points_at_the_cue(linter):
    (f,) = linter.lint("Prices rose. The heatwave was a trigger for the water restrictions.", select=["CLM001"])
    assert (f.line, f.column, f.end_column) == (1, 27, 44)


def test_background_paragraph_stays_quiet(linter):
    text = (
        "The railway opened in 1871 and runs from the harbour to the market town. "
        "Trains stop at six stations. The line was electrified in the 1990s and is "
        "owned by the regional council, which leases it to a private operator.\n"
    )
    assert linter.lint(text, select=["claims"]) == []


def test_questions_are_not_claims(linter):
    assert linter.lint("Will the merger have major repercussions for local suppliers?", select=["claims"]) == []


def test_code_and_quoted_cues_are_skipped(linter):
    text = (
        "```\nThe heatwave was a trigger for the restrictions.\n```\n\n"
        "The minister called the heatwave \u201ca trigger for the restrictions\u201d and left.\n"
    )
    assert linter.lint(text, select=["claims"]) == []


def test_table_cells_are_not_judged(linter):
    text = "| Year | Change |\n|---|---|\n| 2023 | Rents rose by 14% |\n"
    assert linter.lint(text, select=["claims"]) == []


def test_hedged_claims_are_left_to_the_hedging_rules(linter):
    text = "The heatwave may lead to water restrictions. The merger could change the market."
    assert linter.lint(text, select=["claims"]) == []


def test_scheduled_events_are_not_predictions(linter):
    text = "The vote will take place on Monday. The report is set to be published in June."
    assert linter.lint(text, select=["CLM003"]) == []


def test_vague_source_does_not_also_raise_a_claim(linter):
    findings = linter.lint("Experts believe the merger will have major repercussions.", select=["claims"])
    assert [f.code for f in findings] == ["CLM008"]


def test_config_accepted_phrase_and_trusted_source(linter):
    text = "Rents have risen by 14% in two years, per the ministry's rent tracker.\n\nRents rose by 14% (Rightmove).\n"
    assert {f.line for f in linter.lint(text, select=["CLM004"])} == {1, 3}
    quiet = linter.lint(
        text,
        select=["CLM004"],
        attribution={"phrases": ["per the ministry's rent tracker"], "sources": ["Rightmove"]},
    )
    assert quiet == []


def test_statistics_carry_a_source_named_earlier_in_the_paragraph(linter):
    text = "Sales rose 5% to \u00a32bn, the company said. Profits doubled to \u00a3300m. It was the best year in its history."
    codes = [f.code for f in linter.lint(text, select=["claims"])]
    assert codes == ["CLM005"]  # the figures carry; the record claim needs its own source


@pytest.mark.parametrize(
    "text, code, severity",
    [
        ("The talks collapsed because Washington feared an escalation.", "CLM002", Severity.WARNING),
        ("It is no coincidence that the announcement came on budget day.", "CLM002", Severity.WARNING),
        ("The protests were orchestrated by opposition groups.", "CLM002", Severity.WARNING),
        ("The minister wants to avoid a public row.", "CLM002", Severity.INFO),
        ("The talks collapsed because the two sides could not agree on fees.", "CLM001", Severity.INFO),
        ("The strike led to the cancellation of 40 flights.", "CLM001", Severity.INFO),
        ("The strike caused significant damage to the local economy.", "CLM001", Severity.WARNING),
        ("This will inevitably lead to higher prices.", "CLM003", Severity.WARNING),
        ("The move shows the government is losing control.", "CLM006", Severity.WARNING),
        ("The scheme has been a disaster for small farmers.", "CLM006", Severity.INFO),
        ("Russia is currently militarily weakened.", "CLM006", Severity.INFO),
        ("Nine in ten voters back the plan.", "CLM004", Severity.INFO),
        ("Three-quarters of the country's lakes fail basic pollution tests.", "CLM004", Severity.INFO),
        ("Crime has fallen sharply since the scheme began.", "CLM004", Severity.INFO),
        ("The country has the highest murder rate in Europe.", "CLM005", Severity.INFO),
        ("Inflation is running at its highest level for a decade.", "CLM005", Severity.INFO),
        ("Everyone knows the system is broken.", "CLM007", Severity.INFO),
    ],
)
def test_more_claim_forms(linter, text, code, severity):
    findings = [f for f in linter.lint(text, select=["claims", "CLM004"]) if f.code == code]
    assert [f.severity for f in findings] == [severity]


@pytest.mark.parametrize(
    "text",
    [
        "The council will meet on Tuesday to discuss the budget.",
        "She led the team to victory in 2019.",
        "He was born in 1970 and has three children.",
        "The mayor has promised to build 5,000 homes.",
        "England have won nine of the last 10 Six Nations titles.",
        "The net has not changed as much as people thought it would.",
        "I have always loved the sea.",
        "The vote is due to take place in June.",
        "The committee met three times in 2019.",
        "More than 40 ships are waiting offshore.",  # the event's own count
    ],
)
def test_ordinary_copy_is_quiet(linter, text):
    assert linter.lint(text, select=["claims"]) == []


def test_the_learned_rule_leaves_constructions_to_their_rules(linter):
    # one finding per sentence: a sentence a construction rule reports is not reported again
    text = "Online gambling has ruined thousands of families."
    codes = [f.code for f in linter.lint(text, select=["claims"])]
    assert "CLM010" not in codes and codes


def test_the_learned_rule_skips_code_and_questions(linter):
    claim = CLAIMS["CLM010"]
    text = f"```\n{claim}\n```\n\n    {claim}\n\nHas cheap supermarket milk driven hundreds of dairy farms out of business?\n"
    assert not linter.lint(text, select=["CLM010"])


def test_the_learned_rule_threshold_is_an_option(linter):
    claim = CLAIMS["CLM010"]
    assert linter.lint(claim, select=["CLM010"])
    assert not linter.lint(claim, select=["CLM010"], rules={"CLM010": {"threshold": 0.9999}})


def test_a_vote_the_story_reports_is_no_track_record(linter):
    quiet = (
        "The Greens voted against the bill.\n\n"
        "Councillor Ames voted for the motion on Monday.\n\n"
        "Plaid Cymru opposed the merger.\n"
    )
    assert linter.lint(quiet, select=["CLM009"]) == []
    record = (
        "She has consistently voted against the bypass.\n\n"
        "The leader has voted against every budget since 2019.\n\n"
        "You voted for the closure.\n\n"
        "Plaid Cymru has always opposed the merger.\n"
    )
    assert [f.line for f in linter.lint(record, select=["CLM009"])] == [1, 3, 5, 7]


def test_a_debt_a_name_and_a_workforce_are_no_causes(linter):
    quiet = (
        "The county's debts include £40m owed to the pension fund.\n\n"
        "Rob Kelly is one of the presenters of the breakfast show.\n\n"
        "Twice as many bikes were produced by just 300 staff.\n"
    )
    assert linter.lint(quiet, select=["CLM001"]) == []
    causes = "The closures robbed the valley of its last bank.\n\nThe club owes its revival to the new owners.\n"
    assert [f.line for f in linter.lint(causes, select=["CLM001"])] == [1, 3]
