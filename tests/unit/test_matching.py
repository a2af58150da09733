"""The matching machinery on its own (lintnews.matching): leading and word-start
literals, gates, word-start scans and the triggered search, each against a plain
reference written here."""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings, strategies as st

from lintnews.engine.config import Settings
from lintnews.engine.linter import Linter
from lintnews.matching.folding import fold, fold_safe, spaced
from lintnews.matching.literals import (
    FirstOf,
    leading_literals,
    leading_phrases,
    trigger_source,
    trigger_sources,
    triggered_matches,
    word_start_literals,
)


def _pack_patterns():
    """The regular expressions of the built-in pack rules, with their flags."""
    settings_ = Settings()
    _, scanner = Linter().ruleset(settings_).enabled(settings_)
    out = []
    for rule in scanner.rules:
        out.extend(rx for rx, _ in rule.regexes())
    return out


@functools.lru_cache(maxsize=1)
def _triggered_pack_patterns():
    """The pack expressions that have a trigger, each with its trigger's search (worked
    out once: the property test below tries them all on every generated text)."""
    out = []
    for rx in _pack_patterns():
        source = trigger_source(rx.pattern)
        if source:
            out.append((rx, re.compile(source).search))
            split = trigger_sources(rx.pattern)
            if len(split) > 1:  # the scanner's search, one expression per first word
                out.append((rx, FirstOf([re.compile(t) for t in split]).search))
    return out


@functools.lru_cache(maxsize=1)
def _split_triggers():
    """(the one trigger, its split form) of the pack expressions whose trigger is split."""
    out = []
    for rx in _pack_patterns():
        split = trigger_sources(rx.pattern)
        if len(split) > 1:
            out.append((re.compile(trigger_source(rx.pattern)), FirstOf([re.compile(t) for t in split])))
    return out


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"\bthe\s+x", {"the"}),
        (r"(?:a|bc)d", {"ad", "bcd"}),
        (r"(?:ab)+c", {"ab"}),  # the repetition may come back: not "abc"
        (r"x?y", {"x", "y"}),
        (r"(?<!\bis\s)\b(?:has|have)\b", {"ha"}),
        (r"(?:very\s+)*good", {"very", "good"}),
        (r"\w+", None),
        (r"a*", None),
        (r"(?:a|)b", {"ab", "b"}),  # an empty branch: the rest begins the match
        (r"(?:a|\d)b", None),
        (r"(?i:ab)c", None),  # scoped flags
        (r"[Ww]ill", {"Will", "will"}),  # a small class of plain characters
        (r"[a-z]c", None),
    ],
)
def test_leading_literals(pattern, expected):
    found = leading_literals(pattern)
    assert (set(found) if found is not None else None) == expected


def test_every_match_begins_with_a_leading_literal():
    for pattern in [r"(?:ab)+c", r"x?y", r"(?:very\s+)*good", r"\b(?:is|are)\s+(?:not\s+)?so"]:
        leads = leading_literals(pattern)
        for text in ["ababc abc y xy very very good good", "is not so are so"]:
            for m in re.finditer(pattern, text):
                assert any(m.group().startswith(s) for s in leads), (pattern, m.group())


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"\bis\s+(?:believed|thought)\b", {"believed", "thought"}),
        (r"\bforget\b", {"forget"}),
        (r"x(?:believed|thought)", None),  # inside a word
        (r"\bgood\s*chance", {"good"}),  # "\s*" may be empty: not "chance"
        (r"(?:widely\s+)?known", None),
        (r"\b\w+[\s-]+known", {"known"}),  # after white space or "-"
        (r"\bit\s+(?:is\s+)?said", {"said"}),
        (r"\b(?:very\s+)+likely", {"likely"}),
        (r"\b\w+ing\s+well", {"well"}),
        (r"\b(?:unconfirmed\s+)?(?:rumours|speculation)\s+that", {"rumours", "speculation"}),
        (r"\b(?:x)?good", None),  # "xgood": not at a word start
    ],
)
def test_word_start_literals(pattern, expected):
    found = word_start_literals(pattern, True)
    assert (set(found) if found is not None else None) == expected


def test_word_start_gates_find_strings_after_any_non_word_character():
    from lintnews.matching.gates import WordStartGates

    gates = WordStartGates(["said", "sai", "know"])
    cases = [
        ("unsaid, he knows", {"know"}),
        ("said it", {"said", "sai"}),
        ("(said) x-know 'sai", {"said", "sai", "know"}),
        ("x\nsaid\tknow", {"said", "sai", "know"}),
        ("x.said;know_said", {"said", "sai", "know"}),
    ]
    for text, expected in cases:
        assert gates.present(text) == expected
        assert gates.present(text, spaced(text)) == expected


def test_gate_prefixes_are_the_gate_strings_each_one_begins_with():
    from lintnews.matching.gates import prefixes_within

    assert prefixes_within(["a", "ab", "abc", "b", "bc"]) == {
        "a": {"a"}, "ab": {"a", "ab"}, "abc": {"a", "ab", "abc"}, "b": {"b"}, "bc": {"b", "bc"},
    }


@settings(deadline=None)
@given(st.text(alphabet="ab '-.(\n_", max_size=40))
def test_word_start_scans_with_one_scan_per_joiner_are_the_class_scan(text):
    # The same as one scan for the places after any non-word character (or at 0), on
    # the text and on its spaced copy, whichever joiners the text holds.
    from lintnews.matching.gates import WordStarts

    body = "(ab|a|ba)"  # no space or other character that spacing changes
    plain = re.compile(r"(?:(?<=\W)|(?<![\s\S]))(?=" + body + ")")
    expected_starts = [m.start() for m in plain.finditer(text)]
    expected_firsts = set(plain.findall(text))
    scan = WordStarts(body, True)
    for quick in (None, spaced(text)):
        assert scan.starts(text, quick) == expected_starts
        assert scan.firsts(text, quick) == expected_firsts


def test_a_trigger_needs_ascii_literals_of_two_characters():
    assert trigger_source(r"\bthe\s+\w") == "the\\s+"
    assert trigger_source(r"\bI\b") == ""  # "i" stands almost everywhere
    assert trigger_source(r"\bcafé\b") == ""
    assert trigger_source(r"\w+ing") == ""
    assert trigger_source(r"a?b\b") == ""  # "b" may begin a match


def test_a_trigger_reads_on_past_white_space_to_the_next_words():
    assert trigger_source(r"\bthe\s+x") == "the\\s+x"
    assert trigger_source(r"\bI\s+would") == "i\\s+would"  # "i would" does not stand everywhere
    assert leading_phrases(r"\bit\s+(?:is|was)\s+(?:(?:widely|often)\s+)?said\s+to") == {
        "it is widely", "it is often", "it is said", "it was widely", "it was often", "it was said"
    }
    assert leading_phrases(r"\bit\s+(?:is|was)\s+said\s+to", words=2) == {"it is", "it was"}
    # too many phrases of three words: two words each
    words = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
             "fifteen sixteen seventeen eighteen nineteen twenty").split()
    many = "|".join(words)
    assert leading_phrases(rf"(?:is|are|was)\s+(?:{many})\s+(?:{many})\b") == {
        f"{h} {w}" for h in ("is", "are", "was") for w in words
    }
    assert leading_phrases(r"\s+x") is None
    assert leading_phrases(r"(?:ab|\w)\s+x") is None


@pytest.mark.parametrize(
    "pattern, flags, text",
    [
        (r"(?:ab|ba)x", 0, "abax abx baba bax"),  # a literal starting inside a failed one
        (r"(?<=b)(?:ab|ba)", 0, "bab abab"),  # look-behind sees before the start
        (r"\bthe\s+\w+", re.IGNORECASE, "THE cat, tHe dog, other the"),
        (r"\bis\b", re.IGNORECASE, "İs is IS"),
        (r"\bsaid\b", re.IGNORECASE, "said SAID Said’s"),
    ],
)
def test_triggered_matching_on_edge_cases(pattern, flags, text):
    trigger = re.compile(trigger_source(pattern))
    rx = re.compile(pattern, flags)
    expected = [m.span() for m in rx.finditer(text)]
    assert [m.span() for m in triggered_matches(rx.match, trigger.search, text, fold(text), 0)] == expected


_PROSE = st.lists(
    st.sampled_from(
        "It is widely believed that the the plan IS NOT small; it Must Be Noted, of course, "
        "considered seen known said İt ıs ſaid it’s ‘so’ one foul swoop. day-to-day x-is "
        "2019 the actual president eventually".split(" ")
        + [" ", "  ", "\n", ", ", ". ", "-", "’", "'"]
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(_PROSE, st.data())
def test_triggered_pack_patterns_match_as_finditer_does(text, data):
    # Every pack expression with a trigger, tried only where its leading literals stand
    # in the folded text, finds what finditer finds: in the whole text and in a slice
    # of it read against the whole text's fold (as a sentence of a paragraph is).
    folded = fold(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    tried = 0
    for rx, search in _triggered_pack_patterns():
        if rx.flags & re.IGNORECASE and not fold_safe(text):
            continue
        tried += 1
        assert [m.span() for m in triggered_matches(rx.match, search, text, folded, 0)] == [
            m.span() for m in rx.finditer(text)
        ], rx.pattern
        part = text[start:end]
        assert [m.span() for m in triggered_matches(rx.match, search, part, folded, start)] == [
            m.span() for m in rx.finditer(part)
        ], rx.pattern
    assert tried or not fold_safe(text)


def test_every_pack_match_holds_a_word_start_gate():
    texts = [
        "It is widely believed that prices will rise. It should be noted that the plan failed.",
        "IT IS WIDELY BELIEVED THAT prices fell. it Must Be Noted that the the plan failed.",
        "He has been widely criticised. They had also been accused. Has been called a liar.",
        "This is, of course, considered normal; it was often seen as odd. Are not regarded as safe.",
        "it is\nwidely believed\nthat. It is-widely believed. xit is widely believed that y.",
        "According to legend, as we all know, needless to say, let's not forget that it is key.",
    ]
    words = re.compile(r"\w")
    checked = 0
    for rx in _pack_patterns():
        gates = word_start_literals(rx.pattern, True) if rx.flags & re.IGNORECASE else None
        if not gates:
            continue
        for text in texts:
            folded = fold(text)
            for m in rx.finditer(text):
                checked += 1
                assert any(
                    folded.startswith(g, q) and (q == 0 or not words.match(folded[q - 1]))
                    for g in gates
                    for q in range(m.start(), m.end() - len(g) + 1)
                ), (rx.pattern, m.group())
    assert checked > 10


def test_a_trigger_splits_by_first_word_only_where_the_words_begin_differently():
    assert trigger_sources(r"\b(?:is|are|was|were)\s+said\b") == (
        "are\\s+said",
        "is\\s+said",
        "was\\s+said",
        "were\\s+said",
    )
    assert trigger_sources(r"\b(?:has|have|had)\s+been\b") == (trigger_source(r"\b(?:has|have|had)\s+been\b"),)
    assert trigger_sources(r"\b(?:a|b|c|d|e)\w+") == ()  # one-letter literals: no trigger
    assert trigger_sources(r"\b(?:one|two|three|four|five)\s+x") == (trigger_source(r"\b(?:one|two|three|four|five)\s+x"),)


_BELIEF = st.lists(
    st.sampled_from(
        "is are was were IS Were it the said thought widely also still known believed reported "
        "to be have cause go considered deemed regarded as tipped for legend has holds this his "
        "island awareness wasn't".split(" ")
        + [" ", "  ", "\n", ", ", ". ", "-"]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_BELIEF, st.data())
def test_a_split_trigger_finds_the_places_the_one_trigger_finds(text, data):
    # The split trigger (one expression per first word, as the pack scanner searches)
    # finds its first match where the one trigger does, from any place and to any end.
    folded = fold(text)
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    assert _split_triggers()
    for one, split in _split_triggers():
        for a, b in ((0, len(folded)), (pos, end)):
            m, n = one.search(folded, a, b), split.search(folded, a, b)
            assert (m and m.start()) == (n and n.start()), one.pattern


def test_split_triggers_on_the_examples_and_the_news_sample():
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "examples").glob("*.md"))]
    texts += [
        "The gang is said to have fled. They were widely thought to be abroad. It was, "
        "legend has it, a castle. The plan is considered as the best; it was deemed to be late.",
    ]
    for text in texts:
        folded = fold(text)
        for one, split in _split_triggers():
            at = 0
            while True:
                m, n = one.search(folded, at), split.search(folded, at)
                assert (m and m.start()) == (n and n.start()), one.pattern
                if m is None:
                    break
                at = m.start() + 1
