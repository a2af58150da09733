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
    # causes in the writer's voice
    ("CLM001", "Profits rose on the back of aggressive price rises."),
    ("CLM001", "The harbour made a huge contribution to the town's revival."),
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
    # conditions, reports and attributed forecasts
    ("CLM003", "If the vote passes, the new rules will hit the poorest households hardest."),
    ("CLM003", "The company said the cuts will hit hundreds of jobs."),
    ("CLM003", "The ban will drive smokers across the border, the retailers' association warned."),
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
