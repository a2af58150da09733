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


# -- one trigger search per region, one match per trigger: held to the plain reading --

import re  # noqa: E402

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


def _plain_hits(cues, sentence):
    """The hits of *cues* in *sentence* read the plain way: every word token (lower case,
    straight apostrophes) looked up among the triggers, then every number, each cue
    tried on its own with its left context searched in full, overlaps of a kind merged."""
    text = sentence.region.text
    low = text.lower().replace("’", "'").replace("‘", "'")
    assert len(low) == len(text)
    by_trigger = {}
    for cue in cues:
        for trigger in cue.triggers:
            by_trigger.setdefault(trigger, []).append(cue)
    places = [(m.start(), by_trigger[m.group()]) for m in re.finditer(r"\w+(?:['-]\w+)*", low[: sentence.end])
              if m.start() >= sentence.start and m.group() in by_trigger]
    for m in re.finditer(r"[0-9]+", text[: sentence.end]):
        before = text[m.start() - 1: m.start()]
        if m.start() >= sentence.start and not (before and before.isascii() and (before.isalnum() or before in ".,-_")):
            places.append((m.start(), by_trigger.get(DIGIT, [])))
    hits = []
    for at, found in places:
        for cue in found:
            m = cue.right.match(text, at, sentence.end)
            if m is None or (cue.veto_right is not None and cue.veto_right.match(text, at, sentence.end)):
                continue
            start = at
            # the 90 characters before the trigger; a NUL where they do not reach the
            # sentence's start, so that "^" still means that start
            before = text[sentence.start: at] if at - 90 <= sentence.start else "\0" + text[at - 90: at]
            if cue.veto_left is not None and cue.veto_left.search(before):
                continue
            if cue.left is not None:
                lm = cue.left.search(before)
                if lm is None:
                    continue
                if cue.extend:
                    start = at - len(before) + lm.start()
                    while start < at and text[start].isspace():
                        start += 1
            hits.append((cue.kind, start, m.end(), cue.strong))
    hits.sort(key=lambda h: (h[1], -h[2]))
    merged = []
    for kind, start, end, strong in hits:
        last = next((i for i in range(len(merged) - 1, -1, -1) if merged[i][0] == kind), None)
        if last is not None and start < merged[last][2]:
            k, s0, e0, st0 = merged[last]
            merged[last] = (k, s0, max(e0, end), st0 or strong)
            continue
        merged.append((kind, start, end, strong))
    return merged


def _hits(cue_set, doc, by_region):
    if by_region:
        per = [h for r in doc.regions for hs in cue_set.scan_region(r) for h in hs]
    else:
        per = [h for s in doc.sentences for h in cue_set.scan(s)]
    return [(h.kind, h.start, h.end, h.strong, h.sentence.index) for h in per]


def test_cue_sets_find_the_hits_of_the_plain_reading():
    doc = parse("\n\n".join(_TEXTS), "draft.md")
    want = [(k, s, e, st, sentence.index) for sentence in doc.sentences for k, s, e, st in _plain_hits(_MIXED, sentence)]
    assert want  # the cues do fire on these texts
    for by_region in (False, True):
        cue_set = CueSet(_MIXED)
        assert _hits(cue_set, doc, by_region) == want
        assert _hits(cue_set, doc, by_region) == want  # and again, with what the first pass built


def test_the_claims_cues_find_the_hits_of_the_plain_reading():
    from lintnews.analysis.claims.cue_index import NEWS_CUES, REPORTS

    text = " ".join([
        "Experts say the dam is unsafe; one in five homes was hit.",
        "It is said that 3 million jobs were lost because of the strike.",
        "He voted against it. Nobody knew that the plan was designed to deter.",
        "Critics argue the plan will fail. Prices rose 12% after the closure, which led to protests.",
        "It was the largest fall since records began, according to reports.",
        "ſome ſay the ſcheme ıs the biggest in history; 40 per cent of voters disagreed.",
    ])
    doc = parse(text, "draft.txt")
    for cue_set in (NEWS_CUES, REPORTS):
        want = [(k, s, e, st, sentence.index) for sentence in doc.sentences
                for k, s, e, st in _plain_hits(cue_set.cues, sentence)]
        assert len(want) > 3
        assert _hits(cue_set, doc, by_region=True) == want
        assert _hits(cue_set, doc, by_region=False) == want


def test_region_scan_searches_sentence_by_sentence_when_a_word_crosses_a_boundary():
    text = "Prices led to anger. It ledto nothing."
    region = Region("paragraph", text, OffsetMap.identity(0, len(text)))
    # a sentence boundary inside "ledto": a search per sentence sees "led" as a word
    region.sentences = [Sentence(region, 0, 27, 0), Sentence(region, 27, len(text), 1)]
    cue_set = CueSet([Cue("cause", ["led"], r"led")])
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


@settings(deadline=None)
@given(_WORDS, _TEXT, st.sampled_from(["", r"\b", r"(?!\w)", r"\s+x"]))
def test_alternation_matches_as_the_flat_alternation_does(words, text, after):
    import re

    for flags in (0, re.IGNORECASE):
        want = [m.span() for m in re.finditer(_flat(words) + after, text, flags)]
        assert [m.span() for m in re.finditer(alternation(words) + after, text, flags)] == want


def test_cues_with_back_references_or_global_flags_are_tried_on_their_own(monkeypatch):
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
    # (an ASCII draft: the dispatcher of the expressions compiled with re.ASCII)
    assert len(next(iter(fast._ascii_dispatchers.values())).alone) == 3


def test_cues_read_a_draft_with_re_ascii_only_where_it_reads_alike():
    # the expressions compiled with re.ASCII find what the others find in a draft of
    # ASCII and caseless signs ("£", "—"); a draft with a letter or a separator beyond
    # ASCII is read with the others
    from lintnews.matching import cues as cues_module

    cues = [
        Cue("statistic", ["rose"], r"rose\s+(?:by\s+)?\W?\d+\w*", left=r"\b\w+\s+$"),
        Cue("verdict", ["very"], r"very\s+[a-z]+\b"),
    ]
    for text, alike in [
        ("Prices rose by £5m in May. It was very good.", True),
        ("Prices rose — by 5% — in May.", True),
        ("Prices rose by 5\x1c in May.", False),
        ("Préces rose by 5 in May. It was very gööd.", False),
        ("Prices rose by 5 in May. It was very \u212aind.", False),
    ]:
        doc = parse(text, "draft.md")
        region = doc.regions[0]
        assert cues_module._ascii_alike(region) is alike
        got = [[(h.kind, h.start, h.end) for h in hits] for hits in CueSet(cues).scan_region(region)]
        want = []
        for s in region.sentences:
            found = []
            for cue in cues:
                for word in cue.triggers:
                    for m in re.finditer(r"\b" + word + r"\b", s.text, re.IGNORECASE):
                        r = cue.right.match(s.text, m.start())
                        if r is not None and (cue.left is None or cue.left.search(s.text[: m.start()])):
                            lm = cue.left.search(s.text[: m.start()]) if cue.left else None
                            found.append((cue.kind, s.start + (lm.start() if lm else m.start()), s.start + r.end()))
            want.append(sorted(found, key=lambda h: (h[1], -h[2])))
        assert got == want, text
