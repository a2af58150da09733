"""CLM007 sweeping-generalisation: a generalisation with no source."""

from __future__ import annotations

from lintnews.analysis.claims.cues import GENERALISATION
from lintnews.analysis.claims.base import ClaimRule
from lintnews.model import Severity

__all__ = ["SweepingGeneralisation"]


class SweepingGeneralisation(ClaimRule):
    """What it flags: generalisations in the writer's voice: frequency ("often", "always",
    "invariably", "routinely", "time and again", "as usual"), patterns ("follows a
    familiar pattern"), common knowledge ("it is well known that", "it is no secret
    that"), universal claims ("Nobody in the village believes", "not one member has",
    "all Americans are"), a whole group's feelings or habits ("Residents are furious",
    "Shoppers have lost patience", "Teachers everywhere dread inspections", "Small village
    schools simply cannot survive", "Young people no longer read newspapers", "Shoppers
    are abandoning the high street", "Every commuter has a story", "Politicians never
    learn", "Hardly anyone uses the lane"), appeals and repute ("As any commuter will tell
    you", "a byword for neglect", "notorious for"), a universal negative on a record ("has
    never attended a single meeting") and trends across a population ("has soared across
    the country", "Councils up and down the country are cutting", "Like most seaside towns,
    X has struggled"). Information only: many are harmless, but each is a claim about many
    cases that the story rarely supports.

    Why: a pattern needs evidence (how many times, when, measured by whom); "everyone
    knows" is nobody in particular.

    Instead: give the cases ("in 2022 and again in 2023 ...") or attribute the pattern to
    someone who has studied it.

    Fix safety: no fix: the cases, or who studied the pattern, are the writer's to find.
    """

    code = "CLM007"
    name = "sweeping-generalisation"
    kind = GENERALISATION
    severity = Severity.INFO
    message = "Sweeping generalisation ('{match}') with no source: how often, and according to whom?"
    summary = "A claim of a pattern (\"often\", \"always\", \"a familiar pattern\") with no source."
    examples = {
        "fail": [
            "The announcement follows a familiar pattern of delay and reversal.",
            "Such approvals often come at the last moment.",
            "It is well known that the scheme is unpopular.",
        ],
        "pass": [
            "Such approvals often come at the last moment, said Ana Ruiz, who has studied arms transfers.",
            "The approval came two days before the deadline.",
        ],
    }
