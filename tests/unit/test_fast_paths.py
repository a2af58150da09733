"""The fast paths of the pack scanner and the garbled rules give what the plain ones do."""

from __future__ import annotations

import re

import pytest

from lintnews.text.document import parse
from lintnews.matching.literals import leading_literals
from lintnews.engine.config import Settings
from lintnews.engine.linter import Linter
from lintnews.matching.gates import spaced
from lintnews.engine.pack_scanner import _FOLD_UNSAFE, Scanner, _fold, _sentences_to_try, _trigger
from lintnews.rules.garbled import broken_grammar

# Prose that exercises the built-in patterns: hits, near misses, case variants, sentence
# ends, hyphens, curly apostrophes and the characters that fold badly.
TEXTS = [
    "It is widely believed that prices will rise. It should be noted that the plan failed.",
    "IT IS WIDELY BELIEVED THAT prices fell. it Must Be Noted that the the plan failed.",
    "The claims were reported. There is a good chance that rates rise; it seems that they will.",
    "The two first days were hard. The three last games, the four first and the 10 last.",
    "He has been widely criticised. They had also been accused. Has been called a liar.",
    "This is, of course, considered normal; it was often seen as odd. Are not regarded as safe.",
    "First come, first served. A.m. in the morning and p.m. at night, p.m. in the evening.",
    "Identity control and roadside controls, the actual president, an eventual attack.",
    "Since 2019 the rally was banned; protesters joined the manifestation against the law.",
    "ıt ıs wıdely believed that ſaid İt is İS. It’s ‘widely’ said that the—then it is.",
    "it is\nwidely believed\nthat. It is-widely believed. xit is widely believed that y.",
    "According to legend, as we all know, needless to say, let's not forget that it is key.",
    "The question mark is whether the different parties involved will agree. I would argue that.",
]


def _pack_scanner() -> Scanner:
    settings = Settings()
    _, scanner = Linter().ruleset(settings).enabled(settings)
    return scanner


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


def test_only_the_unsafe_characters_fold_away_from_an_ascii_letter_they_match():
    # Every non-ASCII character that a case-insensitive ASCII pattern character matches
    # either folds to that ASCII character or is one the scanner treats as unsafe.
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    for ch in re.findall(r"[\x00-\x7f]", everything, re.IGNORECASE):
        folded = _fold(ch)
        matched = [a for a in map(chr, range(128)) if re.fullmatch(re.escape(a), ch, re.IGNORECASE)]
        assert _FOLD_UNSAFE.search(ch) or all(folded == a.lower() for a in matched), ch


def test_triggered_patterns_match_as_finditer_does():
    scanner = _pack_scanner()
    triggered = [item for item in scanner._regexes if item.trigger is not None]
    assert len(triggered) > 40  # nearly every pack pattern has leading literals
    for text in TEXTS:
        folded = _fold(text)
        unsafe = _FOLD_UNSAFE.search(text) is not None
        for item in scanner._regexes:
            plain = [(m.span(), m.groups()) for m in item.rx.finditer(text)]
            fast = [(m.span(), m.groups()) for m in item.finditer(text, folded, 0, unsafe)]
            assert fast == plain, (item.rx.pattern, text)
            # the same inside a slice, as for one sentence
            part = text[10:60]
            plain = [m.span() for m in item.rx.finditer(part)]
            fast = [m.span() for m in item.finditer(part, folded, 10, unsafe)]
            assert fast == plain, (item.rx.pattern, part)


def test_sentences_skipped_by_the_trigger_have_no_match():
    scanner = _pack_scanner()
    for text in TEXTS:
        doc = parse(text + "\n", "a.md")
        for region in doc.regions:
            folded = _fold(region.text)
            unsafe = _FOLD_UNSAFE.search(region.text) is not None
            for item in scanner._regexes:
                tried = {s.index for s in _sentences_to_try(region, item, folded, unsafe)}
                for sentence in region.sentences:
                    if any(m.end() > m.start() for m in item.rx.finditer(sentence.text)):
                        assert sentence.index in tried, (item.rx.pattern, sentence.text)


def test_a_trigger_needs_ascii_literals_of_two_characters():
    assert _trigger(r"\bthe\s+x", True) == "the"
    assert _trigger(r"\bI\s+would", True) == ""  # "i" stands almost everywhere
    assert _trigger(r"\bcafé\b", True) == ""
    assert _trigger(r"\w+ing", True) == ""


def test_broken_grammar_paragraph_gates_agree_with_sentence_gates():
    texts = TEXTS + [
        "The market has emerged new variables. Rescuers shared experience and experience.",
        "Further promote the plan. Continue to strengthen the ties. The plan will has failed.",
        "There are many buyers believe that it works. The pressure is not small.",
        "Furthermore, the rally went on. It can is done; his will was read.",
    ]
    for text in texts:
        for region in parse(text + "\n", "a.md").regions:
            checks = broken_grammar._region_checks(region.text)
            for sentence in region.sentences:
                expected = broken_grammar._matches(sentence)
                assert (broken_grammar._matches(sentence, checks) if checks else []) == expected


@pytest.mark.parametrize(
    "pattern, flags, text",
    [
        (r"(?:ab|ba)x", 0, "abax abx baba bax"),  # a literal starting inside a failed one
        (r"(?<=b)(?:ab|ba)", 0, "bab abab"),  # look-behind sees before the start
        (r"\bthe\s+\w+", re.IGNORECASE, "THE cat, tHe dog, other the"),
        (r"\bis\b", re.IGNORECASE, "ıs İs is ſ"),
        (r"\bsaid\b", re.IGNORECASE, "ſaid said SAID"),
    ],
)
def test_triggered_matching_on_edge_cases(pattern, flags, text):
    from lintnews.engine.pack_scanner import _Regex

    class _Rule:
        scope = frozenset()

    item = _Regex(_Rule(), re.compile(pattern, flags), None)
    item.trigger = re.compile(_trigger(pattern, bool(flags)))
    unsafe = _FOLD_UNSAFE.search(text) is not None
    expected = [m.span() for m in re.finditer(pattern, text, flags)]
    assert [m.span() for m in item.finditer(text, _fold(text), 0, unsafe)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The report was cited in a the study of the market.",
        "a the study (a the study) \"a the\" a the-study a the's x-a the\na the",
        "In a the,a the; of to keep. the of the this the to. I think the this",
        "Chile is analysing ways of to keep prices. Of to keep? the\tof the of",
    ],
)
def test_flagged_pair_starts_are_the_finder_matches_of_flagged_pairs(text):
    from lintnews.analysis.garbled import word_pairs as ngrams
    from lintnews.rules.garbled import improbable_pair

    model = ngrams.model()
    if model is None:
        pytest.skip("needs the 'stats' extra")
    pairs = ngrams.improbable_pairs(improbable_pair.THRESHOLD)
    finder = improbable_pair._pair_finder(ngrams.words_reaching(improbable_pair.THRESHOLD))
    finders = improbable_pair._flagged_finders(pairs)
    for start in range(len(text)):
        for end in (len(text), len(text) - 3, start + 12):
            if end < start:
                continue
            expected = [
                m.start(1) for m in finder.finditer(text, start, end) if (m.group(1), m.group(2)) in pairs
            ]
            assert improbable_pair._flagged_starts(finders, text, start, end) == expected


def test_broken_grammar_triggers_match_as_finditer_does():
    texts = TEXTS + [
        "The plan Will has failed. It can is done, may is, MAY IS. The industry has emerged new.",
        "There are many buyers believe that. THERE ARE MANY BUYERS BELIEVE THAT. Is not small.",
        "İt happens \u201cnew\u201d; ıs not small. Continue to strengthen the ties.",
    ]
    for text in texts:
        low = text.lower()
        for kind, rx, _advice in broken_grammar._CHECKS:
            expected = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert [(m.span(), m.groups()) for m in broken_grammar._finditer(kind, rx, text, low)] == expected


def test_phrase_candidates_are_where_the_phrase_finder_matches():
    scanner = _pack_scanner()
    finder = scanner._finder.compiled
    texts = TEXTS + [
        "one foul swoop, (one foul swoop) 'one foul swoop x-one foul swoop\none foul swoop",
        "tow the line.tow the line; irregardless-irregardless it's irregardless",
    ]
    for rule in scanner.rules:
        for phrase, _payload in rule.phrases():
            texts.append(f"{phrase} {phrase}, ({phrase}) x-{phrase} '{phrase}")
    for text in texts:
        folded = _fold(text)
        expected = []
        m = finder.search(folded)
        while m is not None:
            expected.append(m.start())
            m = finder.search(folded, m.start() + 1)
        assert [start for start, _ in scanner._candidates(folded)] == expected
        quick = spaced(folded)
        if quick is not None:
            assert [start for start, _ in scanner._candidates(folded, quick)] == expected


def test_doubled_word_repeat_test_splits_ascii_text_as_the_token_expression_does():
    import random

    from lintnews.rules.garbled import doubled_word

    pieces = ["the", "The", "a", "'", "-", "_", " ", "  ", "\n", "\t", "\x1c", ",", ".", "1", "(", "'the"]
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        words = doubled_word._TOKEN.findall(text.lower())
        assert doubled_word._has_repeat(text) == any(a == b for a, b in zip(words, words[1:])), text


def test_paragraphs_skipped_by_the_improbable_pair_rule_hold_no_flagged_pair():
    from lintnews.analysis.garbled import word_pairs as ngrams
    from lintnews.rules.garbled import improbable_pair

    if ngrams.model() is None:
        pytest.skip("needs the 'stats' extra")
    finders = improbable_pair._flagged_finders(ngrams.improbable_pairs(improbable_pair.THRESHOLD))
    texts = [
        "It was cited in a the study. Nothing here.",
        "Cited (in a the study), \"a the\"; x:a the, a-the. End.",
        "Ways of to keep.\nA the? a\tthe a  the",
        "Clean copy with no stray words at all.",
    ]
    for text in texts:
        for region in parse(text + "\n", "a.txt").regions:
            text = region.text
            starts = improbable_pair._flagged_starts
            hold = any(starts(finders, text, s.start, s.end) for s in region.sentences)
            if hold:
                assert improbable_pair._may_hold_flagged(finders, region), text


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
    from lintnews.matching.literals import word_start_literals

    found = word_start_literals(pattern, True)
    assert (set(found) if found is not None else None) == expected


def test_every_pack_match_holds_a_word_start_gate():
    from lintnews.matching.literals import word_start_literals

    scanner = _pack_scanner()
    assert scanner._word_gates is not None  # the packs take the quick path
    words = re.compile(r"\w")
    for item in scanner._regexes:
        gates = word_start_literals(item.rx.pattern, item.folded_gate) if item.folded_gate else None
        if not gates:
            continue
        for text in TEXTS:
            if _FOLD_UNSAFE.search(text):
                continue  # such paragraphs keep the substring gates
            folded = _fold(text)
            for m in item.rx.finditer(text):
                assert any(
                    folded.startswith(g, q) and (q == 0 or not words.match(folded[q - 1]))
                    for g in gates
                    for q in range(m.start(), m.end() - len(g) + 1)
                ), (item.rx.pattern, m.group())


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


def test_word_start_gates_give_the_findings_the_substring_gates_do():
    from lintnews.engine.config import Settings as _Settings

    quick, plain = _pack_scanner(), _pack_scanner()
    assert quick is not plain
    plain._word_gates = None
    total = 0
    for text in TEXTS:
        doc = parse(text + "\n\n" + text.upper() + "\n", "a.md")
        doc.settings = _Settings()
        doc.facts_paths = []
        found = [(f.code, f.offset, f.end_offset, f.message) for f in quick.run(doc)]
        assert found == [(f.code, f.offset, f.end_offset, f.message) for f in plain.run(doc)]
        total += len(found)
    assert total > 20


@pytest.mark.parametrize("text, columns", [
    ("The plan fell apart in one foul swoop-style move. It went in one foul swoop.", [(62, 76)]),
    ("One foul swoop’s echo. In one foul swoop, at the end of the day-to-day work.", [(27, 41)]),
])
def test_pack_phrases_end_where_a_word_ends(text, columns):
    import lintnews

    found = [(f.column, f.end_column) for f in lintnews.lint_text(text + "\n", "d.md") if f.code == "GRB001"]
    assert found == columns


def test_gate_prefixes_are_the_gate_strings_each_one_begins_with():
    from lintnews.matching.gates import prefixes_within

    assert prefixes_within(["a", "ab", "abc", "b", "bc"]) == {
        "a": {"a"}, "ab": {"a", "ab"}, "abc": {"a", "ab", "abc"}, "b": {"b"}, "bc": {"b", "bc"},
    }


# -- GRB015: repeated words around "and", tried only where "and" stands ----------------

from hypothesis import given as _given, settings as _settings, strategies as _st  # noqa: E402

_COORD_PIECES = ["and", "sand", "band", "time", "times", "bigger", "Time", "care", "careful",
                 "years", "again", "x", "ab", "abcd", "é", "1", "_", "-", ",", ".", " ", "  ",
                 "\t", "\n", "\u00a0", "andand", "anda"]


@_settings(max_examples=500, deadline=None)
@_given(_st.lists(_st.sampled_from(_COORD_PIECES), max_size=25), _st.lists(_st.booleans(), max_size=25))
def test_broken_grammar_coordination_fast_path_is_finditer(pieces, spaces):
    text = "".join(p + (" " if i < len(spaces) and spaces[i] else "") for i, p in enumerate(pieces))
    expected = [(m.span(), m.groups()) for m in broken_grammar._SAME_COORD.finditer(text)]
    assert [(m.span(), m.groups()) for m in broken_grammar._same_coordinations(text)] == expected


def test_broken_grammar_coordination_fast_path_on_prose():
    for text in [
        "Rescuers shared experience and experience, care and care  and care and careful.",
        "time and time again and again, sand and sand, land and sand and sand",
        "Experience and experience\tand\nexperience and experiences and experience.",
    ]:
        expected = [(m.span(), m.groups()) for m in broken_grammar._SAME_COORD.finditer(text)]
        assert expected or "sand" in text
        assert [(m.span(), m.groups()) for m in broken_grammar._same_coordinations(text)] == expected


@_settings(max_examples=300, deadline=None)
@_given(_st.text(alphabet="ab '-.(\n_", max_size=40))
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


def test_byte_translations_of_ascii_text_are_the_string_translations():
    # Each ASCII character is made a space (or kept) as the string tables did.
    from lintnews.matching import gates
    from lintnews.rules.garbled import doubled_word
    from lintnews.rules.garbled import improbable_pair

    ascii_text = "".join(map(chr, range(128))) * 2
    to_space = str.maketrans({c: " " for c in gates._TO_SPACE})
    assert gates.spaced(ascii_text) == ascii_text.translate(to_space)
    assert gates.spaced("café") is None
    # GRB004 and GRB016 use the same translation: their token characters are the ones it keeps
    for token in (doubled_word._TOKEN, improbable_pair._TOKEN_CHAR):
        table = str.maketrans({c: " " for c in map(chr, range(128)) if not token.match(c)})
        assert gates.spaced(ascii_text) == ascii_text.translate(table)
    assert doubled_word._has_repeat("It was the the end.") and not doubled_word._has_repeat("It was the end.")
