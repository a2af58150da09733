"""The fast paths of the claims cue scan give what the plain code gives.

- A region's triggers are tried in one loop (``CueSet.scan_region``): the same hits, in
  the same order, as a scan of each sentence.
- Left contexts and vetoes are searched only when one of their gate strings stands in
  the window of the region's folded text: the same span or veto as searching every
  window, which a region that is not fold-safe does.
"""

from __future__ import annotations

import re

import pytest

from hypothesis import given, settings, strategies as st

from lintnews.matching import cues as cues_module
from lintnews.analysis.claims.cue_index import NEWS_CUES, REPORTS
from lintnews.matching.cues import Cue, CueSet
from lintnews.text.document import OffsetMap, Region, Sentence, parse

_ALL_CUES = NEWS_CUES.cues + REPORTS.cues
_WITH_LEFT = [c for c in _ALL_CUES if c.left is not None or c.veto_left is not None]
_WORD_RE = re.compile(r"[a-z]+(?:['’-][a-z]+)*")

# The words of the cue patterns themselves (so that left contexts and vetoes do match
# now and then), a few others, and characters that fold or lower-case unusually.
_VOCAB = sorted(
    {w for c in _WITH_LEFT for rx in (c.left, c.veto_left) if rx is not None for w in _WORD_RE.findall(rx.pattern.lower())}
    - {"s", "w", "d"}
) + ["The", "ONE", "Than", "IT", "ſome", "ın", "İt", "K", "£", "$", "3", "1,000", "’s", "—", "said", "Acme"]
_SEPARATORS = [" ", "  ", ", ", "\n", ". ", "; ", " - ", "’", "'"]
_PIECES = st.lists(st.tuples(st.sampled_from(_VOCAB), st.sampled_from(_SEPARATORS)), min_size=0, max_size=14)


def _join(pieces) -> str:
    return "".join(w + sep for w, sep in pieces)


def _gated_and_plain(cue, text: str, s_start: int):
    """The hits of *cue* in the sentence ``text[s_start:]``, in a region read with its
    left-context gates and in one read without (as a region holding "ı" or "ſ" is)."""
    out = []
    for gated in (True, False):
        region = Region("paragraph", text, OffsetMap.identity(0, len(text)))
        if not gated:
            region.fold_safe = False
        sentence = Sentence(region, s_start, len(text), 0)
        out.append([(h.start, h.end, h.kind) for h in CueSet([cue]).scan(sentence)])
    return out


# Drawing text from a cue's own expression (``st.from_regex``) costs tens of milliseconds an
# example: these two properties take a third of the tier's number (8 in the fast tier, 100 in
# the whole suite; see tests/conftest.py).
_FROM_REGEX_EXAMPLES = max(8, settings.default.max_examples // 3)

_RIGHT: dict = {}


def _trigger_text(draw, cue) -> str:
    """A stretch of text the cue's own pattern matches (starting with a trigger word)."""
    strategy = _RIGHT.get(id(cue))
    if strategy is None:
        right = re.compile(cue.right.pattern, cue.right.flags)
        strategy = _RIGHT[id(cue)] = st.from_regex(right, fullmatch=True).filter(lambda t: t[:1].isalnum())
    return draw(strategy)


@settings(deadline=None, max_examples=_FROM_REGEX_EXAMPLES)
@given(st.sampled_from(_WITH_LEFT), _PIECES, st.sampled_from(["", "Mr ", "x" * 95 + " "]), st.data())
def test_gated_left_contexts_give_the_spans_of_a_plain_search(cue, pieces, lead, data):
    text = lead + _join(pieces) + _trigger_text(data.draw, cue) + " and more."
    for s_start in (0, len(lead)):
        gated, plain = _gated_and_plain(cue, text, s_start)
        assert gated == plain


_LEFT: dict = {}


@st.composite
def _windows(draw):
    """A cue, a window that holds a match of its left context or veto (now and then
    with a letter made dotless or long), and a first sentence offset."""
    cue = draw(st.sampled_from(_WITH_LEFT))
    rx = draw(st.sampled_from([r for r in (cue.left, cue.veto_left) if r is not None]))
    strategy = _LEFT.get(id(rx))
    if strategy is None:
        strategy = _LEFT[id(rx)] = st.from_regex(re.compile(rx.pattern, rx.flags))
    before = draw(strategy)
    if draw(st.booleans()):
        before = before.replace(draw(st.sampled_from("is")), draw(st.sampled_from("ıſİ")))
    return cue, draw(st.sampled_from(["", "x" * 95 + " "])) + before


@settings(deadline=None, max_examples=_FROM_REGEX_EXAMPLES)
@given(_windows(), st.data())
def test_gated_left_contexts_match_where_a_plain_search_matches(window, data):
    cue, before = window
    text = before + " " + _trigger_text(data.draw, cue)
    for s_start in (0, min(len(before), 96)):
        gated, plain = _gated_and_plain(cue, text, s_start)
        assert gated == plain


def test_a_gate_is_a_string_every_match_holds():
    one_in = next(c for c in _ALL_CUES if c.left is not None and c.left.pattern.startswith(r"\bone\s+in"))
    assert one_in.left_gates()[0] == ("one",)
    money = next(c for c in _ALL_CUES if c.left is not None and c.left.pattern == r"[£$€¥]\s?$")
    assert money.left_gates() == (None, None)  # no literal of useful length: always searched


_SENTENCES = [
    "Sales rose 58% to $4bn, the company said.",
    "Experts say the dam is unsafe; one in five homes was hit.",
    "It is said that 3 million jobs were lost because of the strike.",
    "The deployment was a trigger for the decision.",
    "He voted against it. Nobody knew that the plan was designed to deter.",
    "Prices led to anger",
    "ſome ſay the ſcheme ıs the biggest in history.",
    "“Critics argue,” she said. Many analysts believe it will fail.",
    "Thousands of people fled; the number of deaths doubled.",
    "It was the largest fall since records began, according to reports.",
]


@settings(deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6), st.sampled_from([" ", "  ", "\n"]))
def test_region_scan_finds_the_hits_of_a_scan_per_sentence(sentences, joiner):
    doc = parse(joiner.join(sentences), "draft.txt")
    for cue_set in (NEWS_CUES, REPORTS):
        for region in doc.regions:
            by_region = [[(h.cue, h.start, h.end) for h in hs] for hs in cue_set.scan_region(region)]
            by_sentence = [[(h.cue, h.start, h.end) for h in cue_set.scan(s)] for s in region.sentences]
            assert by_region == by_sentence


@settings(deadline=None)
@given(st.text(alphabet="0123456789 aZ.,-_£$\n’é٣", max_size=24), st.data())
def test_number_starts_are_the_filtered_runs_of_digits(text, data):
    # the plain code: runs of digits, kept when the character before is not part of a
    # word, a decimal or a thousands group
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    not_before = frozenset(".,-_") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    plain = [
        m.start()
        for m in re.compile("[0-9]+").finditer(text, pos, endpos)
        if m.start() == 0 or text[m.start() - 1] not in not_before
    ]
    numbers = CueSet([cues_module.Cue("number", [cues_module.DIGIT], "[0-9]+")])
    region = Region("paragraph", text, OffsetMap.identity(0, len(text)))
    assert [h.start for h in numbers.scan(Sentence(region, pos, endpos, 0))] == plain


_TRIGGER_PIECES = ["said", "Said", "SAYS", "will", "won't", "won’t", "can’t", "well-said", "because", "according",
                   "more", "best", "analysts", "x", "_", "é", "ïs", "2", "£5", " ", "  ", "\n", "\t", "-", "--", "'", "’",
                   "‘", "“", "”", "—", ".", ",", "(", "ı", "İt"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(_TRIGGER_PIECES), max_size=16).map("".join), st.data())
def test_trigger_words_are_those_the_finder_finds(text, data):
    # from space to space of the gapped text (and the few other places), as the finder
    # finds them with its look-behinds at every character; ASCII text or not
    region = Region("paragraph", text, OffsetMap.identity(0, len(text)))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for cue_set in (NEWS_CUES, REPORTS):
        want = [(m.start(), m.group()) for m in cue_set._finder.finditer(region.folded, start, end)]
        got = cue_set._word_triggers(region, start, end)
        assert [at for at, _ in got] == [at for at, _ in want]
        assert [id(cues) for _, cues in got] == [id(cue_set._index[word]) for _, word in want]


def test_reporting_cues_per_region_are_those_of_a_scan_per_sentence():
    from lintnews.analysis.claims.cue_index import report_cues

    doc = parse("\n\n".join([" ".join(_SENTENCES), " ".join(reversed(_SENTENCES))]), "draft.txt")
    seen = 0
    for region in doc.regions:
        for sentence in region.sentences:
            want = [(h.cue, h.start, h.end) for h in REPORTS.scan(sentence)]
            assert [(h.cue, h.start, h.end) for h in report_cues(sentence)] == want
            seen += len(want)
    assert seen


def test_a_combined_match_with_no_cue_is_no_match():
    dispatch = cues_module._Dispatch([c for c in NEWS_CUES.cues if c.kind == "statistic"][:6])
    assert dispatch.match is not None
    for text in ("12 years ago", "£5m", "45% of people", "nothing here"):
        m = dispatch.match(text, 0, len(text))
        read = dispatch.read(m) if m is not None else []
        assert read == dispatch.tried(text, 0, len(text))
        plain = [(c, r.end()) for c in dispatch.cues if (r := c.right.match(text, 0, len(text))) is not None]
        assert read == plain
        assert (m is None) == (not plain)


@pytest.mark.parametrize("shared_from", [0, 10_000])
def test_cues_grouped_by_the_triggers_they_share_are_tried_as_one_list(monkeypatch, shared_from):
    # "rise" and "rose" share two cues; "rose" has a third: as long cues, the two shared
    # ones are combined once; either way each list's hits come in its own cue order
    monkeypatch.setattr(cues_module, "_SHARED_FROM", shared_from)
    cues = [
        Cue("cause", ["rose"], r"rose\s+to\b"),
        Cue("statistic", ["rise", "rose"], r"r(?:i|o)se\s+\w+"),
        Cue("verdict", ["rise", "rose"], r"r(?:i|o)se\b"),
        Cue("record", ["rose", "rise"], r"(r)(?:i|o)se\s+\1"),
    ]
    doc = parse("Prices rose to 5%. Costs rise further. It rose r.", "draft.md")
    plain = []
    for s in doc.sentences:
        hits = []
        for word in re.finditer(r"\br[io]se\b", s.text):
            for cue in cues:
                if word.group() in cue.triggers:
                    r = cue.right.match(s.text, word.start())
                    if r is not None:
                        hits.append((cue.kind, s.start + word.start(), s.start + r.end()))
        plain.append(sorted(hits, key=lambda h: (h[1], -h[2])))  # stable: cue order at a tie
    cue_set = CueSet(cues)
    assert [[(h.kind, h.start, h.end) for h in cue_set.scan(s)] for s in doc.sentences] == plain
    assert [[(h.kind, h.start, h.end) for h in hits] for hits in cue_set.scan_region(doc.regions[0])] == plain
    # (an ASCII draft: the combined expressions compiled with re.ASCII)
    assert len(cue_set._ascii_combined) == (1 if shared_from == 0 else 2)


def test_backreference_test_is_the_expression():
    sources = [c.right.pattern for c in _ALL_CUES] + ["\\1", "a\\9", "(?P=x)", "(?(1)a|b)", "\\\\", "\\0", "plain"]
    for source in sources:
        assert cues_module._has_backreference(source) == (cues_module._BACKREFERENCE.search(source) is not None), source


_ARITHMETIC_PARTS = [
    "from £1,000 to £2", "from 3x to 4", "up from 3", "down from $5", "to 5.5 from 6", "compare with 4",
    "compares with €3", "compared with 2", "an increase of about 5", "a rise of 3", "cut of 9", "reduction of some 4",
    "of whom", "of which", "of the", "of its", "5% to 6", "5 % to 6", "3 of the 4", "x", "_", "1", "é", " ", "\n", "'",
]


@given(st.lists(st.sampled_from(_ARITHMETIC_PARTS), max_size=6).map("".join))
@settings(deadline=None)
def test_own_arithmetic_in_parts_is_the_whole_expression(text):
    from lintnews.analysis.claims import statistics

    plain = re.compile(statistics._OWN_ARITHMETIC.pattern, statistics._OWN_ARITHMETIC.flags & ~re.IGNORECASE)
    low = text.lower()
    assert statistics._own_arithmetic(low) == (plain.search(low) is not None)


_GATED_PARTS = [
    "its", "Acme's", "the firm's", "profits", "sales at", "the chain", "Sales", "share price", "would", "COULD", "might",
    "perhaps", "to some extent", "may", "seems", "mıght", "ſales", "İncome", "turnover", " ", ", ", ".", "x", "’s", "3",
]


@given(st.lists(st.sampled_from(_GATED_PARTS), max_size=10).map(" ".join), st.data())
@settings(deadline=None)
def test_gated_search_finds_what_a_plain_search_finds(text, data):
    from lintnews.analysis.claims import base, statistics

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    region = Region("paragraph", text, OffsetMap.identity(0, len(text)))
    for rx in (statistics._OWN_RESULTS, base._WOULD, base._HEDGE_MARKER):
        m = cues_module.gated_search(rx, region, start, end)
        plain = rx.search(text, start, end)
        assert (m and m.span()) == (plain and plain.span())
        assert cues_module.may_match(rx, region, start, end) or plain is None


_SPOKEN_PARTS = ["I", "I'm", "I’ve", "We", "we're", "Our", "ours", "us", "Us", "You", "your", "yours", "My", "myth",
                 "Iran", "aI", "x", "_", "é", "-", "'", " ", ", ", "3", "WE", "weird", "Youth"]


@given(st.lists(st.sampled_from(_SPOKEN_PARTS), max_size=8).map("".join))
@settings(deadline=None)
def test_first_person_found_where_the_plain_word_list_finds_it(text):
    from lintnews.analysis.claims import statistics

    plain = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've|[Ww]e’ve|[Oo]ur|[Uu]s|[Yy]ou|[Yy]our|[Mm]y)\b")
    assert (statistics._SPOKEN.search(text) is not None) == (plain.search(text) is not None)


_DATA_PARTS = ["figures", "Data", "per cent", "3", "٣", "datum", "the", "ſtatistics", "half", "x", " ", ". "]


@given(st.lists(st.sampled_from(_DATA_PARTS), min_size=1, max_size=8).map(lambda parts: "x " + " ".join(parts)))
@settings(deadline=None)
def test_data_words_found_where_the_whole_expression_finds_them(text):
    from lintnews.analysis.claims import data_scope

    whole = re.compile(r"\d|" + data_scope._DATA_WORDS.pattern, re.IGNORECASE)
    for sentence in parse(text).regions[0].sentences:
        assert data_scope._has_data(sentence) == (whole.search(sentence.text) is not None)


@given(st.text(alphabet="ab_1٣é '’-.\n", max_size=6), st.data())
@settings(deadline=None)
def test_a_word_joined_across_a_boundary_is_what_the_expression_finds(text, data):
    at = data.draw(st.integers(0, max(len(text) - 1, 0)))
    if text:
        assert cues_module._joins_word(text, at) == (re.compile(r"\w|['’-]\w").match(text, at) is not None)


@given(st.text(alphabet="abc' -", max_size=30), st.lists(st.sampled_from(["a", "ab", "b'c", "c -"]), max_size=3), st.data())
@settings(deadline=None)
def test_a_window_holds_a_string_where_find_finds_it(low, strings, data):
    lo = data.draw(st.integers(0, len(low)))
    hi = data.draw(st.integers(lo, len(low)))
    assert cues_module._holds(low, tuple(strings), lo, hi) == any(low.find(s, lo, hi) >= 0 for s in strings)


_PAY_PARTS = ["he", "Ms Smith", "the boss", "earns", "EARNED", "was paid", "up to", "his", "salary", "of", "ſalary",
              "owns", "bought", "a stake in", "x", ",", "  "]


@given(st.lists(st.sampled_from(_PAY_PARTS), max_size=8).map(" ".join))
@settings(deadline=None)
def test_gated_window_tests_find_what_a_plain_search_finds(text):
    from lintnews.analysis.claims import statistics

    for rx in (statistics._ONES_PAY, statistics._STAKE):
        assert cues_module.may_match_text(rx, text) or rx.search(text) is None


_INFINITIVE_PARTS = ["wants", "planned", "in order", "so as", "votes", "the vote", "a votes", "funds", "licence",
                     "told him", "asked the council", "called on", "not", "to", "made", "x", "Acme", "’s", ","]


@given(st.lists(st.sampled_from(_INFINITIVE_PARTS), max_size=7).map(" ".join), st.booleans())
@settings(deadline=None)
def test_the_infinitive_veto_as_tries_matches_where_the_word_lists_match(text, spaced):
    from lintnews.analysis.claims import intent_cues as I

    def flat(words):
        return "(?:" + "|".join(w.replace(" ", r"\s+") for w in words) + ")"

    plain = (
        r"\b(?:" + flat(I._TAKES_INFINITIVE_WORDS) + r"|(?<!the\s)(?<!\ba\s)votes?|funds?|licen[cs]e)"
        r"\s+(?:(?:not|also|only|just|still|now|yet)\s+)?(?:to\s+)?$"
        r"|\b" + flat(I._TAKES_INFINITIVE_WITH_OBJECT) + r"\s+"
        r"(?:him|her|them|it|us|me|you|(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|[A-Z][\w'’-]+)\s+(?:to\s+)?$"
    )
    text += " " if spaced else ""
    tries = re.compile(I._TAKES_INFINITIVE, re.IGNORECASE).search(text)
    words = re.compile(plain, re.IGNORECASE).search(text)
    assert (tries and tries.start()) == (words and words.start())


@given(st.lists(st.sampled_from(["the", "Tories", "Greens", ",", ";", " ", "x", "Ab", "Labs", "é", "Es", "ss"]), max_size=10).map("".join))
@settings(deadline=None)
def test_mid_sentence_capitals_are_those_the_look_behind_first_expression_finds(text):
    from lintnews.analysis.voice import voice

    plain = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z]+s)\b")
    assert [m.span(1) for m in voice._MID_CAPITAL.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


def test_a_cue_sets_index_is_the_one_its_cues_give():
    # the index comes from a table kept in the on-disk cache: the same triggers, in the
    # order they first appear, each with its cues in order, and one list for triggers
    # with the same cues
    for cue_set in (NEWS_CUES, REPORTS):
        plain: dict = {}
        for cue in cue_set.cues:
            for trigger in cue.triggers:
                plain.setdefault(trigger, []).append(cue)
        assert list(cue_set._index) == list(plain)
        assert all(cue_set._index[t] == cues for t, cues in plain.items())
        by_cues = {}
        for trigger, cues in cue_set._index.items():
            assert by_cues.setdefault(tuple(map(id, cues)), cues) is cues
        assert cue_set._reach == max(len(t) for t in plain if t != cues_module.DIGIT) + 2


def test_cues_always_tried_together_are_grouped_as_their_lists_say():
    # each cue's lists of several cues come from the cached index table: two cues share
    # them exactly when they are in the same lists of the index
    for cue_set in (NEWS_CUES, REPORTS):
        member: dict = {}
        for shared in {id(c): c for c in cue_set._index.values() if len(c) > 1}.values():
            for cue in shared:
                member.setdefault(id(cue), set()).add(id(shared))
        table = dict(zip(map(id, cue_set.cues), cue_set._memberships))
        cues = [c for c in cue_set.cues if id(c) in member]
        for a in cues:
            for b in cues:
                assert (member[id(a)] == member[id(b)]) == (table[id(a)] == table[id(b)])


def test_a_combined_match_reads_ascii_when_each_of_its_cues_does():
    # what _Combined adds around its cues' patterns sets no flag re.ASCII excludes
    for cue_set in (NEWS_CUES, REPORTS):
        for cues in {id(c): c for c in cue_set._index.values() if len(c) > 1}.values():
            combined = cues_module._Combined(cues, ascii=True)
            source = combined.match.__self__.pattern
            assert bool(combined.match.__self__.flags & re.ASCII) == cues_module._ascii_compilable(source)


@pytest.mark.parametrize("words", [
    ["will", "would", "will not", "won't"],
    ("rise", "rises", "rose", "risen", "rise"),
    ["Acme", "naïve", "café", "x"],
    [],
])
def test_an_alternation_from_the_cache_is_the_one_built(words):
    # fixed words' alternations are kept in the on-disk cache by the words as given
    built = cues_module._alternation(words, True)
    assert cues_module.alternation(words) == built == cues_module.alternation(iter(words))
    assert cues_module.alternation(list(reversed(words))) == built
    assert cues_module.alternation(words, fixed=False) == cues_module._alternation(words, False)
