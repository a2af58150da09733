"""CLM009 track-record: a claim about what someone voted for, supported or opposed."""

from __future__ import annotations

from lintnews.analysis.claims.cues import RECORD
from lintnews.analysis.claims.base import ClaimRule
from lintnews.model import Severity

__all__ = ["TrackRecord"]


class TrackRecord(ClaimRule):
    """What it flags: statements of a person's track record made on the writer's (or the
    speaker's) authority: "you supported NAFTA", "he has repeatedly voted against the bill", "Senator
    Sanders voted for that", "I was against the war in Iraq", "she opposed it", "he even
    backed shutting the government down", and the present positions of others ("she is
    against the ban", "he supports it"). The subject must be a person: a personal pronoun,
    or a name before "voted". For a third person, a single act is a record where a word says
    it was kept up ("has consistently voted against", "has always opposed", "voted against
    every budget since 2019", "championed") or pointed at as in speech ("voted for that"):
    the one vote a report narrates ("The Greens voted against the bill", "Councillor Ames
    voted for the motion on Monday") is the story's event, not a record. Conditionals ("if
    you voted for it"), hedged forms ("may have backed") and the speaker's present position
    ("I support the ban") stay quiet.
    Information only: in news copy a record is usually public and often sourced elsewhere
    in the story; in a transcript or a speech it is the claim a fact-checker checks first.

    Why: records are easy to misstate (a vote for an amendment is not a vote for the bill)
    and readers repeat them. A claim about someone's record should point to the record.

    Instead: cite the vote or the statement ("voted against the 2002 resolution, according
    to the Senate roll call") or link to it.

    Fix safety: no fix: the record to cite is the writer's to find.
    """

    code = "CLM009"
    name = "track-record"
    kind = RECORD
    severity = Severity.INFO
    carries = True
    speech_is_claim = True
    message = "Claim about someone's record ('{match}') with no source: check it against the record, or cite it"
    summary = "A claim about how someone voted or what they supported or opposed, with no source."
    examples = {
        "fail": [
            "In the 1990s you supported the trade agreement.",
            "Senator Ruiz voted against the budget twice.",
            "I was against the war from the start.",
        ],
        "pass": [
            "Senator Ruiz voted against the budget twice, according to the Senate roll call.",
            "If you voted for it, you should say so.",
            "I support the ban.",
        ],
    }
