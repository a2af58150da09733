"""One span, one finding: vague sources are CLM008's, weasel framing is the hedging pack's.

A crowd or unnamed research presented as the source of a statement ("some critics say",
"experts believe", "detractors say", "according to specialists") is reported by CLM008
vague-source (claims). Weasel framing with no reporting verb ("is considered by many",
"in some quarters"), agentless perception and belief ("it is said that", "is reckoned to
be": nobody is presented as the source) and vague quantities ("many residents oppose")
are the hedging rules'. Every rule is selected, as in a default run.
"""

from __future__ import annotations

import pytest


def _codes(linter, text):
    return [(f.code, f.column) for f in linter.lint(text, select=["hedging", "claims"])]


@pytest.mark.parametrize(
    "text",
    [
        "Some critics say the reform goes too far.",
        "Experts believe the dam is unsafe.",
        "Many believe the election was rigged.",
        "Studies show the drug cuts deaths.",
        "According to some, the plan may fail.",
        "Detractors say the reform goes too far.",
        "According to specialists, the plan may fail.",
    ],
)
def test_a_vague_source_is_reported_once_by_clm008(linter, text):
    assert _codes(linter, text + "\n") == [("CLM008", 1 if not text.startswith("The") else 14)]


@pytest.mark.parametrize(
    "text, code, column",
    [
        ("The novel is considered by many to be his best.", "HDG007", 14),
        ("The plan has support in some quarters.", "HDG007", 22),
        ("Many consider the reform a failure.", "HDG007", 1),
        ("Many residents oppose the plan.", "HDG010", 1),
        ("The painting is believed to be a forgery.", "HDG008", 14),
        ("It is said that the minister will resign.", "HDG008", 1),
        ("The minister is said to be furious.", "HDG008", 14),
        ("The bridge is understood to be in poor repair.", "HDG008", 12),
    ],
)
def test_weasel_framing_is_reported_once_by_the_hedging_pack(linter, text, code, column):
    assert _codes(linter, text + "\n") == [(code, column)]


def test_with_clm008_ignored_the_hedging_pack_does_not_take_its_spans(linter):
    findings = linter.lint("Some critics say the reform goes too far.\n", select=["hedging"])
    assert findings == []


def test_a_crowd_is_the_hedging_packs_where_clm008_stays_quiet(linter):
    # The claims analysis reads the participle as a source and CLM008 is quiet, so the
    # crowd is not left without a finding.
    text = "Some say the plan is being implemented gradually, citing the new bank.\n"
    assert _codes(linter, text) == [("HDG007", 1)]
