"""The fast paths of the figures extraction find exactly what the plain patterns find.

Each fast path (candidate scans, gates, a trie in place of an alternation) replaces a
slower formulation that is still in the code or easy to restate; these tests hold the two
to the same answers on text chosen to sit on the edges: decimals without a leading digit,
digits of other scripts, number words inside other words, case folding ("ſ" is "s"),
truncated words, dates with their weekday after them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.analysis.figures import dates
from lintnews.analysis.figures import compare as figure_compare
from lintnews.analysis.figures import context as figure_context
from lintnews.analysis.figures import match as figure_match
from lintnews.analysis.figures import extract as quantities
from lintnews.text.document import OffsetMap, Region, parse
from lintnews.analysis.figures.units import UNITS

TEXTS = [
    "",
    "5",
    ".5 and 0.75, v1.2.3 and 1,0000 (1,000.5)",
    "£ 5m, $.5bn, US$40 and Rs. 300; ½ a cup, 2½ miles, ⅔ of them",
    "The vote was 12-3 at 10:30pm; 3rd place; F-16s; No. 10; 1500m; 30C; 50p; -5C",
    "٣ and ١٢ are digits too, as is ５ (a full-width five)",
    "often one, someone, phone; éone, x_two (two) \"three\" —four, twenty-five, ſix",
    "a dozen, half a million, tens of thousands, one in five, nine out of 10",
    "One two three.\nFour\tfive six-seven eight_nine ten",
    "Monday, 3 March 2026; Tue 4 Mar; Wednesday (5 March); 6 March (Thursday); 7 March, a Friday;"
    " March 8, which is a Saturday; Sun. 9th of March 2025; Mon (10 March 2026)",
    "he could5 be; the planet; If so; ſhould they; would-be; unless; likely",
]


@pytest.mark.parametrize("text", TEXTS)
def test_digit_candidates_find_what_the_figure_pattern_finds(text):
    low = text.lower()
    plain = [(m.span(), m.groups()) for m in quantities._DIGIT_FIGURE.finditer(low)]
    assert [(m.span(), m.groups()) for m in quantities._digit_figures(low)] == plain


@pytest.mark.parametrize("text", TEXTS)
def test_number_word_candidates_are_the_core_matches(text):
    low = text.lower()
    assert list(quantities._number_words(low)) == [m.start() for m in quantities._NUMBER_CORE.finditer(low)]


def test_unit_trie_matches_like_the_longest_first_alternation():
    spellings = sorted(UNITS, key=len, reverse=True)
    plain = re.compile("(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in spellings) + r")(?![\w/²³])")
    trie = re.compile("(?:" + quantities.unit_alternation() + r")(?![\w/²³])")
    for spelling in spellings:
        for text in (spelling, spelling + " ", spelling + "s", spelling.replace(" ", "   ") + ".", spelling[:-1]):
            a, b = plain.match(text), trie.match(text)
            assert (a and a.span()) == (b and b.span()), text


@pytest.mark.parametrize("text", TEXTS)
def test_modal_words_are_found_as_by_the_plain_pattern(text):
    region = Region("paragraph", text, OffsetMap.identity(0, len(text)), index=0)
    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1, 2):
            assert figure_context._modal(region, start, end) == (
                figure_context._MODAL.search(text, start, end) is not None
            ), (start, end)


@pytest.mark.parametrize("text", TEXTS)
def test_weekday_dates_try_the_patterns_where_they_can_match(text):
    stems = dates._day_stems(text)
    assert stems == [m.start() for m in re.finditer("Mon|Tue|Wed|Thu|Fri|Sat|Sun", text)]
    plain = [m.span() for pattern in dates.PATTERNS for m in pattern.finditer(text)]
    assert [m.span() for m in dates._matches(text, stems)] == plain
    assert dates._may_hold_date(text) or not plain


# --------------------------------------------------------------------------- pairs

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "figures").glob("*.md"))


def _drafts():
    """Drafts full of figures: the figure rules' examples and fixture drafts."""
    from lintnews.rules.figures.conflicting_figures import ConflictingFigures

    yield from ((text, "draft.md") for kind in ("fail", "pass") for text in ConflictingFigures.examples[kind])
    yield from ((path.read_text(encoding="utf-8"), path.name) for path in FIXTURES)


def _figures(text, path):
    doc = parse(text, path)
    return doc, [q for q in quantities.quantities(doc) if q.comparable and q.dim != "age"]


def _pair_keys(found):
    return [(p.earlier.region.index, p.earlier.start, p.later.region.index, p.later.start, p.why, p.strong,
             p.at_headline) for p in found]


@pytest.mark.parametrize("text,path", list(_drafts()))
def test_a_figure_without_an_earlier_compatible_one_has_no_links(text, path):
    doc, figures = _figures(text, path)
    heads = set(figure_match.headline_regions(doc))
    for j, b in enumerate(figures):
        if not any(figure_compare.compatible(a, b) for a in figures[:j]):
            assert list(figure_match._links(figures, j, heads)) == []
            assert list(figure_match._phrase_links(figures, j)) == []


@pytest.mark.parametrize("text,path", list(_drafts()))
def test_pairs_are_the_same_without_the_compatibility_gate(text, path, monkeypatch):
    doc, figures = _figures(text, path)
    fast = _pair_keys(figure_match.pairs(doc, figures))
    doc, figures = _figures(text, path)  # fresh figures: nothing cached on them
    monkeypatch.setattr(figure_match, "has_compatible", lambda earlier, b: True)
    assert _pair_keys(figure_match.pairs(doc, figures)) == fast


# --------------------------------------------------------------------------- gates

#: Characters that sit on the edges of the gates: blanks of several kinds, the letters the
#: patterns end with, case-folding letters ("ſ", "K", "İ"), digits, signs.
_EDGE_ALPHABET = " \u00a0\n\t\x1c\u2009aAgGeEdDoOfFtTnNrRuUmMbBpPlLsSxX.-+/:#,ſKİı5٣"
_edge_texts = st.text(alphabet=_EDGE_ALPHABET, max_size=14)
_GATE_TEXTS = TEXTS + ["No 10", "No. 10", "number 9", "NUMBER\t9", "G8", "1/2", "#5", "aged 52", "AGE OF 52",
                       "died at 52", "ſ 5", "age\n52", "5 or more", "5-plus", "5 +", "5  PLUS", "5\u2009and counting"]


def _gate_holds(gate, pattern_hit, text):
    for at in range(len(text) + 1):
        if pattern_hit(text, at):
            assert gate(text, at), (text, at)


def _code_before(text, at):
    return quantities._CODE_BEFORE.search(text, max(0, at - 12), at) is not None


def _age_before(text, at):
    from lintnews.analysis.figures import reading as fr

    if text[at - 1 : at] not in fr._BLANK_OR_NEWLINE:
        return False  # (the test the gate follows)
    return fr._AGE_BEFORE.search(text, max(0, at - 8), at) is not None


def _qualifier_after(text, at):
    from lintnews.analysis.figures import reading as fr

    return fr._AFTER_QUALIFIER.match(text, at) is not None


def _age_gate(text, at):
    from lintnews.analysis.figures import reading as fr

    return fr._may_end_aged(text, at)


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_gates_let_through_every_match(text):
    from lintnews.analysis.figures import reading as fr

    _gate_holds(quantities._may_end_code, _code_before, text)
    _gate_holds(_age_gate, _age_before, text)
    _gate_holds(fr._may_open_after, _qualifier_after, text)


@given(_edge_texts)
@settings(deadline=None)
def test_gates_let_through_every_match_on_generated_text(text):
    test_gates_let_through_every_match(text)


def test_gates_do_skip():
    from lintnews.analysis.figures import reading as fr

    assert not quantities._may_end_code("cut 400", 4) and quantities._may_end_code("No 10", 3)
    assert not fr._may_end_aged("the 52", 4) and fr._may_end_aged("aged 52", 5)
    assert not fr._may_open_after("5 jobs", 1) and fr._may_open_after("5 or more", 1)


@pytest.mark.parametrize("text,path", list(_drafts()) + [
    ("# 4 jobs\n\n> 5 jobs were cut.\n\n- 6 jobs\n\n| 7 | 8 |\n|---|---|\n| 9 | 10 |\n\nThen 11 jobs.", "draft.md")])
def test_figures_in_scope_are_those_the_rule_accepts(text, path):
    from lintnews.rule import Rule

    doc = parse(text, path)
    figures = quantities.quantities(doc)
    for scope in ({"paragraph"}, {"paragraph", "heading"}, {"paragraph", "blockquote", "list-item"}, {"table-cell"}):
        rule = type("R", (Rule,), {"code": "FIG999", "scope": frozenset(scope)})()
        assert quantities.in_scope(figures, rule.applies_to) == [q for q in figures if rule.applies_to(q.region)]


# ------------------------------------------------------- look-behind gate of names

_NAME_ALPHABET = " \u00a0\n\taAbBzZ'’-_5.,(ſKİıÉé"
_NAME_TEXTS = ["Radio 2", "PlayStation 3", "Band Aid 20", "rose to 45", "the M25 and A1 5", "O’Neill 7",
               "Jean-Paul 5", "x-Paul 5", "Paris\n5", "Paris \n5", "é A 5", "ÉTÉ 5", "up 5% on last year's 2",
               "UP 5 ON THE SAME MONTH LAST YEAR’S  7", "down 3% on the previous quarter's\n9"]


def _named(text, at):
    return quantities._CAPITAL_BEFORE.search(text, max(0, at - 30), at) is not None


@pytest.mark.parametrize("text", TEXTS + _NAME_TEXTS)
def test_name_gate_lets_through_every_match(text):
    _gate_holds(quantities._may_follow_name, _named, text)


@given(st.text(alphabet=_NAME_ALPHABET, max_size=40))
@settings(deadline=None)
def test_name_gate_on_generated_text(text):
    test_name_gate_lets_through_every_match(text)


def test_name_gate_does_skip():
    assert not quantities._may_follow_name("rose to 45", 8) and quantities._may_follow_name("Radio 2", 6)
    assert not quantities._may_follow_name("Radio-2", 6)


# ------------------------------------------------------- calendar mentions found at candidates

_CALENDAR_TEXTS = [
    "from 06:00 on Saturday 11 January 2025 until 18:00", "March 3, 2024 and May 5; in May 2020",
    "JANUARY 12th, 2016 at 7:56:30 pm", "at noon, 8pm and 9.30am on 2025-03-04 or 21/04/2016",
    "Marching 12 Marches; Decision 2024 in Dec. 5", "A1 M25 £5 3.30 10:30 1/2 x2020-01-01",
    "between June and September", "mid-March, the 4th of July 1999", "ménage 3 mai 2020 é 5 March",
    "amid the middle of a midday rush", "at Midnight, MIDDAY or midnight", "Man, San and Dan met on 4 Nov",
]


@given(st.text(alphabet="0123456789 \t\x1c\x1f\n.-/:apAPmMx", max_size=12))
@settings(deadline=None)
def test_zeroed_time_or_date_test_is_the_pattern_search(text):
    zeroed = text.encode("ascii").translate(dates._DIGITS_AS_ZERO)
    assert (dates._ZEROED_TIME_OR_NUMERIC_DATE.search(zeroed) is not None) == (
        dates._TIME_OR_NUMERIC_DATE.search(text) is not None)


@pytest.mark.parametrize("text", _CALENDAR_TEXTS + ["Mayor", "no month", "JUNE", "ÉMar", "Ma", "Dec"])
def test_month_start_test_is_the_alternation_search(text):
    assert dates._holds_month_start(text) == (dates._MONTH_START.search(text) is not None)


@pytest.mark.parametrize("text", _CALENDAR_TEXTS)
def test_calendar_candidates_give_what_the_pattern_finds(text):
    assert [m.span() for m in dates._calendar_matches(text)] == [m.span() for m in dates._CALENDAR.finditer(text)]


@given(st.text(alphabet=" 0123456789:./-,MaDecJunerySptmbonidhlyAJNUARYoMn", max_size=40))
@settings(deadline=None)
def test_calendar_candidates_on_generated_text(text):
    test_calendar_candidates_give_what_the_pattern_finds(text)


@pytest.mark.parametrize("text", _CALENDAR_TEXTS + ["no dates at all, 42 of 50", "9 am", "5p.m.", "1/2/2020", "3.5 and 10-12"])
def test_calendar_gate_lets_through_every_text_with_a_mention(text):
    if dates._CALENDAR.search(text) is not None:
        assert dates._may_hold_calendar(text), text


@given(st.text(alphabet=" 0123456789:./-,MaDecJunerySptmbonidhlyAJNUARYoMnP", max_size=30))
@settings(deadline=None)
def test_calendar_gate_on_generated_text(text):
    test_calendar_gate_lets_through_every_text_with_a_mention(text)


# The candidate scans open with one character class; the plain alternations they stand for:
_PLAIN_CANDIDATE = re.compile(
    r"[0-9]+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
)
_PLAIN_CANDIDATE_NOON = re.compile(
    r"[0-9]+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
    r"|noon|midday|midnight)"
)


@given(st.text(alphabet=" 0123456789٣JFMASONDanuebrpygctovlNUEBRPYGCTOVLimdhx", max_size=40))
@settings(deadline=None)
def test_calendar_candidate_scans_find_what_the_plain_alternations_find(text):
    for scan, plain in ((dates._CANDIDATE, _PLAIN_CANDIDATE), (dates._CANDIDATE_NOON, _PLAIN_CANDIDATE_NOON)):
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in plain.finditer(text)]


_PLAIN_AVERAGE_WORDS = re.compile(
    r"averag|\beach\b|\bper\b|apiece|\ba head\b|, or |\ba (?:day|week|month|year|head|"
    r"ward|school|branch|club|site|practice|depot|person|household|visitor)\b"
)


@pytest.mark.parametrize("text", [
    "", "each", "peach", "each1", "_each", "é each", "per", "perhaps", "a per", "ape", "a head", "ahead",
    "a headx", "pa day", "a  day", "a visitor", "£3 a ward", ", or", "x, or y", "averaging", "apiece",
])
def test_average_words_open_with_literals_and_find_what_the_plain_form_finds(text):
    from lintnews.analysis.figures import rates

    assert (rates._AVERAGE_WORDS.search(text) is None) == (_PLAIN_AVERAGE_WORDS.search(text) is None)
    assert [m.span() for m in rates._AVERAGE_WORDS.finditer(text)] == [m.span() for m in _PLAIN_AVERAGE_WORDS.finditer(text)]


@given(st.text(alphabet=" ,aeprchdyvistoxé_1-", max_size=30))
@settings(deadline=None)
def test_average_words_on_generated_text(text):
    test_average_words_open_with_literals_and_find_what_the_plain_form_finds(text)


# ------------------------------------------------------- literal scans in place of class scans

_SCAN_TEXTS = TEXTS + [
    "On Monday and Tuesdays; xMonday, Monday_ and Monday's; (Sunday) éSunday Saturday.",
    "for a day, an hour and a half, tea day, (a week), -a week, 'a year, a\nday, a, day, A FORTNIGHT later",
    "each; peach; per; paper; per cent; a head; ta head; works out; reworks out; it equates to; comes to; became to",
    "They won 11 of their 17 league games, drawn four and lost three. WON 3 OF THE 5 GAMES; rewon 2 of their 4 games",
    "the 1st year, 21st  year, 3rd\nyear, 4th years, 5th year_, x1st year, st year, 9th\u00a0year, ٣rd year",
    "won by three to one, a 4-to-1 margin, 3:1, TO ONE, to,one, to-1x; standby; the bylaw; lead_by",
    "4 March (Tuesday), March 4, a Tuesday, 4 March 2025, which was a Friday, 4 March - a Monday, (  a Sun)",
    "£5m could rise by £2m—could; ’if’ “will” £one £two—three; ſhould could£ £1 a day, £2 an hour, won by £3",
    "It’s a £10 gap: the lead—by three to one—was cut; éone, two…",
]


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_spaced_words_keep_offsets_and_word_boundaries(text):
    from lintnews.analysis.figures.reading import spaced_words

    spaced = spaced_words(text)
    if spaced is None:
        assert not text.replace("£", "").replace("’", "").replace("—", "").replace("…", "").isascii()
        return
    assert len(spaced) == len(text)
    for a, b in zip(text, spaced):
        assert b == (a if a.isalnum() or a == "_" else " ")


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_lone_weekdays_are_the_plain_matches(text):
    plain = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
    assert list(dates._weekday_words(text)) == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_a_unit_durations_are_the_plain_matches_at_word_starts(text):
    from lintnews.analysis.figures import reader
    from lintnews.matching.folding import fold

    folded = fold(text)

    def opens_word(m):
        return not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")

    plain = [m.span() for m in reader._A_UNIT_FOLDED.finditer(folded) if opens_word(m)]
    assert [m.span() for m in reader._a_units(folded) if opens_word(m)] == plain


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_average_words_are_found_as_by_the_alternation(text):
    from lintnews.analysis.figures import rates

    for low in [text.lower()] + [part for part in text.lower().split(";")]:
        assert rates._holds_average_word(low) == (rates._AVERAGE_WORDS.search(low) is not None), low


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_ordinal_years_are_found_as_by_the_pattern(text):
    from lintnews.analysis.figures import spans

    for part in [text] + text.split(","):
        assert spans._has_ordinal_year(part) == (spans._ORDINAL_YEAR.search(part) is not None), part


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_records_and_gap_cues_are_found_as_by_the_plain_patterns(text):
    from lintnews.analysis.figures import gaps
    from lintnews.rules.figures import part_whole

    for region in parse(text, "draft.txt").regions:
        assert [m.span() for m in part_whole._record_matches(region)] == \
            [m.span() for m in part_whole._RECORD.finditer(region.text)]
        for sentence in region.sentences:
            assert gaps._holds_cue(sentence) == (
                gaps._ANY_CUE.search(region.text, sentence.start, sentence.end) is not None)
            assert gaps._may_hold_ratio(sentence) or not gaps._RATIO_GATE.search(
                region.text, sentence.start, sentence.end)


def _share_of_group_before(text, at):
    from lintnews.analysis.figures import shares

    return shares._SHARE_OF_GROUP.search(text, 0, at) is not None


def _share_of_group_gate(text, at):
    from lintnews.analysis.figures import shares

    return text[:at].rstrip()[-1:] in shares._GROUP_SHARE_ENDS


def _share_of_whole_before(text, at):
    from lintnews.analysis.figures import shares

    return shares._SHARE_OF_WHOLE.search(text, 0, at) is not None


def _name_before(text, at):
    from lintnews.analysis.figures import reading as fr

    return any(p.search(text, max(0, at - 60), at) is not None
               for p in (fr._PERSON_AGE, fr._LONE_NAME_COMMA, fr._PERSON_WORD_BEFORE))


def _name_now_before(text, at):
    from lintnews.analysis.figures import reading as fr

    return fr._PERSON_NOW.search(text, max(0, at - 70), at) is not None


def _day_after_date(text, at):
    return dates._DAY_AFTER_DATE.match(text, at) is not None


_BEFORE_TEXTS = _GATE_TEXTS + _SCAN_TEXTS + [
    "almost a third of them, ", "half of those -\n", "a quarter of the staff (", "nearly a quarter of the ",
    "Ann Bell, now ", "Bell, then\u00a0", "Fairley, ", "Man,\u00a0", "the striker, \n", "John Smith, still \n"]


@pytest.mark.parametrize("text", _BEFORE_TEXTS)
def test_backward_gates_let_through_every_match(text):
    from lintnews.analysis.figures import reading as fr

    _gate_holds(_share_of_group_gate, _share_of_group_before, text)
    _gate_holds(lambda t, at: t[at - 1 : at].isspace(), _share_of_whole_before, text)
    _gate_holds(fr._may_end_comma, _name_before, text)
    _gate_holds(fr._may_end_now, _name_now_before, text)
    stems = dates._day_stems(text)
    if any(_day_after_date(text, at) for at in range(len(text))):
        assert any(dates._may_follow_date(text, at) for at in stems), text


@given(st.text(alphabet=" \u00a0\n,(-–—aAnNowtheslyjuBMF", max_size=16))
@settings(deadline=None)
def test_backward_gates_let_through_every_match_on_generated_text(text):
    test_backward_gates_let_through_every_match(text)


@pytest.mark.parametrize("text", _SCAN_TEXTS + ["Rs 500", "rs.500", "RS. 300", "Rs.\n5", "Rſ 5", "Crs 5", " 5"])
def test_calendar_and_rupee_gates_let_through_every_match(text):
    for part in [text] + text.split(";"):
        if dates._MONTH_START.search(part) or dates._TIME_OR_NUMERIC_DATE.search(part) or ":" in part:
            assert dates._may_hold_calendar(part), part
    for at in range(len(text) + 1):
        pre = quantities._CUR_PREFIX.search(text, max(0, at - 4), at)
        if pre is not None and pre.group(2):
            assert quantities._may_be_rupees(text, at), (text, at)


_FRACTION_TEXTS = _SCAN_TEXTS + [
    "Sales fell by a third. Costs rose by almost half, or a third. It dropped, so by nearly a quarter.",
    "behalf up; a third up on 2015; just over a third higher; close to two-thirds lower than; ROSE BY HALF",
    "more than  a   quarter fewer buses: 40, down from 60; xalmost a third up; half a third up; it riſes by a third",
]


@pytest.mark.parametrize("text", _FRACTION_TEXTS)
def test_fraction_changes_are_the_plain_matches(text):
    from lintnews.analysis.figures import changes

    words = "|".join(sorted(changes._VERB_WORDS, key=lambda w: (-len(w), w)))
    plain = re.compile(changes._FRACTION_CHANGE.pattern.replace(changes._VERBS, words), re.I)
    for start in range(0, len(text), 7):
        low = text[start:].lower()
        for pattern, reference in ((changes._FRACTION_CHANGE, plain),
                                   (changes._FRACTION_BEFORE_DIRECTION, changes._FRACTION_BEFORE_DIRECTION)):
            assert [(m.span(), m.groups()) for m in changes._fraction_matches(pattern, text, start, len(text), low)] \
                == [(m.span(), m.groups()) for m in reference.finditer(text, start)], (start, pattern)


@pytest.mark.parametrize("text", [t for t in _FRACTION_TEXTS + _GATE_TEXTS if t.isascii()]
                         + ["it's 4.5bn, the U.S. and co-op's 1,200; x_y _z a-b. c", "well-known 3.2.1 end.",
                            "a\x1cb \x1d4\x1e,\x1f; \x0b\x0c\r tab\tend"])
def test_ascii_tokens_are_the_tokens(text):
    tokens = figure_context._tokens_for(text)
    for start in range(len(text) + 1):
        assert tokens.findall(text, start) == figure_context._TOKEN.findall(text, start)
        assert (tokens.match(text, start) is None) == (figure_context._TOKEN.match(text, start) is None)
