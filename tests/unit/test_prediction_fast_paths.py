"""The forecast cues' adverb and affected-party lists, written as tries, match what the
flat alternations they replace matched: the same cues, the same match ends, on fixed and
generated text."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.analysis.claims import prediction_cues as pc

# The flat alternations as they were before the rewrite.
_ADVERBS_FLAT = (
    r"(?:(?:not|never|also|only|just|instantly|immediately|easily|directly|automatically|inevitably|certainly|undoubtedly|surely|ultimately|eventually|soon|further|"
    r"radically|fundamentally|dramatically|significantly|profoundly|forever|permanently|irrevocably|seriously|"
    r"severely|greatly|completely|totally|simply|actually|really|largely|effectively|quickly|rapidly|still|then|"
    r"steadily|sharply|gradually|slowly|all\s+but|no\s+longer|almost\s+certainly|doubtless|in\s+turn|in\s+time|"
    r"in\s+the\s+end|without\s+(?:any\s+)?doubt|sooner\s+or\s+later|one\s+day|(?:quite\s+)?possibly\s+never|"
    r"far|vastly|without\s+question|beyond\s+(?:doubt|question)|no\s+doubt|for\s+(?:sure|certain)|"
    r"most\s+(?:likely|probably))"
    r"[\s,]+)*"
)
_AFFECTED_FLAT = (
    r"(?:(?:the|a|an|their|its|his|her|our|many|more|fewer|less|most|some|all|poorer|poorest|richer|richest|"
    r"ordinary|local|young|older|rural|small|smaller|low-paid|hard-pressed|working)\s+)*"
    r"(?:people|residents|families|households|consumers|customers|shoppers|passengers|commuters|drivers|motorists|"
    r"travellers|tenants|homeowners|renters|buyers|borrowers|savers|patients|pupils|students|parents|children|"
    r"workers|employees|farmers|businesses|firms|shops|traders|retailers|taxpayers|voters|users|smokers|drinkers|"
    r"pensioners|poor|poorest|survivors|victims|jobs|lives|livelihoods|journey\s+times|waiting\s+times|prices|bills|"
    r"costs|fares|rents|wages|incomes|profits|sales|demand|demands|growth|economy|industry|trade|markets?|"
    r"confidence|trust|opinion|morale|pressure|queues|waiting\s+lists|congestion|traffic|pollution|emissions|crime|"
    r"thousands|millions|hundreds|tens\s+of\s+thousands|dozens|\d[\d.,]*%\s+of|(?:the\s+)?high\s+streets?|"
    r"town\s+centres?|communities|neighbourhoods|services|budgets?|finances|(?:the\s+)?border|"
    r"flooding|floods|droughts?|deaths|injuries|accidents|outages|delays|shortages|closures|losses|redundancies|"
    r"lay-?offs|strikes|protests|unrest|violence|disruption|damage|hardship|harm|havoc|misery|ruin|poverty|hunger|debts?|evictions|"
    r"homelessness|infections|illness(?:es)?|diseases?|bankruptc(?:y|ies)|chaos|gridlock|overcrowding|"
    r"(?:the\s+)?(?:nhs|health\s+service|town|city|region|country|area|island|islands|village|sector|club|league))\b"
)


def _flat(source: str) -> str:
    return source.replace(pc._ADVERBS, _ADVERBS_FLAT).replace(pc._AFFECTED, _AFFECTED_FLAT)


_PAIRS = []
for _cue in pc.PREDICTION_CUES:
    for _attr in ("right", "left", "veto_left", "veto_right"):
        _rx = getattr(_cue, _attr)
        if _rx is not None and (pc._ADVERBS in _rx.pattern or pc._AFFECTED in _rx.pattern):
            _PAIRS.append((re.compile(_rx.pattern, _rx.flags), re.compile(_flat(_rx.pattern), _rx.flags)))

_WORD_RE = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
_VOCAB = sorted(
    set(_WORD_RE.findall(_ADVERBS_FLAT + _AFFECTED_FLAT))
    | {w for c in pc.PREDICTION_CUES for w in _WORD_RE.findall(c.right.pattern)}
    | {"will", "won't", "Will", "The", "ſoon", "NHS", "10%", "3.5%", "£20", "Monday", "to", "and", "town", "centre",
       "centres", "lay", "offs", "of", "tens"}
)
_FOCUS = sorted(set(_WORD_RE.findall(_ADVERBS_FLAT + _AFFECTED_FLAT)) | {"be", "have", "get", "hit", "cut", "end"})
_SEPARATORS = [" ", " ", " ", ", ", "  ", "\n", ". ", "-"]


def _text(rng: random.Random) -> str:
    words = [rng.choice(("will", "won't")) + " "]
    for _ in range(rng.randint(0, 10)):
        words.append(rng.choice(_FOCUS if rng.random() < 0.6 else _VOCAB) + rng.choice(_SEPARATORS))
    return "".join(words)


def _ends(text: str):
    out = []
    for new, flat in _PAIRS:
        for at in range(min(len(text), 12)):
            m, f = new.match(text, at), flat.match(text, at)
            out.append(((m.end() if m else None), (f.end() if f else None)))
            s, g = new.search(text, at), flat.search(text, at)
            out.append(((s.span() if s else None), (g.span() if g else None)))
    return out


def test_every_rewritten_cue_is_compared():
    assert len(_PAIRS) >= 8


@pytest.mark.parametrize("text", [
    "will hit the poorest households hardest", "will cut journey times for thousands of commuters",
    "will close the town centre for good", "will drive smokers across the border", "won't help the NHS",
    "will in the end cost 10% of jobs", "will quite possibly never recover", "will, without any doubt, transform it",
    "will sooner or later push prices up", "will no longer serve the town centres", "will cause lay-offs",
    "will bring more illnesses", "will be extended to other towns", "will not keep rising", "will almost certainly fall",
    "will be held on Monday", "will hurt the high street", "will mean tens of thousands of job losses",
])
def test_fixed_sentences_give_the_flat_alternations_matches(text):
    for new_end, flat_end in _ends(text):
        assert new_end == flat_end


def test_generated_text_gives_the_flat_alternations_matches():
    rng = random.Random(20261207)
    for _ in range(400):
        text = _text(rng)
        for new_end, flat_end in _ends(text):
            assert new_end == flat_end, text


@settings(deadline=None, max_examples=60)
@given(st.lists(st.tuples(st.sampled_from(_VOCAB), st.sampled_from(_SEPARATORS)), max_size=9))
def test_any_words_after_will_give_the_flat_alternations_matches(pieces):
    text = "will " + "".join(w + s for w, s in pieces)
    for new_end, flat_end in _ends(text):
        assert new_end == flat_end
