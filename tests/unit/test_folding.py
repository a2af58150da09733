"""Folding and tries (lintnews.matching.folding, lintnews.matching.tries): the one fold,
its unsafe characters, the spaced forms of ASCII text and the one trie builder."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from lintnews.matching.folding import TO_SPACE, UNSAFE, fold, fold_safe, keeps, spaced, word_spaced
from lintnews.matching.tries import phrase_finder_source, trie_regex, trie_source

# Characters whose case or shape is unusual: growing lower case, dotless i, long s,
# Kelvin sign, final sigma, curly quotes, ligatures.
_ODD = "İıſKΣσςﬁß’‘ʼ'\"-_ "
_TEXT = st.text(alphabet=st.sampled_from(list("abcXYZ019 .,-'\n") + list(_ODD) + ["é", "Ä", "東"]), max_size=30)


@settings(deadline=None)
@given(_TEXT)
def test_fold_keeps_every_offset_and_lower_cases(text):
    low = fold(text)
    assert len(low) == len(text)
    lower = text.lower()
    if len(lower) != len(text):  # "İ": each character on its own, the first of its lower case
        lower = "".join(ch.lower()[:1] for ch in text)
    assert low == lower.replace("’", "'").replace("‘", "'")


def test_fold_examples():
    assert fold("İstanbul’s ‘SAFE’ Word") == "istanbul's 'safe' word"
    assert fold("ıſ") == "ıſ"  # kept: see UNSAFE
    assert fold("") == ""


def test_only_the_unsafe_characters_fold_away_from_an_ascii_letter_they_match():
    # Every non-ASCII character that a case-insensitive ASCII pattern character matches
    # either folds to that character's lower case or is one of UNSAFE.
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    for ch in re.findall(r"[\x00-\x7f]", everything, re.IGNORECASE):
        matched = [a for a in map(chr, range(128)) if re.fullmatch(re.escape(a), ch, re.IGNORECASE)]
        assert UNSAFE.search(ch) or all(fold(ch) == a.lower() for a in matched), ch
    assert not fold_safe("ıt") and not fold_safe("ſaid") and fold_safe("İt") and fold_safe("plain")


@settings(deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_spaced_forms_are_translations_of_ascii_text(text):
    keep = re.compile(r"[\w '-]")
    assert spaced(text) == "".join(c if keep.match(c) else " " for c in text)
    assert word_spaced(text) == "".join(c if re.match(r"\w", c) else " " for c in text)
    assert set(TO_SPACE) == {c for c in map(chr, range(128)) if not keep.match(c)}


def test_spaced_text_is_none_for_other_text():
    assert spaced("café") is None
    assert keeps(["it's", "well-known", "a b"]) and not keeps(["a.b"])


# -- one trie builder ------------------------------------------------------------------

_WORDS = st.lists(st.text(alphabet="ab c'", min_size=1, max_size=4), min_size=1, max_size=8)


@settings(deadline=None)
@given(_WORDS, st.text(alphabet="ab c'", max_size=12))
def test_a_trie_matches_the_longest_string_at_each_position(words, text):
    trie = re.compile(trie_regex(words))
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))
    for pos in range(len(text) + 1):
        m, p = trie.match(text, pos), plain.match(text, pos)
        assert (m and m.group()) == (p and p.group())


@settings(deadline=None)
@given(_WORDS, st.text(alphabet="ab c'", max_size=12))
def test_a_trie_with_tails_tries_each_tail_after_the_longer_strings(words, text):
    # a tail per string: here a look-ahead that the next character is not "a"
    ends = {w: "(?!a)" for w in words}
    trie = re.compile(trie_source(ends))
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    plain = re.compile("|".join(re.escape(w) + "(?!a)" for w in ordered))
    for pos in range(len(text) + 1):
        m, p = trie.match(text, pos), plain.match(text, pos)
        assert (m and m.group()) == (p and p.group())


def test_phrase_finder_finds_whole_words_with_any_white_space_between():
    finder = re.compile(phrase_finder_source(["one foul swoop", "one", "tow the line"]))
    text = "in one  foul\nswoop; x-one foul swoop, someone, one's, tow the line"
    assert [m.group() for m in finder.finditer(text)] == ["one  foul\nswoop", "tow the line"]
    assert finder.match("one, two").group() == "one"


def test_space_in_a_trie_may_stand_for_white_space():
    assert re.fullmatch(trie_regex(["a b", "a"], space=r"\s+"), "a \t b")
    assert re.fullmatch(trie_regex(["a b"]), "a  b") is None
