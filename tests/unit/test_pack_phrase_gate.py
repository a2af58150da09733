"""The pack scanner skips the phrase finder in a paragraph that holds no phrase's words
in order: the phrases it finds are those the finder finds in every paragraph."""

from __future__ import annotations

import pytest

from lintnews.engine.pack_scanner import Scanner, _phrase_runs
from lintnews.kinds import ExistenceRule
from lintnews.text.document import parse

TOKENS = ["would of", "nerve-wrecking", "don't panic", "to the mix", "café au lait"]


def _scanner():
    rule = ExistenceRule(
        {"code": "TST009", "name": "test-gate", "message": "{match}", "tokens": TOKENS},
        pack="test",
        category="garbled",
    )
    return Scanner([rule])


def _lint(text):
    return [(f.line, f.column, f.end_column) for f in _scanner().run(parse(text, "d.md"))]


@pytest.mark.parametrize(
    "text, found",
    [
        ("It would of been fine.\n", [(1, 4, 12)]),
        ("It WOULD\n   of been fine.\n", [(1, 4, 6)]),
        ("Nerve-wrecking, and don’t panic.\n", [(1, 1, 15), (1, 21, 32)]),
        ("Added to  the mix; would-of; would, of; nerve wrecking.\n", [(1, 7, 18)]),
        ("Milk: café au lait, a café-au-lait.\n", [(1, 7, 19)]),
        ("Milk: CAFÉ AU LAIT in Orléans.\n", [(1, 7, 19)]),
        ("Nothing here would matter of course.\n", []),
    ],
)
def test_phrases_found_with_and_without_the_gate(text, found):
    assert _lint(text) == found


def test_phrase_runs_by_the_longest():
    runs = _phrase_runs(["would of", "nerve-wrecking", "don't panic"])
    assert runs == {"would": [" would of "], "wrecking": [" nerve wrecking "], "panic": [" don t panic "]}


@pytest.mark.parametrize(
    "text, holds",
    [
        ("it would of been", True),
        ("it would, of course, be", True),  # the finder then decides
        ("of it would", False),
        ("un café au lait", True),
        ("un cafe au lait", False),
        ("nerve wrecking", True),
        ("“it would” of", True),  # beyond ASCII, only marks a word cannot hold
        ("it would—of", True),
        ("£5 would of", True),
        ("would“of”", True),
        ("would café of", False),
        ("wouldé of", False),  # a letter beyond ASCII is part of the run
        ("would ½ of", False),  # so is a number
    ],
)
def test_the_gate(text, holds):
    assert _scanner()._may_hold_phrase(text) is holds


@pytest.mark.parametrize(
    "text",
    [
        "It would of been fine.",
        "It would, of course, be; would-of; nerve-wrecking; don't panic; don’t PANIC.",
        "Un café au lait, CAFÉ-AU-LAIT, wouldé of, would ½ of, £5 would of.",
        "Nothing here would matter of course. Nerve wrecking news.",
        "Added to  the mix; to-the-mix; to the-mix.",
    ],
)
def test_the_gate_on_the_shared_words_agrees_with_the_gate_on_the_text(text):
    from lintnews.text.tokens import spaced_words

    scanner = _scanner()
    for region in parse(text + "\n", "d.md").regions:
        assert scanner._may_hold_phrase(region.folded, spaced_words(region)) is scanner._may_hold_phrase(region.folded)
