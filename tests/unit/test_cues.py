"""The word-triggered cue engine."""

from __future__ import annotations

from lintnews.matching.cues import DIGIT, Cue, CueSet, alternation
from lintnews.text.document import parse


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
    import re

    assert re.match(alternation(["in", "in turn"]), "in  turn").group() == "in  turn"
    assert re.match(alternation(["In", "in turn"]), "in  turn").group() == "in  turn"  # flat form


# -- the fast path of long drafts: one trigger search per region, one match per trigger --

from lintnews.matching import cues as cues_module  # noqa: E402
from lintnews.text.document import OffsetMap, Region, Sentence  # noqa: E402

_MIXED = [
    Cue("cause", ["led"], r"led\s+to\b", veto_right=r"led\s+to\s+believe\b"),
    Cue("cause", ["led"], r"led\s+(?:directly\s+)?to\s+(?-i:[A-Z])", strong=False),
    Cue("intent", ["intended"], r"intended\s+to\b", left=r"\b(?:is|was)\s+(?:also\s+)?$"),
    Cue("statistic", [DIGIT], r"\d[\d,.]*\s?%"),
    Cue("statistic", [DIGIT, "million"], r"(?:\d+\s+)?million\b"),
    Cue("record", ["voted"], r"voted\s+(?P<how>for|against)\b", veto_left=r"\bnever\s+$"),
]
_TEXTS = [
    "The strike led to delays. It led directly to Paris. He was led to believe it.",
    "The plan is also intended to deter. Sales rose 3.5% and 3 million jobs went; she voted for it.",
    "He never voted against it. The intended target was missed. 1,000% more.",
]


def _hits(cue_set, doc, by_region):
    if by_region:
        per = [h for r in doc.regions for hs in cue_set.scan_region(r) for h in hs]
    else:
        per = [h for s in doc.sentences for h in cue_set.scan(s)]
    return [(h.kind, h.start, h.end, h.strong, h.sentence.index) for h in per]


def test_long_drafts_find_the_same_hits_as_short_ones(monkeypatch):
    doc = parse("\n\n".join(_TEXTS), "draft.md")
    slow = _hits(CueSet(_MIXED), doc, by_region=False)
    assert slow  # the cues do fire on these texts
    monkeypatch.setattr(cues_module, "_COMPILE_AFTER", 0)
    monkeypatch.setattr(cues_module, "_DISPATCH_AFTER", 1)
    for by_region in (False, True):
        fast = CueSet(_MIXED)
        _hits(fast, doc, by_region)  # first pass compiles the finder and dispatchers
        assert fast._finder is not None and fast._dispatchers
        assert _hits(fast, doc, by_region) == slow


def test_region_scan_searches_sentence_by_sentence_when_a_word_crosses_a_boundary(monkeypatch):
    monkeypatch.setattr(cues_module, "_COMPILE_AFTER", 0)
    text = "Prices led to anger. It ledto nothing."
    region = Region("paragraph", text, OffsetMap.identity(0, len(text)))
    # a sentence boundary inside "ledto": a search per sentence sees "led" as a word
    region.__dict__["sentences"] = [Sentence(region, 0, 27, 0), Sentence(region, 27, len(text), 1)]
    cue_set = CueSet([Cue("cause", ["led"], r"led")])
    cue_set.scan(region.sentences[0])  # compiles the finder
    per_sentence = [[(h.start, h.end) for h in cue_set.scan(s)] for s in region.sentences]
    assert per_sentence == [[(7, 10), (24, 27)], []]
    assert [[(h.start, h.end) for h in hs] for hs in cue_set.scan_region(region)] == per_sentence


def test_alternation_is_the_same_for_the_same_words_in_any_order():
    assert alternation(["cut", "rise", "fall", "dip"]) == alternation(["dip", "fall", "rise", "cut"])
    assert alternation(["Cut", "rise", "fall"]) == alternation(["fall", "Cut", "rise"]) == "(?:fall|rise|Cut)"


def _flat(words):
    import re

    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


from hypothesis import given, settings, strategies as st  # noqa: E402

_WORDS = st.lists(st.sampled_from(["a", "an", "and", "an d", "in", "in turn", "rise", "rises", "risen", "r-s", "k", "s", ""]), max_size=8)
_TEXT = st.text(alphabet="aAnNdDiItTuUrRsSeEkK\u212a\u017f- \n.", max_size=12)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT, st.sampled_from(["", r"\b", r"(?!\w)", r"\s+x"]))
def test_alternation_matches_as_the_flat_alternation_does(words, text, after):
    import re

    for flags in (0, re.IGNORECASE):
        want = [m.span() for m in re.finditer(_flat(words) + after, text, flags)]
        assert [m.span() for m in re.finditer(alternation(words) + after, text, flags)] == want


def test_cues_with_back_references_or_global_flags_are_tried_on_their_own(monkeypatch):
    monkeypatch.setattr(cues_module, "_COMPILE_AFTER", 0)
    monkeypatch.setattr(cues_module, "_DISPATCH_AFTER", 1)
    repeated = [
        Cue("record", ["very"], r"(very)\s+\1\b"),
        Cue("record", ["very"], r"(?i)very\s+good\b"),
        Cue("verdict", ["very"], r"very\s+(?P<w>\w+)\s+(?P=w)\b"),
        Cue("cause", ["very"], r"very\b"),
    ]
    doc = parse("It was very very good. A very big big deal.", "draft.md")
    slow = [[(h.kind, h.start, h.end) for h in CueSet(repeated).scan(s)] for s in doc.sentences]
    fast = CueSet(repeated)
    for s in doc.sentences:
        fast.scan(s)  # builds the dispatcher
    assert [[(h.kind, h.start, h.end) for h in fast.scan(s)] for s in doc.sentences] == slow
    assert len(next(iter(fast._dispatchers.values())).alone) == 3
