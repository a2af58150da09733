"""The word-triggered cue engine."""

from __future__ import annotations

from lintnews.cues import DIGIT, Cue, CueSet, alternation
from lintnews.document import parse


def scan(cues, text):
    doc = parse(text, "draft.md")
    return [(h.kind, h.text) for s in doc.sentences for h in CueSet(cues).scan(s)]


def test_right_pattern_is_anchored_at_the_trigger():
    cues = [Cue("cause", ["led"], r"led\s+to\b")]
    assert scan(cues, "The strike led to delays.") == [("cause", "led to")]
    assert scan(cues, "She led the team.") == []


def test_left_context_is_required_and_extends_the_span():
    cues = [Cue("intent", ["intended"], r"intended\s+to\b", left=r"\b(?:is|was)\s+(?:also\s+)?$")]
    assert scan(cues, "The move is also intended to deter.") == [("intent", "is also intended to")]
    assert scan(cues, "The intended target was missed.") == []


def test_left_context_can_be_checked_without_extending_the_span():
    cues = [Cue("intent", ["reluctance"], r"reluctance\b", left=r"['’]s\s+$", extend=False)]
    assert scan(cues, "The council's reluctance grew.") == [("intent", "reluctance")]


def test_vetoes_cancel_a_cue():
    cues = [Cue("cause", ["led"], r"led\s+to\b", veto_left=r"\bmay\s+$", veto_right=r"led\s+to\s+believe\b")]
    assert scan(cues, "It may led to nothing. He was led to believe it.") == []


def test_triggers_match_case_and_apostrophe_insensitively():
    cues = [Cue("prediction", ["won't"], r"won['’]t\s+change\b")]
    assert scan(cues, "It Won’t change anything.") == [("prediction", "Won’t change")]


def test_digit_trigger_fires_at_the_start_of_each_number():
    cues = [Cue("statistic", [DIGIT], r"\d[\d,.]*\s?%")]
    assert scan(cues, "Sales rose 3.5% and then 1,000% in the F-16s era.") == [
        ("statistic", "3.5%"),
        ("statistic", "1,000%"),
    ]


def test_overlapping_hits_of_one_kind_are_merged():
    cues = [
        Cue("statistic", [DIGIT], r"\d+\s+million\b"),
        Cue("statistic", ["million"], r"million\b"),
    ]
    assert scan(cues, "It cost 3 million.") == [("statistic", "3 million")]


def test_alternation_prefers_longer_words():
    assert alternation(["in", "in turn"]) == r"(?:in\s+turn|in)"
