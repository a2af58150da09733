"""Claim families the cue tables lacked, each with firing and quiet neighbours:

- a cause with its degree word after "down" ("was down entirely to", "is down largely to");
- a trade or a place lost to an agent ("squeezed out of the market by the big chains",
  "forced out of business by the coffee giants");
- an attempt to conceal or deflect read into what someone did ("was clearly trying to
  deflect attention from"), not a visible attempt ("trying to reach the flat");
- a purpose of winning people back read into a price ("set low to win back the fans");
- a superlative scoped to a town, a village, a valley or a trade ("the biggest employer in
  the valley"), in any word order ("is after the port the largest employer in the town");
- a ranking of harm as the writer's judgement ("have suffered the most", "the biggest losers");
- a forecast of a contest's outcome ("start the season as favourites for the title"), not the
  bookmakers' odds nor the front-runner for a post."""

import pytest

FIRES = [
    ("CLM001", "The drop in crime was down largely to the new street lights."),
    ("CLM001", "Their relegation was down entirely to a string of injuries."),
    ("CLM001", "Family butchers are being squeezed out of the trade by the big discounters."),
    ("CLM001", "Independent garages were forced out of business by the dealer chains."),
    ("CLM002", "The chairman was clearly trying to deflect attention from the club's debts."),
    ("CLM002", "The ministry was seeking to bury the inspectors' findings."),
    ("CLM002", "Season tickets have been priced low to win back the supporters the club lost."),
    ("CLM002", "Bus fares were frozen to tempt back the commuters."),
    ("CLM005", "The creamery is the biggest employer in the valley."),
    ("CLM005", "The sawmill is, after the quarry, the largest employer in the village."),
    ("CLM005", "The ferry is the busiest crossing in the district."),
    ("CLM005", "Allotment holders have suffered the most."),
    ("CLM005", "The biggest losers are the night-shift workers."),
    ("CLM003", "Harlow will start the season as favourites for the title."),
    ("CLM003", "The holders are favourites to lift the cup again."),
    ("CLM003", "The club go into next season as favourites to go straight back up."),
]

QUIET = [
    ("CLM001", "The deer were pushed out of the forest by the fire."),
    ("CLM002", "Firefighters were trying to reach the top floor of the tower."),
    ("CLM002", "The manager denied he was trying to deflect attention from the defeat."),
    ("CLM005", "Durham is the largest city in the county."),
    ("CLM005", "The worst affected were the two villages by the estuary, the agency's data shows."),
    ("CLM003", "The film has been tipped by bookmakers as the favourite to win the award."),
    ("CLM003", "The deputy is hot favourite to take over from the chairman."),
    ("CLM003", "Harlow are favourites for the title with the bookmakers."),
]


@pytest.mark.parametrize("code,sentence", FIRES)
def test_fires_in_writer_voice(linter, code, sentence):
    assert code in linter.codes(sentence, select=[code]), sentence


@pytest.mark.parametrize("code,sentence", FIRES)
def test_attributed_and_quoted_stay_quiet(linter, code, sentence):
    body = sentence[:-1]
    for text in (f"{body}, the chamber of commerce said.",
                 f'"{body}," said Ruth Adeyemi, who chairs the residents\' panel.'):
        assert linter.codes(text, select=[code]) == [], text


@pytest.mark.parametrize("code,sentence", QUIET)
def test_lookalike_is_quiet(linter, code, sentence):
    assert linter.codes(sentence, select=[code]) == [], sentence
