"""The quick paths of the garbled rules find what the plain expressions find."""

import re

from lintnews.matching.folding import fold
from lintnews.matching.tries import trie_regex, word_start_trie_regex
from lintnews.rules.garbled.confused_word import FRAMES, confusions

TEXTS = [
    "It was the best of times; it's been a while, its own way - to-do lists and to's.",
    "They where told there way was to dangerous to climb, more then expected.",
    "one-piece o'there their’s THEIR Their, then-leader, x_to to_x 2to to2 to",
    "Was being been be is are were wasn't isbeing a-be be- -be 'be be'",
    "Ünïcode wörds: to é-to to-é its’ it’s ’its",
]


def test_a_word_start_trie_matches_where_a_bounded_trie_does():
    for words in (["is", "are", "was", "were", "be", "been", "being"], ["a", "an", "the", "to", "t"], sorted(FRAMES)):
        plain = re.compile(r"\b(?:" + trie_regex(words) + r")")
        quick = re.compile(word_start_trie_regex(words))
        for text in TEXTS:
            low = fold(text)
            assert [m.span() for m in quick.finditer(low)] == [m.span() for m in plain.finditer(low)]


def _plain_confusions(text):
    """The trigger words as a bounded trie over the folded text, each not part of a
    longer token: what the spaced-word search must find."""
    low = fold(text)
    found = []
    for m in re.finditer(r"\b(?:" + trie_regex(FRAMES) + r")\b", low):
        a, b = m.span()
        if (a and low[a - 1] in "'-") or (b < len(low) and low[b] in "'-"):
            continue
        found.append((a, b))
    return found


def test_confusions_read_the_trigger_words_that_a_bounded_search_finds():
    import lintnews.rules.garbled.confused_word as cw

    for text in TEXTS:
        seen = []
        frames = dict(cw.FRAMES)
        try:
            # every trigger word reported, to compare the places found
            for word in frames:
                cw.FRAMES[word] = [cw._Frame("x", re.compile(""))]
            seen = [(a, b) for a, b, _, _ in confusions(text)]
        finally:
            cw.FRAMES.clear()
            cw.FRAMES.update(frames)
        assert seen == _plain_confusions(text)


def test_the_preposition_pairs_are_the_matches_of_the_plain_expression():
    from lintnews.analysis.garbled import governance

    plain = re.compile(r"(?<![\w'’-])" + governance._PAIR_SOURCE)
    texts = TEXTS + [
        "Moved in to town of x; of of of of. Acted  quickly of the, very really of it.",
        "McDonald of x\u00a0of y\tin the\nshop, don't of the end.of x É of the",
        "Depends on it. Consists from nine women, satisfied with the outcome.",
    ]
    for text in texts:
        for start in (0, 1, 3):
            assert [(m.start(1), m.end(), m.groups()) for m in governance._pairs(text, start, len(text))] == [
                (m.start(1), m.end(), m.groups()) for m in plain.finditer(text, start, len(text))
            ]
