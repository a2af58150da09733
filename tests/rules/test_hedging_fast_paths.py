"""The hedging rules' fast paths find what the plain expressions find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.rules.hedging import peacock_term

_WORDS = st.sampled_from(
    "one of the most famous The MOST Most influential his its their Britain's Britain’s "
    "single second best-known best known hugely popular well known well-known renowned "
    "largest notable exceptions a an x İt ıs moſt celebrated , . ' ’ - ( 12".split(" ")
    + [" ", "  ", "\n", "\u00a0"]
)
_PROSE = st.lists(_WORDS, max_size=30).map(" ".join)


@settings(deadline=None)
@given(_PROSE)
def test_peacock_matches_at_word_starts_are_finditer_matches(text):
    expected = [(m.span(), m.group()) for m in peacock_term._RX.finditer(text)]
    assert [(m.span(), m.group()) for m in peacock_term._all_matches(text)] == expected


def test_peacock_matches_on_examples():
    text = "She is one of the most influential and his most celebrated, Britain's most famous."
    assert [m.span() for m in peacock_term._all_matches(text)] == [m.span() for m in peacock_term._RX.finditer(text)]


from lintnews.rules.hedging import vague_quantifier as vq  # noqa: E402
from lintnews.text.document import parse  # noqa: E402

_ENDS = [
    (vq._SKIP_BEFORE, 2), (vq._DEFINITE_BEFORE, 1), (vq._AS_MANY_AS, 1), (vq._COUNTED_SET_BEFORE, 7),
    (vq._ACT_BEFORE, 3), (vq._APPOSITIVE_BEFORE, 2),
]
_VQ_WORDS = st.sampled_from(
    "how so too this not that just the its as of these 40 1,200 staff members , closed some only "
    "also from in took made gave left residents many including such notably among like Including "
    "SUCH ſuch lıke The (closed (so ’s 's - x İt".split(" ")
    + [" ", "  ", "\n", "\t", "\u00a0", "\u2003"]
)
_VQ_PROSE = st.lists(_VQ_WORDS, max_size=25).map(" ".join)


@settings(deadline=None)
@given(_VQ_PROSE)
def test_vague_quantifier_end_searches_are_the_plain_searches(text):
    for rx, words in _ENDS:
        for end in range(len(text) + 1):
            assert vq._ends_with(rx, words, text, end) == (rx.search(text, 0, end) is not None), (rx.pattern, end)


@settings(deadline=None)
@given(_VQ_PROSE)
def test_vague_quantifier_examples_gate_is_the_plain_match(text):
    doc = parse(text + ".", "a.txt")
    for region in doc.regions:
        for sentence in region.sentences:
            body = sentence.text
            for at in range(len(body) + 1):
                assert vq._examples_after(sentence, body, at) == (vq._EXAMPLES_AFTER.match(body, at) is not None)
