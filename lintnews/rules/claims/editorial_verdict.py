"""CLM006 editorial-verdict: an editorialising verdict stated as fact."""

from __future__ import annotations

from lintnews.analysis.claims.cues import VERDICT
from lintnews.analysis.claims.base import ClaimRule
from lintnews.model import Severity

__all__ = ["EditorialVerdict"]


class EditorialVerdict(ClaimRule):
    """What it flags: verdicts that interpret rather than report: "signifies an escalation",
    "underlines the growing ...", "marks a turning point", "is a clear sign that", "this
    proves that", "testifies to", "there is no doubt that", "reflects a deep malaise",
    and evaluations predicated of a thing or an act ("was a disastrous decision", "is a
    betrayal of the villages", "is a victory for common sense", "has finally solved the
    problem of", "have been priced out"), failure and sweeping impact ("The reforms have
    failed.", "has failed its pupils", "has saved hundreds of lives", "has let the town
    down", "has been badly run"); evaluative adjectives and set phrases ("was ill-judged",
    "is long overdue", "has been woefully inadequate", "was exemplary", "is remarkably
    thin", "a damning indictment of", "a missed opportunity", "a wake-up call", "a shadow of
    its former self", "not fit for purpose", "raised more questions than it answered"),
    verdicts of right and wrong ("was right to scrap", "the right thing to do", "rightly
    rejected", "should have acted sooner", "deserve credit") and asserted certainty ("It is
    evident that", "without doubt", "by any measure"), idioms ("makes a mockery of", "has a lot
    to answer for", "got off lightly", "a law unto itself"). Loaded words ("a brazen plot", "draconian
    laws"), assertions of certainty ("undoubtedly"), verdicts of success ("has
    successfully ...") and assessments of an actor's condition ("is currently militarily
    weakened") are information.

    Why: a news report attributes judgements. Stated by the writer, a verdict is opinion
    presented as fact.

    Instead: attribute it ("the move amounted to an escalation, Nato's secretary general
    said"), or set out the facts that support it and let readers judge.

    Fix safety: no fix: whose judgement it is, or which facts support it, is the writer's to find.
    """

    code = "CLM006"
    name = "editorial-verdict"
    kind = VERDICT
    severity = Severity.WARNING
    message = "Editorial verdict ('{match}') in the writer's own voice: attribute the judgement or show the facts"
    summary = "The writer's interpretation stated as fact (\"signifies an escalation\", \"underlines\")."
    examples = {
        "fail": [
            "This decision signifies an escalation in the conflict.",
            "The vote marks a turning point for the party.",
            "The fall in orders is a clear sign of a slowing economy.",
        ],
        "pass": [
            "This decision signifies an escalation in the conflict, the UN envoy said.",
            "\"The vote marks a turning point,\" the party leader said.",
            "Orders fell by 3% in May, the industry body said.",
        ],
    }
