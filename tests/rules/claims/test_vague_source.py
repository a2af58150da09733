"""CLM008 vague-source: attribution that names nobody."""

from __future__ import annotations

import pytest

from lintnews.model import Severity


@pytest.mark.parametrize(
    "text, match",
    [
        ("Some say the bridge is unsafe.", "Some say"),
        ("Experts believe the bridge is unsafe.", "Experts believe"),
        ("Many people think the bridge is unsafe.", "Many people think"),
        ("Observers note that the bridge is old.", "Observers note"),
        ("Sources suggest the bridge will close.", "Sources suggest"),
        ("Some observers see the closure as a warning.", "Some observers see"),
        ("Studies show that old bridges fail more often.", "Studies show"),
        ("The bridge will close, according to reports.", "according to reports"),
        ("There are those who argue the bridge is safe.", "There are those who argue"),
    ],
)
def test_weasel_sources_are_warnings(linter, text, match):
    (f,) = linter.lint(text, select=["vague-source"])
    assert f.code == "CLM008" and f.severity == Severity.WARNING
    assert f"'{match}'" in f.message
    assert "name the person and their role, the organisation, or the study" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the bridge is unsafe.",
        "Officials said the bridge would close.",
        "Sources close to the minister said the bridge would close.",
        "Detractors say the bridge is unsafe.",
        "Opponents of the closure claim the bridge is safe.",
        "Many in the village believe the bridge is unsafe.",
        "According to engineers, the bridge is unsafe.",
    ],
)
def test_newsroom_conventions_are_info(linter, text):
    (f,) = linter.lint(text, select=["CLM008"])
    assert f.severity == Severity.INFO


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at Barclays said the bridge was unsafe.",
        "Nato officials said the bridge would close.",
        "Critics, including the Liberal Democrats, say the bridge is unsafe.",
        "Some economists, including Ana Ruiz of the IFS, say growth will slow.",
        "Engineers from Arup believe the bridge is unsafe.",
        "The engineer said the bridge was unsafe.",
        "In a report by the audit office, the bridge was said to be unsafe.",
        "\u201cSome say the bridge is unsafe, but it is not,\u201d the engineer said.",
        "> Experts believe the bridge is unsafe.",
        "Many people were injured when the bridge collapsed.",
        "Do experts believe the bridge is unsafe?",
    ],
)
def test_named_or_quoted_sources_are_quiet(linter, text):
    assert linter.lint(text, select=["CLM008"]) == []


def test_headline_is_info(linter):
    (f,) = linter.lint("# Experts believe bridge is unsafe\n", select=["CLM008"])
    assert f.severity == Severity.INFO


def test_one_finding_per_sentence(linter):
    findings = linter.lint("Some say, and many experts believe, that the bridge is unsafe.", select=["CLM008"])
    assert len(findings) == 1


@pytest.mark.parametrize(
    "text",
    [
        "It is said that the bridge is unsafe.",  # agentless: the hedging pack's HDG008
        "The engineer is said to have resigned.",
        "The bridge will close, organisers said.",  # the people running the event
        "Police said the bridge would close.",
        "Analysts at Barclays said the bridge was a risk.",  # an identified group
        "Labour councillors say the bridge is unsafe.",
        "The researchers said the bridge was unsafe.",  # a group named before
    ],
)
def test_not_vague_sources(linter, text):
    assert linter.lint(text, select=["CLM008"]) == []


def test_officials_after_a_named_body_are_not_vague(linter):
    text = "Two lorries collided on the bypass, the fire service said.\n\nOfficials said the bridge would close.\n"
    assert linter.lint(text, select=["CLM008"]) == []
    text = "Two lorries collided on the bypass.\n\nOfficials said the bridge would close.\n"
    assert [f.line for f in linter.lint(text, select=["CLM008"])] == [3]
